"""The scope explorer: topics contributions raise that no outline section covers.

Passages far from every section's purpose and guiding questions are grouped by meaning; each group
with enough substance becomes a proposal: its keywords (words frequent in the group, rare in the
workspace), a proposed section title and guiding questions, and the contributors who raised it.
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


def _surface_forms(texts: Iterable[str]) -> dict[str, str]:
    """Stem -> the word as the contributions most often write it ("estimat" -> "estimates")."""
    forms: dict[str, Counter[str]] = {}
    for text in texts:
        for word in re.findall(r"[a-z][a-z'-]+", text.lower()):
            stems = tokenize(word)
            if stems:
                forms.setdefault(stems[0], Counter())[word] += 1
    return {stem: counter.most_common(1)[0][0] for stem, counter in forms.items()}


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


def explore_scope(index: Index, outline: Outline, settings: ScopeSettings | None = None) -> list[ScopeProposal]:
    """Proposals for topics the contributions raise outside every section, largest first."""
    settings = settings or ScopeSettings()
    # title and closing slides ("Thank you", a name and a date) are short and say nothing about a topic
    chunks = [
        c
        for c in index.manifest.all_chunks()
        if len(c.text.split()) >= settings.min_words and not looks_like_instruction(c.text)
    ]
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
        counts = Counter(w for i in group for w in set(tokenize(chunks[i].text)))
        scored = {
            w: n * math.log((total + 1) / (lexical.doc_freq(w) + 1))
            for w, n in counts.items()
            if w not in DOMAIN_WORDS and w not in STOPWORDS and len(w) > 2 and not w.isdigit()
        }
        words = _surface_forms(chunks[i].text for i in group)
        keywords = tuple(words.get(w, w) for w in sorted(scored, key=lambda w: (-scored[w], w))[: settings.keywords])
        if not keywords:
            continue
        passages = tuple(
            {
                "chunk_id": chunks[i].chunk_id,
                "file": chunks[i].file,
                "location": chunks[i].label,
                "contributor": sources.get(chunks[i].file, {}).get("contributor", ""),
                "country": sources.get(chunks[i].file, {}).get("country", ""),
            }
            for i in group
        )
        people = tuple(sorted({p["contributor"] or p["file"] for p in passages}))
        title = " and ".join(k.capitalize() for k in keywords[:2])
        questions = (
            f"What do contributors propose on {keywords[0]}?",
            f"How do {' and '.join(keywords[1:3]) or keywords[0]} relate to developing and recognising "
            "micro-credentials?",
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
