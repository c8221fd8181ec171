"""Amounts on invented sentences: money, thousands separators and caps compare like credits and hours."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity, number_conflict, quantities


@pytest.mark.unit
def test_money_is_an_amount_with_its_currency() -> None:
    assert quantities("Assessment fees should not exceed 150 euros per unit.") == (Quantity("EUR", 150, 150, "max"),)
    assert quantities("Fees should be capped at €60.") == (Quantity("EUR", 60, 60, "max"),)
    assert quantities("A fee of up to $200 is reasonable.") == (Quantity("USD", 200, 200, "max"),)
    # two ceilings of one currency differ; a ceiling in euros says nothing about one in dollars
    assert number_conflict(quantities("capped at 60 euros"), quantities("at most 150 EUR")) is not None
    assert number_conflict(quantities("capped at 60 euros"), quantities("at most 150 dollars")) is None


@pytest.mark.unit
def test_a_comma_before_three_digits_separates_thousands() -> None:
    assert quantities("The audit costs 1,100 euros a year.") == (Quantity("EUR", 1100, 1100),)
    assert quantities("a course of 1,000 hours") == (Quantity("hours", 1000, 1000),)
    assert quantities("a unit of 2,5 ECTS") == (Quantity("ECTS", 2.5, 2.5),)  # a decimal comma stays one


@pytest.mark.unit
def test_a_currency_is_no_topic() -> None:
    from pipeline.synthesis.matter import topic_words

    grant, fee = "Grants of up to 5,000 euros are available.", "Assessment fees should not exceed 150 euros."
    assert not topic_words(grant) & topic_words(fee)  # one currency, two matters


@pytest.mark.unit
def test_every_way_of_saying_a_floor_reads_as_one_minimum() -> None:
    from pipeline.synthesis.polarity import polarity
    from pipeline.synthesis.stance import contradiction

    floor = Quantity("hours", 40, 40, "min")
    for said in (
        "Every course should last at least 40 hours.",
        "Every course should last no fewer than forty hours.",
        "Every course should last not less than 40 hours.",
        "A minimum of 40 hours should apply to every course.",
        "Every course should last 40 hours or more.",
        "No course should be certified for fewer than forty hours of study.",
        "Nothing shorter than 40 hours should carry the name.",
    ):
        assert quantities(said) == (floor,), said
        assert polarity(said) == 1, said  # the denial belongs to the bound: the claim rejects nothing
    # the same floor in two wordings is one position; another floor is a difference in number
    assert contradiction("No course should be certified for fewer than forty hours of study.",
                         "Every course should last at least 40 hours.") is None  # fmt: skip
    assert contradiction("No course should be certified for fewer than forty hours of study.",
                         "Every course should last at least 12 hours.") == "number"  # fmt: skip


@pytest.mark.unit
def test_every_way_of_saying_a_ceiling_reads_as_one_maximum() -> None:
    ceiling = Quantity("ECTS", 8, 8, "max")
    for said in (
        "A unit should carry at most 8 ECTS.",
        "A unit should carry no more than 8 ECTS.",
        "A unit should carry 8 ECTS or fewer.",
        "No unit should be worth more than 8 credits.",
        "A maximum of 8 ECTS should apply.",
    ):
        assert quantities(said) == (ceiling,), said


@pytest.mark.unit
def test_a_denial_in_another_clause_or_without_an_amount_is_no_bound() -> None:
    from pipeline.synthesis.polarity import polarity

    # the denial and the comparison stand in two clauses: the amount stays as written, the denial the claim's
    said = "Learners should not pay, and courses under 40 hours should be free."
    assert quantities(said) == (Quantity("hours", 40, 40),)
    assert polarity(said) == -1
    # an age is no amount of a known unit: "no one under 18" still denies
    assert polarity("No one under 18 should enrol.") == -1


@pytest.mark.unit
def test_an_amount_set_exactly_beyond_a_bound_cannot_be_followed() -> None:
    from pipeline.synthesis.amounts import beyond_bound, set_amounts

    flat = set_amounts("We propose a single exam fee of 80 euros.")
    assert beyond_bound(flat, quantities("Candidates should pay no more than 25 euros.")) is not None
    assert beyond_bound(flat, quantities("Candidates should pay no more than 100 euros.")) is None  # within it
    assert beyond_bound(flat, quantities("Fees of at least 50 euros are needed.")) is None  # above the floor
    assert beyond_bound(flat, quantities("No more than 25 dollars.")) is None  # another unit
    # a claim that bounds an amount sets that bound, not the equivalence beside it; a rough figure sets nothing
    assert set_amounts("A minimum of 1 ECTS, that is 25 to 30 hours, should apply.") == ()
    assert set_amounts("About half of our 2025 courses would be excluded.") == ()
    assert set_amounts("Some 40 hours of study should be enough.") == ()


@pytest.mark.unit
def test_a_deadline_is_a_ceiling_on_the_time_taken_not_a_denial() -> None:
    from pipeline.synthesis.polarity import polarity
    from pipeline.synthesis.stance import contradiction

    deadline = "The transcript should be sent no later than three weeks after the exam."
    assert quantities(deadline) == (Quantity("weeks", 3, 3, "max"),)
    assert quantities("Results should be published no sooner than ten days after the exam.") == (
        Quantity("days", 10, 10, "min"),
    )
    # the "no" belongs to the deadline: the claim affirms sending the transcript, and opposes no other
    # recommendation on what a transcript shows
    assert polarity(deadline) == 1
    assert contradiction(deadline, "Each transcript should list the modules, the grades and the examiner.") is None
    # two deadlines for one thing differ in number
    assert contradiction(deadline, "Transcripts must be sent no later than one week after the exam.") == "number"


@pytest.mark.unit
def test_from_bounds_only_the_figure_it_opens() -> None:
    from pipeline.synthesis.claims import bounded

    # "from a request to a reply" is a span of time measured, not a floor: the sentence describes and is no claim
    measured = "The average time from a complete request to a reply was 41 days."
    assert quantities(measured) == (Quantity("days", 41, 41),)
    assert not bounded(measured)
    assert quantities("Courses should last from 20 hours.") == (Quantity("hours", 20, 20, "min"),)


@pytest.mark.unit
def test_a_bound_said_after_its_amount_is_a_bound() -> None:
    assert quantities("A licence should be granted for four years at most.") == (Quantity("years", 4, 4, "max"),)
    assert quantities("Courses should last 30 hours at least.") == (Quantity("hours", 30, 30, "min"),)
    assert quantities("Fees of 20 euros, at most, are fair.") == (Quantity("EUR", 20, 20, "max"),)
    assert quantities("a course of 30 hours attended by many") == (Quantity("hours", 30, 30),)


@pytest.mark.unit
def test_a_count_of_people_is_an_amount_of_its_own_noun() -> None:
    from pipeline.synthesis.amounts import quantities

    def labels(text: str) -> list[str]:
        return [q.label() for q in quantities(text)]

    assert labels("Every driving test must be observed by two examiners, one of whom works elsewhere.") == [
        "2 examiners"
    ]
    assert labels("A single qualified examiner in the car is enough.") == ["1 examiner"]
    assert labels("Each panel should have at least three members and a single chair.") == ["minimum 3 members"]
    # a loose range, a capitalised word (a nationality, a month), a word of the ending that names no one and a
    # known unit count nothing
    for text in (
        "Two or three people may share a car.",
        "Three Belgian women reached the final.",
        "On 12 November the board met.",
        "The building has 34 floors.",
        "The course takes 30 hours and 40 percent of learners finish it.",
    ):
        assert all(q.unit in {"hours", "%"} for q in quantities(text)), text
    # counts of different people never differ from each other
    from pipeline.synthesis.stance import contradiction

    two = "Every driving test must be observed by two examiners."
    assert contradiction(two, "A single examiner in the car is enough to judge a driver.") == "number"
    assert contradiction(two, "A single instructor in the car is enough to judge a driver.") is None


@pytest.mark.unit
def test_a_share_a_source_or_any_one_is_no_count_of_people() -> None:
    from pipeline.synthesis.amounts import quantities

    for text in (
        "In our trials nine out of ten learners passed.",
        "Certificates differ from one provider to another.",
        "A course abroad should be accepted on the same terms as a local one whenever it states its outcomes.",
    ):
        assert quantities(text) == (), text
    # "from" opens no range of people: answers from 17 issuers are 17, not at least 17
    assert [q.label() for q in quantities("We waited two months for answers from 17 issuers.")] == [
        "2 months",
        "17 issuers",
    ]


@pytest.mark.unit
def test_as_little_as_is_a_floor_and_as_many_as_a_ceiling() -> None:
    from pipeline.synthesis.stance import contradiction

    floor = "A riding badge should be possible for as little as 6 hours in the saddle."
    assert [q.label() for q in quantities(floor)] == ["minimum 6 hours"]
    assert [q.label() for q in quantities("Learners may stack as many as 12 credits a term.")] == ["maximum 12 ECTS"]
    # the least that may be asked differs from a higher floor; a conjunction before no figure bounds nothing
    assert contradiction(floor, "No riding badge should be awarded for fewer than 30 hours in the saddle.") == "number"
    assert [q.label() for q in quantities("Riders may keep the pony for 3 days, as long as they feed it.")] == [
        "3 days"
    ]
