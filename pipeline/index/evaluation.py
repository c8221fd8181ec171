"""Retrieval evaluation: recall@k and MRR by source and by exact location, per search method, in one run."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.index.search import METHODS, Searcher


@dataclass(frozen=True)
class Question:
    """An evaluation question and where its answer lives."""

    id: str
    question: str
    gold: tuple[tuple[str, str], ...]  # (file, location label)
    type: str = ""


def load_questions(path: Path) -> list[Question]:
    """Questions from a JSONL file of ``{"id", "question", "gold": [{"file", "location"}], "type"}``."""
    out: list[Question] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            gold = tuple((g["file"], g.get("location", "")) for g in row["gold"])
            out.append(Question(str(row["id"]), row["question"], gold, row.get("type", "")))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}, line {n}: not an evaluation question ({exc})") from exc
    return out


def _first_rank(ranked: Sequence[tuple[str, str]], wanted: set, by_location: bool) -> int | None:
    for rank, (file, location) in enumerate(ranked, start=1):
        if (file, location) in wanted if by_location else file in {f for f, _ in wanted}:
            return rank
    return None


def evaluate(
    searcher: Searcher,
    questions: Sequence[Question],
    ks: Sequence[int] = (5, 10),
    methods: Sequence[str] = METHODS,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, object]:
    """Metrics per method; ``location_*`` count a hit only at the gold file *and* location."""
    depth = max(ks)
    ranks: dict[str, list[tuple[int | None, int | None]]] = {m: [] for m in methods}
    per_question: dict[str, dict[str, object]] = {}
    for i, q in enumerate(questions):
        wanted = set(q.gold)
        for method in methods:
            hits = searcher.search(q.question, k=depth, method=method)
            ranked = [(h.file, h.location) for h in hits]
            pair = (_first_rank(ranked, wanted, False), _first_rank(ranked, wanted, True))
            ranks[method].append(pair)
            per_question.setdefault(q.id, {"type": q.type})[method] = {"source_rank": pair[0], "location_rank": pair[1]}
        if progress:
            progress(i + 1, len(questions))
    n = max(len(questions), 1)
    result: dict[str, dict[str, float]] = {}
    for method, pairs in ranks.items():
        metrics: dict[str, float] = {}
        for k in ks:
            metrics[f"recall@{k}"] = sum(1 for s, _ in pairs if s and s <= k) / n
            metrics[f"location_recall@{k}"] = sum(1 for _, loc in pairs if loc and loc <= k) / n
        metrics["mrr"] = sum(1 / s for s, _ in pairs if s) / n
        metrics["location_mrr"] = sum(1 / loc for _, loc in pairs if loc) / n
        result[method] = {k: round(v, 4) for k, v in metrics.items()}
    return {"questions": len(questions), "methods": result, "per_question": per_question}
