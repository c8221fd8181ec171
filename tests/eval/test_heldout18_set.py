"""The eighteenth held-out set's own promises (eval/heldout18/README.md): its built files rebuild byte for byte,
its Dutch tab-separated sheet is read whole (a title line above the header, Dutch headers and country names, names
written surname first, a remarks column), the tracked changes read as accepted, the e-mail is read with its Word
attachment (a real Word file, read since session 19), the PDF form's filled fields are read with their labels marked
as the form's, the template's answers are read out of their content controls, the comparison slides keep both columns,
the outline in Writer is the one the runner finds, and what makes each other layout differ survives its reader.
The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft.

The strict xfails recorded what the readers did not yet read as a person would (the product was not changed for
this set); branch s14readers6's reader fixes (content-control placeholders, a form's printed questions, a wiki's
menus) turned all three into passing checks, so they are plain checks now.
"""

from __future__ import annotations

import email
import email.policy
import importlib
import io
import zipfile

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv
from ingest.model import QUOTE_MARK
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from pipeline.drafting.support import without_quotes
from tests.eval.test_heldout_set import (
    ROOT,
    SETS,
    _header_spellings,
    _read_sheet,
    contribution_passages,
    contribution_text,
    rebuilds_byte_for_byte,
)

HERE = ROOT / "eval" / "heldout18"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.tsv"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout18", 7, outlines=1)


@pytest.mark.unit
def test_the_dutch_tab_separated_sheet_is_read_whole():
    raw = SHEET.read_bytes()
    assert b"\r\n" in raw and not raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8").splitlines()
    assert lines[0].startswith("Raadpleging microcredentials") and lines[1] == ""  # a title line, an empty line
    header = lines[2].split("\t")
    assert header == ["Bestandsnaam", "Indiener", "Organisatie", "Land van herkomst", "Landengroep", "Soort bijdrage",
                      "Ontvangen op", "Opmerkingen"]  # fmt: skip
    assert [canonical_field(h) for h in header[:7]] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout18")])
    assert not {h.casefold() for h in header} & earlier  # no header of an earlier sheet
    rows = read_metadata_csv(SHEET)
    assert len(rows) == 10
    assert {"Ierland", "Tsjechië", "Italië", "Jordanië", "Oezbekistan", "Armenië", "Albanië"} <= {
        row["country"] for row in rows.values()
    }
    for name, row in rows.items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name  # no warning on any row
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Finland", "Ireland", "Czechia", "Italy", "Portugal", "Jordan", "Uzbekistan", "Montenegro", "Armenia",
        "Albania",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # names written surname first, as the senders signed them, are stored first name first
    assert stored["email_suir_valley_food_skillnet.eml"]["contributor"] == "Órla Devereux-Keane"
    assert stored["speech_namangan_polytechnic_institute.txt"]["contributor"] == "Dilnoza Rakhmatullayeva-Usmonova"
    assert stored["template_elbasan_construction_workers_union.docx"]["contributor"] == "Besnik Kolonja-Hysaj"


@pytest.mark.unit
def test_the_tracked_changes_read_as_accepted():
    name = "comments_lakeland_vocational_colleges.odt"
    with zipfile.ZipFile(CORPUS / name) as package:
        content = package.read("content.xml").decode("utf-8")
    assert content.count("<text:deletion>") == 2 and content.count("<text:insertion>") == 2
    assert "A micro-credential should expire after five years unless it is renewed" in content
    text = _text(name)
    assert "Once earned, the recognition of what someone has learnt should last for life" in text  # inserted
    assert "so that an employer does not have to look them up elsewhere" in text  # inserted
    assert "expire after five years" not in text and "designed from scratch" not in text  # deleted


@pytest.mark.unit
def test_the_email_is_read_with_its_word_attachment():
    name = "email_suir_valley_food_skillnet.eml"
    message = email.message_from_bytes((CORPUS / name).read_bytes(), policy=email.policy.default)
    (attachment,) = list(message.iter_attachments())
    from docx import Document

    paper = Document(io.BytesIO(attachment.get_content()))
    assert "employers pay for the micro-credentials of their own employees" in "\n".join(
        p.text for p in paper.paragraphs
    )
    # session 19: the attached Word file is read as part of the message, each passage located by it
    result = reader_for(CORPUS / name).read(CORPUS / name)
    assert not any("not read" in w for w in result.warnings)
    labels = [p.location.label for p in result.passages if "employers pay for the micro-credentials" in p.text]
    assert labels and labels[0].startswith("attachment Suir_Valley_Skillnet_response_micro-credentials.docx, ")
    text = _text(name)
    assert "Employers should pay for the micro-credentials their own staff take" in text
    assert "employers pay for the micro-credentials of their own employees" in text  # the attachment's
    assert "Network Manager" not in text  # the signature


