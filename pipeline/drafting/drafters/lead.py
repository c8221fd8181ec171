"""The lead sentence of a paragraph: what the evidence on its question shows, built from counts only.

It says how many contributors the paragraph cites, from which regions, and whether they take different
positions on a point of divergence of the section (pointing to it). It names no contributor or country,
makes no claim of its own, cites every passage of its paragraph and is marked ``kind="summary"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from pipeline.model import Paragraph, Sentence

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_REGIONS = {"eu": ("an EU member state", "EU member states"), "partner": ("a partner country", "partner countries")}


def _count(n: int) -> str:
    return _WORDS[n] if n < len(_WORDS) else str(n)


def _regions(regions: Sequence[str]) -> str:
    """'two from EU member states and one from a partner country' (unknown regions are counted as such)."""
    counts: dict[str, int] = {}
    for region in regions:
        key = region.strip().casefold()
        counts[key if key in _REGIONS else ""] = counts.get(key if key in _REGIONS else "", 0) + 1
    parts = []
    for key in ("eu", "partner"):
        if counts.get(key):
            one, many = _REGIONS[key]
            parts.append(f"{_count(counts[key])} from {one if counts[key] == 1 else many}")
    if counts.get(""):
        parts.append(f"{_count(counts[''])} whose region is not recorded")
    return " and ".join(parts) if len(parts) < 3 else ", ".join(parts[:-1]) + " and " + parts[-1]


def divergent_voices(points: Sequence[Any]) -> list[list[set[str]]]:
    """For each divergence point, the contributors of each of its sides."""
    out = []
    for d in points:
        out.append([{s["contributor"] or s["file"] for s in p.sources()} for p in d.positions])
    return out


def lead_sentence(
    paragraph: Paragraph, sources: Mapping[str, Mapping[str, str]], sides: Sequence[list[set[str]]] = ()
) -> Sentence | None:
    """The summary that opens ``paragraph``, or None when it cites nothing ``sources`` knows.

    ``sources`` maps chunk id to its passage fields (contributor, region, ...); ``sides`` comes from
    :func:`divergent_voices`. The paragraph's contributors "take different positions" only when two of them
    stand on different sides of one point.
    """
    cited = list(dict.fromkeys(c for s in paragraph.sentences if s.kind == "evidence" for c in s.citations))
    known = [c for c in cited if c in sources]
    if not known:
        return None
    people: dict[str, str] = {}
    for cid in known:
        src = sources[cid]
        people.setdefault(src.get("contributor") or src.get("file", cid), src.get("region", ""))
    n = len(people)
    regions = _regions(list(people.values()))
    if n == 1:
        text = f"One contributor, {regions.removeprefix('one ')}, addresses this question."
    else:
        text = f"{_count(n).capitalize()} contributors address this question, {regions}"
        differ = any(
            sum(1 for side in point if side & set(people)) >= 2 for point in sides
        )  # two of them on different sides of one point
        text += (
            "; they take different positions (see the points of divergence below)."
            if differ
            else "; no divergence between them was found."
        )
    return Sentence(text=text, citations=tuple(known), kind="summary")


def with_leads(
    paragraphs: Sequence[Paragraph], sources: Mapping[str, Mapping[str, str]], sides: Sequence[list[set[str]]] = ()
) -> tuple[Paragraph, ...]:
    """Each question's paragraph opened by its lead sentence (paragraphs that already have one are left alone)."""
    out = []
    for paragraph in paragraphs:
        lead = (
            None if any(s.kind == "summary" for s in paragraph.sentences) else lead_sentence(paragraph, sources, sides)
        )
        out.append(replace(paragraph, sentences=(lead, *paragraph.sentences)) if lead else paragraph)
    return tuple(out)
