"""Titles and contributors of uploaded files when the user leaves them blank (the inputs issue's .docx case)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from pipeline.workspace import Upload, Workspace
from tests.conftest import make_settings

pytestmark = pytest.mark.integration

BALTIC = "Recognising micro-credentials across the Baltic states"


def latvia_docx(*, prop_title: str = BALTIC, title_paragraph: str | None = BALTIC, author: str | None = None) -> bytes:
    """A brief as python-docx writes it: its author property says 'python-docx' unless set."""
    document = docx.Document()
    document.core_properties.title = prop_title
    if author is not None:
        document.core_properties.author = author
    if title_paragraph:
        document.add_paragraph(title_paragraph, style="Title")
    document.add_paragraph("Mutual recognition in the region", style="Heading 1")
    document.add_paragraph("Latvia, Lithuania and Estonia compare the learning outcomes of short courses.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def ws(tmp_path, minilm) -> Iterator[Workspace]:
    from pipeline.index.workspace_index import Index

    settings = make_settings(tmp_path / "ws")
    with Index(settings, embedder=minilm) as index, Workspace(settings, index) as workspace:
        yield workspace


def sources(ws: Workspace) -> dict[str, dict]:
    return {s["file"]: s for s in ws.sources()}


def test_an_upload_with_a_blank_title_takes_the_documents_own_title_not_its_file_name(ws):
    blank = {"title": "", "contributor": "", "country": "Latvia"}
    outcomes, _ = ws.ingest_uploads(
        [Upload("latvia_recognition.docx", latvia_docx())], rows={"latvia_recognition.docx": blank}
    )
    assert [o.status for o in outcomes] == ["ingested"]
    source = sources(ws)["latvia_recognition.docx"]
    assert source["title"] == BALTIC
    assert source["contributor"] == ""  # "python-docx" wrote the author property, no person did


def test_without_a_title_property_the_first_heading_then_the_file_name_is_the_title(ws):
    no_title = latvia_docx(prop_title="", title_paragraph=None, author="Microsoft Office User")
    plain, untitled = io.BytesIO(), docx.Document()
    untitled.add_paragraph("Some notes taken in Riga about recognition.")
    untitled.save(plain)
    ws.ingest_uploads([Upload("baltic_brief.docx", no_title), Upload("notes_from_riga.docx", plain.getvalue())])
    listed = sources(ws)
    assert listed["baltic_brief.docx"]["title"] == "Mutual recognition in the region"
    assert listed["baltic_brief.docx"]["contributor"] == ""
    assert listed["notes_from_riga.docx"]["title"] == "notes from riga"


def test_a_person_named_as_author_is_kept_and_a_title_given_wins(ws):
    data = latvia_docx(author="Ilze Kalnina")
    ws.ingest_uploads([Upload("a.docx", data)], rows={"a.docx": {"title": "Baltic brief"}})
    source = sources(ws)["a.docx"]
    assert (source["title"], source["contributor"]) == ("Baltic brief", "Ilze Kalnina")


def test_the_command_line_path_gives_the_same_titles(ws, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "latvia_recognition.docx").write_bytes(latvia_docx())
    (folder / "placeholder.docx").write_bytes(latvia_docx(prop_title="Microsoft Word - latvia.docx"))
    untitled = latvia_docx(prop_title="Microsoft Word - latvia.docx", title_paragraph=None)
    (folder / "untitled.docx").write_bytes(untitled)
    ws.ingest_paths([folder])
    listed = sources(ws)
    assert (listed["latvia_recognition.docx"]["title"], listed["latvia_recognition.docx"]["contributor"]) == (
        BALTIC,
        "",
    )
    # the Title paragraph the reader sees is the title, before a property a tool wrote (session 18)
    assert listed["placeholder.docx"]["title"] == BALTIC
    # a title property a tool wrote is no title: without a Title paragraph, the document's first heading is used
    assert listed["untitled.docx"]["title"] == "Mutual recognition in the region"


def test_an_uploaded_xlsx_sheet_describes_uploads_it_names_by_path_or_bare_name(ws, tmp_path: Path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Document", "Author", "Organization", "Country"])
    book.active.append(["contributions/riga_notes.docx", "Ilze Kalnina", "AIC", "Latvia"])
    sheet = tmp_path / "metadata.xlsx"
    book.save(sheet)
    notes = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Notes on recognition taken in Riga.")
    document.save(notes)
    ws.ingest_uploads([Upload("riga_notes.docx", notes.getvalue())], metadata_csv=sheet)
    source = sources(ws)["riga_notes.docx"]
    assert (source["contributor"], source["organisation"], source["country"]) == ("Ilze Kalnina", "AIC", "Latvia")


HEARING_TXT = """Public hearing on micro-credentials, Zagreb, 12 March 2026

