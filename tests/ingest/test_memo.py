"""A memo's header block (To/From/Date/Subject) and closing initials are no passage of its input, in .txt, .rtf
and .docx; its subject is its title; a text that merely uses such a label stays as it is."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.readers.docx import DocxReader
from ingest.readers.memo import drop_memo_paragraphs, memo_header
from ingest.readers.rtf import RtfReader
from ingest.readers.text import TextReader

pytestmark = pytest.mark.unit

HEADER = [
    "MEMORANDUM",
    "To: Working group on recognition",
    "From: Jaan Kask, Ministry of Education",
    "CC: Qualifications authority",
    "Date: 3 May 2025",
    "Subject: Stacking micro-credentials towards a qualification",
]
BODY = [
    "Providers should state in every certificate how many credits a micro-credential carries.",
    "Credits earned this way count towards a full qualification at the same level.",
]
FURNITURE = ("MEMORANDUM", "Working group", "Jaan Kask", "Qualifications authority", "3 May 2025", "Subject")


def _check(passages, title) -> None:
    text = "\n".join(p.text for p in passages)
    assert all(sentence in text for sentence in BODY)
    for word in FURNITURE:
        assert word not in text
    assert not text.rstrip().endswith("JK")
    assert title == "Stacking micro-credentials towards a qualification"


def test_text_memo(tmp_path: Path) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("\n".join(HEADER) + "\n\n" + "\n\n".join(BODY) + "\n\nJK\n", encoding="utf-8")
    result = TextReader().read(path)
    _check(result.passages, result.properties.title)
    assert result.passages[0].location.label == "paragraph 2"  # the header's paragraph keeps its number


def _rtf(paragraphs: list[str]) -> str:
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n" + "".join(f"{p}\\par\n" for p in paragraphs) + "}"


def test_rtf_memo(tmp_path: Path) -> None:
    path = tmp_path / "memo.rtf"
    path.write_text(_rtf([*HEADER, "", *BODY, "JK/mt"]), encoding="ascii")
    result = RtfReader().read(path)
    _check(result.passages, result.properties.title)
    assert "mt" not in result.passages[-1].text.split()


def test_docx_memo(tmp_path: Path) -> None:
    document = docx.Document()
    for line in [*HEADER, *BODY, "J.K."]:
        document.add_paragraph(line)
    path = tmp_path / "memo.docx"
    document.save(path)
    result = DocxReader().read(path)
    _check(result.passages, result.properties.title)
    assert "J.K." not in "\n".join(p.text for p in result.passages)


def test_docx_memo_header_in_one_paragraph_with_line_breaks(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    for k, line in enumerate(HEADER[1:]):
        run = paragraph.add_run(line)
        if k < len(HEADER) - 2:
            run.add_break()
    for line in BODY:
        document.add_paragraph(line)
    path = tmp_path / "memo-breaks.docx"
    document.save(path)
    result = DocxReader().read(path)
    _check(result.passages, result.properties.title)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Re: the draft of 3 May", "We support the draft.", "JK"],  # one label: no header block
        ["Date: 3 May 2025", "Subject: Levels", "The levels should follow the framework.", "JK"],  # no To/From
        ["The note went to: the working group and the board.", "From: our side, nothing changes.", "JK"],
        ["We write as a provider.", "To: Working group", "From: Jaan Kask", "JK"],  # not at the start
    ],
)
def test_texts_that_are_no_memo_stay_whole(paragraphs: list[str]) -> None:
    assert drop_memo_paragraphs(paragraphs) == (paragraphs, "")


def test_initials_go_only_at_the_very_end() -> None:
    kept, subject = drop_memo_paragraphs(["To: Board\nFrom: AB", "EU and OECD figures agree.", "Thanks, AB"])
    assert kept == ["", "EU and OECD figures agree.", "Thanks, AB"] and subject == ""


def test_a_wrapped_addressee_line_is_part_of_the_header() -> None:
    lines = ["To: Ministry of Education,", "    Qualifications Agency", "From: Jaan Kask", "", "Text of the memo."]
    drop, _ = memo_header(lines)
    assert drop == {0, 1, 2}


@pytest.mark.parametrize("initials", ["J-PK", "AM-L/ks", "J.-P. K.", "JPKLM", "AM-L / ks", "JK:mt"])
def test_initials_of_a_double_name_or_with_the_typists_are_left_out(tmp_path: Path, initials: str) -> None:
    path = tmp_path / "memo.txt"
    path.write_text("\n".join(HEADER) + "\n\n" + "\n\n".join(BODY) + f"\n\n{initials}\n", encoding="utf-8")
    result = TextReader().read(path)
    _check(result.passages, result.properties.title)
    assert initials not in "\n".join(p.text for p in result.passages)


@pytest.mark.parametrize(
    "last", ["EU-OECD figures agree.", "See annex A-3.", "NQF-level 5 / EQF 5", "Co-funded by ESF+"]
)
def test_a_last_line_that_says_something_stays_at_the_end_of_a_memo(last: str) -> None:
    kept, _ = drop_memo_paragraphs(["To: Board\nFrom: Jaan Kask", BODY[0], last])
    assert kept[-1] == last
