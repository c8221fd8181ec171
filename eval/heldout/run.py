"""Score the offline draft on a held-out set: a corpus, outline and gold that nobody tunes on.

    python eval/heldout/run.py [--set DIR] [--workspace DIR] [--json]

A set is a folder (``--set``, eval/heldout by default; eval/heldout2 to eval/heldout8 are the next ones)
holding ``corpus/`` (with its metadata sheet), an outline (``outline.yaml``, else ``outline.md``, else
``outline.docx``, else ``outline.odt``, else one kept as plain text or as a table: ``outline.txt``,
``outline.xlsx``, ``outline.ods``, ``outline.csv``, ``outline.tsv``), ``drafting_gold.yaml`` and
``divergence_gold.yaml``.
Ingests the corpus into ``--workspace`` (a temporary one if not given; an existing workspace with sources is
reused as it is), saves the outline, drafts it offline exactly as ``guidelines draft`` does, and scores the result
with the scoring functions of eval/eval_drafting.py (misattributed names, false quotes, repeats, gaps) and
eval/eval_divergence.py (points found, mixed sides, stray contributors, unmatched points, the "Points of
divergence" paragraphs) against the set's gold.
See eval/heldout/README.md and each set's README.md.
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


def load_eval_module(name: str) -> ModuleType:
    """One of the evaluation scripts in eval/ as a module, to call its scorers."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # eval/ and the pipeline package, when run as a script from anywhere
    return importlib.import_module(f"eval.{name}")


# the outline files a set may hold, the first one present wins (the YAML one, as the first two sets have it; the
# third set's is Markdown, the fourth's Word, the sixth's a workbook, the eighth's LibreOffice Writer, the
# fifteenth's tab-separated, the twentieth's a web page); each is read by load_outline as people write outlines.
# One list for the runner and the labelled sets (eval/labelled_sets.py)
OUTLINE_NAMES = load_eval_module("labelled_sets").OUTLINE_NAMES


def outline_of(set_dir: Path) -> Path | None:
    """The set's outline: the first of ``OUTLINE_NAMES`` it holds (``outline.yaml``, else ``outline.md``, else
    ``outline.docx``, else ``outline.odt``, else a plain-text or table outline); None if there is none."""
    for name in OUTLINE_NAMES:
        if (set_dir / name).is_file():
            return set_dir / name
    return None


def draft_and_score(root: Path, set_dir: Path = HERE) -> dict[str, Any]:
    """Ingest (unless ``root`` already holds sources), draft the set's outline and score draft and register."""
    drafting = load_eval_module("eval_drafting")
    divergence = load_eval_module("eval_divergence")
    # the drafts' author names the set ("heldout-eval" for the first one, as before)
    author = f"{set_dir.name}-eval"
    outline_path = outline_of(set_dir)
    if outline_path is None:
        raise FileNotFoundError(f"{set_dir}: no outline ({' or '.join(OUTLINE_NAMES)})")
    outline, revisions, sources = drafting.draft_outline(root, set_dir / "corpus", outline_path, author)
    gold = yaml.safe_load((set_dir / "drafting_gold.yaml").read_text(encoding="utf-8"))
    report: dict[str, Any] = {"sources": len(sources), **drafting.score_draft(revisions, sources, gold)}
    # a question can end with neither a paragraph nor a gap (its candidates were all used elsewhere): the gap
    # figures count it as "not a gap", so it is listed on its own
    drafted = {p.theme for r in revisions.values() for p in r.paragraphs} | {
        g.question for r in revisions.values() for g in r.gaps
    }
    report["neither_drafted_nor_gap"] = [q for s in outline.sections for q in s.questions if q not in drafted]
    register = divergence.find_register(root)
    found = [d.as_json() for d in register]
    points = divergence.load_gold(set_dir / "divergence_gold.yaml")
    result = divergence.score(found, points)
    result["paragraphs"] = divergence.paragraph_faults(register)
    report["divergence"] = result
    report["divergence_report"] = divergence.report(found, points, result)
    return report


def run(workspace: Path | None, set_dir: Path = HERE) -> dict[str, Any]:
    """The set's report, drafted in ``workspace`` or in a temporary workspace removed afterwards."""
    if workspace is not None:
        return draft_and_score(workspace, set_dir)
    with tempfile.TemporaryDirectory(prefix=f"{set_dir.name}-") as tmp:
        return draft_and_score(Path(tmp) / "ws", set_dir)


def held_out_set(value: str) -> Path:
    """``--set``: a folder with a corpus, an outline and both gold files, or a clear error naming what is missing."""
    set_dir = Path(value).resolve()
    needed = ("corpus", "drafting_gold.yaml", "divergence_gold.yaml")
    missing = [name for name in needed if not (set_dir / name).exists()]
    if outline_of(set_dir) is None:
        missing.insert(1, " or ".join(OUTLINE_NAMES))
    if missing:
        raise argparse.ArgumentTypeError(f"{value}: not a held-out set (no {', '.join(missing)})")
    return set_dir


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
        "wrong_gaps_held_elsewhere": len(report["wrong_gaps_held_elsewhere"]),
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
    parser.add_argument(
        "--set", dest="set_dir", type=held_out_set, default=HERE, help="the held-out set's folder (eval/heldout)"
    )
    parser.add_argument("--workspace", type=Path, default=None, help="a scratch workspace (drafts are written there)")
    parser.add_argument("--json", action="store_true", help="print the whole report as JSON")
    args = parser.parse_args(argv)
    report = run(args.workspace, args.set_dir)
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
