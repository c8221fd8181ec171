"""The Protocol every drafter implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pipeline.drafting.outline import SectionSpec
from pipeline.model import DraftResult, SectionEvidence, Sentence


class DraftingError(RuntimeError):
    """A drafter could not produce a draft (the message says why); nothing is stored."""


class Drafter(Protocol):
    """Writes one section from its evidence.

    Every sentence it returns must cite chunk ids from ``evidence``; the citation check afterwards
    removes ids that were not in the evidence and flags sentences left without a citation.
    ``locked`` sentences (accepted by an editor) are kept by the caller; a drafter should not
    repeat what they say.
    """

    name: str  # "extractive", or "llm:<provider>:<model>"

    def draft(self, section: SectionSpec, evidence: SectionEvidence, locked: Sequence[Sentence] = ()) -> DraftResult:
        """Draft ``section`` from ``evidence``."""
        ...
