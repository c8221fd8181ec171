"""Does a sentence say what its cited passages say? An offline support score in [0, 1], and flags.

The score is a logistic model over a few signals, calibrated on WiCE (claims checked against the
pages they cite; see eval/calibrate_support.py):
- coverage of the claim's content words by the evidence, weighted by how rare each word is in it;
- coverage by the best three evidence sentences (support is usually local);
- the embedding similarity of the claim to its closest evidence sentence;
- the share of the claim's numbers and of its names found in the evidence.
(Two more signals, coverage by the best two sentences and the claim's length, are computed for the comparison
in the calibration script but not used: fewer signals generalise better to claims the calibration never saw.)
Numbers and names missing from every cited passage are also flagged on their own.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.model import QUOTE_MARK
from pipeline.index.embeddings import Embedder, embed_cached
from pipeline.index.lexical import tokenize

WEIGHTS_FILE = Path(__file__).with_name("support_weights.json")
ALL_SIGNALS = ("idf_coverage", "best2_coverage", "best3_coverage", "max_similarity", "number_coverage",
               "name_coverage", "log_length")  # fmt: skip
# The signals the score uses: few and robust. best2 says what best3 says; length is a property of the claim
# rather than of its support and drifts between datasets (eval/calibrate_support.py compares both sets).
FEATURES = ("idf_coverage", "best3_coverage", "max_similarity", "number_coverage", "name_coverage")
CANDIDATES = 8  # evidence sentences embedded per claim: the lexically closest ones

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"\b(?:e\.g|i\.e|etc|vs|cf|No|Dr|Mr|Ms|Mrs|St|Art|Fig|approx|incl)\.$", re.IGNORECASE)
_CELL = re.compile(r"\s+\|\s+")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]|\b[A-Z]{2,}\b")


def without_quotes(text: str) -> str:
    """``text`` without the lines a reader marked (QUOTE_MARK) as quoted from someone else: kept in a passage to
    help find it, never drafted or read as a claim in its author's name."""
    if not text.startswith(QUOTE_MARK) and "\n" + QUOTE_MARK not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not line.startswith(QUOTE_MARK))


def split_sentences(text: str) -> list[str]:
    """Split text into sentences on end punctuation, not after common abbreviations; lines stay apart."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*[-•*]\s)|\n", text):
        block = " ".join(block.split())
        if not block:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(block):
            piece = block[start : match.start()].strip()
            if piece and not _ABBREVIATION.search(piece):
                out.append(piece)
                start = match.end()
        tail = block[start:].strip()
        if tail:
            out.append(tail)
    return out


def numbers(text: str) -> set[str]:
    """Numbers in ``text``, normalised ("1,200" and "1200" are the same; "3.5" keeps its point)."""
    found = set()
    for raw in _NUMBER.findall(text):
        value = raw.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) else raw.replace(",", ".")
        found.add(value.rstrip("0").rstrip(".") if "." in value else value)
    return found


def names(text: str) -> set[str]:
    """Capitalised words that are not the first word of a sentence, and acronyms, lower-cased."""
    found = set()
    for sentence in split_sentences(text):
        for match in _NAME.finditer(sentence):
            if match.start() == 0 and not match.group(0).isupper():
                continue
            found.add(match.group(0).lower())
    return found


@dataclass(frozen=True)
class SupportResult:
    """A claim's support score, its flags and the evidence sentences that support it best."""

    score: float
    flags: tuple[str, ...]
    features: dict[str, float]
    best: tuple[str, ...] = ()


