"""OpenDocument (.odt) outlines, read like Word ones: headings, the Title style, bold sections, lists, tables."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline
from pipeline.drafting.outline_data import OutlineWarning

pytestmark = pytest.mark.unit

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)


def write_odt(path: Path, body: str, automatic: str = "") -> Path:
    """A minimal Writer document, as LibreOffice lays one out (mimetype first, stored)."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">'
        f"<office:automatic-styles>{automatic}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


def test_headings_title_lists_and_a_question_table(tmp_path):
    body = (
        '<text:p text:style-name="Title">Micro-credential guidelines</text:p>'
        '<text:h text:outline-level="1">Recognition</text:h>'
        "<text:p>Audience: recognition officers</text:p>"
        "<text:list><text:list-item><text:p>Which evidence is needed?</text:p>"
        "<text:list><text:list-item><text:p>for learning abroad</text:p></text:list-item></text:list>"
        "</text:list-item></text:list>"
        '<text:h text:outline-level="1">Funding</text:h>'
        "<table:table><table:table-row><table:table-cell><text:p>No.</text:p></table:table-cell>"
        "<table:table-cell><text:p>Guiding question</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>"
        "<table:table-cell><text:p>Who<text:s/>pays for assessment</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    )
    outline = load_outline(write_odt(tmp_path / "outline.odt", body))
    assert outline.title == "Micro-credential guidelines"
    recognition, funding = outline.sections
    assert (recognition.audience, recognition.questions) == (
        "provider",
        ("Which evidence is needed (for learning abroad)?",),
    )
    assert funding.questions == ("Who pays for assessment",)


def test_sections_in_bold_spans_and_an_instruction_without_a_label_is_a_question_too(tmp_path):
    automatic = (
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
    )
    body = (
        "<text:p>Call for evidence</text:p>"
        '<text:p><text:span text:style-name="T1">Stackability</text:span></text:p>'
        "<text:p>Can credits be combined?</text:p>"
        '<text:p><text:span text:style-name="T1">Portability</text:span></text:p>'
        "<text:p>Guiding questions:</text:p>"
        "<text:p>Describe how credentials move between countries</text:p>"
    )
    outline = load_outline(write_odt(tmp_path / "outline.odt", body, automatic))
    assert outline.title == "Call for evidence"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Stackability", ("Can credits be combined?",)),
        ("Portability", ("Describe how credentials move between countries",)),
    ]
    # the same instruction with no label over it is a question written without "?", as outlines often put them
    unlabelled = body.replace("<text:p>Guiding questions:</text:p>", "")
    assert load_outline(write_odt(tmp_path / "unlabelled.odt", unlabelled, automatic)) == outline
    # an instruction on how to answer is none: the section then has no question, and is left out saying so
    about = unlabelled.replace("Describe how credentials move between countries", "Please answer in 300 words")
    with pytest.warns(OutlineWarning, match=r"'Portability' has no guiding questions under it"):
        outline = load_outline(write_odt(tmp_path / "about.odt", about, automatic))
    assert [s.title for s in outline.sections] == ["Stackability"]


def test_a_file_that_is_not_an_odt_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "outline.odt"
    path.write_bytes(b"not a zip")
    with pytest.raises(OutlineError, match=r"outline\.odt: not an OpenDocument \.odt file that can be opened"):
        load_outline(path)


def test_a_second_level_list_style_as_libreoffice_writes_words_list_bullet_2(tmp_path):
    # Word's "List Bullet 2" arrives in LibreOffice as a list of its own at depth one, styled a level down
    automatic = (
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="List_20_Bullet"/>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="List_20_Bullet_20_2"/>'
    )
    body = (
        '<text:h text:outline-level="1">Recognition</text:h>'
        '<text:list><text:list-item><text:p text:style-name="P1">Which evidence is needed?</text:p>'
        "</text:list-item></text:list>"
        '<text:list><text:list-item><text:p text:style-name="P2">for learning abroad</text:p>'
        "</text:list-item></text:list>"
    )
    (section,) = load_outline(write_odt(tmp_path / "outline.odt", body, automatic)).sections
    assert section.questions == ("Which evidence is needed (for learning abroad)?",)


def test_a_numbered_list_of_sections_with_an_italic_note_under_each(tmp_path):
    automatic = (
        '<style:style style:name="P1" style:family="paragraph">'
        '<style:text-properties fo:font-style="italic"/></style:style>'
    )

    def section(title: str, note: str, questions: list[str]) -> str:
        items = "".join(f"<text:list-item><text:p>{q}</text:p></text:list-item>" for q in questions)
        return (
            f"<text:list><text:list-item><text:p>{title}</text:p></text:list-item></text:list>"
            f'<text:p text:style-name="P1">{note}</text:p>'
            f"<text:list><text:list-item><text:list>{items}</text:list></text:list-item></text:list>"
        )

    body = (
        "<text:p>Guidelines on micro-credentials</text:p>"
        + section(
            "Recognition", "Describe the national context first.", ["Which evidence is needed?", "Describe the steps"]
        )
        + section("Funding", "Drafted with the ministry of finance.", ["Who pays for assessment?"])
    )
    outline = load_outline(write_odt(tmp_path / "outline.odt", body, automatic))
    assert outline.title == "Guidelines on micro-credentials"
    assert [(s.title, s.purpose, s.questions) for s in outline.sections] == [
        ("Recognition", "Describe the national context first.", ("Which evidence is needed?", "Describe the steps")),
        ("Funding", "Drafted with the ministry of finance.", ("Who pays for assessment?",)),
    ]


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def _cell(text: str, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    covered = "<table:covered-table-cell/>" * (span - 1)
    return f"<table:table-cell{spanned}><text:p>{text}</text:p></table:table-cell>{covered}"


def test_rows_merged_across_a_question_table_are_its_sections_under_a_bold_title(tmp_path):
    automatic = (
        '<style:style style:name="Title" style:family="paragraph">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
    )
    body = (
        '<text:p text:style-name="Title">Draft outline on apprenticeships</text:p>'
        "<text:p>Answer each question from the submissions.</text:p>"
        "<table:table>"
        + _row(_cell("Ref"), _cell("Question"), _cell("For"))
        + _row(_cell("A. Placements in firms", 3))
        + _row(_cell("A1"), _cell("How long should a placement last?"), _cell("Providers"))
        + _row(_cell("A2"), _cell("Who mentors the apprentice?"), _cell("Providers"))
        + _row(_cell("B. Money", 3))
        + _row(_cell("B1"), _cell("Should firms be paid for taking apprentices?"), _cell("Ministries"))
        + "</table:table>"
    )
    outline = load_outline(write_odt(tmp_path / "outline.odt", body, automatic))
    assert outline.title == "Draft outline on apprenticeships"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("A. Placements in firms", ("How long should a placement last?", "Who mentors the apprentice?")),
        ("B. Money", ("Should firms be paid for taking apprentices?",)),
    ]
    assert [s.audience for s in outline.sections] == ["provider", "system"]


def test_a_question_merged_across_the_table_stays_a_question(tmp_path):
    body = (
        "<table:table>"
        + _row(_cell("Nr"), _cell("Guiding question"))
        + _row(_cell("Contracts", 2))
        + _row(_cell("Do apprentices need a written contract?", 2))
        + _row(_cell("2"), _cell("Who signs the contract?"))
        + "</table:table>"
    )
    outline = load_outline(write_odt(tmp_path / "outline.odt", body))
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Contracts", ("Do apprentices need a written contract?", "Who signs the contract?")),
    ]
