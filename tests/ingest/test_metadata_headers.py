"""Headers of metadata sheets kept in Polish, and the loose English names people give the file column."""

from __future__ import annotations

import pytest

from ingest.metadata_headers import _FIELD_OF, _PERSON_WORDS, canonical_field, fold, header_notes
from ingest.metadata_sheet import read_metadata_csv, sheet_warnings

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Plik", "file"),
        ("Nazwa pliku", "file"),
        ("Tytuł", "title"),
        ("Tytul", "title"),  # typed without the Polish letters
        ("Tytuł dokumentu", "title"),
        ("Rodzaj", "kind"),
        ("Rodzaj dokumentu", "kind"),
        ("Typ dokumentu", "kind"),
        ("Autor", "contributor"),
        ("Imię i nazwisko", "contributor"),
        ("Organizacja", "organisation"),
        ("Nazwa organizacji", "organisation"),
        ("Instytucja", "organisation"),
        ("Kraj", "country"),
        ("Kraj pochodzenia", "country"),
        ("Państwo", "country"),
        ("Panstwo", "country"),
        ("Region", "region"),
        ("Rola", "role"),
        ("Rodzaj organizacji", "role"),  # the kind of body, as "Organisation type" is
        ("Data wpływu", "date"),
        ("Data wplywu", "date"),
        ("Data", "date"),
        ("Język", "language"),
        ("Jezyk", "language"),
        ("Hasło", "password"),
        ("Haslo", "password"),
    ],
)
def test_polish_headers_with_or_without_their_letters(header, field):
    assert canonical_field(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Doc", "file"),
        ("Doc.", "file"),
        ("DOC", "file"),
        ("Docs", "file"),
        ("Document", "file"),
        ("Doc name", "file"),
        # the other columns that say "doc" keep their own field
        ("Doc title", "title"),
        ("Doc type", "kind"),
        ("Doc date", "date"),
        ("Doc language", "language"),
        ("Doc ID", ""),
        ("Doc #", ""),  # a number, as "Doc no." is
        ("Doc no.", ""),
        ("Doc owner", ""),
        # who wrote the document is the contributor, never a second file column
        ("Document author", "contributor"),
        ("Doc author", "contributor"),
        ("Author's file", "file"),
        ("Contributor role", "role"),
    ],
)
def test_doc_names_the_file_column_and_nothing_else_changes_field(header, field):
    assert canonical_field(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nombre de archivo", "file"),
        ("Fichero", "file"),
        ("Nom de fichier", "file"),
        ("Nome del file", "file"),
        ("Documento", "file"),
        ("Nome del documento", "file"),  # as "Document name" is
        ("Nazwa dokumentu", "file"),
        ("Name des Dokuments", "file"),
        ("Data del documento", "date"),
        ("Ente/Organizzazione", "organisation"),
        ("Paese/Regione", "country"),
        ("Idioma del documento", "language"),
        ("Fecha de envío", "date"),
        ("Data di invio", "date"),
        ("Tipologia", "kind"),
        ("Mot de passe", "password"),
        ("Contraseña", "password"),
        ("Kennwort", "password"),
        ("Fichiers", "file"),
        ("Pièce jointe", "file"),
        ("Załącznik", "file"),
        ("Intitulé", "title"),
        ("Nature du document", "kind"),
        ("Nom de l'auteur", "contributor"),
        ("Autor del documento", "contributor"),  # who wrote it, not a second file column
        ("Autoren", "contributor"),
        ("Expéditeur", "contributor"),
        ("Mittente", "contributor"),
        ("Nombre de la institución", "organisation"),
        ("Istituzione", "organisation"),
        ("Stato", "country"),
        ("Herkunftsland", "country"),
        ("Kraj / region", "country"),  # as "Country / Region": the country, never the region
        ("Pays / région", "country"),
        ("Stanowisko", "role"),
        ("Perfil", "role"),
        ("Empfangsdatum", "date"),
        ("Lengua", "language"),
        # columns about the person that are not the person, in those languages too
        ("Adresse de l'expéditeur", ""),
        ("Correo del autor", ""),
        ("Absender E-Mail", ""),
        ("Telefon", ""),
        ("Anzahl Seiten", ""),
        ("Uwagi", ""),
        # a word two fields could share is read only as a whole header: never a country from "Land use"
        ("Land use", ""),
    ],
)
def test_the_other_languages_read_the_same_columns(header, field):
    assert canonical_field(header) == field


def test_fold_treats_letters_unicode_does_not_decompose_as_their_plain_letter():
    assert fold("Tytuł") == fold("TYTUL") == "tytul"
    assert fold("Język") == "jezyk"


def test_a_polish_sheet_fills_every_field_and_leaves_no_column_unused(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "Plik;Tytuł;Rodzaj;Autor;Organizacja;Kraj;Region;Rola;Data wpływu;Język\n"
        "opinia.pdf;Mikrokwalifikacje w ZSK;Stanowisko;Anna Nowak;Instytut Badań Edukacyjnych;Polska;UE;"
        "ekspert;3.03.2026;pl\n",
        encoding="utf-8",
    )
    assert read_metadata_csv(sheet)["opinia.pdf"] == {
        "file": "opinia.pdf",
        "title": "Mikrokwalifikacje w ZSK",
        "kind": "Stanowisko",
        "contributor": "Anna Nowak",
        "organisation": "Instytut Badań Edukacyjnych",
        "country": "Polska",
        "region": "UE",
        "role": "ekspert",
        "date": "2026-03-03",
        "language": "pl",
    }
    assert sheet_warnings(sheet) == []


