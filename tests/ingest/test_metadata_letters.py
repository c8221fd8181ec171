"""Dutch and German "Brief" is a letter, English "brief" a policy brief: the sheet's headers tell which.

Each sheet is written here as a secretariat writes it, in its own language, and read as ingest reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta, read_metadata_csv
from ingest.metadata_kinds import as_letter, writes_brief_for_letter

pytestmark = pytest.mark.unit

KINDS = ["Brief", "Open brief", "Brieven", "Beleidsbrief", "Beleidsnota", "Policy brief", "Briefing"]


def kinds(tmp_path: Path, header: str, written: list[str], delimiter: str = ";") -> dict[str, str]:
    sheet = tmp_path / "metadata.csv"
    lines = [header, *(delimiter.join([f"f{n}.pdf", "Jan de Vries", kind]) for n, kind in enumerate(written))]
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = {name: build_meta(name, Path(name), row)[0] for name, row in read_metadata_csv(sheet).items()}
    return {written[int(name[1:-4])]: meta.kind for name, meta in read.items()}


def test_in_a_dutch_sheet_brief_is_a_letter_and_a_policy_document_a_brief(tmp_path: Path) -> None:
    assert kinds(tmp_path, "Bestand;Naam;Soort bijdrage", KINDS) == {
        "Brief": "expert_input",
        "Open brief": "expert_input",
        "Brieven": "expert_input",
        "Beleidsbrief": "policy_brief",
        "Beleidsnota": "policy_brief",
        "Policy brief": "policy_brief",  # written in English, it keeps its English sense
        "Briefing": "policy_brief",
    }


def test_in_a_german_sheet_a_brief_is_a_letter(tmp_path: Path) -> None:
    written = ["Brief", "Offener Brief", "Briefe", "Positionspapier"]
    assert kinds(tmp_path, "Datei;Verfasser;Art des Beitrags", written) == {
        "Brief": "expert_input",
        "Offener Brief": "expert_input",
        "Briefe": "expert_input",
        "Positionspapier": "policy_brief",
    }


def test_in_an_english_sheet_a_brief_stays_a_policy_brief(tmp_path: Path) -> None:
    assert kinds(tmp_path, "file,contributor,kind", ["Brief", "Short brief", "Letter"], delimiter=",") == {
        "Brief": "policy_brief",
        "Short brief": "policy_brief",
        "Letter": "expert_input",
    }


def test_one_header_shared_with_other_languages_does_not_make_a_sheet_dutch() -> None:
    assert not writes_brief_for_letter(["File", "Contributor", "Land"])
    assert not writes_brief_for_letter(["file", "Naam"])  # one Dutch header alone is not enough
    assert writes_brief_for_letter(["Bestand", "Naam", "Organisatie"])
    assert as_letter("Brief aan de minister") == "letter aan de minister"
    assert as_letter("Policy-brief") == "Policy-brief"
