"""Which engine of the divergence register finds each gold point, and where a missed point's sentences are lost.

    python eval/divergence_engines.py WORKSPACE --gold SET/divergence_gold.yaml [--json]

Three registers of one workspace are scored against the gold (as eval/eval_divergence.py scores): the older engine
alone (``DivergenceSettings(values=False)``), the value comparison alone (:mod:`pipeline.synthesis.compared`, each
section's points before merging) and the register as shipped (both, merged). Each gold point is reported found by
"values", "register", "both" (each engine alone finds it) or none; "merged" tells whether the shipped register
holds it.

For each gold point, the sentences its comment quotes (the gold's hand-written comments quote each side's words in
double quotes; quotes of fewer than five words are names of shared words, not sentences) are followed stage by
stage through the value comparison: retrieved into the section's evidence, a drafter candidate, past the answer
gate (answer probability or cosine to the question), a value read, and the value held by its contributor (one
value for all their answering sentences). Also reported: the older engine's claim holding the quote and its cosine
to the question (its relevance bar is 0.40).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.eval_divergence import load_gold, score  # noqa: E402

_QUOTE = re.compile(r"\"([^\"]+)\"")


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[\w']+", text.lower()))


def gold_quotes(path: Path) -> dict[str, list[str]]:
    """Per gold point id, the sentences its comment quotes (five words or more)."""
    out: dict[str, list[str]] = {}
    current: str | None = None
    comment: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- id:"):
            current = stripped.split(":", 1)[1].strip()
            comment = []
        elif stripped.startswith("#") and current:
            comment.append(stripped.lstrip("#").strip())
        elif stripped.startswith("sides:") and current:
            quotes = _QUOTE.findall(" ".join(comment))
            out[current] = [q for q in quotes if len(q.split()) >= 5]
    return out


def _holds(text: str, quote: str) -> bool:
    """Whether ``text`` holds the quote, or the quote holds all of ``text`` (a candidate cut from it)."""
    a, b = _norm(text), _norm(quote)
    return bool(a and b) and (b in a or (len(a.split()) >= 4 and a in b))


def _registers(workspace: Path) -> tuple[list[Any], list[Any], list[Any], dict[str, Any]]:
    from pipeline.drafting.drafts import DraftStore
    from pipeline.drafting.evidence import gather_evidence
    from pipeline.index.search import Searcher
    from pipeline.index.workspace_index import Index
    from pipeline.settings import load_settings
    from pipeline.synthesis import divergence as dv
    from pipeline.synthesis.coverage import near_duplicates
    from pipeline.workspace import workspace_outline

    index = Index(load_settings(workspace=str(workspace)))
    outline = workspace_outline(index.root, None)
    searcher = Searcher(index)
    with DraftStore.in_workspace(index.root) as store:
        older = dv.find_divergences(index, outline, searcher, store=store, settings=dv.DivergenceSettings(values=False))
        shipped = dv.find_divergences(index, outline, searcher, store=store)
        settings = dv.DivergenceSettings()
        sources = {s.file: s.meta for s in index.manifest.sources()}
        original = near_duplicates(index)
        voice_of = {f: sources.get(original.get(f, f), {}).get("contributor") or original.get(f, f) for f in sources}
        run = dv._Run(searcher, settings, voice_of)
        compared: list[Any] = []
        pools: dict[str, Any] = {}
        for section in outline.sections:
            excluded = set(store.exclusions(section.id))
            evidence = gather_evidence(searcher, section, store.pins(section.id), sorted(excluded), settings.evidence)
            pool = [e for e in evidence.evidence if e.chunk_id not in excluded]
            pools[section.id] = (section, pool)
            run.expansions = dv.acronyms([e.text for e in evidence.evidence])
            points, _ = dv._compared(section, pool, voice_of, run)
            compared.extend(points)
    return older, compared, shipped, {"run": run, "pools": pools, "voice_of": voice_of}


def _stages(point: Any, quotes: list[str], ctx: dict[str, Any]) -> list[dict[str, Any]]:
    """Each quote of ``point`` followed through the value comparison of its section and question."""
    from pipeline.drafting.drafters.answering import features, load_model
    from pipeline.drafting.drafters.candidates import candidates
    from pipeline.synthesis.claims import Claim, claims_from
    from pipeline.synthesis.compared import Answer, held_values
    from pipeline.synthesis.matter import acronyms
    from pipeline.synthesis.values import read_value, value_kind

    run = ctx["run"]
    section, pool = ctx["pools"].get(point.sections[0], (None, []))
    if section is None:
        return [{"quote": q, "retrieved": False, "note": "section not in the outline"} for q in quotes]
    question = next((q for q in section.questions if _norm(q) == _norm(point.question)), point.question)
    run.expansions = acronyms([e.text for e in pool])
    model = load_model(embedding=getattr(run.searcher.index.embedder, "identity", None))
    cands = candidates(pool)
    vectors = run.vectors([c.text for c in cands]) if cands else None
    questions = list(section.questions)
    qvecs = run.vectors(questions)
    qi = questions.index(question) if question in questions else None
    probs, closeness = [], []
    if cands and qi is not None:
        titled = run.vectors([f"{section.title}. {q}" for q in questions])
        rivals = qvecs[[k for k in range(len(questions)) if k != qi]]
        rows = features(question, qvecs[qi], titled[qi], cands, vectors, [e.text for e in pool], rivals)
        probs = list(model.probability(model.extend(rows, qvecs[qi], vectors)))
        closeness = list(vectors @ qvecs[qi])
    answers = []
    for c, p, cos in zip(cands, probs, closeness, strict=False):
        if p >= run.settings.value_answer or cos >= run.settings.value_close:
            value = read_value(question, c.text, run.salient)
            if value is not None:
                voice = ctx["voice_of"].get(c.evidence.file) or c.evidence.contributor or c.evidence.file
                answers.append(Answer(Claim(c.text, c.evidence, voice), value, float(p), float(cos)))
    held = held_values(answers)
    claims = claims_from(pool, ctx["voice_of"])
    out = []
    for quote in quotes:
        row: dict[str, Any] = {"quote": quote[:80], "kind": value_kind(question)}
        row["retrieved"] = any(_holds(e.text, quote) for e in pool)
        hits = [n for n, c in enumerate(cands) if _holds(c.text, quote)]
        row["candidate"] = bool(hits)
        mine = [c for c in claims if _holds(c.text, quote)]
        if mine:
            cos = float(run.vectors([mine[0].text])[0] @ qvecs[qi]) if qi is not None else None
            row["claim_cos"] = None if cos is None else round(cos, 2)
        if hits and probs:
            n = max(hits, key=lambda k: probs[k])
            c = cands[n]
            row["p"], row["cos"] = round(float(probs[n]), 2), round(float(closeness[n]), 2)
            row["gate"] = bool(probs[n] >= run.settings.value_answer or closeness[n] >= run.settings.value_close)
            value = read_value(question, c.text, run.salient)
            row["value"] = value.label if value else None
            voice = ctx["voice_of"].get(c.evidence.file) or c.evidence.contributor or c.evidence.file
            row["voice"] = voice
            row["held"] = repr(held.get(voice)) if voice in held else None
        out.append(row)
    return out


def engines(workspace: Path, gold_path: Path) -> dict[str, Any]:
    """Per gold point: found by which engine, and (for every point) its quotes' stages."""
    gold = load_gold(gold_path)
    older, compared, shipped, ctx = _registers(workspace)
    scored = {
        name: score([d.as_json() for d in reg], gold)
        for name, reg in (("register", older), ("values", compared), ("merged", shipped))
    }
    quotes = gold_quotes(gold_path)
    points = []
    for g in gold:
        alone = [name for name in ("register", "values") if g.id in scored[name]["judged_as"]]
        by = "both" if len(alone) == 2 else (alone[0] if alone else None)
        points.append(
            {
                "id": g.id,
                "found_by": by,
                "merged": g.id in scored["merged"]["judged_as"],
                "stages": _stages(g, quotes.get(g.id, []), ctx),
            }
        )
    figures = {
        name: {k: (len(v) if isinstance(v, list) else v) for k, v in s.items() if k in FIGURES}
        for name, s in scored.items()
    }
    found = {
        name: [
            {"question": d.question, "topic": d.topic, "judged_as": j, "sides": [list(p.voices) for p in d.positions]}
            for d, j in zip(reg, scored[name]["judged_as"], strict=True)
        ]
        for name, reg in (("register", older), ("values", compared), ("merged", shipped))
    }
    return {"figures": figures, "found": found, "points": points}


FIGURES = ("points_found", "found", "unmatched", "mixed_sides", "stray_contributors")


def main(argv: list[str] | None = None) -> int:
    """Print the per-point engines and stages."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = engines(args.workspace, args.gold)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    for name, fig in result["figures"].items():
        print(f"{name}: {fig}")
    for name, listed in result["found"].items():
        for d in listed:
            print(f"  {name}: {d['judged_as']} | {d['topic']} | {d['sides']}")
    for p in result["points"]:
        print(f"\n{p['id']}: found by {p['found_by']}, in the shipped register {p['merged']}")
        for row in p["stages"]:
            print("   ", {k: v for k, v in row.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
