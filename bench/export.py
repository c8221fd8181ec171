"""Word export benchmark: a synthetic 100-section draft exported in full (target <= 5 s).

Each section has 4 paragraphs of 4 sentences citing 1-2 of 40 passages (from 30 contributions, text recombined
from the sample corpus), about one sentence in ten flagged, and two gaps; the divergence hook is exercised on
every tenth section. Reported: export wall time (best and median of the rounds), footnotes, comments, file size.

Standalone: ``python -m bench.export [--sections 100] [--rounds 3] [--json-out FILE]``.

``--workspace DIR`` instead measures what a reviewer reads in the footnotes of a drafted workspace's export:
for each citation of an evidence sentence, whether the quoted words (of the note, or of the note it refers
back to) hold at least 80% of the claim's content words, next to the earlier rule (the passage's first 200
characters); how often a verbatim quote that stands in the passage is quoted whole; note lengths; and, where
LibreOffice is installed, the share of each page's text height the footnotes take in the PDF.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.common import Stopwatch, TextMaterial, write_json
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.model import DraftResult, Gap, Paragraph, Sentence
from pipeline.word.export import export_docx

TARGET_S = 5.0
COUNTRIES = ["Slovenia", "Estonia", "Italy", "Serbia", "Albania", "Ukraine", "Ireland", "Georgia", "Finland", "Moldova"]
LOCATIONS = ["page 3", "slide 4", "slide 7 notes", "section 2.1 Assessment", "table 1", "page 12"]


def synthetic(store: DraftStore, sections: int, seed: int = 11) -> Outline:
    """Store one revision per section and return the outline that orders them."""
    rng = random.Random(seed)
    material = TextMaterial.load()
    sentences = material.sentences()
    contributions = [
        {
            "file": f"contribution-{i:02d}.pdf",
            "title": material.heading(rng),
            "contributor": f"Expert {i:02d}",
            "organisation": f"Agency {i % 7}",
            "country": COUNTRIES[i % len(COUNTRIES)],
            "region": "EU" if i % 2 else "partner country",
            "kind": "policy_brief",
            "role": "expert",
        }
        for i in range(30)
    ]
    specs = []
    for n in range(sections):
        sources = {
            f"chunk-{n}-{k}": {
                **rng.choice(contributions),
                "location": rng.choice(LOCATIONS),
                "text": material.paragraph(rng, 300, 900),
            }
            for k in range(40)
        }
        ids = list(sources)
        paragraphs = tuple(
            Paragraph(
                tuple(
                    Sentence(
                        rng.choice(sentences),
                        tuple(rng.sample(ids, rng.choice((1, 1, 2)))),
                        round(rng.uniform(0.3, 0.95), 2),
                        ("weak_support",) if rng.random() < 0.1 else (),
                    )
                    for _ in range(4)
                )
            )
            for _ in range(4)
        )
        gaps = (Gap(f"Open question {n}.1?", "no passage"), Gap(f"Open question {n}.2?", "no passage"))
        store.save(f"section-{n:03d}", DraftResult(paragraphs, gaps), author="bench", expected=0, sources=sources)
        specs.append(
            SectionSpec(
                id=f"section-{n:03d}",
                title=f"{n + 1}. {material.heading(rng)}",
                audience="system" if n % 2 else "provider",
                purpose="benchmark",
                questions=["q"],
            )
        )
    return Outline(title="Synthetic guidelines", version="bench", sections=tuple(specs))


def run(workdir: Path, sections: int, rounds: int) -> dict[str, Any]:
    """Build the draft once, then time ``rounds`` full exports."""
    store = DraftStore(workdir / "drafts.sqlite")
    outline = synthetic(store, sections)
    positions = [{"summary": "Yes", "sources": ["Expert 01"]}, {"summary": "No", "sources": []}]
    divergences = {s.id: [{"topic": "Scope", "positions": positions}] for s in outline.sections[::10]}
    times, summary = [], None
    for r in range(rounds):
        with Stopwatch() as watch:
            summary = export_docx(workdir / f"export-{r}.docx", outline, store, divergences=divergences)
        times.append(watch.seconds)
    store.close()
    assert summary is not None
    return {
        "sections": len(summary.sections),
        "footnotes": summary.footnotes,
        "comments": summary.comments,
        "size_mb": round(summary.path.stat().st_size / 1e6, 2),
        "rounds": rounds,
        "best_s": round(min(times), 2),
        "median_s": round(statistics.median(times), 2),
        "target_s": TARGET_S,
        "meets_target": statistics.median(times) <= TARGET_S,
    }


def footnote_quality(workspace: Path, out: Path) -> dict[str, Any]:
    """Export ``workspace``'s drafts to ``out`` and score the footnotes' quotes against the sentences citing them."""
    import re

    from pipeline.index.lexical import tokenize
    from pipeline.settings import Settings
    from pipeline.word.review.reader import read_review
    from pipeline.workspace import Workspace

    ws = Workspace(Settings(workspace=workspace))
    ws.export(out)
    doc = read_review(out)
    notes = doc.footnote_texts

    def quoted(fid: int) -> str:
        back = re.fullmatch(r"See note (\d+)\.", notes[fid])
        if back:
            return quoted(int(back.group(1)))
        found = re.search(r"“(.*)”", notes[fid])
        return found.group(1) if found else ""

    def first_200(text: str) -> str:
        flat = " ".join(text.split())
        return flat if len(flat) <= 200 else flat[:200].rsplit(" ", 1)[0]

    def holds(claim: set[str], text: str) -> bool:
        return len(claim & set(tokenize(text))) >= 0.8 * len(claim)

    now = before = total = verbatim = verbatim_whole = 0
    for section in doc.export.sections:
        revision = ws.store.revision(section.section_id, section.revision)
        for entry, sentence in zip(section.sentences, revision.sentences(), strict=True):
            claim = set(tokenize(sentence.quote or sentence.text))
            if sentence.kind == "summary" or not claim:
                continue
            for fid, chunk_id in zip(entry.footnotes, entry.citations, strict=True):
                passage = " ".join(revision.sources.get(chunk_id, {}).get("text", "").split())
                total += 1
                now += holds(claim, quoted(fid))
                before += holds(claim, first_200(passage))
                words = " ".join((sentence.quote or "").split()).strip("“”\"' .")
                if words and words in passage:
                    verbatim += 1
                    verbatim_whole += words in quoted(fid)
    lengths = sorted(len(t) for fid, t in notes.items() if fid > 0)
    return {
        **footnote_share(out),
        "citations": total,
        "quote_holds_claim": round(now / max(total, 1), 3),
        "first_200_chars_held_claim": round(before / max(total, 1), 3),
        "verbatim_quotes_in_passage": verbatim,
        "quoted_whole": round(verbatim_whole / max(verbatim, 1), 3),
        "note_chars_median": lengths[len(lengths) // 2] if lengths else 0,
        "note_chars_max": lengths[-1] if lengths else 0,
        "notes_referring_back": sum(1 for t in notes.values() if t.startswith(("See note", "As note"))),
        "notes": len(lengths),
    }


def footnote_share(docx_path: Path) -> dict[str, Any]:
    """Through LibreOffice to PDF: the share of each portrait page's text height taken by footnotes (9 pt text)."""
    import shutil
    import subprocess

    binary = shutil.which("soffice") or shutil.which("libreoffice")
    if not binary:
        return {"footnote_share": "LibreOffice not installed"}
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    folder = docx_path.parent
    subprocess.run(
        [binary, f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(docx_path)],
        capture_output=True, timeout=300, check=True,
    )  # fmt: skip
    shares = []
    document = pdfium.PdfDocument(str(docx_path.with_suffix(".pdf")))
    for page in document:
        width, height = page.get_size()
        if width > height:
            continue  # the landscape annexes have no footnotes
        text, notes, everything = page.get_textpage(), [], []
        for k in range(text.count_chars()):
            size = raw.FPDFText_GetFontSize(text.raw, k)
            if size < 2:  # generated spaces and line ends
                continue
            _, bottom, _, top = text.get_charbox(k)
            everything.append((bottom, top))
            if abs(size - 9) < 0.3 or abs(size - 5.85) < 0.5:  # note text and its superscript number
                notes.append((bottom, top))
        if notes:
            span = max(t for _, t in everything) - min(b for b, _ in everything)
            shares.append((max(t for _, t in notes) - min(b for b, _ in notes)) / span)
    document.close()
    return {
        "pages_with_notes": len(shares),
        "footnote_share_mean": round(statistics.mean(shares), 3) if shares else 0.0,
        "footnote_share_max": round(max(shares), 3) if shares else 0.0,
    }


def main() -> None:
    """Run, print the JSON, and write it where bench/run_all.py asks."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sections", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json-out", type=Path)
    parser.add_argument("--workspace", type=Path, help="score the footnotes of this drafted workspace's export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.workspace:
            result = footnote_quality(args.workspace, Path(tmp) / "review.docx")
        else:
            result = run(Path(tmp), args.sections, args.rounds)
    print(json.dumps(result, indent=2))
    if args.json_out:
        write_json(args.json_out, result)


if __name__ == "__main__":
    main()
