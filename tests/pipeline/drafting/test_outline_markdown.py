"""Markdown outlines as teams write them: numbered headings, audiences in words, labelled question lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline
from pipeline.drafting.outline_data import OutlineWarning

pytestmark = pytest.mark.unit


def load(tmp_path: Path, text: str):
    path = tmp_path / "outline.md"
    path.write_text(text, encoding="utf-8")
    return load_outline(path)


CONSULTATION = """\
# Micro-credentials guideline: outline for consultation

## 1. Recognition of micro-credentials

Target audience - recognition officers

This section covers how decisions are taken.

Guiding questions:
- Describe how learners are informed about recognition decisions
  - what information they receive
  - within which deadline
- Explain the appeal procedure
- Which checks apply to providers abroad?
    - Who verifies the provider?
    - How often?

## Section 2: Funding
For: national authorities

Guiding questions:
Describe the funding models in place
Explain who bears the cost of assessment
"""


def test_numbered_headings_audience_labels_and_instructions_under_a_questions_label(tmp_path):
    recognition, funding = load(tmp_path, CONSULTATION).sections
    assert (recognition.title, recognition.audience) == ("1. Recognition of micro-credentials", "provider")
    assert recognition.purpose == "This section covers how decisions are taken."
    assert recognition.questions == (
        # fragments under a question are part of it, not questions of their own
        "Describe how learners are informed about recognition decisions: what information they receive; "
        "within which deadline",
        "Explain the appeal procedure",
        # sub-items that each ask something stay questions
        "Which checks apply to providers abroad?",
        "Who verifies the provider?",
        "How often?",
    )
    assert (funding.title, funding.audience) == ("Section 2: Funding", "system")
    assert funding.questions == ("Describe the funding models in place", "Explain who bears the cost of assessment")


def test_list_items_outside_the_questions_label_are_purpose_not_questions(tmp_path):
    (section,) = load(
        tmp_path,
        "# T\n\n## Stackability\nThis section covers:\n- units from several providers\n- credit transfer\n\n"
        "Key questions:\n- Can credits be combined across providers?\n- Describe the limits on stacking\n",
    ).sections
    assert section.questions == ("Can credits be combined across providers?", "Describe the limits on stacking")
    assert section.purpose == "This section covers: units from several providers credit transfer"


def test_a_remark_under_the_label_is_not_made_a_question_when_the_questions_ask(tmp_path):
    (section,) = load(
        tmp_path,
        "# T\n\n## Assessment\nGuiding questions:\nPlease answer briefly.\nWho assesses learners?\n"
        "How are results recorded?\n",
    ).sections
    assert section.questions == ("Who assesses learners?", "How are results recorded?")
    assert section.purpose == "Please answer briefly."


def test_for_is_an_audience_only_when_it_names_one_and_wrapped_lines_join_their_question(tmp_path):
    (section,) = load(
        tmp_path,
        "# T\n\n## Quality\nFor: discussion at the March meeting\nLevel: EQF 5 and above\n\n"
        "- Which evidence should a recognition officer\n  ask for before deciding?\n"
        "- How long may a decision\ntake?\n",
    ).sections
    assert section.audience == "system"
    assert section.purpose == "For: discussion at the March meeting Level: EQF 5 and above"
    assert section.questions == (
        "Which evidence should a recognition officer ask for before deciding?",
        "How long may a decision take?",
    )


def test_a_question_written_as_a_sub_heading_is_a_question(tmp_path):
    (section,) = load(
        tmp_path, "# T\n\n## Digital credentials\n### Which standards should wallets follow?\n- Who issues them?\n"
    ).sections
    assert section.questions == ("Which standards should wallets follow?", "Who issues them?")


def test_a_pipe_table_of_questions_and_a_question_with_a_remark_after_the_question_mark(tmp_path):
    (section,) = load(
        tmp_path,
        "# T\n\n## Assessment\nHow learners are assessed.\n\n"
        "| No. | Guiding question | Owner |\n|---|---|---|\n| 1 | Who assesses learners | Team A |\n"
        "| 2 | **Describe** the use of e-portfolios | Team B |\n\n"
        "Which records are kept? (max. 300 words)\n",
    ).sections
    assert section.purpose == "How learners are assessed."
    assert section.questions == (
        "Who assesses learners",
        "Describe the use of e-portfolios",
        "Which records are kept?",  # the remark is for the respondent: the outline has no place for it
    )


def test_bold_lines_typed_in_markdown_without_headings_are_sections(tmp_path):
    outline = load(
        tmp_path, "**Consultation outline**\n\n**1. Funding**\n(1) Who pays?\n\n**2. Quality**\n(1) Who reviews?\n"
    )
    assert outline.title == "Consultation outline"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("1. Funding", ("Who pays?",)),
        ("2. Quality", ("Who reviews?",)),
    ]


PARTS = """\
# Guidelines for micro-credentials: draft outline

