"""Registers kept by Finnish- and Estonian-speaking secretariats: the day a contribution arrived under "Saapunut" or
"Saabunud" is its date, "EL" is the EU, and their kinds are read; a column of that name that only says whether a
file came is no date. Every name and file here is invented for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_kinds import kind_word
from ingest.metadata_sheet import read_metadata_csv, sheet_warnings
from ingest.metadata_values import region_word

pytestmark = pytest.mark.unit


def _stored(path: Path) -> dict[str, tuple[str, str, str, list[str]]]:
    out = {}
    for name, row in read_metadata_csv(path).items():
        meta, warnings = build_meta(name, path.parent / name, row)
        out[name] = (meta.date, meta.region, meta.kind, warnings)
    return out


def test_a_finnish_workbooks_arrival_dates_and_partner_block_are_read(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Kannanotot (päivitetty 2.4.2026)"])
    ws.append([])
    ws.append(["Nro", "Alue", "Tiedosto", "Lähettäjä", "Maa", "Tyyppi", "Saapunut"])
    ws.append(["1.", "EU-jäsenmaa", "kokous.txt", "Aino Virtanen", "Suomi", "kokous", dt.datetime(2026, 3, 2)])
    ws.append(["2.", "Kumppanimaa", "viestit.html", "Petar Ilievski", "Serbia", "viestit", dt.datetime(2026, 3, 9)])
    ws.append(["3.", None, "tiivis.txt", "Nodira Karimova", "Uzbekistan", "some-ketju", dt.datetime(2026, 3, 11)])
    ws.merge_cells("B5:B6")
    for cell in ws["G"][3:]:
        cell.number_format = "d.m.yyyy"
    wb.save(tmp_path / "metadata.xlsx")
    stored = _stored(tmp_path / "metadata.xlsx")
    assert sheet_warnings(tmp_path / "metadata.xlsx") == []  # "Saapunut" is used
    assert stored["kokous.txt"][:3] == ("2026-03-02", "EU", "expert_input")
    assert stored["viestit.html"][:3] == ("2026-03-09", "partner", "expert_input")
    assert stored["tiivis.txt"][:3] == ("2026-03-11", "partner", "other")
    assert not any(warnings for *_, warnings in stored.values())


def test_an_estonian_registers_arrival_dates_and_eu_are_read(tmp_path: Path) -> None:
    path = tmp_path / "metadata.csv"
    path.write_text(
        "Jrk;Failinimi;Saatja;Riik;Piirkond;Dokumendi liik;Saabunud\r\n"
        "1;analyys.pdf;Mari Tamm;Läti;EL;poliitikaanalüüs;04.03.2026\r\n"
        "2;leht.html;Jaan Saar;Leedu;EL;vikileht;05.03.2026\r\n"
        "3;kiri.rtf;Amina Haddad;Maroko;partnerriik;pöördumine;06.03.2026\r\n",
        encoding="utf-8",
    )
    stored = _stored(path)
    assert sheet_warnings(path) == []
    assert stored["analyys.pdf"][:3] == ("2026-03-04", "EU", "policy_brief")
    assert stored["leht.html"][:3] == ("2026-03-05", "EU", "other")
    assert stored["kiri.rtf"][:3] == ("2026-03-06", "partner", "expert_input")
    assert not any(warnings for *_, warnings in stored.values())


def test_an_arrived_column_that_says_yes_is_no_date(tmp_path: Path) -> None:
    meta, warnings = build_meta("a.txt", tmp_path / "a.txt", {"contributor": "Aino Virtanen", "date": "kyllä"})
    assert meta.date == ""
    assert warnings == ["metadata row for 'a.txt': date 'kyllä' is no date; the file's own date is used"]


@pytest.mark.parametrize("header", ["Saapunut", "Vastaanotettu", "Saabunud", "Laekunud", "Esitatud"])
def test_arrival_headers_are_dates(header: str) -> None:
    assert canonical_field(header) == "date"


@pytest.mark.parametrize(
    ("written", "kind"),
    [("kokous", "expert_input"), ("koosolek", "expert_input"), ("viestit", "expert_input"),
     ("sõnumid", "expert_input"), ("küsitluse väljavõte", "expert_input"), ("pöördumine", "expert_input"),
     ("poliitikaanalüüs", "policy_brief"), ("vikileht", "other"), ("some-ketju", "other"),
     ("sotsiaalmeedia postitus", "other"), ("uutiskirje", "other"), ("esitys", "presentation")],
)  # fmt: skip
def test_finnish_and_estonian_kinds_are_read(written: str, kind: str) -> None:
    assert kind_word(written) == kind


@pytest.mark.parametrize(
    ("written", "region"),
    [("EL", "EU"), ("ES", "EU"), ("Euroopa Liit", "EU"), ("liikmesriik", "EU"), ("jäsenvaltio", "EU"),
     ("Kumppanimaa", "partner"), ("mitte-EL", "non-EU"), ("El Salvador", None), ("Estonia", None)],
)  # fmt: skip
def test_the_eu_in_estonian_and_finnish_and_no_country_taken_for_it(written: str, region: str | None) -> None:
    assert region_word(written) == region


def test_a_bare_word_for_received_in_other_languages_heads_the_date() -> None:
    for header in ("Inkommen", "Primit", "Saņemts", "Gauta", "Zaprimljeno", "Reçu", "Получено", "Datums", "Päiväys"):
        assert canonical_field(header) == "date", header


def test_a_bare_received_column_beside_a_date_column_is_no_date(tmp_path: Path) -> None:
    path = tmp_path / "metadata.csv"
    path.write_text(
        "Fil;Avsändare;Inkommen;Datum\r\nbrev.txt;Lina Holm;ja;12.03.2026\r\nnot.txt;Olle Berg;nej;13.03.2026\r\n",
        encoding="utf-8",
    )
    stored = _stored(path)
    assert stored["brev.txt"][0] == "2026-03-12" and stored["not.txt"][0] == "2026-03-13"


def test_a_bare_received_column_alone_gives_the_dates(tmp_path: Path) -> None:
    path = tmp_path / "metadata.csv"
    path.write_text(
        "Fișier;Nume;Primit\r\nscrisoare.txt;Ioana Pop;14.03.2026\r\n",
        encoding="utf-8",
    )
    assert _stored(path)["scrisoare.txt"][0] == "2026-03-14"
