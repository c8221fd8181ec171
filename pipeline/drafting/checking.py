"""The citation check run after any drafter: valid ids only, every sentence cited, support scored."""

from __future__ import annotations

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


def divergence_paragraphs(divergences: Sequence[Any]) -> tuple[Paragraph, ...]:
    """Points of divergence: one paragraph per contested point, one cited sentence per side.

    ``divergences`` are ``pipeline.synthesis.divergence.Divergence`` values for one section; every side is stated, each
    citing its own passages, so the draft shows the disagreement instead of silently taking a side.
    """
    paragraphs = []
    for d in divergences:
        sentences = []
        for n, position in enumerate(d.positions):
            sources = position.sources()
            people = sorted(
                {f"{s['contributor']} ({s['country']})" if s["country"] else s["contributor"] for s in sources}
            )
            who = " and ".join(people) if len(people) < 3 else ", ".join(people[:-1]) + " and " + people[-1]
            lead = who if n == 0 else f"By contrast, {who}"
            verb = "hold" if len(people) > 1 else "holds"
            text = f"{lead} {verb}: “{position.summary}”"
            citations = tuple(dict.fromkeys(s["chunk_id"] for s in sources))
            sentences.append(Sentence(text=text, citations=citations, quote=position.summary))
        if len(sentences) >= 2:
            paragraphs.append(Paragraph(tuple(sentences), theme=f"Points of divergence: {d.topic}"))
    return tuple(paragraphs)