## Part A. System level

### A.1 Place in the national qualifications framework
**Guiding questions**
1. Should micro-credentials be levelled in the NQF?

### A.2 Quality assurance
* Which body assures the quality of providers?

## Part B. Provider level

### B.1 Assessment
- Describe the assessment methods used
"""


def test_parts_over_sections_make_the_sub_headings_sections_and_pass_on_an_audience_they_name(tmp_path):
    outline = load(tmp_path, PARTS)
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        (
            "A.1 Place in the national qualifications framework",
            "system",
            ("Should micro-credentials be levelled in the NQF?",),
        ),
        ("A.2 Quality assurance", "system", ("Which body assures the quality of providers?",)),
        ("B.1 Assessment", "provider", ("Describe the assessment methods used",)),
    ]
    # a sub-heading under a section that is no part only groups that section's questions
    (section,) = load(
        tmp_path, "# T\n\n## Quality\nHow quality is assured.\n### External review\n- Who reviews?\n"
    ).sections
    assert (section.title, section.questions) == ("Quality", ("Who reviews?",))


@pytest.mark.parametrize("line", ["Level: provider level", "Target: assessors", "Audiences - VET providers"])
def test_an_audience_under_other_labels_when_it_names_one(tmp_path, line):
    (section,) = load(tmp_path, f"# T\n\n## Assessment\n{line}\n- Who assesses learners?\n").sections
    assert section.audience == "provider"


def test_a_questions_heading_at_section_level_bold_numbered_questions_task_boxes_and_instruction_headings(tmp_path):
    outline = load(
        tmp_path,
        "# T\n\n## 1. Recognition\nHow decisions are taken.\n\n## Guiding questions\n"
        "**Q1. Which evidence is needed?**\n- [ ] Who decides on appeals?\n\n## 2. Validation\n"
        "### Describe how prior learning is assessed\n### Assessment methods\n- Who assesses?\n",
    )
    recognition, validation = outline.sections  # the questions heading opened no section of its own
    assert recognition.questions == ("Which evidence is needed?", "Who decides on appeals?")
    assert validation.questions == ("Describe how prior learning is assessed", "Who assesses?")


def test_notes_under_a_questions_label_are_not_questions(tmp_path):
    funding, quality = load(
        tmp_path,
        "# T\n\n## Funding\nGuiding questions:\n(to be completed by the working group)\nDescribe the funding models\n"
        "Note: answers may be short\n\n## Quality\nKey questions:\n- Who reviews providers?\n- [draft]\n",
    ).sections
    assert funding.questions == ("Describe the funding models",)
    assert funding.purpose == "(to be completed by the working group) Note: answers may be short"
    assert quality.questions == ("Who reviews providers?",)


def test_a_numbered_heading_is_titled_as_written_and_keeps_the_id_it_always_had(tmp_path):
    # drafts, gold files and editors' links name sections by id; the team's numbering stays in its titles
    outline = load(tmp_path, "# T\n\n## 2. Funding\n- Who pays?\n\n## Section 3: Quality\n- Who reviews?\n")
    assert [(s.id, s.title) for s in outline.sections] == [
        ("2-funding", "2. Funding"),
        ("section-3-quality", "Section 3: Quality"),
    ]


def test_a_question_that_opens_like_a_label_is_a_question_not_a_field(tmp_path):
    (section,) = load(
        tmp_path, "# T\n\n## Reach\nAudience: providers\n- Audience: which learners are reached?\n"
    ).sections
    assert (section.audience, section.questions) == ("provider", ("Audience: which learners are reached?",))


def test_an_introduction_or_annex_heading_without_questions_is_no_section_but_other_empty_sections_are_refused(
    tmp_path,
):
    outline = load(
        tmp_path,
        "# T\n\n## 1. Introduction\nThis outline gathers the questions.\n\n## 2. Funding\n- Who pays?\n\n"
        "## Annex A: timeline\nMarch to June.\n",
    )
    assert [s.title for s in outline.sections] == ["2. Funding"]
    # any other heading without questions is left out with one warning naming it; the other sections load
    with pytest.warns(OutlineWarning, match=r"'Quality' has no guiding questions under it, so it is left out") as heard:
        outline = load(tmp_path, "# T\n\n## Funding\n- Who pays?\n\n## Quality\nWords only.\n")
    assert [s.title for s in outline.sections] == ["Funding"]
    assert len([w for w in heard if issubclass(w.category, OutlineWarning)]) == 1
    # with no section asking anything, the outline is refused naming the first
    with pytest.raises(OutlineError, match=r"section 1 \('Quality'\): no guiding questions"):
        load(tmp_path, "# T\n\n## Quality\nWords only.\n")


def test_a_list_of_sections_under_a_lone_title_with_questions_one_level_down(tmp_path):
    outline = load(
        tmp_path,
        "# Consultation outline\n\n1. **Recognition**\n   - Which evidence is required?\n   - Describe the appeals\n"
        "2. **Funding**\n   - Who pays?\n",
    )
    assert outline.title == "Consultation outline"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Recognition", ("Which evidence is required?", "Describe the appeals")),
        ("Funding", ("Who pays?",)),
    ]
    # a list of questions with details under a lone title stays one section of questions
    (section,) = load(tmp_path, "# Consultation\n\n- Who pays?\n  - in the public sector\n- Who decides?\n").sections
    assert section.questions == ("Who pays (in the public sector)?", "Who decides?")


NESTED = """\
{title}
- **Recognition of prior learning**
  - Which evidence should a recognition officer accept? (see the 2023 survey)
  - How long may a decision take [optional]
  - Describe the appeal routes open to learners (see annex 2)
