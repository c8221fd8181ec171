"""An e-mail saved with its attachment, ingested through the CLI: the attachment's passages are found by search with
the attachment in their location; the same file ingested again on its own is a duplicate coverage shows, quoted once.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.drafting.drafters.candidates import candidates
from pipeline.drafting.evidence import stored_passages
from pipeline.index.search import Searcher
from pipeline.synthesis.coverage import near_duplicates
from tests.builders import write_metadata, write_pdf
from tests.cli.test_cli import run

PAPER = (
    "Employers should fund the micro-credentials their staff take during working hours. "
    "Training vouchers for apprentices should be spent at the workshop or school of their choice. "
    "The final test should be a piece of work made in front of two masters, never a written test. "
)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    paper = write_pdf(folder / "position.pdf", [PAPER * 2])
    msg = EmailMessage()
    msg["From"] = "Ana Lima <ana.lima@chamber.example.pt>"
    msg["To"] = "consultation@guidelines.example.eu"
    msg["Subject"] = "Contribution of the chamber"
    msg.set_content("Dear colleagues,\n\nPlease find attached our contribution.\n\nKind regards,\nAna Lima\n")
    msg.add_attachment(paper.read_bytes(), maintype="application", subtype="pdf", filename="position.pdf")
    (folder / "message.eml").write_bytes(bytes(msg))
    (folder / "other.txt").write_text("Recognition officers need the assessment method on the certificate.\n")
    write_metadata(
        folder,
        [
            {"file": "message.eml", "contributor": "Ana Lima", "country": "Portugal", "region": "EU"},
            {"file": "position.pdf", "contributor": "Ana Lima", "country": "Portugal", "region": "EU"},
            {"file": "other.txt", "contributor": "Rania Haddad", "country": "Jordan", "region": "partner"},
        ],
    )
    return folder


@pytest.mark.integration
def test_an_attachment_is_ingested_and_found_by_search_with_its_location(tmp_path: Path) -> None:
    folder, ws = _folder(tmp_path), tmp_path / "ws"
    proc = run("ingest", str(folder / "message.eml"), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    (outcome,) = json.loads(proc.stdout)
    assert outcome["status"] == "ingested" and outcome["chunks"] >= 1
    assert any("covering note" in w for w in outcome["warnings"])
    proc = run("search", "who should fund the training of staff", "--k", "3", "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert hits[0]["file"] == "message.eml" and hits[0]["contributor"] == "Ana Lima"
    assert hits[0]["location"] == "attachment position.pdf, page 1"
    assert all(h["location"].startswith("attachment position.pdf") for h in hits)  # the covering note is left out


@pytest.mark.integration
def test_the_same_file_attached_and_on_its_own_is_a_duplicate_quoted_once(tmp_path: Path, make_index) -> None:
    from pipeline.index.ingestion import ingest_paths

    index = make_index()
    outcomes, _ = ingest_paths(index, [_folder(tmp_path)])
    assert {o.file: o.status for o in outcomes} == dict.fromkeys(
        ("message.eml", "other.txt", "position.pdf"), "ingested"
    )
    duplicates = near_duplicates(index)
    assert duplicates in ({"position.pdf": "message.eml"}, {"message.eml": "position.pdf"})
    # both sources keep their passages, each at its own location
    labels = {(c.file, c.label) for c in index.manifest.all_chunks()}
    assert ("position.pdf", "page 1") in labels and ("message.eml", "attachment position.pdf, page 1") in labels
    # the drafter quotes a wording once, from the first passage that holds it, whichever file that is
    searcher = Searcher(index)
    evidence = stored_passages(searcher, [c.chunk_id for c in index.manifest.all_chunks() if c.file != "other.txt"])
    texts = [c.text for c in candidates(evidence)]
    assert texts.count("Employers should fund the micro-credentials their staff take during working hours.") == 1
