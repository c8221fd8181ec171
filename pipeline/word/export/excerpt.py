"""The words of a passage a footnote quotes: the sentence(s) that carry the cited claim, cut to about 250 characters.

The citation check records, per citation, the passage's sentence that supports the claim best
(``CitationCheck.evidence``). When it is there and stands in the passage, the footnote quotes it; otherwise
the passage sentences that cover most of the claim's words are chosen (the same greedy coverage the support
check uses). Whatever is left out between, before or after the quoted sentences is marked with an ellipsis, so
a reviewer never reads two separate sentences as one, and a quote never holds a word the passage does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.drafting.support import split_sentences
from pipeline.index.lexical import tokenize

LIMIT = 250  # characters of quoted text in a footnote; the whole passage is in Annex 2
ELLIPSIS = "…"
MIN_PIECE = 12  # characters an evidence extract needs to identify a place in the passage
PICKS = 2  # at most this many sentences of the passage: support is usually local


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str

    @property
    def words(self) -> frozenset[str]:
        """The sentence's content words (tokenised only when the coverage choice needs them)."""
        return _tokens(self.text)


@lru_cache(maxsize=16384)  # overlapping chunks and re-cited passages repeat sentences
def _tokens(sentence: str) -> frozenset[str]:
    return frozenset(tokenize(sentence))


@lru_cache(maxsize=4096)  # a passage cited by several sentences is split once
def _spans(passage: str) -> tuple[_Span, ...]:
    """Where each sentence of ``passage`` starts and ends in its whitespace-collapsed form.

    Sentences are split on the passage as written, so a slide's lines (bullets without end punctuation)
    stay apart instead of running into one long sentence.
    """
    flat = " ".join(passage.split())
    out, at = [], 0
    for sentence in split_sentences(passage):
        start = flat.find(sentence, at)
        if start < 0:  # split_sentences only collapses whitespace, so this is a safeguard, not a path
            continue
        out.append(_Span(start, start + len(sentence), sentence))
        at = start + len(sentence)
    return tuple(out)


def _by_evidence(flat: str, spans: list[_Span], evidence: str) -> list[tuple[int, int]]:
    """The check's evidence as spans of the passage, or [] when any of it does not stand there word for word."""
    found = []
    at = 0
    # evidence given as several extracts ("A. … B.") is looked up extract by extract
    pieces = [p for part in re.split(r"…|\.\.\.(?=\s|$)", evidence) for p in split_sentences(part.strip(" \"“”'"))]
    pieces = [p for p in pieces if len(p) >= MIN_PIECE]  # a few characters could stand anywhere in the passage
    for piece in pieces:
        start = flat.find(piece, at)
        if start < 0:
            start = flat.find(piece)
        if start < 0:
            return []
        found.append((start, start + len(piece)))
        at = start + len(piece)
    # widen a piece to its whole sentence when it is part of one, so the quote starts where a sentence does
    widened = []
    for start, end in found:
        inside = next((s for s in spans if s.start <= start and end <= s.end), None)
        widened.append((inside.start, inside.end) if inside and inside.end - inside.start <= LIMIT else (start, end))
    return sorted(set(widened))


def _by_coverage(spans: list[_Span], claim: str) -> list[tuple[int, int]]:
    """The sentences covering most of the claim's content words, greedily (ties to the earlier sentence)."""
    wanted = set(tokenize(claim))
    covered: set[str] = set()
    chosen: list[_Span] = []
    for _ in range(PICKS):
        best = max(spans, key=lambda s: (len((wanted & s.words) - covered), -s.start), default=None)
        if best is None or not (wanted & best.words) - covered:
            break
        covered |= wanted & best.words
        chosen.append(best)
    if not chosen and spans:
        chosen = [spans[0]]  # nothing in common: the passage's opening, marked as such by the ellipsis after it
    return [(s.start, s.end) for s in chosen]


def _window(flat: str, start: int, end: int, claim: str, limit: int) -> tuple[int, int]:
    """A ``limit``-character window of ``flat[start:end]`` at word boundaries, placed on the claim's words."""
    wanted = set(tokenize(claim))
    words = _words(flat, start, end)
    hit = [bool(set(tokenize(w)) & wanted) for _, w in words]
    best, best_hits = (start, min(end, start + limit)), -1
    last, hits = 0, 0
    for first in range(len(words)):  # two pointers: the window [first, last) of whole words
        while last < len(words) and words[last][0] + len(words[last][1]) - words[first][0] <= limit:
            hits += hit[last]
            last += 1
        if last > first and hits > best_hits:
            best, best_hits = (words[first][0], words[last - 1][0] + len(words[last - 1][1])), hits
        if last > first:
            hits -= hit[first]
        else:
            last = first + 1  # a single word longer than the limit: skipped
    return best


def _words(flat: str, start: int, end: int) -> list[tuple[int, str]]:
    out, at = [], start
    for word in flat[start:end].split(" "):
        if word:
            out.append((at, word))
        at += len(word) + 1
    return out


def excerpt(passage: str, claim: str, evidence: str = "", limit: int = LIMIT, quote: str = "") -> str:
    """The passage's sentence(s) carrying ``claim``, with ``…`` where text is left out; '' for an empty passage.

    ``evidence`` (the check's evidence sentence) is used when it stands in the passage; else ``quote`` (the
    words a drafter took verbatim) when it does; otherwise the sentences are chosen by how much of the
    claim's wording they cover. The result holds at most about ``limit`` characters of the passage.
    """
    flat = " ".join((passage or "").split())
    if not flat:
        return ""
    spans = list(_spans(passage)) or [_Span(0, len(flat), flat)]
    chosen: list[tuple[int, int]] = []
    for given in (evidence, quote):
        given = " ".join((given or "").split()).strip("“”\"' ")
        chosen = _by_evidence(flat, spans, given) if given else []
        if chosen:
            break
    chosen = chosen or _by_coverage(spans, claim)
    # keep the best-ranked pieces that fit (the first is the best); then restore passage order
    kept: list[tuple[int, int]] = []
    for start, end in chosen:
        if sum(e - s for s, e in kept) + (end - start) <= limit:
            kept.append((start, end))
    if not kept:
        start, end = chosen[0]
        kept = [_window(flat, start, end, claim or evidence, limit)]
    kept.sort()
    out: list[str] = []
    if kept[0][0] > 0:
        out.append(ELLIPSIS)
    for i, (start, end) in enumerate(kept):
        if i and flat[kept[i - 1][1] : start].strip():
            out.append(ELLIPSIS)
        out.append(flat[start:end])
    if flat[kept[-1][1] :].strip():
        out.append(ELLIPSIS)
    return " ".join(out)
