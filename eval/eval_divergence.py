"""Score the offline divergence register of a workspace against hand-made gold points.

    python eval/eval_divergence.py WORKSPACE [--gold eval/divergence_gold.yaml] [--json]

A found point matches a gold point when one of its sides holds a contributor of one gold side and another of
its sides holds a contributor of a different gold side; "same section" also asks that the point be found in the
gold point's section (or one of its ``also`` sections), "any section" does not. Precision is the share of found
points that match some gold point; recall the share of gold points matched by some found point.

What a user checks first is reported on its own (any section):
- points found: gold points some found point states;
- mixed sides: sides of a found point that hold contributors of two different sides of the gold point it states
  (someone credited with a view they argue against);
- stray contributors: contributors on a side of a found point whom the gold places on no side of that point
  (credited with a position their contribution does not take on it);
- unmatched points: found points that state no gold point.
A found point that states several gold points is judged against the one whose sides hold most of its
contributors. Prints every found point marked TP or FP, the gold points missed, and the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_GOLD = ROOT / "eval" / "divergence_gold.yaml"


@dataclass(frozen=True)
class GoldPoint:
    """A planted disagreement: its sections, topic and sides (contributor names or file names)."""

    id: str
    sections: tuple[str, ...]
    topic: str
    sides: tuple[frozenset[str], ...]


def load_gold(path: Path = DEFAULT_GOLD) -> list[GoldPoint]:
    """The gold points of ``path`` (see eval/divergence_gold.yaml for the shape)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        GoldPoint(
            p["id"],
            (p["section"], *p.get("also", [])),
            p.get("topic", ""),
            tuple(frozenset(name.casefold() for name in side) for side in p["sides"]),
        )
        for p in data["points"]
    ]


def _side_names(position: dict[str, Any]) -> frozenset[str]:
    """Who holds a found side: contributors and files, case-folded, so a gold side may name either."""
    return frozenset(
        name.casefold() for s in position["sources"] for name in (s.get("contributor") or "", s["file"]) if name
    )


def matches(point: dict[str, Any], gold: GoldPoint, *, same_section: bool) -> bool:
    """Whether a found point (JSON shape of the register) states ``gold``: two of its sides hold contributors of
    two different gold sides."""
    if same_section and point["section_id"] not in gold.sections:
        return False
    held = [_side_names(p) for p in point["positions"]]
    for a, side_a in enumerate(held):
        for b, side_b in enumerate(held):
            if a == b:
                continue
            for x, gold_x in enumerate(gold.sides):
                if side_a & gold_x and any(side_b & gold_y for y, gold_y in enumerate(gold.sides) if y != x):
                    return True
    return False


def _contributors(position: dict[str, Any]) -> frozenset[str]:
    """Who holds a found side, one name each (the contributor, else the file), case-folded."""
    return frozenset((s.get("contributor") or s["file"]).casefold() for s in position["sources"])


def best_gold(point: dict[str, Any], gold: Sequence[GoldPoint]) -> GoldPoint | None:
    """The gold point a found point states whose sides hold most of its contributors (in its section first)."""
    candidates = [g for g in gold if matches(point, g, same_section=False)]
    if not candidates:
        return None
    who = frozenset().union(*(_contributors(p) for p in point["positions"]))

    def held(g: GoldPoint) -> tuple[int, bool]:
        return len(who & frozenset().union(*g.sides)), point["section_id"] in g.sections

    return max(candidates, key=held)


def side_faults(point: dict[str, Any], gold: GoldPoint) -> tuple[list[int], list[str]]:
    """Indices of the point's mixed sides, and its stray contributors, judged against ``gold``.

    A side is mixed when it holds contributors of two gold sides, or a contributor who also stands on another
    side of the same point."""
    mixed, stray = [], []
    placed = frozenset().union(*gold.sides)
    held = [_contributors(p) for p in point["positions"]]
    for n, position in enumerate(point["positions"]):
        names = _side_names(position)
        elsewhere = frozenset().union(*(h for k, h in enumerate(held) if k != n))
        if sum(1 for side in gold.sides if names & side) > 1 or held[n] & elsewhere:
            mixed.append(n)
        stray += sorted(name for name in _contributors(position) if name not in placed and name not in names & placed)
    return mixed, stray


