"""Does a sentence answer a guiding question, or does it only share its topic? The abstain decision.

A small logistic model over signals that carry across corpora: closeness in meaning to the question (alone and
with the section title), the margin to the closest sentence of the pool, how much of the question's key terms
(weighted by rarity in the pool, so "micro-credential" counts for little) the sentence itself uses, whether it
uses the rarest of them the pool knows, how much of the question no sentence of the pool mentions at all, whether the
sentence takes a position (a modal or an instruction), and whether a question asking for an amount meets a
number, and whether the sentence is closer in meaning to this question than to the section's other questions
(a sentence that fits a neighbouring question better answers that one). Key terms leave out the words of the
question's form ("how long", "steps", "made") and meet their word family in the pool ("involved" /
"involvement"); a term counts as mentioned when any passage of the evidence pool has it, and the question's
focus is its key term the fewest passages mention. A second, question-level model decides whether the
question is answered at all, from the scores of its whole pool (is the best candidate an answer, and does it
fit this question best); an answered question gets its best candidate and any other that reaches the sentence
threshold, the others are gaps.
Weights and thresholds are fitted by ``eval/calibrate_answers.py`` on the labelled set with cross-validation
grouped by question, and stored in ``answer_weights.json``. A tenth feature, the learned closeness of question and
sentence (``closeness.py``), is read where the workspace's embedder is the one its weights were fitted on; elsewhere
the stored model fitted without it decides.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.drafting.drafters.answer_type import SUPERLATIVE, asked_type, gives
from pipeline.drafting.drafters.candidates import FINITE, Candidate, takes_position
from pipeline.drafting.drafters.closeness import Closeness
from pipeline.drafting.evidence import QUESTION_WORDS
from pipeline.index.lexical import tokenize

WEIGHTS = Path(__file__).with_name("answer_weights.json")
FEATURES = ("cos_question", "cos_titled", "margin", "key_terms", "focus", "unseen", "stance", "amount", "rival")
# the tenth feature, after FEATURES, when the model has a learned closeness for the embedder in use
LEARNED = "closeness"
# per question, from the sentence scores of its pool: the best, the mean of the best three, the share of the
# question no sentence mentions, and the best coverage of its key terms
RIVAL_CLIP = 0.2
QUESTION_FEATURES = ("best", "top3", "unseen", "best_key_terms", "rival_best", "best_cos", "peak")
# "when" asks for a time only as the question's own word ("When should ...", "How and when ..."); a clause
# "... be involved when skills are assessed" asks nothing about time, and a figure in a sentence does not answer it
_AMOUNT_QUESTION = re.compile(
    r"\b(how (much|many|long|often|large|big)|minimum|maximum|size|share|percentage|how soon|limit)\b|"
    r"^\W*when\b|\b(and|or)\s+when\b|" + SUPERLATIVE,  # "the largest workload": a bound as a superlative
    re.I,
)


# Words of a question's form rather than its subject: the measure after "how" ("how long"), light verbs
# ("made", "take") and the nouns that ask for a procedure or a list ("steps", "types"). A passage answering
# "What are the steps from design to review?" need not say "step"; counting such words as unseen subject made
# answerable questions look unaddressed.
_FORM_WORDS = frozenset(
    tokenize(
        "much many long often soon far always ever make makes made making take takes taken taking took give "
        "given get gets got do does done have has step steps stage stages type types sort sorts form forms "
        "mean means best main"
    )
)


def key_terms(question: str) -> list[str]:
    """The question's subject words (stemmed), without the words of its form ("which", "should", "how long")."""
    return [
        w for w in dict.fromkeys(tokenize(question)) if w not in QUESTION_WORDS and w not in _FORM_WORDS and len(w) > 1
    ]


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    # a section's passages are read once for each of its questions: tokenized once
    return frozenset(tokenize(text))


def _same_family(term: str, word: str) -> bool:
    """One word family under the light stemmer: "issu"/"issue", "involv"/"involvement", "approval"/"approv".

    A short ending must be an inflection ("credit"/"credits"); a derivational ending that makes another word
    ("person"/"personal", "national"/"nationality") is not the same family: the question's "personal data" is
    not met by a passage on "the person"."""
    if term == word:
        return True
    short, long_ = sorted((term, word), key=len)
    if long_.startswith(short) and len(short) >= 4 and len(long_) - len(short) <= 2:
        return long_[len(short) :] in _INFLECTIONS
    common = 0
    for a, b in zip(term, word, strict=False):
        if a != b:
            break
        common += 1
    return common >= 6 and not (long_.startswith(short) and long_[len(short) :] in _DERIVATIONS)


# endings of one word (after the light stemmer) and endings that make another word (general English morphology)
_INFLECTIONS = frozenset({"", "e", "s", "es", "ed", "d", "er", "y"})
_DERIVATIONS = frozenset({"al", "ly", "ity", "ism", "ist", "ize", "ise"})


