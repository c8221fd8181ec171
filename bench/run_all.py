"""Run every benchmark, print a table and write ``bench/out/results.json`` (``make bench``).

Each benchmark runs in its own process, so peak memory is per benchmark and one cannot warm caches for
another. Targets are ratios measured within one run (the machine is shared and noisy):

1. ingest throughput, pipeline / raw embedding of the same chunks   >= 0.85
2. first ingest / re-ingest of the unchanged corpus                 >= 50x
3. hybrid search p95 at 100k chunks (10k with --quick)              <= 50 ms
4. extractive drafting of the sample outline                        <= 10 s
   LLM path with a 1 s fake model, speed-up of the default pool      >= 4x
5. Word export of a synthetic 100-section draft                      <= 5 s
6. the app: rerun after a click or an edit, p95 (server side)        <= 300 ms

Usage: ``.venv/bin/python bench/run_all.py [--quick] [--rounds N]`` (full: about 10-14 minutes on 2 cores,
depending on the machine's load; quick: about 1).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.common import OUT_DIR, machine, write_json  # noqa: E402

INSTALL_HINT = ".venv/bin/pip install langchain-chroma"


def _run_module(module: str, args: list[str]) -> dict[str, Any]:
    """Run ``python -m bench.<module>`` and return the JSON it wrote."""
    out = OUT_DIR / f"{module}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", f"bench.{module}", *args, "--json-out", str(out)]
    print(f"\n== {module}: {' '.join(command[1:])}", flush=True)
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False", "TOKENIZERS_PARALLELISM": "false"}
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, check=False)
    if proc.returncode != 0 or not out.exists():
        raise SystemExit(f"benchmark {module} failed (exit {proc.returncode})")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["wall_s"] = round(time.perf_counter() - started, 1)
    print(f"   done in {data['wall_s']} s", flush=True)
    return data


def _ok(flag: bool) -> str:
    return "ok" if flag else "MISSED"


def table(results: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    """Rows of (benchmark, figure, value, target and verdict)."""
    rows: list[tuple[str, str, str, str]] = []
    ing = results["ingest"]["ingest"]
    corpus = results["ingest"]["corpus"]
    files = ", ".join(f"{n} {fmt}" for fmt, n in corpus["files"].items())
    rows.append(("1 ingest", "corpus", f"{ing['chunks']} chunks, {ing['pages_and_slides']} pages+slides ({files})", ""))
    runs = ", ".join(f"{p['chunks_per_s']}" for p in ing["pipeline_runs"])
    rows.append(("1 ingest", "pipeline chunks/s (per round)", f"{ing['pipeline_chunks_per_s']} ({runs})", ""))
    rows.append(("1 ingest", "pipeline pages/s", f"{ing['pipeline_pages_per_s']}", ""))
    raws = ", ".join(f"{r['chunks_per_s']}" for r in ing["raw_runs"])
    rows.append(("1 ingest", "raw embedding chunks/s (per round)", f"{ing['raw_chunks_per_s']} ({raws})", ""))
    rows.append(
        (
            "1 ingest",
            "pipeline / raw",
            f"{ing['ratio_pipeline_over_raw']:.2f}",
            f">= {ing['target_ratio']}: {_ok(ing['meets_target'])}",
        )
    )
    rows.append(("1 ingest", "embedding share of pipeline time", f"{ing['embed_share_of_pipeline']:.0%}", ""))
    rows.append(("1 ingest", "peak RSS after first ingest", f"{ing['peak_rss_mb_after_first_ingest']:.0f} MB", ""))
    re = results["ingest"]["reingest"]
    rows.append(("2 re-ingest", "first ingest", f"{re['first_ingest_s']:.1f} s", ""))
    rows.append(("2 re-ingest", "re-ingest, in process (median of 5)", f"{re['reingest_median_s'] * 1000:.1f} ms", ""))
    rows.append(
        (
            "2 re-ingest",
            "first / re-ingest",
            f"{re['ratio_first_over_reingest']:.0f}x",
            f">= {re['target_ratio']:.0f}x: {_ok(re['meets_target'])}",
        )
    )
    rows.append(
        (
            "2 re-ingest",
            "re-ingest via `guidelines ingest` (new process)",
            f"{re['cli_reingest_s']:.2f} s ({re['cli_ratio_first_over_reingest']:.0f}x)",
            "",
        )
    )
    search = results["search"]
    for size, entry in search["sizes"].items():
        label = f"3 search {int(size) // 1000}k"
        for method in ("hybrid", "dense", "bm25"):
            lat = entry["latency"][method]
            target = ""
            if method == "hybrid" and int(size) == search["largest"]:
                target = f"p95 <= {search['target_p95_ms']:.0f} ms: {_ok(search['meets_target'])}"
            rows.append((label, f"{method} p50 / p95", f"{lat['p50_ms']:.1f} / {lat['p95_ms']:.1f} ms", target))
        lc = entry.get("langchain")
        if lc:
            lat = lc["dense"]
            rows.append(
                (label, "LangChain Chroma dense p50 / p95", f"{lat['p50_ms']:.1f} / {lat['p95_ms']:.1f} ms", "")
            )
            rows.append(
                (
                    label,
                    "write vectors: ours / LangChain",
                    f"{entry['build']['chroma_s']:.1f} s / {lc['ingest_s_vectors_precomputed']:.1f} s",
                    "",
                )
            )
        b = entry["hybrid_breakdown"]
        rows.append(
            (
                label,
                "hybrid steps p50 (ms)",
                f"embed {b['embed_p50_ms']}, chroma {b['dense_p50_ms']}, "
                f"bm25 {b['bm25_p50_ms']}, chunks {b['chunks_p50_ms']}, sources {b['sources_p50_ms']}",
                "",
            )
        )
        rows.append((label, "BM25 rebuild after a change", f"{entry['build']['bm25_rebuild_s']:.1f} s", ""))
    draft = results["drafting"]
    ex, llm = draft["extractive"], draft["llm_concurrency"]
    rows.append(
        (
            "4 drafting",
            f"extractive, {ex['sections']} sections ({ex['sentences']} sentences)",
            f"{ex['total_s']:.1f} s ({ex['per_section_s']:.2f} s/section)",
            f"<= {ex['target_total_s']:.0f} s: {_ok(ex['meets_target'])}",
        )
    )
    rows.append(
        (
            "4 drafting",
            f"LLM path, fake model {llm['delay_s']:g} s/call, pool {llm['pool']}",
            f"{llm['calls']} calls = {llm['sum_of_calls_s']:.0f} s of calls in {llm['wall_s']:.1f} s: "
            f"{llm['speedup']:.1f}x",
            f">= {llm['target_speedup']:.0f}x: {_ok(llm['meets_target'])}",
        )
    )
    ex = results["export"]
    rows.append(
        (
            "5 export",
            f"Word export, {ex['sections']} sections ({ex['footnotes']} footnotes, {ex['comments']} comments)",
            f"{ex['median_s']:.2f} s (best {ex['best_s']:.2f} s, {ex['size_mb']} MB)",
            f"<= {ex['target_s']:.0f} s: {_ok(ex['meets_target'])}",
        )
    )
    app = results["app"]
    server = app["server"]
    for key, label in (
        ("open_section", "open another section"),
        ("pick_citation", "pick a citation"),
        ("type_in_edit_box", "rerun after an edit"),
        ("switch_page", "switch page"),
        ("save_edit", "save an edit (store + rerun)"),
    ):
        limit = app["target_rerun_ms"]
        target = f"<= {limit:.0f} ms: {_ok(server[key]['p95_ms'] <= limit)}" if key != "save_edit" else ""
        value = f"{server[key]['median_ms']:.0f} / {server[key]['p95_ms']:.0f} ms"
        rows.append(("6 app", f"{label}, median / p95 (AppTest)", value, target))
    if "browser" in app:
        b = app["browser"]
        rows.append(
            (
                "6 app",
                "browser: click a citation to passage visible, median / p95",
                f"{b['pick_citation']['median_ms']:.0f} / {b['pick_citation']['p95_ms']:.0f} ms",
                "",
            )
        )
    return rows


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    """Aligned plain-text table."""
    header = ("benchmark", "figure", "value", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print("\n" + "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print(line)
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def main() -> None:
    """Run the benchmarks in order; the search benchmark reuses the ingest benchmark's embedded chunks."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller corpus, one round, search at 10k only")
    parser.add_argument("--rounds", type=int, default=1, help="alternating pipeline/raw ingest rounds (default 1)")
    parser.add_argument("--out", type=Path, default=OUT_DIR / "results.json")
    args = parser.parse_args()
    started = time.perf_counter()
    if importlib.util.find_spec("langchain_chroma") is None:
        print(
            f"note: langchain-chroma is not installed, so the LangChain comparison is skipped. Install it with:\n"
            f"    {INSTALL_HINT}",
            flush=True,
        )
    quick = ["--quick"] if args.quick else []
    cache = OUT_DIR / "embedded_chunks.npz"
    results: dict[str, Any] = {"mode": "quick" if args.quick else "full", "machine": machine()}
    results["ingest"] = _run_module("ingest_throughput", [*quick, "--rounds", str(args.rounds), "--cache", str(cache)])
    results["search"] = _run_module("search_latency", [*quick, "--embedded", str(cache)])
    results["drafting"] = _run_module("drafting", [])
    results["export"] = _run_module("export", [])
    results["app"] = _run_module("app_rerun", ["--rounds", "5" if args.quick else "15"])
    results["total_s"] = round(time.perf_counter() - started, 1)
    rows = table(results)
    results["table"] = [dict(zip(("benchmark", "figure", "value", "target"), r, strict=True)) for r in rows]
    write_json(args.out, results)
    print_table(rows)
    print(f"\ntotal {results['total_s']:.0f} s; JSON in {args.out}")


if __name__ == "__main__":
    main()
