"""Build the thirty-third held-out set's binary files from the text in ``contributions.py`` and ``sheets.py``.

The crafts chamber's video-call transcript (python-docx: a title, the date and duration, then each speaker's name
and time into the call over what was said), the training company's technical offer (an OpenDocument text written
as its XML parts: the contracting authority's requirements in a bordered, italic paragraph style, each followed
by the bidder's response), the regional department's written answer (reportlab in invariant mode) and the Slovak
secretariat's register (a .csv as Excel saves it on a Slovak Windows computer: Windows-1250, semicolons, CRLF).
The LimeSurvey export, the syllabus page, the Facebook post, the peer review, the dissenting opinion, the
feedback e-mail, the AMA thread and the Confluence outline are written by hand. Rebuilding unchanged text changes
no byte:

    python eval/heldout33/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout4.opendocument import _HEAD, _NS, ODT_MIME, _meta, _package  # noqa: E402
from eval.heldout31.build import _on_page, _pdf_doc, _styles  # noqa: E402
from eval.heldout33.contributions import BELGIUM_OFFER, KAZAKHSTAN_ANSWER, MOLDOVA_TRANSCRIPT  # noqa: E402
from eval.heldout33.sheets import REGISTER_LINES  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_transcript(spec: dict) -> bytes:
    """The call's transcript as Word exports it: the title, the start time and the duration, then per turn a line
    with the speaker's name and the time into the call (grey) and a paragraph of what was said."""
    from docx import Document
    from docx.shared import Pt, RGBColor

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.styles["Normal"].font.name = "Segoe UI"
    doc.styles["Normal"].font.size = Pt(10)
    run = doc.add_paragraph().add_run(spec["title"])
    run.bold, run.font.size = True, Pt(16)
    doc.add_paragraph(spec["started"])
    doc.add_paragraph(spec["duration"])
    for speaker, stamp, said in spec["turns"]:
        line = doc.add_paragraph()
        name = line.add_run(speaker)
        name.bold = True
        time = line.add_run(f"   {stamp}")
        time.font.color.rgb = RGBColor(0x61, 0x61, 0x61)
        doc.add_paragraph(said)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


_OFFER_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>'
    '<style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" '
    'fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm"/>'
    '<style:text-properties fo:font-size="11pt"/></style:style>'
    '<style:style style:name="Requirement" style:family="paragraph"><style:paragraph-properties '
    'fo:margin-bottom="0.2cm" fo:padding="0.15cm" fo:border="0.5pt solid #1f3864" fo:background-color="#eef2f8"/>'
    '<style:text-properties fo:font-size="10.5pt" fo:font-style="italic"/></style:style>'
    "</office:automatic-styles>"
)


def build_offer(spec: dict) -> bytes:
    """The technical offer: a string is a body paragraph, ("title" | "h", t) the title or a heading, ("req", t) a
    requirement quoted from the tender documents in a bordered italic box."""
    out = []
    for block in spec["blocks"]:
        kind, text = ("p", block) if isinstance(block, str) else block
        if kind == "title":
            out.append(f'<text:p text:style-name="Title">{escape(text)}</text:p>')
        elif kind == "h":
            out.append(f'<text:h text:style-name="H1" text:outline-level="1">{escape(text)}</text:h>')
        elif kind == "req":
            out.append(f'<text:p text:style-name="Requirement">{escape(text)}</text:p>')
        else:
            out.append(f'<text:p text:style-name="Body">{escape(text)}</text:p>')
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_OFFER_STYLES}<office:body><office:text>"
        f"{''.join(out)}</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def build_answer(spec: dict) -> bytes:
    """The written answer: the assembly's line, the question's number, its particulars, the question in a shaded
    box, the department's numbered answer and the signature; the assembly's line and page number in the footer."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    styles = _styles()
    buf = io.BytesIO()
    doc = _pdf_doc(buf, spec)
    story = [
        Paragraph(escape(spec["org"]), styles["small"]),
        Paragraph(escape(spec["heading"]), styles["title"]),
        *[Paragraph(escape(line), styles["small"]) for line in spec["meta"]],
        Spacer(1, 8),
    ]
    box = Table([[Paragraph(escape(spec["question"]), styles["body"])]])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#7F7F7F")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F2F2")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip
    story += [box, Spacer(1, 10)]
    story += [Paragraph(escape(p), styles["body"]) for p in spec["answer"]]
    story += [Spacer(1, 10), Paragraph(escape(spec["signature"]), styles["body"])]
    page = _on_page(spec["saved"], spec["org"])
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def build_register() -> bytes:
    """The register as Excel's "CSV (oddelený bodkočiarkou)" writes it on a Slovak Windows computer."""
    return "".join(line + "\r\n" for line in REGISTER_LINES).encode("cp1250")


# (name, bytes-maker): written into corpus/
BUILDS = (
    (MOLDOVA_TRANSCRIPT["file"], lambda: build_transcript(MOLDOVA_TRANSCRIPT)),
    (BELGIUM_OFFER["file"], lambda: build_offer(BELGIUM_OFFER)),
    (KAZAKHSTAN_ANSWER["file"], lambda: build_answer(KAZAKHSTAN_ANSWER)),
    ("metadata.csv", build_register),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout33/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        (CORPUS / name).write_bytes(make())
        print((CORPUS / name).relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
