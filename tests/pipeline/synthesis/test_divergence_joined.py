"""The same stance point found once more against another contributor: they join the side opposite the claims
it shares only when they deny the whole matter that side's lead denies (points written here in code)."""

from __future__ import annotations

import pytest

from pipeline.model import Evidence
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.divergence import Divergence, Position
from pipeline.synthesis.matter import topic_words
from pipeline.synthesis.placement import _joined


class _Run:
    """What ``_joined`` asks of the register's run: salient words (here every topic word) and acronyms."""

    expansions: dict = {}

    def salient(self, text: str) -> frozenset[str]:
        return topic_words(text, self.expansions)


def _claim(who: str, text: str) -> Claim:
    return Claim(text, Evidence(f"c-{who}", f"{who}.txt", "T", who, "", "X", "EU", "k", "", "p 1", text), who)


OUTSIDE = _claim("Gus", "Short courses should stay outside the skills framework and the course catalogue altogether.")
INSIDE = _claim("Hana", "Every short course should get a level in the skills framework and enter the course catalogue.")


def _point(*sides: tuple[Claim, ...]) -> Divergence:
    positions = tuple(Position(s[0].text, s, "") for s in sides)
    return Divergence("s", "Should short courses be in the framework?", "t", positions, ("stance",))


@pytest.mark.unit
def test_a_contributor_denying_the_whole_matter_joins_its_side() -> None:
    kept = _point((OUTSIDE,), (INSIDE,))
    both = _claim("Ida", "Short courses should enter the skills framework and the course catalogue like any course.")
    joined = _joined(kept, _point((both,), (OUTSIDE,)), _Run())
    assert joined is not None
    assert [sorted(p.voices) for p in joined.positions] == [["Gus"], ["Hana", "Ida"]]
    assert joined.positions[1].claims[-1] is both  # quoted in her own words


@pytest.mark.unit
def test_a_contributor_denying_only_part_of_it_stays_out() -> None:
    # in the catalogue but perhaps without a level: not Hana's position, though also against Gus
    kept = _point((OUTSIDE,), (INSIDE,))
    part = _claim("Jo", "Short courses should be listed in the course catalogue.")
    assert _joined(kept, _point((part,), (OUTSIDE,)), _Run()) is None


@pytest.mark.unit
def test_no_join_into_a_point_the_contributor_is_already_in_or_of_the_other_sign() -> None:
    kept = _point((OUTSIDE,), (INSIDE,))
    again = _claim("Gus", "Short courses should enter the skills framework and the course catalogue like any course.")
    assert _joined(kept, _point((again,), (OUTSIDE,)), _Run()) is None
    against = _claim("Kim", "Short courses should not enter the skills framework or the course catalogue.")
    assert _joined(kept, _point((against,), (OUTSIDE,)), _Run()) is None
