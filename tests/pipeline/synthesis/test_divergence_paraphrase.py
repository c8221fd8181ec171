"""Points of divergence written in paraphrase, on small invented workspaces: obligation against option is found
with each contributor on their own side, different caps of one fee differ in number, and two recommendations on
different matters, or negations of different predicates, make no point."""

from __future__ import annotations

import pytest

from tests.builders import invented_register, sides_held

FILES = {
    "chamber.md": (
        "# Input from a chamber of crafts\n\n## Portfolios\n\n"
        "Uploading every publicly funded micro-credential to the national e-portfolio should be compulsory. "
        "Employers check the e-portfolio first when they hire.\n\n## Assessment\n\n"
        "Each micro-credential should describe its assessment method in plain words.\n"
    ),
    "union.md": (
        "# Input from a trade union\n\n## Portfolios\n\n"
        "Whether a worker uploads a micro-credential to the national e-portfolio must remain the worker's own "
        "choice. Many of our members prefer to keep paper certificates.\n\n## Assessment\n\n"
        "Industry committees should approve the assessment method before a course begins.\n"
    ),
    "college.md": (
        "# Input from a community college\n\n## Portfolios\n\n"
        "Learners should be free to decide whether their micro-credentials go into the national e-portfolio. "
        "The college itself issues paper and digital certificates.\n\n## Assessment\n\n"
        "Assessors should be trained before they assess micro-credentials for the first time.\n"
    ),
}
PEOPLE = {"chamber.md": "Greta Lind", "union.md": "Tomasz Wrona", "college.md": "Ines Duarte"}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: portfolios
    title: Portfolios and assessment
    purpose: Whether micro-credentials go into the national e-portfolio, and how their assessment is described.
    questions:
      - Should uploading micro-credentials to the national e-portfolio be compulsory or voluntary?
      - How should the assessment method of a micro-credential be described?
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("paraphrase"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_obligation_against_option_is_a_point_with_each_side_apart(register) -> None:
    portfolio = [d for d in register if {"Greta Lind"} in sides_held(d)]
    assert len(portfolio) == 1, [(d.topic, sides_held(d)) for d in register]
    # the two who leave it to choice, in different words, share a side; the one who makes it compulsory is alone
    assert sorted(map(sorted, sides_held(portfolio[0]))) == [["Greta Lind"], ["Ines Duarte", "Tomasz Wrona"]]
    assert "compulsory" in portfolio[0].topic  # the label says what differs, in the contributors' words


@pytest.mark.integration
def test_two_recommendations_on_different_matters_make_no_point(register) -> None:
    # "describe the assessment method" and "approve the assessment method" are both positive, on different
    # matters; training assessors is a third: no point of divergence on assessment
    assert [d.question for d in register] == [
        "Should uploading micro-credentials to the national e-portfolio be compulsory or voluntary?"
    ]


# A second workspace on another matter, worded otherwise: two planted points, and claims that share words with
# them without disagreeing (a portfolio assessed "never against the job title", an interview that "should not
# replace" an assessment, a fee a college charges today).
VALIDATION = {
    "chamber.md": (
        "# Input from a regional chamber\n\n## Recognition of prior learning\n\n"
        "Validation of prior learning should be compulsory for every adult who enrols in a micro-credential course. "
        "Adults bring years of experience that nobody has written down.\n\n## Portfolio\n\n"
        "Each candidate should prepare a portfolio of work samples before the interview.\n\n## Fees\n\n"
        "Assessment fees should not exceed 150 euros per micro-credential.\n"
    ),
    "association.md": (
        "# Input from a workers' education association\n\n## Recognition of prior learning\n\n"
        "Whether an adult asks for validation of prior learning should remain a matter of choice; many adults "
        "prefer simply to take the course.\n\n## Portfolio\n\n"
        "Candidates should never be asked to pay for the translation of their portfolio. The interview should "
        "take place in the candidate's own language.\n\n## Fees\n\n"
        "We propose that assessment fees be capped at 60 euros per micro-credential, so that low earners can "
        "afford them.\n"
    ),
    "college.md": (
        "# Input from a vocational college\n\n## Recognition of prior learning\n\n"
        "Colleges should publish the criteria they use to validate prior learning.\n\n## Portfolio\n\n"
        "Portfolios should be assessed against the learning outcomes of the micro-credential and never against "
        "the candidate's job title.\n\n## Fees\n\nThe college charges 90 euros for an assessment today.\n"
    ),
    "ministry.md": (
        "# Input from a ministry of labour\n\n## Recognition of prior learning\n\n"
        "Adults should not be obliged to go through validation of prior learning before they enrol.\n\n"
        "## Interview\n\nAn interview should not replace the assessment of practical skills.\n"
    ),
}
VALIDATION_PEOPLE = {
    "chamber.md": "Hanna Berg",
    "association.md": "Luka Novak",
    "college.md": "Sara Costa",
    "ministry.md": "Omar Haddad",
}
VALIDATION_OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: vpl
    title: Validation of prior learning
    purpose: How prior learning is validated for micro-credentials, with portfolios, interviews and fees.
    questions:
      - Should validation of prior learning be compulsory for adults?
      - How should portfolios be prepared and assessed?
      - How much should an assessment cost a candidate?
      - What role should the interview play?
"""


@pytest.fixture(scope="module")
def validation_register(tmp_path_factory, minilm):
    return invented_register(
        tmp_path_factory.mktemp("validation"), VALIDATION, VALIDATION_PEOPLE, VALIDATION_OUTLINE, minilm
    )


@pytest.mark.integration
def test_only_the_planted_points_with_their_sides(validation_register) -> None:
    found = {d.question: sorted(map(sorted, sides_held(d))) for d in validation_register}
    assert found == {
        # "should not be obliged" and "should remain a matter of choice" against "should be compulsory"
        "Should validation of prior learning be compulsory for adults?": [
            ["Hanna Berg"],
            ["Luka Novak", "Omar Haddad"],
        ],
        # a ceiling of 150 euros against a cap of 60; the fee a college charges today takes no side
        "How much should an assessment cost a candidate?": [["Hanna Berg"], ["Luka Novak"]],
    }


# A third workspace: a recommendation and its rejection in an idiom ("we see no place for"), one predicate
# affirmed and denied ("stackable" / "not be stacked"), an obligation against its denial ("a prerequisite for" /
# "should not depend on") between the same two people as the stacking point, and two pairs that are no point:
# two positive recommendations on different predicates (outcomes "written by" teachers / "approved by"
# employers) and negations of different predicates ("never charge for a second attempt" / "not publish grades").
PANELS = {
    "federation.md": (
        "# Input from an employers' federation\n\n## Panels\n\n"
        "Employers should sit on the assessment panels of every micro-credential.\n\n## Stacking\n\n"
        "Micro-credentials should be stackable into bachelor degrees.\n\n## Grades\n\n"
        "Providers should never charge learners for a second attempt at an assessment.\n\n## Listing\n\n"
        "Accreditation of the provider should be a prerequisite for listing a micro-credential in the register.\n"
    ),
    "union.md": (
        "# Input from a teachers' union\n\n## Panels\n\n"
        "We see no place for employers on assessment panels; assessment is the work of qualified teachers.\n\n"
        "## Outcomes\n\nLearning outcomes should be written by the teachers who deliver the course.\n\n"
        "## Grades\n\nProviders should not publish individual grades of learners.\n"
    ),
    "network.md": (
        "# Input from a university network\n\n## Stacking\n\n"
        "Micro-credentials should not be stacked into bachelor degrees; a degree is more than the sum of short "
        "courses.\n\n## Outcomes\n\nLearning outcomes should be approved by the employers of the sector.\n\n"
        "## Listing\n\nListing in the register should not depend on accreditation of the provider; a quality "
        "review of the micro-credential itself is enough.\n"
    ),
}
PANELS_PEOPLE = {"federation.md": "Petra Kovac", "union.md": "Jonas Weber", "network.md": "Amal Nasser"}
PANELS_OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: panels
    title: Assessment, stacking and listing
    purpose: Who assesses, whether micro-credentials stack into degrees, and what listing in the register requires.
    questions:
      - Who should sit on assessment panels?
      - Should micro-credentials be stackable into degrees?
      - How should learning outcomes be written and approved?
      - What may providers charge and publish about assessments?
      - What should listing in the register require?
"""


@pytest.mark.integration
def test_two_people_may_disagree_on_two_matters_and_agree_on_others(tmp_path_factory, minilm) -> None:
    register = invented_register(tmp_path_factory.mktemp("panels"), PANELS, PANELS_PEOPLE, PANELS_OUTLINE, minilm)
    found = {d.question: sorted(map(sorted, sides_held(d))) for d in register}
    assert found == {
        "Who should sit on assessment panels?": [["Jonas Weber"], ["Petra Kovac"]],
        "Should micro-credentials be stackable into degrees?": [["Amal Nasser"], ["Petra Kovac"]],
        "What should listing in the register require?": [["Amal Nasser"], ["Petra Kovac"]],
    }


# A fourth: an obligation for everyone against an option for some, worded apart ("should be compulsory" / "should
# be free to decide whether they sit"), beside options and obligations on other matters that share words with it
# (the date of an assessment, an information session, the language of a certificate) and a description of what
# is compulsory somewhere today.
ASSESSMENT = {
    "providers.md": (
        "# Input from a provider association\n\n## Registration\n\n"
        "Registration with the national agency should be compulsory for every provider of micro-credentials.\n\n"
        "## Assessment\n\nThe final assessment of every micro-credential should be compulsory, including for "
        "learners with work experience.\n\n## Language\n\nCourses should be offered in at least two languages.\n"
    ),
    "learners.md": (
        "# Input from a learners' council\n\n## Information\n\n"
        "Attendance at the agency's information session should be voluntary for providers.\n\n## Assessment\n\n"
        "Learners should be free to choose the date of their assessment within the course period.\n\n"
        "## Language\n\nThe language of the certificate should be left to the learner.\n"
    ),
    "region.md": (
        "# Input from a regional government\n\n## Registration\n\n"
        "Registration of providers is compulsory in our region since 2021.\n\n## Assessment\n\n"
        "Learners with long work experience should be free to decide whether they sit the final assessment.\n"
    ),
}
ASSESSMENT_PEOPLE = {"providers.md": "Eva Horak", "learners.md": "Malik Aziz", "region.md": "Rita Szabo"}
ASSESSMENT_OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: providers
    title: Providers and assessment
    purpose: What providers must do and how learners are assessed.
    questions:
      - Should registration with the national agency be compulsory for providers?
      - Should the final assessment be compulsory for every learner?
      - In which language should courses and certificates be offered?
"""


@pytest.mark.integration
def test_an_option_for_some_against_an_obligation_for_all(tmp_path_factory, minilm) -> None:
    register = invented_register(
        tmp_path_factory.mktemp("assessment"), ASSESSMENT, ASSESSMENT_PEOPLE, ASSESSMENT_OUTLINE, minilm
    )
    found = {d.question: sorted(map(sorted, sides_held(d))) for d in register}
    assert found == {"Should the final assessment be compulsory for every learner?": [["Eva Horak"], ["Rita Szabo"]]}


@pytest.mark.integration
def test_must_against_left_to_is_a_point_only_on_the_same_predicate(tmp_path_factory, minilm) -> None:
    files = {
        "agency.md": (
            "# Input from a quality agency\n\n## Results\n\n"
            "Providers must publish the pass rates of every micro-credential course each year. Learners compare "
            "courses by them.\n\n## Fees\n\n"
            "Assessment fees should be published before enrolment.\n"
        ),
        "network.md": (
            "# Input from a network of private providers\n\n## Results\n\n"
            "Whether providers publish the pass rates of their micro-credential courses should be left to each "
            "provider. Small cohorts make the rates misleading.\n\n## Fees\n\n"
            "Providers may charge a fee for the final assessment of a micro-credential course.\n"
        ),
    }
    people = {"agency.md": "Ana Lopes", "network.md": "Kari Nieminen"}
    outline = """title: Test guidelines
version: "0.1"
sections:
  - id: results
    title: Results and fees
    purpose: What providers make public about their courses, and what they charge.
    questions:
      - Should providers publish the pass rates of their micro-credential courses?
      - May providers charge for the final assessment?
"""
    register = invented_register(tmp_path_factory.mktemp("must-may"), files, people, outline, minilm)
    assert [d.question for d in register] == [
        "Should providers publish the pass rates of their micro-credential courses?"
    ]
    assert sorted(map(sorted, sides_held(register[0]))) == [["Ana Lopes"], ["Kari Nieminen"]]
