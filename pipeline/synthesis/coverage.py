"""Whose contributions are reflected where: coverage by contribution and by section, and near-duplicates.

Figures come from each section's current revision: a contribution is cited by a section when a sentence
of that revision cites one of its passages. Near-duplicate contributions (the same input sent twice, or in
two formats) are detected from their text and counted once, under the earlier file.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.outline import Outline
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.model import people_of

DUPLICATE_OVERLAP = 0.8  # share of word 5-grams two contributions have in common to count as one
REGIONS = ("EU", "partner", "other")


@dataclass(frozen=True)
class ContributionCoverage:
    """One contribution and where the current drafts cite it."""

    meta: dict[str, str]
    sections: tuple[str, ...]
    sentences: int
    passages: tuple[str, ...]
    duplicate_of: str | None = None

    @property
    def people(self) -> tuple[str, ...]:
        """Whose input it is: each person a joint input names (see ``pipeline.model.people_of``), else its file."""
        return people_of(self.meta.get("contributor", "")) or (self.meta.get("file", ""),)

    def as_json(self) -> dict[str, Any]:
        """The issue's JSON shape, plus the cited passages and each of its contributors."""
        keys = ("file", "title", "contributor", "organisation", "country", "region", "kind", "role")
        return {
            **{k: self.meta.get(k, "") for k in keys},
            "contributors": list(self.people),
            "sections": list(self.sections),
            "sentences": self.sentences,
            "passages": list(self.passages),
            "duplicate_of": self.duplicate_of,
        }


@dataclass(frozen=True)
class SectionCoverage:
    """Who a section's current draft rests on."""

    section_id: str
    revision: int | None
    contributors: tuple[str, ...]
    regions: dict[str, int]
    kinds: dict[str, int]
    roles: dict[str, int]
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The issue's JSON shape, plus kinds, roles and the revision counted."""
        return dict(self.__dict__, contributors=list(self.contributors), warnings=list(self.warnings))


@dataclass(frozen=True)
class Coverage:
    """The whole picture, for the CLI, the app and the Word annex."""

    contributions: tuple[ContributionCoverage, ...]
    sections: tuple[SectionCoverage, ...]
    unused_on_topic: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    def by_contributor(self) -> dict[str, dict[str, list[str]]]:
        """Whose input was used where: each contributor (a person of a joint input counts as one of their own,
        the input listed under each) with their files and the sections citing any of them."""
        out: dict[str, dict[str, list[str]]] = {}
        for c in self.contributions:
            for person in c.people:
                row = out.setdefault(person, {"files": [], "sections": []})
                row["files"].append(c.meta["file"])
                row["sections"].extend(s for s in c.sections if s not in row["sections"])
        return dict(sorted(out.items()))

    def uncited(self) -> list[str]:
        """Files no current draft cites (duplicates count through their original)."""
        return [c.meta["file"] for c in self.contributions if not c.sentences and c.duplicate_of is None]

    def as_json(self) -> dict[str, Any]:
        """``guidelines coverage --json``."""
        return {
            "contributions": [c.as_json() for c in self.contributions],
            "sections": [s.as_json() for s in self.sections],
            "uncited": self.uncited(),
            "contributors": self.by_contributor(),
            "unused_on_topic": list(self.unused_on_topic),
        }


def _shingles(text: str, n: int = 5) -> set[int]:
    words = re.findall(r"\w+", text.lower())
    return {hash(tuple(words[i : i + n])) for i in range(max(len(words) - n + 1, 0))}


