"""Plain-text reader: Notepad-style underlined headings, page headers and footers of text copied out of a PDF, words
broken at a line end; tables, dates and ordinary lines that look alike are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.text import TextReader
from ingest.readers.text_layout import drop_page_counts, rejoin_broken_words, underlined_headings

pytestmark = pytest.mark.unit


def _read(tmp_path: Path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "note.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return TextReader().read(path)


NOTE = """\
VALLEY CRAFTS ASSOCIATION
=========================
Reply to the call for input

Who we are
----------
The association brings together 140 workshops
in the valley and trains 60 apprentices a year.

Our proposals
-------------
Apprentices should be able to earn a micro-credential
for each module they finish.
"""


def test_underlined_headings_stay_lines_of_their_own(tmp_path: Path) -> None:
    result = _read(tmp_path, NOTE, "utf-16")  # Notepad's "Unicode"
    texts = [p.text for p in result.passages]
    assert result.properties.title == "VALLEY CRAFTS ASSOCIATION"
    assert texts[1] == (
        "Who we are\nThe association brings together 140 workshops in the valley and trains 60 apprentices a year."
    )
    assert texts[2].startswith("Our proposals\nApprentices should be able")
    assert not any("---" in t or "===" in t for t in texts)
    assert [p.location.label for p in result.passages] == ["paragraph 1", "paragraph 2", "paragraph 3"]


def test_dashes_in_a_table_and_under_a_sentence_are_kept() -> None:
    table = "Course        Hours\n-------------------\nWelding       40\n"
    assert underlined_headings(table) == (table, frozenset())
    sentence = "We agree with the draft.\n------------------------\n"
    assert underlined_headings(sentence)[0] == sentence
    midway = "The list goes on\nwith more words here\n--------------------\n"
    assert underlined_headings(midway)[0] == midway  # under the second line of a paragraph: no heading
    short = "Funding\n---------------------------------------------------\n"
    assert underlined_headings(short)[0] == short  # a rule across the page, not an underline


COPIED = """\
Regional Training Board of Lakeland                         1/2

        POSITION ON SHORT COURSES

   1. Assessment
   The final assessment should be held in the workplace with the
   trainee's own tools. Employers in the hospitality and con-
   struction sectors agree, and so does our self-
   assessment panel of twelve members, which met in March.
   The panel asked that results be published.
   Its chair will present the results in May.
Regional Training Board of Lakeland                         2/2

   2. Recognition
   Micro-credentials earned abroad should be recognised within
   thirty days, as our self-assessment report proposes. The Souss-
   Massa board and the board of 2025-
   2026 agreed.

Page 2 of 2
"""


def test_page_headers_of_copied_pdf_text_are_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, COPIED)
    text = "\n".join(p.text for p in result.passages)
    assert "Lakeland" not in text and "Page 2 of 2" not in text
    assert result.properties.title == "POSITION ON SHORT COURSES"
    assert any("3 page header or footer line(s)" in w for w in result.warnings)


def test_words_broken_at_a_line_end_are_joined(tmp_path: Path) -> None:
    text = "\n".join(p.text for p in _read(tmp_path, COPIED).passages)
    assert "hospitality and construction sectors" in text
    assert "our self-assessment panel" in text  # the text writes the compound with its hyphen elsewhere
    assert "The Souss-Massa board" in text and "2025-2026 agreed" in text


def test_a_compound_keeps_its_hyphen_without_another_spelling() -> None:
    assert rejoin_broken_words("non-\nformal learning") == "non-formal learning"
    assert rejoin_broken_words("train-\ning") == "training"
    assert rejoin_broken_words("the list -\nwelding") == "the list -\nwelding"


def test_lines_that_merely_hold_numbers_are_kept() -> None:
    text = "\n".join(
        [
            "Decision 1/2026 of the board",
            "Decision 1/2026",
            *(["Text of the decision."] * 6),
            "Decision 2/2026",
            "Survey on short courses: question 1 of 3",
            *(["An answer of a college."] * 6),
            "Survey on short courses: question 2 of 3",
            *(["An answer of a college."] * 6),
            "Question 3/4 was answered by 40 colleges.",
            "Fees rose by 1/3 in two years.",
        ]
    )
    assert drop_page_counts(text) == (text, 0)


def test_a_page_line_once_is_furniture_but_a_lone_fraction_is_not() -> None:
    assert drop_page_counts("Our view.\nPage 3\nMore text.") == ("Our view.\nMore text.", 1)
    assert drop_page_counts("Share of women\n1/3\nof the trainees") == ("Share of women\n1/3\nof the trainees", 0)


def test_a_copied_video_transcript_loses_its_time_codes_and_keeps_its_captions(tmp_path):
    from ingest.readers import reader_for

    path = tmp_path / "transcript.txt"
    path.write_text(
        "Our message on short courses\n\nTranscript\n\n0:00\nHello, I chair the network of rural schools.\n0:05\n"
        "Every short course should end with a test that an outsider marks.\n1:12\nThank you for listening.\n",
        encoding="utf-8",
    )
    result = reader_for(path).read(path)
    text = " ".join(p.text for p in result.passages)
    assert "0:05" not in text and "1:12" not in text
    assert "Every short course should end with a test that an outsider marks." in text
    assert any("time code" in w for w in result.warnings)


def test_times_of_day_in_a_programme_are_kept():
    from ingest.readers.text_layout import drop_time_codes

    programme = "Opening\n9:30\nPanel on assessment\n11:00\nLunch\n8:45\nRegistration for day two\n"
    assert drop_time_codes(programme) == (programme, 0)  # not a running clock
    two = "Start\n0:00\nEnd\n0:10\n"
    assert drop_time_codes(two) == (two, 0)
