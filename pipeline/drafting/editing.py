"""An editor's text back into a revision: sentences, citation markers, and which sentences changed.

The app shows a section for editing as plain text, one paragraph per box and one sentence per line, each
citation as the number the page shows (``[3]``). Saving parses that text back: markers become chunk ids of the
revision's cited passages, unchanged sentences keep their score, flags and acceptance, and new or changed ones
are checked again (a sentence left without a marker is flagged ``uncited``). The Word re-import uses the same
rebuild step for what a reviewer changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.drafting.checking import check_sentence
from pipeline.drafting.support import SupportChecker, split_sentences
from pipeline.model import Paragraph, Revision, Sentence

MARKER = re.compile(r"\s*\[(\d+)\]")

Parsed = list[list[tuple[str, tuple[str, ...]]]]  # paragraphs of (sentence text, chunk ids)


class EditError(ValueError):
    """Edited text that cannot be saved as it is; the message says where and why."""


def normalise(text: str) -> str:
    """Text as sentences are compared for 'unchanged': whitespace collapsed."""
    return " ".join(text.split())


def supporting_sentence(passage: str, claim: str) -> int | None:
    """Index (in ``split_sentences(passage)``) of the passage sentence that best carries ``claim``, or None.

    By the share of the claim's content words (three letters or more) that the sentence holds; the editor sees
    it highlighted where the passage is shown, so checking a citation means reading one sentence first.
    """
    words = {w for w in re.findall(r"[^\W\d_]{3,}", claim.lower())}
    if not words:
        return None
    best, best_share = None, 0.0
    for n, sentence in enumerate(split_sentences(passage)):
        share = len(words & set(re.findall(r"[^\W\d_]{3,}", sentence.lower()))) / len(words)
        if share > best_share:
            best, best_share = n, share
    return best if best_share >= 0.3 else None


def citation_numbers(revision: Revision) -> dict[str, int]:
    """Chunk id -> the number its marker shows, in order of first citation (as every view numbers them)."""
    numbers: dict[str, int] = {}
    for sentence in revision.sentences():
        for cid in sentence.citations:
            numbers.setdefault(cid, len(numbers) + 1)
    return numbers


def edit_text(revision: Revision) -> list[str]:
    """Each paragraph as editable text: one sentence per line, citations as ``[n]`` markers."""
    numbers = citation_numbers(revision)
    out = []
    for paragraph in revision.paragraphs:
        lines = []
        for sentence in paragraph.sentences:
            marks = "".join(f" [{numbers[c]}]" for c in sentence.citations)
            lines.append(" ".join(sentence.text.split()) + marks)
        out.append("\n".join(lines))
    return out


def parse_edit(revision: Revision, texts: Sequence[str]) -> Parsed:
    """Paragraph texts (one sentence per line, ``[n]`` markers) as sentences with chunk ids.

    Raises :class:`EditError` naming the paragraph and line of a marker that refers to no cited passage.
    Empty lines are ignored; a paragraph left empty is dropped.
    """
    by_number = {n: cid for cid, n in citation_numbers(revision).items()}
    parsed: Parsed = []
    for p, text in enumerate(texts, 1):
        sentences = []
        for line_no, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            numbers = [int(m) for m in MARKER.findall(line)]
            unknown = [n for n in numbers if n not in by_number]
            if unknown:
                known = ", ".join(f"[{n}]" for n in sorted(by_number)) or "none"
                raise EditError(
                    f"paragraph {p}, line {line_no}: marker {', '.join(f'[{n}]' for n in unknown)} refers to no "
                    f"passage cited in this section (cited: {known}); pin a passage to cite something new"
                )
            body = " ".join(MARKER.sub("", line).split())
            if not body:
                raise EditError(f"paragraph {p}, line {line_no}: a line with markers but no sentence")
            sentences.append((body, tuple(dict.fromkeys(by_number[n] for n in numbers))))
        if sentences:
            parsed.append(sentences)
    return parsed


def rebuild(old: Revision, parsed: Parsed, checker: SupportChecker | None) -> tuple[list[Paragraph], list[str]]:
    """The edited section as paragraphs, and the ``P.S`` positions of new or changed sentences.

    A sentence with the same text and citations as one of ``old`` is kept exactly as it was (score, flags,
    acceptance); any other is checked again against ``old``'s cited passages and is no longer accepted.
    """
    passages = {cid: str(src.get("text", "")) for cid, src in old.sources.items()}
    unchanged = {(normalise(s.text), tuple(s.citations)): s for s in old.sentences()}
    same_text = {normalise(s.text): s for s in reversed(old.sentences())}  # first occurrence wins
    paragraphs, changed = [], []
    for p, sentences in enumerate(parsed):
        out = []
        for s, (text, cites) in enumerate(sentences):
            kept = unchanged.get((normalise(text), cites))
            if kept is None:
                # starting from the old sentence of the same wording keeps the quote and flags a drafter set
                base = same_text.get(normalise(text)) or Sentence(text)
                kept = check_sentence(
                    replace(base, text=text, citations=cites, locked=False), passages, checker, old.sources
                )
                changed.append(f"{p + 1}.{s + 1}")
            out.append(kept)
        theme = old.paragraphs[p].theme if p < len(old.paragraphs) else ""
        paragraphs.append(Paragraph(tuple(out), theme))
    return paragraphs, changed
