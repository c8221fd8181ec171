"""The fifteenth held-out set's own promises (eval/heldout15/README.md): its built files rebuild byte for byte, its
loosely kept sheet is read whole (ISO codes and full country names, abbreviated regions, an empty row, two people
in one row), its letter is a scan with no text layer that OCR reads, its form's filled-in answers are read, its
outline is the table the runner finds (the Word list-style outline it was written as is kept beside it), and what
makes each contribution differ survives its reader. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import email
import importlib
import shutil
from email import policy

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout15"
CORPUS = HERE / "corpus"
SCAN = CORPUS / "scan_kaarnavaara_fire_rescue_college.pdf"
FORM = CORPUS / "form_hron_valley_consumer_protection.pdf"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


def _text(name: str) -> str:
    """A contribution's text as its reader gives it, passages joined."""
    return "\n".join(p.text for p in _passages(name))


def _rows(path) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout15.build")
    assert len(build.BUILDS) == 6
    for spec, builder in build.BUILDS:
        assert builder(spec) == (CORPUS / spec["file"]).read_bytes(), spec["file"]
    for spec, builder in build.OUTLINE_BUILDS:
        assert builder(spec) == (HERE / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_loosely_kept_sheet_is_read_whole():
    path = CORPUS / "metadata.xlsx"
    rows = _rows(path)
    header = rows[0]
    assert header == [
        "Filename", "Contributor(s)", "Org.", "Country / territory", "Region", "Input type", "Received", "Notes",
    ]  # fmt: skip
    # every header but the free-text notes names a field; three spellings are in no earlier sheet
    assert [canonical_field(h) for h in header[:-1]] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout15")])
    assert {h.casefold() for h in header} - earlier == {"filename", "contributor(s)", "org."}
    # an empty row in the middle, free text in the notes, countries as codes and in full
    assert any(all(v is None for v in row) for row in rows[2:-1])
    assert {"PL", "UA", "GE", "Finland", "Tunisia"} <= {row[3] for row in rows[1:]}
    assert sum(1 for row in rows[1:] if row[7]) >= 8
    for name, row in read_metadata_csv(path).items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name
    stored = _read_sheet(path)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Finland", "Slovakia", "Ireland", "Ukraine", "Uzbekistan", "Georgia", "Poland", "Portugal", "Albania",
        "Tunisia",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # the panel's row names its two panellists, as one contributor
    assert stored["panel_kashubian_craft_brewers.txt"]["contributor"] == "W. Szczepaniak and J. Brzozowska"


@pytest.mark.slow
@pytest.mark.unit
def test_the_letter_is_a_scan_without_a_text_layer_and_ocr_reads_it():
    from pypdf import PdfReader

    pages = PdfReader(SCAN).pages
    assert len(pages) == 1 and pages[0].extract_text().strip() == ""
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the scanned letter cannot be read")
    passages = _passages(SCAN.name)
    assert all(p.location.ocr for p in passages)
    text = " ".join(" ".join(p.text for p in passages).split())
    assert "should lapse after two years unless its holder passes a refresher assessment" in text
    assert "entered in the national register of qualifications" in text


@pytest.mark.unit
def test_the_form_keeps_its_filled_in_answers_under_their_labels():
    text = " ".join(_text(FORM.name).split())
    assert "C. Withdrawal and refunds" in text
    answer = "A learner who withdraws within fourteen days of enrolling should get the full fee back"
    assert answer in text
    assert text.index("C. Withdrawal and refunds") < text.index(answer) < text.index("D. Use of the term")


@pytest.mark.unit
def test_the_outline_is_the_table_the_runner_finds_and_the_word_list_it_was_written_as_is_kept():
    from docx import Document

    run = importlib.import_module("eval.heldout.run")
    table = HERE / "outline.tsv"
    assert run.outline_of(HERE) == table
    assert table.read_text(encoding="utf-8").splitlines()[0] == "Chapter\tQuestion"
    outline = load_outline(table)
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Design and workload", "Assessment",
        "Quality, validity and recognition", "Digital credentials, information and funding",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [5, 5, 6, 5, 7]
    # the Word outline holds the same sections and questions, in Word's numbered-list styles
    paragraphs = Document(str(HERE / "outline_list_styles.docx")).paragraphs
    styles = [p.style.name for p in paragraphs]
    assert [p.text for p in paragraphs if p.style.name == "List Number"] == [s.title for s in outline.sections]
    worded = [p.text for p in paragraphs if p.style.name == "List Number 2"]
    # the outline loaders leave a question's note in brackets out (session 12), the Word list keeps it as typed
    assert [w.removesuffix(" (see the 2024 survey)") for w in worded] == [
        q for s in outline.sections for q in s.questions
    ]
    assert sum(1 for q in worded if q.endswith("(see the 2024 survey)")) == 1
    notes = [p for p in paragraphs if p.runs and all(r.italic for r in p.runs)]
    assert len(notes) == 5 and all(p.text.startswith("This section covers") for p in notes)
    assert styles[0] == "Title"


@pytest.mark.unit
def test_the_runner_takes_an_outline_kept_as_tab_separated_text(tmp_path):
    run = importlib.import_module("eval.heldout.run")
    (tmp_path / "corpus").mkdir()
    for name in ("drafting_gold.yaml", "divergence_gold.yaml"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / "outline.tsv").write_text("Chapter\tQuestion\nA\tWhy?\n", encoding="utf-8")
    assert run.held_out_set(str(tmp_path)) == tmp_path.resolve()
    assert run.outline_of(tmp_path) == tmp_path / "outline.tsv"


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    trust = _passages("recommendations_ballyconra_hospitals_trust.docx")
    table = [p for p in trust if p.location.table]
    assert len(table) == 1 and table[0].text.startswith("Recommendation | Why")
    assert len(table[0].text.splitlines()) == 6 and all(line.count(" | ") == 1 for line in table[0].text.splitlines())
    # the running header and footer are furniture, never text
    assert not any("Workforce Development" in p.text or "Page 1" in p.text for p in trust)
    deck = _passages("slides_podillia_game_developers.pptx")
    assert all(len(p.text.splitlines()) == 1 for p in deck if not p.location.notes)  # the title alone
    assert any(p.location.notes and p.text.startswith("Trainers may assess") for p in deck)
    impress = _passages("slides_zarafshan_water_utility_academy.odp")
    assert any(p.location.notes and "remote proctoring" in p.text for p in impress)
    message = email.message_from_bytes((CORPUS / "email_georgian_erasmus_desk.eml").read_bytes(), policy=policy.default)
    assert [part.get_content_type() for part in message.iter_parts()] == ["text/plain", "text/html"]
    assert "mother tongue" in _text("email_georgian_erasmus_desk.eml")
    panel = _text("panel_kashubian_craft_brewers.txt")
    assert "Halina Wrzos (moderator):" in panel and "Jadwiga Brzozowska:" in panel
    brief = (CORPUS / "brief_alentejo_disability_rights_federation.md").read_text(encoding="utf-8")
    assert brief.count("[^") == 6  # three references, three footnotes
    assert "We reject the use of automated remote proctoring" in _text("brief_alentejo_disability_rights_federation.md")
    rtf = (CORPUS / "input_shkoder_translators_guild.rtf").read_text(encoding="ascii")
    assert rtf.count("{\\pntext") == 5
    assert "The holder, not the issuer" in _text("input_shkoder_translators_guild.rtf")
    page = _passages("page_kroumirie_forestry_school.html")
    # each <details>' question heads its answer
    sections = [p.location.section for p in page if p.location.section]
    assert sections[0].endswith("Where do you assess practical skills?") and len(sections) == 5
    assert not any("Admissions" in p.text for p in page)