def test_a_sheet_whose_file_column_is_doc_is_read_and_an_unknown_column_is_still_named(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text("Doc,Author,Doc ID\nbrief.pdf,Ana Writer,17\n", encoding="utf-8")
    assert read_metadata_csv(sheet)["brief.pdf"]["contributor"] == "Ana Writer"
    assert sheet_warnings(sheet) == ["metadata.csv: column(s) not used: Doc ID"]
    assert header_notes("metadata.csv", ["Doc", "Kraj"])[-1].startswith("metadata.csv: no column names the contributor")


def test_a_polish_workbook_opening_with_instructions_is_read_from_its_table(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Instrukcja"
    book.active.append(["Wpisz jeden wiersz na plik."])
    table = book.create_sheet("Wkłady")
    table.append(["Lp.", "Plik", "Autor", "Kraj", "Data wpływu"])
    table.append([1, "opinia.pdf", "Jan Kowalski", "Rep. of Moldova", "3 marca 2026 r."])
    path = tmp_path / "metadata.xlsx"
    book.save(path)
    row = read_metadata_csv(path)["opinia.pdf"]
    assert (row["contributor"], row["country"], row["date"]) == ("Jan Kowalski", "Rep. of Moldova", "2026-03-03")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # the day a contribution came in, as German registers write it
        ("Eingang", "date"),
        ("Eingang am", "date"),
        ("Eingegangen am", "date"),
        ("Eingereicht am", "date"),
        ("Datum des Eingangs", "date"),
        ("Eingereicht von", ""),  # who sent it, not when: no date, and no guess at the contributor either
        ("Reçu le", "date"),
        ("Recibido el", "date"),
        ("Pervenuto il", "date"),
        # a person's name written as its parts, or said to be whole
        ("Nom et prénom", "contributor"),
        ("Prénom et nom", "contributor"),
        ("Nom, prénom", "contributor"),
        ("Nom complet", "contributor"),
        ("Vor- und Nachname", "contributor"),
        ("Nachname, Vorname", "contributor"),
        ("Nombre y apellidos", "contributor"),
        ("Apellidos y nombre", "contributor"),
        ("Cognome e nome", "contributor"),
        ("Nazwisko i imię", "contributor"),
        ("Voor- en achternaam", "contributor"),
        ("First and last name", "contributor"),
        ("Prénom", ""),  # a first name alone names nobody for sure
        ("Nom de l'organisation", "organisation"),
        ("Nom du fichier", "file"),
    ],
)
def test_date_received_and_full_name_headers_as_people_write_them(header, field):
    assert canonical_field(header) == field


def test_a_french_sheet_with_nom_et_prenom_and_a_german_one_with_eingang_fill_their_fields(tmp_path):
    french = tmp_path / "fr" / "metadata.csv"
    french.parent.mkdir()
    french.write_text(
        "Fichier;Nom et prénom;Organisme;Pays;Reçu le\navis.pdf;Claire Dubois;Ministère du Travail;France;17/03/2026\n",
        encoding="utf-8",
    )
    german = tmp_path / "de" / "metadata.csv"
    german.parent.mkdir()
    german.write_text(
        "Datei;Vor- und Nachname;Land;Eingegangen am\nfolien.pptx;Jonas Weber;Österreich;4. März 2026\n",
        encoding="utf-8",
    )
    assert sheet_warnings(french) == [] and sheet_warnings(german) == []
    row = read_metadata_csv(french)["avis.pdf"]
    assert (row["contributor"], row["date"]) == ("Claire Dubois", "2026-03-17")
    row = read_metadata_csv(german)["folien.pptx"]
    assert (row["contributor"], row["country"], row["date"]) == ("Jonas Weber", "Österreich", "2026-03-04")


def test_a_word_of_a_persons_name_that_is_a_whole_header_is_the_contributor():
    # the full-name rule reads "Nom et prénom" from its words: none of them may be another field's header
    assert {
        word: _FIELD_OF[word] for word in _PERSON_WORDS if _FIELD_OF.get(word, "contributor") != "contributor"
    } == {}


@pytest.mark.parametrize(
    "notes",
    ["Notes", "Comments", "Remarks", "Bemerkungen", "Osservazioni", "Observations", "Internal notes",
     "Notes / comments", "Commentaires", "Uwagi", "Opmerkingen"],
)  # fmt: skip
def test_a_notes_column_of_a_sheet_kept_by_hand_draws_no_warning(tmp_path, notes):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(f"File,Author,{notes},Budget line\nbrief.pdf,Ana Writer,sent late,B-17\n", encoding="utf-8")
    assert read_metadata_csv(sheet)["brief.pdf"]["contributor"] == "Ana Writer"
    # a column the product does not know at all is still named; the notes column is not
    assert sheet_warnings(sheet) == ["metadata.csv: column(s) not used: Budget line"]


@pytest.mark.parametrize("header", ["Notes on the author", "Number of comments", "Comment count", "Remarks by"])
def test_a_header_that_says_more_than_notes_is_still_named_when_unused(header):
    assert header_notes("metadata.csv", ["File", "Author", header]) == [f"metadata.csv: column(s) not used: {header}"]
