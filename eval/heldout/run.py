"""Score the offline draft on the held-out set: a corpus, outline and gold that nobody tunes on.

    python eval/heldout/run.py [--workspace DIR] [--json]

Ingests eval/heldout/corpus/ (with its metadata.csv) into ``--workspace`` (a temporary one if not given; an
existing workspace with sources is reused as it is), saves eval/heldout/outline.yaml as its outline, drafts it
offline exactly as ``guidelines draft`` does, and scores the result with the scoring functions of
eval/eval_drafting.py (misattributed names, false quotes, repeats, gaps) and eval/eval_divergence.py (points
found, mixed sides, stray contributors, unmatched points, the "Points of divergence" paragraphs) against
eval/heldout/drafting_gold.yaml and eval/heldout/divergence_gold.yaml. See eval/heldout/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = HERE / "corpus"
OUTLINE = HERE / "outline.yaml"
DRAFTING_GOLD = HERE / "drafting_gold.yaml"
DIVERGENCE_GOLD = HERE / "divergence_gold.yaml"


def load_eval_module(name: str) -> ModuleType:
    """One of the evaluation scripts in eval/ as a module, to call its scorers."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # eval/ and the pipeline package, when run as a script from anywhere
    return importlib.import_module(f"eval.{name}")


def draft_and_score(root: Path) -> dict[str, Any]:
    """Ingest (unless ``root`` already holds sources), draft the held-out outline and score draft and register."""
    drafting = load_eval_module("eval_drafting")
    divergence = load_eval_module("eval_divergence")
    outline, revisions, sources = drafting.draft_outline(root, CORPUS, OUTLINE, "heldout-eval")
    gold = yaml.safe_load(DRAFTING_GOLD.read_text(encoding="utf-8"))
    report: dict[str, Any] = {"sources": len(sources), **drafting.score_draft(revisions, sources, gold)}
    # a question can end with neither a paragraph nor a gap (its candidates were all used elsewhere): the gap
    # figures count it as "not a gap", so it is listed on its own
    drafted = {p.theme for r in revisions.values() for p in r.paragraphs} | {
        g.question for r in revisions.values() for g in r.gaps
    }
    report["neither_drafted_nor_gap"] = [q for s in outline.sections for q in s.questions if q not in drafted]
    register = divergence.find_register(root)
    found = [d.as_json() for d in register]
    points = divergence.load_gold(DIVERGENCE_GOLD)
    result = divergence.score(found, points)
    result["paragraphs"] = divergence.paragraph_faults(register)
    report["divergence"] = result
    report["divergence_report"] = divergence.report(found, points, result)
    return report


def run(workspace: Path | None) -> dict[str, Any]:
    """The held-out report, drafted in ``workspace`` or in a temporary workspace removed afterwards."""
    if workspace is not None:
        return draft_and_score(workspace)
    with tempfile.TemporaryDirectory(prefix="heldout-") as tmp:
        return draft_and_score(Path(tmp) / "ws")


def summary(report: dict[str, Any]) -> dict[str, Any]:
    """The figures a reader compares between runs, in one flat mapping."""
    div = report["divergence"]
    return {
        **report["counts"],
        "sections": report["sections"],
        "sentences": report["sentences"],
        "gaps": report["gaps"],
        "gap_precision": report["gap_precision"],
        "gap_recall": report["gap_recall"],
        "answerable_made_gaps": report["answerable_made_gaps"],
        "missed_gaps": len(report["missed_gaps"]),
        "wrong_gaps": len(report["wrong_gaps"]),
        "neither_drafted_nor_gap": len(report["neither_drafted_nor_gap"]),
        "divergence_points_found": div["points_found"],
        "divergence_gold_points": div["gold"],
        "divergence_found": div["found"],
        "divergence_mixed_sides": len(div["mixed_sides"]),
        "divergence_stray": len(div["stray_contributors"]),
        "divergence_unmatched": len(div["unmatched"]),
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: the details and a summary line, or everything as JSON with ``--json``."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workspace", type=Path, default=None, help="a scratch workspace (drafts are written there)")
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    args = parser.parse_args(argv)
    report = run(args.workspace)
    if args.json:
        out = {k: v for k, v in report.items() if k != "divergence_report"} | {"summary": summary(report)}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    load_eval_module("eval_drafting").print_findings(report)
    for q in report["neither_drafted_nor_gap"]:
        print(f"neither drafted nor a gap: {q}")
    print(report["divergence_report"])
    print(json.dumps(summary(report), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
