"""The offline drafter: per guiding question, contributors' own sentences that answer it, each credited to its author.

Attribution is by construction: every sentence quotes or reports exactly one passage and names exactly the
contributor of that passage. When another contributor makes the same point, they get their own sentence with
their own words and citation ("Y (country) makes the same point: '...'"); one wording is never credited to
two people. A sentence is drafted only when the answer model (``answering``) judges that it answers the
question, not merely shares its topic; a question with no such sentence is a gap. Sentences the caller asks
to avoid (used in another section, removed by an editor, quoted in a divergence) are never drafted.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from pipeline.drafting.drafters.answer_type import answers_type
from pipeline.drafting.drafters.answering import FEATURES, AnswerModel, features, load_model
from pipeline.drafting.drafters.candidates import (
    FINITE,
    Candidate,
    candidates,
    first_person,
    is_imperative,
    looks_like_instruction,
)
from pipeline.drafting.drafters.stated_act import states_asked_act
from pipeline.drafting.outline import SectionSpec
from pipeline.index.embeddings import Embedder, embed_cached
from pipeline.model import DraftResult, Evidence, Gap, Paragraph, SectionEvidence, Sentence, verb_for

__all__ = ["Candidate", "ExtractiveDrafter", "candidates", "looks_like_instruction", "quote_key", "FINITE"]
_FINITE = FINITE  # kept for callers that import the old private name
# The start of a gap's note when the question's best answer is quoted elsewhere in the draft (under another
# question, in another section, or in a point of divergence) and no other passage answers it.
ANSWERED_ELSEWHERE = "its best answer is already quoted elsewhere in this draft"
# How much closer (cosine) the question's best sentence must be to another question of the outline for the
# question to count as unanswered: that sentence answers the other question. Cross-validated on the labelled sets,
# as written and reworded (BENCHMARKS.md section 22): 0.15 made more unanswerable questions gaps at almost no cost
# in answerable ones; margins of 0.10 or less cost many.
OUTLINE_RIVAL_MARGIN = 0.15


def quote_key(text: str) -> str:
    """A sentence's wording for comparison: case, spacing, quotes and final punctuation do not count."""
    text = text.replace("“", "").replace("”", "").replace('"', "").replace("’", "'")
    return " ".join(text.casefold().split()).rstrip(".;:!")


def is_taken(text: str, avoid: Collection[str]) -> bool:
    """Whether ``text`` is (part of) or contains a wording in ``avoid`` (keys made by :func:`quote_key`)."""
    key = quote_key(text)
    return any(key == a or (len(a) >= 25 and a in key) or (len(key) >= 25 and key in a) for a in avoid)


def _who(evidence: Evidence, first: bool) -> str:
    name = evidence.contributor or evidence.title or evidence.file
    if not first:
        return f"{name} ({evidence.country})" if evidence.country else name
    org = ", ".join(x for x in (evidence.organisation, evidence.country) if x)
    return f"{name} ({org})" if org else name


def _voice(c: Candidate) -> str:
    return c.evidence.contributor or c.evidence.file


