"""Build the eighteenth held-out set's binary files, its metadata sheet and its outline from the text in
``contributions.py`` and ``sheets.py``.

The colleges' federation's comments with tracked changes (OpenDocument text written as XML: insertions between
change marks, deletions kept only in the tracked-changes record), the food network's e-mail with its Word paper
attached (a MIME message written by hand around a python-docx file), the counsellors' filled PDF form (reportlab's
AcroForm fields in invariant mode), the labour directorate's memo in RTF (``eval/heldout3/build.py``'s RTF writer),
the training partnership's slides in PowerPoint's "Comparison" layout (python-pptx), the union's reply typed into
the content controls of a Word template (python-docx, the controls written as XML), the Dutch secretariat's sheet
(``sheets.py``) and the outline in Writer (``sheets.py``). The .md, .txt, .csv and .html contributions are written
by hand in ``corpus/``. Rebuilding unchanged text changes no byte:

    python eval/heldout18/build.py
"""

from __future__ import annotations

import base64
import io
import sys
from email.header import Header
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout2.build import _FONT_FILES  # noqa: E402
from eval.heldout3.build import build_rtf  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package  # noqa: E402
from eval.heldout18.contributions import (  # noqa: E402
    ALBANIA_TEMPLATE,
    CZECHIA_FORM,
    FINLAND_COMMENTS,
    IRELAND_EMAIL,
    ITALY_MEMO,
    JORDAN_SLIDES,
)
from eval.heldout18.sheets import build_outline_odt, build_sheet  # noqa: E402
from eval.office_builds import build_word, set_properties, stable_zip  # noqa: E402


def _change_info(who: tuple[str, str]) -> str:
    name, when = who
    return f"<office:change-info><dc:creator>{escape(name)}</dc:creator><dc:date>{when}</dc:date></office:change-info>"


def build_tracked_odt(spec: dict) -> bytes:
    """Writer's file with changes tracked: an inserted run sits between ``text:change-start`` and
    ``text:change-end`` in the body; a deleted run leaves a ``text:change`` mark in the body and its text in the
    ``text:tracked-changes`` record at the top, as LibreOffice saves it before the changes are accepted."""
    regions: list[str] = []
    body: list[str] = []
    for block in spec["blocks"]:
        if isinstance(block, str):
            body.append(f'<text:p text:style-name="Body">{escape(block)}</text:p>')
        elif isinstance(block, tuple) and block[0] == "title":
            body.append(f'<text:p text:style-name="Title">{escape(block[1])}</text:p>')
        elif isinstance(block, tuple):
            body.append(f'<text:h text:style-name="H1" text:outline-level="1">{escape(block[1])}</text:h>')
        else:
            runs = []
            for run in block:
                if isinstance(run, str):
                    runs.append(escape(run))
                    continue
                kind, text = run
                cid = f"ct{len(regions) + 1}"
                info = _change_info(spec["changes_by"][kind])
                if kind == "ins":
                    regions.append(f'<text:changed-region text:id="{cid}"><text:insertion>{info}</text:insertion>'
                                   "</text:changed-region>")  # fmt: skip
                    runs.append(f'<text:change-start text:change-id="{cid}"/>{escape(text)}'
                                f'<text:change-end text:change-id="{cid}"/>')  # fmt: skip
                else:
                    regions.append(f'<text:changed-region text:id="{cid}"><text:deletion>{info}<text:p '
                                   f'text:style-name="Body">{escape(text)}</text:p></text:deletion>'
                                   "</text:changed-region>")  # fmt: skip
                    runs.append(f'<text:change text:change-id="{cid}"/>')
            body.append(f'<text:p text:style-name="Body">{"".join(runs)}</text:p>')
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_TEXT_STYLES}<office:body><office:text>"
        f'<text:tracked-changes text:track-changes="true">{"".join(regions)}</text:tracked-changes>'
        f"{''.join(body)}</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def _address(name: str, mail: str) -> str:
    """A From/To header value, the display name encoded when it is not ASCII (as mail programs write it)."""
    shown = Header(name, "utf-8").encode() if not name.isascii() else f'"{name}"'
    return f"{shown} <{mail}>"


def build_email(spec: dict) -> bytes:
    """The message as a mail program saves it: headers, a plain-text body, the Word paper attached in base64."""
    attached = spec["attachment"]
    paper = build_word(attached)
    encoded = base64.b64encode(paper).decode("ascii")
    lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
    mark = spec["boundary"]
    head = [
        f"From: {_address(*spec['from'])}",
        f"To: {_address(*spec['to'])}",
        f"Subject: {spec['subject']}",
        f"Date: {spec['date']}",
        f"Message-ID: {spec['message_id']}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{mark}"',
        "",
        f"--{mark}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
        "",
        "\n\n".join(spec["body"]),
        "",
        f"--{mark}",
        "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        f'Content-Disposition: attachment; filename="{attached["filename"]}"',
        "Content-Transfer-Encoding: base64",
        "",
        *lines,
        "",
        f"--{mark}--",
        "",
    ]
    return "\n".join(head).encode("utf-8")


