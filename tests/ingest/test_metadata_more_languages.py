"""Metadata sheets kept in Slovenian, Croatian, Czech and Romanian (and the Polish, Portuguese and Italian kinds beside
them): their kinds read into the product's four, an unknown one warned of by its word; a note merged under the table
is no file row; titles around a name are no part of the person's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta, read_metadata_csv
from ingest.metadata_kinds import kind_word
from ingest.metadata_sheet import sheet_warnings
from pipeline.index.discovery import discover

pytestmark = pytest.mark.unit

KINDS = {
    "policy_brief": [
        "Stališče", "Povzetek politike", "Stajalište", "Sažetak politike", "Stanovisko", "Document de poziție",
        "Notă de politici", "Stanowisko", "Documento de posição",
    ],
    "presentation": [
        "Predstavitev", "Prosojnice", "Prezentacija", "Prezentace", "Prezentare", "Prezentacja", "Apresentação",
        "Presentazione",
    ],
    "expert_input": [
        # letters, e-mails, minutes, surveys, contributions and forms
        "Pismo", "Dopis", "Scrisoare", "Carta", "Lettera", "E-pošta", "Elektronska pošta", "Elektronická pošta",
        "Poștă electronică", "Poczta elektroniczna", "Zapisnik", "Zápis z jednání", "Proces-verbal", "Ata",
        "Anketa", "Upitnik", "Dotazník", "Chestionar", "Ankieta", "Inquérito", "Pisni prispevek",
        "Strokovni prispevek", "Příspěvek", "Contribuție", "Spletni obrazec", "Obrazac",
    ],
    "other": [
        # articles, reports and newsletters are published for their own readers
        "Članek", "Članak", "Článek", "Articol", "Articolo", "Artykuł", "Artigo", "Poročilo", "Izvješće",
        "Zpráva", "Raport", "Relatório", "Glasilo", "Bilten",
    ],
}  # fmt: skip


@pytest.mark.parametrize(("written", "expected"), [(w, kind) for kind, words in KINDS.items() for w in words])
def test_kinds_in_more_languages(written, expected):
    assert kind_word(written) == expected


@pytest.mark.parametrize("written", ["Analiza SWOT", "Proposta", "Posta", "Stav"])
def test_a_word_for_no_kind_is_still_unread(written):
    assert kind_word(written) is None


def test_an_unknown_kind_warns_with_its_word_and_a_known_one_does_not(tmp_path: Path) -> None:
    sheet = tmp_path / "metadata.csv"
    sheet.write_text("Datoteka;Vrsta prispevka\na.pdf;stališče\nb.xlsx;analiza SWOT\n", encoding="utf-8")
    rows = read_metadata_csv(sheet)
    brief, quiet = build_meta("a.pdf", Path("a.pdf"), rows["a.pdf"])
    other, warned = build_meta("b.xlsx", Path("b.xlsx"), rows["b.xlsx"])
    assert (brief.kind, quiet) == ("policy_brief", [])
    assert other.kind == "other" and len(warned) == 1 and "'analiza SWOT'" in warned[0]


def _noted_workbook(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Prejeti prispevki"])
    sheet.merge_cells("A1:C1")
    sheet.append(["Datoteka", "Ime in priimek", "Vrsta prispevka"])
    sheet.append(["a.pdf", "izr. prof. dr. Mojca Zupan", "stališče"])
    sheet.append(["b.txt", "Mag. HUBER Katharina", "pisni prispevek"])
    sheet.append(["Prispevke, prejete po roku, bomo obravnavali v drugem krogu."])
    sheet.merge_cells("A5:C5")  # a note under the table, merged across the row
    book.save(path)
    return path


def test_a_note_merged_under_the_table_is_no_file_row(tmp_path: Path) -> None:
    folder = tmp_path / "inputs"
    folder.mkdir()
    for name in ("a.pdf", "b.txt"):
        (folder / name).write_bytes(b"%PDF-1.4\n" if name.endswith(".pdf") else b"Our view.\n")
    sheet = _noted_workbook(folder / "metadata.xlsx")
    rows = read_metadata_csv(sheet)
    assert sorted(rows) == ["a.pdf", "b.txt"]
    assert sheet_warnings(sheet) == []
    _, notes = discover([folder])
    assert not any("matches no file" in str(note) for note in notes)


def test_a_one_cell_row_naming_a_file_is_still_a_file_row(tmp_path: Path) -> None:
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "file,contributor\nPosition paper of the Ministry of Labour.pdf,\nLast updated on 20.03.2026,\n",
        encoding="utf-8",
    )
    assert sorted(read_metadata_csv(sheet)) == [
        "Last updated on 20.03.2026",
        "Position paper of the Ministry of Labour.pdf",
    ]


def test_the_names_shown_are_the_peoples_without_their_titles(tmp_path: Path) -> None:
    rows = read_metadata_csv(_noted_workbook(tmp_path / "metadata.xlsx"))
    assert rows["a.pdf"]["contributor"] == "Mojca Zupan"
    assert rows["b.txt"]["contributor"] == "Katharina Huber"
