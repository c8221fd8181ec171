"""The citation check run after any drafter: valid ids only, every sentence cited, support scored."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pipeline.drafting.support import SupportChecker
from pipeline.model import DraftResult, Paragraph, Sentence

# Flags this check owns; it recomputes them, and keeps any other flag a drafter or editor set.
CHECK_FLAGS = ("unknown_citation", "uncited", "weak_support", "unknown_number", "unknown_name")


def check_sentence(sentence: Sentence, passages: Mapping[str, str], checker: SupportChecker | None) -> Sentence:
    """One sentence with ids not in ``passages`` removed, and its support score and flags set."""
    valid = tuple(c for c in dict.fromkeys(sentence.citations) if c in passages)
    flags = [f for f in sentence.flags if f not in CHECK_FLAGS]
    if len(valid) < len(set(sentence.citations)):
        flags.append("unknown_citation")
    if not valid:
        return replace(sentence, citations=(), support=None, flags=tuple([*flags, "uncited"]))
    support = None
    if checker is not None:
        result = checker.check(sentence.quote or sentence.text, [passages[c] for c in valid])
        support = result.score
        flags.extend(result.flags)
    return replace(sentence, citations=valid, support=support, flags=tuple(dict.fromkeys(flags)))


def check_draft(draft: DraftResult, passages: Mapping[str, str], checker: SupportChecker | None) -> DraftResult:
    """Every sentence of ``draft`` checked against the passages it may cite (chunk id -> text)."""
    paragraphs = tuple(
        replace(p, sentences=tuple(check_sentence(s, passages, checker) for s in p.sentences)) for p in draft.paragraphs
    )
    return replace(draft, paragraphs=tuple(p for p in paragraphs if p.sentences))


def merge_locked(draft: DraftResult, locked: list[tuple[int, Sentence]]) -> DraftResult:
    """Put editor-accepted sentences back where they were (same paragraph index, ahead of new text)."""
    if not locked:
        return draft
    paragraphs = [list(p.sentences) for p in draft.paragraphs]
    themes = [p.theme for p in draft.paragraphs]
    by_paragraph: dict[int, list[Sentence]] = {}
    for index, sentence in locked:
        by_paragraph.setdefault(index, []).append(replace(sentence, locked=True))
    for index in sorted(by_paragraph):
        while len(paragraphs) <= index:
            paragraphs.append([])
            themes.append("")
        paragraphs[index] = by_paragraph[index] + paragraphs[index]
    return replace(
        draft, paragraphs=tuple(Paragraph(tuple(s), t) for s, t in zip(paragraphs, themes, strict=True) if s)
    )


def verbatim(claim: str, passage: str) -> str | None:
    """The words of ``claim`` as ``passage`` writes them (its case, single spaces), or None when they do not stand
    there word for word. A claim made of two joined sentences that the passage does not hold together is cut to
    its first sentence; nothing is ever reworded."""
    for candidate in (claim, re.split(r"(?<=[.;:])\s+", claim)[0]):
        words = candidate.strip().rstrip(".;:").split()
        if len(words) < 3:
            continue
        match = re.search(r"\s+".join(map(re.escape, words)), passage, re.IGNORECASE)
        if match:
            # case-blind only so that a clause that opens mid-sentence is still found; the quote keeps the
            # passage's own letters
            return " ".join(match.group(0).split())
    return None


def _speaker(evidence: Any) -> str:
    name = evidence.contributor or evidence.file
    return f"{name} ({evidence.country})" if evidence.country else name


def divergence_paragraphs(divergences: Sequence[Any]) -> tuple[Paragraph, ...]:
    """Points of divergence: one paragraph per contested point, one cited sentence per contributor.

    ``divergences`` are ``pipeline.synthesis.divergence.Divergence`` values for one section. Attribution is by
    construction: each contributor is quoted in their own words (a quotation that stands word for word in their
    passage) and cites only that passage; others on the same side "make the same point" in their own sentence.
    "By contrast" opens the first sentence of a side whose position differs from the side before it. A point
    left with fewer than two sides that can be quoted is not stated.
    """
    paragraphs = []
    for d in divergences:
        sentences: list[Sentence] = []
        sides = 0
        previous = None
        for position in d.positions:
            said = []
            for claim in position.voiced():
                quote = verbatim(claim.text, claim.evidence.text)
                if quote is None:
                    continue  # words that cannot be shown as theirs are not put in quotation marks
                who = _speaker(claim.evidence)
                if said:
                    text = f"{who} makes the same point: “{quote}”"
                elif sentences and (not position.stance or position.stance != previous):
                    text = f"By contrast, {who} holds: “{quote}”"
                else:
                    text = f"{who} holds: “{quote}”"
                said.append(Sentence(text=text, citations=(claim.evidence.chunk_id,), quote=quote))
            if said:
                sides += 1
                previous = position.stance
                sentences.extend(said)
        if sides >= 2:
            paragraphs.append(Paragraph(tuple(sentences), theme=f"Points of divergence: {d.topic}"))
    return tuple(paragraphs)