Chair: Welcome. The ministry proposes that every micro-credential carry at least 5 ECTS.

Ms Horvat (Student Union): We think a minimum of 5 ECTS would shut out short workplace courses.
Students should be able to stack credentials of 1 or 2 ECTS.

Mr Petrov (Ministry): The register cannot list credentials below 3 ECTS.
"""


def test_a_transcript_is_stored_with_only_the_contributors_turns(ws, tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hearing.txt").write_text(HEARING_TXT, encoding="utf-8")
    (folder / "other.txt").write_text(HEARING_TXT.replace("Zagreb", "Split"), encoding="utf-8")
    sheet = folder / "metadata.csv"
    sheet.write_text(
        "file,contributor,organisation,country\n"
        "hearing.txt,Ana Horvat,Student Union,Croatia\n"
        "other.txt,Ivo Kranjc,Chamber of Crafts,Croatia\n",
        encoding="utf-8",
    )
    outcomes, _ = ws.ingest_paths([folder], metadata=sheet)
    by_file = {o.file: o for o in outcomes}
    assert by_file["hearing.txt"].status == "ingested"
    stored = " ".join(c.text for c in ws.index.manifest.all_chunks() if c.file == "hearing.txt")
    assert "shut out short workplace courses" in stored and "stack credentials of 1 or 2 ECTS" in stored
    assert "ministry proposes" not in stored and "below 3 ECTS" not in stored
    assert any("Mr Petrov (Ministry)" in w for w in by_file["hearing.txt"].warnings)
    # nobody in the second copy is its contributor: none of the turns is stored as Ivo Kranjc's words
    other = " ".join(c.text for c in ws.index.manifest.all_chunks() if c.file == "other.txt")
    assert "ECTS" not in other
    assert any("do not include Ivo Kranjc" in w for w in by_file["other.txt"].warnings)


def test_a_forwarded_colleagues_message_is_not_stored_as_the_contributors_words(ws, tmp_path: Path):
    from email.message import EmailMessage

    folder = tmp_path / "mail"
    folder.mkdir()
    msg = EmailMessage()
    msg["From"] = "Aino Virtanen <aino@example.fi>"
    msg["Subject"] = "Fwd: credits"
    msg.set_content(
        "We think every micro-credential should state its workload in hours as well as credits.\n\n"
        "---------- Forwarded message ---------\nFrom: Jan Novak <jan@example.cz>\nDate: 2 March 2026\n\n"
        "Every micro-credential should carry at least 5 ECTS credits.\n"
    )
    (folder / "fwd.eml").write_bytes(bytes(msg))
    (folder / "metadata.csv").write_text("file,contributor,country\nfwd.eml,Aino Virtanen,Finland\n", encoding="utf-8")
    outcomes, _ = ws.ingest_paths([folder], metadata=folder / "metadata.csv")
    (outcome,) = [o for o in outcomes if o.file == "fwd.eml"]
    stored = " ".join(c.text for c in ws.index.manifest.all_chunks() if c.file == "fwd.eml")
    assert "workload in hours" in stored and "5 ECTS" not in stored
    assert any("forwarded message from Jan Novak is left out" in w for w in outcome.warnings)