class ExtractiveDrafter:
    """The offline default drafter (no LLM): an extractive, attributed first draft that abstains when unsure."""

    name = "extractive"

    def __init__(
        self,
        embedder: Embedder,
        per_question: int = 3,
        duplicate_similarity: float = 0.86,
        model: AnswerModel | None = None,
    ) -> None:
        self.embedder = embedder
        self.per_question = per_question
        self.duplicate_similarity = duplicate_similarity
        # the stored model reads the learned closeness only from the embedder it was fitted on
        self.model = model or load_model(embedding=getattr(embedder, "identity", None))
        # how far this outline's questions are lifted (AnswerModel.outline_lift), set by read_outline
        self.lift = 0.0
        # every question of the outline and its vector, set by read_outline
        self._outline: tuple[list[str], np.ndarray] | None = None
        # a section's scored pool, by what it depends on: read_outline and every drafting round reuse it
        self._pools: dict[tuple, tuple] = {}

    @property
    def answer_bar(self) -> float:
        """The score a sentence must reach to answer a question on its own (the sentence model's threshold)."""
        return self.model.threshold

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        # shared with the citation check, which scores the same sentences: each is embedded once per process
        return embed_cached(self.embedder, texts) if texts else np.zeros((0, 1))

    def read_outline(self, sections: Sequence[tuple[SectionSpec, SectionEvidence]]) -> None:
        """Score every question of the outline before any is decided: an outline worded unlike the
        contributions scores lower throughout, and without a lift most of its answerable questions would become
        gaps (eval/calibrate_answers.py measures this on reworded outlines)."""
        asked = [q for section, _evidence in sections for q in section.questions]
        self._outline = (asked, self._embed(asked)) if asked else None
        if self.model.question is None:
            return
        log_odds = [
            self.model.question_log_odds(rows, probs)
            for section, evidence in sections
            for _question, rows, probs in self._scored(section, evidence)[2]
            if len(probs)
        ]
        self.lift = self.model.outline_lift(log_odds)

    def _better_fit(self, question: str, vector: np.ndarray) -> str | None:
        """The question of the outline that a sentence (``vector``) fits clearly better than ``question``, if any."""
        if self._outline is None or question not in self._outline[0]:
            return None
        asked, asked_vectors = self._outline
        closeness = asked_vectors @ vector
        own = asked.index(question)
        others = [k for k, q in enumerate(asked) if q != question]
        if not others:
            return None
        best = max(others, key=lambda k: closeness[k])
        return asked[best] if closeness[best] - closeness[own] >= OUTLINE_RIVAL_MARGIN else None

    def _scored(
        self, section: SectionSpec, evidence: SectionEvidence
    ) -> tuple[list[Candidate], np.ndarray, list[tuple[str, np.ndarray, np.ndarray]]]:
        """The candidates of ``section``'s pool, their vectors, and (question, FEATURES rows, sentence scores)
        for each question its evidence does not already make a gap."""
        key = (
            section.title,
            tuple(section.questions),
            tuple(e.chunk_id for e in evidence.evidence),
            tuple(evidence.excluded),
            tuple(g.question for g in evidence.gaps),
        )
        if key not in self._pools:
            if len(self._pools) > 256:  # a long-lived drafter (the app) does not grow without bound
                self._pools.clear()
            self._pools[key] = self._score_pool(section, evidence)
        return self._pools[key]

    def _score_pool(
        self, section: SectionSpec, evidence: SectionEvidence
    ) -> tuple[list[Candidate], np.ndarray, list[tuple[str, np.ndarray, np.ndarray]]]:
        gap_questions = {g.question for g in evidence.gaps}
        questions = [q for q in section.questions if q not in gap_questions]
        pool = [e for e in evidence.evidence if e.chunk_id not in set(evidence.excluded)]
        cands = candidates(pool)
        if not cands or not questions:
            return cands, np.zeros((0, 1)), []
        vectors = self._embed([c.text for c in cands])
        query_vectors = self._embed(list(questions) + [f"{section.title}. {q}" for q in questions])
        # every question of the section, gaps included, is a rival another question's sentences may fit better
        asked = list(section.questions)
        asked_vectors = self._embed(asked)
        passages = [e.text for e in pool]
        scored = []
        for qi, question in enumerate(questions):
            rivals = asked_vectors[[k for k, q in enumerate(asked) if q != question]]
            rows = features(
                question, query_vectors[qi], query_vectors[len(questions) + qi], cands, vectors, passages, rivals
            )
            rows = self.model.extend(rows, query_vectors[qi], vectors)
            scored.append((question, rows, self.model.probability(rows)))
        return cands, vectors, scored

    def draft(
        self,
        section: SectionSpec,
        evidence: SectionEvidence,
        locked: Sequence[Sentence] = (),
        avoid: Collection[str] = (),
    ) -> DraftResult:
        """One paragraph per guiding question answered by the evidence; the others become gaps."""
        return self.draft_scored(section, evidence, locked, avoid)[0]

    def draft_scored(
        self,
        section: SectionSpec,
        evidence: SectionEvidence,
        locked: Sequence[Sentence] = (),
        avoid: Collection[str] = (),
        removed: Collection[str] = (),
        settled: Collection[str] = (),
    ) -> tuple[DraftResult, dict[str, float]]:
        """The draft, and for each drafted wording (:func:`quote_key`) how well it answers its question.

        ``removed`` (wordings an editor took out of this section, also in ``avoid``) are never drafted and never
        count as a question's answer "held elsewhere". ``settled`` questions are answered by a point of divergence
        that quotes their answers: they keep only sentences that answer on their own (no best-of-the-rest).
        """
        cands, vectors, scored = self._scored(section, evidence)
        if not scored:
            return DraftResult((), evidence.gaps, backend=self.name), {}
        locked_vectors = self._embed([s.quote or s.text for s in locked])
        avoid_keys = {quote_key(a) for a in avoid} | {quote_key(s.quote or s.text) for s in locked}
        blocked = {i for i, c in enumerate(cands) if is_taken(c.text, avoid_keys)}
        removed_keys = {quote_key(a) for a in removed}
        gone = [i for i, c in enumerate(cands) if is_taken(c.text, removed_keys)]
        blocked.update(gone)
        # a first word also seen in lower case elsewhere is a common word, not a name ("Europass")
        lowercase = {w for c in cands for w in re.findall(r"\b[a-z][a-z-]+\b", c.text)}
        # each sentence answers once, where it answers best: a question whose best answer an earlier question of
        # the section holds, though it answers that one worse, takes it back, and the earlier one drafts again
        # without it (a few rounds, as the sections themselves do across the draft)
        given_up: dict[str, set[int]] = {}
        probs_of = {question: probs for question, _rows, probs in scored}
        for _ in range(3):
            paragraphs, gaps, scores, holder, wanted = self._answer(
                cands, vectors, locked_vectors, scored, blocked, gone, settled, lowercase, given_up
            )
            moved = False
            for question, top in wanted:
                earlier = holder.get(top)
                if earlier is None or earlier == question or top in given_up.get(earlier, set()):
                    continue
                if probs_of[question][top] > probs_of[earlier][top]:
                    given_up.setdefault(earlier, set()).add(top)
                    moved = True
            if not moved:
                break
        all_gaps = tuple(evidence.gaps) + tuple(gaps)
        return DraftResult(tuple(paragraphs), all_gaps, backend=self.name), scores

    def _answer(
        self,
        cands: list[Candidate],
        vectors: np.ndarray,
        locked_vectors: np.ndarray,
        scored: list[tuple[str, np.ndarray, np.ndarray]],
        blocked: set[int],
        gone: list[int],
        settled: Collection[str],
        lowercase: set[str],
        given_up: dict[str, set[int]],
    ) -> tuple[list[Paragraph], list[Gap], dict[str, float], dict[int, str], list[tuple[str, int]]]:
        """One round of answering the section's questions in order: their paragraphs and gaps, each drafted
        wording's score, which question holds each candidate, and the questions left gaps because an earlier
        question holds their best answer (with that answer). ``given_up``: candidates a question may not take."""
        used: set[int] = set()
        holder: dict[int, str] = {}
        wanted: list[tuple[str, int]] = []
        named: set[str] = set()
        paragraphs: list[Paragraph] = []
        gaps: list[Gap] = []
        scores: dict[str, float] = {}
        for question, rows, probs in scored:
            live = probs.copy()
            live[gone] = -1.0  # what an editor removed is no answer held elsewhere
            top = int(np.argmax(live)) if len(live) else -1
            chosen: list[int] = []
            twins: dict[int, list[int]] = {}
            answered = self.model.answered(rows, probs, self.lift) or self._states_act(question, rows, live, cands)
            rival = self._better_fit(question, vectors[top]) if answered and top >= 0 else None
            if rival is not None:  # the best sentence answers another question of the outline: not this one
                answered = False
            # a "how long / how often / how much" question is answered only by a value of the kind it asks for
            # (a duration, a frequency, a sum, a share, a count) or by denying one ("no minimum")
            untyped = {i for i, c in enumerate(cands) if not answers_type(question, c.text)}
            if answered:
                chosen, twins = self._choose(
                    cands,
                    vectors,
                    locked_vectors,
                    probs,
                    used | blocked | untyped | given_up.get(question, set()),
                    -1 if question in settled else top,
                )
            if not chosen:
                best = float(probs.max()) if len(probs) else 0.0
                if question in settled:
                    note = f"{ANSWERED_ELSEWHERE} (in the point of divergence on this question)"
                elif rival is not None:
                    note = (
                        f"no contribution answers this question: its closest passage (\u201c{cands[top].text}\u201d) "
                        f"answers another question of the outline (\u201c{rival}\u201d)"
                    )
                elif answered and top >= 0 and top in used | blocked | given_up.get(question, set()):
                    if top in holder and top not in untyped:
                        wanted.append((question, top))
                    note = (
                        f"{ANSWERED_ELSEWHERE} ({_who(cands[top].evidence, True)}: "
                        f"\u201c{cands[top].text}\u201d); no other passage answers it"
                    )
                else:
                    note = (
                        "no contribution answers this question: the closest passages share its topic without "
                        f"answering it (best answer score {best:.2f})"
                    )
                gaps.append(Gap(question, note))
                continue
            sentences: list[Sentence] = []
            for i in chosen:
                sentences.append(self._sentence(cands[i], named, lowercase, same_point=False))
                scores[quote_key(cands[i].text)] = float(probs[i])
                for j in twins.get(i, []):
                    sentences.append(self._sentence(cands[j], named, lowercase, same_point=True))
                    scores[quote_key(cands[j].text)] = float(probs[j])
            used.update(chosen)
            used.update(j for i in chosen for j in twins.get(i, []))
            holder.update((i, question) for i in chosen)
            holder.update((j, question) for i in chosen for j in twins.get(i, []))
            paragraphs.append(Paragraph(tuple(sentences), theme=question))
        return paragraphs, gaps, scores, holder, wanted

    @staticmethod
    def _states_act(question: str, rows: np.ndarray, live: np.ndarray, cands: list[Candidate]) -> bool:
        """Whether the pool's best sentence by the model and its closest in meaning to the question (one sentence or
        two) both take a position on the very act a yes/no or "how should" question asks about (``stated_act``):
        the question is then answered, however differently the rest of the sentences is worded. Both rankings
        must agree that the pool's first sentence speaks of the act, so a lone sentence the model ranks first,
        with a closer one about something else, leaves the question to the model."""
        if not len(live) or float(live.max()) < 0:
            return False
        top = int(np.argmax(live))
        closest = int(np.argmax(rows[:, FEATURES.index("cos_question")]))
        if not states_asked_act(question, cands[top].text):
            return False
        return closest == top or states_asked_act(question, cands[closest].text)

    def _choose(
        self,
        cands: list[Candidate],
        vectors: np.ndarray,
        locked_vectors: np.ndarray,
        probs: np.ndarray,
        unavailable: set[int],
        top: int | None = None,
    ) -> tuple[list[int], dict[int, list[int]]]:
        """The best answering sentences, one voice before the next; same points by others become twins."""
        threshold = self.model.threshold
        ranked = [int(i) for i in np.argsort(-probs) if int(i) not in unavailable]
        # the question-level model has judged the pool to answer the question: its best candidate still free
        # (another question, an accepted sentence or a point of divergence may hold the very best) is kept even
        # below the sentence threshold; the rest must reach the threshold on their own
        # ... unless a better one is held elsewhere: the best still free is then a substitute, often on the topic
        # without answering, and must reach the threshold like any other
        if ranked and self.model.question is not None and ranked[0] == (int(np.argmax(probs)) if top is None else top):
            keep = self.model.kept(probs, best=ranked[0])
        else:
            keep = probs >= threshold
        order = [i for i in ranked if keep[i]]
        chosen: list[int] = []
        twins: dict[int, list[int]] = {}
        voices: set[str] = set()
        for i in order:
            if len(chosen) >= self.per_question:
                break
            if len(locked_vectors) and float(np.max(locked_vectors @ vectors[i])) >= self.duplicate_similarity:
                continue  # an accepted sentence already says this
            twin = next((j for j in chosen if float(vectors[i] @ vectors[j]) >= self.duplicate_similarity), None)
            if twin is not None:
                if _voice(cands[i]) not in voices and not twins.get(twin):
                    twins.setdefault(twin, []).append(i)  # the same point from another voice, in their own words
                    voices.add(_voice(cands[i]))
                continue
            if _voice(cands[i]) in voices and any(
                _voice(cands[j]) not in voices and probs[j] > probs[i] - 0.1 for j in order if j not in chosen
            ):
                continue  # a close alternative from someone not yet heard comes first
            chosen.append(i)
            voices.add(_voice(cands[i]))
        return chosen, twins

    @staticmethod
    def _sentence(c: Candidate, named: set[str], lowercase: set[str], same_point: bool) -> Sentence:
        """``c`` credited to its own author only: reported when it reads as a clause, quoted otherwise."""
        key = _voice(c)
        who = _who(c.evidence, key not in named)
        named.add(key)
        quote = c.text
        closing = "" if quote[-1] in ".!" else "."
        if same_point:
            text = f"{who} {verb_for(key, 'makes')} the same point: “{quote}”{closing}"
        elif c.lead:  # an item of the contributor's list of demands, under the list's own verb
            verb, _, rest = c.lead.partition(" ")  # "writes that the guidelines should"
            text = f"{who} {verb_for(key, verb)} {rest}: “{quote}”{closing}"
        else:
            first = quote.split()[0]
            plain_word = first[:1].isupper() and first[1:].islower() and first.lower() in lowercase
            if first_person(quote) or is_imperative(quote) or not plain_word or not FINITE.search(quote):
                # first person, a name, an instruction or a verbless slide line cannot follow "According to X,"
                text = f"{who} {verb_for(key, 'writes')}: “{quote}”{closing}"
            else:
                text = f"According to {who}, {quote[0].lower() + quote[1:]}{closing}"
        return Sentence(text=text, citations=(c.evidence.chunk_id,), quote=quote)
