"""A "who" question answered by sides that name different payers, on small invented workspaces about first-aid
certificates for harbour staff: "the public purse should bear the whole cost" against "each trainee ought to put in
a modest sum personally" share no word, yet cannot both be followed. A description of who pays today, a share of
the fee, and two payers for two groups make no point."""

from __future__ import annotations

import pytest

from tests.builders import invented_register, sides_held

WHO_Q = "Who should pay for a first-aid certificate?"
OUTLINE = f"""title: First-aid certificates
version: "0.1"
sections:
  - id: funding
    title: Funding
    purpose: Who pays for the certificates of harbour staff.
    questions:
      - {WHO_Q}
      - How long should a first-aid certificate stay valid?
"""
PAYERS = {
    "council.md": (
        "# Input from a harbour council\n\n## Funding\n\n"
        "No trainee should have to pay anything for a first-aid certificate; the public purse should bear the whole "
        "cost of every course. A first-aid certificate should stay valid for three years.\n"
    ),
    "club.md": (
        "# Input from a sailing club\n\n## Funding\n\n"
        "Each trainee ought to put in a modest sum personally, since people value what has cost them something. "
        "Our instructors teach the course on Saturday mornings.\n"
    ),
    "dockers.md": (
        "# Input from a dockers' association\n\n## Funding\n\n"
        "In our port the course fees are paid by the shipping lines. Employers should contribute part of the fee "
        "for every trainee.\n"
    ),
}
PAYER_PEOPLE = {"council.md": "Hugo Marin", "club.md": "Ana Silva", "dockers.md": "Omar Haddad"}

GROUPS = {
    "lines.md": (
        "# Input from the shipping lines\n\n## Funding\n\n"
        "Employers should pay for the first-aid certificates of their apprentices.\n"
    ),
    "office.md": (
        "# Input from an employment office\n\n## Funding\n\n"
        "Public money should pay for the first-aid certificates of jobseekers.\n"
    ),
}
GROUP_PEOPLE = {"lines.md": "Lena Vogt", "office.md": "Tomas Ruiz"}


@pytest.fixture(scope="module")
def payers(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("payers"), PAYERS, PAYER_PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_two_payers_for_the_whole_cost_are_two_sides(payers) -> None:
    found = [d for d in payers if d.question == WHO_Q]
    assert len(found) == 1, [(d.question, d.topic, sides_held(d)) for d in payers]
    (point,) = found
    assert sorted(map(sorted, sides_held(point))) == [["Ana Silva"], ["Hugo Marin"]]
    # the label says who each side gives the paying to, in the side's own words
    assert "the public purse should bear the whole cost" in point.topic or "no trainee" in point.topic
    assert "each trainee ought to put in a modest sum personally" in point.topic


@pytest.mark.integration
def test_who_pays_today_and_a_share_take_no_side(payers) -> None:
    assert all("Omar Haddad" not in side for d in payers for side in sides_held(d))


@pytest.mark.integration
def test_two_payers_for_two_groups_make_no_point(tmp_path_factory, minilm) -> None:
    register = invented_register(tmp_path_factory.mktemp("groups"), GROUPS, GROUP_PEOPLE, OUTLINE, minilm)
    assert not register, [(d.topic, sides_held(d)) for d in register]
