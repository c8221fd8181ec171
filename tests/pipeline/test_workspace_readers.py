"""What a user sees after ingesting contributions the readers used to misread: a text FAQ stored as its author's
answers under their questions, an e-mail's own quotation kept as a quotation, a forward found under an accented
name, and a sheet's "Webinar transcript" stored as an input, not as slides."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.workspace import Workspace
from tests.conftest import make_settings

pytestmark = pytest.mark.integration

FAQ = (
    "Micro-credentials in adult learning: frequently asked questions\n\n"
    "Q: How long does a micro-credential course last?\n"
    "A: Most courses run between 25 and 50 hours of learning.\n\n"
    "Q: Who assesses the learners?\n"
    "A: The provider's own trainers, with an external moderator once a year.\n"
)


@pytest.fixture
def ws(tmp_path, minilm) -> Iterator[Workspace]:
    from pipeline.index.workspace_index import Index

    settings = make_settings(tmp_path / "ws")
    with Index(settings, embedder=minilm) as index, Workspace(settings, index) as workspace:
        yield workspace


def _forward(folder: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "Secretariat <secretariat@example.eu>", "Fwd: Input"
    msg.set_content(
        "FYI, see the input below.\n\n---------- Forwarded message ---------\n"
        "From: José Müller <jm@example.es>\nDate: 2 March 2026\nSubject: Input\n\n"
        "Every micro-credential should state its workload in hours as well as in ECTS credits.\n"
    )
    (folder / "fwd.eml").write_bytes(bytes(msg))


def _quotation(folder: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "Lea Novak <lea@example.si>", "Input"
    msg.set_content(
        "<html><body><p>Assessment should take place at the workplace.</p><p>Our law already says:</p>"
        "<blockquote><p>Learning outcomes shall be written so that they can be assessed.</p></blockquote>"
        "</body></html>",
        subtype="html",
    )
    (folder / "quote.eml").write_bytes(bytes(msg))


def test_contributions_the_readers_used_to_misread_are_stored_in_their_authors_words(ws, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "faq.txt").write_text(FAQ, encoding="utf-8")
    _forward(folder)
    _quotation(folder)
    (folder / "metadata.csv").write_text(
        "file,contributor,country,type\n"
        "faq.txt,Mira Kos,Slovenia,Webinar transcript\n"
        "fwd.eml,Jose Muller,Spain,E-mail\n"
        "quote.eml,Lea Novak,Slovenia,E-mail\n",
        encoding="utf-8",
    )
    outcomes, _ = ws.ingest_paths([folder], metadata=folder / "metadata.csv")
    by_file = {o.file: o for o in outcomes}
    assert {o.file: o.status for o in outcomes} == {f: "ingested" for f in ("faq.txt", "fwd.eml", "quote.eml")}
    chunks = list(ws.index.manifest.all_chunks())

    # the FAQ: every answer is stored, under its question, with no speaker left out
    faq = {c.label: c.text for c in chunks if c.file == "faq.txt"}
    assert faq["section 1 How long does a micro-credential course last?"] == (
        "Most courses run between 25 and 50 hours of learning."
    )
    assert "external moderator" in faq["section 2 Who assesses the learners?"]
    assert not any("transcript" in w for w in by_file["faq.txt"].warnings)
    assert {s["file"]: s["kind"] for s in ws.sources()}["faq.txt"] == "expert_input"

    # the forward: the sheet's "Jose Muller" is the header's "José Müller"; the covering note is not stored
    forwarded = " ".join(c.text for c in chunks if c.file == "fwd.eml")
    assert "workload in hours" in forwarded and "FYI" not in forwarded

    # the writer's own quotation is kept, marked as someone else's words
    quote = "\n".join(c.text for c in chunks if c.file == "quote.eml")
    assert "> Learning outcomes shall be written so that they can be assessed." in quote.split("\n")
    assert "Assessment should take place at the workplace." in quote
