"""A register kept in Lithuanian: "Dokumento rūšis" names the kind, the kinds written in Lithuanian are read, and
long-form dates ("2026 m. kovo 11 d.", Latvian "2026. gada 11. martā") are stored as ISO dates. Every name and file
here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_xlsx, sheet_warnings
from ingest.metadata_values import iso_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2026 m. kovo 11 d.", "2026-03-11"),
        ("2026 m. gruodžio 2 d.", "2026-12-02"),
        ("2025 m. rugsėjo 30 d", "2025-09-30"),
        ("2026. gada 11. martā", "2026-03-11"),
        ("2026 m. kovo 32 d.", None),
    ],
)
def test_lithuanian_and_latvian_long_dates_are_read(written: str, iso: str | None) -> None:
    assert iso_date(written) == iso


def test_a_lithuanian_register_reads_its_kind_column(tmp_path: Path) -> None:
    assert canonical_field("Dokumento rūšis") == "kind"
    wb = Workbook()
    ws = wb.active
    ws.append(["Eil. Nr.", "Failo pavadinimas", "Vardas, pavardė", "Šalis", "Dokumento rūšis", "Gavimo data"])
    ws.append(["1.", "skaidres.pptx", "Rūta Jonaitė", "Lietuva", "pristatymas", "2026 m. kovo 11 d."])
    ws.append(["2.", "laiskas.docx", "Jonas Petraitis", "Latvija", "raštas", "2026-03-12"])
    ws.append(["3.", "ataskaita.pdf", "Eglė Kazlauskė", "Lietuva", "ataskaita", "2026-03-13"])
    wb.save(tmp_path / "metadata.xlsx")
    rows = read_metadata_xlsx(tmp_path / "metadata.xlsx")
    assert sheet_warnings(tmp_path / "metadata.xlsx") == []
    stored = {name: build_meta(name, tmp_path / name, row)[0] for name, row in rows.items()}
    assert stored["skaidres.pptx"].kind == "presentation" and stored["skaidres.pptx"].date == "2026-03-11"
    assert stored["laiskas.docx"].kind == "expert_input"
    assert stored["ataskaita.pdf"].kind == "other"