- **Funding**
  - Who pays for assessment? [optional]
  - Which public funds cover short courses (e.g. vouchers or tax credits)?
  - Explain how providers are funded (max. 300 words)
  - Which costs fall on learners?
    - fees [tbc]
    - travel
"""


@pytest.mark.parametrize("title", ["# Consultation on micro-credentials\n", "**Consultation on micro-credentials**\n"])
def test_a_nested_list_of_bold_sections_keeps_each_questions_trailing_note_out_of_the_question(tmp_path, title):
    outline = load(tmp_path, NESTED.format(title=title))
    assert outline.title == "Consultation on micro-credentials"
    assert [(s.title, s.questions) for s in outline.sections] == [
        (
            "Recognition of prior learning",
            (
                "Which evidence should a recognition officer accept?",
                "How long may a decision take",
                "Describe the appeal routes open to learners",
            ),
        ),
        (
            "Funding",
            (
                "Who pays for assessment?",
                # an aside that says what the question is about is part of it
                "Which public funds cover short courses (e.g. vouchers or tax credits)?",
                "Explain how providers are funded",
                "Which costs fall on learners (fees; travel)?",
            ),
        ),
    ]


def test_a_nested_list_of_bold_sections_without_a_title_is_read_and_a_plain_list_still_needs_its_sections(tmp_path):
    outline = load(tmp_path, NESTED.format(title=""))
    assert outline.title == "Guidelines"
    assert [s.title for s in outline.sections] == ["Recognition of prior learning", "Funding"]
    # without bold nor a heading, nothing says the top items are sections rather than questions with details
    with pytest.raises(OutlineError, match="no sections found"):
        load(tmp_path, "- Recognition\n  - Which evidence is required?\n- Funding\n  - Who pays?\n")


def test_a_plain_text_outline_leaves_a_questions_note_out_too(tmp_path):
    path = tmp_path / "outline.txt"
    path.write_text(
        "Consultation outline\n\nSection 1: Funding\n- Who pays for assessment? (see the 2023 survey)\n"
        "- Describe the vouchers in use [optional]\n",
        encoding="utf-8",
    )
    (section,) = load_outline(path).sections
    assert section.questions == ("Who pays for assessment?", "Describe the vouchers in use")


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Guidelines on micro-credentials in Poland", "Guidelines on micro-credentials in Poland"),
        ("**Micro-credentials: guiding questions, 2026**", "Micro-credentials: guiding questions, 2026"),
        ("Consultation outline\n====================", "Consultation outline"),
        # an introduction, a question or a field above the headings is no title
        ("This outline lists the questions for the consultation.", "Guidelines"),
        ("What should the guidelines cover?", "Guidelines"),
        ("Audience: national authorities", "Guidelines"),
        ("- a bullet first", "Guidelines"),
    ],
)
@pytest.mark.parametrize("marks", ["#", "##"])
def test_a_plain_first_line_above_the_headings_is_the_title(tmp_path, first, expected, marks):
    outline = load(
        tmp_path,
        f"{first}\n\n{marks} Recognition\n\n- Who recognises them?\n\n{marks} Funding\n\n- Who pays for them?\n",
    )
    assert outline.title == expected
    assert [s.title for s in outline.sections] == ["Recognition", "Funding"]


def test_a_heading_title_wins_over_a_line_above_it(tmp_path):
    outline = load(tmp_path, "Draft 3\n\n# Micro-credentials outline\n\n## Recognition\n\n- Who recognises them?\n")
    assert outline.title == "Micro-credentials outline"


def test_a_questionnaires_own_furniture_without_questions_is_no_section(tmp_path):
    outline = load(
        tmp_path,
        "# Consultation questionnaire\n\n## How to complete this questionnaire\nPlease answer in the boxes.\n\n"
        "## About you\nName:\n\nOrganisation:\n\n## 1. Funding\n- Who should pay for the courses?\n\n"
        "## Data protection\nYour answers are kept for two years.\n",
    )
    assert [(s.title, s.questions) for s in outline.sections] == [("1. Funding", ("Who should pay for the courses?",))]
    # a form's field to fill in ("Name:") is no instruction, so "About you" asks nothing and is left out with it
    with pytest.warns(OutlineWarning, match=r"'Quality' has no guiding questions under it"):
        outline = load(tmp_path, "# T\n\n## Funding\n- Who pays?\n\n## Quality\nName:\n")
    assert [s.title for s in outline.sections] == ["Funding"]


MINUTES = """# Harbour skills board: minutes of the 2nd meeting

