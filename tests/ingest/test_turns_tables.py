"""Minutes kept as a two-column table in Word or Writer ("Speaker | Statement") read as the same minutes written in
paragraphs (ingest.readers.minutes_table, then ingest.turns): the contributor keeps their own statements only. A
two-column table of anything else stays a table, whole."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from ingest.model import Passage
from ingest.readers import reader_for
from ingest.readers.minutes_table import turn_rows
from ingest.turns import own_turns
from tests.ingest.test_odf import h, p, table, write_odf
from tests.ingest.test_turns_documents import DECISIONS, PRESENT, TITLE, TURNS

HEADERS = {
    "en": ("Speaker", "Statement"),
    "en2": ("Name (organisation)", "Intervention"),
    "de": ("Sprecher/in", "Wortmeldung"),
    "fr": ("Intervenant", "Intervention"),
    "nl": ("Spreker", "Inbreng"),
}


def _rows(header: tuple[str, str], names: dict[str, str] | None = None) -> list[list[str]]:
    names = names or {}
    rows = [list(header), *([names.get(name, name), text] for name, text in TURNS)]
    return rows + [["Decisions", " ".join(DECISIONS)]]


def _docx(path: Path, rows: list[list[str]]) -> Path:
    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(PRESENT)
    grid = document.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text
    document.save(str(path))
    return path


def _odt(path: Path, rows: list[list[str]]) -> Path:
    return write_odf(path, "text", h(1, TITLE) + p(PRESENT) + table(rows))


BUILDS = {"docx": _docx, "odt": _odt}


def _read(path: Path) -> tuple[Passage, ...]:
    return reader_for(path).read(path).passages


def _flat(passages: list[Passage] | tuple[Passage, ...]) -> str:
    return re.sub(r"\s+", " ", " ".join(p.text for p in passages))


@pytest.mark.integration
@pytest.mark.parametrize("fmt", sorted(BUILDS))
@pytest.mark.parametrize("language", sorted(HEADERS))
def test_a_member_keeps_only_their_own_statement_from_a_table_of_minutes(
    tmp_path: Path, fmt: str, language: str
) -> None:
    path = BUILDS[fmt](tmp_path / f"minutes.{fmt}", _rows(HEADERS[language]))
    kept, warnings = own_turns(_read(path), "Ana Horvat", "Student Union")
    text = _flat(kept)
    assert TURNS[1][1] in text
    for name, words in [*TURNS[:1], *TURNS[2:]]:
        assert words not in text, name  # the chair's and the other members' statements are theirs
    assert not any(decision in text for decision in DECISIONS)
    assert "only the turns of Horvat" in warnings[0]


@pytest.mark.integration
@pytest.mark.parametrize("fmt", sorted(BUILDS))
def test_names_written_surname_first_and_a_row_going_on_without_a_name(tmp_path: Path, fmt: str) -> None:
    names = {"Lindqvist": "Lindqvist, Eva", "Horvat": "Horvat, Ana"}
    rows = _rows(HEADERS["en"], names)
    rows.insert(3, ["", "Students also want the workload shown on the certificate."])  # Horvat goes on
    path = BUILDS[fmt](tmp_path / f"minutes.{fmt}", rows)
    text = _flat(own_turns(_read(path), "Ana Horvat", "Student Union")[0])
    assert TURNS[1][1] in text and "Students also want the workload shown" in text
    assert not any(words in text for _, words in [*TURNS[:1], *TURNS[2:]])


@pytest.mark.integration
@pytest.mark.parametrize("fmt", sorted(BUILDS))
@pytest.mark.parametrize(
    "header", [("Name", "Position"), ("Partner", "Contribution"), ("Module", "Description"), ("Speaker", "Topic")]
)
def test_another_two_column_table_stays_a_table_whole(tmp_path: Path, fmt: str, header: tuple[str, str]) -> None:
    rows = [list(header), ["Ana Horvat", "Leads the work on the register of micro-credentials."],
            ["Marko Petrovski", "Writes the chapter on assessment."], ["Ivo Kranjc", "Reviews the draft."]]  # fmt: skip
    path = BUILDS[fmt](tmp_path / f"team.{fmt}", rows)
    passages = _read(path)
    kept, _ = own_turns(passages, "Ana Horvat", "Student Union")
    text = _flat(kept)
    assert all(f"{a} | {b}" in text for a, b in rows)


@pytest.mark.unit
def test_a_name_cell_that_reads_as_no_speaker_leaves_the_table_as_it_was() -> None:
    rows = ["Speaker | Statement", "Lindqvist | We open the meeting.", "the delegation of the ministry | We agree."]
    assert turn_rows(rows) is None
    assert turn_rows(["Speaker | Statement", "| Words before any speaker.", "Horvat | We agree."]) is None
    assert turn_rows(["Speaker | Statement", "Lindqvist | We open.", "Ms Horvat (Union) | We agree."]) == [
        "Lindqvist: We open.",
        "Ms Horvat (Union): We agree.",
    ]


@pytest.mark.integration
@pytest.mark.parametrize("fmt", sorted(BUILDS))
def test_speakers_written_by_their_initials_and_surname_each_keep_their_own_statements(
    tmp_path: Path, fmt: str
) -> None:
    # the secretary writes "A. Horvat", "E.-M. Lindqvist": each is still the speaker of that row alone (read by
    # surname, as the initial "A" would read as the article)
    names = {"Lindqvist": "E.-M. Lindqvist", "Horvat": "A. Horvat", "Petrovski": "M. Petrovski", "Kranjc": "I. Kranjc"}
    path = BUILDS[fmt](tmp_path / f"minutes.{fmt}", _rows(HEADERS["en"], names))
    kept, warnings = own_turns(_read(path), "Ana Horvat", "Student Union")
    text = _flat(kept)
    assert TURNS[1][1] in text
    assert not any(words in text for _, words in [*TURNS[:1], *TURNS[2:]])
    assert "only the turns of Horvat" in warnings[0]


@pytest.mark.unit
def test_a_cell_that_only_looks_like_initials_is_no_speaker() -> None:
    assert turn_rows(["Speaker | Statement", "A. Horvat | We agree.", "e.g. the chair | We open."]) is None
    assert turn_rows(["Speaker | Statement", "J. P. Martin | We agree."]) == ["Martin: We agree."]
    # two people of one surname, told apart only by their initials: whose row is whose cannot be kept apart
    assert turn_rows(["Speaker | Statement", "I. Strode | We open.", "M. Strode | We agree."]) is None
