"""YAML outlines typed by hand: questions as one block of text, sections without ids, title -> questions maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit


def load(tmp_path: Path, text: str):
    path = tmp_path / "outline.yaml"
    path.write_text(text, encoding="utf-8")
    return load_outline(path)


def test_questions_as_one_string_are_split_per_line_and_after_each_question_mark(tmp_path):
    outline = load(
        tmp_path,
        "title: Outline\nsections:\n"
        "  - title: Recognition\n    questions: |\n      What evidence is needed?\n      How long may it take?\n"
        "  - title: Funding\n    questions: >\n      Who pays for short courses?\n      Should funding depend on QA?\n",
    )
    recognition, funding = outline.sections
    assert recognition.questions == ("What evidence is needed?", "How long may it take?")
    # '>' folds the lines into one: each question is still its own
    assert funding.questions == ("Who pays for short courses?", "Should funding depend on QA?")
    assert [s.id for s in outline.sections] == ["recognition", "funding"]  # no id written: made from the title


def test_sections_as_a_mapping_of_title_to_questions(tmp_path):
    outline = load(
        tmp_path,
        "title: Outline\nsections:\n  Recognition of prior learning:\n    - What evidence is needed?\n"
        "  Funding: Who pays?\n",
    )
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Recognition of prior learning", ("What evidence is needed?",)),
        ("Funding", ("Who pays?",)),
    ]


def test_a_file_that_is_only_title_to_questions_reads_as_sections(tmp_path):
    outline = load(tmp_path, "Recognition:\n  - What evidence is needed?\nFunding:\n  - Who pays?\n  - How much?\n")
    assert outline.title == "Guidelines"
    assert [(s.title, len(s.questions)) for s in outline.sections] == [("Recognition", 1), ("Funding", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a misspelt key holding text is not a section: no question is made of "My guidelines"
        (
            "titel: My guidelines\nsections:\n  - title: A\n    questions:\n      - What is needed?\n",
            r"unknown key 'titel' at the top",
        ),
        (
            "sections:\n  - title: A\n    questions:\n      - What is needed?\nFunding:\n  - Who pays?\n",
            r"'Funding' at the top looks like a section; move it under 'sections:'",
        ),
    ],
)
def test_what_cannot_be_read_as_sections_is_refused_with_the_fix(tmp_path, text, expected):
    with pytest.raises(OutlineError, match=expected):
        load(tmp_path, text)


def test_questions_written_as_mappings_give_the_question_never_its_id(tmp_path):
    outline = load(
        tmp_path,
        "sections:\n  - title: Recognition\n    questions:\n"
        "      - id: Q1\n        question: What evidence is needed?\n"
        "      - Describe the appeal procedure:\n          - who decides\n          - within which deadline\n",
    )
    assert outline.sections[0].questions == (
        "What evidence is needed?",
        "Describe the appeal procedure: who decides; within which deadline",
    )


def test_questions_written_as_a_mapping_of_labels_give_the_questions(tmp_path):
    outline = load(
        tmp_path,
        "sections:\n  - title: Funding\n    questions:\n      Q1: Who pays for short courses?\n"
        "      Q2: Should funding depend on quality assurance?\n"
        "      Describe the vouchers:\n        - who issues them\n",
    )
    assert outline.sections[0].questions == (
        "Who pays for short courses?",
        "Should funding depend on quality assurance?",
        "Describe the vouchers: who issues them",
    )


def test_a_yaml_questions_note_in_brackets_is_left_out_as_in_every_other_outline_form(tmp_path):
    outline = load(
        tmp_path,
        "sections:\n"
        "  - title: Funding\n"
        "    questions:\n"
        "      - Who pays for assessment? (see the 2023 survey)\n"
        "      - Should employers contribute [optional]\n"
        "      - How are vouchers used (e.g. vouchers, tax credits)?\n"
        "      - question: Which costs are covered? [new question]\n"
        "  - title: Registers\n"
        "    questions: |\n"
        "      Should micro-credentials be listed? (Max. 300 words) Who keeps the register? [to be confirmed]\n",
    )
    assert [s.questions for s in outline.sections] == [
        (
            "Who pays for assessment?",
            "Should employers contribute",
            "How are vouchers used (e.g. vouchers, tax credits)?",  # an aside saying what it is about stays
            "Which costs are covered?",
        ),
        ("Should micro-credentials be listed?", "Who keeps the register?"),
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Micro-credentials in the qualifications framework of Poland", "micro-credentials-in-the-qualifications"),
        ("Micro-credentials in the national qualifications register", "micro-credentials-in-the-national"),
        ("Recognition of prior learning", "recognition-of-prior-learning"),
        # one word longer than an id may be is cut where it must be
        ("Qualifikationsrahmenanerkennungsverfahrensbestimmungen", "qualifikationsrahmenanerkennungsverfahre"),
    ],
)
def test_an_id_made_from_a_long_title_is_cut_between_words_without_a_trailing_dash(tmp_path, title, expected):
    outline = load(tmp_path, f"sections:\n  - title: {title}\n    questions:\n      - Who recognises them?\n")
    assert outline.sections[0].id == expected
    assert len(expected) <= 40 and not expected.endswith("-")


def test_an_outline_read_again_keeps_the_ids_its_drafts_are_stored_under(tmp_path):
    from pipeline.drafting.outline import save_outline
    from pipeline.workspace import OUTLINE_NAME, workspace_outline

    text = (
        "# Outline\n\n## Micro-credentials in the qualifications framework of Poland\n\n- Who levels them?\n\n"
        "## Micro-credentials in the qualifications framework of Poland\n\n- Who registers them?\n\n"
        "## Funding\n\n- Who pays?\n"
    )
    source = tmp_path / "outline.md"
    source.write_text(text, encoding="utf-8")
    workspace = tmp_path / "ws"
    workspace.mkdir()
    # a workspace of session 12 kept the ids cut inside a word, and its drafts under them
    old = load_outline(source)
    legacy = ("micro-credentials-in-the-qualifications-", "micro-credentials-in-the-qualifications--2", "funding")
    old = old.model_copy(
        update={"sections": tuple(s.model_copy(update={"id": i}) for s, i in zip(old.sections, legacy, strict=True))}
    )
    save_outline(old, workspace / OUTLINE_NAME)
    assert [s.id for s in workspace_outline(workspace, None).sections] == list(legacy)  # it still loads
    assert [s.id for s in workspace_outline(workspace, source).sections] == list(legacy)
    # a new workspace gets ids cut between words
    fresh = tmp_path / "fresh"
    assert [s.id for s in workspace_outline(fresh, source).sections] == [
        "micro-credentials-in-the-qualifications",
        "micro-credentials-in-the-qualifications-2",
        "funding",
    ]


def test_a_questions_own_numbering_is_left_out_however_it_is_written(tmp_path):
    outline = load(
        tmp_path,
        "title: Outline\nsections:\n  - title: Recognition\n    questions:\n"
        "      - 1.1 Should a badge count towards a diploma?\n      - 2.3.1. Who decides?\n"
        "      - 'Q4: Who pays for the assessment?'\n      - Question 5. How long is a badge valid?\n"
        "      - (b) Should employers be asked?\n      - IV. Who keeps the records?\n"
        "      - 1.5 ECTS or more?\n      - 10 ECTS or less?\n      - 3D printing labs - should they count?\n",
    )
    assert outline.sections[0].questions == (
        "Should a badge count towards a diploma?",
        "Who decides?",
        "Who pays for the assessment?",
        "How long is a badge valid?",
        "Should employers be asked?",
        "Who keeps the records?",
        "1.5 ECTS or more?",  # a figure, not a number of the list: the word after it is no capitalised word
        "10 ECTS or less?",
        "3D printing labs - should they count?",
    )
