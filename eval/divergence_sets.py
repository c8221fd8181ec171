"""The shipped divergence register of several workspaces scored against their sets' gold, one line per set.

    python eval/divergence_sets.py --workspaces DIR --out FILE.json [--value-close C] [--value-answer P] [--points]
        SET [SET ...]

DIR holds one workspace per set, named as the set (``sample``, ``heldout``, ``heldout2`` ...); the sample is scored
against ``eval/divergence_gold.yaml``, a held-out set against ``eval/SET/divergence_gold.yaml``. Printed per set:
found / gold / reported / unmatched / mixed / stray, as ``eval/heldout/run.py`` scores the register (nothing is
drafted: the register reads the store). ``--value-close`` and ``--value-answer`` measure the value comparison's
answer gate (cosine to the question, answer probability) at other bars than the shipped ones. ``--points`` also
writes each reported point to ``--out`` (its section, label, gold id and each side's contributors and quoted claims),
so that an unmatched point can be read without running the register again.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.eval_divergence import find_register, load_gold, score  # noqa: E402

FIGURES = ("points_found", "gold", "found")


def _point(point: dict, gold_id: str | None) -> dict:
    """One reported point as read by a person: where it is, its label, its gold id and each side's claims."""
    sides = [
        {"stance": p["stance"], "claims": [[c["contributor"], c["text"]] for c in p["contributors"]]}
        for p in point["positions"]
    ]
    return {"section_id": point["section_id"], "topic": point["topic"], "gold": gold_id, "sides": sides}


def scored(workspace: Path, set_name: str, settings: Any = None, points: bool = False) -> dict:
    """The register of ``workspace`` scored against ``set_name``'s gold: the figures and each point's gold id
    (with ``points``, also each reported point, see :func:`_point`)."""
    gold = ROOT / ("eval/divergence_gold.yaml" if set_name == "sample" else f"eval/{set_name}/divergence_gold.yaml")
    register = [d.as_json() for d in find_register(workspace, settings)]
    result = score(register, load_gold(gold))
    out = {k: result[k] for k in FIGURES}
    out.update(
        unmatched=len(result["unmatched"]),
        mixed=len(result["mixed_sides"]),
        stray=len(result["stray_contributors"]),
        judged_as=result["judged_as"],
    )
    if points:
        out["points"] = [_point(p, g) for p, g in zip(register, result["judged_as"], strict=True)]
    return out


def main(argv: list[str] | None = None) -> int:
    """Score each set named and write all figures to ``--out``."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--workspaces", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--value-close", type=float, help="the answer gate's cosine bar (shipped: 0.45)")
    parser.add_argument("--value-answer", type=float, help="the answer gate's probability bar (shipped: 0.20)")
    parser.add_argument("--points", action="store_true", help="also write each reported point with its sides")
    args = parser.parse_args(argv)
    settings = None
    if args.value_close is not None or args.value_answer is not None:
        from pipeline.synthesis.divergence import DivergenceSettings

        shipped = DivergenceSettings()
        settings = replace(
            shipped,
            value_close=shipped.value_close if args.value_close is None else args.value_close,
            value_answer=shipped.value_answer if args.value_answer is None else args.value_answer,
        )
    results = {}
    for name in args.sets:
        results[name] = r = scored(args.workspaces / name, name, settings, args.points)
        figures = f"{r['found']} / {r['unmatched']} / {r['mixed']} / {r['stray']}"
        print(f"{name}: {r['points_found']} of {r['gold']} / {figures}")
        args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
