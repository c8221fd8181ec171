"""What the draft puts under each guiding question, against the labels: the drafted sentences that answer, those that
only share the topic, those off topic, and the unanswerable questions given sentences, per labelled set.

    python eval/draft_answers.py --workspaces DIR [--json] [--list] SET [SET ...]

``DIR/SET`` is a drafted workspace of the set (a copy: ``eval/heldout/run.py --workspace`` or the lead's fresh
workspaces); nothing is drafted here, the stored revisions are read. A sentence is looked up under its paragraph's
question with the labels' own finder (eval/labelled_sets.py), so a sentence the drafter cut after its opener keeps
its label. This is the precision side of the answer/abstain decision that the gap figures leave out: a question
answered with a sentence that does not answer it reads, to an editor, as a contributor saying something they did not
say about it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.gap_stages import outline_drafter  # noqa: E402
from eval.labelled_sets import SETS, label_finder  # noqa: E402

KINDS = ("answers", "on_topic", "off_topic", "unlabelled")


def drafted_sentences(workspace: Path) -> list[dict[str, str]]:
    """Every quoted evidence sentence of the workspace's current drafts with its paragraph's question (divergence
    paragraphs left out: their sentences answer the point, not a guiding question)."""
    from pipeline.settings import Settings
    from pipeline.workspace import Workspace

    ws = Workspace(Settings(workspace=workspace))
    out = []
    try:
        for section in ws.outline().sections:
            rev = ws.store.current(section.id)
            if rev is None:
                continue
            for paragraph in rev.paragraphs:
                theme = paragraph.theme or ""
                if theme.startswith("Points of divergence"):
                    continue
                for s in paragraph.sentences:
                    if s.kind == "evidence" and s.quote:
                        out.append({"section": section.id, "question": theme, "text": s.quote})
    finally:
        ws.store.close()
    return out


def sentence_scores(workspace: Path) -> dict[tuple[str, str], float]:
    """(question, quoted wording) -> the answer model's sentence score, recomputed from the workspace's evidence as
    the drafter scores its pool (a sentence the drafter cut after its opener is found by its ending)."""
    from pipeline.settings import Settings
    from pipeline.workspace import Workspace

    ws = Workspace(Settings(workspace=workspace))
    try:
        outline = ws.outline()
        evidence, drafter = outline_drafter(ws, outline)
        out: dict[tuple[str, str], float] = {}
        for section in outline.sections:
            cands, _, scored = drafter._scored(section, evidence[section.id])
            for question, _, probs in scored:
                for c, p in zip(cands, probs, strict=True):
                    out[(question, c.text)] = float(p)
        return out
    finally:
        ws.store.close()


def tally(
    rows: list[dict[str, Any]], find: Any, unanswerable: set[str], scores: dict[tuple[str, str], float] | None = None
) -> dict[str, Any]:
    """Drafted sentences (``rows``: question, text) by label (``find``: the labels' finder), the answer precision
    over the labelled ones, the unanswerable questions given sentences, and the sentences that do not answer their
    question or stand under an unanswerable one; with ``scores``, each sentence's answer score as well."""
    counts: Counter[str] = Counter()
    wrong = []
    scored_rows = []
    answered_unanswerable = set()
    for row in rows:
        label = find(row["question"], row["text"]) or "unlabelled"
        counts[label] += 1
        if scores is not None:
            p = scores.get((row["question"], row["text"]))
            if p is None:  # cut after its opener: the candidate it ends
                p = next((v for (q, t), v in scores.items() if q == row["question"] and t.endswith(row["text"])), None)
            row = {**row, "p": None if p is None else round(p, 3)}
            scored_rows.append({**row, "label": label})
        if row["question"] in unanswerable:
            answered_unanswerable.add(row["question"])
        if label in ("on_topic", "off_topic") or row["question"] in unanswerable:
            wrong.append({**row, "label": label, "unanswerable": row["question"] in unanswerable})
    labelled_n = sum(counts[k] for k in KINDS[:3])
    return {
        **{k: counts[k] for k in KINDS},
        "answer_precision": round(counts["answers"] / labelled_n, 3) if labelled_n else None,
        "unanswerable_answered": len(answered_unanswerable),
        "wrong": wrong,
        **({"scored": scored_rows} if scores is not None else {}),
    }


def score_set(name: str, workspace: Path, with_scores: bool = False) -> dict[str, Any]:
    """One labelled set's tally over its drafted workspace."""
    labelled = next(s for s in SETS if s.name == name)
    rows = drafted_sentences(workspace)
    scores = sentence_scores(workspace) if with_scores else None
    return {"set": name, **tally(rows, label_finder(labelled.load_labels()), labelled.unanswerable(), scores)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workspaces", type=Path, required=True, help="folder holding one drafted workspace per set")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--list", action="store_true", help="print each sentence that does not answer its question")
    parser.add_argument("--scores", action="store_true", help="also the answer model's score of each drafted sentence")
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    known = {s.name for s in SETS}
    rows = []
    for name in args.sets:
        if name not in known:
            parser.error(f"{name}: not a labelled set ({', '.join(sorted(known))})")
        if not (args.workspaces / name).is_dir():
            parser.error(f"{args.workspaces / name}: no drafted workspace for {name}")
        rows.append(score_set(name, args.workspaces / name, args.scores))
    total = Counter({k: sum(r[k] for r in rows) for k in KINDS})
    labelled_n = sum(total[k] for k in KINDS[:3])
    pooled = {
        "set": "all",
        **dict(total),
        "answer_precision": round(total["answers"] / labelled_n, 3) if labelled_n else None,
        "unanswerable_answered": sum(r["unanswerable_answered"] for r in rows),
    }
    if args.json:
        print(json.dumps({"sets": rows, "pooled": pooled}, indent=2, ensure_ascii=False))
        return 0
    for r in [*rows, pooled]:
        figures = " ".join(f"{k}={r[k]}" for k in (*KINDS, "answer_precision", "unanswerable_answered"))
        print(f"{r['set']}: {figures}")
        if args.list:
            for w in r.get("wrong", ()):
                mark = " [unanswerable]" if w["unanswerable"] else ""
                p = f" (p {w['p']})" if "p" in w else ""
                print(f"    {w['label']}{mark}{p}: {w['question']} <- {w['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
