"""Metadata sheets as spreadsheets save them, and what a document's own properties may and may not supply."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import (
    PASSWORD_GIVEN,
    build_meta,
    canonical_field,
    is_machine_author,
    read_metadata_csv,
)
from ingest.model import DocumentProperties

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("File name", "file"),
        ("FILENAME", "file"),
        ("Document", "file"),
        ("Author", "contributor"),
        ("name", "contributor"),
        ("Organization", "organisation"),
        ("Institution", "organisation"),
        ("Nation", "country"),
        ("Document type", "kind"),
        ("PDF_password", "password"),
        ("Remarks", ""),
    ],
)
def test_headers_are_read_in_any_case_and_under_their_common_names(header, field):
    assert canonical_field(header) == field


def test_a_semicolon_sheet_with_a_bom_blanks_passwords_before_reading_and_gives_them_only_on_request(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes('\ufeffFilename;Author;PDF password\nlocked.pdf;Ana;"s3cr;et"\nopen.pdf;Bo;\n'.encode())
    rows = read_metadata_csv(path)
    assert rows["locked.pdf"]["password"] == PASSWORD_GIVEN
    assert rows["locked.pdf"]["contributor"] == "Ana"
    assert rows["open.pdf"]["password"] == ""
    assert read_metadata_csv(path, keep_passwords=True)["locked.pdf"]["password"] == "s3cr;et"


@pytest.mark.parametrize(
    "author", ["python-docx", "Microsoft Office User", "Administrator", "user", "Windows User", "python-pptx"]
)
def test_authors_written_by_tools_never_become_contributors(author):
    meta, _ = build_meta("a.docx", Path("a.docx"), None, DocumentProperties(author=author))
    assert is_machine_author(author)
    assert meta.contributor == ""


@pytest.mark.parametrize("author", ["Ilze Kalnina", "Ana Writer", "Jan Tex", "Office of the Minister"])
def test_a_person_or_body_named_as_author_is_kept(author):
    meta, _ = build_meta("a.docx", Path("a.docx"), None, DocumentProperties(author=author))
    assert meta.contributor == author


def test_a_blank_title_falls_back_to_the_property_then_the_heading_then_the_listed_name():
    stored = Path("uploads/0f3a9c.docx")  # where an upload's bytes are kept: never its title
    with_prop, _ = build_meta("baltic_brief.docx", stored, {"title": ""}, DocumentProperties(title="Own title"))
    placeholder = DocumentProperties(title="Microsoft Word - draft3.docx")
    with_heading, _ = build_meta("baltic_brief.docx", stored, {"title": " "}, placeholder, heading="First heading")
    bare, _ = build_meta("baltic_brief.docx", stored, None, placeholder)
    assert (with_prop.title, with_heading.title, bare.title) == ("Own title", "First heading", "baltic brief")


def test_a_sheet_saved_in_the_windows_code_page_keeps_its_accented_names(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes("file;contributor;country\nbrief.pdf;Jürgen Müller;Österreich\n".encode("cp1252"))
    assert read_metadata_csv(path)["brief.pdf"]["contributor"] == "Jürgen Müller"


def test_a_utf16_sheet_is_refused_with_the_way_to_save_it(tmp_path):
    from ingest.metadata import MetadataError

    path = tmp_path / "sheet.csv"
    path.write_bytes("file\tcontributor\na.pdf\tAna\n".encode("utf-16"))
    with pytest.raises(MetadataError, match="sheet.csv: the sheet is saved as UTF-16; save it as 'CSV UTF-8'"):
        read_metadata_csv(path)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Contributor name", "contributor"),
        ("Name of the expert", "contributor"),
        ("Author(s)", "contributor"),
        ("Contact person", "contributor"),
        ("Region (EU/partner)", "region"),
        ("Country / territory", "country"),
        ("Organisation name", "organisation"),
        ("Name of organisation", "organisation"),
        ("Date received", "date"),
        ("Submission date (YYYY-MM-DD)", "date"),
        ("Type of input", "kind"),
        ("Received on", "date"),
        ("Sent on", "date"),
        ("Received from", "contributor"),
        ("EU or partner country", "region"),  # which side, not which country
        ("EU / non-EU", "region"),
        ("File name (as sent)", "file"),
        ("Language of the document", "language"),
        # the most specific word decides
        ("Document title", "title"),
        ("Job title", "role"),
        ("Organisation type", "role"),
        ("Stakeholder category", "role"),
        # a column about the person that is not the person is none of ours: better no contributor than a wrong one
        ("Contributor e-mail", ""),
        ("Contributor ID", ""),
        ("Email", ""),
        ("Notes", ""),
        ("Page count", ""),
        # other languages, with or without their accents
        ("Région", "region"),
        ("Region", "region"),
        ("Rôle", "role"),
        ("Organisme", "organisation"),
        ("Catégorie", "kind"),
        ("Date de réception", "date"),
        ("Titre", "title"),
        ("Art des Beitrags", "kind"),
        ("Verfasser/in", "contributor"),
        ("Autor*in", "contributor"),
        ("Akteursgruppe", "role"),
    ],
)
def test_headers_written_as_people_write_them(header, field):
    assert canonical_field(header) == field


def test_a_sheet_with_long_headers_fills_every_field_and_names_the_columns_it_leaves_out(tmp_path):
    from ingest.metadata_sheet import sheet_warnings

    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "File name (as sent);Contributor name;Organisation name;Country / territory;Region (EU/partner);Email\n"
        "brief.pdf;Maja Kranjc;Ministry of Education;Slovenia;EU;maja@example.org\n",
        encoding="utf-8",
    )
    row = read_metadata_csv(sheet)["brief.pdf"]
    assert row == {
        "file": "brief.pdf",
        "contributor": "Maja Kranjc",
        "organisation": "Ministry of Education",
        "country": "Slovenia",
        "region": "EU",
    }
    assert sheet_warnings(sheet) == ["metadata.csv: column(s) not used: Email"]


def test_a_sheet_without_a_contributor_column_says_drafts_cannot_name_anyone(tmp_path):
    from ingest.metadata_sheet import sheet_warnings

    sheet = tmp_path / "metadata.csv"
    sheet.write_text("file,Country\nbrief.pdf,Slovenia\n", encoding="utf-8")
    (note,) = sheet_warnings(sheet)
    assert "no column names the contributor" in note and note.startswith("metadata.csv")


@pytest.mark.parametrize("organisation", ["Ministerstwo Edukacji Narodowej", "Chamber of Crafts Opole", "UNICEF"])
def test_a_row_naming_only_an_organisation_makes_it_the_contributor_named_once(organisation):
    row = {"file": "a.pdf", "contributor": " ", "organisation": organisation, "country": "Polska"}
    meta, warnings = build_meta("a.pdf", Path("a.pdf"), row)
    # drafts write "contributor (organisation)": the body is named as the contributor, and not a second time
    assert (meta.contributor, meta.organisation, meta.country, warnings) == (organisation, "", "Poland", [])


def test_a_person_in_the_row_or_the_document_stays_the_contributor_beside_the_organisation():
    row = {"file": "a.docx", "contributor": "Anna Kowalska", "organisation": "Izba Rzemieślnicza"}
    in_row, _ = build_meta("a.docx", Path("a.docx"), row)
    by_author, _ = build_meta(
        "a.docx", Path("a.docx"), {**row, "contributor": ""}, DocumentProperties(author="Nowak, Jan")
    )
    assert (in_row.contributor, in_row.organisation) == ("Anna Kowalska", "Izba Rzemieślnicza")
    assert (by_author.contributor, by_author.organisation) == ("Jan Nowak", "Izba Rzemieślnicza")


@pytest.mark.parametrize(
    "author",
    [
        "Slido",
        "Mentimeter",
        "SurveyMonkey",
        "LimeSurvey",
        "Google Forms",
        "Microsoft Forms",
        "Adobe InDesign 19.2",
        "wkhtmltopdf 0.12.6",
        "Microsoft® Word for Microsoft 365",
        "noreply@forms.example.org",
        "www.menti.com",
        "Q&A export",
        "Report generator",
        "Korisnik",
        "Utilisateur",
    ],
)
def test_authors_that_name_an_exporting_tool_or_a_default_account_are_no_contributor(author):
    meta, _ = build_meta("a.xlsx", Path("a.xlsx"), None, DocumentProperties(author=author))
    assert is_machine_author(author)
    assert meta.contributor == ""


@pytest.mark.parametrize(
    "author",
    [
        "Y. Bouabdallah",
        "McDonald",
        "DeVries",
        "Public Employment Service",
        "National Library",
        "Ioana-Cristina Vlădescu",
    ],
)
def test_a_person_or_body_whose_name_looks_like_no_tool_is_kept(author):
    assert not is_machine_author(author)