def features(
    question: str,
    question_vec: np.ndarray,
    titled_vec: np.ndarray,
    cands: Sequence[Candidate],
    vectors: np.ndarray,
    passages: Sequence[str] = (),
    rivals: np.ndarray | None = None,
) -> np.ndarray:
    """One row of FEATURES per candidate for ``question`` (vectors: unit-length sentence embeddings).

    ``passages`` are the texts of the whole evidence pool the candidates were cut from: a word the question
    shares with a passage but with no candidate sentence is still "mentioned", and the question's focus term
    is picked by how few passages mention it (without them, by how few candidates do). ``rivals`` are the
    vectors of the section's other questions: a sentence closer in meaning to one of them than to this
    question more likely answers that one.
    """
    if not cands:
        return np.zeros((0, len(FEATURES)))
    cos_q = vectors @ question_vec
    cos_t = vectors @ titled_vec
    terms = key_terms(question)
    passage_words = [_words(p) for p in dict.fromkeys(passages)]
    vocabulary = {w for c in cands for w in c.words}.union(*passage_words)
    # each key term stands for its word family in the pool, so "involved" meets "involvement"
    family = {t: frozenset(w for w in vocabulary if _same_family(t, w)) for t in terms}
    has = [{t for t in terms if family[t] & c.words} for c in cands]
    df = Counter(t for h in has for t in h)
    passage_df = {t: sum(1 for words in passage_words if family[t] & words) for t in terms}
    n = len(cands)
    idf = {w: math.log((n + 1) / (df.get(w, 0) + 1)) + 1.0 for w in terms}
    total = sum(idf.values()) or 1.0
    # the value the question asks for ("how long": a duration); other questions on a size or a limit take any
    # figure that counts (no year, no "level 5")
    kind = asked_type(question)
    amount = kind is not None or bool(_AMOUNT_QUESTION.search(question))
    # the share of the question's subject (by rarity) that nothing in the pool mentions at all
    unseen = sum(idf[w] for w in terms if not df.get(w) and not passage_df[w]) / total
    present = [w for w in terms if df.get(w)]
    # the question's most specific word the candidates do use: the fewest passages (else candidates) have it
    focus = min(present, key=lambda w: (passage_df[w] or n + 1, -idf[w])) if present else None
    # how much closer in meaning the sentence is to this question than to any other question of the section
    closest_rival = np.max(vectors @ rivals.T, axis=1) if rivals is not None and len(rivals) else cos_q - 1.0
    rival = np.clip(cos_q - closest_rival, -RIVAL_CLIP, RIVAL_CLIP)
    rows = []
    best = float(np.max(cos_t))
    for i, c in enumerate(cands):
        covered = sum(idf[w] for w in has[i]) / total
        stance = 1.0 if c.lead or takes_position(c.text) else 0.0
        number = 1.0 if amount and gives(kind or "amount", c.text) and FINITE.search(c.text) else 0.0
        has_focus = 1.0 if focus is not None and focus in has[i] else 0.0
        rows.append(
            [float(cos_q[i]), float(cos_t[i]), float(cos_t[i]) - best, covered, has_focus, unseen, stance, number]
            + [float(rival[i])]
        )
    return np.asarray(rows, dtype=float)


