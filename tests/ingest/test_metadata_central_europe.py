"""Metadata sheets kept by Czech, Slovak, Hungarian, Lithuanian and Bulgarian secretariats: a region written with a
negation is never the EU, notes columns are expected, date headers and the dates as those languages write them are
read, and the kinds are read into the product's four. Every sheet here is built in the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta, read_metadata_csv, sheet_warnings
from ingest.metadata_headers import canonical_field, is_notes_column
from ingest.metadata_kinds import kind_word
from ingest.metadata_values import NON_EU, iso_date, region_word

pytestmark = pytest.mark.unit

NEGATED = [
    "nem EU", "non-EU", "not EU", "nicht EU", "hors UE", "extra-UE", "no UE", "ne-EU", "mimo EU", "EU-n kívüli",
    "Nem EU-tagállam", "Mimo EU (partner)", "izven EU", "izvan EU", "în afara UE", "utanför EU", "icke-EU",
    "uden for EU", "EU:n ulkopuolinen", "ārpus ES", "ne ES", "mitte-EL", "nečlenský stát EU", "Nicht-Mitgliedstaat",
    "not a member", "Unión kívüli", "N'est pas membre de l'UE", "No es miembro de la UE",
]  # fmt: skip


@pytest.mark.parametrize("written", NEGATED)
def test_a_region_written_with_a_negation_is_not_the_eu(written):
    assert region_word(written) == NON_EU


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("EU", "EU"), ("EU-tagállam", "EU"), ("Členský stát EU", "EU"), ("tagállam", "EU"), ("država članica", "EU"),
        ("stat membru UE", "EU"), ("EU member state", "EU"), ("Partnerország", "partner"), ("partner", "partner"),
        ("Partner country", "partner"), ("Eastern Partnership", "partner"), ("Third country", NON_EU),
        ("Other", "other"), ("EEA", "other"), ("Estado miembro de la UE", "EU"), ("État membre de l'UE", "EU"),
    ],
)  # fmt: skip
def test_ordinary_regions_are_read_as_before(written, expected):
    assert region_word(written) == expected


@pytest.mark.parametrize("written", ["EU member: no", "EU - nem", "EU (ne)"])
def test_a_negation_elsewhere_beside_the_eu_says_nothing_for_sure(written):
    assert region_word(written) is None


def _sheet(tmp_path: Path, text: str) -> dict[str, dict[str, str]]:
    path = tmp_path / "metadata.csv"
    path.write_text(text, encoding="utf-8")
    return read_metadata_csv(path)


def test_the_country_decides_a_negated_region_and_an_unsure_one(tmp_path: Path) -> None:
    rows = _sheet(
        tmp_path,
        "Fájlnév;Ország;Térség\n"
        "a.pdf;Albánia;nem EU\n"  # a partner country: no contradiction to report
        "b.pdf;;nem EU\n"  # no country: not EU all the same
        "c.pdf;Ausztria;nem EU\n"  # a member state written as not one: the country wins, and the user hears of it
        "d.pdf;Ukrajna;EU member: no\n"  # unsure: the country decides
        "e.pdf;Litvánia;EU-tagállam\n",
    )
    found = {name: build_meta(name, Path(name), row) for name, row in rows.items()}
    assert (found["a.pdf"][0].region, found["a.pdf"][1]) == ("partner", [])
    assert found["b.pdf"][0].region == "other"
    assert found["c.pdf"][0].region == "EU" and "contradicts country" in found["c.pdf"][1][0]
    assert found["d.pdf"][0].region == "partner" and "derived from country" in found["d.pdf"][1][0]
    assert (found["e.pdf"][0].region, found["e.pdf"][1]) == ("EU", [])
    assert all(meta.region != "EU" for name, (meta, _) in found.items() if name in ("a.pdf", "b.pdf", "d.pdf"))


@pytest.mark.parametrize("header", ["EU / nem EU", "EU nebo mimo EU", "EU vagy EU-n kívüli"])
def test_a_header_naming_both_sides_is_the_region(header):
    assert canonical_field(header) == "region"


@pytest.mark.parametrize(
    "header",
    ["Poznámka", "Poznámky", "Megjegyzés", "Megjegyzések", "Interní poznámka", "Belső megjegyzés", "Pastabos",
     "Napomena", "Notes", "Bemerkungen"],
)  # fmt: skip
def test_notes_columns_in_more_languages_are_expected(header):
    assert canonical_field(header) == "" and is_notes_column(header)


@pytest.mark.parametrize("header", ["Datum přijetí", "Datum doručení", "Beérkezés dátuma", "Dátum", "Přijato dne"])
def test_czech_and_hungarian_date_headers_are_the_date(header):
    assert canonical_field(header) == "date"


@pytest.mark.parametrize("header", ["Sorszám", "Č."])
def test_a_column_that_counts_is_no_date(header):
    assert canonical_field(header) == ""


@pytest.mark.parametrize("header", ["Přijato", "Beérkezett"])
def test_a_bare_received_may_head_the_date_but_its_yes_or_no_is_no_date(header, tmp_path):
    # session 18: a bare "received" heads the date when no other column does; "ano" or "igen" in it is no date
    from ingest.metadata import build_meta
    from ingest.metadata_sheet import read_metadata_csv

    assert canonical_field(header) == "date"
    path = tmp_path / "metadata.csv"
    path.write_text(f"File;Name;{header}\r\nlevel.txt;Jana Horváthová;ano\r\n", encoding="utf-8")
    meta, warnings = build_meta("level.txt", tmp_path / "level.txt", read_metadata_csv(path)["level.txt"])
    assert meta.date == "" and any("'ano' is no date" in w for w in warnings)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2026. 03. 17.", "2026-03-17"), ("2026.03.17.", "2026-03-17"), ("2026. 3. 7.", "2026-03-07"),
        ("17. 3. 2026", "2026-03-17"), ("3. 2. 2026", "2026-02-03"), ("2026. március 17.", "2026-03-17"),
        ("2026. márc. 17.", "2026-03-17"), ("17. března 2026", "2026-03-17"), ("1. září 2026", "2026-09-01"),
        ("17. novembra 2026", "2026-11-17"),
        # ordinary dates read as before
        ("2026-03-17", "2026-03-17"), ("17.03.2026", "2026-03-17"), ("3 March 2026", "2026-03-03"),
        ("March 3, 2026", "2026-03-03"), ("3 marca 2026 r.", "2026-03-03"),
    ],
)  # fmt: skip
def test_dates_as_hungarian_and_czech_write_them(written, expected):
    assert iso_date(written) == expected


@pytest.mark.parametrize("written", ["2026. 03.", "2026. 13. 01.", "17. 3.", "2026. tavasz 17."])
def test_what_is_no_whole_date_is_still_none(written):
    assert iso_date(written) is None


def test_a_hungarian_sheet_reads_its_dates_and_keeps_quiet_on_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "metadata.csv"
    path.write_text(
        "Fájlnév;Beküldő;Típus;Beérkezés dátuma;Megjegyzés;Belső azonosító\n"
        "a.pdf;Kiss Anna;állásfoglalás;2026. 03. 17.;Postán jött;H-1\n"
        "b.docx;Nagy Péter;levél;2026.03.09.;;H-2\n"
        "c.pptx;Tóth Éva;prezentáció;2026-02-28;;H-3\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(path)
    metas = {name: build_meta(name, Path(name), row) for name, row in rows.items()}
    assert {name: meta.date for name, (meta, _) in metas.items()} == {
        "a.pdf": "2026-03-17", "b.docx": "2026-03-09", "c.pptx": "2026-02-28",
    }  # fmt: skip
    assert {name: meta.kind for name, (meta, _) in metas.items()} == {
        "a.pdf": "policy_brief", "b.docx": "expert_input", "c.pptx": "presentation",
    }  # fmt: skip
    assert all(warnings == [] for _, warnings in metas.values())
    # the notes column is expected; a column of the secretariat's own ids is still named as not used
    assert sheet_warnings(path) == ["metadata.csv: column(s) not used: Belső azonosító"]


def test_a_czech_sheet_reads_its_dates(tmp_path: Path) -> None:
    rows = _sheet(
        tmp_path,
        "Název souboru;Jméno a příjmení;Druh příspěvku;Datum přijetí;Poznámky\n"
        "a.pdf;Jana Nováková;poziční dokument;17. 3. 2026;\n"
        "b.pdf;Petr Svoboda;zápis z jednání;5. 11. 2026;doplněno\n",
    )
    metas = {name: build_meta(name, Path(name), row)[0] for name, row in rows.items()}
    assert (metas["a.pdf"].date, metas["a.pdf"].kind) == ("2026-03-17", "policy_brief")
    assert (metas["b.pdf"].date, metas["b.pdf"].kind) == ("2026-11-05", "expert_input")


KINDS = {
    "policy_brief": [
        # Czech and Slovak, Hungarian, Lithuanian, Bulgarian in Latin letters
        "Poziční dokument", "Pozičný dokument", "Stanovisko", "Shrnutí politiky", "Állásfoglalás",
        "Szakpolitikai összefoglaló", "Álláspont", "Ajánlások", "Politikos santrauka", "Pozicijos dokumentas",
        "Pozitsionen dokument", "Stanovishte", "Doporučení",
    ],
    "presentation": [
        "Prezentace", "Prezentácia", "Přednáška", "Projev", "Prezentáció", "Előadás", "Diasor", "Beszéd",
        "Pristatymas", "Skaidrės", "Prezentatsiya",
    ],
    "expert_input": [
        # letters, e-mails, minutes, surveys and expert input
        "Dopis", "E-mail", "Zápis z jednání", "Zápisnica", "Dotazník", "Průzkum", "Prieskum", "Odborný příspěvek",
        "Expertní vstup", "Levél", "Nyílt levél", "E-levél", "Jegyzőkönyv", "Kérdőív", "Felmérés",
        "Szakértői vélemény", "Szakértői hozzájárulás", "Levelezőlista", "Laiškas", "El. laiškas", "Protokolas",
        "Apklausa", "Klausimynas", "Ekspertų nuomonė", "Pismo", "Elektronna poshta", "Protokol", "Anketa",
        "Ekspertno mnenie", "Imeyl",
    ],
    "other": [
        # articles and reports are published for their own readers
        "Článek", "Článok", "Zpráva", "Správa", "Tisková zpráva", "Leták", "Cikk", "Jelentés", "Sajtóközlemény",
        "Blogbejegyzés", "Hírlevél", "Straipsnis", "Ataskaita", "Statiya", "Otchet",
    ],
}  # fmt: skip


@pytest.mark.parametrize(("written", "expected"), [(w, kind) for kind, words in KINDS.items() for w in words])
def test_kinds_in_central_and_eastern_european_languages(written, expected):
    assert kind_word(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # "levél" folded is English "level", which names no kind: English values keep their reading
        ("System level", None), ("High-level statement", "policy_brief"), ("Policy-level recommendations",
        "policy_brief"), ("Position paper", "policy_brief"), ("Slides", "presentation"), ("Letter", "expert_input"),
        ("Report", "other"), ("Fotografie dokumentu", None), ("Csevegés", "expert_input"),  # a chat: an input
    ],
)  # fmt: skip
def test_ordinary_kinds_and_unknown_words_are_read_as_before(written, expected):
    assert kind_word(written) == expected
