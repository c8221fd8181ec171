"""Builders the evaluation sets share for their Word and PowerPoint contributions, byte for byte reproducible.

The held-out sets (eval/heldout/build.py, eval/heldout2/build.py) keep their wording in their own build scripts;
these functions turn it into files whose bytes depend only on that wording: fixed ZIP entry times and document
properties taken from the contribution, never from the machine that builds it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

ZIP_TIME = (2026, 5, 1, 0, 0, 0)


def stable_zip(data: bytes, first: tuple[str, bytes] | None = None) -> bytes:
    """The same ZIP container with fixed entry times, so an unchanged document builds to the same bytes.

    ``first`` is an entry written first and uncompressed (an OpenDocument's ``mimetype``).
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        if first is not None:
            info = zipfile.ZipInfo(first[0], date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED
            dst.writestr(info, first[1])
        with zipfile.ZipFile(io.BytesIO(data)) as src:
            for item in src.infolist():
                if first is not None and item.filename == first[0]:
                    continue
                info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def set_properties(props: object, spec: dict) -> None:
    """Author, title and dates from the contribution, never from the machine that builds it."""
    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    props.author = spec["author"]  # type: ignore[attr-defined]
    props.title = spec["title"]  # type: ignore[attr-defined]
    props.created = when  # type: ignore[attr-defined]
    props.modified = when  # type: ignore[attr-defined]
    props.last_modified_by = spec["author"]  # type: ignore[attr-defined]
    props.revision = 1  # type: ignore[attr-defined]


def build_word(spec: dict, title: bool = False) -> bytes:
    """A Word document from ``spec["blocks"]``: a string is a paragraph, ``("h1" | "h2", text)`` a heading,
    ``("table", rows)`` a table; with ``title``, ``spec["title"]`` opens it in the Title style."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    if title:
        doc.add_paragraph(spec["title"], style="Title")
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] in ("h1", "h2"):
            doc.add_heading(block[1], level=int(block[0][1]))
        else:
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_slides(spec: dict) -> bytes:
    """A presentation: a title slide, then title-and-content slides, each with its speaker notes if any."""
    from pptx import Presentation

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for n, slide_spec in enumerate(spec["slides"]):
        slide = prs.slides.add_slide(prs.slide_layouts[0 if n == 0 else 1])
        slide.shapes.title.text = slide_spec["title"]
        body = slide.placeholders[1].text_frame
        body.text = slide_spec["body"][0]
        for line in slide_spec["body"][1:]:
            body.add_paragraph().text = line
        if slide_spec["notes"]:
            slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())
