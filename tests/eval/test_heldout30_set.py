"""The thirtieth held-out set's own promises (eval/heldout30/README.md): its built files rebuild byte for byte, its
sheet is a Danish secretariat's list saved as a semicolon .csv (a title line above Danish headers no earlier sheet
used, countries in Danish and as an ISO code, dates written the Danish way, names written surname first, with a
title and with an initial, a notes column), its outline is a working group's LibreOffice Impress deck, and what
makes each layout differ (a Miro board export, a Discord channel export, an annual report's chapter, a petition
page, a Loomio thread export, webinar captions, a Moodle forum digest, a trainer's journal, a newspaper's letters
page, a grant application form) is in the files and survives its reader. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib
import io
import zipfile

import pytest

from ingest.metadata_headers import canonical_field
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import (
    ROOT,
    SETS,
    _header_spellings,
    _read_sheet,
    contribution_text,
    rebuilds_byte_for_byte,
)

HERE = ROOT / "eval" / "heldout30"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.csv"
MIRO = CORPUS / "miro_board_kainuu_adult_education_centre.csv"
DISCORD = CORPUS / "discord_dnipro_code_harbour.html"
REPORT = CORPUS / "annual_report_styrian_association_of_care_professions.pdf"
PETITION = CORPUS / "petition_sfax_young_graduates_collective.html"
LOOMIO = CORPUS / "loomio_goierri_social_economy_network.csv"
CAPTIONS = CORPUS / "webinar_captions_saryarka_copper_company.txt"
DIGEST = CORPUS / "moodle_digest_liepaja_regional_library_association.eml"
JOURNAL = CORPUS / "trainer_journal_penafiel_vocational_school_of_trades.odt"
LETTERS = CORPUS / "letters_page_kakheti_winegrowers_association.rtf"
FORM = CORPUS / "application_form_fergana_valley_women_entrepreneurs_union.docx"
OUTLINE = HERE / "outline.odp"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


def _rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout30", 3, outlines=1)


@pytest.mark.unit
def test_the_danish_list_is_read_below_its_title_line():
    raw = SHEET.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw  # saved by Excel as "CSV UTF-8"
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Høring om mikrobeviser - modtagne bidrag") and lines[1] == ";" * 8
    header = lines[2].split(";")
    assert header == [
        "Løbenr.", "Filnavn", "Afsender", "Virksomhed/organisation", "Oprindelsesland", "Landegruppe",
        "Type af bidrag", "Modtaget den", "Bemærkninger",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:6] == [
        "file", "contributor", "organisation", "country", "region",
    ]  # fmt: skip
    # the sets written before it; heldout31 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout30", "heldout31")])
    assert not {h.casefold() for h in header} & earlier
    rows = list(csv.reader(io.StringIO("\n".join(lines[3:])), delimiter=";"))
    assert all(len(row) == 9 for row in rows)  # a note holding a semicolon is quoted, as Excel writes it
    assert {row[4] for row in rows} >= {"Østrig", "Tunesien", "Spanien", "Kasakhstan", "Letland", "Georgien", "UZ"}
    assert {row[7] for row in rows} >= {"3. marts 2026", "27. feb. 2026"}  # dates as Danes write them
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Finland", "Ukraine", "Austria", "Tunisia", "Spain", "Kazakhstan", "Latvia", "Portugal", "Georgia",
        "Uzbekistan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    assert {row[2] for row in rows} >= {"Heikkurinen, Aino", "Mag.a Christiane Haidegger", "KURTANIDZE, Tamar"}
    names = {r["contributor"] for r in stored.values()}
    assert {"Aino Heikkurinen", "Christiane Haidegger", "Tamar Kurtanidze", "Itziar Goikoetxea"} <= names
    assert "J. Carvalhais" in names  # an initial stays as written


@pytest.mark.unit
def test_the_outline_is_the_working_groups_impress_deck():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    with zipfile.ZipFile(OUTLINE) as package:
        content = package.read("content.xml").decode("utf-8")
    assert content.count("<draw:page ") == 8 and ">Why we ask<" in content and ">Next steps<" in content
    assert "Extra guidance for the drafters on this theme:" in content  # the speaker notes of theme 3
    outline = load_outline(OUTLINE)
    assert outline.title == "Micro-credentials: guiding questions for the guidelines"
    assert [s.id for s in outline.sections] == [
        "recognition-and-progression", "design-of-micro-credentials", "assessment-and-quality",
        "access-and-funding", "issuing-and-records",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 6, 6, 6, 4]
    asked = [q for s in outline.sections for q in s.questions]
    # the "why we ask" slide, the next steps and the speaker notes ask nothing
    assert not [q for q in asked if "gap" in q or "March" in q or "pass mark or an appeal" in q]


@pytest.mark.unit
def test_the_board_and_thread_exports_hold_several_peoples_entries():
    miro = _rows(MIRO)
    assert miro[0] == ["Frame", "Type", "Content", "Color", "Author", "Created", "Last modified", "Tags"]
    assert {r[1] for r in miro[1:]} == {"frame", "sticky_note"}
    assert {r[4] for r in miro[1:]} == {
        "Ville Saarnisto (facilitator)", "Aino Heikkurinen", "Tapio Rautakoski", "Hanna-Maija Vilppola",
    }  # fmt: skip
    assert "should be worth between one and five ECTS credits" in _text(MIRO)
    loomio = _rows(LOOMIO)
    assert loomio[0][:3] == ["id", "kind", "author_name"] and "stance" in loomio[0]
    assert [r[1] for r in loomio[1:]].count("stance") == 5
    assert {r[5] for r in loomio[1:] if r[1] == "stance"} == {"agree", "abstain", "disagree"}
    assert "Every worker should have a personal training account with a yearly amount" in _text(LOOMIO)


@pytest.mark.unit
def test_the_discord_export_and_the_petition_page_keep_their_furniture():
    chat = DISCORD.read_text(encoding="utf-8")
    assert 'class="preamble__entry">Code Harbour Community<' in chat and 'class="postamble__entry"' in chat
    assert chat.count('class="chatlog__message-group"') == 7 and chat.count('class="chatlog__reply"') == 2
    assert 'class="chatlog__reaction-count"' in chat and 'class="chatlog__embed"' in chat
    assert {"Yaryna Hnatyshyn", "Maksym Doroshenko", "bohdana", "Harbour Bot"} <= set(
        part.split(">")[1].split("<")[0] for part in chat.split('class="chatlog__author"')[1:]
    )
    assert "Learners should pay a modest share of the price themselves" in _text(DISCORD)
    page = PETITION.read_text(encoding="utf-8")
    assert "<strong>3,412</strong> have signed. Let's get to 5,000!" in page and "<h2>Updates</h2>" in page
    assert page.count('class="comment"') == 3 and "Sonia Ferjani" in page
    assert "sessions must be organised in the interior governorates too" in _text(PETITION)


@pytest.mark.unit
def test_the_annual_report_has_a_running_header_a_signed_foreword_and_key_figures():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(REPORT)
    pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    pdf.close()
    assert len(pages) == 2
    assert all(page.startswith("Annual Report 2025") and "| Styrian Association of Care" in page for page in pages)
    assert pages[0].split()[9] == "3" and pages[1].split()[9] == "4"  # the report's page numbers
    assert pages[0].split("this year.")[1].split() == ["Christiane", "Haidegger", "Chairperson"]  # signed at the end
    assert "Key figures 2025" in pages[1] and "1 in 4 members completed a short course" in " ".join(pages[1].split())
    assert "the assessment has to be done by a person who took no part in the teaching" in _text(REPORT)


@pytest.mark.unit
def test_the_captions_and_the_forum_digest_keep_their_layouts():
    captions = CAPTIONS.read_text(encoding="utf-8")
    assert captions.startswith("WEBVTT\nKind: captions\n") and "\n00:01:08.800 --> 00:01:15.400\n" in captions
    assert captions.count("<v Dauren Seitkali>") == 10 and captions.count("<v Aigerim Sadvakasova>") == 8
    assert "The company whose workers gain the skill should cover the whole cost" in _text(CAPTIONS)
    message = email.message_from_bytes(DIGEST.read_bytes(), policy=email.policy.default)
    assert message["Subject"] == "MCPL-2026 forum digest" and message["Precedence"] == "bulk"
    body = message.get_content()
    assert (
        body.count("by Baiba Ķirse - ") == 2 and "by Edgars Pūcītis - " in body and "See this post in context" in body
    )
    assert "Every module must also work with a screen reader" in _text(DIGEST)


@pytest.mark.unit
def test_the_journal_the_letters_page_and_the_form_keep_their_layouts():
    with zipfile.ZipFile(JOURNAL) as package:
        content = package.read("content.xml").decode("utf-8")
    assert content.count('text:outline-level="1">') == 4 and ">Monday, 2 February 2026<" in content
    assert "a micro-credential should stay valid for the rest of the holder's life" in _text(JOURNAL)
    letters = LETTERS.read_text(encoding="ascii")
    assert letters.startswith("{\\rtf1\\ansi") and letters.count("\\qr\\b ") == 3  # three signed letters
    assert "Editor's note:" in letters and "No one learns to prune a vine in front of a screen" in _text(LETTERS)
    from docx import Document

    doc = Document(FORM)
    table = doc.tables[0]
    assert len(table.rows) == 8 and table.rows[4].cells[0].text.startswith("4.1 Relevance of the action")
    shaded = doc.element.body.xpath(".//w:tcPr/w:shd/@w:fill")
    assert shaded == ["D9D9D9"] * 8  # the printed labels in grey
    assert "Characters used: 702 / 3,000" in table.rows[5].cells[1].text
    assert "a voucher that a woman can spend with any approved provider of her choice" in _text(FORM)
