"""Build the twenty-fifth held-out set's binary files and its outline from the text in ``contributions.py`` and
``sheets.py``.

The hoteliers' answers in the content controls of the consultation's Word template, the research poster (one
PowerPoint slide) and the Teams transcript in Word (``office_parts.py``), the think tank's two-column policy brief
(reportlab's frames in invariant mode: a masthead, a shaded sidebar box and pull quotes), the training centre's
submission as LibreOffice Writer saves RTF (its tables written as ``\\trowd`` rows), the union's workbook with one
sheet per theme and the outline workbook (openpyxl, through ``eval/heldout3/build.py``'s builder). The survey
export, the HTML e-mail, the meeting note, the wiki page and the metadata sheet are written by hand. Rebuilding
unchanged text changes no byte:

    python eval/heldout25/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout25.contributions import (  # noqa: E402
    ARMENIA_WORKBOOK,
    CYPRUS_TEMPLATE,
    DENMARK_BRIEF,
    KOSOVO_POSTER,
    LIBYA_SUBMISSION,
    TURKMENISTAN_TRANSCRIPT,
)
from eval.heldout25.office_parts import build_poster, build_template_answers, build_transcript  # noqa: E402
from eval.heldout25.sheets import OUTLINE  # noqa: E402


def build_brief(spec: dict) -> bytes:
    """The policy brief in two columns on A4: the masthead, series line, title and byline across the top of page
    1, the body flowing down the left column and on into the right one (headings in bold), a shaded "At a glance"
    box among the paragraphs, two pull quotes in large coloured type between rules, and a footer line with the
    page number."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    margin, gap = 48, 22
    column = (width - 2 * margin - gap) / 2
    top_first = height - 190  # page 1 keeps its top for the masthead and the title

    def frames(top: float, page: str) -> list:
        return [
            Frame(margin, 60, column, top - 60, id=f"{page}-left", showBoundary=0),
            Frame(margin + column + gap, 60, column, top - 60, id=f"{page}-right", showBoundary=0),
        ]

    def first_page(canvas, doc) -> None:
        canvas.setDateFormatter(pdf_date(spec["saved"]))
        canvas.setTitle(spec["title"])
        canvas.setAuthor(spec["author"])
        canvas.setFillColor(colors.HexColor("#0B4F6C"))
        canvas.rect(0, height - 70, width, 70, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Sans-Bold", 15)
        canvas.drawString(margin, height - 42, spec["masthead"])
        canvas.setFont("Sans", 9)
        canvas.drawRightString(width - margin, height - 42, spec["series"])
        canvas.setFillColor(colors.black)
        canvas.setFont("Sans-Bold", 21)
        canvas.drawString(margin, height - 120, spec["title"])
        canvas.setFont("Sans", 10.5)
        canvas.drawString(margin, height - 145, spec["byline"])
        canvas.line(margin, height - 160, width - margin, height - 160)
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.setFont("Sans", 8)
        canvas.drawString(margin, 36, spec["footer"])
        canvas.drawRightString(width - margin, 36, str(doc.page))

    body = ParagraphStyle("body", fontName="Sans", fontSize=9.5, leading=13.5, spaceAfter=7)
    head = ParagraphStyle("head", fontName="Sans-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
    quote = ParagraphStyle(
        "quote", fontName="Sans-Bold", fontSize=14, leading=19, textColor=colors.HexColor("#0B4F6C"), spaceAfter=0
    )
    box_text = ParagraphStyle("box", fontName="Sans", fontSize=8.5, leading=12)
    story: list = []
    for block in spec["blocks"]:
        if isinstance(block, str):
            story.append(Paragraph(escape(block), body))
        elif block[0] == "h":
            story.append(Paragraph(escape(block[1]), head))
        elif block[0] == "quote":
            ink = colors.HexColor("#0B4F6C")
            rule = TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 1.5, ink),
                    ("LINEBELOW", (0, -1), (-1, -1), 1.5, ink),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
            story += [Spacer(1, 4), Table([[Paragraph(escape(block[1]), quote)]], colWidths=[column], style=rule)]
            story.append(Spacer(1, 10))
        else:
            _, title, lines = block
            cells = [[Paragraph(f"<b>{escape(title)}</b>", box_text)]] + [
                [Paragraph(escape(line), box_text)] for line in lines
            ]
            shade = TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E4EEF2")),
                                ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#0B4F6C")),
                                ("LEFTPADDING", (0, 0), (-1, -1), 9)])  # fmt: skip
            story += [Table(cells, colWidths=[column - 10], style=shade), Spacer(1, 10)]
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, invariant=1, title=spec["title"], author=spec["author"])
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=frames(top_first, "p1"), onPage=first_page, autoNextPageTemplate="next"),
            PageTemplate(id="next", frames=frames(height - 60, "pn"), onPage=footer),
        ]
    )
    doc.build(story)
    return buf.getvalue()


