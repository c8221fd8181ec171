"""A macro-enabled Word document (.docm) is read as a document; its VBA project is never opened or run."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from ingest.readers.base import ReadError
from ingest.readers.docx import DocxReader
from ingest.readers.docx_package import MACRO_ENABLED_MAIN

_PLAIN_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_VBA_TYPE = "application/vnd.ms-office.vbaProject"
_VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"


def _repack(data: bytes, main_type: str, vba: bool) -> bytes:
    """The package as Word saves a .docm: the main part's content type changed and a VBA project beside it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                text = body.decode("utf-8").replace(_PLAIN_MAIN, main_type)
                if vba:
                    text = text.replace("</Types>", f'<Default Extension="bin" ContentType="{_VBA_TYPE}"/></Types>')
                body = text.encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels" and vba:
                rel = f'<Relationship Id="rIdVba1" Type="{_VBA_REL}" Target="vbaProject.bin"/>'
                body = body.decode("utf-8").replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
            target.writestr(item, body)
        if vba:
            # not a real compound file: whatever its bytes hold, the reader must never look into them
            target.writestr("word/vbaProject.bin", b'Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\nEnd Sub\r\n')
    return out.getvalue()


def _document() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Position on stackable micro-credentials"
    document.add_heading("Our position", level=1)
    document.add_paragraph("Micro-credentials should be stackable towards a vocational qualification.")
    document.add_paragraph("Each one should state its learning outcomes and its workload in ECTS credits.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.unit
def test_macro_enabled_document_is_read(tmp_path: Path) -> None:
    path = tmp_path / "position_trade_union.docm"
    path.write_bytes(_repack(_document(), MACRO_ENABLED_MAIN, vba=True))
    with pytest.raises(ValueError, match="not a Word file"):
        docx.Document(str(path))  # what the reader used to call: python-docx refuses the content type
    result = DocxReader().read(path)
    texts = [p.text for p in result.passages]
    assert any("stackable towards a vocational qualification" in t for t in texts)
    assert any("workload in ECTS credits" in t for t in texts)
    assert not any("AutoOpen" in t or "VB_Name" in t for t in texts)
    assert result.properties.title == "Position on stackable micro-credentials"


@pytest.mark.unit
def test_other_main_part_is_still_refused(tmp_path: Path) -> None:
    # a Word template's main part is not read as a document: the refusal still names the content type
    path = tmp_path / "letterhead.docx"
    template = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    path.write_bytes(_repack(_document(), template, vba=False))
    with pytest.raises(ReadError, match="not a Word file"):
        DocxReader().read(path)


@pytest.mark.unit
def test_plain_document_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "position.docx"
    path.write_bytes(_document())
    texts = [p.text for p in DocxReader().read(path).passages]
    assert any("stackable towards a vocational qualification" in t for t in texts)
