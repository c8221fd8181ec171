"""Plain-text outlines (outline.txt): the ways people mark sections and questions when they just type."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline
from pipeline.drafting.outline_data import OutlineWarning

pytestmark = pytest.mark.unit


def load(tmp_path: Path, text: str, name: str = "outline.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_outline(path)


def test_numbered_sections_with_numbered_questions_an_audience_and_a_purpose(tmp_path):
    outline = load(
        tmp_path,
        "Guidelines on micro-credentials: consultation questions\n\n"
        "1. Recognition across borders\nAudience: recognition officers\n"
        "How credentials earned abroad are recognised.\n"
        "1.1 Which evidence should a recognition officer ask for?\n1.2 How long may a decision take?\n"
        "1.2.1 in the case of an appeal\n\n"
        "2. Funding\n2.1 Who pays for short courses?\n",
    )
    assert outline.title == "Guidelines on micro-credentials: consultation questions"
    recognition, funding = outline.sections
    assert (recognition.title, recognition.audience) == ("1. Recognition across borders", "provider")
    assert recognition.purpose == "How credentials earned abroad are recognised."
    assert recognition.questions == (
        "Which evidence should a recognition officer ask for?",
        "How long may a decision take (in the case of an appeal)?",  # a numbered detail belongs to its question
    )
    assert (funding.title, funding.audience) == ("2. Funding", "system")
    assert funding.questions == ("Who pays for short courses?",)


def test_named_sections_with_q_numbers_and_capitals_with_dashes(tmp_path):
    outline = load(
        tmp_path,
        "CALL FOR EVIDENCE ON MICRO-CREDENTIALS\n\n"
        "Section 1: Quality assurance\nQ1. Which agency reviews providers?\n"
        "Q2. Describe how results are published\n\n"
        "DIGITAL CREDENTIALS\nFor: providers\n- Which wallet standards apply?\n- Who may issue a credential?\n",
    )
    assert outline.title == "CALL FOR EVIDENCE ON MICRO-CREDENTIALS"
    qa, digital = outline.sections
    assert qa.title == "Quality assurance"
    assert qa.questions == ("Which agency reviews providers?", "Describe how results are published")
    assert (digital.title, digital.audience) == ("DIGITAL CREDENTIALS", "provider")
    assert digital.questions == ("Which wallet standards apply?", "Who may issue a credential?")


def test_numbered_titles_over_bulleted_questions_and_underlined_headings(tmp_path):
    outline = load(
        tmp_path,
        "Outline\n\n1. Stackability\n- Can credits be combined?\n\n2. Assessment\n- Who assesses learners?\n",
    )
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("1. Stackability", ("Can credits be combined?",)),
        ("2. Assessment", ("Who assesses learners?",)),
    ]
    underlined = load(tmp_path, "Outline\n=======\n\nValidation\n----------\nHow is prior learning validated?\n")
    assert underlined.title == "Outline"
    assert [(s.title, s.questions) for s in underlined.sections] == [
        ("Validation", ("How is prior learning validated?",))
    ]


def test_a_consultations_bare_question_list_is_one_section_named_by_its_title(tmp_path):
    outline = load(
        tmp_path,
        "Consultation on the recognition of micro-credentials\n\n"
        "1. Should micro-credentials be part of the national qualifications framework?\n"
        "2. Describe how your country registers them\n",
    )
    (section,) = outline.sections
    assert section.title == outline.title == "Consultation on the recognition of micro-credentials"
    assert section.questions == (
        "Should micro-credentials be part of the national qualifications framework?",
        "Describe how your country registers them",
    )


def test_a_markdown_file_typed_without_headings_reads_as_plain_text(tmp_path):
    outline = load(tmp_path, "Outline\n\nSection 1: Funding\n- Who pays?\n", name="outline.md")
    assert [(s.title, s.questions) for s in outline.sections] == [("Funding", ("Who pays?",))]


def test_a_text_without_a_title_or_sections_is_refused_with_the_fix(tmp_path):
    with pytest.raises(OutlineError, match=r"outline\.txt: no sections found; put the title on the first line"):
        load(tmp_path, "1. Who pays?\n2. Who decides?\n")
    with pytest.raises(OutlineError, match=r"outline\.txt: section 1 \('Funding'\): no guiding questions"):
        load(tmp_path, "Outline\n\nSection 1: Funding\nSome words about funding.\n")


def test_points_under_a_section_are_purpose_and_only_what_asks_or_instructs_is_a_question(tmp_path):
    outline = load(
        tmp_path,
        "Basics of the consultation\n\n1. Purpose of the consultation\n- means of engaging stakeholders\n"
        "- How will the results be published?\n\n2. Principles\n- Describe the principles you apply\n"
        "- open and exploratory\n",
    )
    purpose, principles = outline.sections
    assert purpose.questions == ("How will the results be published?",)
    assert purpose.purpose == "means of engaging stakeholders"
    assert principles.questions == ("Describe the principles you apply",)
    # a section of points alone has no question, never made up from its points: left out with a warning naming
    # it while another section asks, refused with the fix when none does
    with pytest.warns(OutlineWarning, match=r"'1. Stakeholders' has no guiding questions under it"):
        outline = load(tmp_path, "Outline\n\n1. Stakeholders\n- employers\n- learners\n\n2. Funding\n- Who pays?\n")
    assert [s.questions for s in outline.sections] == [("Who pays?",)]
    with pytest.raises(
        OutlineError, match=r"section 1 \('1. Stakeholders'\): no guiding questions; .*Guiding questions:"
    ):
        load(tmp_path, "Outline\n\n1. Stakeholders\n- employers\n- learners\n\n2. Funding\n- learners\n")


def test_a_text_saved_as_notepads_unicode_is_read_and_another_code_page_refused(tmp_path):
    path = tmp_path / "outline.txt"
    path.write_bytes("Outline\n\nSection 1: Financement\n- Qui paie ?\n".encode("utf-16"))
    assert load_outline(path).sections[0].questions == ("Qui paie ?",)
    path.write_bytes("Outline\n\nSection 1: Finanzierung\n- Wer zahlt für Kurse?\n".encode("cp1252"))
    with pytest.raises(OutlineError, match=r"outline\.txt: not UTF-8 text; save the outline as UTF-8"):
        load_outline(path)


@pytest.mark.parametrize("case", ["upper", "title"])
def test_roman_numbered_sections_with_lettered_questions(tmp_path, case):
    def heading(text: str) -> str:
        return text.upper() if case == "upper" else text

    outline = load(
        tmp_path,
        "Guidelines on micro-credentials\n\n"
        f"I. {heading('Registers')}\n"
        "(a) Should micro-credentials be listed in the national register?\n"
        "(b) Who keeps the register up to date?\n\n"
        f"II. {heading('Recognition')}\n"
        "a) How should foreign micro-credentials be\n"
        "   recognised?\n"
        "b) Set out the minimum workload a micro-credential must have\n",
    )
    assert outline.title == "Guidelines on micro-credentials"
    assert [(s.title, s.questions) for s in outline.sections] == [
        (
            f"I. {heading('Registers')}",
            ("Should micro-credentials be listed in the national register?", "Who keeps the register up to date?"),
        ),
        (
            f"II. {heading('Recognition')}",
            (
                "How should foreign micro-credentials be recognised?",
                "Set out the minimum workload a micro-credential must have",
            ),
        ),
    ]


def test_questions_written_as_instructions_without_a_question_mark(tmp_path):
    outline = load(
        tmp_path,
        "Guidelines on micro-credentials\n\n"
        "Section 1: Workload\n"
        "Please answer each point in 300 words at most.\n"
        "Set out the minimum workload a micro-credential should have.\n"
        "Describe how the workload is shown on the certificate, and how it\n"
        "is checked.\n"
        "List the units in which workload is expressed\n\n"
        "Section 2: Funding\n"
        "Explain who pays for the assessment\n",
    )
    assert [(s.title, s.purpose, s.questions) for s in outline.sections] == [
        (
            "Workload",
            "Please answer each point in 300 words at most.",  # how to answer: no question
            (
                "Set out the minimum workload a micro-credential should have.",
                "Describe how the workload is shown on the certificate, and how it is checked.",
                "List the units in which workload is expressed",
            ),
        ),
        ("Funding", "Funding", ("Explain who pays for the assessment",)),
    ]


def test_a_question_wrapped_over_two_lines_is_one_question(tmp_path):
    outline = load(
        tmp_path,
        "Guidelines\n\n1. Workload\n"
        "1.1 What minimum workload should a micro-credential have, and how should\n"
        "it be expressed on the certificate?\n"
        "1.2 Who checks the workload stated by providers?\n",
    )
    assert outline.sections[0].questions == (
        "What minimum workload should a micro-credential have, and how should it be expressed on the certificate?",
        "Who checks the workload stated by providers?",
    )


def test_an_outline_sent_as_an_email_takes_its_subject_as_title_and_no_sign_off_as_a_purpose(tmp_path):
    outline = load(
        tmp_path,
        "From: Marek Novak <m.novak@example.org>\n"
        "Sent: Monday, 2 March 2026 09:10\n"
        "To: Writing group\n"
        "Subject: RE: Questions for the first round\n"
        "\n"
        "Dear all,\n"
        "\n"
        "Here are the two sections we agreed on.\n"
        "\n"
        "Section 1 - Quality\n"
        "- Who should review new courses?\n"
        "- How often should providers be audited?\n"
        "\n"
        "Section 2 - Funding\n"
        "- Who should pay the assessment fee?\n"
        "\n"
        "Could you send me your drafts by Friday? I will merge them on Monday.\n"
        "\n"
        "Kind regards,\n"
        "Marek\n",
    )
    assert outline.title == "Questions for the first round"
    assert [s.title for s in outline.sections] == ["Quality", "Funding"]
    assert list(outline.sections[1].questions) == ["Who should pay the assessment fee?"]
    assert "drafts by Friday" not in outline.sections[1].purpose
    assert "Marek" not in outline.sections[1].purpose


def test_a_from_line_in_an_ordinary_outline_is_not_an_email(tmp_path):
    outline = load(
        tmp_path,
        "Guidelines outline\n\nSection 1 - Lessons\nFrom: the steering group's notes\n- Who should teach?\n",
    )
    assert outline.title == "Guidelines outline"