def near_duplicates(index: Index) -> dict[str, str]:
    """File -> the earlier file it duplicates (by shared word 5-grams, whatever the formats)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for chunk in index.manifest.all_chunks():
        texts[chunk.file].append(chunk.text)
    sources = sorted(index.manifest.sources(), key=lambda s: (s.ingested_at, s.file))
    grams = {s.file: _shingles(" ".join(texts[s.file])) for s in sources}
    duplicate_of: dict[str, str] = {}
    for i, later in enumerate(sources):
        for earlier in sources[:i]:
            a, b = grams[earlier.file], grams[later.file]
            if earlier.file in duplicate_of or not a or not b:
                continue
            if len(a & b) / min(len(a), len(b)) >= DUPLICATE_OVERLAP:
                duplicate_of[later.file] = earlier.file
                break
    return duplicate_of


def compute_coverage(
    index: Index, outline: Outline, store: DraftStore, searcher: Searcher | None = None, per_query: int = 5
) -> Coverage:
    """Coverage of every contribution and section; with a searcher, on-topic passages no draft uses."""
    sources = {s.file: s.meta for s in index.manifest.sources()}
    duplicate_of = near_duplicates(index)
    for file, meta in sources.items():  # the same bytes submitted again: recorded by ingest, without passages
        if meta.get("duplicate_of") in sources:
            duplicate_of[file] = meta["duplicate_of"]
    canonical = {f: duplicate_of.get(f, f) for f in sources}
    chunk_file = {c.chunk_id: c.file for c in index.manifest.all_chunks()}
    cited_sections: dict[str, set[str]] = defaultdict(set)
    sentence_count: Counter[str] = Counter()
    passages: dict[str, set[str]] = defaultdict(set)
    section_rows: list[SectionCoverage] = []
    cited_anywhere: set[str] = set()
    for section in outline.sections:
        revision = store.current(section.id)
        people: dict[str, dict[str, str]] = {}
        for sentence in revision.sentences() if revision else []:
            files = set()
            for cid in sentence.citations:
                file = chunk_file.get(cid) or (revision.sources.get(cid, {}).get("file") if revision else None)
                if file is None or file not in sources:
                    continue
                file = canonical[file]
                files.add(file)
                passages[file].add(cid)
                cited_anywhere.add(cid)
                for person in people_of(sources[file].get("contributor") or "") or (file,):
                    people[person] = sources[file]  # a joint input's authors are each a contributor
            for file in files:
                sentence_count[file] += 1
                cited_sections[file].add(section.id)
        regions = {r: sum(1 for m in people.values() if m.get("region", "other") == r) for r in REGIONS}
        warnings = []
        if revision is not None and len(people) == 1:
            warnings.append(f"rests on one contributor only ({next(iter(people))})")
        if revision is not None and len(people) > 1 and sum(1 for n in regions.values() if n) == 1:
            only = next(r for r, n in regions.items() if n)
            warnings.append(f"cites contributors from one region only ({only})")
        section_rows.append(
            SectionCoverage(
                section.id,
                revision.number if revision else None,
                tuple(sorted(people)),
                regions,
                dict(Counter(m.get("kind", "") for m in people.values())),
                dict(Counter(m.get("role", "") for m in people.values())),
                tuple(warnings),
            )
        )
    contributions = tuple(
        ContributionCoverage(
            sources[f],
            tuple(s.id for s in outline.sections if s.id in cited_sections[f]),
            sentence_count[f],
            tuple(sorted(passages[f])),
            duplicate_of.get(f),
        )
        for f in sorted(sources)
    )
    unused = _unused_on_topic(searcher, outline, cited_anywhere, per_query) if searcher else ()
    return Coverage(contributions, tuple(section_rows), unused)


def _unused_on_topic(
    searcher: Searcher, outline: Outline, cited: set[str], per_query: int
) -> tuple[dict[str, Any], ...]:
    """Passages that rank near the top for some section's purpose or question yet no draft cites."""
    best: dict[str, dict[str, Any]] = {}
    for section in outline.sections:
        for query in (section.purpose, *section.questions):
            for rank, hit in enumerate(searcher.search(query, k=per_query), start=1):
                if hit.chunk_id in cited:
                    continue
                row = {
                    "chunk_id": hit.chunk_id,
                    "file": hit.file,
                    "location": hit.location,
                    "contributor": hit.contributor,
                    "section_id": section.id,
                    "query": query,
                    "rank": rank,
                }
                if hit.chunk_id not in best or rank < best[hit.chunk_id]["rank"]:
                    best[hit.chunk_id] = row
    return tuple(sorted(best.values(), key=lambda r: (r["rank"], r["file"], r["location"])))


def summarise(coverage: Coverage) -> Sequence[str]:
    """A few lines a coordinator reads first."""
    cited = [c for c in coverage.contributions if c.sentences]
    lines = [f"{len(cited)} of {len(coverage.contributions)} contributions cited in the current drafts"]
    for file in coverage.uncited():
        lines.append(f"never cited: {file}")
    for c in coverage.contributions:
        if c.duplicate_of:
            lines.append(f"duplicate: {c.meta['file']} repeats {c.duplicate_of} (counted once)")
    for s in coverage.sections:
        for w in s.warnings:
            lines.append(f"{s.section_id}: {w}")
    return lines
