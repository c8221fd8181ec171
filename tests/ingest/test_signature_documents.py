"""A letter's closing and signature in Word, OpenDocument and RTF files: left out at the end of the body only.

Each case is written once as a list of blocks and built as a .docx, an .odt and an .rtf, so the three readers are
held to the same behaviour: a letter loses exactly its closing and the signature lines under it (read as the same
letter written without them), and anything that is not a signature's short lines to the end keeps every word.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml

from ingest.model import Passage
from ingest.readers.docx import DocxReader
from ingest.readers.odf import OdtReader
from ingest.readers.rtf import RtfReader
from tests.ingest.test_docx import FOOTNOTES_CT, NS, add_part, add_table
from tests.ingest.test_odf import h, p, table, write_odf

pytestmark = pytest.mark.unit

# A block is a paragraph (a str, "\n" a line break inside it), or a tuple: ("heading", text),
# ("table", rows), ("note", paragraph, footnote text), ("box", paragraph, text of a text box anchored in it).
Block = str | tuple

DEAR = "Dear members of the guideline team,"
BODY = "Our centre asks that micro-credentials of at least 2 ECTS be listed in the national register."
LAST = "We would welcome a copy of the draft guidelines when they are ready."
SIGNATURE = ["Yours faithfully,", "Dr Anna Berzina", "Director", "Riga Adult Learning Centre"]


def _docx(path: Path, blocks: list[Block]) -> Path:
    document = docx.Document()
    body = document.element.body
    notes: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)  # python-docx writes "\n" as a line break (w:br)
        elif block[0] == "heading":
            document.add_heading(block[1], level=1)
        elif block[0] == "table":
            add_table(document, block[1])
        elif block[0] == "note":
            notes.append(block[2])
            xml = (
                f'<w:p {NS}><w:r><w:t>{block[1]}</w:t></w:r><w:r><w:footnoteReference w:id="{len(notes)}"/></w:r></w:p>'
            )
            body.insert(len(body) - 1, parse_xml(xml))  # before w:sectPr
        else:
            xml = (
                f"<w:p {NS}><w:r><w:t>{block[1]}</w:t></w:r><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData "
                'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
                f"<w:txbxContent><w:p><w:r><w:t>{block[2]}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp>"
                "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>"
            )
            body.insert(len(body) - 1, parse_xml(xml))
    if notes:
        xml = f"<w:footnotes {NS}>" + "".join(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
            for n, text in enumerate(notes, start=1)
        )
        add_part(document, "/word/footnotes.xml", FOOTNOTES_CT, xml + "</w:footnotes>", RT.FOOTNOTES)
    path = path.with_suffix(".docx")
    document.save(str(path))
    return path


def _odt(path: Path, blocks: list[Block]) -> Path:
    parts: list[str] = []
    for n, block in enumerate(blocks):
        if isinstance(block, str):
            parts.append(p(block.replace("\n", "<text:line-break/>")))
        elif block[0] == "heading":
            parts.append(h(1, block[1]))
        elif block[0] == "table":
            parts.append(table(block[1], name=f"Table{n}"))
        elif block[0] == "note":
            note = (
                f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                f"<text:note-body>{p(block[2], style='Footnote')}</text:note-body></text:note>"
            )
            parts.append(p(block[1] + note))
        else:
            frame = f'<draw:frame draw:name="F{n}"><draw:text-box>{p(block[2])}</draw:text-box></draw:frame>'
            parts.append(p(block[1] + frame))
    return write_odf(path.with_suffix(".odt"), "text", "".join(parts))


def _rtf(path: Path, blocks: list[Block]) -> Path:
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            parts.append("\\pard\\plain " + block.replace("\n", "\\line ") + "\\par\n")
        elif block[0] == "heading":
            parts.append(f"\\pard\\plain\\outlinelevel0 {block[1]}\\par\n")
        elif block[0] == "table":
            for row in block[1]:
                cells = "".join(f"\\cellx{3000 * (k + 1)}" for k in range(len(row)))
                parts.append(f"\\trowd{cells}\n\\pard\\intbl " + "".join(f"{c}\\cell " for c in row) + "\\row\n")
        elif block[0] == "note":
            parts.append(f"\\pard\\plain {block[1]}{{\\footnote\\pard\\plain {block[2]}}}\\par\n")
        else:
            shape = f"{{\\shp{{\\*\\shpinst{{\\shptxt\\pard {block[2]}\\par}}}}}}"
            parts.append(f"\\pard\\plain {block[1]}{shape}\\par\n")
    path = path.with_suffix(".rtf")
    path.write_text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\n" + "".join(parts) + "}", encoding="ascii")
    return path


BUILDERS: dict[str, tuple[Callable[[Path, list[Block]], Path], Callable[[Path], tuple[Passage, ...]]]] = {
    "docx": (_docx, lambda path: DocxReader().read(path).passages),
    "odt": (_odt, lambda path: OdtReader().read(path).passages),
    "rtf": (_rtf, lambda path: RtfReader().read(path).passages),
}


@pytest.fixture(params=sorted(BUILDERS))
def read(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str, list[Block]], list[tuple[str, str]]]:
    """Build ``blocks`` in the format of the run and read them back as (location label, text) pairs."""
    build, reader = BUILDERS[request.param]

    def run(name: str, blocks: list[Block]) -> list[tuple[str, str]]:
        return [(x.location.label, x.text) for x in reader(build(tmp_path / name, blocks))]

    return run


def _text(passages: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in passages)


def test_a_letter_loses_exactly_its_closing_and_signature(read) -> None:
    letter = read("letter", [DEAR, BODY, LAST, *SIGNATURE])
    assert letter == read("unsigned", [DEAR, BODY, LAST])  # the same labels and words as without them
    assert LAST in letter[-1][1]


def test_a_closing_followed_by_a_paragraph_keeps_everything(read) -> None:
    more = "We also attach our pilot report, which gives the completion rates of 2025 for each of our courses."
    blocks = [DEAR, BODY, LAST, *SIGNATURE[:2], more]
    assert _text(read("more", blocks)) == "\n".join(blocks[1:])  # the salutation goes on its own


def test_a_letter_without_a_closing_is_unchanged(read) -> None:
    blocks = [DEAR, BODY, LAST, *SIGNATURE[1:]]  # a name and a title under the text, but no closing line
    assert _text(read("plain", blocks)) == "\n".join(blocks[1:])  # the salutation goes on its own


def test_a_closing_in_the_middle_of_the_text_is_text(read) -> None:
    blocks = [BODY, "Thank you!", "Anna Berzina", ("heading", "Funding"), LAST, *SIGNATURE]
    passages = read("middle", blocks)
    assert "Thank you!\nAnna Berzina" in _text(passages)  # a heading follows: it closed nothing
    assert passages == read("middle_unsigned", blocks[:-4])  # the letter's own closing, at the end, goes


def test_a_table_after_the_closing_keeps_everything(read) -> None:
    passages = read("table", [DEAR, BODY, *SIGNATURE, ("table", [["Pilot", "Learners"], ["Riga", "120"]])])
    assert "\n".join(SIGNATURE) in _text(passages)
    assert "Pilot | Learners\nRiga | 120" in _text(passages)


def test_footnotes_and_text_boxes_stay_when_the_signature_goes(read) -> None:
    blocks = [
        DEAR,
        ("note", BODY, "Survey of 40 adult learning providers, 2024."),
        LAST,
        SIGNATURE[0],
        ("box", SIGNATURE[1], "Received on 3 March"),
        *SIGNATURE[2:],
    ]
    text = _text(read("notes", blocks))
    assert "Survey of 40 adult learning providers, 2024." in text and "Received on 3 March" in text
    assert LAST in text and not any(line in text for line in SIGNATURE)


def test_a_closing_after_a_line_break_leaves_the_lines_above_it(read) -> None:
    letter = read("breaks", [DEAR, BODY, LAST + "\n" + "\n".join(SIGNATURE)])
    assert letter == read("breaks_unsigned", [DEAR, BODY, LAST])


def test_a_postscript_after_the_signature_is_kept(read) -> None:
    ps = "P.S. Our pilot report follows in a separate message."
    assert read("ps", [DEAR, BODY, *SIGNATURE, ps]) == read("ps_unsigned", [DEAR, BODY, ps])


SIGNED = "Dr Anna Berzina, director of the Riga Adult Learning Centre"


def test_a_draft_ending_with_its_authors_name_and_role_loses_that_line(read) -> None:
    # no closing formula: a draft or a note signed by its author's name and role under its last paragraph
    assert read("signed", [BODY, LAST, SIGNED]) == read("signed_unsigned", [BODY, LAST])
    assert read("dashed", [BODY, LAST, "- " + SIGNED]) == read("dashed_unsigned", [BODY, LAST])


def test_a_last_paragraph_that_names_a_person_in_a_sentence_or_a_place_stays(read) -> None:
    sentence = "Anna Berzina, director of the centre, will present the pilot's results in May."
    for name, last in (("sentence", sentence), ("place", "Riga Adult Learning Centre, Latvia")):
        assert _text(read(name, [BODY, LAST, last])) == "\n".join([BODY, LAST, last])
    # a name and role that is the whole text, or that comes above a table, is the text itself
    assert _text(read("alone", [SIGNED])) == SIGNED
    assert SIGNED in _text(read("above_table", [BODY, SIGNED, ("table", [["Pilot", "Learners"], ["Riga", "120"]])]))
