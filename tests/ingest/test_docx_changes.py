"""Word files with tracked changes not yet accepted read as they would once accepted, with a warning; a letter
signed by two people loses both signatures, also when they are set side by side in a table."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ingest.readers.docx import DocxReader

pytestmark = pytest.mark.unit

W = nsdecls("w")
STAMP = 'w:author="Reviewer" w:date="2024-05-02T10:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _inserted(text: str, change: int) -> str:
    return f'<w:ins w:id="{change}" {STAMP}>{_run(text)}</w:ins>'


def _deleted(text: str, change: int) -> str:
    return f'<w:del w:id="{change}" {STAMP}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def _paragraph(inner: str, mark_deleted: bool = False) -> object:
    mark = f'<w:pPr><w:rPr><w:del w:id="99" {STAMP}/></w:rPr></w:pPr>' if mark_deleted else ""
    return parse_xml(f"<w:p {W}>{mark}{inner}</w:p>")


def reviewed_docx(path: Path) -> Path:
    """A memo a reviewer edited with Track Changes on, none of it accepted yet."""
    document = docx.Document()
    document.add_heading("Assessment", level=1)
    end = document.element.body[-1]  # the section properties: paragraphs go before them
    inner = _run("The ministry ") + _deleted("will not ", 1) + _inserted("should ", 2) + _run("fund assessors.")
    end.addprevious(_paragraph(inner))
    end.addprevious(_paragraph(_run("Providers must publish learning outcomes"), mark_deleted=True))
    end.addprevious(_paragraph(_run("for every course they offer.")))
    end.addprevious(_paragraph(_deleted("Credits should be optional.", 3), mark_deleted=True))
    end.addprevious(_paragraph(_run("Learners keep their credentials."), mark_deleted=True))
    end.addprevious(_paragraph(_deleted("A paragraph deleted whole, its mark kept.", 9)))  # the one above ends here
    end.addprevious(_paragraph(_inserted("Wallets must be free of charge for learners.", 4)))
    table = document.add_table(rows=3, cols=2)
    for r, (country, workload) in enumerate((("Country", "Workload"), ("Latvia", "1 ECTS"), ("Malta", "2 ECTS"))):
        table.cell(r, 0).text, table.cell(r, 1).text = country, workload
    row = table._tbl.findall(qn("w:tr"))[2]  # Malta's row deleted, its text with it
    row.get_or_add_trPr().append(parse_xml(f'<w:del {W} w:id="5" {STAMP}/>'))
    for shown in list(row.iter(qn("w:t"))):
        shown.tag = qn("w:delText")
        wrapper = parse_xml(f'<w:del {W} w:id="6" {STAMP}/>')
        shown.getparent().addprevious(wrapper)
        wrapper.append(shown.getparent())
    document.save(str(path))
    return path


def test_tracked_changes_read_as_accepted_with_a_warning(tmp_path: Path) -> None:
    result = DocxReader().read(reviewed_docx(tmp_path / "memo.docx"))
    texts = [(p.location.label, p.text) for p in result.passages]
    assert texts == [
        (
            "section 1 Assessment",
            "The ministry should fund assessors.\n"
            "Providers must publish learning outcomes for every course they offer.\n"  # the deleted mark joins them
            "Learners keep their credentials.\n"
            "Wallets must be free of charge for learners.",
        ),
        ("section 1 Assessment, table 1", "Country | Workload\nLatvia | 1 ECTS"),
    ]
    (warning,) = result.warnings
    assert warning.startswith("tracked changes not yet accepted (2 insertions, 9 deletions)")
    assert "read as if accepted" in warning


def test_a_file_without_tracked_changes_has_no_warning(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("The register should show each credential's workload in credits.")
    document.save(str(tmp_path / "plain.docx"))
    assert DocxReader().read(tmp_path / "plain.docx").warnings == ()


BOX_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def test_a_text_box_reads_its_tracked_changes_as_accepted_once(tmp_path: Path) -> None:
    """Word writes a text box twice, as DrawingML and as a VML Fallback copy: read once, its changes counted once."""
    document = docx.Document()
    document.add_paragraph("Our position in brief is in the box.")
    inner = _run("Recognition ") + _deleted("never ", 7) + _inserted("always ", 8) + _run("needs a register.")
    shape = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    box = parse_xml(
        f'<w:p {W} {BOX_NS}><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        f'<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="{shape}"><wps:wsp><wps:txbx>'
        f"<w:txbxContent><w:p>{inner}</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        f"</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"<w:p>{inner}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
        f"</w:r></w:p>"
    )
    document.element.body[-1].addprevious(box)
    document.save(str(tmp_path / "box.docx"))
    result = DocxReader().read(tmp_path / "box.docx")
    text = "\n".join(p.text for p in result.passages)
    assert text.count("Recognition always needs a register.") == 1
    assert "never" not in text
    assert result.warnings[0].startswith("tracked changes not yet accepted (1 insertion, 1 deletion)")


BODY = "We support a register of micro-credentials kept by the national agency, with workloads stated in credits."


@pytest.mark.parametrize("layout", ["one under the other", "side by side in a table"])
def test_a_letter_signed_by_two_people_loses_both_signatures(tmp_path: Path, layout: str) -> None:
    document = docx.Document()
    document.add_paragraph("Dear colleagues,")
    document.add_paragraph(BODY)
    document.add_paragraph("Yours sincerely,")
    signatures = [("Anna Berzina", "Janis Ozols"), ("Director", "Head of Unit"), ("Ministry of Education", "")]
    if layout == "one under the other":
        for line in ("Anna Berzina", "Director", "", "Janis Ozols", "Head of Unit", "Ministry of Education"):
            document.add_paragraph(line)
    else:
        table = document.add_table(rows=3, cols=2)
        for r, (left, right) in enumerate(signatures):
            table.cell(r, 0).text, table.cell(r, 1).text = left, right
    document.add_paragraph("")  # Word's empty last paragraph
    document.save(str(tmp_path / "letter.docx"))
    passages = DocxReader().read(tmp_path / "letter.docx").passages
    assert [p.text for p in passages] == [BODY]  # the salutation is left out as well


def test_a_table_of_positions_under_a_closing_is_kept(tmp_path: Path) -> None:
    """A table of content after the closing is not a signature: its cells are sentences."""
    document = docx.Document()
    document.add_paragraph(BODY)
    document.add_paragraph("Kind regards,")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Topic", "Our position"
    table.cell(1, 0).text = "Workload"
    table.cell(1, 1).text = "Every credential should state its workload in hours and in credits."
    document.save(str(tmp_path / "annex.docx"))
    passages = DocxReader().read(tmp_path / "annex.docx").passages
    assert [p.location.table for p in passages] == [None, 1]
    assert passages[0].text == f"{BODY}\nKind regards,"