def _rtf_text(text: str) -> str:
    """Text as LibreOffice writes it into RTF: specials escaped, letters past ASCII as ``\\uN\\'3f``."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch) if ord(ch) < 32768 else ord(ch) - 65536
            out.append(f"\\u{code}\\'3f")
    return "".join(out)


_RTF_HEAD = (
    "{\\rtf1\\ansi\\deff4\\adeflang1025\n"
    "{\\fonttbl{\\f0\\froman\\fprq2\\fcharset0 Times New Roman;}{\\f1\\froman\\fprq2\\fcharset2 Symbol;}"
    "{\\f2\\fswiss\\fprq2\\fcharset0 Arial;}{\\f3\\froman\\fprq2\\fcharset0 Liberation Serif{\\*\\falt Times New "
    "Roman};}{\\f4\\fswiss\\fprq2\\fcharset0 Liberation Sans{\\*\\falt Arial};}{\\f5\\fnil\\fprq2\\fcharset0 "
    "Noto Sans CJK SC;}}\n"
    "{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red128\\green128\\blue128;}\n"
    "{\\stylesheet{\\s0\\snext0\\hich\\af4\\dbch\\af5\\afs24\\alang1081\\loch\\f4\\fs22\\lang2057 Normal;}\n"
    "{\\s1\\sbasedon15\\snext16\\ilvl0\\outlinelevel0\\sb240\\sa120\\b\\hich\\af4\\loch\\f4\\fs30 Heading 1;}\n"
    "{\\s15\\sbasedon0\\snext16\\sb240\\sa120\\keepn\\hich\\af4\\loch\\f4\\fs28 Heading;}\n"
    "{\\s16\\sbasedon0\\snext16\\sl276\\slmult1\\sb0\\sa140 Text Body;}\n"
    "{\\s17\\sbasedon15\\snext16\\qc\\b\\hich\\af4\\loch\\f4\\fs36 Title;}\n"
    "{\\s20\\sbasedon0\\snext20\\noline Table Contents;}\n"
    "{\\s21\\sbasedon20\\snext21\\qc\\b Table Heading;}\n"
    "}{\\*\\generator LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1}"
)


def _rtf_table(rows: tuple[tuple[str, ...], ...]) -> str:
    """A Writer table as LibreOffice exports it: each row a ``\\trowd`` definition with its cell borders and
    right edges, the cells' paragraphs ``\\intbl`` in the Table Contents (or Table Heading) style."""
    edges = [round(9638 * (n + 1) / len(rows[0])) for n in range(len(rows[0]))]
    if len(rows[0]) == 2:
        edges = [2410, 9638]
    border = "\\clbrdrt\\brdrs\\brdrw10\\brdrcf1\\clbrdrl\\brdrs\\brdrw10\\brdrcf1\\clbrdrb\\brdrs\\brdrw10\\brdrcf1"
    out = []
    for n, row in enumerate(rows):
        cells = "".join(f"{border}\\clbrdrr\\brdrs\\brdrw10\\brdrcf1\\cellx{edge}" for edge in edges)
        style = "\\s21\\qc\\b" if n == 0 else "\\s20"
        out.append(f"\\trowd\\trql\\trleft-55\\ltrrow\\trpaddft3\\trpaddt55\\trpaddfl3\\trpaddl55{cells}\n")
        out.append("".join(f"\\pard\\plain {style}\\intbl{{\\loch {_rtf_text(v)}}}\\cell" for v in row))
        out.append("\\row\n")
    return "".join(out)


