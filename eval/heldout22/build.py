"""Build the twenty-second held-out set's binary files and its metadata sheet from the text in ``contributions.py``
and ``sheets.py``.

The dive instructors' printed page photographed with a phone (Pillow: the page lying on a desk, turned a little
and in perspective, light falling off towards one corner, saved as a JPEG), the employers' member survey as
Microsoft Forms exports it (openpyxl: ID, times, e-mail, name, then one column per question with long answers),
the regional council's draft reply in Word with tracked changes and comments left in (python-docx, the
``w:ins``/``w:del`` marks written into its XML), the finance institute's deck whose points sit in tables and in
SmartArt (python-pptx and a diagram data part), the union's tri-fold leaflet (reportlab: an A4 sheet in
landscape, three panels a side), the outline (``outline.docx``) and the Czech secretariat's workbook (openpyxl).
The .eml, .md and .txt contributions are written by hand. Rebuilding unchanged text changes no byte:

    python eval/heldout22/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified  # noqa: E402
from eval.heldout17.build import _fonts, _wrap  # noqa: E402
from eval.heldout22.contributions import (  # noqa: E402
    BOSNIA_SURVEY,
    BULGARIA_LEAFLET,
    LUXEMBOURG_DECK,
    MALTA_PHOTO,
    SURVEY_COLUMNS,
    SWEDEN_DRAFT,
)
from eval.heldout22.office_parts import build_deck, build_tracked_draft  # noqa: E402
from eval.heldout22.sheets import build_outline, build_sheet  # noqa: E402
from eval.office_builds import stable_zip  # noqa: E402

_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_SERIF_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")


def _printed_page(spec: dict):
    """The page as the printer left it: white A4 at 150 dpi, a centred bold heading, numbered paragraphs."""
    from PIL import Image, ImageDraw, ImageFont

    size = (1240, 1754)
    body = ImageFont.truetype(str(_SERIF), 29)
    head = ImageFont.truetype(str(_SERIF_BOLD), 31)
    margin, line_height = 120, 42
    page = Image.new("L", size, 250)
    draw = ImageDraw.Draw(page)
    y = 150
    for block in spec["lines"]:
        if isinstance(block, tuple):
            draw.text(((size[0] - head.getlength(block[1])) / 2, y), block[1], font=head, fill=20)
            y += line_height + 14
            continue
        y += 14
        for line in _wrap(block, body, size[0] - 2 * margin):
            draw.text((margin, y), line, font=body, fill=20)
            y += line_height
    return page


def build_photo(spec: dict) -> bytes:
    """The page photographed from above with a phone: on a darker desk, its corners pulled a little out of square
    (the phone held not quite flat), turned by about a degree, the light falling off to the lower right, saved as
    the phone's JPEG."""
    from PIL import Image, ImageFilter

    page = _printed_page(spec).convert("RGB")
    canvas_size = (1500, 2000)
    # where the page's corners land on the photo (top-left, top-right, bottom-right, bottom-left)
    corners = [(118, 104), (1386, 128), (1402, 1890), (96, 1866)]
    coefficients = _perspective(corners, page.size)
    shot = page.transform(canvas_size, Image.PERSPECTIVE, coefficients, resample=Image.BICUBIC, fillcolor=(96, 78, 60))
    shade = Image.linear_gradient("L").rotate(-35, expand=False).resize(canvas_size)
    dark = Image.new("RGB", canvas_size, (60, 52, 44))
    shot = Image.composite(dark, shot, shade.point(lambda v: v * 45 // 255))
    shot = shot.filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    shot.save(out, format="JPEG", quality=88, dpi=(72, 72))
    return out.getvalue()


def _perspective(corners: list[tuple[int, int]], size: tuple[int, int]) -> list[float]:
    """Pillow's eight perspective coefficients mapping each photo point back onto the page."""
    import numpy as np

    width, height = size
    source = [(0, 0), (width, 0), (width, height), (0, height)]
    matrix, vector = [], []
    for (x, y), (u, v) in zip(corners, source, strict=True):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        vector += [u, v]
    solution = np.linalg.solve(np.array(matrix, dtype=float), np.array(vector, dtype=float))
    return [round(float(value), 10) for value in solution]


def build_forms_export(spec: dict) -> bytes:
    """The survey as Microsoft Forms exports it to Excel: one sheet, a header row of the form's columns, a row per
    answer, times as dates, long answers wrapped in their cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = spec["sheet"]
    sheet.append(list(SURVEY_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in spec["rows"]:
        sheet.append(list(row))
    for column, width in zip("ABCDEFGHIJ", (5, 18, 18, 12, 8, 24, 60, 60, 60, 60), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.column in (2, 3):
                cell.number_format = "m/d/yy h:mm:ss"
    book.properties.creator = spec["author"]
    book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = spec["date"]
    out = io.BytesIO()
    book.save(out)  # openpyxl stamps the save time as modified: the export's own time instead
    return stable_zip(_fixed_modified(out.getvalue(), spec["date"].strftime("%Y-%m-%dT%H:%M:%SZ")))


def build_leaflet(spec: dict) -> bytes:
    """The leaflet: an A4 sheet in landscape, two pages (outside, inside), three panels each; the cover panel on the
    right of the outside, headings in colour over each inside panel."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1
    _fonts()
    width, height = landscape(A4)
    panel = width / 3
    body = ParagraphStyle("body", fontName="Sans", fontSize=11, leading=15)
    heading = ParagraphStyle("heading", fontName="Sans-Bold", fontSize=16, leading=20, textColor="#8a1538")
    cover = ParagraphStyle("cover", fontName="Sans-Bold", fontSize=19, leading=25, alignment=1, textColor="#8a1538")
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=(width, height), invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    for side in ("outside", "inside"):
        for number, blocks in enumerate(spec[side]):
            left = number * panel + 30
            y = height - (200 if blocks[0][0] == "t" else 60)
            for block in blocks:
                text, style, gap = (block, body, 10) if isinstance(block, str) else (block[1], None, 12)
                if style is None:
                    style = cover if block[0] == "t" else heading
                para = Paragraph(escape(text), style)
                _, used = para.wrap(panel - 60, y)
                para.drawOn(pdf, left, y - used)
                y -= used + gap
        pdf.setStrokeGray(0.85)
        for fold in (panel, 2 * panel):  # the fold lines, faintly printed
            pdf.line(fold, 20, fold, height - 20)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


# (name, bytes-maker): written into corpus/ (the outline beside it)
BUILDS = (
    (MALTA_PHOTO["file"], lambda: build_photo(MALTA_PHOTO)),
    (BOSNIA_SURVEY["file"], lambda: build_forms_export(BOSNIA_SURVEY)),
    (SWEDEN_DRAFT["file"], lambda: build_tracked_draft(SWEDEN_DRAFT)),
    (LUXEMBOURG_DECK["file"], lambda: build_deck(LUXEMBOURG_DECK)),
    (BULGARIA_LEAFLET["file"], lambda: build_leaflet(BULGARIA_LEAFLET)),
    ("metadata.xlsx", build_sheet),
    ("../outline.docx", build_outline),
)


def main() -> int:
    """Write the built contributions, the sheet and the outline into eval/heldout22/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        path = (CORPUS / name).resolve()
        path.write_bytes(make())
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
