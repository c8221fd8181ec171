"""The sixteenth held-out set's own promises (eval/heldout16/README.md): its built files rebuild byte for byte, its
Spanish sheet kept by hand is read whole, its two-column PDF carries a running header, page numbers and a footnote,
its outline is the survey tool's JSON export with the Markdown fallback the runner finds, and what makes each
contribution differ (a reviewer's comments, a colleague's quoted note, other speakers' turns, readers' comments, a
scan) is in the file and is not read as the contributor's words. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import datetime as dt
import email
import importlib
import json
import shutil
import zipfile
from email import policy

import pytest

from ingest.forwards import own_forwards
from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from ingest.turns import own_turns
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout16"
CORPUS = HERE / "corpus"
PAPER = CORPUS / "report_niederrhein_rectors_conference.pdf"
SCAN = CORPUS / "scan_danube_maritime_training_academy.tif"


def _passages(name: str) -> list:
    path = CORPUS / name
    return list(reader_for(path).read(path).passages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _text(name: str) -> str:
    """A contribution's text as its reader gives it, passages joined, white space folded."""
    return _flat(" ".join(p.text for p in _passages(name)))


def _sheet_rows() -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(CORPUS / "metadata.xlsx", read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout16.build")
    assert len(build.BUILDS) == 7
    for spec, builder, folder in build.BUILDS:
        assert builder(spec) == (HERE / folder / spec["file"]).read_bytes(), spec["file"]
    fallback = build.build_outline_markdown((HERE / "outline.json").read_bytes())
    assert fallback == (HERE / "outline.md").read_bytes()


@pytest.mark.unit
def test_the_spanish_sheet_kept_by_hand_is_read_whole():
    rows = _sheet_rows()
    # a title row and an empty row above the header
    assert rows[0][0].startswith("Consulta sobre microcredenciales") and not any(rows[0][1:])
    assert not any(rows[1])
    header = rows[2]
    assert header == [
        "Archivo", "Autor/a", "Organización", "País", "Región", "Tipo de contribución", "Fecha de recepción",
        "Observaciones",
    ]  # fmt: skip
    assert [canonical_field(h) for h in header[:-1]] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout16")])
    assert {"autor/a", "tipo de contribución", "observaciones"} <= {h.casefold() for h in header} - earlier
    body = rows[3:]
    assert {"Alemania", "Países Bajos", "Georgia", "Macedonia del Norte", "Túnez", "EE"} <= {r[3] for r in body}
    assert {"Estado miembro de la UE", "Asociación Oriental", "Balcanes Occidentales", "Mediterráneo Meridional"} <= {
        r[4] for r in body
    }
    assert {"Documento de posición", "Presentación", "Contribución escrita", "Acta de reunión"} == {r[5] for r in body}
    assert all(" de marzo de 2025" in r[6] or " de febrero de 2025" in r[6] for r in body)
    path = CORPUS / "metadata.xlsx"
    for name, row in read_metadata_csv(path).items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name  # no warning on any row
    stored = _read_sheet(path)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Germany", "Netherlands", "Estonia", "Tunisia", "Croatia", "Greece", "North Macedonia", "Georgia",
        "Türkiye", "Ukraine",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # dates written out in Spanish ("28 de febrero de 2025") are read as the days they name
    dates = {name: build_meta(name, CORPUS / name, row)[0].date for name, row in read_metadata_csv(path).items()}
    assert dates["letter_ida_viru_employment_service.doc"] == dt.date(2025, 2, 28).isoformat()
    assert dates["report_niederrhein_rectors_conference.pdf"] == dt.date(2025, 3, 3).isoformat()
    assert dates["minutes_tikves_rural_women_cooperative.txt"] == dt.date(2025, 2, 12).isoformat()


@pytest.mark.unit
def test_the_paper_has_two_pages_of_two_columns_a_running_header_page_numbers_and_a_footnote():
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(PAPER).pages]
    assert len(pages) == 2
    for number, text in enumerate(pages, 1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert "Niederrhein Rectors' Conference - Position paper 2/2025" in lines
        assert str(number) in lines  # the page number, alone on its line
    assert "1 Figures from the Conference's survey" in pages[0]
    # read column after column: the left column's last paragraph runs on into the right column's first
    text = _text(PAPER.name)
    assert text.index("should be combinable into a certificate of advanced study") < text.index(
        "Universities should record each micro-credential"
    )
    assert text.index("At least half of the learning in a micro-credential") < text.index("Credit transfer between")


@pytest.mark.unit
def test_the_paper_s_running_header_is_left_out_and_its_footnote_is_a_passage_of_its_own():
    passages = _passages(PAPER.name)
    assert not any("Position paper 2/2025" in p.text for p in passages)
    notes = [p for p in passages if "Figures from the Conference's survey" in p.text]
    assert len(notes) == 1 and "footnote" in notes[0].location.label


@pytest.mark.unit
def test_the_outline_is_the_survey_tool_s_json_and_the_runner_takes_its_markdown_fallback():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.md"
    exported = json.loads((HERE / "outline.json").read_text(encoding="utf-8"))
    assert set(exported) == {"document", "exported", "tool", "chapters"}
    assert all(set(c) == {"heading", "intro", "items"} for c in exported["chapters"])
    assert all(set(i) == {"id", "text"} for c in exported["chapters"] for i in c["items"])
    outline = load_outline(HERE / "outline.md")
    assert outline.title == exported["document"]
    assert [s.title for s in outline.sections] == [c["heading"] for c in exported["chapters"]]
    assert [list(s.questions) for s in outline.sections] == [
        [i["text"] for i in c["items"]] for c in exported["chapters"]
    ]
    assert [len(s.questions) for s in outline.sections] == [6, 6, 6, 5, 5]
    # the items' ids run 1.1, 1.2, ... within each chapter, as the tool numbers them
    for n, chapter in enumerate(exported["chapters"], 1):
        assert [i["id"] for i in chapter["items"]] == [f"{n}.{k}" for k in range(1, len(chapter["items"]) + 1)]


@pytest.mark.unit
def test_the_json_export_reads_as_its_markdown_fallback():
    exported = load_outline(HERE / "outline.json")
    fallback = load_outline(HERE / "outline.md")
    assert [(s.title, list(s.questions)) for s in exported.sections] == [
        (s.title, list(s.questions)) for s in fallback.sections
    ]
    assert exported.title == fallback.title


@pytest.mark.unit
def test_the_reviewer_s_comments_are_in_the_word_file_but_not_in_its_text():
    name = "submission_veluwe_ijssel_pharmacists_chamber.docx"
    with zipfile.ZipFile(CORPUS / name) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
    assert comments.count("<w:comment ") == 3 and 'w:author="Joost Bakhuizen"' in comments
    passages = _passages(name)
    text = _flat(" ".join(p.text for p in passages))
    for remark in ("should not be compulsory for everyone", "half online", "Every two years"):
        assert remark in comments and remark not in text
    tables = [p for p in passages if p.location.table]
    assert len(tables) == 1 and tables[0].text.startswith("Course | Learning hours | Fee")


@pytest.mark.slow
@pytest.mark.unit
def test_the_legacy_doc_reads_as_the_letter_it_was_saved_from():
    doc = CORPUS / "letter_ida_viru_employment_service.doc"
    assert doc.read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")  # an OLE2 compound file, as Word 97 saves
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed: the .doc cannot be read")
    source = HERE / "src" / "letter_ida_viru_employment_service.docx"
    assert [p.text for p in _passages(doc.name)] == [p.text for p in reader_for(source).read(source).passages]
    assert "A work placement may be part of a micro-credential" in _text(doc.name)


@pytest.mark.unit
def test_the_e_mail_keeps_the_sender_s_reply_and_not_the_colleague_s_quoted_note():
    name = "re_attica_cybersecurity_centre.eml"
    message = email.message_from_bytes((CORPUS / name).read_bytes(), policy=policy.default)
    body = message.get_content()
    assert "Eleni Papadaki <e.papadaki@attica-ccc.example.gr> wrote:" in body
    kept, _ = own_forwards(
        _passages(name), "Spyridon Kalogeropoulos-Vlachos", "Attica Cybersecurity Competence Centre", message["From"]
    )
    text = _flat(" ".join(p.text for p in kept))
    assert "We reject any use of generative AI by candidates" in text
    assert "AI assistants" not in text and "every two years" not in text


@pytest.mark.unit
def test_the_minutes_keep_only_the_chair_s_turns():
    name = "minutes_tikves_rural_women_cooperative.txt"
    raw = (CORPUS / name).read_text(encoding="utf-8")
    assert "Decisions:" in raw and "Action items:" in raw
    kept, _ = own_turns(_passages(name), "Biljana Stojanovska-Trajkova", "Tikveš Rural Women's Cooperative")
    text = _flat(" ".join(p.text for p in kept))
    assert "Our members must be able to pay in instalments" in text
    assert "the fee should be paid in full at enrolment" in raw and "paid in full at enrolment" not in text
    assert "90 euros per person" not in text and "Could the food safety agency" not in text


@pytest.mark.unit
def test_the_minutes_decisions_and_action_items_are_nobody_s_turn():
    # "Decisions:" is a heading after the chair's last turn: the board's record, never the chair's words, and
    # an action item names another person ("Goran Petrovski: ask the food safety agency ...")
    name = "minutes_tikves_rural_women_cooperative.txt"
    kept, _ = own_turns(_passages(name), "Biljana Stojanovska-Trajkova", "Tikveš Rural Women's Cooperative")
    text = _flat(" ".join(p.text for p in kept))
    assert "collect the dropout figures" not in text and "keep the 2025 course in Kavadarci" not in text


@pytest.mark.unit
def test_the_markdown_table_the_slide_table_and_the_odt_footnotes_are_read():
    table = [p for p in _passages("positions_kutaisi_choreography_conservatory.md") if p.location.table]
    assert len(table) == 1 and table[0].text.splitlines()[0] == "Issue | Our position"
    assert len(table[0].text.splitlines()) == 6
    from pptx import Presentation

    deck = Presentation(str(CORPUS / "slide_sahel_bus_coach_operators.pptx"))
    assert len(deck.slides) == 1 and sum(1 for s in deck.slides[0].shapes if s.has_table) == 1
    slide = _passages("slide_sahel_bus_coach_operators.pptx")
    assert any(p.location.notes and "founded in 1987" in p.text for p in slide)
    assert any(not p.location.notes and "Topic | Our position | Why" in p.text for p in slide)
    with zipfile.ZipFile(CORPUS / "contribution_kvarner_museum_educators.odt") as archive:
        content = archive.read("content.xml").decode("utf-8")
    assert content.count('text:note-class="footnote"') == 3
    assert "14 of the 16 candidates preferred this" in _text("contribution_kvarner_museum_educators.odt")


@pytest.mark.unit
def test_the_blog_post_is_read_without_its_sidebar_and_readers_comments():
    name = "blog_kopru_refugee_education.html"
    raw = (CORPUS / name).read_text(encoding="utf-8")
    assert '<aside class="sidebar">' in raw and '<section id="comments"' in raw
    text = _text(name)
    assert "learners should be able to spread the cost over several months" in text
    for furniture in ("pay the whole amount at the start", "in Arabic as well", "conversation club", "500 lira"):
        assert furniture in raw and furniture not in text


@pytest.mark.unit
def test_the_scan_is_a_two_page_bilevel_tiff_at_300_dpi():
    from PIL import Image

    with Image.open(SCAN) as image:
        assert image.n_frames == 2
        for frame in range(2):
            image.seek(frame)
            assert image.mode == "1" and image.size == (2480, 3508)
            assert tuple(round(v) for v in image.info["dpi"]) == (300, 300)


@pytest.mark.slow
@pytest.mark.unit
def test_ocr_reads_both_pages_of_the_scan():
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the scanned letter cannot be read")
    passages = _passages(SCAN.name)
    assert {p.location.page for p in passages} == {1, 2} and all(p.location.ocr for p in passages)
    text = _text(SCAN.name)
    assert "not more than one third of any micro-credential should be delivered at a distance" in text
    assert "Shipping companies should pay for the courses their crews need" in text
    assert "Yours faithfully" not in text  # the letter's closing and signature are left out
