"""Registers kept in Romanian and Latvian: "partener" is the partner block, "Tip document" names the kind (not a
second file column), and the kinds these secretariats write are read. Every name and file here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_kinds import kind_word
from ingest.metadata_sheet import read_metadata_csv, read_metadata_xlsx, sheet_warnings
from ingest.metadata_values import region_word

pytestmark = pytest.mark.unit


def test_a_romanian_register_reads_its_kind_column_and_partner_block(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Nr. crt.", "Denumire fișier", "Expeditor", "Țara", "Regiune", "Tip document", "Data primirii"])
    ws.append(["1", "discutie.txt", "Ioana Dobre", "Moldova", "partener", "conversație", "02.03.2026"])
    ws.append(["2", "propuneri.xlsx", "Radu Stan", "Austria", "UE", "amendamente", "03.03.2026"])
    ws.append(["3", "slaiduri.pptx", "Elena Popa", "Georgia", "țară parteneră", "prezentare", "04.03.2026"])
    wb.save(tmp_path / "metadata.xlsx")
    rows = read_metadata_xlsx(tmp_path / "metadata.xlsx")
    assert sheet_warnings(tmp_path / "metadata.xlsx") == []
    stored = {name: build_meta(name, tmp_path / name, row) for name, row in rows.items()}
    assert set(stored) == {"discutie.txt", "propuneri.xlsx", "slaiduri.pptx"}
    assert (stored["discutie.txt"][0].region, stored["discutie.txt"][0].kind) == ("partner", "expert_input")
    assert (stored["propuneri.xlsx"][0].region, stored["propuneri.xlsx"][0].kind) == ("EU", "expert_input")
    assert (stored["slaiduri.pptx"][0].region, stored["slaiduri.pptx"][0].kind) == ("partner", "presentation")
    assert stored["discutie.txt"][0].date == "2026-03-02"
    assert not any(warnings for _, warnings in stored.values())


def test_a_latvian_registers_kinds_are_read(tmp_path: Path) -> None:
    path = tmp_path / "metadata.csv"
    path.write_text(
        "Nr. p. k.;Datnes nosaukums;Vārds, uzvārds;Valsts;Reģions;Dokumenta veids;Saņemts\r\n"
        "1.;vestule.rtf;Ilze Kalniņa;Latvija;ES;vēstule;05.03.2026.\r\n"
        "2.;nostaja.pdf;Juris Bērziņš;Lietuva;ES;nostājas dokuments;06.03.2026.\r\n"
        "3.;forums.html;Anna Ozola;Igaunija;ES;foruma diskusija;07.03.2026.\r\n"
        "4.;pasts.eml;Kārlis Liepa;Ukraina;partnervalsts;e-pasts;08.03.2026.\r\n",
        encoding="utf-8",
    )
    stored = {name: build_meta(name, tmp_path / name, row)[0] for name, row in read_metadata_csv(path).items()}
    assert stored["vestule.rtf"].kind == "expert_input"
    assert stored["nostaja.pdf"].kind == "policy_brief"
    assert stored["forums.html"].kind == "expert_input"
    assert (stored["pasts.eml"].kind, stored["pasts.eml"].region) == ("expert_input", "partner")
    assert stored["forums.html"].date == "2026-03-07"


def test_the_words_alone() -> None:
    assert canonical_field("Tip document") == "kind" and canonical_field("Tipul de document") == "kind"
    assert canonical_field("Denumire fișier") == "file"
    assert region_word("partener") == "partner" and region_word("UE") == "EU"
    assert kind_word("piezīmes") == "expert_input" and kind_word("raksts") == "other"
    assert kind_word("tabula") is None  # a table says a form, not a kind: left unread, as in English
