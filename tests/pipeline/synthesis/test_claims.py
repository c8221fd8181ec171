"""Claims of a decision table: a row that declines a proposal rejects what the proposal says, and a decision is
its author's position even without a modal verb; a table without a decision column takes no side. Contributions
written here in code."""

from __future__ import annotations

import pytest

from pipeline.model import Evidence
from pipeline.synthesis.claims import claims_from, decision_claims
from pipeline.synthesis.polarity import polarity
from pipeline.synthesis.stance import contradiction, stance_phrase
from tests.builders import folder_register, sides_held, write_docx

TABLE = [
    ["Matter", "Decision of the Board", "Reasons"],
    [
        "Proposal of the employers' council to let apprentices skip the written test",
        "Not adopted. Every apprentice sits the written test; a record of work experience is not enough.",
        "The test shows the same knowledge, whoever sits it.",
    ],
    [
        "Archiving exam scripts",
        "Schools archive the marked exam scripts for six years after the results are published.",
        "Appeals come late.",
    ],
]


def _evidence(text: str) -> Evidence:
    return Evidence("c1", "board.docx", "T", "Board", "", "X", "EU", "k", "", "table 1", text)


@pytest.mark.unit
def test_a_declined_proposal_is_a_claim_against_what_it_proposes() -> None:
    block = "\n".join(" | ".join(row) for row in TABLE)
    claims = dict(decision_claims(block))
    declined = "Proposal of the employers' council to let apprentices skip the written test | Not adopted."
    assert declined in claims and declined in block  # word for word as the row reads
    assert polarity(declined) == -1
    assert stance_phrase(declined) == "against: let apprentices skip the written test"
    # the decision's own sentences are positions, modal or not; its quotations stand in the passage
    kept = "Schools archive the marked exam scripts for six years after the results are published."
    assert kept in claims and all(claims.values())
    found = claims_from([_evidence(block)], {})
    assert {c.text for c in found} >= {declined, kept} and all(c.decided for c in found)
    # a decision without a modal differs in number from a recommendation; as a bare description it would not
    two = "Schools should archive the marked exam scripts for two years."
    assert contradiction(kept, two, (True, False)) == "number"
    assert contradiction(kept, two) is None


@pytest.mark.unit
def test_a_table_without_a_decision_column_takes_no_side() -> None:
    block = "Year | Learners | Completed\n2024 | 310 | 250\n2025 | 410 | 330"
    assert decision_claims(block) == []
    described = "Matter | Budget | Notes\nFees | Schools charge 40 euros for the test. | Since 2020."
    assert decision_claims(described) == []
    assert claims_from([_evidence(described)], {}) == []


@pytest.mark.unit
def test_without_doing_after_an_affirmative_predicate_says_how() -> None:
    assert polarity("Inspectors should be able to check a credential online without writing to the school.") == 1
    # after a denied predicate it is a condition, and the double negation affirms
    assert polarity("No credential should be issued without passing an assessment.") == 1
    assert polarity("Credentials should be issued without an assessment.") == -1


OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: tests
    title: Tests
    purpose: How apprentices are tested and what schools keep.
    questions:
      - Can apprentices with work experience skip the written test?
      - For how many years should exam scripts be archived?
