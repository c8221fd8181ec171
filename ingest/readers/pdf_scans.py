"""OCR of a PDF's scanned pages: each page drawn by PDFium, read by Tesseract, within the file's OCR limits.

Pages are drawn one after the other (PDFium is not thread-safe) and read by up to one Tesseract per core at
once. What one file may cost is bounded twice: at most ``ocr_max_pages`` pages, and OCR stops once the file's
reading has taken ``ocr_seconds`` (a share of the reader's time limit), so the pages read so far are kept
instead of the whole file timing out. Every page not read says why in a warning.
"""

from __future__ import annotations

import os
import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.readers.base import Limits, ReadError
from ingest.readers.ocr import INSTALL_HINT, LanguageChoice, OcrError, OcrPage, OcrTimeout, Tesseract
from ingest.readers.pdf_pdfium import open_document, render

MAX_WORKERS = 4  # Tesseract processes at once, at most one per core


def page_list(numbers: list[int]) -> str:
    """``page 3`` or ``pages 1-3, 7``: consecutive pages as ranges."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    text = ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in spans)
    return f"{'pages' if len(numbers) > 1 else 'page'} {text}"


@dataclass
class Scans:
    """What OCR made of a file's pages without a text layer."""

    texts: dict[int, str] = field(default_factory=dict)  # page number -> text read
    warnings: list[str] = field(default_factory=list)
    refusal: str = ""  # the reason to give when no page of the file has text


def read_scans(
    path: Path, password: str | None, numbers: list[int], limits: Limits, hint: str, deadline: float
) -> Scans:
    """OCR the pages ``numbers`` (1-based) of ``path``; ``hint`` is the source's language, ``deadline`` a monotonic
    time after which no page is started or waited for."""
    scans = Scans()
    if not numbers:
        return scans
    tesseract = Tesseract.find() if limits.ocr_max_pages > 0 else None
    if tesseract is None:
        why = INSTALL_HINT if limits.ocr_max_pages > 0 else "OCR is off (setting ocr_max_pages is 0)"
        scans.refusal = f"no text layer (needs OCR: {why})"
        scans.warnings.append(f"{page_list(numbers)}: no text layer (needs OCR: {why})")
        return scans
    chosen, over = numbers[: limits.ocr_max_pages], numbers[limits.ocr_max_pages :]
    if over:
        cap = f"OCR reads at most {limits.ocr_max_pages:,} pages of a file (setting ocr_max_pages)"
        scans.warnings.append(f"{page_list(over)}: no text layer, not read: {cap}")
    try:
        document = open_document(path, password)
    except ReadError as exc:
        scans.refusal = f"no text layer, and the pages could not be drawn for OCR ({exc.reason})"
        scans.warnings.append(f"{page_list(chosen)}: {scans.refusal}")
        return scans
    languages = tesseract.choose_languages(hint)
    pages, unread = _run(tesseract, document, chosen, languages, deadline)
    document.close()
    blank, unsure, late, failed = [], [], [], []
    for number in chosen:
        page = pages.get(number)
        if isinstance(page, OcrPage):
            if page.text.strip():
                scans.texts[number] = page.text
            elif page.words:
                unsure.append(number)
            else:
                blank.append(number)
        elif number in unread:
            late.append(number)
        else:
            failed.append(f"page {number}: {page or 'OCR failed'}")
    if scans.texts:
        scans.warnings.append(f"{page_list(sorted(scans.texts))}: read by OCR ({languages.note}); check before quoting")
    dropped = sum(p.dropped_lines for p in pages.values() if isinstance(p, OcrPage) and p.text.strip())
    if dropped:
        scans.warnings.append(f"{dropped} line(s) OCR was unsure of left out")
    if unsure:
        scans.warnings.append(f"{page_list(unsure)}: OCR was unsure of every line, left out")
    if blank:
        scans.warnings.append(f"{page_list(blank)}: no text layer, and OCR found no text")
    if late:
        limit = "OCR stopped at its share of the reading time (setting read_timeout_s)"
        scans.warnings.append(f"{page_list(late)}: no text layer, not read: {limit}")
    scans.warnings.extend(failed)
    if not scans.texts:
        scans.refusal = _refusal(blank, unsure, late, failed, bool(over))
    return scans


def _refusal(blank: list[int], unsure: list[int], late: list[int], failed: list[str], capped: bool) -> str:
    if late:
        return "no text layer, and OCR ran out of time (setting read_timeout_s)"
    if failed and not blank and not unsure:
        return f"no text layer, and OCR failed ({failed[0]})"
    if unsure and not blank:
        return "no text layer, and OCR could not read the pages with confidence"
    capped_note = "; further pages not read (setting ocr_max_pages)" if capped else ""
    return f"no text layer, and OCR found no text{capped_note}"


def _run(
    tesseract: Tesseract, document: Any, numbers: list[int], languages: LanguageChoice, deadline: float
) -> tuple[dict[int, OcrPage | str], set[int]]:
    """Draw and read each page; results by page (an OcrPage, or why it failed) and the pages left for time."""
    workers = max(1, min(MAX_WORKERS, os.cpu_count() or 1))
    results: dict[int, OcrPage | str] = {}
    unread: set[int] = set()
    with tempfile.TemporaryDirectory(prefix="ocr-") as folder, ThreadPoolExecutor(workers) as pool:
        pending: dict[int, Future[OcrPage]] = {}

        def collect(number: int) -> None:
            future = pending.pop(number)
            try:
                results[number] = future.result(timeout=max(deadline - time.monotonic(), 0) + 5)
            except (OcrTimeout, TimeoutError):
                unread.add(number)
            except OcrError as exc:
                results[number] = str(exc)

        for number in numbers:
            if time.monotonic() >= deadline:
                unread.add(number)
                continue
            try:
                image = render(document, number - 1, Path(folder) / f"{number}.png")
            except Exception as exc:  # a damaged page PDFium cannot draw: this page only
                results[number] = f"could not be drawn for OCR ({str(exc)[:80]})"
                continue
            if image is None:
                results[number] = OcrPage("", 0.0, 0, 0)  # blank or too small to hold text
                continue
            pending[number] = pool.submit(tesseract.read, image, languages, deadline - time.monotonic())
            while len(pending) > 2 * workers:  # draw ahead a little, not the whole file
                collect(min(pending))
        for number in sorted(pending):
            collect(number)
    return results, unread
