"""Headers of metadata sheets kept in Portuguese, Dutch and the other EU languages written in Latin script."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import _ALIASES, canonical_field
from ingest.metadata_sheet import read_metadata_csv, sheet_warnings

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Ficheiro", "file"),
        ("Arquivo", "file"),
        ("Nome do ficheiro", "file"),
        ("Nome do arquivo", "file"),
        ("Nome do documento", "file"),  # the document's name, no person's
        ("Título", "title"),
        ("Titulo", "title"),
        ("Tipo de contributo", "kind"),
        ("Tipo de contribuição", "kind"),
        ("Tipo de contribuicao", "kind"),  # typed without its marks
        ("Tipo de documento", "kind"),
        ("Nome", "contributor"),
        ("Nome completo", "contributor"),
        ("Autor", "contributor"),
        ("Remetente", "contributor"),
        ("Organização", "organisation"),
        ("Organizacao", "organisation"),
        ("Nome da entidade", "organisation"),
        ("Instituição", "organisation"),
        ("País", "country"),
        ("Pais", "country"),
        ("País de origem", "country"),
        ("País/Região", "country"),  # as "Country / Region": the country
        ("Região", "region"),
        ("Regiao", "region"),
        ("UE ou parceiro", "region"),  # which side, not which country
        ("Função", "role"),
        ("Tipo de entidade", "role"),  # the kind of body, as "Organisation type" is
        ("Data de receção", "date"),
        ("Data de recepção", "date"),
        ("Data de recebimento", "date"),
        ("Data do contributo", "date"),  # "data" and "of": any date the sheet names so
        ("Data de entrega", "date"),
        ("Data", "date"),
        ("Língua", "language"),
        ("Idioma", "language"),
        ("Senha", "password"),
        ("Palavra-passe", "password"),
    ],
)
def test_portuguese_headers_with_or_without_their_marks(header, field):
    assert canonical_field(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Bestand", "file"),
        ("Bestandsnaam", "file"),
        ("Naam bestand", "file"),
        ("Naam van het document", "file"),
        ("Titel", "title"),
        ("Onderwerp", "title"),
        ("Soort", "kind"),
        ("Soort bijdrage", "kind"),
        ("Type bijdrage", "kind"),
        ("Naam", "contributor"),
        ("Indiener", "contributor"),
        ("Ingediend door", "contributor"),  # who sent it, never the date it came
        ("Organisatie", "organisation"),
        ("Naam organisatie", "organisation"),
        ("Instelling", "organisation"),
        ("Land", "country"),
        ("Land van herkomst", "country"),
        ("Land/regio", "country"),
        ("Naam land", "country"),  # the country's name, no person's
        ("Regio", "region"),
        ("EU of niet-EU", "region"),
        ("Rol", "role"),
        ("Functie", "role"),
        ("Soort organisatie", "role"),
        ("Datum ontvangst", "date"),
        ("Ontvangstdatum", "date"),
        ("Ontvangen op", "date"),
        ("Datum", "date"),
        ("Taal", "language"),
        ("Wachtwoord", "password"),
    ],
)
def test_dutch_headers(header, field):
    assert canonical_field(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # Czech, Slovak
        ("Soubor", "file"),
        ("Název souboru", "file"),
        ("Jméno a příjmení", "contributor"),
        ("Organizace", "organisation"),
        ("Země", "country"),
        ("Druh", "kind"),
        ("Súbor", "file"),
        ("Meno", "contributor"),
        ("Organizácia", "organisation"),
        ("Krajina", "country"),
        ("Oblasť", "region"),
        # Slovenian, Croatian
        ("Datoteka", "file"),
        ("Ime in priimek", "contributor"),
        ("Ime i prezime", "contributor"),
        ("Organizacija", "organisation"),
        ("Država", "country"),
        ("Drzava", "country"),
        ("Zemlja", "country"),
        ("Regija", "region"),
        ("Vrsta", "kind"),
        # Romanian, Hungarian
        ("Fișier", "file"),
        ("Fisier", "file"),
        ("Nume", "contributor"),
        ("Instituție", "organisation"),
        ("Țară", "country"),
        ("Tara", "country"),
        ("Regiune", "region"),
        ("Tipul documentului", "kind"),
        ("Fájlnév", "file"),
        ("Név", "contributor"),
        ("Szervezet", "organisation"),
        ("Ország", "country"),
        ("Típus", "kind"),
        # Swedish, Danish, Finnish
        ("Filnamn", "file"),
        ("Namn", "contributor"),
        ("Filnavn", "file"),
        ("Navn", "contributor"),
        ("Tiedosto", "file"),
        ("Nimi", "contributor"),
        ("Organisaatio", "organisation"),
        ("Maa", "country"),
        ("Alue", "region"),
        ("Tyyppi", "kind"),
        # Estonian, Latvian, Lithuanian
        ("Failinimi", "file"),
        ("Riik", "country"),
        ("Piirkond", "region"),
        ("Liik", "kind"),
        ("Datnes nosaukums", "file"),
        ("Vārds, uzvārds", "contributor"),
        ("Organizācija", "organisation"),
        ("Valsts", "country"),
        ("Reģions", "region"),
        ("Veids", "kind"),
        ("Failo pavadinimas", "file"),
        ("Vardas, pavardė", "contributor"),
        ("Šalis", "country"),
        ("Regionas", "region"),
        ("Rūšis", "kind"),
    ],
)
def test_the_other_eu_languages_in_latin_script_name_the_file_name_organisation_country_region_and_kind(header, field):
    assert canonical_field(header) == field


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Kraj", "country"),  # Polish country; Czech and Slovak region: kept as it was, the country
        ("Stat.", ""),  # Czech "stát" would read an abbreviated status column as the country
        ("Palavra-chave", ""),  # a keyword, not a password
        ("Parole chiave", ""),
        ("Morada do remetente", ""),  # the sender's address is no contributor
        ("Telefoon indiener", ""),
        ("Opmerkingen", ""),
        ("Data source", ""),  # English "data" is no date
    ],
)
def test_a_header_another_language_reads_otherwise_is_not_guessed(header, field):
    assert canonical_field(header) == field


def test_no_whole_header_names_two_fields():
    fields = defaultdict(set)
    for header, field in _ALIASES:
        fields[header].add(field)
    assert {header: names for header, names in fields.items() if len(names) > 1} == {}


def test_a_portuguese_sheet_fills_every_field_and_leaves_no_column_unused(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "Ficheiro;Título;Tipo de contributo;Nome;Organização;País;Região;Função;Data de receção;Língua\n"
        "parecer.pdf;Microcredenciais no QNQ;Documento de posição;Marta Sousa;Agência de Qualificações;Portugal;"
        "Estado-Membro da UE;perita;3 de março de 2026;pt\n"
        "slides.pptx;Percursos curtos;Apresentação;Luís Pinto;Centro de Formação;Moldávia;Parceria Oriental;"
        "formador;17/03/2026;pt\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    assert sheet_warnings(sheet) == []
    brief, _ = build_meta("parecer.pdf", Path("parecer.pdf"), rows["parecer.pdf"])
    deck, warnings = build_meta("slides.pptx", Path("slides.pptx"), rows["slides.pptx"])
    assert (brief.kind, brief.contributor, brief.organisation, brief.country, brief.region, brief.date) == (
        "policy_brief",
        "Marta Sousa",
        "Agência de Qualificações",
        "Portugal",
        "EU",
        "2026-03-03",
    )
    assert (deck.kind, deck.country, deck.region, deck.role, deck.date, warnings) == (
        "presentation",
        "Moldova",
        "partner",
        "formador",
        "2026-03-17",
        [],
    )


def test_a_dutch_sheet_fills_every_field_and_leaves_no_column_unused(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "Bestand,Titel,Soort bijdrage,Naam,Organisatie,Land,Regio,Rol,Datum ontvangst,Taal\n"
        "notitie.docx,Microcredentials in het register,Beleidsnota,Sanne de Wit,Onderwijsraad Noord,Nederland,"
        "EU-lidstaat,beleidsadviseur,12 maart 2026,nl\n"
        "reactie.txt,Erkenning van korte opleidingen,Schriftelijke bijdrage,Joris Peeters,Hogeschool Oost,"
        "Oekraïne,Buiten de EU,docent,2026-03-20,nl\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    assert sheet_warnings(sheet) == []
    note, _ = build_meta("notitie.docx", Path("notitie.docx"), rows["notitie.docx"])
    reply, warnings = build_meta("reactie.txt", Path("reactie.txt"), rows["reactie.txt"])
    assert (note.kind, note.contributor, note.organisation, note.country, note.region, note.date) == (
        "policy_brief",
        "Sanne de Wit",
        "Onderwijsraad Noord",
        "Netherlands",
        "EU",
        "2026-03-12",
    )
    assert (reply.kind, reply.country, reply.region, reply.language, warnings) == (
        "expert_input",
        "Ukraine",
        "partner",
        "nl",
        [],
    )