def score(found: Sequence[dict[str, Any]], gold: Sequence[GoldPoint]) -> dict[str, Any]:
    """Precision, recall and per-point matches, for same-section and any-section matching; points found, mixed
    sides, stray contributors and unmatched points."""
    out: dict[str, Any] = {"found": len(found), "gold": len(gold)}
    judged = [best_gold(p, gold) for p in found]
    faults = [side_faults(p, g) if g else ([], []) for p, g in zip(found, judged, strict=True)]
    out["points_found"] = len({g.id for p in found for g in gold if matches(p, g, same_section=False)})
    out["judged_as"] = [g.id if g else None for g in judged]
    out["mixed_sides"] = [[n, side] for n, (sides, _) in enumerate(faults) for side in sides]
    out["stray_contributors"] = [[n, name] for n, (_, names) in enumerate(faults) for name in names]
    out["unmatched"] = [n for n, g in enumerate(judged) if g is None]
    for mode, same in (("same_section", True), ("any_section", False)):
        hits = [[g.id for g in gold if matches(p, g, same_section=same)] for p in found]
        recalled = {gid for ids in hits for gid in ids}
        out[mode] = {
            "precision": sum(1 for ids in hits if ids) / len(found) if found else 0.0,
            "recall": len(recalled) / len(gold) if gold else 0.0,
            "matches": hits,
            "missed": [g.id for g in gold if g.id not in recalled],
        }
    return out


def register_json(workspace: Path) -> list[dict[str, Any]]:
    """The offline register of ``workspace`` in the CLI's JSON shape (editors' pins and exclusions honoured)."""
    from pipeline.drafting.drafts import DraftStore
    from pipeline.index.search import Searcher
    from pipeline.index.workspace_index import Index
    from pipeline.settings import load_settings
    from pipeline.synthesis.divergence import find_divergences
    from pipeline.workspace import workspace_outline

    index = Index(load_settings(workspace=str(workspace)))
    outline = workspace_outline(index.root, None)
    with DraftStore.in_workspace(index.root) as store:
        return [d.as_json() for d in find_divergences(index, outline, Searcher(index), store=store)]


def _who(position: dict[str, Any]) -> str:
    return ", ".join(sorted({s.get("contributor") or s["file"] for s in position["sources"]}))


def report(found: Sequence[dict[str, Any]], gold: Sequence[GoldPoint], result: dict[str, Any]) -> str:
    """A plain-text table of found points (TP/FP per matching) and missed gold points, then the figures."""
    lines = ["same any  section / topic / sides (matched gold)"]
    same, anyw = result["same_section"]["matches"], result["any_section"]["matches"]
    for n, point in enumerate(found):
        mark = lambda ids: "TP " if ids else "FP "  # noqa: E731
        lines.append(f"{mark(same[n])}  {mark(anyw[n])}  {point['section_id']} / {point['topic']}"
                     f"  ({', '.join(anyw[n]) or '-'})")  # fmt: skip
        mixed = {side for n_, side in result["mixed_sides"] if n_ == n}
        for k, p in enumerate(point["positions"]):
            lines.append(f"         {'MIX' if k in mixed else '   '} - [{_who(p)}] {p['summary'][:100]}")
        stray = [name for n_, name in result["stray_contributors"] if n_ == n]
        if stray:
            lines.append(f"            stray against {result['judged_as'][n]}: {', '.join(stray)}")
    by_id = {g.id: g for g in gold}
    for mode in ("same_section", "any_section"):
        for gid in result[mode]["missed"]:
            g = by_id[gid]
            sides = " vs ".join("[" + ", ".join(sorted(s)) + "]" for s in g.sides)
            lines.append(f"missed ({mode.replace('_', ' ')}): {gid} in {'/'.join(g.sections)}: {g.topic}; {sides}")
    lines.append("")
    lines.append(f"found points: {result['found']}, gold points: {result['gold']}")
    lines.append(
        f"points found: {result['points_found']} of {result['gold']}, mixed sides: {len(result['mixed_sides'])}, "
        f"stray contributors: {len(result['stray_contributors'])}, unmatched points: {len(result['unmatched'])}"
    )
    for mode in ("same_section", "any_section"):
        r = result[mode]
        lines.append(f"{mode.replace('_', ' '):>12}: precision {r['precision']:.3f}  recall {r['recall']:.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score a workspace's register; ``--json`` prints the figures and matches as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    gold = load_gold(args.gold)
    found = register_json(args.workspace)
    result = score(found, gold)
    print(json.dumps(result, indent=2) if args.json else report(found, gold, result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
