"""A point of divergence is filed under the guiding question its sides answer, never under one that only shares
their words: a retention period does not say how long issuing may take. When no question of the outline is
answered by every side, the point stays in the register without a section. Contributions written here in code."""

from __future__ import annotations

import pytest

from pipeline.synthesis.placement import _matter, label_of
from tests.builders import invented_register, sides_held

FILES = {
    "board.md": (
        "# Input from an examinations board\n\n## Scripts\n\n"
        "Schools should archive the marked exam scripts for two years after the results are published, and then "
        "shred them. Keeping personal data longer is a risk of its own.\n"
    ),
    "council.md": (
        "# Input from a parents' council\n\n## Scripts\n\n"
        "Schools should archive the marked exam scripts for ten years after the results are published. Appeals "
        "and employers' questions often come years later.\n"
    ),
    "college.md": (
        "# Input from a college\n\n## Timetable\n\n"
        "Evening classes should start after six o'clock so that working adults can attend.\n"
    ),
}
PEOPLE = {"board.md": "Hana Novak", "council.md": "Luis Ortega", "college.md": "Mira Sand"}
PUBLISH = "How long may a school take to publish the results after the candidates sit the exam?"
ARCHIVE = "For how many years should exam scripts be archived?"
OUTLINE = f"""title: Test guidelines
version: "0.1"
sections:
  - id: results
    title: Results
    purpose: When results are published.
    questions:
      - {PUBLISH}
  - id: records
    title: Records
    purpose: What schools keep.
    questions:
      - {ARCHIVE}
"""
# the same corpus, with no question that archiving answers
NO_FIT = f"""title: Test guidelines
version: "0.1"
sections:
  - id: results
    title: Results
    purpose: When results are published.
    questions:
      - {PUBLISH}
  - id: timetable
    title: Timetable
    purpose: When classes start.
    questions:
      - At what time of day should evening classes start?
"""


@pytest.mark.unit
def test_a_time_adjunct_is_not_what_is_measured() -> None:
    assert _matter(
        "Schools should keep scripts for two years after the results are published, and then shred them"
    ) == ("Schools should keep scripts for two years, and then shred them")
    assert _matter(PUBLISH) == "How long may a school take to publish the results?"
    assert _matter("Learners should be told once a year.") == "Learners should be told once a year."


@pytest.mark.unit
def test_a_point_without_a_question_is_labelled_by_what_differs() -> None:
    from pipeline.synthesis.divergence import Position

    positions = (Position("a", (), "2 years"), Position("b", (), "10 years"))
    assert label_of("", positions) == "2 years / 10 years"
    assert label_of("How long?", positions) == "How long: 2 years / 10 years"


@pytest.mark.integration
def test_a_retention_period_is_filed_under_the_retention_question(tmp_path_factory, minilm) -> None:
    register = invented_register(tmp_path_factory.mktemp("archive"), FILES, PEOPLE, OUTLINE, minilm)
    points = [d for d in register if {"Hana Novak"} in sides_held(d)]
    assert len(points) == 1, [(d.question, sides_held(d)) for d in register]
    assert points[0].question == ARCHIVE and points[0].section_id == "records"
    assert sorted(map(sorted, sides_held(points[0]))) == [["Hana Novak"], ["Luis Ortega"]]
    assert all(d.question != PUBLISH for d in register)


@pytest.mark.integration
def test_a_point_no_question_fits_stays_in_the_register_without_a_section(tmp_path_factory, minilm) -> None:
    register = invented_register(tmp_path_factory.mktemp("nofit"), FILES, PEOPLE, NO_FIT, minilm)
    assert all(d.question != PUBLISH for d in register), [(d.question, d.topic) for d in register]
    for d in register:
        if {"Hana Novak"} in sides_held(d):
            assert d.section_id == "" and d.question == ""
            assert "2 years" in d.topic or "two years" in d.topic, d.topic


class _SameMeaning:
    """A search state in which every text means the same (all cosines 1): only the answer gates decide."""

    class _Lexical:
        def __len__(self) -> int:
            return 100

        def doc_freq(self, word: str) -> int:
            return 1  # every word rare: every key term tells subjects apart

    def __init__(self) -> None:
        from pipeline.synthesis.divergence import DivergenceSettings

        self.settings = DivergenceSettings()
        self.lexical = self._Lexical()

    def vectors(self, texts):
        import numpy as np

        return np.ones((len(texts), 4)) / 2.0


def _point(kind: str, *sides: str):
    from pipeline.model import Evidence
    from pipeline.synthesis.claims import Claim
    from pipeline.synthesis.divergence import Divergence, Position

    def claim(n: int, text: str) -> Claim:
        return Claim(text, Evidence(f"c{n}", f"f{n}.md", "T", f"P{n}", "", "X", "EU", "k", "", "p 1", text), f"P{n}")

    positions = tuple(Position(t, (claim(n, t),), t) for n, t in enumerate(sides))
    return Divergence("", "", "", positions, (kind,))


@pytest.mark.unit
def test_a_question_is_answered_only_with_its_value_and_its_subject() -> None:
    import numpy as np

    from pipeline.synthesis.placement import _answerable

    where = [
        ("a", "Who should take part in defining what a course teaches?"),
        ("b", "Can experienced workers earn the credential without following the course?"),
        ("c", "How long may a school take to publish the results?"),
    ]
    run = _SameMeaning()
    questions = run.vectors([q for _, q in where])
    stance = _point(
        "stance",
        "Experienced workers should be able to earn the credential through validation of prior learning.",
        "Proposal of the board to award the credential through validation of prior learning | Rejected.",
    )
    # however close in meaning: the first question's subject (defining, teaching) is in neither claim, and the
    # third asks for a duration neither gives
    assert list(_answerable(stance, where, questions, run)) == [False, True, False]
    number = _point(
        "number",
        "Schools should archive exam scripts for two years.",
        "Schools should archive exam scripts for ten years.",
    )
    # a duration answers "how long" (which period it measures is the cosines' and adjuncts' part); a difference
    # in number is not held to the question's words
    assert list(_answerable(number, where, questions, run)) == [True, True, True]
    assert np.all(_answerable(number, where[2:], questions[2:], run))
