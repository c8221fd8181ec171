"""A call for contributions as a network publishes it, built with reportlab for the outline PDF tests: a letterhead
(a drawn mark, the network's name, an address over a rule), the title, an introduction, numbered themes each with
its numbered questions, a closing, "page n" at the foot. The sizes and the space after each question are given,
as a writer tries one version after another."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

TITLE = "Call for contributions: guidelines on school gardens"
NETWORK = "Baltic School Garden Network"
INTRODUCTION = [
    "The network is writing guidelines for schools that keep a garden, and asks teachers, parents and councils "
    "for their experience before the first draft.",
    "Please answer the questions you can; leave out the others.",
]
THEMES = [
    ("Land and water", ["Who should own the land a school garden stands on?", "How should a garden be watered?",
                        "Should gardens collect rain from the school's roof?"]),
    ("Teaching", ["Which subjects can be taught in the garden?", "How many hours a week should a class spend there?",
                  "Who should train the teachers?"]),
    ("Summer", ["Who looks after the garden in the holidays?", "Should families take the harvest home?"]),
]  # fmt: skip
CLOSING = ["Please send your answers by 30 April.", "Contact: the network's secretariat."]


def build_call(letterhead_size: float, theme_size: float, question_space: float, theme_bold: bool = True) -> bytes:
    """The call's PDF with the network's name in ``letterhead_size`` bold, the themes in ``theme_size`` (bold or
    not) over 10.5 pt text, and ``question_space`` points after each question."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    rl_config.invariant = 1
    width, height = A4
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=22, spaceAfter=10)
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=15, spaceAfter=7)
    theme = ParagraphStyle(
        "theme",
        fontName="Helvetica-Bold" if theme_bold else "Helvetica",
        fontSize=theme_size,
        leading=theme_size + 4,
        spaceBefore=10,
        spaceAfter=4,
    )
    question = ParagraphStyle("question", parent=body, leftIndent=22, firstLineIndent=-16, spaceAfter=question_space)
    story: list = [Paragraph(escape(TITLE), title)]
    story += [Paragraph(escape(p), body) for p in INTRODUCTION]
    for number, (name, questions) in enumerate(THEMES, start=1):
        story.append(Paragraph(escape(f"Theme {number}. {name}"), theme))
        for q_number, text in enumerate(questions, start=1):
            story.append(Paragraph(escape(f"{number}.{q_number}  {text}"), question))
    story += [Paragraph(escape(p), body) for p in CLOSING]

    def letterhead(canvas, doc) -> None:
        canvas.setTitle(TITLE)
        canvas.setFillColor(colors.HexColor("#2E6B30"))
        canvas.circle(72, height - 52, 12, stroke=0, fill=1)
        canvas.setFont("Helvetica-Bold", letterhead_size)
        canvas.drawString(92, height - 50, NETWORK)
        canvas.setFont("Helvetica", 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(92, height - 66, "Secretariat: 4 Harbour Street, Tallinn")
        canvas.line(60, height - 74, width - 60, height - 74)
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(width - 60, 30, f"page {doc.page}")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=100, bottomMargin=60)
    doc.build(story, onFirstPage=letterhead, onLaterPages=footer)
    return buf.getvalue()
