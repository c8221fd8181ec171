"""A question written in parts, "(a) ...? (b) ...?", in a questionnaire's cell or an outline's list item: each part
is a question of its own, and a part that goes on from its stem keeps the stem in front."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import load_outline
from pipeline.drafting.outline_parts import question_parts

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "questions"),
    [
        (
            "(a) Who should accredit providers? (b) How often should that accreditation be renewed?",
            ["Who should accredit providers?", "How often should that accreditation be renewed?"],
        ),
        (  # the list grammar took the first mark off as the item's own
            "Who should accredit providers? (b) How often should that accreditation be renewed?",
            ["Who should accredit providers?", "How often should that accreditation be renewed?"],
        ),
        (
            "How should providers be accredited: (a) by which body? (b) and how often?",
            [
                "How should providers be accredited: by which body?",
                "How should providers be accredited: and how often?",
            ],
        ),
        (
            "Should providers be accredited? (a) If so, by which body? (b) How often should it be renewed?",
            ["Should providers be accredited? If so, by which body?", "How often should it be renewed?"],
        ),
        (
            "(i) Wer bezahlt die Kurse der Arbeitsuchenden? (ii) Wer bezahlt ihre Prüfung?",
            ["Wer bezahlt die Kurse der Arbeitsuchenden?", "Wer bezahlt ihre Prüfung?"],
        ),
        (
            "Qui doit reconnaître les microcertifications : a) l'État ? b) et à quel rythme ?",
            [
                "Qui doit reconnaître les microcertifications : l'État ?",
                "Qui doit reconnaître les microcertifications : et à quel rythme ?",
            ],
        ),  # fmt: skip
    ],
)
def test_each_part_is_a_question_and_a_part_that_goes_on_keeps_its_stem(written, questions):
    assert question_parts(written) == questions


@pytest.mark.parametrize(
    "written",
    [
        "Who should accredit providers: (a) public bodies, (b) private ones, or (c) both?",  # the answers offered
        "Should Article 5(a) apply to short courses?",
        "Which do you prefer, option (a) or (b)?",
        "Describe (a) the body and (b) the frequency of accreditation.",
    ],
)
def test_marks_that_do_not_split_a_question_into_parts_leave_it_whole(written):
    assert question_parts(written) == [written]


def test_parts_in_a_questionnaires_table_cell_become_questions(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Quality assurance", style="Heading 1")
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "No.", "Question"
    table.rows[1].cells[0].text = "1"
    table.rows[1].cells[
        1
    ].text = "(a) Who should accredit providers? (b) How often should that accreditation be renewed?"
    table.rows[2].cells[0].text = "2"
    table.rows[2].cells[1].text = "How should assessors be trained: (a) by whom? (b) and for how long?"
    path = tmp_path / "questionnaire.docx"
    document.save(str(path))
    (section,) = load_outline(path).sections
    assert section.questions == (
        "Who should accredit providers?",
        "How often should that accreditation be renewed?",
        "How should assessors be trained: by whom?",
        "How should assessors be trained: and for how long?",
    )


def test_parts_in_a_list_item_and_parts_listed_under_a_question(tmp_path):
    path = tmp_path / "outline.md"
    path.write_text(
        "# Smjernice\n\n## Kvaliteta\n\n"
        "- (a) Tko treba akreditirati pružatelje? (b) Koliko često treba obnavljati akreditaciju?\n"
        "- Should providers be accredited?\n  - (a) by whom?\n  - (b) and how often?\n",
        encoding="utf-8",
    )
    (section,) = load_outline(path).sections
    assert section.questions == (
        "Tko treba akreditirati pružatelje?",
        "Koliko često treba obnavljati akreditaciju?",
        "Should providers be accredited?",
        "Should providers be accredited? By whom?",
        "Should providers be accredited? And how often?",
    )


def test_parts_in_a_web_pages_list_item(tmp_path: Path):
    path = tmp_path / "outline.html"
    path.write_text(
        "<html><body><h1>Guidelines</h1><h2>Funding</h2><ol><li>(a) Who should pay for the courses of jobseekers? "
        "(b) Who should pay for their assessment?</li></ol><h2>Access</h2><ul><li>Who may enrol?</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    assert load_outline(path).sections[0].questions == (
        "Who should pay for the courses of jobseekers?",
        "Who should pay for their assessment?",
    )
