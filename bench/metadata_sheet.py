"""Reading a hand-kept metadata sheet, against reading the same rows with ``csv.DictReader``, in one run.

    python bench/metadata_sheet.py [--rows 500] [--runs 7]

The sheet is built here: a title row and a note above the header, a second header row under group names,
countries written as ISO codes, in English and in their own language, dates in several forms, a Total row.
Figures (medians of ``--runs``): the project's reader (``read_metadata_csv`` and ``build_meta`` for every row,
the country index already built) as a ratio to ``csv.DictReader`` over a plain copy of the rows; and the
one-off cost of the country index, as new processes against ``python -c pass``: looking up an ISO code (ISO's
English names, built at the first country that is not an English EU or partner name) and a name in another
language (the translations of every language, read only then). Ratios stay comparable between a quiet and a
busy machine.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

COUNTRIES = ["DE", "Latvia", "Україна", "España", "UA", "Georgia", "Deutschland", "Moldova", "FR", "Morocco"]
DATES = ["3 March 2026", "2026-03-04", "05/03/2026", "March 6, 2026", "17/03/2026"]
KINDS = ["Position paper", "Slides", "Written input", "policy_brief"]


def write_sheets(folder: Path, rows: int) -> tuple[Path, Path]:
    """The hand-kept sheet and a plain copy of the same rows."""
    body = [
        [f"file_{n}.pdf", f"Expert {n}", f"Organisation {n % 17}", COUNTRIES[n % 10], DATES[n % 5], KINDS[n % 4]]
        for n in range(rows)
    ]
    kept = folder / "kept.csv"
    with kept.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["Contributions received - consultation on micro-credentials", "", "", "", "", ""])
        out.writerow(["Kept by hand by the secretariat", "", "", "", "", ""])
        out.writerow(["File", "Contributor", "", "", "Date received", "Type"])
        out.writerow(["", "Name", "Organisation", "Country", "", ""])
        out.writerows(body)
        out.writerow(["Total", str(rows), "", "", "", ""])
    plain = folder / "plain.csv"
    with plain.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["file", "contributor", "organisation", "country", "date", "kind"])
        out.writerows(body)
    return kept, plain


def time_in_process(kept: Path, plain: Path, runs: int) -> tuple[float, float]:
    """Medians (seconds) of the project's reader and of csv.DictReader, interleaved."""
    from ingest.metadata import build_meta, read_metadata_csv
    from ingest.metadata_countries import country_name

    country_name("Deutschland")  # the index is built once per process; its cost is measured on its own
    ours, baseline = [], []
    for _ in range(runs):
        start = time.perf_counter()
        sheet = read_metadata_csv(kept)
        for name, row in sheet.items():
            build_meta(name, Path(name), row)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        with plain.open(newline="", encoding="utf-8") as handle:
            rows = {row["file"]: row for row in csv.DictReader(handle)}
        baseline.append(time.perf_counter() - start)
        assert len(sheet) == len(rows)
    return statistics.median(ours), statistics.median(baseline)


def time_processes(runs: int) -> dict[str, float]:
    """Medians (seconds) of ``python -c pass`` and of processes looking up a code and a name in another language."""
    prefix = f"import sys; sys.path.insert(0, {str(REPO)!r}); from ingest.metadata_countries import country_name; "
    codes = {
        "python -c pass": "pass",
        "code": prefix + "country_name('DE')",
        "other language": prefix + "country_name('Deutschland')",
    }
    times: dict[str, list[float]] = {label: [] for label in codes}
    for _ in range(runs):
        for label, code in codes.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times[label].append(time.perf_counter() - start)
    return {label: statistics.median(values) for label, values in times.items()}


def main() -> None:
    """Build the sheets, time both readers and the country index, print the figures (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kept, plain = write_sheets(Path(tmp), args.rows)
        ours, baseline = time_in_process(kept, plain, args.runs)
    processes = time_processes(args.runs)
    bare = processes["python -c pass"]
    figures = {
        "rows": args.rows,
        "reader_s": round(ours, 4),
        "dictreader_s": round(baseline, 5),
        "reader_ratio": round(ours / baseline, 1),
        "python_pass_s": round(bare, 3),
        "code_lookup_process_ratio": round(processes["code"] / bare, 1),
        "other_language_lookup_process_ratio": round(processes["other language"] / bare, 1),
    }
    print(json.dumps(figures) if args.json else "\n".join(f"{k}: {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
