"""Frozen values of the drafting pipeline: evidence, sentences, paragraphs, gaps, drafts and revisions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SOURCE_FIELDS = (
    "file",
    "title",
    "contributor",
    "organisation",
    "country",
    "region",
    "kind",
    "role",
    "location",
    "text",
)


def people_of(contributor: str) -> tuple[str, ...]:
    """The authors a passage's contributor names: a joint input ("A. Smith and B. Jones", as the sheet reader
    lists a cell naming two people) is both people's, each counted and covered as a contributor of their own; one
    person or one organisation is itself. A sentence still credits the joint passage to both ("According to A.
    Smith and B. Jones"): the whole name is the passage's voice, its people are who is counted."""
    from ingest.metadata_names import people_in  # the sheet reader's own reading of several people in a cell

    return people_in(contributor)


def verb_for(contributor: str, verb: str) -> str:
    """A reporting verb in the third person singular ("writes", "makes", "holds", "states") as the contributor
    takes it: "A. Smith and B. Jones write", since a joint input's names are its several authors."""
    return verb[:-1] if verb.endswith("s") and len(people_of(contributor)) > 1 else verb


@dataclass(frozen=True)
class Reason:
    """Why a passage was chosen as evidence: the query it answered, its rank there and its score."""

    question: str
    rank: int
    score: float


@dataclass(frozen=True)
class Evidence:
    """A passage gathered for a section, with who said it, where, and why it was chosen."""

    chunk_id: str
    file: str
    title: str
    contributor: str
    organisation: str
    country: str
    region: str
    kind: str
    role: str
    location: str
    text: str
    reasons: tuple[Reason, ...] = ()
    relevance: float = 0.0  # best dense cosine to any of the section's queries
    pinned: bool = False

    def source(self) -> dict[str, str]:
        """The passage as the BRIEF's ``sources`` entry shows it."""
        return {k: getattr(self, k) for k in SOURCE_FIELDS}


@dataclass(frozen=True)
class Gap:
    """A guiding question no contribution addresses well enough; shown, never written as a sentence."""

    question: str
    note: str


@dataclass(frozen=True)
class SectionEvidence:
    """Everything a drafter gets for one section."""

    section_id: str
    evidence: tuple[Evidence, ...]
    gaps: tuple[Gap, ...] = ()
    excluded: tuple[str, ...] = ()  # chunk ids an editor excluded


@dataclass(frozen=True)
class CitationCheck:
    """The verdict on one citation of a sentence: that passage alone scored against the sentence.

    ``evidence`` is the passage's sentence (or sentences) that carries the claim best: what an editor
    reads first in the passage panel and what a Word footnote quotes.
    """

    chunk_id: str
    support: float | None = None
    flags: tuple[str, ...] = ()
    evidence: str = ""

    def as_json(self) -> dict[str, Any]:
        """``{"chunk_id", "support", "flags", "evidence"}`` as ``show --json`` prints it."""
        return {
            "chunk_id": self.chunk_id,
            "support": None if self.support is None else round(self.support, 4),
            "flags": list(self.flags),
            "evidence": self.evidence,
        }


SENTENCE_KINDS = ("evidence", "summary")


@dataclass(frozen=True)
class Sentence:
    """One claim of a draft and the passages it rests on.

    ``kind`` is ``"evidence"`` for a contributor's point and ``"summary"`` for a lead sentence built from
    counts over its paragraph's passages (it names no contributor). ``checks`` holds one verdict per
    citation, set by the citation check.
    """

    text: str
    citations: tuple[str, ...] = ()
    support: float | None = None
    flags: tuple[str, ...] = ()
    quote: str | None = None  # the part taken verbatim from a source (extractive), checked for support
    locked: bool = False  # accepted by an editor: kept as it is when the section is regenerated
    kind: str = "evidence"
    checks: tuple[CitationCheck, ...] = ()

    def check_for(self, chunk_id: str) -> CitationCheck | None:
        """The verdict on the citation of ``chunk_id``, if the check produced one."""
        return next((c for c in self.checks if c.chunk_id == chunk_id), None)

    def as_json(self) -> dict[str, Any]:
        """The BRIEF's sentence shape, plus ``locked``, ``kind`` and ``citation_checks``."""
        return {
            "text": self.text,
            "citations": list(self.citations),
            "support": None if self.support is None else round(self.support, 4),
            "flags": list(self.flags),
            "locked": self.locked,
            "kind": self.kind,
            "citation_checks": [c.as_json() for c in self.checks],
        }


@dataclass(frozen=True)
class Paragraph:
    """Sentences on one theme (usually one guiding question)."""

    sentences: tuple[Sentence, ...]
    theme: str = ""


@dataclass(frozen=True)
class DraftResult:
    """What a drafter returns for one section, before the citation check."""

    paragraphs: tuple[Paragraph, ...]
    gaps: tuple[Gap, ...] = ()
    backend: str = "extractive"
    prompt_version: str = ""
    raw_output: str = ""  # the model's raw answer(s), kept with the revision for audit
    notes: tuple[str, ...] = ()  # problems met while drafting (retries, truncated output, ...)


@dataclass(frozen=True)
class Revision:
    """An immutable stored version of a section's draft."""

    section_id: str
    number: int
    paragraphs: tuple[Paragraph, ...]
    gaps: tuple[Gap, ...]
    backend: str
    author: str
    created_at: str
    prompt_version: str = ""
    raw_output: str = ""
    sources: dict[str, dict[str, str]] = field(default_factory=dict)  # cited passages as they were when saved
    notes: tuple[str, ...] = ()

    def sentences(self) -> list[Sentence]:
        """All sentences in reading order."""
        return [s for p in self.paragraphs for s in p.sentences]