def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        if not Path(path).exists():
            raise SystemExit(f"{path} is missing: install the DejaVu fonts (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(name, str(path)))


def build_form(spec: dict) -> bytes:
    """The consultation's fillable form, filled: a heading, an instruction, then each field under its printed
    label (the label also its tooltip), multi-line fields for the answers."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    rl_config.invariant = 1
    _fonts()
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    y = A4[1] - 70
    pdf.setFont("Sans-Bold", 15)
    pdf.drawString(60, y, spec["heading"])
    y -= 22
    pdf.setFont("Sans", 9)
    pdf.drawString(60, y, spec["intro"])
    y -= 34
    for name, label, value, lines in spec["fields"]:
        height = 16 * lines + 4
        pdf.setFont("Sans-Bold", 10)
        pdf.drawString(60, y, label)
        y -= height + 6
        flags = "multiline" if lines > 1 else ""
        pdf.acroForm.textfield(name=name, tooltip=label, value=value, x=60, y=y, width=475, height=height,
                               fontName="Helvetica", fontSize=9, fieldFlags=flags, borderWidth=1)  # fmt: skip
        y -= 22
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def build_comparison_slides(spec: dict) -> bytes:
    """A title slide, then slides in the "Comparison" layout: a heading and a list in each of two columns."""
    from pptx import Presentation

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text, cover.placeholders[1].text = spec["cover"]
    for slide_spec in spec["slides"]:
        slide = prs.slides.add_slide(prs.slide_layouts[4])
        slide.shapes.title.text = slide_spec["title"]
        for head_idx, body_idx, (heading, items) in ((1, 2, slide_spec["left"]), (3, 4, slide_spec["right"])):
            slide.placeholders[head_idx].text = heading
            frame = slide.placeholders[body_idx].text_frame
            frame.text = items[0]
            for item in items[1:]:
                frame.add_paragraph().text = item
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


def _control(number: int, paragraphs: list[str] | None, placeholder: str):
    """A block content control holding the typed answer; an empty one shows the template's placeholder."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    shown = "<w:showingPlcHdr/>" if paragraphs is None else ""
    texts = [placeholder] if paragraphs is None else paragraphs
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if paragraphs is None else ""
    runs = "".join(f'<w:p><w:r>{style}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in texts)
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Reply {number}"/><w:tag w:val="reply{number}"/>'
        f'<w:id w:val="{41200 + number}"/>{shown}</w:sdtPr><w:sdtContent>{runs}</w:sdtContent></w:sdt>'
    )


def build_template_reply(spec: dict) -> bytes:
    """The ministry's Word template as the union returned it: fixed questions in bold, answers in controls."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["heading"], style="Title")
    doc.add_paragraph(spec["instruction"]).runs[0].italic = True
    for number, (question, answer) in enumerate(spec["items"]):
        doc.add_paragraph().add_run(question).bold = True
        slot = doc.add_paragraph()
        slot._p.getparent().replace(slot._p, _control(number, answer, spec["placeholder"]))
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


BUILDS = (
    ("comments_lakeland_vocational_colleges.odt", lambda: build_tracked_odt(FINLAND_COMMENTS)),
    ("email_suir_valley_food_skillnet.eml", lambda: build_email(IRELAND_EMAIL)),
    ("form_ostrava_career_counsellors.pdf", lambda: build_form(CZECHIA_FORM)),
    ("memo_apennine_valleys_labour_directorate.rtf", lambda: build_rtf(ITALY_MEMO)),
    ("slides_zarqa_industrial_training_partnership.pptx", lambda: build_comparison_slides(JORDAN_SLIDES)),
    ("template_elbasan_construction_workers_union.docx", lambda: build_template_reply(ALBANIA_TEMPLATE)),
    ("metadata.tsv", build_sheet),
)
OUTLINE_BUILDS = (("outline.odt", build_outline_odt),)


def main() -> int:
    for name, make in BUILDS:
        (CORPUS / name).write_bytes(make())
    for name, make in OUTLINE_BUILDS:
        (HERE / name).write_bytes(make())
    print(f"built {len(BUILDS)} corpus files and {len(OUTLINE_BUILDS)} outline in {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
