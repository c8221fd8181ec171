"""The offline drafter: picks the evidence sentences that best answer each guiding question.

Per question it scores every candidate sentence by meaning (embedding cosine to the question) and
words shared with it, favours passages retrieved for that question, skips near-duplicates (and
cites both sources when two contributors say the same thing), spreads choices across contributors,
and writes one paragraph per question with light attribution. Every sentence is a source's own
sentence, cited; text addressed to machines ("ignore previous instructions ...") is never copied.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.drafting.outline import SectionSpec
from pipeline.drafting.support import split_sentences
from pipeline.index.embeddings import Embedder
from pipeline.index.lexical import tokenize
from pipeline.model import DraftResult, Evidence, Paragraph, SectionEvidence, Sentence

_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|prompt|rule|guideline)s?\b"
    r"|\b(system prompt|as an ai|language model|jailbreak)\b"
    r"|\b(ai|llm|automated|summari[sz]ation|chatbot)\s+(tools?|systems?|assistants?|models?)\b.{0,60}"
    r"\b(must|should|shall|are instructed|please)\b"
    r"|\b(note|message|instructions?)\s+(for|to)\s+(ai|llm|automated|the model|language models?)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(we|our|ours|us|i|my)\b", re.IGNORECASE)
# A finite verb a reported clause needs ("According to X, registers should ..."); a slide bullet without one
# ("One set of standards for all issuers") or an imperative ("Rely on internal QA") is quoted instead.
_FINITE = re.compile(
    r"\b(is|are|was|were|has|have|had|does|do|did|should|must|shall|will|would|can|could|may|might|needs?\s+to|"
    r"remains?|seems?|becomes?|means|requires?|depends?|includes?|allows?|helps?|makes?|takes?|gives?)\b",
    re.IGNORECASE,
)
_DANGLING = re.compile(r"^(this|these|that|those|it|they|such|however|but|also|moreover|therefore)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)])\s+")


def looks_like_instruction(text: str) -> bool:
    """Whether text addresses a machine with instructions (a prompt-injection attempt), not the reader."""
    return bool(_INSTRUCTION.search(text))


@dataclass(frozen=True)
class Candidate:
    """A sentence of one evidence passage that could go into the draft."""

    text: str
    evidence: Evidence
    words: frozenset[str]


def candidates(evidence: Sequence[Evidence]) -> list[Candidate]:
    """Prose sentences of the evidence: not too short or long, not questions, table rows or instructions."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for item in evidence:
        for raw in split_sentences(item.text):
            text = _BULLET.sub("", raw).strip()
            words = text.split()
            if not 6 <= len(words) <= 70 or text.endswith("?") or " | " in text or text.lower() in seen:
                continue
            if text[0].islower() or text[0] in ",;:)]":  # the tail of a sentence cut at a chunk boundary
                continue
            if text.endswith(":") or re.search(r"\b(the following|as follows|below)\b", text, re.IGNORECASE):
                continue  # it points at a list or table that will not come with it
            ended = text[-1] in '.!"”)'
            if not ended and (not item.location.startswith("slide") or len(words) < 8):
                continue  # cut at a chunk boundary, or a heading; slide bullets rarely end with a full stop
            if looks_like_instruction(text):
                continue
            if not ended:
                text += "."
            seen.add(text.lower())
            out.append(Candidate(text, item, frozenset(tokenize(text))))
    return out


def _who(evidence: Evidence, first: bool) -> str:
    name = evidence.contributor or evidence.title or evidence.file
    if not first:
        return f"{name} ({evidence.country})" if evidence.country else name
    org = ", ".join(x for x in (evidence.organisation, evidence.country) if x)
    return f"{name} ({org})" if org else name


