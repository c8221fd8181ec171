"""The scope explorer: topics contributions raise that no outline section covers.

Passages far from every section's purpose and guiding questions are grouped by meaning; each group
with enough substance becomes a proposal: its keywords (words frequent in the group, rare in the
workspace), a proposed section title and guiding questions, and the contributors who raised it.
Offline by design; an LLM could word the proposal better, but the grouping stays the same.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from pipeline.drafters.extractive import looks_like_instruction
from pipeline.index import Index
from pipeline.lexical import STOPWORDS, tokenize
from pipeline.outline import Outline, SectionSpec, new_section_id

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

    def as_json(self) -> dict[str, Any]:
        """The shape of ``guidelines scope --json``."""
        return {
            "topic": self.topic,
            "keywords": list(self.keywords),
            "proposed_title": self.proposed_title,
            "questions": list(self.questions),
            "contributors": list(self.contributors),
            "passages": list(self.passages),
        }

    def section(self, existing: set[str]) -> SectionSpec:
        """The proposal as an outline section with an id not yet taken."""
        sid = new_section_id(self.proposed_title, existing)
        purpose = f"Cover what contributors raise about {', '.join(self.keywords[:3])}, which no section covers yet."
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
    # The bare text is embedded again on purpose: the stored vectors carry each chunk's title and contributor
    # header, which pulls a contributor's passages together and towards the outline (tried: the sample's
    # certificate-authenticity topic disappears). The cost grows with the workspace.
    vectors = index.embedder.embed([c.text for c in chunks])
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
