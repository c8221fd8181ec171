"""The Word comment on a flagged sentence: each flag in words, with the footnote numbers it concerns.

Flags come from the sentence (``Sentence.flags``) and from the verdict on each citation
(``Sentence.checks``). A flag a citation's verdict carries names that citation's note; a flag on the whole
sentence names all its notes, except those that are about a missing or removed citation, which have none,
and those that name someone, which name that person's notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from pipeline.labels import flag_label
from pipeline.model import Sentence

# Flags that say the cited words are not in the passage. A summary sentence states counts over its
# paragraph's passages and quotes none of them, so these say nothing about it.
QUOTE_FLAGS = frozenset({"weak_support", "citation_unsupported", "false_quote"})
NO_NOTE_FLAGS = frozenset({"uncited", "unknown_citation"})

# What to do about a flag, where one line helps the reviewer more than the label alone.
HINTS = {
    "weak_support": "the cited passage may not say this.",
    "uncited": "no contribution is cited for this sentence; add a source or remove it.",
    "unknown_citation": "a cited passage was not among the section's evidence and was removed.",
    "unknown_number": "check the figure against the quoted passage.",
    "unknown_name": "check the name against the quoted passage.",
    "wrong_count": "check the count against the contributors and countries the paragraph cites.",
    "quoted_words": "the source gives these words as someone else's (a quotation); credit them to that person.",
    "llm_partial": "the LLM check found the cited passage supports this sentence only in part.",
    "llm_unsupported": "the LLM check found the cited passage does not support this sentence.",
}


def _base(flag: str) -> str:
    return flag.partition(":")[0].strip()


def _notes(numbers: Sequence[int]) -> str:
    if not numbers:
        return ""
    listed = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}" if len(numbers) > 1 else str(numbers[0])
    return f"note{'s' if len(numbers) > 1 else ''} {listed}"


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def comment_text(
    sentence: Sentence,
    notes: Mapping[str, Sequence[int]] | None = None,
    names: Mapping[str, Iterable[str]] | None = None,
) -> str:
    """Why a flagged sentence needs a look, one line per flag ('' if nothing is flagged).

    ``notes`` maps each cited chunk id to the footnote number(s) it got on this sentence; ``names`` maps it
    to who the passage is by (contributor, organisation, country), so a flag that names someone
    (``misattributed: NAME``) points at that person's notes only. Each line reads
    ``<flag in words> (score 0.42), note 3: <hint>``.
    """
    notes = notes or {}
    by_name: dict[str, list[str]] = {}
    for chunk_id, who in (names or {}).items():
        for name in who:
            if name:
                by_name.setdefault(_fold(name), []).append(chunk_id)
    flags: dict[str, list[str]] = {}  # flag -> chunk ids concerned (empty: the whole sentence)
    for flag in sentence.flags:
        flags.setdefault(flag, [])
    for check in sentence.checks:
        for flag in check.flags:
            flags.setdefault(flag, []).append(check.chunk_id)
    lines = []
    for flag, chunks in flags.items():
        base = _base(flag)
        if sentence.kind == "summary" and base in QUOTE_FLAGS:
            continue
        named = flag.partition(":")[2].strip()
        if chunks:
            concerned = chunks
        elif named and names is not None:  # the named party's own citations, none if it has none here
            concerned = [c for c in by_name.get(_fold(named), []) if c in sentence.citations]
        else:
            concerned = [] if base in NO_NOTE_FLAGS else list(dict.fromkeys(sentence.citations))
        numbers = sorted({n for c in concerned for n in notes.get(c, ())})
        line = flag_label(flag)
        if base == "weak_support" and sentence.support is not None:
            line += f" (score {sentence.support:.2f})"
        if numbers:
            line += f", {_notes(numbers)}"
        hint = HINTS.get(base)
        lines.append(f"{line}: {hint}" if hint else f"{line}.")
    return "\n".join(lines)