class ExtractiveDrafter:
    """The offline default drafter (no LLM): an extractive, attributed first draft."""

    name = "extractive"

    def __init__(
        self,
        embedder: Embedder,
        per_question: int = 3,
        min_similarity: float = 0.35,
        duplicate_similarity: float = 0.86,
    ) -> None:
        self.embedder = embedder
        self.per_question = per_question
        self.min_similarity = min_similarity
        self.duplicate_similarity = duplicate_similarity

    def draft(self, section: SectionSpec, evidence: SectionEvidence, locked: Sequence[Sentence] = ()) -> DraftResult:
        """One paragraph per addressed guiding question, from the best evidence sentences."""
        gap_questions = {g.question for g in evidence.gaps}
        questions = [q for q in section.questions if q not in gap_questions]
        pool = [e for e in evidence.evidence if e.chunk_id not in set(evidence.excluded)]
        cands = candidates(pool)
        if not cands or not questions:
            return DraftResult((), evidence.gaps, backend=self.name)
        vectors = self.embedder.embed([c.text for c in cands])
        locked_vectors = self.embedder.embed([s.quote or s.text for s in locked]) if locked else np.zeros((0, 1))
        query_vectors = self.embedder.embed([f"{section.title}. {q}" for q in questions])
        lowercase_words = {w for c in cands for w in re.findall(r"\b[a-z][a-z-]+\b", c.text)}
        used: list[int] = []
        named: set[str] = set()
        paragraphs: list[Paragraph] = []
        for qi, question in enumerate(questions):
            qwords = set(tokenize(question))
            sims = vectors @ query_vectors[qi]
            scores = []
            for i, c in enumerate(cands):
                overlap = len(qwords & c.words) / max(len(qwords), 1)
                asked = any(r.question == question for r in c.evidence.reasons)
                penalty = 0.05 if _DANGLING.match(c.text) else 0.0
                # a voice the section has not heard yet gets a small lead over one already quoted
                unheard = 0.04 if (c.evidence.contributor or c.evidence.file) not in named else 0.0
                scores.append(float(sims[i]) + 0.25 * overlap + (0.05 if asked else 0.0) + unheard - penalty)
            chosen: list[int] = []
            merged: dict[int, list[int]] = {}
            people: set[str] = set()
            for i in sorted(range(len(cands)), key=lambda j: -scores[j]):
                if len(chosen) >= self.per_question or sims[i] < self.min_similarity:
                    break
                if i in used:
                    continue
                if len(locked_vectors) and float(np.max(locked_vectors @ vectors[i])) >= self.duplicate_similarity:
                    continue
                twin = next(
                    (j for j in chosen + used if float(vectors[i] @ vectors[j]) >= self.duplicate_similarity), None
                )
                if twin is not None:
                    if twin in chosen and cands[i].evidence.contributor != cands[twin].evidence.contributor:
                        merged.setdefault(twin, []).append(i)  # the same point from another voice: cite both
                    continue
                who = cands[i].evidence.contributor or cands[i].evidence.file
                if who in people and any(
                    (cands[j].evidence.contributor or cands[j].evidence.file) not in people
                    and sims[j] >= self.min_similarity
                    and j not in used
                    for j in range(len(cands))
                    if scores[j] > scores[i] - 0.08
                ):
                    continue  # a close alternative from someone not yet heard comes first
                chosen.append(i)
                people.add(who)
            used.extend(chosen)
            sentences = [self._sentence(cands, i, merged.get(i, []), named, lowercase_words) for i in chosen]
            if sentences:
                paragraphs.append(Paragraph(tuple(sentences), theme=question))
        return DraftResult(tuple(paragraphs), evidence.gaps, backend=self.name)

    def _sentence(
        self, cands: list[Candidate], i: int, twins: list[int], named: set[str], lowercase_words: set[str]
    ) -> Sentence:
        main = cands[i]
        voices = [main.evidence] + [cands[j].evidence for j in twins]
        citations = tuple(dict.fromkeys(e.chunk_id for e in voices))
        quote = main.text
        if len(voices) > 1:
            places = sorted({e.country for e in voices if e.country}) or sorted({e.contributor for e in voices})
            lead = f"Contributors from {' and '.join(places)} make the same point"
            quoted = _FIRST_PERSON.search(quote) or not _FINITE.search(quote)
            text = f"{lead}: “{quote}”" if quoted else f"{lead}: {quote}"
        else:
            key = main.evidence.contributor or main.evidence.file
            who = _who(main.evidence, key not in named)
            named.add(key)
            first = quote.split()[0]
            common_word = first[:1].isupper() and first[1:].islower() and first.lower() in lowercase_words
            if _FIRST_PERSON.search(quote) or not common_word or not _FINITE.search(quote):
                # first person, a name, or a fragment or imperative that cannot follow "According to ...,": quote it
                text = f"{who} writes: “{quote}”"
            else:
                text = f"According to {who}, {quote[0].lower() + quote[1:]}"
        return Sentence(text=text, citations=citations, quote=main.text)
