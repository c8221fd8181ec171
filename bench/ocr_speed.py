"""OCR speed: pages per second of scanned PDF pages read by the PDF reader (PDFium draws, Tesseract reads).

A scanned PDF is built in code (``tests.reliability.generated.scanned_pdf``: text of the sample corpus drawn by
Pillow on A4 images at 200 dpi, as an office scanner makes them) and read with ``PdfReader`` twice in one run,
alternating: with one Tesseract per core (as ingest runs it) and with one Tesseract at a time. The ratio of the two
is the figure that holds on another machine; pages per second depend on its cores. Word accuracy compares the
words read with the words drawn (a word counts when it comes back exactly, in order).

Standalone: ``python -m bench.ocr_speed [--pages N] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.common import TextMaterial, machine
from ingest.readers import pdf_scans
from ingest.readers.base import Limits
from ingest.readers.pdf import PdfReader
from tests.reliability.generated import scanned_pdf

LINE_CHARS = 70  # characters per drawn line at 14 pt on A4 with one-inch margins
LINES_PER_PAGE = 36
_WORDS = re.compile(r"[\w'-]+")


def page_texts(pages: int) -> list[list[str]]:
    """Lines for ``pages`` pages from the sample corpus's sentences (ASCII words: what the default font draws)."""
    words = [w for sentence in TextMaterial.load().sentences() for w in sentence.split() if w.isascii()]
    lines: list[str] = []
    line: list[str] = []
    at = 0
    while len(lines) < pages * LINES_PER_PAGE:
        word = words[at % len(words)]
        at += 1
        if line and len(" ".join([*line, word])) > LINE_CHARS:
            lines.append(" ".join(line))
            line = []
        line.append(word)
    return [lines[p * LINES_PER_PAGE : (p + 1) * LINES_PER_PAGE] for p in range(pages)]


def word_accuracy(drawn: list[list[str]], passages: list[str]) -> float:
    """Share of the drawn words read back exactly and in order."""
    truth = _WORDS.findall(" ".join(" ".join(page) for page in drawn))
    read = _WORDS.findall(" ".join(passages))
    matcher = difflib.SequenceMatcher(None, truth, read, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / max(len(truth), 1)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the Tesseracts)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_read(path: Path, workers: int) -> tuple[float, float, list[str]]:
    """Wall and CPU seconds to read the file with at most ``workers`` Tesseracts at once, and the passages' text."""
    saved = pdf_scans.MAX_WORKERS
    pdf_scans.MAX_WORKERS = workers
    try:
        started, cpu = time.perf_counter(), cpu_seconds()
        result = PdfReader().read(path, limits=Limits(ocr_max_pages=10_000, ocr_seconds=3600))
        return time.perf_counter() - started, cpu_seconds() - cpu, [p.text for p in result.passages]
    finally:
        pdf_scans.MAX_WORKERS = saved


def main(argv: list[str] | None = None) -> int:
    """Build the scan, read it alternately in parallel and serially, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    if shutil.which("tesseract") is None:
        print("Tesseract is not installed (apt-get install tesseract-ocr): nothing to measure", file=sys.stderr)
        return 1
    cores = os.cpu_count() or 1
    drawn = page_texts(args.pages)
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        path = scanned_pdf(Path(tmp) / "scan.pdf", drawn)
        parallel: list[float] = []
        serial: list[float] = []
        cpu: list[float] = []
        accuracy = 0.0
        for _ in range(args.rounds):  # alternate, so machine noise hits both
            seconds, used, texts = timed_read(path, pdf_scans.MAX_WORKERS)
            parallel.append(seconds)
            accuracy = word_accuracy(drawn, texts)
            seconds, used_serial, _ = timed_read(path, 1)
            serial.append(seconds)
            cpu += [used, used_serial]
    fast, slow = statistics.median(parallel), statistics.median(serial)
    print(f"machine: {machine()}")
    print(f"{args.pages} scanned A4 pages (200 dpi images, drawn again at 300 dpi for OCR), {args.rounds} rounds")
    print("| Tesseracts at once | seconds (median) | pages/s |\n|---|---:|---:|")
    workers = min(pdf_scans.MAX_WORKERS, cores)
    print(f"| up to {workers} (one per core, as ingest runs) | {fast:.2f} | {args.pages / fast:.2f} |")
    print(f"| 1 | {slow:.2f} | {args.pages / slow:.2f} |")
    print(f"parallel / serial speed: {slow / fast:.2f}; word accuracy {accuracy:.3f}")
    # CPU time does not depend on what else the machine runs: the figure to compare across runs
    print(f"CPU seconds per page (drawing and OCR, median of all reads): {statistics.median(cpu) / args.pages:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
