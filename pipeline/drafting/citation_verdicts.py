"""One verdict per citation: the cited passage alone, scored against the sentence or the clause it is cited for.

A sentence citing two passages may rest on both ("A holds X, while B holds Y"): each passage then only
has to say its part. The parts are the sentence's clauses; a passage supports the sentence when it
supports the whole or one clause with the calibrated threshold, and its best evidence sentence does not
say the opposite (``pipeline.drafting.polarity``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pipeline.drafting.polarity import contradicts
from pipeline.drafting.support import SupportChecker
from pipeline.index.lexical import tokenize

EVIDENCE_CHARS = 250  # the evidence sentence shown beside a citation: enough to read, short enough for a panel
_CLAUSE = re.compile(r"\s*(?:;|:|,\s*(?:while|whereas|but|and)\b|\s(?:while|whereas)\b)\s*", re.IGNORECASE)
MIN_CLAUSE_WORDS = 3  # content words a clause needs to be scored on its own
SAME_STATEMENT = 0.5  # share of the claim's content words an evidence sentence needs to be read as the same statement


def _shared(claim: str, sentence: str) -> float:
    words = set(tokenize(claim))
    return len(words & set(tokenize(sentence))) / max(len(words), 1)


@dataclass(frozen=True)
class Verdict:
    """What one cited passage does for a sentence."""

    score: float
    supported: bool
    contradicted: bool
    evidence: str

    @property
    def flags(self) -> tuple[str, ...]:
        """The citation's own flags."""
        return (("citation_unsupported",) if not self.supported else ()) + (
            ("contradicted",) if self.contradicted else ()
        )


def clauses(claim: str) -> list[str]:
    """The parts of a claim that could each rest on a different passage (only parts with enough words)."""
    parts = [p.strip(' ,;:“”"') for p in _CLAUSE.split(claim)]
    parts = [p for p in parts if len(tokenize(p)) >= MIN_CLAUSE_WORDS]
    return parts if len(parts) > 1 else []


def shorten(sentences: Sequence[str], limit: int = EVIDENCE_CHARS) -> str:
    """The evidence sentences as one string of at most ``limit`` characters, an ellipsis where text is cut."""
    text = " … ".join(s.strip() for s in sentences if s.strip())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:…")
    return cut + "…"


def judge_citations(
    claim: str,
    citations: Sequence[str],
    passages: Mapping[str, str],
    checker: SupportChecker,
    alone: tuple[float, Sequence[str]] | None = None,
) -> dict[str, Verdict]:
    """Chunk id -> verdict for each of ``citations`` (all must be keys of ``passages``).

    ``alone`` is the score and best sentences of a sentence with one citation, already computed by the caller.
    """
    parts = clauses(claim) if len(citations) > 1 else []
    out: dict[str, Verdict] = {}
    for chunk_id in citations:
        passage = passages[chunk_id]
        score, best = alone if alone is not None and len(citations) == 1 else checker.score(claim, [passage])
        best = list(best)
        best_text = best[:2]
        for part in parts:
            part_score, part_best = checker.score(part, [passage])
            if part_score > score:
                score, best_text = part_score, part_best[:1]
        # the sentence sharing most words with the claim is the one it would contradict, if it states the same
        # thing: most of the claim's words are in it (else a negation there is about something else)
        stated = best[0] if best else ""
        if ";" in stated and ";" not in claim:
            # "X should receive a level; Y should not be given one at all" holds two statements: a claim about
            # one is judged against that one, not against a negation that belongs to the other
            stated = max(stated.split(";"), key=lambda c: _shared(claim, c))
        contradicted = bool(stated) and _shared(claim, stated) >= SAME_STATEMENT and contradicts(claim, stated)
        out[chunk_id] = Verdict(
            score, score >= checker.threshold and not contradicted, contradicted, shorten(best_text)
        )
    return out
