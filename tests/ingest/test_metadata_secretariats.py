"""Sheets as secretariats keep them in Swedish, Danish, Finnish, Estonian, Lithuanian, Slovak, Czech, Polish, Greek
and Bulgarian: every column read, a running number and a notes column expected (never reported as not used), kinds
and regions in those languages. Every name and body here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field, header_notes, is_number_column
from ingest.metadata_kinds import kind_word
from ingest.metadata_sheet import read_metadata_csv, sheet_warnings
from ingest.metadata_values import region_word

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "header",
    ["No.", "Nr.", "#", "N°", "Nº", "№", "Lp.", "L.p.", "Č.", "Poř. č.", "P. č.", "Sorszám", "Ssz.", "Lfd. Nr.",
     "Eil. Nr.", "Jrk nr", "Löpnr", "Løbenr.", "Nro", "Nr. crt.", "R. br.", "Zap. št.", "Α/Α", "№ по ред", "Volgnr."],
)  # fmt: skip
def test_a_running_number_column_is_known_as_one(header):
    assert is_number_column(header)
    assert canonical_field(header) == ""
    assert header_notes("sheet.csv", [header, "File", "Author"]) == []


@pytest.mark.parametrize("header", ["Doc no.", "Number of pages", "Pos.", "Item", "St.", "ID", "Phone no."])
def test_a_column_that_counts_something_else_is_still_reported(header):
    assert not is_number_column(header)
    assert header_notes("sheet.csv", [header, "File", "Author"]) == [f"sheet.csv: column(s) not used: {header}"]


@pytest.mark.parametrize(
    "header", ["Poznámka", "Megjegyzés", "Uwagi", "Notes", "Remarks", "Anmärkningar", "Bemærkninger"]
)
def test_a_notes_column_is_not_reported(header):
    assert header_notes("sheet.csv", ["File", "Author", header]) == []


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # Swedish
        ("Rubrik", "title"), ("Språk", "language"), ("Inkom den", "date"), ("Ankomstdatum", "date"),
        ("Roll", "role"), ("Ursprungsland", "country"), ("Inkommen", "date"),  # unless another column is
        # Danish
        ("Dato", "date"), ("Modtaget den", "date"), ("Sprog", "language"), ("Overskrift", "title"),
        # Finnish
        ("Päivämäärä", "date"), ("Pvm", "date"), ("Saapumispäivä", "date"), ("Kieli", "language"),
        ("Otsikko", "title"), ("Rooli", "role"),
        # Estonian
        ("Nimi", "contributor"), ("Kuupäev", "date"), ("Keel", "language"), ("Pealkiri", "title"),
        # Lithuanian
        ("Gavimo data", "date"), ("Kalba", "language"), ("Pavadinimas", "title"), ("Pareigos", "role"),
        # Slovak and Czech
        ("Jazyk", "language"), ("Názov dokumentu", "title"), ("Název", "title"), ("Funkcia", "role"),
        # a group of countries: the region
        ("Grupa krajów", "region"), ("Landsgrupp", "region"), ("Maaryhmä", "region"), ("Riigirühm", "region"),
        ("Šalių grupė", "region"), ("Skupina krajín", "region"), ("Skupina zemí", "region"),
        # Greek
        ("Αρχείο", "file"), ("Όνομα αρχείου", "file"), ("Τίτλος", "title"), ("Είδος", "kind"),
        ("Ονοματεπώνυμο", "contributor"), ("Συντάκτης", "contributor"), ("Οργανισμός", "organisation"),
        ("Φορέας", "organisation"), ("Χώρα", "country"), ("Περιοχή", "region"), ("Ρόλος", "role"),
        ("Ημερομηνία παραλαβής", "date"), ("Γλώσσα", "language"),
        # Bulgarian
        ("Файл", "file"), ("Име на файла", "file"), ("Заглавие", "title"), ("Вид на документа", "kind"),
        ("Име и фамилия", "contributor"), ("Автор", "contributor"), ("Организация", "organisation"),
        ("Държава", "country"), ("Регион", "region"), ("Длъжност", "role"), ("Дата на получаване", "date"),
        ("Език", "language"),
    ],
)  # fmt: skip
def test_headers_as_more_secretariats_write_them(header, field):
    assert canonical_field(header) == field


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("Remissvar", "expert_input"), ("Ställningstagande", "policy_brief"), ("Föredrag", "presentation"),
        ("Pressmeddelande", "other"), ("Høringssvar", "expert_input"), ("Præsentation", "presentation"),
        ("Holdningspapir", "policy_brief"), ("Nyhedsbrev", "other"), ("Lausunto", "expert_input"),
        ("Kannanotto", "policy_brief"), ("Esitys", "presentation"), ("Raportti", "other"),
        ("Seisukoht", "policy_brief"), ("Arvamus", "expert_input"), ("Ettekanne", "presentation"),
        ("Pressiteade", "other"), ("Παρουσίαση", "presentation"), ("Έγγραφο θέσεων", "policy_brief"),
        ("Επιστολή", "expert_input"), ("Δελτίο τύπου", "other"), ("Становище", "policy_brief"),
        ("Презентация", "presentation"), ("Писмо", "expert_input"), ("Статия", "other"),
        ("Препоръки", "policy_brief"),
        # a chat's messages are an input; a post on a social network is published for its readers
        ("Chat", "expert_input"), ("WhatsApp chat", "expert_input"), ("Csevegés", "expert_input"),
        ("Social media post", "other"), ("LinkedIn post", "other"), ("Közösségi média", "other"),
        ("Médias sociaux", "other"), ("Policy paper on social media", "policy_brief"), ("Photo", None),
    ],
)  # fmt: skip
def test_kinds_in_more_languages(written, kind):
    assert kind_word(written) == kind


@pytest.mark.parametrize(
    ("written", "region"),
    [("ΕΕ", "EU"), ("Κράτος μέλος ΕΕ", "EU"), ("Χώρα εταίρος", "partner"), ("Εκτός ΕΕ", "non-EU"), ("ЕС", "EU"),
     ("Държава партньор", "partner"), ("Извън ЕС", "non-EU"), ("Kumppanimaa", "partner"), ("Partnerriik", "partner")],
)  # fmt: skip
def test_regions_in_greek_bulgarian_and_finnish(written, region):
    assert region_word(written) == region


def _sheet(tmp_path: Path, text: str) -> Path:
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(text, encoding="utf-8")
    return sheet


def test_a_swedish_sheet_with_a_running_number_and_notes_reads_every_column(tmp_path):
    sheet = _sheet(
        tmp_path,
        "Löpnr;Filnamn;Rubrik;Typ av bidrag;Namn;Organisation;Land;Region;Inkom den;Språk;Anmärkningar\n"
        "1;yttrande.pdf;Korta kurser i registret;Remissvar;Ingrid Sjöholm;Yrkesnämnden Väst;Sverige;EU;"
        "2026-03-09;sv;skickat två gånger\n",
    )
    rows = read_metadata_csv(sheet)
    assert sheet_warnings(sheet) == []
    meta, warnings = build_meta("yttrande.pdf", Path("yttrande.pdf"), rows["yttrande.pdf"])
    assert (meta.title, meta.kind, meta.contributor, meta.organisation, meta.country, meta.date, meta.language) == (
        "Korta kurser i registret", "expert_input", "Ingrid Sjöholm", "Yrkesnämnden Väst", "Sweden", "2026-03-09",
        "sv",
    )  # fmt: skip
    assert warnings == []


def test_a_greek_sheet_reads_every_column(tmp_path):
    sheet = _sheet(
        tmp_path,
        "Α/Α,Όνομα αρχείου,Τίτλος,Είδος,Ονοματεπώνυμο,Φορέας,Χώρα,Περιοχή,Ημερομηνία παραλαβής,Γλώσσα,Παρατηρήσεις\n"
        "1,thesi.docx,Μικροπιστοποιητικά,Έγγραφο θέσεων,Eleni Markopoulou,Kentro Katartisis Thessalias,Ελλάδα,ΕΕ,"
        "12/03/2026,el,\n",
    )
    rows = read_metadata_csv(sheet)
    assert sheet_warnings(sheet) == []
    meta, warnings = build_meta("thesi.docx", Path("thesi.docx"), rows["thesi.docx"])
    assert (meta.kind, meta.contributor, meta.organisation, meta.region, meta.date, meta.language) == (
        "policy_brief", "Eleni Markopoulou", "Kentro Katartisis Thessalias", "EU", "2026-03-12", "el",
    )  # fmt: skip
    assert (meta.country, warnings) == ("Greece", [])


def test_a_bulgarian_sheet_reads_every_column(tmp_path):
    sheet = _sheet(
        tmp_path,
        "№,Име на файла,Заглавие,Вид на документа,Име и фамилия,Организация,Държава,Регион,Дата на получаване,Език,"
        "Бележки\n"
        "1,pismo.pdf,Микроквалификации,Писмо,Radka Zhelyazkova,Sdruzhenie Dunavski Zanayati,България,ЕС,"
        "05.03.2026,bg,\n",
    )
    rows = read_metadata_csv(sheet)
    assert sheet_warnings(sheet) == []
    meta, warnings = build_meta("pismo.pdf", Path("pismo.pdf"), rows["pismo.pdf"])
    assert (meta.kind, meta.contributor, meta.organisation, meta.region, meta.date, meta.language) == (
        "expert_input", "Radka Zhelyazkova", "Sdruzhenie Dunavski Zanayati", "EU", "2026-03-05", "bg",
    )  # fmt: skip
    assert (meta.country, warnings) == ("Bulgaria", [])


def test_a_finnish_and_an_estonian_sheet_read_their_dates_and_languages(tmp_path):
    finnish = _sheet(
        tmp_path,
        "Nro;Tiedostonimi;Otsikko;Tyyppi;Nimi;Organisaatio;Maa;Alue;Päivämäärä;Kieli;Huomautukset\n"
        "1;lausunto.pdf;Mikrotutkinnot;Lausunto;Aino Pelkonen;Ammattiopisto Kaamos;Suomi;EU;17.3.2026;fi;\n",
    )
    rows = read_metadata_csv(finnish)
    assert sheet_warnings(finnish) == []
    meta, _ = build_meta("lausunto.pdf", Path("lausunto.pdf"), rows["lausunto.pdf"])
    assert (meta.title, meta.kind, meta.contributor, meta.date, meta.language) == (
        "Mikrotutkinnot", "expert_input", "Aino Pelkonen", "2026-03-17", "fi",
    )  # fmt: skip
    estonian = tmp_path / "ee"
    estonian.mkdir()
    sheet = _sheet(
        estonian,
        "Jrk nr;Failinimi;Pealkiri;Liik;Nimi;Asutus;Riik;Piirkond;Kuupäev;Keel;Märkused\n"
        "1;seisukoht.pdf;Mikrokvalifikatsioonid;Seisukoht;Kadri Tammsaar;Kutsekoda Lõuna;Eesti;EL;04.03.2026;et;\n",
    )
    rows = read_metadata_csv(sheet)
    assert sheet_warnings(sheet) == []
    meta, _ = build_meta("seisukoht.pdf", Path("seisukoht.pdf"), rows["seisukoht.pdf"])
    assert (meta.kind, meta.contributor, meta.date, meta.language) == (
        "policy_brief", "Kadri Tammsaar", "2026-03-04", "et",
    )  # fmt: skip
