"""The twenty-first held-out set's own promises (eval/heldout21/README.md): its built files rebuild byte for byte,
its sheet is an Italian secretariat's semicolon CSV in Windows-1252 read whole below its title row (headers,
countries and regions in Italian, names written SURNAME Given, a notes column that is no field), its scanned
letter is a multi-page greyscale TIFF without text, its minutes keep the record in a "Speaker | Statement" table,
its printed slides are notes pages, its letter in OpenDocument text carries real footnotes, its browser printout
runs over two pages under the browser's header and footer, its outline is a Markdown question grid, and what
makes each text layout differ survives its reader. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib
import shutil
import zipfile

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import (
    ROOT,
    SETS,
    _header_spellings,
    _read_sheet,
    contribution_passages,
    contribution_text,
    rebuilds_byte_for_byte,
)

HERE = ROOT / "eval" / "heldout21"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.csv"
SCAN = CORPUS / "scan_codru_small_wineries_association.tif"
MINUTES = CORPUS / "minutes_vidzeme_vocational_education_council.docx"
NOTES_PAGES = CORPUS / "notes_pages_atyrau_petroleum_skills_centre.pdf"
LETTER = CORPUS / "letter_ionian_coast_university.odt"
PRINTOUT = CORPUS / "printout_adriatic_policy_lab_blog.pdf"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout21", 6)


@pytest.mark.unit
def test_the_semicolon_sheet_in_windows_1252_is_read_whole_below_its_title_row():
    raw = SHEET.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "PÖLZL", "Šumadija" and "l'educazione" as Excel saves them on Windows
    lines = raw.decode("cp1252").split("\r\n")
    assert lines[-1] == "" and all("\n" not in line for line in lines)  # CRLF line ends only
    assert lines[0].startswith("Consultazione sulle micro-credenziali") and lines[0].endswith(";" * 7)
    assert lines[1] == ";" * 7  # the empty row under the title, as wide as the header
    header = lines[2].split(";")
    assert header == [
        "Nome del file", "Cognome e nome", "Ente di appartenenza", "Paese di provenienza", "UE / paese partner",
        "Tipo di documento", "Pervenuto il", "Annotazioni",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date", None,
    ]  # fmt: skip
    # the sets written before it; heldout20 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout20", "heldout21")])
    assert not {h.casefold() for h in header} & earlier
    rows = read_metadata_csv(SHEET)
    assert len(rows) == 10
    assert {row["country"] for row in rows.values()} >= {"Moldavia", "Lettonia", "Grecia", "Croazia", "Marocco"}
    for name, row in rows.items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name  # no warning on any row
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Moldova", "Latvia", "Kazakhstan", "Slovenia", "Greece", "Ukraine", "Serbia", "Austria", "Croatia",
        "Morocco",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # the register's "SURNAME Given" is the name each signs with, two-word and hyphenated surnames included
    names = {r["contributor"] for r in stored.values()}
    assert {"Lilian Grosu", "Katharina Pölzl-Aigner", "Nives Jurman Kralj", "Youssef Ait-Lahcen"} <= names
    assert stored["letter_ionian_coast_university.odt"]["date"] == "2026-03-11"  # "11/03/2026", day first


@pytest.mark.unit
def test_the_scanned_letter_is_a_multi_page_greyscale_tiff_without_text():
    from PIL import Image, ImageSequence

    with Image.open(SCAN) as image:
        frames = [
            (frame.mode, frame.size, tuple(round(v) for v in frame.info["dpi"]))
            for frame in ImageSequence.Iterator(image)
        ]
    assert frames == [("L", (1654, 2339), (200, 200))] * 2  # two A4 pages at 200 dpi, in grey
    assert b"Codru" not in SCAN.read_bytes() and b"winemaker" not in SCAN.read_bytes()


@pytest.mark.slow
@pytest.mark.unit
def test_ocr_reads_the_scanned_letter_page_by_page():
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the scanned letter cannot be read")
    passages = _passages(SCAN.name)
    assert [p.location.page for p in passages] == [1, 2] and all(p.location.ocr for p in passages)
    assert "left to the provider that designs it" in " ".join(passages[0].text.split())
    assert "sit on every assessment panel beside the teacher" in " ".join(passages[1].text.split())


@pytest.mark.unit
def test_the_minutes_keep_their_record_in_a_speaker_statement_table():
    from docx import Document

    doc = Document(MINUTES)
    assert len(doc.tables) == 2
    assert [c.text for c in doc.tables[1].rows[0].cells] == ["Speaker", "Statement"]
    speakers = [row.cells[0].text for row in doc.tables[1].rows[1:]]
    assert speakers.count("I. Strode") == 6 and {"K. Ozols", "M. Liepa", "A. Vitola"} <= set(speakers)
    # read as the speakers' turns (ingest.readers.minutes_table), each speaker by surname ("I. Strode" as "Strode")
    record = next(p.text for p in _passages(MINUTES.name) if p.text.startswith("Strode: Opened the meeting"))
    assert "Strode: Every micro-credential must be referenced to a level" in record
    assert "Vitola: Noted that the council's budget" in record
    assert len(record.splitlines()) == 10


@pytest.mark.unit
def test_the_slides_are_printed_as_notes_pages():
    from pypdf import PdfReader

    pages = PdfReader(NOTES_PAGES).pages
    assert len(pages) == 4 and all(float(p.mediabox.height) > float(p.mediabox.width) for p in pages)  # portrait
    passages = _passages(NOTES_PAGES.name)
    assert [p.location.page for p in passages] == [1, 2, 3, 4]
    # each page holds its slide (title and bullets) above the notes spoken over it
    second = passages[1].text
    assert second.startswith("Small units") and second.index("1 ECTS can be enough") < second.index(
        "A micro-credential of a single ECTS credit should be allowed"
    )


@pytest.mark.unit
def test_the_letter_in_opendocument_text_carries_real_footnotes():
    with zipfile.ZipFile(LETTER) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count('<text:note text:id="ftn') == 3 and 'text:note-class="footnote"' in content
    assert "<text:h" not in content  # a letter: no headings
    text = _text(LETTER.name)
    assert "[2] The Senate adopted these views on 4 March 2026 by 31 votes to 3." in text
    assert "short courses taken outside the university should never shorten the studies" in text


@pytest.mark.unit
def test_the_browser_printout_runs_over_two_pages_under_the_browsers_header_and_footer():
    from pypdf import PdfReader

    pages = PdfReader(PRINTOUT).pages
    assert len(pages) == 2
    for number, page in enumerate(pages, start=1):
        drawn = page.extract_text()
        assert "19/03/2026, 11:02" in drawn and f"{number}/2" in drawn
        assert "adriaticpolicylab.hr/blog/who-should-pay-for-micro-credentials" in drawn
    text = _text(PRINTOUT.name)
    assert "The learner should pay the full fee for a micro-credential" in text
    assert "Loans for short courses are new in Croatia" in text


@pytest.mark.unit
def test_the_outline_is_a_markdown_question_grid_with_each_theme_written_once():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.md"
    lines = (HERE / "outline.md").read_text(encoding="utf-8").splitlines()
    assert not any(line.startswith("#") for line in lines)  # no heading: the title is underlined, the themes in cells
    rows = [line for line in lines if line.startswith("|")]
    assert rows[0] == "| Theme | No. | Guiding question | Lead | Status |" and len(rows) == 30
    outline = load_outline(HERE / "outline.md")
    assert outline.title == "Micro-credential guidelines: question grid for drafting round 3"
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Designing and describing micro-credentials",
        "Assessment and validation", "Recognition and digital credentials", "Funding and access",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [7, 7, 5, 5, 4]
    assert all(q.endswith("?") for s in outline.sections for q in s.questions)


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    raw = (CORPUS / "email_inntal_education_directorate.eml").read_bytes()
    assert b"Content-Transfer-Encoding: quoted-printable" in raw and b'charset="windows-1252"' in raw
    assert b"\r\n" in raw and b"allf=E4llige" in raw
    mail = _text("email_inntal_education_directorate.eml")
    assert "financed entirely from the public budget" in mail and "Diese E-Mail" not in mail
    deck = (CORPUS / "deck_sumadija_students_council.md").read_text(encoding="utf-8")
    assert deck.startswith("---\nmarp: true\n") and deck.count("\n---\n") == 5 and deck.count("<!--") == 4
    assert "take the final exam online, from home" in _text("deck_sumadija_students_council.md")
    page = (CORPUS / "gdoc_sula_valley_it_cluster.html").read_text(encoding="utf-8")
    assert 'class="c8 doc-content"' in page and 'id="ftnt1"' in page and 'id="cmnt1"' in page
    assert "should decide who may see their credentials" in _text("gdoc_sula_valley_it_cluster.html")
    tables = _passages("positions_posavje_adult_education_network.md")
    answers = next(p.text for p in tables if p.text.startswith("Question | Our answer | Why"))
    assert len(answers.splitlines()) == 5
    copied = (CORPUS / "text_oued_massa_agricultural_institute.txt").read_text(encoding="utf-8")
    assert copied.count("\f") == 2 and "drip irri-\n" in copied and "...... 58" in copied
    assert "must take place in person, in the workshop of an approved centre" in _text(
        "text_oued_massa_agricultural_institute.txt"
    )
