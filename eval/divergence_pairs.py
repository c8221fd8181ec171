"""Two points of divergence setting the same two people against each other under different questions, per set.

    python eval/divergence_pairs.py --workspaces DIR [--out FILE.json] SET [SET ...]

DIR holds one workspace per set, named as the set (as ``eval/divergence_sets.py`` reads them). For each set, the
older register's points (``DivergenceSettings(values=False)``) and the value comparison's (before merging) are
read as ``eval/divergence_engines.py`` reads them, and every collision is listed: two older points sharing an
opposed pair ("older-older"), or a value point sharing an opposed pair with a point already kept, which a merge
that keeps one point per pair drops ("second"). Each point is shown with its question, stances, the gold point it
is judged as alone (and whether under another question than the gold's), its relevance, and the mean cosine of its
quoted sentences to its own question and to the other point's: what a rule choosing between the two can use.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.divergence_engines import _registers  # noqa: E402
from eval.eval_divergence import load_gold, score  # noqa: E402


def collisions(workspace: Path, set_name: str) -> list[dict[str, Any]]:
    """Every pair collision of ``workspace``'s registers, each point described (see the module)."""
    from pipeline.synthesis.compared import _opposed_pairs

    gold = load_gold(
        ROOT / ("eval/divergence_gold.yaml" if set_name == "sample" else f"eval/{set_name}/divergence_gold.yaml")
    )
    older, compared, _, ctx = _registers(workspace)
    vectors = ctx["run"].vectors

    def cos(d: Any, question: str) -> float:
        texts = [c.text for p in d.positions for c in p.claims]
        return round(float((vectors(texts) @ vectors([question])[0]).mean()), 3)

    def described(d: Any, other: Any, engine: str) -> dict[str, Any]:
        judged = score([d.as_json()], gold)
        return {
            "engine": engine,
            "question": d.question,
            "stances": [p.stance for p in d.positions],
            "gold": judged["judged_as"][0],
            "wrong_question": bool(judged.get("wrong_question")),
            "relevance": round(float(d.relevance), 3),
            "cos_own": cos(d, d.question),
            "cos_other": cos(d, other.question),
        }

    rows = []
    for i, a in enumerate(older):
        for b in older[i + 1 :]:
            if a.question != b.question and _opposed_pairs(a) & _opposed_pairs(b):
                rows.append({"kind": "older-older", "a": described(a, b, "older"), "b": described(b, a, "older")})
    kept = list(older)
    questions = {d.question for d in older}
    for d in compared:
        if d.question in questions:
            continue
        clash = [k for k in kept if _opposed_pairs(k) & _opposed_pairs(d)]
        for k in clash:
            rows.append({"kind": "second", "a": described(k, d, "kept"), "b": described(d, k, "values")})
        if not clash:
            kept.append(d)
            questions.add(d.question)
    return rows


def main(argv: list[str] | None = None) -> int:
    """List each set's collisions (and write them all to ``--out``)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--workspaces", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    results = {}
    for name in args.sets:
        results[name] = rows = collisions(args.workspaces / name, name)
        print(f"{name}: {len(rows)}")
        for row in rows:
            for side in (row["a"], row["b"]):
                wrong = " (another question)" if side["wrong_question"] else ""
                print(
                    f"  {row['kind']} {side['engine']}: {side['gold']}{wrong} own {side['cos_own']} other "
                    f"{side['cos_other']} | {side['question']} | {' / '.join(side['stances'])}"
                )
        if args.out:
            args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