@pytest.mark.unit
def test_the_pdf_form_is_read_from_its_filled_fields():
    from pypdf import PdfReader

    fields = PdfReader(CORPUS / "form_ostrava_career_counsellors.pdf").get_fields()
    assert len(fields) == 8 and fields["person"]["/V"] == "Radka Vlckova-Sindelarova"
    # the fields' passage: labels quoted over the values typed (the page's own text is all quoted, the form's wording)
    passages = _passages("form_ostrava_career_counsellors.pdf")
    filled = [p.text for p in passages if QUOTE_MARK in p.text and without_quotes(p.text).strip()]
    assert len(filled) == 1
    assert f"{QUOTE_MARK}4. How should prior learning be validated?\nCounsellors should help adults" in filled[0]


@pytest.mark.unit
def test_the_template_answers_are_read_out_of_their_content_controls():
    name = "template_elbasan_construction_workers_union.docx"
    with zipfile.ZipFile(CORPUS / name) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count("<w:sdt>") == 7 and document.count("<w:showingPlcHdr/>") == 1
    text = _text(name)
    assert "Workers should take micro-credential courses during paid working hours" in text
    assert "Credentials should be issued in Albanian, with an English translation" in text


@pytest.mark.unit
def test_the_comparison_slides_keep_both_columns():
    from pptx import Presentation

    deck = Presentation(str(CORPUS / "slides_zarqa_industrial_training_partnership.pptx"))
    assert [s.slide_layout.name for s in deck.slides] == ["Title Slide"] + ["Comparison"] * 4
    passages = _passages("slides_zarqa_industrial_training_partnership.pptx")
    assert [p.location.label for p in passages] == [f"slide {n}" for n in range(1, 6)]
    third = passages[2].text
    assert "A shared blockchain ledger should be used" in third and "Forged paper certificates" in third


@pytest.mark.unit
def test_the_other_layouts_survive_their_readers():
    memo = _text("memo_apennine_valleys_labour_directorate.rtf")
    # the memo's header block ("MEMORANDUM", To/From/Subject) is no passage since s14readers6: its body stays
    assert not memo.startswith("MEMORANDUM") and "Learners should contribute part of the cost themselves" in memo
    wiki = _text("wiki_open_credentials_commons_portugal.html")
    assert "We advise against recording micro-credentials on a blockchain" in wiki
    assert "This page was last edited" not in wiki and "Powered by MediaWiki" not in wiki  # the footer
    rows = _passages("positions_boka_students_council.csv")
    assert [p.location.label for p in rows] == [f"row {n}" for n in range(2, 7)]
    assert rows[1].text.startswith("Topic: Size; Our position: Every micro-credential should show")
    record = _passages("decision_record_gyumri_software_skills.md")
    assert [p.location.label for p in record][1:] == ["section 1 Context", "section 2 Decision",
                                                       "section 3 Consequences"]  # fmt: skip
    speech = _passages("speech_namangan_polytechnic_institute.txt")
    assert not any(p.text.startswith("Dear colleagues") for p in speech)  # the salutation


@pytest.mark.unit
def test_the_outline_in_writer_is_the_one_the_runner_reads():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.odt"
    outline = load_outline(HERE / "outline.odt")
    assert outline.title == "Guidelines on micro-credentials: working outline"
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Designing and offering micro-credentials",
        "Assessment and validation", "Quality, validity and recognition", "Certificates, data and funding",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 6, 4, 6, 6]
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "provider", "system"]
    # the editors' italic note under the title is neither a question nor a section's purpose
    assert not any("Working outline" in q for s in outline.sections for q in (*s.questions, s.purpose))


@pytest.mark.unit
def test_an_unanswered_control_says_nothing():
    assert "Click or tap here to enter text" not in _text("template_elbasan_construction_workers_union.docx")


@pytest.mark.unit
def test_the_forms_printed_questions_are_not_the_respondents_words():
    printed = [p.text for p in _passages("form_ostrava_career_counsellors.pdf") if QUOTE_MARK not in p.text]
    assert not any("How should prior learning be validated?" in text for text in printed)


@pytest.mark.unit
def test_the_wikis_menus_are_left_out():
    wiki = _text("wiki_open_credentials_commons_portugal.html")
    assert "View history" not in wiki and "Jump to navigation" not in wiki
