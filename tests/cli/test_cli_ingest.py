"""`guidelines ingest --metadata` with a sheet kept elsewhere, as the inputs issue reported it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PIL import Image

from ingest.readers.base import IMAGE_WITHOUT_TEXT
from tests.cli.test_cli import run

pytestmark = pytest.mark.integration


def project(root: Path) -> Path:
    corpus = root / "project" / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "brief_latvia.txt").write_text("Latvia lists micro-credentials in its register of qualifications.\n")
    (corpus / "input_chile.txt").write_text("Short courses are recognised by credit transfer between providers.\n")
    (corpus / "unlisted.txt").write_text("A file that nobody described in the sheet.\n")
    return corpus


def test_a_sheet_one_level_above_listing_bare_names_is_applied_and_gaps_are_warned(tmp_path):
    corpus = project(tmp_path)
    sheet = corpus.parent / "metadata.csv"
    sheet.write_text(
        "file,author,organization,country\n"
        "brief_latvia.txt,Ilze Kalnina,Academic Information Centre,Latvia\n"
        "input_chile.txt,Rosa Vera,ChileValora,Chile\n"
        "missing_deck.pptx,Nobody,Nowhere,Peru\n",
        encoding="utf-8",
    )
    ws = tmp_path / "ws"
    proc = run("ingest", str(corpus), "--metadata", str(sheet), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert {r["file"]: r["status"] for r in out} == {
        "brief_latvia.txt": "ingested",
        "input_chile.txt": "ingested",
        "unlisted.txt": "ingested",
    }
    warnings = [w for r in out for w in r["warnings"]]
    assert sum("missing_deck.pptx" in w for w in warnings) == 1
    assert sum("no row for this file" in w for w in warnings) == 1
    warning_lines = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    assert sum("missing_deck.pptx" in line for line in warning_lines) == 1
    assert sum("unlisted.txt" in line and "no row" in line for line in warning_lines) == 1

    sources = {s["file"]: s for s in json.loads(run("sources", "--workspace", str(ws), "--json").stdout)}
    assert sources["brief_latvia.txt"]["contributor"] == "Ilze Kalnina"
    assert sources["brief_latvia.txt"]["organisation"] == "Academic Information Centre"
    assert sources["input_chile.txt"]["country"] == "Chile"
    assert sources["unlisted.txt"]["contributor"] == ""


def test_a_sheet_that_matches_nothing_stops_with_exit_1_and_the_reason(tmp_path):
    corpus = project(tmp_path)
    sheet = corpus.parent / "other.csv"
    sheet.write_text("file,contributor\nreport-2019.pdf,Someone\n", encoding="utf-8")
    ws = tmp_path / "ws"
    proc = run("ingest", str(corpus), "--metadata", str(sheet), "--workspace", str(ws), "--json")
    assert proc.returncode == 1
    assert "other.csv" in proc.stderr and "none of its 1 rows matches a file given" in proc.stderr
    assert not ws.exists()  # stopped before the workspace was created


def test_the_sheets_own_warnings_ride_on_the_first_entry_named_by_the_sheet(tmp_path):
    # the contract's JSON is a list of one entry per file: no entry or top-level field for the sheet, so its
    # warnings ride on the first entry, each opening with the sheet's file name, never read as that file's own
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_unlisted.txt").write_text("A file that nobody described in the sheet.\n")
    (corpus / "b_brief.txt").write_text("Latvia lists micro-credentials in its register of qualifications.\n")
    sheet = tmp_path / "sheets" / "received.csv"
    sheet.parent.mkdir()
    sheet.write_text(
        "file,country,e-mail\nb_brief.txt,Latvia,ilze@example.org\nlost_deck.pptx,Peru,x@example.org\n",
        encoding="utf-8",
    )
    proc = run("ingest", str(corpus), "--metadata", str(sheet), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode == 0, proc.stderr
    first, second = json.loads(proc.stdout)
    assert first["file"] == "a_unlisted.txt" and second["warnings"] == []
    from_sheet = [w for w in first["warnings"] if w.startswith("received.csv: ")]
    own = [w for w in first["warnings"] if not w.startswith("received.csv: ")]
    assert len(from_sheet) == 3, first["warnings"]  # an unused column, no contributor column, a row matching no file
    assert any("e-mail" in w for w in from_sheet) and any("lost_deck.pptx" in w for w in from_sheet)
    assert any("contributor" in w for w in from_sheet)
    assert own == ["no row for this file in received.csv; ingested without its metadata"]


def test_a_hand_kept_ods_sheet_with_a_title_codes_and_two_files_in_a_cell_is_applied(tmp_path):
    from tests.ingest.test_metadata_ods import cell, write_ods

    corpus = project(tmp_path)
    sheet = write_ods(
        corpus.parent / "inputs.ods",
        [
            cell("Consultation inputs, March 2026"),
            cell("File") + cell("Contributor") + cell("Country") + cell("Kind") + cell("Date"),
            cell("brief_latvia.txt; input_chile.txt") + cell("Ilze Kalnina") + cell("LV") + cell("Position paper")
            + cell("3 March 2026"),
            cell("Total") + cell("2"),
        ],
    )  # fmt: skip
    ws = tmp_path / "ws"
    proc = run("ingest", str(corpus), "--metadata", str(sheet), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Total" not in proc.stderr  # the total row is no file that went missing
    sources = {s["file"]: s for s in json.loads(run("sources", "--workspace", str(ws), "--json").stdout)}
    for name in ("brief_latvia.txt", "input_chile.txt"):
        got = sources[name]
        assert (got["contributor"], got["country"], got["region"], got["kind"], got["date"]) == (
            "Ilze Kalnina",
            "Latvia",
            "EU",
            "policy_brief",
            "2026-03-03",
        )


def test_a_metadata_ods_beside_the_files_is_read_by_default(tmp_path):
    from tests.ingest.test_metadata_ods import cell, write_ods

    corpus = project(tmp_path)
    write_ods(
        corpus / "metadata.ods",
        [
            cell("File") + cell("Contributor") + cell("Country") + cell("Received on"),
            cell("brief_latvia.txt") + cell("Ilze Kalnina") + cell("LV") + cell("2026-03-03"),
        ],
    )
    ws = tmp_path / "ws"
    proc = run("ingest", str(corpus), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "metadata.ods" not in {e["file"] for e in json.loads(proc.stdout)}  # the sheet is no contribution
    got = {s["file"]: s for s in json.loads(run("sources", "--workspace", str(ws), "--json").stdout)}[
        "brief_latvia.txt"
    ]
    assert (got["contributor"], got["country"], got["region"], got["date"]) == (
        "Ilze Kalnina",
        "Latvia",
        "EU",
        "2026-03-03",
    )


def test_a_tab_separated_metadata_sheet_beside_the_files_is_read_by_default(tmp_path):
    # a spreadsheet's "Text (tab delimited)" export, kept as the sheet: read, never ingested as a contribution
    corpus = project(tmp_path)
    (corpus / "metadata.tsv").write_text(
        "File\tContributor\tCountry\nbrief_latvia.txt\tIlze Kalnina\tLatvia\n", encoding="utf-8"
    )
    ws = tmp_path / "ws"
    proc = run("ingest", str(corpus), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "metadata.tsv" not in {e["file"] for e in json.loads(proc.stdout)}
    got = {s["file"]: s for s in json.loads(run("sources", "--workspace", str(ws), "--json").stdout)}
    assert (got["brief_latvia.txt"]["contributor"], got["brief_latvia.txt"]["region"]) == ("Ilze Kalnina", "EU")


def test_a_sheet_that_cannot_be_read_is_a_warning_in_the_json_and_the_files_go_in(tmp_path):
    # beside the files (read by default) and given with --metadata: one warning naming the file and the reason,
    # in the contract's list (on the first entry, as the sheet's other warnings), and no file is held back
    corpus = project(tmp_path)
    (corpus / "metadata.xlsx").write_bytes(b"PK\x03\x04 a workbook cut off in transfer")
    proc = run("ingest", str(corpus), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert [r["status"] for r in out] == ["ingested"] * 3
    warned = [w for r in out for w in r["warnings"] if "metadata.xlsx" in w]
    assert len(warned) == 1 and "cannot read metadata workbook" in warned[0], out
    assert "ingesting the files without it" in warned[0]
    assert sum("metadata.xlsx" in line for line in proc.stderr.splitlines() if line.startswith("warning:")) == 1

    given = corpus.parent / "received.csv"
    given.write_bytes("file,contributor\nbrief_latvia.txt,Ilze\n".encode("utf-16"))
    proc = run("ingest", str(corpus), "--metadata", str(given), "--workspace", str(tmp_path / "ws2"), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert [r["status"] for r in out] == ["ingested"] * 3
    warned = [w for r in out for w in r["warnings"] if "received.csv" in w]
    assert len(warned) == 1 and "saved as UTF-16" in warned[0], out


def test_a_polish_sheet_with_kinds_and_countries_written_short_warns_only_of_the_kind_it_cannot_read(tmp_path):
    corpus = tmp_path / "wklady"
    corpus.mkdir()
    rows = [
        ("nota.txt", "Nota de política", "Rep. of Moldova"),
        ("zapis.txt", "Transcripción", "N. Macedonia"),
        ("ankieta.txt", "Questionario", "BiH"),
        ("ulotka.txt", "Volantino", "Czech Rep."),
        ("studium.txt", "Studie", "Rep. of Armenia"),
    ]
    for name, _, _ in rows:
        (corpus / name).write_text(f"Micro-credentials are stacked towards a qualification ({name}).\n")
    (corpus / "metadata.csv").write_text(
        "Plik;Tytul;Rodzaj;Autor;Organizacja;Kraj;Rola;Data wpływu;Język\n"
        + "".join(
            f"{name};T {name};{kind};Ewa Nowak;Instytut;{country};ekspert;3.03.2026;pl\n"
            for name, kind, country in rows
        ),
        encoding="utf-8",
    )
    proc = run("ingest", str(corpus), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode == 0, proc.stderr
    warning_lines = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    # every column is read, and the one kind in no known words is said once, naming its file
    assert warning_lines == [
        "warning: studium.txt: kind 'Studie' is not one of policy_brief, presentation, expert_input, other; "
        "using 'other'"
    ]
    sources = {s["file"]: s for s in json.loads(run("sources", "--workspace", str(tmp_path / "ws"), "--json").stdout)}
    assert {name: (s["kind"], s["country"], s["region"]) for name, s in sources.items()} == {
        "nota.txt": ("policy_brief", "Moldova", "partner"),
        "zapis.txt": ("expert_input", "North Macedonia", "partner"),
        "ankieta.txt": ("expert_input", "Bosnia and Herzegovina", "partner"),
        "ulotka.txt": ("other", "Czechia", "EU"),
        "studium.txt": ("other", "Armenia", "partner"),
    }
    assert {(s["title"], s["contributor"], s["date"], s["language"]) for s in sources.values()} == {
        (f"T {name}", "Ewa Nowak", "2026-03-03", "pl") for name, _, _ in rows
    }


def _logo(path: Path) -> Path:
    """A logo: a coloured disc on white, no letters."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 400), "white")
    ImageDraw.Draw(image).ellipse((150, 50, 450, 350), fill=(20, 90, 160))
    image.save(path)
    return path


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract is not installed (apt-get install tesseract-ocr)")
def test_images_without_text_that_no_row_lists_are_skipped_with_a_warning_not_failed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "brief_latvia.txt").write_text("Latvia lists micro-credentials in its register of qualifications.\n")
    _logo(corpus / "logo.png")
    Image.new("L", (800, 1100), 250).save(corpus / "photo.jpg")  # a blank frame
    (corpus / "metadata.csv").write_text("file,contributor\nbrief_latvia.txt,Ilze Kalnina\n", encoding="utf-8")
    ws = tmp_path / "ws"
    proc = run("ingest", str(corpus), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    out = {r["file"]: r for r in json.loads(proc.stdout)}
    assert {name: r["status"] for name, r in out.items()} == {
        "brief_latvia.txt": "ingested",
        "logo.png": "skipped",
        "photo.jpg": "skipped",
    }
    assert "no row of the metadata sheet lists it" in out["logo.png"]["reason"]
    warned = [line for line in proc.stderr.splitlines() if line.startswith("warning: logo.png: ")]
    assert len(warned) == 1 and "failed:" not in proc.stderr
    sources = {s["file"] for s in json.loads(run("sources", "--workspace", str(ws), "--json").stdout)}
    assert sources == {"brief_latvia.txt"}  # nothing recorded as a failed source either


@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract is not installed (apt-get install tesseract-ocr)")
def test_an_image_without_text_that_the_sheet_lists_or_that_is_named_still_fails_with_exit_3(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "brief_latvia.txt").write_text("Latvia lists micro-credentials in its register of qualifications.\n")
    _logo(corpus / "scan_estonia.png")
    (corpus / "metadata.csv").write_text(
        "file,contributor\nbrief_latvia.txt,Ilze Kalnina\nscan_estonia.png,Kadri Tamm\n", encoding="utf-8"
    )
    proc = run("ingest", str(corpus), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode == 3, proc.stderr
    statuses = {r["file"]: (r["status"], r["reason"]) for r in json.loads(proc.stdout)}
    assert statuses["scan_estonia.png"] == ("failed", IMAGE_WITHOUT_TEXT)

    alone = _logo(tmp_path / "named.png")  # named by itself on the command line: meant as a contribution
    proc = run("ingest", str(alone), "--workspace", str(tmp_path / "ws2"), "--json")
    assert proc.returncode == 3 and json.loads(proc.stdout)[0]["status"] == "failed"
