"""A point of divergence as the register reports it: its sides (positions), each with its contributors' own words.

The values :mod:`pipeline.synthesis.divergence` builds and the drafter, the refinement and the export read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.synthesis.claims import Claim
from pipeline.synthesis.positions import people


@dataclass(frozen=True)
class Position:
    """One side of a contested point: claims that agree, with their sources."""

    summary: str
    claims: tuple[Claim, ...]
    stance: str = ""  # what this side holds, in a few words: "in favour", "against", "minimum 3 ECTS"

    @property
    def voices(self) -> frozenset[str]:
        """The contributors holding this position, each person of a joint input one voice
        (:func:`pipeline.model.people_of`)."""
        return frozenset(person for c in self.claims for person in people(c.voice))

    def sources(self) -> list[dict[str, str]]:
        """One entry per passage, in the issue's shape."""
        seen: dict[str, dict[str, str]] = {}
        for c in self.claims:
            e = c.evidence
            seen.setdefault(
                e.chunk_id, {"file": e.file, "contributor": e.contributor, "country": e.country, "chunk_id": e.chunk_id}
            )
        return list(seen.values())

    def voiced(self) -> list[Claim]:
        """One claim per contributor holding this side, their most relevant: each speaks in their own words."""
        seen: dict[str, Claim] = {}
        for c in self.claims:
            seen.setdefault(c.voice, c)
        return list(seen.values())

    def as_json(self) -> dict[str, Any]:
        """``{"summary", "sources", "stance", "contributors"}``: each contributor with their own words and passage."""
        return {
            "summary": self.summary,
            "sources": self.sources(),
            "stance": self.stance,
            "contributors": [
                {
                    "contributor": c.evidence.contributor or c.evidence.file,
                    "country": c.evidence.country,
                    "file": c.evidence.file,
                    "chunk_id": c.evidence.chunk_id,
                    "text": c.text,
                }
                for c in self.voiced()
            ],
        }


@dataclass(frozen=True)
class Divergence:
    """A contested point: every side (position) and its sources."""

    section_id: str
    question: str
    topic: str
    positions: tuple[Position, ...]
    kinds: tuple[str, ...] = ()  # how the sides contradict: "stance", "number"
    relevance: float = 0.0  # cosine of the disputed claim closest to the question
    denial: float = 0.0  # salient words and terms shared by the most specific contradiction between its sides

    def as_json(self) -> dict[str, Any]:
        """The issue's register entry: ``{"section_id", "question", "topic", "positions"}``."""
        return {
            "section_id": self.section_id,
            "question": self.question,
            "topic": self.topic,
            "positions": [p.as_json() for p in self.positions],
        }