@dataclass(frozen=True)
class AnswerModel:
    """Logistic weights over standardised features and the probability above which the answer is yes.

    The sentence model scores each candidate (FEATURES); its ``question`` model, when present, decides from
    the pool's scores whether the question is answered at all (QUESTION_FEATURES): two questions whose best
    sentence scores the same differ in whether several sentences come close and how much of the question the
    pool leaves unsaid. Without it a question is answered when one sentence reaches ``threshold``.
    """

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    question: AnswerModel | None = None
    # the question model's reference: the median question score (log-odds) of the calibration outlines. An
    # outline worded unlike the contributions scores lower throughout; its questions are lifted by how far its
    # median falls below this (never lowered: an outline of mostly answerable questions scores higher)
    center: float | None = None
    # the learned closeness read as the tenth feature (LEARNED), or None: the nine FEATURES only
    closeness: Closeness | None = None

    @property
    def feature_names(self) -> tuple[str, ...]:
        """The names of the feature columns this model reads, in order."""
        return FEATURES + (LEARNED,) if self.closeness is not None else FEATURES

    def extend(self, rows: np.ndarray, question_vec: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """``rows`` (FEATURES, from :func:`features`) with the learned closeness appended when this model reads
        it (``question_vec``: the question's vector; ``vectors``: the candidates', as given to :func:`features`)."""
        if self.closeness is None:
            return rows
        return np.hstack([rows, self.closeness.score(question_vec, vectors)[:, None]])

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """P(yes) for each feature row."""
        if len(rows) == 0:
            return np.zeros(0)
        return 1.0 / (1.0 + np.exp(-self.log_odds(rows)))

    def answered(self, rows: np.ndarray, probs: np.ndarray, lift: float = 0.0) -> bool:
        """Whether the pool answers the question (``rows``: its FEATURES, ``probs``: this model's scores;
        ``lift``: the outline's, from :meth:`outline_lift`)."""
        if not len(probs):
            return False
        if self.question is None:
            return bool(probs.max() >= self.threshold)
        return bool(self.question_score(rows, probs, lift) >= self.question.threshold)

    def log_odds(self, rows: np.ndarray) -> np.ndarray:
        """The logistic's log-odds for each feature row."""
        z = (rows - np.asarray(self.mean)) / np.asarray(self.scale)
        return z @ np.asarray(self.weights) + self.bias

    def question_log_odds(self, rows: np.ndarray, probs: np.ndarray) -> float:
        """The question model's log-odds that the pool answers the question, before any lift."""
        assert self.question is not None
        return float(self.question.log_odds(question_features(rows, probs)[None, :])[0])

    def question_score(self, rows: np.ndarray, probs: np.ndarray, lift: float = 0.0) -> float:
        """The question model's probability that the pool answers the question, lifted by ``lift`` log-odds."""
        return float(1.0 / (1.0 + np.exp(-(self.question_log_odds(rows, probs) + lift))))

    def outline_lift(self, log_odds: Sequence[float]) -> float:
        """How far an outline's questions are lifted: its median question log-odds below the calibration
        outlines' (0 for an outline too short for a reliable median, or one scoring as high or higher)."""
        if self.question is None or self.question.center is None or len(log_odds) < MIN_OUTLINE_QUESTIONS:
            return 0.0
        return max(0.0, self.question.center - float(np.median(log_odds)))

    def kept(self, probs: np.ndarray, best: int | None = None) -> np.ndarray:
        """Which sentences a question the pool answers keeps: its ``best`` one (default: the top-scored) and
        any other at ``threshold`` or above."""
        keep = probs >= self.threshold
        if len(probs):
            keep[int(np.argmax(probs)) if best is None else best] = True
        return keep

    def as_json(self) -> dict[str, object]:
        """The stored form (answer_weights.json)."""
        out: dict[str, object] = {
            "features": list(self.feature_names),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
        }
        if self.question is not None:
            q = self.question
            out["question"] = {
                "features": list(QUESTION_FEATURES),
                "mean": list(q.mean),
                "scale": list(q.scale),
                "weights": list(q.weights),
                "bias": q.bias,
                "threshold": q.threshold,
                "center": q.center,
            }
        if self.closeness is not None:
            out["closeness"] = self.closeness.as_json()
        return out


def question_features(rows: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """QUESTION_FEATURES of one question from its candidates' FEATURES rows and sentence scores."""
    if not len(probs):
        return np.zeros(len(QUESTION_FEATURES))
    top = np.sort(probs)[::-1][:3]
    best = int(np.argmax(probs))
    cos = rows[:, FEATURES.index("cos_titled")]
    values = {
        "best": float(top[0]),
        "top3": float(top.mean()),
        "unseen": float(rows[0, FEATURES.index("unseen")]),
        "best_key_terms": float(rows[:, FEATURES.index("key_terms")].max()),
        "rival_best": float(rows[best, FEATURES.index("rival")]),
        # closeness in meaning alone, which survives an outline worded unlike the contributions: the closest
        # sentence, and how far it stands out from the pool's ten closest (an answer is an outlier; a pool that
        # only shares the topic is flat)
        "best_cos": float(cos.max()),
        "peak": float(cos.max() - np.sort(cos)[::-1][:10].mean()),
    }
    return np.array([values[k] for k in QUESTION_FEATURES])


# an outline needs this many questions for its median question score to say how it is worded
MIN_OUTLINE_QUESTIONS = 8


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


def _model(data: dict[str, object], features: Sequence[str], path: Path) -> AnswerModel:
    if list(data["features"]) != list(features):  # type: ignore[call-overload]
        raise ValueError(f"{path} was fitted on features {data['features']}, not {list(features)}: recalibrate")
    return AnswerModel(
        tuple(data["mean"]),  # type: ignore[arg-type]
        tuple(data["scale"]),  # type: ignore[arg-type]
        tuple(data["weights"]),  # type: ignore[arg-type]
        float(data["bias"]),  # type: ignore[arg-type]
        float(data["threshold"]),  # type: ignore[arg-type]
        center=float(data["center"]) if data.get("center") is not None else None,  # type: ignore[arg-type, attr-defined]
    )


def _stored(data: dict[str, object], path: Path) -> AnswerModel:
    closeness = Closeness.from_json(data["closeness"]) if "closeness" in data else None  # type: ignore[arg-type]
    names = FEATURES + (LEARNED,) if closeness is not None else FEATURES
    sentence = replace(_model(data, names, path), closeness=closeness)
    if "question" in data:
        return replace(sentence, question=_model(data["question"], QUESTION_FEATURES, path))  # type: ignore[arg-type]
    return sentence


@lru_cache(maxsize=4)
def load_model(path: Path = WEIGHTS, embedding: str | None = None) -> AnswerModel:
    """The calibrated model stored beside this module (with its question-level model when fitted).

    ``embedding`` is the identity of the embedder whose vectors the drafter scores: the model reading the learned
    closeness when its weights were fitted on that embedder, else the one stored without it
    (``"without_closeness"``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if "closeness" in data and not Closeness.from_json(data["closeness"]).fits(embedding):
        if "without_closeness" not in data:
            raise ValueError(f"{path} holds no model for the embedding {embedding!r}: recalibrate")
        data = data["without_closeness"]
    return _stored(data, path)
