"""A survey or Q&A export holds several people's words: only the contributor's respondent row, or their replies,
are kept as theirs; the questions stay with the answers, quoted; a tool's column codes are named by the wording
row under them; nobody matched, the answers are kept as others' words."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.model import QUOTE_MARK
from ingest.ownership import own_words
from ingest.readers.csvfile import CsvReader
from ingest.readers.xlsx import XlsxReader

pytestmark = pytest.mark.unit

_CODED = (
    '"id","submitdate","lastpage","startlanguage","seed","Q00","Q01","Q02","Q03"\n'
    '"Response ID","Date submitted","Last page","Start language","Seed","Your name (optional)","Organisation",'
    '"How long should the shortest course be?","Who should assess the learners?"\n'
    '"3","","1","en","111","","","",""\n'
    '"4","2026-02-01 10:00:00","3","en","222","Ilse Brandt","Harbour Trades School",'
    '"Two working days at least, so that something can be assessed.","An examiner from another school."\n'
    '"5","2026-02-02 11:00:00","3","de","333","Jonas Weber","","Ein Tag reicht.","Der Betrieb."\n'
    '"6","2026-02-03 12:00:00","3","en","444","","Coastal Employers Club","A few hours","The employer."\n'
)


def _csv(tmp_path: Path, text: str, name: str = "results.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_codes_over_a_wording_row_take_its_names_and_the_row_is_no_respondent(tmp_path: Path) -> None:
    passages = CsvReader().read(_csv(tmp_path, _CODED)).passages
    text = "\n".join(p.text for p in passages)
    assert "Response ID" not in text and "seed" not in text.lower() and "Q03" not in text
    assert f"{QUOTE_MARK}Who should assess the learners?\nAn examiner from another school." in text
    assert "222" not in text  # the tool's seed and tracking columns are left out


def test_only_the_contributor_s_response_is_kept(tmp_path: Path) -> None:
    passages = CsvReader().read(_csv(tmp_path, _CODED)).passages
    own = own_words(passages, "Ilse Brandt", "Harbour Trades School", None)
    text = "\n".join(p.text for p in own.passages)
    assert "Two working days at least" in text and "An examiner from another school." in text
    assert "Ein Tag reicht" not in text and "A few hours" not in text and "The employer." not in text
    assert "Jonas Weber" in own.notes[0] and "Coastal Employers Club" in own.notes[0]


def test_a_respondent_who_gives_no_name_is_known_by_their_organisation(tmp_path: Path) -> None:
    passages = CsvReader().read(_csv(tmp_path, _CODED)).passages
    own = own_words(passages, "", "Coastal Employers Club", None)
    text = "\n".join(p.text for p in own.passages)
    assert "A few hours" in text and "Two working days" not in text


def test_nobody_matched_keeps_the_answers_as_others_words(tmp_path: Path) -> None:
    passages = CsvReader().read(_csv(tmp_path, _CODED)).passages
    own = own_words(passages, "Marta Kowal", "Regional Office", None)
    lines = [line for p in own.passages for line in p.text.split("\n")]
    assert lines and all(line.startswith(QUOTE_MARK) for line in lines)
    assert "none of them known to be Marta Kowal" in own.notes[0]


def test_an_ordinary_table_with_short_headers_is_not_folded(tmp_path: Path) -> None:
    table = "country,q1,q2\nLatvia,Three credits at least,Employers and schools\nMalta,One credit,The state\n"
    text = "\n".join(p.text for p in CsvReader().read(_csv(tmp_path, table)).passages)
    assert "country: Latvia" in text and "q1: Three credits at least" in text


def _qa_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Q&A"
    sheet.append(["Question", "Author", "Votes", "Status", "Answer", "Answered by"])
    sheet.append(
        ["Will the courses carry credits?", "Anonymous", 12, "Answered", "Yes, every one of them.", "Lea Roth"]
    )
    sheet.append(["Who pays for them?", "Tom", 7, "Answered", "The employer, mostly.", "Piet Claes"])
    sheet.append(["Can I take them online?", "Anonymous", 3, "Open", None, None])
    sheet.append(["Are evening courses planned?", "Ana", 5, "Answered", "From September, twice a week.", "Lea Roth"])
    book.save(path)
    return path


def test_a_q_and_a_export_keeps_the_panellist_s_replies_under_their_questions(tmp_path: Path) -> None:
    passages = XlsxReader().read(_qa_workbook(tmp_path / "qa.xlsx")).passages
    own = own_words(passages, "Lea Roth", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert f"{QUOTE_MARK}Question: Will the courses carry credits?\nAnswer: Yes, every one of them." in text
    assert "From September, twice a week." in text
    assert "The employer, mostly." not in text  # the other panellist's reply
    assert "Can I take them online?" not in text  # an audience question nobody answered
    assert "Piet Claes" in own.notes[0]