"""


@pytest.mark.integration
def test_a_decision_table_opposes_the_contributor_who_proposes_what_it_declines(tmp_path_factory, minilm) -> None:
    root = tmp_path_factory.mktemp("decisions")
    folder = root / "inputs"
    folder.mkdir()
    sections = [("Decisions", ["The table below sets out the decisions of the board."])]
    write_docx(folder / "board.docx", "Decision note of the regional board", sections, TABLE)
    (folder / "guild.md").write_text(
        "# Input from a guild of craftsmen\n\n## Tests\n\n"
        "Apprentices with long work experience should be able to skip the written test. Their work "
        "shows what they know.\n\n## Scripts\n\n"
        "Schools should archive the marked exam scripts for two years after the results are published.\n",
        encoding="utf-8",
    )
    people = {"board.docx": "Vera Holm", "guild.md": "Jonas Berg"}
    register = folder_register(root, folder, people, OUTLINE, minilm)
    by_question = {d.question: d for d in register}
    skip = by_question.get("Can apprentices with work experience skip the written test?")
    assert skip is not None, [(d.question, d.topic) for d in register]
    assert sorted(map(sorted, sides_held(skip))) == [["Jonas Berg"], ["Vera Holm"]]
    kept = by_question.get("For how many years should exam scripts be archived?")
    assert kept is not None and "6 years" in kept.topic and "2 years" in kept.topic, kept
    assert len(register) == 2


@pytest.mark.unit
def test_a_results_table_is_no_decision_table() -> None:
    block = (
        "Course | Outcome | Reasons\n"
        "Welding basics | Most learners should pass within 40 hours of practice. | Survey of 2025."
    )
    assert decision_claims(block) == []


@pytest.mark.integration
def test_a_council_that_does_not_adopt_a_proposal_opposes_its_proposer(tmp_path_factory, minilm) -> None:
    from tests.builders import invented_register

    files = {
        "council.md": (
            "# Decisions of a city council\n\n## Apprentices\n\n"
            "The Council does not adopt the proposal to let apprentices skip the written test. The test shows the "
            "same knowledge, whoever sits it.\n"
        ),
        "guild.md": (
            "# Input from a guild of craftsmen\n\n## Tests\n\n"
            "Apprentices with long work experience should be able to skip the written test. Their work shows "
            "what they know.\n"
        ),
        "school.md": "# Input from a school\n\n## Timetable\n\nEvening classes should start after six o'clock.\n",
    }
    people = {"council.md": "Vera Holm", "guild.md": "Jonas Berg", "school.md": "Mira Sand"}
    register = invented_register(tmp_path_factory.mktemp("declined"), files, people, OUTLINE, minilm)
    assert len(register) == 1, [(d.question, d.topic) for d in register]
    assert register[0].question == "Can apprentices with work experience skip the written test?"
    assert sorted(map(sorted, sides_held(register[0]))) == [["Jonas Berg"], ["Vera Holm"]]
    assert "against: let apprentices skip the written test" in register[0].topic


@pytest.mark.unit
def test_words_a_contribution_quotes_from_someone_else_are_no_claim_of_its_own() -> None:
    text = (
        "Certificates should be renewed every five years by a short practical test.\n"
        "> A welder told us that certificates should never expire, whatever the trade."
    )
    post = Evidence("c2", "blog.md", "T", "Federation", "", "X", "EU", "k", "", "section 1 Post", text)
    assert [c.text for c in claims_from([post], {})] == [
        "Certificates should be renewed every five years by a short practical test."
    ]


RECOMMENDATIONS = (
    "Recommendation | Rationale\n"
    "Every riding school must report each badge it awards to the national stable register. | Without a record "
    "nobody should guess how many riders hold one.\n"
    "Badges should name the breed of horse they were earned on. | Riders differ by horse."
)


@pytest.mark.unit
def test_a_recommendation_column_holds_its_authors_positions_and_the_rationale_none() -> None:
    claims = dict(decision_claims(RECOMMENDATIONS))
    assert set(claims) == {
        "Every riding school must report each badge it awards to the national stable register.",
        "Badges should name the breed of horse they were earned on.",
    }
    assert all(claims.values())  # positions of the table's author, modal or not
    found = claims_from([_evidence(RECOMMENDATIONS)], {})
    assert {c.text for c in found} == set(claims)  # "nobody should guess ..." is a reason, not a claim


@pytest.mark.unit
def test_a_forms_question_is_never_a_claim_and_a_yes_or_no_answers_it() -> None:
    row = (
        "Question: Should riding badges be recorded in the national stable register?; Answer: No. Riding badges "
        "should stay outside the national stable register, because the register is slow."
    )
    found = claims_from([_evidence(row)], {})
    assert [c.text for c in found] == [
        "Riding badges should stay outside the national stable register, because the register is slow."
    ]
    assert polarity(found[0].text) == -1  # "outside" alone: the "No." answered the question
    faq = "Yes, every riding badge must be recorded in the national stable register within a month."
    assert [c.text for c in claims_from([_evidence(faq)], {})] == [
        "Every riding badge must be recorded in the national stable register within a month."
    ]
    # "No" that opens the claim itself still denies
    denied = "No riding badge should be recorded in the national stable register before the rider turns 16."
    assert [c.text for c in claims_from([_evidence(denied)], {})] == [denied]