def build_writer_rtf(spec: dict) -> bytes:
    """The submission as LibreOffice Writer (7.6) saves "Rich Text Format": its font table, colour table and
    style sheet, the generator group, an info group with the author and dates, then the title, headings and
    body paragraphs in Writer's styles and two tables."""
    yr, mo, dy, hr, mi = spec["created"]
    stamp = f"\\yr{yr}\\mo{mo}\\dy{dy}\\hr{hr}\\min{mi}"
    info = (
        f"{{\\info{{\\title {_rtf_text(spec['title'])}}}{{\\author {_rtf_text(spec['author'])}}}"
        f"{{\\creatim{stamp}}}{{\\revtim{stamp}}}{{\\printim\\yr0\\mo0\\dy0\\hr0\\min0}}}}"
        "{\\*\\userprops}\\deftab709\n\\hyphauto0\\viewscale100\\formshade\\paperh16838\\paperw11906\\margl1134"
        "\\margr1134\\margt1134\\margb1134\\sectd\\sbknone\\sftnnar\\saftnnrlc\\sectunlocked1\\pgwsxn11906\\pghsxn16838"
        "\\marglsxn1134\\margrsxn1134\\margtsxn1134\\margbsxn1134\\ftnbj\\ftnstart1\\ftnrstcont\\ftnnar\\aenddoc"
        "\\aftnrstcont\\aftnstart1\\aftnnrlc\n"
    )
    styles = {"title": "\\s17\\qc\\b\\hich\\af4\\loch\\f4\\fs36", "h": "\\s1\\outlinelevel0\\sb240\\sa120\\b\\fs30",
              "p": "\\s16\\sl276\\slmult1\\sb0\\sa140"}  # fmt: skip
    body = []
    for kind, value in spec["blocks"]:
        if kind == "table":
            body.append(_rtf_table(value))
        else:
            body.append(f"{{\\pard\\plain {styles[kind]}{{\\loch {_rtf_text(value)}}}\\par}}\n")
    return (_RTF_HEAD + info + "".join(body) + "}").encode("ascii")


# (name, bytes-maker): written into corpus/; the outline beside it
BUILDS = (
    (CYPRUS_TEMPLATE["file"], lambda: build_template_answers(CYPRUS_TEMPLATE)),
    (DENMARK_BRIEF["file"], lambda: build_brief(DENMARK_BRIEF)),
    (LIBYA_SUBMISSION["file"], lambda: build_writer_rtf(LIBYA_SUBMISSION)),
    (KOSOVO_POSTER["file"], lambda: build_poster(KOSOVO_POSTER)),
    (TURKMENISTAN_TRANSCRIPT["file"], lambda: build_transcript(TURKMENISTAN_TRANSCRIPT)),
    (ARMENIA_WORKBOOK["file"], lambda: build_workbook(ARMENIA_WORKBOOK)),
)
OUTLINE_BUILDS = (("outline.xlsx", lambda: build_workbook(OUTLINE)),)


def main() -> int:
    """Write the built contributions into eval/heldout25/corpus/ and the outline into eval/heldout25/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for folder, builds in ((CORPUS, BUILDS), (HERE, OUTLINE_BUILDS)):
        for name, make in builds:
            path = folder / name
            path.write_bytes(make())
            print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
