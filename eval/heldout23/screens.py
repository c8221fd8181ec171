"""Two of the twenty-third held-out set's contributions drawn as they were sent: the hospital group's post captured
as a screenshot of a social network's feed (Pillow), and the employers' union's press release as a one-page PDF on
its letterhead (reportlab in invariant mode). Both are byte-stable: same text, same bytes."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from eval.heldout17.build import _fonts, _wrap

_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_SANS_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def build_screenshot(spec: dict) -> bytes:
    """A post in a feed as a laptop screen captures it (a 1.5x display): the grey feed around a white card, a
    round avatar with initials, name, headline and age in grey, the post's paragraphs, the counts, a rule and
    the row of buttons; a sliver of the next post at the foot."""
    from PIL import Image, ImageDraw, ImageFont

    body = ImageFont.truetype(str(_SANS), 27)
    bold = ImageFont.truetype(str(_SANS_BOLD), 27)
    small = ImageFont.truetype(str(_SANS), 22)
    width, card_left, card_right = 1100, 40, 1060
    text_left, text_width, line = card_left + 36, card_right - card_left - 72, 40
    lines: list[tuple[str, object, str]] = []
    for para in spec["paragraphs"]:
        colour = "#0a66c2" if para.startswith("#") else "#1d1d1d"
        lines += [(text, body, colour) for text in _wrap(para, body, text_width)]
        lines.append(("", body, colour))
    height = 60 + 150 + len(lines) * line + 170 + 90
    image = Image.new("RGB", (width, height), "#f3f2ef")
    draw = ImageDraw.Draw(image)
    card_bottom = height - 90
    draw.rounded_rectangle((card_left, 30, card_right, card_bottom), radius=14, fill="white", outline="#dcdad6")
    draw.ellipse((text_left, 60, text_left + 96, 156), fill="#6b4e8f")
    initials = "".join(part[0] for part in spec["name"].replace("-", " ").split()[:2])
    draw.text((text_left + 48 - bold.getlength(initials) / 2, 92), initials, font=bold, fill="white")
    x = text_left + 120
    draw.text((x, 62), spec["name"], font=bold, fill="#1d1d1d")
    draw.text((x + bold.getlength(spec["name"]) + 12, 64), spec["degree"], font=small, fill="#666666")
    draw.text((x, 100), spec["headline"], font=small, fill="#666666")
    draw.text((x, 130), spec["when"], font=small, fill="#666666")
    y = 200
    for text, font, colour in lines:
        draw.text((text_left, y), text, font=font, fill=colour)
        y += line
    draw.text((text_left, y + 10), spec["counts"], font=small, fill="#666666")
    draw.line((text_left, y + 60, card_right - 36, y + 60), fill="#dcdad6", width=2)
    step = text_width / len(spec["buttons"])
    for n, label in enumerate(spec["buttons"]):
        draw.text((text_left + n * step + step / 2 - bold.getlength(label) / 2, y + 85), label, font=bold,
                  fill="#5e5e5e")  # fmt: skip
    draw.rounded_rectangle((card_left, card_bottom + 24, card_right, height + 40), radius=14, fill="white",
                           outline="#dcdad6")  # fmt: skip
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(144, 144), optimize=False)
    return out.getvalue()


def pdf_date(when: str):
    """The PDF's creation and modification date as the contributor's machine wrote it (``when``: "YYYYMMDDhhmmss"
    and the offset from UTC, as a PDF date writes them), not reportlab's fixed date of invariant mode (1 January
    2000), which the ingest would take as the document's own date."""
    return lambda *_: f"D:{when}"


def build_press_release(spec: dict) -> bytes:
    """The press release on the union's letterhead: its name and address over a rule, "PRESS RELEASE" and the
    release line, the headline, the dateline paragraph and the body, then "###", the notes to editors and the
    media contact in smaller type."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    left, right = 62, width - 62
    body = ParagraphStyle("body", fontName="Sans", fontSize=11, leading=16)
    headline = ParagraphStyle("headline", fontName="Sans-Bold", fontSize=17, leading=22)
    small = ParagraphStyle("small", fontName="Sans", fontSize=9, leading=12.5)
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    pdf.setFillColorRGB(0.05, 0.3, 0.2)
    pdf.setFont("Sans-Bold", 14)
    pdf.drawString(left, height - 58, spec["letterhead"])
    pdf.setFont("Sans", 8.5)
    pdf.drawString(left, height - 74, spec["address"])
    pdf.setStrokeColorRGB(0.05, 0.3, 0.2)
    pdf.setLineWidth(1.5)
    pdf.line(left, height - 84, right, height - 84)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("Sans-Bold", 11)
    pdf.drawString(left, height - 112, spec["label"])
    pdf.setFont("Sans", 9.5)
    pdf.drawRightString(right, height - 112, spec["release"])
    y = height - 140
    flow = [(spec["headline"], headline, 14)] + [(p, body, 9) for p in spec["paragraphs"]]
    flow += [(spec["after"][0], body, 9)] + [(p, small, 6) for p in spec["after"][1:]]
    for text, style, gap in flow:
        para = Paragraph(escape(text), style)
        _, used = para.wrap(right - left, y)
        para.drawOn(pdf, left, y - used)
        y -= used + gap
    pdf.showPage()
    pdf.save()
    return buf.getvalue()