@dataclass(frozen=True)
class Calibration:
    """Standardisation and logistic weights fitted by eval/calibrate_support.py."""

    mean: tuple[float, ...]
    std: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path = WEIGHTS_FILE) -> Calibration:
        """Read the fitted calibration shipped with the package."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path}: calibrated for features {data['features']}, code computes {list(FEATURES)}")
        return cls(tuple(data["mean"]), tuple(data["std"]), tuple(data["weights"]), data["bias"], data["threshold"])


def _greedy_coverage(claim: set[str], sentences: Sequence[set[str]], picks: int) -> tuple[float, list[int]]:
    covered: set[str] = set()
    chosen: list[int] = []
    for _ in range(picks):
        best = max(range(len(sentences)), key=lambda j: len((claim & sentences[j]) - covered), default=None)
        if best is None or not (claim & sentences[best]) - covered:
            break
        covered |= claim & sentences[best]
        chosen.append(best)
    return len(covered) / max(len(claim), 1), chosen


class SupportChecker:
    """Scores claims against evidence passages; reuse one checker for many claims."""

    def __init__(self, embedder: Embedder | None, calibration: Calibration | None = None) -> None:
        self.embedder = embedder
        self.calibration = calibration or Calibration.load()

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        assert self.embedder is not None  # callers check first: without an embedder there is no similarity
        return embed_cached(self.embedder, texts)

    @property
    def threshold(self) -> float:
        """Scores below this are flagged ``weak_support``."""
        return self.calibration.threshold

    def features(self, claim: str, evidence: Sequence[str]) -> tuple[dict[str, float], list[str]]:
        """The signals for one claim, and its best-supporting evidence sentences."""
        values, best, candidates = self._lexical(claim, evidence)
        if self.embedder is not None and candidates:
            values["max_similarity"] = self._similarity(claim, candidates)
        return values, best

    def _similarity(self, claim: str, candidates: list[str]) -> float:
        words = tokenize(claim)
        if words and any(tokenize(c) == words for c in candidates):
            return 1.0  # the claim is one of the sentences (an extractive quote): a text is its own closest match
        vectors = self._embed([claim, *candidates])
        return float(np.max(vectors[1:] @ vectors[0]))

    def _lexical(self, claim: str, evidence: Sequence[str]) -> tuple[dict[str, float], list[str], list[str]]:
        """The word-based signals (similarity left at 0), the best sentences, and the sentences to embed."""
        # a table row ("Matter | Decision | Reasons") is one line of cells, each its own statement: a quoted cell is
        # judged against that cell, not against its neighbours (whose "without" is no negation of it)
        sentences = [c for passage in evidence for s in split_sentences(passage) for c in _CELL.split(s) if c]
        claim_words = set(tokenize(claim))
        bags = [set(tokenize(s)) for s in sentences]
        everything = set().union(*bags) if bags else set()
        frequency: dict[str, int] = {}
        for bag in bags:
            for word in bag & claim_words:
                frequency[word] = frequency.get(word, 0) + 1
        idf = {w: math.log((len(bags) + 1) / (frequency.get(w, 0) + 1)) + 1 for w in claim_words}
        total = sum(idf.values()) or 1.0
        best2, chosen = _greedy_coverage(claim_words, bags, 2)
        best3, chosen3 = _greedy_coverage(claim_words, bags, 3)
        order = sorted(range(len(bags)), key=lambda j: -len(claim_words & bags[j]))[:CANDIDATES]
        claim_numbers, claim_names = numbers(claim), names(claim)
        joined = " ".join(sentences)
        evidence_numbers = numbers(joined)
        evidence_words = {w.lower() for w in re.findall(r"[\w'’-]+", joined)}
        values = {
            "idf_coverage": sum(idf[w] for w in claim_words if w in everything) / total,
            "best2_coverage": best2,
            "best3_coverage": best3,
            "max_similarity": 0.0,
            "number_coverage": len(claim_numbers & evidence_numbers) / len(claim_numbers) if claim_numbers else 1.0,
            "name_coverage": len(claim_names & evidence_words) / len(claim_names) if claim_names else 1.0,
            "log_length": math.log1p(len(claim_words)),
        }
        return values, [sentences[j] for j in (chosen3 or chosen)], [sentences[j] for j in order]

    def score_features(self, values: dict[str, float]) -> float:
        """The calibrated probability that the claim is fully supported."""
        c = self.calibration
        z = c.bias + sum(
            w * (values[name] - m) / s for name, w, m, s in zip(FEATURES, c.weights, c.mean, c.std, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))

    def score(self, claim: str, evidence: Sequence[str]) -> tuple[float, list[str]]:
        """The calibrated score of ``claim`` against ``evidence`` alone, and its best evidence sentences."""
        if not evidence or not any(e.strip() for e in evidence):
            return 0.0, []
        values, best, candidates = self._lexical(claim, evidence)
        if self.embedder is not None and candidates:
            weight = self.calibration.weights[FEATURES.index("max_similarity")]
            bound = self.score_features({**values, "max_similarity": 1.0 if weight >= 0 else -1.0})
            if bound < self.threshold:
                # even a perfect match in meaning would leave it unsupported: the bound is the score, no embedding
                return bound, best
            values["max_similarity"] = self._similarity(claim, candidates)
        return self.score_features(values), best

    def check(self, claim: str, evidence: Sequence[str], known_names: Set[str] = frozenset()) -> SupportResult:
        """Score ``claim`` against ``evidence`` passages and flag what an editor should look at.

        ``known_names`` (lower case) are words of the sources' own names (contributors, countries): a claim may
        name who said it without that name being in the passage.
        """
        if not evidence or not any(e.strip() for e in evidence):
            return SupportResult(0.0, ("weak_support",), {}, ())
        values, best = self.features(claim, evidence)
        score = self.score_features(values)
        flags = []
        if score < self.threshold:
            flags.append("weak_support")
        joined = " ".join(evidence)
        if numbers(claim) - numbers(joined):
            flags.append("unknown_number")
        evidence_words = {w.lower() for w in re.findall(r"[\w'’-]+", joined)}
        if names(claim) - evidence_words - known_names:
            flags.append("unknown_name")
        return SupportResult(score, tuple(flags), values, tuple(best))


def word_coverage(claim: str, evidence: Sequence[str]) -> float:
    """The plain baseline: the share of the claim's content words found anywhere in the evidence."""
    words = set(tokenize(claim))
    found = set(tokenize(" ".join(evidence)))
    return len(words & found) / max(len(words), 1)
