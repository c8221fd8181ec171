"""Does a sentence answer a guiding question, or does it only share its topic? The abstain decision.

A small logistic model over signals that carry across corpora: closeness in meaning to the question (alone and
with the section title), the margin to the closest sentence of the pool, how much of the question's key terms
(weighted by rarity in the pool, so "micro-credential" counts for little) the sentence itself uses, whether it
uses the rarest of them the pool knows, how much of the question no sentence of the pool mentions at all, whether the
sentence takes a position (a modal or an instruction), and whether a question asking for an amount meets a
number. Weights and the threshold are fitted by ``eval/calibrate_answers.py`` on the labelled set with
cross-validation grouped by question, and stored in ``answer_weights.json``; a question none of whose
sentences reaches the threshold is a gap.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.drafting.drafters.candidates import FINITE, Candidate, is_imperative
from pipeline.drafting.evidence import QUESTION_WORDS
from pipeline.index.lexical import tokenize

WEIGHTS = Path(__file__).with_name("answer_weights.json")
FEATURES = ("cos_question", "cos_titled", "margin", "key_terms", "focus", "unseen", "stance", "amount")
_STANCE = re.compile(
    r"\b(should|must|shall|ought|need to|needs to|recommend\w*|propos\w*|requir\w*|advis\w*|support|oppose\w*|"
    r"disagree\w*|agree\w*|argue\w*|believe\w*|in our view|at most|at least|no more than|only|never|always)\b",
    re.IGNORECASE,
)
_AMOUNT_QUESTION = re.compile(
    r"\b(how (much|many|long|often|large|big)|minimum|maximum|size|share|percentage|when|how soon|limit)\b", re.I
)
_NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|third|quarter|twice|annual(ly)?|"
    r"yearly|each year|every year)\b",
    re.IGNORECASE,
)


def key_terms(question: str) -> list[str]:
    """The question's subject words (stemmed), without the words of its form ("which", "should", ...)."""
    return [w for w in dict.fromkeys(tokenize(question)) if w not in QUESTION_WORDS and len(w) > 1]


def features(
    question: str,
    question_vec: np.ndarray,
    titled_vec: np.ndarray,
    cands: Sequence[Candidate],
    vectors: np.ndarray,
) -> np.ndarray:
    """One row of FEATURES per candidate for ``question`` (vectors: unit-length sentence embeddings)."""
    if not cands:
        return np.zeros((0, len(FEATURES)))
    cos_q = vectors @ question_vec
    cos_t = vectors @ titled_vec
    df = Counter(w for c in cands for w in c.words)
    n = len(cands)
    terms = key_terms(question)
    idf = {w: math.log((n + 1) / (df.get(w, 0) + 1)) + 1.0 for w in terms}
    total = sum(idf.values()) or 1.0
    amount = bool(_AMOUNT_QUESTION.search(question))
    # the share of the question's subject (by rarity) that no sentence of the pool mentions at all
    unseen = sum(idf[w] for w in terms if not df.get(w)) / total
    present = [w for w in terms if df.get(w)]
    focus = max(present, key=lambda w: idf[w]) if present else None  # its rarest word the pool does use
    rows = []
    best = float(np.max(cos_t))
    for i, c in enumerate(cands):
        covered = sum(idf[w] for w in terms if w in c.words) / total
        stance = 1.0 if _STANCE.search(c.text) or is_imperative(c.text) else 0.0
        number = 1.0 if amount and _NUMBER.search(c.text) and FINITE.search(c.text) else 0.0
        has_focus = 1.0 if focus is not None and focus in c.words else 0.0
        rows.append(
            [float(cos_q[i]), float(cos_t[i]), float(cos_t[i]) - best, covered, has_focus, unseen, stance, number]
        )
    return np.asarray(rows, dtype=float)


@dataclass(frozen=True)
class AnswerModel:
    """Logistic weights over standardised FEATURES and the probability above which a sentence answers."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """P(answers) for each feature row."""
        if len(rows) == 0:
            return np.zeros(0)
        z = (rows - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.weights) + self.bias)))

    def as_json(self) -> dict[str, object]:
        """The stored form (answer_weights.json)."""
        return {
            "features": list(FEATURES),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }


def fit(rows: np.ndarray, labels: np.ndarray, l2: float = 1.0, steps: int = 3000) -> AnswerModel:
    """A logistic regression (L2, gradient descent on standardised features); threshold left at 0.5."""
    mean = rows.mean(axis=0)
    scale = rows.std(axis=0)
    scale[scale == 0] = 1.0
    z = (rows - mean) / scale
    w = np.zeros(z.shape[1])
    b = 0.0
    n = len(labels)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= 0.1 * (z.T @ (p - labels) / n + l2 * w / n)
        b -= 0.1 * float(np.mean(p - labels))
    return AnswerModel(tuple(mean), tuple(scale), tuple(float(x) for x in w), float(b), 0.5)


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS) -> AnswerModel:
    """The calibrated model stored beside this module."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path} was fitted on features {data['features']}, not {list(FEATURES)}: recalibrate")
    return AnswerModel(
        tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]), float(data["bias"]), float(data["threshold"])
    )