## 1. Opening
The chair opened the meeting at 10:00.

## 2. Agreed guiding questions
After discussion the board agreed the questions below, one section per theme.

### Badges
1. How long should a sailing badge stay valid?
2. Who should sign a badge?

### Tests
3. Should a practical test always take place on the water?

## 3. Any other business
Can the next meeting move to Friday?

## Action points
- Secretariat: circulate the list by 20 March.
"""


def test_themes_under_the_one_asking_agenda_item_are_the_sections(tmp_path):
    path = tmp_path / "minutes.md"
    path.write_text(MINUTES, encoding="utf-8")
    with pytest.warns(OutlineWarning):
        outline = load_outline(path)
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Badges", ("How long should a sailing badge stay valid?", "Who should sign a badge?")),
        ("Tests", ("Should a practical test always take place on the water?",)),
    ]


def test_sub_headings_of_an_outline_with_several_asking_sections_still_group_their_questions(tmp_path):
    path = tmp_path / "outline.md"
    path.write_text(
        "# Guidelines\n\n## Quality\n\n### Internal review\n- Who reviews a course inside the school?\n\n"
        "### External review\n- How often should an agency review a school?\n\n## Funding\n- Who pays for a badge?\n",
        encoding="utf-8",
    )
    outline = load_outline(path)
    assert [(s.title, len(s.questions)) for s in outline.sections] == [("Quality", 2), ("Funding", 1)]
