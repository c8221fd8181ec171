"""A two-column report built with reportlab's page templates (two frames a page), as many writers lay one out: a
running header line and a page number drawn by the page template, a footnote at the foot of page 1 whose mark is
set raised in small type after a word of the body. Shared by the PDF tests of headers, notes and line joining."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

HEADER = "Danube Skills Observatory - Working paper 4 on short learning programmes"
NOTE = "Observatory survey of providers, autumn 2023: twelve colleges and universities in four countries."
NOTED = "Twelve providers took part in the first survey of the observatory.<super>1</super> "
PARAGRAPHS = [
    "Short learning programmes have spread quickly across the region since the pandemic, and adult learners now ask"
    " whether employers value the certificates. {noted}Most of them publish the learning outcomes of each course.",
    "Quality assurance is the second concern. Providers that already hold accreditation for degree programmes want"
    " the same reviews to cover short courses, while new providers ask for a lighter procedure adapted to their size.",
    "Recognition between countries depends on trust. A certificate that states its workload, level and form of"
    " assessment can be compared by a recognition officer without contacting the issuer.",
    "Stackability matters to learners who combine work and study. Several short courses should add up to a larger"
    " qualification when their outcomes fit together, and the register should show which ones do.",
    "Funding models differ widely. Some ministries pay providers per learner, others give vouchers to learners, and"
    " a few rely on employers to pay for the training of their own staff.",
    "Digital certificates must carry the issuer, the learning outcomes, the workload and the form of assessment, and"
    " every learner should keep the certificate in a wallet of their choice.",
]
# each paragraph opens with its own place, so no two lines of the report are alike (a line repeated at the edge of
# several pages would be a running header)
PLACES = (
    "Graz Linz Brno Kosice Gyor Pecs Szeged Novi-Sad Osijek Rijeka Split Maribor Koper Trieste Udine Padua Bolzano "
    "Innsbruck Salzburg Passau Regensburg Ulm Freiburg Basel Lucerne Bern Lausanne Geneva Annecy Grenoble Turin Genoa "
    "Nice Marseille Nimes Lyon Dijon Nancy Metz Liege Namur Ghent Bruges Delft Utrecht Arnhem Aachen Bonn Kassel Erfurt"
).split()
WIDTH, HEIGHT = A4
MARGIN, GUTTER, FOOT = 56.0, 20.0, 110.0
COLUMN = (WIDTH - 2 * MARGIN - GUTTER) / 2


def paragraphs(count: int) -> list[str]:
    """The report's paragraphs as a reader should give them: ``count`` of them, the reference mark left out."""
    return [_paragraph(k).replace("<super>1</super>", "") for k in range(count)]


def _paragraph(k: int, marked: bool = True) -> str:
    noted = NOTED if marked else NOTED.replace("<super>1</super>", "")
    return f"In {PLACES[k]}: " + PARAGRAPHS[k % len(PARAGRAPHS)].format(noted=noted if k == 0 else "")


def report_pdf(path: Path, count: int = 24, header_last: bool = False, note: str = "full", intro: bool = False) -> Path:
    """The report with ``count`` paragraphs, at most 50 (24 fill two pages, 50 three); the header and page number
    drawn before the columns or, with ``header_last``, after them (a page template drawn last); the footnote
    ``note`` "full" (under both columns), "right" or "left" (under one column), or "" (none); ``intro``: a
    full-width paragraph in the body's type above the columns of page 1."""
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)

    def furniture(canvas, doc) -> None:  # noqa: ANN001 (reportlab's callback)
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(MARGIN, HEIGHT - 40, HEADER)
        canvas.drawCentredString(WIDTH / 2, 30, str(doc.page))
        if doc.page == 1 and note:
            x = MARGIN + (COLUMN + GUTTER if note == "right" else 0)
            canvas.line(x, FOOT - 14, x + 90, FOOT - 14)
            canvas.setFont("Helvetica", 5)
            canvas.drawString(x, FOOT - 24, "1")
            canvas.setFont("Helvetica", 8)
            words, line, y = NOTE.split(), "", FOOT - 27
            width = 2 * COLUMN + GUTTER if note == "full" else COLUMN
            for word in words:  # the note wrapped to the width it runs under
                if canvas.stringWidth(f"{line} {word}", "Helvetica", 8) > width - 6:
                    canvas.drawString(x + 4, y, line.strip())
                    line, y = "", y - 10
                line = f"{line} {word}"
            canvas.drawString(x + 4, y, line.strip())
        canvas.restoreState()

    top = HEIGHT - 60
    frames = [Frame(MARGIN + n * (COLUMN + GUTTER), FOOT, COLUMN, top - FOOT, id=f"c{n}") for n in range(2)]
    first = frames
    if intro:
        first = [Frame(MARGIN, top - 80, WIDTH - 2 * MARGIN, 80, id="intro")]
        first += [Frame(f.x1, FOOT, f.width, top - 80 - FOOT, id=f"{f.id}1") for f in frames]
    callbacks = {"onPageEnd": furniture} if header_last else {"onPage": furniture}
    doc = BaseDocTemplate(str(path), pagesize=A4)
    doc.addPageTemplates([PageTemplate("first", frames=first, autoNextPageTemplate="rest", **callbacks),
                          PageTemplate("rest", frames=frames, **callbacks)])  # fmt: skip
    story = []
    if intro:
        story.append(Paragraph(INTRO, body))
    for k in range(count):
        story.append(Paragraph(_paragraph(k, marked=bool(note)), body))  # no note: no mark either
    doc.build(story)
    return path


INTRO = (
    "This working paper sums up what the observatory heard from providers, ministries and learners in its first year"
    " of work on short learning programmes, and sets out the questions a common framework for them would answer."
)
