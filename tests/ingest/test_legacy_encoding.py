"""Text saved in a Windows code page other than 1252 (Central European, Baltic, Cyrillic, Greek, Turkish) is read in
that code page, names spelt exactly; Western European text stays Windows-1252. Every text here is our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.metadata import read_metadata_csv
from ingest.readers.legacy_encoding import choose_code_page, decode_legacy
from ingest.readers.text import TextReader, decode_text

# (code page, text written in it): names, organisations and sentences as a contributor or a secretariat writes them
OTHER_CODE_PAGES = [
    ("cp1250", "Ľubomír Čermák"),
    ("cp1250", "Přemysl Černý, Národní pedagogický institut České republiky"),
    ("cp1250", "Łukasz Wiśniewski"),
    ("cp1250", "Mikropoświadczenia powinny być wpisane do zintegrowanego rejestru kwalifikacji, mówi Małgorzata Żak."),
    ("cp1250", "Mikrocertifikáty by mali byť súčasťou národnej sústavy kvalifikácií; ľudia ich získajú rýchlejšie."),
    ("cp1250", "Szőke Gábor; Győri Szakképző Centrum"),
    ("cp1250", "A mikrotanúsítványok a felsőoktatási intézmények és a szakképző centrumok közös kínálatát bővítik."),
    # Slovenian differs from cp1252 only by č (read as è): the text must hold words of both kinds, "è" and "š" or "ž"
    (
        "cp1250",
        "Učenje odraslih in poklicno izobraževanje: mikrodokazila naj bodo vpisana v nacionalno ogrodje, "
        "pravi Tomaž Černe.",
    ),
    ("cp1250", "Ivana Đurđević, Agencija za strukovno obrazovanje, Zagreb"),
    ("cp1250", "Marko Kovačević;Agencija za odgoj i obrazovanje;Hrvatska"),
    ("cp1250", "Ştefan Popescu, Universitatea din Iaşi: microcertificările sunt recunoscute în ţară."),
    ("cp1257", "Šiaulių universitetas, Vilnius"),
    ("cp1257", "Mikrokredencialai turėtų būti įtraukti į kvalifikacijų sąrangą, sako Rūta Žukauskienė."),
    ("cp1257", "Jānis Bērziņš, Rīgas Tehniskā universitāte: mikrokvalifikācijas ir jāiekļauj reģistrā."),
    ("cp1251", "Иван Петров, Национална агенция за професионално образование и обучение, София"),
    ("cp1251", "Олена Коваленко, Київ: мікрокваліфікації мають бути в національній рамці."),
    ("cp1253", "Γιώργος Παπαδόπουλος, Αθήνα"),
    ("cp1253", "Τα μικροδιαπιστευτήρια πρέπει να αναγνωρίζονται από τον Εθνικό Οργανισμό Πιστοποίησης."),
    ("cp1254", "Öğretmenlerin mesleki gelişimi için Türkiye'de çalışmalar sürüyor, diyor Ayşe Yılmaz."),
]

WESTERN = [
    "François Dupont, Lyon : à côté de l'école, les élèves très motivés ont déjà reçu leur œuvre.",
    "Jürgen Müller, Straße der Bildung: Mikrozertifikate für Ärztinnen und Lehrkräfte in Österreich.",
    "José Núñez, Bogotá: ¿Qué reconocimiento tienen los microcredenciales? ¡Mañana lo sabremos!",
    "João Conceição, São Paulo: as informações sobre certificação não são públicas.",
    "Søren Kierkegård, Århus; Bjørn Ødegård, Tromsø; Åsa Lindström, Göteborg; Þór Jónsson, Reykjavík.",
    "Søren Sørensen, José Álvarez",  # two nations in one line: neither reading fits one language
    "Qualité",
    "Footnote marks¹ and m² and Europass® and «Bonjour» and naïveté, Zoë.",
]


@pytest.mark.unit
@pytest.mark.parametrize(("codec", "text"), OTHER_CODE_PAGES)
def test_text_in_another_code_page_is_decoded_back_exactly(codec: str, text: str) -> None:
    decoded, warnings = decode_text(text.encode(codec))
    assert decoded == text
    assert warnings == (f"not valid UTF-8; decoded as Windows-{codec[2:]} ({codec})",)


@pytest.mark.unit
@pytest.mark.parametrize("text", WESTERN)
def test_western_european_text_stays_windows_1252(text: str) -> None:
    assert decode_text(text.encode("cp1252")) == (text, ("not valid UTF-8; decoded as Windows-1252 (cp1252)",))


@pytest.mark.unit
def test_words_that_read_the_same_in_two_code_pages_keep_the_default() -> None:
    # Estonian letters are at the same bytes in 1252 and 1257; Kamińska and Kamiñska are both names: cp1252
    assert decode_legacy("Kärt Tõnisson, Tartu Ülikool".encode("cp1257")) == ("Kärt Tõnisson, Tartu Ülikool", "cp1252")
    assert choose_code_page("Zofia Kamińska".encode("cp1250").decode("ascii", "surrogateescape")) == "cp1252"


@pytest.mark.unit
def test_a_misread_shows_as_a_symbol_or_a_word_of_no_language() -> None:
    # the signals the choice rests on, each alone in a short text
    for text in ("Łukasz", "może", "Wrocław", "Přemysl Černý", "chuť", "Ştefan"):
        assert choose_code_page(text.encode("cp1250").decode("ascii", "surrogateescape")) == "cp1250", text


@pytest.mark.unit
def test_bytes_no_code_page_defines_are_latin1_as_before() -> None:
    assert decode_text(b"Byte \x81 is undefined, caf\xe9") == (
        "Byte \x81 is undefined, caf\u00e9",
        ("not valid UTF-8; decoded as Latin-1",),
    )


@pytest.mark.unit
def test_utf8_text_is_unchanged() -> None:
    text = "Ľubomír Čermák, Łukasz Wiśniewski, Γιώργος, Иван, Ayşe and François"
    assert decode_text(text.encode("utf-8")) == (text, ())


@pytest.mark.unit
def test_stray_bytes_in_utf8_are_read_in_the_code_page_their_words_fit() -> None:
    data = "Résumé in UTF-8. ".encode() + "Autor: Přemysl Černý, Brno.".encode("cp1250")
    text, warnings = decode_text(data)
    assert text == "Résumé in UTF-8. Autor: Přemysl Černý, Brno."
    assert warnings == ("mixed encodings: UTF-8 with 3 byte(s) of Windows-1250 (cp1250), each decoded as such",)


@pytest.mark.unit
def test_a_text_file_in_cp1250_keeps_its_author_spelt_right(tmp_path: Path) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes("Mikro-certifikáty by měly být součástí národní soustavy kvalifikací.\n".encode("cp1250"))
    result = TextReader().read(path)
    assert result.passages[0].text == "Mikro-certifikáty by měly být součástí národní soustavy kvalifikací."
    assert result.warnings == ("not valid UTF-8; decoded as Windows-1250 (cp1250)",)


@pytest.mark.unit
def test_a_csv_and_a_web_page_in_cp1250_read_their_names_exactly(tmp_path: Path) -> None:
    from ingest.readers.csvfile import CsvReader
    from ingest.readers.html import HtmlReader

    sheet = tmp_path / "pozice.csv"
    sheet.write_bytes("Přispěvatel;Postoj\nĽubomír Čermák;Mikro-certifikáty patří do registru\n".encode("cp1250"))
    result = CsvReader().read(sheet)
    assert result.passages[0].text == "Přispěvatel: Ľubomír Čermák; Postoj: Mikro-certifikáty patří do registru"
    assert "not valid UTF-8; decoded as Windows-1250 (cp1250)" in result.warnings
    page = tmp_path / "stanowisko.html"
    page.write_bytes(
        "<html><body><h1>Stanowisko</h1><p>Mikropoświadczenia powinny być w rejestrze, mówi Łukasz Wiśniewski.</p>"
        "</body></html>".encode("cp1250")
    )
    texts = [p.text for p in HtmlReader().read(page).passages]
    assert any("mówi Łukasz Wiśniewski." in text for text in texts), texts


@pytest.mark.unit
def test_a_semicolon_sheet_in_cp1250_reads_its_names_exactly(tmp_path: Path) -> None:
    path = tmp_path / "metadata.csv"
    path.write_bytes(
        "soubor;autor;organizace;země\r\n"
        "cermak.md;Ľubomír Čermák;Národní pedagogický institut;Česko\r\n"
        "zak.md;Małgorzata Żak;Instytut Badań Edukacyjnych;Polska\r\n".encode("cp1250")
    )
    rows = read_metadata_csv(path)
    assert rows["cermak.md"]["contributor"] == "Ľubomír Čermák"
    assert rows["zak.md"]["organisation"] == "Instytut Badań Edukacyjnych"


@pytest.mark.integration
def test_ingest_matches_a_cp1250_sheet_to_its_files_authors(tmp_path: Path) -> None:
    from tests.cli.test_cli import run

    folder = tmp_path / "contributions"
    folder.mkdir()
    authors = {"cermak.md": "Ľubomír Čermák", "wisniewski.md": "Łukasz Wiśniewski"}
    for name, author in authors.items():
        (folder / name).write_text(f"---\nauthor: {author}\n---\n\nMicro-credentials belong in the register.\n")
    (folder / "metadata.csv").write_bytes(
        "soubor;autor;organizace;země\n"
        "cermak.md;Ľubomír Čermák;Národní pedagogický institut;Česko\n"
        "wisniewski.md;Łukasz Wiśniewski;Instytut Badań Edukacyjnych;Polska\n".encode("cp1250")
    )
    ws = tmp_path / "ws"
    proc = run("ingest", str(folder), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    assert [row["status"] for row in json.loads(proc.stdout)] == ["ingested", "ingested"]
    sources = json.loads(run("sources", "--workspace", str(ws), "--json").stdout)
    assert {s["file"]: s["contributor"] for s in sources} == authors
    assert {s["file"]: s["organisation"] for s in sources} == {
        "cermak.md": "Národní pedagogický institut",
        "wisniewski.md": "Instytut Badań Edukacyjnych",
    }
