"""The scope explorer: topics contributions raise that no outline section covers.

Passages far from every section's purpose and guiding questions are grouped by meaning; each group
with enough substance becomes a proposal: its keywords (noun phrases the group's passages use, rare in the
workspace, never a name of a contributor, organisation, country or file, nor a proper noun), a proposed
section title and guiding questions from them, the contributors who raised it and the passages' text.
The grouping is offline; with an LLM configured, :func:`write_with_llm` words each proposal (title, purpose,
questions) from its passages, and the keyword proposal stands whenever the answer cannot be used.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from pipeline.atomic import replacing
from pipeline.drafting.drafters.extractive import looks_like_instruction
from pipeline.drafting.drafters.llm import neutralise
from pipeline.drafting.drafters.llm_output import message_text
from pipeline.drafting.outline import Outline, SectionSpec, new_section_id
from pipeline.index.lexical import STOPWORDS, tokenize
from pipeline.index.workspace_index import Index
from pipeline.prompts import load_prompt

VECTORS_FILE = "scope_vectors.npz"  # bare-text vectors of the chunks, kept between runs
_JSON = re.compile(r"\{.*\}", re.DOTALL)

# Words every contribution here uses; they name no topic of their own.
DOMAIN_WORDS = frozenset(tokenize("micro-credential micro credential credentials qualification learning learner"))


@dataclass(frozen=True)
class ScopeSettings:
    """When a passage counts as outside the outline, and what makes a topic."""

    max_similarity: float = 0.45  # best cosine to any section query below this: not covered
    group_similarity: float = 0.5  # passages at least this close (on average) join one topic
    min_passages: int = 2
    min_words: int = 15
    keywords: int = 4


@dataclass(frozen=True)
class ScopeProposal:
    """A topic outside the outline, with who raised it and a proposed section."""

    topic: str
    keywords: tuple[str, ...]
    proposed_title: str
    questions: tuple[str, ...]
    passages: tuple[dict[str, str], ...]
    contributors: tuple[str, ...] = field(default_factory=tuple)
    purpose: str = ""  # written by the LLM; empty for the keyword proposal
    written_by: str = "keywords"  # or the LLM spec that worded it

    def as_json(self) -> dict[str, Any]:
        """The shape of ``guidelines scope --json``."""
        return {
            "topic": self.topic,
            "keywords": list(self.keywords),
            "proposed_title": self.proposed_title,
            "questions": list(self.questions),
            "contributors": list(self.contributors),
            "passages": list(self.passages),
            "purpose": self.purpose,
            "written_by": self.written_by,
        }

    def section(self, existing: set[str]) -> SectionSpec:
        """The proposal as an outline section with an id not yet taken."""
        sid = new_section_id(self.proposed_title, existing)
        purpose = self.purpose or (
            f"Cover what contributors raise about {', '.join(self.keywords[:3])}, which no section covers yet."
        )
        return SectionSpec(
            id=sid, title=self.proposed_title, audience="system", purpose=purpose, questions=self.questions
        )


def _queries(outline: Outline) -> list[str]:
    return [q for s in outline.sections for q in (f"{s.title}. {s.purpose}", *s.questions)]


def bare_vectors(index: Index, chunks: list) -> np.ndarray:
    """Vectors of the chunks' bare text, embedding only chunks not seen by an earlier run.

    The stored Chroma vectors carry each chunk's title and contributor header, which pulls a contributor's
    passages together and towards the outline (tried: the sample's certificate-authenticity topic disappears),
    so the explorer embeds the bare text. Those vectors are kept in the workspace (``scope_vectors.npz``, for
    one embedding), so a second run, or one after adding a few files, embeds only what is new.
    """
    path = index.root / VECTORS_FILE
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["embedding"]) == index.embedding:
                    known = dict(zip(data["ids"].tolist(), data["vectors"], strict=True))
        except (OSError, ValueError, KeyError):  # a damaged cache is rebuilt
            known = {}
    missing = [c for c in chunks if c.chunk_id not in known]
    if missing:
        fresh = index.embedder.embed([c.text for c in missing])
        known.update(zip((c.chunk_id for c in missing), fresh, strict=True))
    vectors = np.stack([known[c.chunk_id] for c in chunks]).astype(np.float32)
    if missing or len(known) != len(chunks):  # keep exactly the current chunks, written atomically
        with replacing(path, suffix=".npz") as tmp:  # np.savez adds .npz to a name without it
            np.savez(
                tmp, ids=np.array([c.chunk_id for c in chunks]), vectors=vectors, embedding=np.array(index.embedding)
            )
    return vectors


# File formats are how a passage was sent, not what it is about ("pdf" named a topic once).
FORMAT_WORDS = frozenset(
    "pdf docx doc pptx ppt xlsx xls csv txt md html htm odt odp rtf eml png jpg jpeg email www http https".split()
)
# Words after which a noun phrase begins: articles, possessives, prepositions.
_OPENERS = frozenset(
    "the a an of for on in with our their its this these those from about by between into under over across "
    "through per each every some many several such".split()
)
# Words that end a noun phrase rather than head one: verb forms and adverbs (no tagger offline, so by ending).
_NOT_A_HEAD = re.compile(r"(?:ing|ed|ly)$")
# Nouns of fixed prepositional phrases ("on behalf of", "in terms of", "for example"): no topic.
IDIOM_NOUNS = frozenset("behalf terms order view case addition example respect regard part line favour favor".split())
_PHRASE_BREAK = re.compile(r"[^\w\s'’-]+|\s[-–]\s")


def name_words(index: Index) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """What a proposal must never be named from: the words of people's, countries' and regions' names (each word
    banned), and the word sets of organisations' and files' names ("Universities of Applied Sciences",
    "brief_morocco_recognition.pdf"), where a phrase made only of one such name's words is banned (their words
    on their own, "quality" or "recognition", stay usable)."""
    words: set[str] = set()
    names: set[frozenset[str]] = set()
    for source in index.manifest.sources():
        meta = source.meta
        for field_ in ("contributor", "country", "region"):
            words |= {w.lower() for w in re.findall(r"[\w'’-]+", meta.get(field_) or "")}
        for name in (meta.get("organisation") or "", Path(source.file).stem):
            names.add(frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", name)) - STOPWORDS)
    return frozenset(words) - STOPWORDS, tuple(n for n in names if n)


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """Words the texts write capitalised inside a sentence at least as often as not: names of people, places,
    bodies and products, and acronyms ("Gulf", "MOVR"). A proposal is named from common nouns only."""
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:])\s+|\n+", text):
            for n, word in enumerate(re.findall(r"[A-Za-z][\w'’-]*", sentence)):
                if n == 0:
                    continue  # a sentence's first word is capitalised whatever it is
                (upper if word[0].isupper() else lower)[word.lower()] += 1
    return frozenset(w for w, k in upper.items() if k >= lower[w])


def noun_phrases(text: str, banned: frozenset[str]) -> list[str]:
    """Candidate noun phrases as the passage writes them ("solar water heaters", "agricultural machinery") and
    their parts ("water heaters", "heaters").

    Offline and without a tagger, a candidate is up to three content words of a run that opens right after an
    article, possessive or preposition and ends at a function word or punctuation (at most four words on), never
    ending on a verb form nor holding an adverb. None holds a banned word (names, formats), a number, or the
    domain's own words.
    """
    phrases: list[str] = []
    for segment in _PHRASE_BREAK.split(text):
        words = segment.split()
        for n, opener in enumerate(words[:-1]):
            if opener.lower() not in _OPENERS:
                continue
            run: list[str] = []
            for word in words[n + 1 : n + 5]:
                clean = word.strip("'’-").lower()
                if not clean.isalpha() or clean in STOPWORDS or len(clean) < 3:
                    break
                run.append(clean)
            # a run may go on into a verb without a telling ending ("the energy transition needs"): every part of
            # it is a candidate, and what the group's passages share wins in scoring
            for size in range(min(len(run), 3), 0, -1):
                for start in range(len(run) - size + 1):
                    part = run[start : start + size]
                    if (
                        _NOT_A_HEAD.search(part[-1])
                        or any(w.endswith("ly") for w in part)
                        or any(w in banned or any(t in DOMAIN_WORDS for t in tokenize(w)) for w in part)
                    ):
                        continue
                    phrases.append(" ".join(part))
    return phrases


def _name_topic(texts: list[str], banned: frozenset[str], names, doc_freq, total: int, keep: int) -> list[str]:
    """The group's most telling noun phrases: in more of its passages, rarer in the workspace, longer; none
    repeating a word of a better one, none made only of an organisation's or a file's name."""
    found: dict[str, int] = Counter(
        p
        for text in texts
        for p in set(noun_phrases(text, banned))
        if not any(set(p.split()) <= name for name in names)
    )
    group = len(texts)

    def score(phrase: str) -> float:
        words = phrase.split()
        rarity = sum(math.log((total + 1) / (doc_freq(t) + 1)) for w in words for t in tokenize(w)) / len(words)
        return found[phrase] / group * rarity * (1 + 0.5 * (len(words) - 1))

    # what several of the group's passages say names the group; phrases said once only when nothing is shared
    shared = [p for p in found if found[p] >= 2]
    once = [p for p in found if found[p] < 2]
    chosen: list[str] = []
    used: set[str] = set()
    for phrase in sorted(shared or once, key=lambda p: (-score(p), p)):
        if used & set(phrase.split()):
            continue
        chosen.append(phrase)
        used |= set(phrase.split())
        if len(chosen) == keep:
            break
    return chosen


def explore_scope(index: Index, outline: Outline, settings: ScopeSettings | None = None) -> list[ScopeProposal]:
    """Proposals for topics the contributions raise outside every section, largest first."""
    settings = settings or ScopeSettings()
    every = list(index.manifest.all_chunks())
    people, names = name_words(index)
    banned = people | proper_nouns(c.text for c in every) | FORMAT_WORDS | IDIOM_NOUNS

    def substance(text: str) -> int:
        return sum(1 for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in banned)

    # title and closing slides ("Thank you", a name, an address) say nothing about a topic once names are set aside
    chunks = [c for c in every if substance(c.text) >= settings.min_words and not looks_like_instruction(c.text)]
    if not chunks:
        return []
    queries = index.embedder.embed(_queries(outline))
    vectors = bare_vectors(index, chunks)
    closest = (vectors @ queries.T).max(axis=1)
    outside = [i for i in range(len(chunks)) if closest[i] < settings.max_similarity]
    groups: list[list[int]] = []
    for i in sorted(outside, key=lambda j: closest[j]):  # the farthest passages seed the topics
        for group in groups:
            if float(np.mean(vectors[group] @ vectors[i])) >= settings.group_similarity:
                group.append(i)
                break
        else:
            groups.append([i])
    sources = {s.file: s.meta for s in index.manifest.sources()}
    lexical = index.lexical()
    total = max(len(lexical), 1)
    proposals = []
    for group in sorted(groups, key=len, reverse=True):
        if len(group) < settings.min_passages:
            continue
        texts = [chunks[i].text for i in group]
        keywords = tuple(_name_topic(texts, banned, names, lexical.doc_freq, total, settings.keywords))
        if not keywords:
            continue  # nothing but names (a closing slide, a signature): no topic to propose
        passages = tuple(
            {
                "chunk_id": chunks[i].chunk_id,
                "file": chunks[i].file,
                "location": chunks[i].label,
                "contributor": sources.get(chunks[i].file, {}).get("contributor", ""),
                "country": sources.get(chunks[i].file, {}).get("country", ""),
                "text": chunks[i].text,
            }
            for i in group
        )
        people = tuple(sorted({p["contributor"] or p["file"] for p in passages}))
        title = keywords[0][0].upper() + keywords[0][1:] + (f" and {keywords[1]}" if len(keywords) > 1 else "")
        questions = (
            f"What do contributors propose on {keywords[0]}?",
            f"How do {' and '.join(keywords[:2])} bear on developing and recognising micro-credentials?"
            if len(keywords) > 1
            else f"Which guidance on {keywords[0]} do the guidelines need?",
        )
        proposals.append(ScopeProposal(", ".join(keywords), keywords, title, questions, passages, people))
    return proposals


def write_with_llm(
    proposals: list[ScopeProposal], index: Index, outline: Outline, model: BaseChatModel, spec: str = "llm"
) -> list[ScopeProposal]:
    """Each proposal worded by a chat model from its passages: title, purpose and guiding questions.

    The passages go to the model delimited and neutralised as untrusted data; a proposal whose answer cannot be
    used (no JSON, no title, fewer than two questions) stays as the keywords made it.
    """
    prompt = load_prompt("scope_proposal")
    wanted = [p["chunk_id"] for x in proposals for p in x.passages]
    texts = {cid: chunk.text for cid, chunk in index.manifest.chunks(wanted).items()}
    out = []
    for proposal in proposals:
        passages = "\n".join(
            f'<passage source="{neutralise(p["contributor"] or p["file"])}, {neutralise(p["country"])}">'
            f"{neutralise(texts.get(p['chunk_id'], ''))}</passage>"
            for p in proposal.passages[:8]
        )
        rendered = prompt.render(
            guidelines=neutralise(outline.title),
            sections="; ".join(neutralise(s.title) for s in outline.sections),
            keywords=", ".join(neutralise(k) for k in proposal.keywords),
            contributors=", ".join(neutralise(c) for c in proposal.contributors),
            passages=passages,
        )
        try:
            answer = message_text(model.invoke([SystemMessage(rendered.system), HumanMessage(rendered.user)]))
            match = _JSON.search(answer)
            data = json.loads(match.group(0)) if match else None
        except (ValueError, TypeError):
            data = None
        worded = _worded(data)
        out.append(replace(proposal, **worded, written_by=spec) if worded else proposal)
    return out


def _worded(data: object) -> dict[str, Any] | None:
    """Title, purpose and questions from a model's answer, or None when it is not usable."""
    if not isinstance(data, dict):
        return None
    title = " ".join(str(data.get("title") or "").split())[:120]
    questions = tuple(
        " ".join(q.split()) for q in data.get("questions") or [] if isinstance(q, str) and q.strip().endswith("?")
    )[:4]
    if not title or len(questions) < 2:
        return None
    purpose = " ".join(str(data.get("purpose") or "").split())[:400]
    return {"proposed_title": title, "questions": questions, "purpose": purpose}
