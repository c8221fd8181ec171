"""Points that rest on an amount set exactly against a ceiling, and on a duty said of a whole clause ("it is
required that ..."), on a small invented workspace about language certificates; and two claims that share only
a quantifier ("every certificate ...", "... every certificate ...") make no point."""

from __future__ import annotations

import pytest

from tests.builders import invented_register, sides_held

FILES = {
    "academy.md": (
        "# Input from a language academy\n\n## Exam fee\n\n"
        "We propose that sitting the certificate exam cost each candidate a single fee of 80 euros in every region. "
        "The academy has run the exam since 2011.\n\n## Checking\n\n"
        "Every language certificate should print a serial number that employers can look up without a login.\n"
    ),
    "students.md": (
        "# Input from a students' council\n\n## Exam fee\n\n"
        "A candidate who registers for the certificate exam should pay no more than 25 euros for the sitting.\n\n"
        "## Format\n\n"
        "Candidates must receive every language certificate as a scanned copy that they can forward to employers.\n"
    ),
    "agency.md": (
        "# Input from a job agency\n\n## Format\n\n"
        "For the candidates we sponsor it is required that the certificate is issued in electronic form, because "
        "our advisers attach it to the candidate's file.\n"
    ),
    "school.md": (
        "# Input from an evening school\n\n## Format\n\n"
        "Whether a language certificate is issued in electronic form or on paper should be left to each school. "
        "Our school prints about 300 certificates a year.\n"
    ),
}
PEOPLE = {
    "academy.md": "Oskar Lind",
    "students.md": "Mira Kovac",
    "agency.md": "Petra Holm",
    "school.md": "Luis Ortega",
}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: certificates
    title: Language certificates
    purpose: What candidates pay for the exam and how certificates are issued.
    questions:
      - How much should a candidate pay to sit the certificate exam?
      - Should language certificates be issued in electronic form?
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("set_amounts"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_a_fee_set_exactly_differs_from_a_lower_ceiling(register) -> None:
    fee = [d for d in register if "number" in d.kinds]
    assert len(fee) == 1, [(d.topic, sides_held(d)) for d in register]
    assert fee[0].question == "How much should a candidate pay to sit the certificate exam?"
    assert sorted(map(sorted, sides_held(fee[0]))) == [["Mira Kovac"], ["Oskar Lind"]]
    assert "80 EUR" in fee[0].topic and "maximum 25 EUR" in fee[0].topic


@pytest.mark.integration
def test_a_duty_said_of_a_clause_opposes_leaving_it_to_each_school(register) -> None:
    form = [d for d in register if "stance" in d.kinds]
    assert len(form) == 1, [(d.topic, sides_held(d)) for d in register]
    assert form[0].question == "Should language certificates be issued in electronic form?"
    # the two who share only "every certificate" with each other are on no side: the serial number and the
    # scanned copy are two matters, and the academy's "without a login" denies nothing the students hold
    assert sorted(map(sorted, sides_held(form[0]))) == [["Luis Ortega"], ["Petra Holm"]]
