"""Contribution files built in code for tests: small, with known text at known locations."""

from __future__ import annotations

import csv
from pathlib import Path


def write_docx(
    path: Path,
    title: str,
    sections: list[tuple[str, list[str]]],
    table: list[list[str]] | None = None,
    author: str = "",
) -> Path:
    """A DOCX with a Title, one Heading 1 per section and, optionally, a table in the last section."""
    from docx import Document

    doc = Document()
    doc.core_properties.title = title
    doc.core_properties.author = author
    doc.add_paragraph(title, style="Title")
    for heading, paragraphs in sections:
        doc.add_heading(heading, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    doc.save(str(path))
    return path


def write_pptx(path: Path, slides: list[tuple[str, list[str], str]]) -> Path:
    """A deck of (title, bullets, notes) slides."""
    from pptx import Presentation

    prs = Presentation()
    for title, bullets, notes in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        body = slide.placeholders[1].text_frame
        body.text = bullets[0] if bullets else ""
        for line in bullets[1:]:
            body.add_paragraph().text = line
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    prs.save(str(path))
    return path


def write_pdf(path: Path, pages: list[str], title: str = "") -> Path:
    """A PDF with one text page per entry (an empty entry makes a page with only a drawn box)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    pdf.setTitle(title)
    for text in pages:
        if text:
            obj = pdf.beginText(60, 780)
            obj.setFont("Helvetica", 11)
            for line in _wrap(text, 90):
                obj.textLine(line)
            pdf.drawText(obj)
        else:
            pdf.rect(100, 400, 300, 200, fill=1)
        pdf.showPage()
    pdf.save()
    return path


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def write_metadata(folder: Path, rows: list[dict[str, str]]) -> Path:
    """A metadata.csv in ``folder`` with the given rows."""
    path = folder / "metadata.csv"
    fields = [
        "file",
        "title",
        "kind",
        "contributor",
        "organisation",
        "country",
        "region",
        "role",
        "date",
        "language",
        "password",
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in fields})
    return path


def small_corpus(folder: Path) -> Path:
    """Five contributions in five formats from four countries, with facts at known locations."""
    folder.mkdir(parents=True, exist_ok=True)
    write_pdf(
        folder / "brief.pdf",
        [
            "Policy brief on registers. Page one introduces the national register of qualifications in Ruritania.",
            "Page two explains that micro-credentials of at least 2 ECTS are listed in the register after "
            "external quality assurance by the Ruritanian Quality Agency.",
        ],
        title="Register brief",
    )
    write_pptx(
        folder / "deck.pptx",
        [
            ("Digital credentials pilot", ["Wallet pilot with 14 colleges", "Open Badges for employers"], ""),
            (
                "Results",
                ["Learners shared credentials with employers"],
                "Only in the notes: 812 learners took part in the wallet pilot; sealing cost 3 euro per credential.",
            ),
        ],
    )
    write_docx(
        folder / "assessment.docx",
        "Assessment of micro-credentials",
        [
            ("1 Assessment methods", ["Assessors observe practical tasks in real workplaces."]),
            ("2 Workload", ["A micro-credential should require at least 25 hours of learning."]),
        ],
        table=[["Method", "Share"], ["Workplace observation", "60 percent"], ["Written test", "40 percent"]],
    )
    (folder / "stacking.md").write_text(
        "# Stacking\n\n## 1 Pathways\n\nMicro-credentials stack into full vocational qualifications through "
        "credit accumulation.\n\n## 2 Limits\n\nNo more than half of a full qualification may be credited.\n",
        encoding="utf-8",
    )
    (folder / "recognition.txt").write_text(
        "Recognition note\n\nRecognition officers need learning outcomes and workload on every certificate.\n\n"
        "A regional recognition network would speed up decisions across borders.\n",
        encoding="utf-8",
    )
    write_metadata(
        folder,
        [
            {"file": "brief.pdf", "kind": "policy_brief", "contributor": "Ana Lis", "country": "Slovenia"},
            {"file": "deck.pptx", "kind": "presentation", "contributor": "Kai Rebane", "country": "Estonia"},
            {"file": "assessment.docx", "kind": "expert_input", "contributor": "Gia Neri", "country": "Italy"},
            {"file": "stacking.md", "kind": "expert_input", "contributor": "Mila Jovic", "country": "Serbia"},
            {
                "file": "recognition.txt",
                "kind": "expert_input",
                "contributor": "Mila Jovic",
                "country": "Serbia",
                "title": "Recognition note from Serbia",
            },
        ],
    )
    return folder


def invented_register(
    root: Path, files: dict[str, str], people: dict[str, str], outline: str, embedder, country: str = "Latvia"
) -> list:
    """The divergence register of an invented workspace under ``root``: ``files`` (name -> text) with a metadata
    sheet crediting ``people`` (name -> contributor) from ``country``, drafted against the ``outline`` YAML."""
    from pipeline.drafting.outline import load_outline
    from pipeline.index.ingestion import ingest_paths
    from pipeline.index.search import Searcher
    from pipeline.index.workspace_index import Index
    from pipeline.synthesis.divergence import find_divergences
    from tests.conftest import make_settings

    folder = root / "inputs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    write_metadata(
        folder, [{"file": f, "contributor": p, "country": country, "region": "EU"} for f, p in people.items()]
    )
    outline_file = root / "outline.yaml"
    outline_file.write_text(outline, encoding="utf-8")
    with Index(make_settings(root / "ws"), embedder=embedder) as index:  # closed: a session builds many
        ingest_paths(index, [folder])
        return find_divergences(index, load_outline(outline_file), Searcher(index))


def sides_held(point) -> list[set[str]]:
    """The contributors on each side of a point of divergence."""
    return [{s["contributor"] for s in p.sources()} for p in point.positions]


def folder_register(
    root: Path, folder: Path, people: dict[str, str], outline: str, embedder, country: str = "Latvia"
) -> list:
    """The divergence register of the contribution files already written in ``folder`` (any format), with a
    metadata sheet crediting ``people`` (file name -> contributor) from ``country``, against the ``outline``
    YAML; the workspace and outline go under ``root``."""
    from pipeline.drafting.outline import load_outline
    from pipeline.index.ingestion import ingest_paths
    from pipeline.index.search import Searcher
    from pipeline.index.workspace_index import Index
    from pipeline.synthesis.divergence import find_divergences
    from tests.conftest import make_settings

    write_metadata(
        folder, [{"file": f, "contributor": p, "country": country, "region": "EU"} for f, p in people.items()]
    )
    index = Index(make_settings(root / "ws"), embedder=embedder)
    ingest_paths(index, [folder])
    outline_file = root / "outline.yaml"
    outline_file.write_text(outline, encoding="utf-8")
    return find_divergences(index, load_outline(outline_file), Searcher(index))
