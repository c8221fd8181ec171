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


def merge_locked(draft: DraftResult, locked: Sequence[tuple]) -> DraftResult:
    """Put editor-accepted sentences back where they were.

    ``locked`` holds ``(paragraph index, sentence)`` or ``(paragraph index, sentence index, sentence, theme)``.
    A sentence goes back into the paragraph on the same theme (its guiding question) when the new draft has
    one, else into the paragraph at the same index, at its old sentence index: accepted text keeps its place
    instead of moving to the start. An accepted lead sentence replaces the new one of its paragraph.
    """
    if not locked:
        return draft
    paragraphs = [list(p.sentences) for p in draft.paragraphs]
    themes = [p.theme for p in draft.paragraphs]
    placed: dict[int, list[tuple[int, Sentence]]] = {}
    for item in locked:
        index, position, sentence, theme = item if len(item) == 4 else (item[0], 0, item[1], "")
        if theme and theme in themes:
            target = themes.index(theme)
        elif theme:
            target = min(index, len(paragraphs))
            paragraphs.insert(target, [])
            themes.insert(target, theme)
            placed = {(k + 1 if k >= target else k): v for k, v in placed.items()}
        else:
            while len(paragraphs) <= index:
                paragraphs.append([])
                themes.append("")
            target = index
        placed.setdefault(target, []).append((position, replace(sentence, locked=True)))
    for target, items in placed.items():
        if any(s.kind == "summary" for _, s in items):
            paragraphs[target] = [s for s in paragraphs[target] if s.kind != "summary"]
        for position, sentence in sorted(items, key=lambda x: x[0]):
            paragraphs[target].insert(min(position, len(paragraphs[target])), sentence)
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
