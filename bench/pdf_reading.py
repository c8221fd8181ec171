"""What reading a PDF costs now against an earlier reader, as ratios measured in one run.

    python bench/pdf_reading.py [--pages 40] [--runs 5] [--before 01235c5]

A PDF of ``--pages`` pages is built here (reportlab, in a temporary folder): on every page a running header, a
footer of two lines with the page number, a heading, paragraphs, a bulleted list with a paragraph under it and a
gridded table whose cells wrap (long tables run on to the next page). It is read with the PDF reader of this tree
and with the one of the ``--before`` commit (its ``ingest/`` taken with ``git archive``), each in a child process
that imports first and then times only the reads; the two are interleaved run by run and the medians compared.
A third figure is the share of one read spent in the steps that find lists' ends, running headers and footers,
footnotes and tables (this tree only).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# a child process: import the reader of the tree on its path, then time ``reads`` reads of the file
_WORKER = """
import json, sys, time
from pathlib import Path
from ingest.readers.pdf import PdfReader
path, reads = Path(sys.argv[1]), int(sys.argv[2])
reader = PdfReader()
passages = reader.read(path).passages
times = []
for _ in range(reads):
    start = time.perf_counter()
    reader.read(path)
    times.append(time.perf_counter() - start)
tables = sum(1 for p in passages if p.location.table)
print(json.dumps({"seconds": min(times), "passages": len(passages), "tables": tables}))
"""

_ITEMS = [
    "Providers should publish the workload of every course in hours and in ECTS credits, so that learners "
    "and employers can compare the offers of different providers fairly.",
    "Registers should list only courses that passed an external quality review before enrolment opened.",
]


def build(path: Path, pages: int) -> Path:
    """The bench's PDF: ``pages`` pages of a position paper with lists, tables, headers and footers."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]

    def furniture(canvas, document) -> None:  # noqa: ANN001 - reportlab's page callback
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(72, 800, "Baltic Council of Adult Educators - position paper")
        canvas.drawCentredString(297, 40, "Confidential - draft for consultation")
        canvas.drawCentredString(297, 30, f"Page {document.page} of {pages}")
        canvas.restoreState()

    story: list = []
    for n in range(1, pages + 1):
        story.append(Paragraph(f"{n}. Section on topic {n}", styles["Heading2"]))
        story.append(Paragraph(f"Point {n}: short courses need a clear place in the register. " * 4, body))
        story.append(ListFlowable([ListItem(Paragraph(f"{item} ({n})", body)) for item in _ITEMS], bulletType="bullet"))
        story.append(Paragraph(f"Under the list comes a paragraph of its own, on page {n}, closing the point.", body))
        rows = [["Issue", "Our position", "Since"]] + [
            [f"Issue {n}.{k} of the register", f"Position {k}: the awarding body decides case by case how much "
             "credit a micro-credential brings towards a full qualification.", str(2000 + k)]
            for k in range(1, 6 if n % 4 else 14)
        ]  # fmt: skip
        table = Table([[Paragraph(c, body) for c in row] for row in rows], colWidths=[130, 250, 60], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.extend([table, PageBreak()])
    SimpleDocTemplate(str(path), pagesize=A4).build(story[:-1], onFirstPage=furniture, onLaterPages=furniture)
    return path


def _tree_at(commit: str, folder: Path) -> Path:
    """The ``ingest/`` package of ``commit`` in ``folder`` (what the old reader imports)."""
    data = subprocess.run(
        ["git", "-C", str(REPO), "archive", commit, "ingest"], check=True, capture_output=True, timeout=120
    ).stdout
    with tarfile.open(fileobj=BytesIO(data)) as archive:
        archive.extractall(folder, filter="data")
    return folder


def _read_in_child(root: Path, pdf: Path, reads: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(pdf), str(reads)],
        check=True,
        capture_output=True,
        text=True,
        timeout=900,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    return json.loads(out.stdout)


def stage_share(pdf: Path) -> dict[str, float]:
    """Seconds of one read of this tree, and of its list, furniture, footnote and table steps alone (on copies of
    the page lines as the reader has them before those steps)."""
    import copy

    from pypdf import PdfReader as PypdfReader

    from ingest.readers.pdf import PdfReader
    from ingest.readers.pdf_furniture import drop_page_furniture
    from ingest.readers.pdf_headings import SizeRecorder
    from ingest.readers.pdf_lists import mark_list_items
    from ingest.readers.pdf_notes import body_size, take_notes
    from ingest.readers.pdf_paragraphs import mark_paragraph_breaks
    from ingest.readers.pdf_tables import find_tables

    start = time.perf_counter()
    PdfReader().read(pdf)
    whole = time.perf_counter() - start
    pages = []
    for number, page in enumerate(PypdfReader(pdf).pages, start=1):
        recorder = SizeRecorder()
        lines = recorder.page_lines(number, page.extract_text(visitor_text=recorder) or "")
        mark_list_items(lines)
        pages.append(lines)
    pages = copy.deepcopy(pages)
    start = time.perf_counter()
    drop_page_furniture(pages)
    body = body_size(pages)
    for lines in pages:
        take_notes(lines, body)
    for lines in pages:
        mark_paragraph_breaks(lines)
    for lines in pages:
        find_tables(lines)
    steps = time.perf_counter() - start
    return {"read_s": whole, "steps_s": steps, "steps_share": steps / whole}


def main() -> None:
    """Build the PDF, time the two readers interleaved, print the ratios as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reads", type=int, default=3, help="reads per child process (the fastest is kept)")
    parser.add_argument("--before", default="01235c5", help="the commit whose reader is the baseline")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = build(folder / "paper.pdf", args.pages)
        old = _tree_at(args.before, folder / "before")
        times: dict[str, list[float]] = {"before": [], "after": []}
        shape: dict[str, dict[str, float]] = {}
        for _ in range(args.runs):
            for name, root in (("before", old), ("after", REPO)):
                result = _read_in_child(root, pdf, args.reads)
                times[name].append(result["seconds"])
                shape[name] = {"passages": result["passages"], "tables": result["tables"]}
        before, after = statistics.median(times["before"]), statistics.median(times["after"])
        from pypdf import PdfReader as PypdfReader

        report = {
            "pages": len(PypdfReader(pdf).pages),  # the story is planned for --pages; long tables add a few
            "before_commit": args.before,
            "before_s": round(before, 4),
            "after_s": round(after, 4),
            "after_over_before": round(after / before, 3),
            "shape": shape,
            "stages": {k: round(v, 4) for k, v in stage_share(pdf).items()},
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
