"""The fourteenth held-out set's own promises (eval/heldout14/README.md): its built files rebuild byte for byte,
its sheet is read whole as an Italian secretariat saves it from Excel (semicolons, Windows-1252, CRLF, Italian
headers and countries, trailing spaces, a name written surname first), its PDF sets two columns side by side over
a footnote area, its outline pasted from an e-mail is read as written, and what makes each contribution differ
survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at
the draft."""

from __future__ import annotations

import importlib
import zipfile

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field, header_notes
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout14"
CORPUS = HERE / "corpus"
ARTICLE = CORPUS / "article_zuiderzee_open_universities.pdf"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


def _text(name: str) -> str:
    """A contribution's text as its reader gives it, passages joined and spacing folded."""
    return " ".join(" ".join(p.text for p in _passages(name)).split())


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout14.build")
    assert len(build.BUILDS) == 7
    for name, spec, builder in build.BUILDS:
        assert builder(spec) == (CORPUS / name).read_bytes(), name


@pytest.mark.unit
def test_the_italian_sheet_saved_by_excel_is_read_whole_without_a_warning():
    path = CORPUS / "metadata.csv"
    raw = path.read_bytes()
    # Windows-1252, not UTF-8: "Š" and "ž" are single bytes of the 0x80-0x9F range a Latin-1 reading gets wrong
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "Željka Šušnjar".encode("cp1252") in raw and b"\r\n" in raw and raw.count(b"\r\n") == 11
    lines = raw.decode("cp1252").split("\r\n")
    header = lines[0].split(";")
    assert header == ["File", "Nome e cognome", "Ente", "Paese", "Regione", "Tipo di contributo", "Data di ricezione"]
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.csv", header) == []
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout14")])
    assert {h.casefold() for h in header} - earlier == {"nome e cognome"}
    assert sum(1 for line in lines if "   ;" in line) == 1  # one row typed with trailing spaces
    for name, row in read_metadata_csv(path).items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name
    stored = _read_sheet(path)
    assert len(stored) == 10
    people = {r["contributor"] for r in stored.values()}
    assert {"Željka Šušnjar", "Alžbeta Horváthová", "Hiltrud Oberndörfer", "Valentin Cojocaru"} <= people
    # written surname first in capitals; kept as the sheet writes it (the gold uses the same spelling)
    assert "Levent Özbilgin" in people
    assert {"Paesi Bassi", "Germania", "Turchia", "Macedonia del Nord"} <= {
        line.split(";")[3].strip() for line in lines[1:] if line
    }
    assert {r["country"] for r in stored.values()} == {
        "Netherlands", "Germany", "Türkiye", "Croatia", "North Macedonia", "Tunisia", "Romania", "Slovakia",
        "Georgia", "Uzbekistan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    assert {r["date"] for r in stored.values()} >= {"2026-04-13", "2026-04-02"}  # day first, as written


def _runs(page) -> list[tuple[float, float, str]]:
    """(x, y, text) of each piece of text pypdf finds on ``page``."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            # the text matrix's origin carried through the current transformation to page space
            x, y = tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, text.strip()))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.unit
def test_the_article_sets_two_columns_side_by_side_over_a_footnote_area():
    from pypdf import PdfReader

    pages = PdfReader(ARTICLE).pages
    assert len(pages) == 2
    middle = float(pages[0].mediabox.width) / 2

    def where(page, start: str) -> tuple[float, float]:
        return next((x, y) for x, y, text in _runs(page) if text.startswith(start))

    left, right = where(pages[0], "Where we started"), where(pages[0], "Credits that travel")
    assert left[0] < middle < right[0] and abs(left[1] - right[1]) < 20  # side by side, level at the top
    note, body = where(pages[0], "1 Network annual report"), where(pages[0], "Who judges the work")
    assert note[1] < body[1] and note[0] < middle  # the footnote at the foot, under the right column's end
    assert where(pages[1], "What we ask of the guidelines")[0] > middle
    passages = reader_for(ARTICLE).read(ARTICLE).passages
    order = [p.location.section for p in passages]
    # the left column is read before the right one, each heading over its own paragraphs
    assert order.index("Study where you are") < order.index("Credits that travel")
    assert {p.location.page for p in passages} == {1, 2}


@pytest.mark.unit
def test_the_outline_pasted_from_an_email_is_read_as_written_and_the_runner_finds_it():
    path = HERE / "outline.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.isupper()] == [
        "I. ACCESS AND ADMISSION", "II. DESIGN AND DELIVERY", "III. ASSESSMENT", "IV. RECOGNITION",
        "V. CERTIFICATES AND FUNDING",
    ]  # fmt: skip
    lettered = [line for line in lines if line.startswith("(")]
    assert len(lettered) == 28 and sum(1 for line in lettered if not line.endswith("?")) == 5  # a wrapped one too
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == path
    outline = load_outline(path)
    assert outline.title == "Guidelines on micro-credentials - outline for the fourth drafting round"
    assert [s.title for s in outline.sections] == [line for line in lines if line.isupper()]
    assert [len(s.questions) for s in outline.sections] == [5, 5, 6, 6, 6]
    asked = [q for s in outline.sections for q in s.questions]
    # the letters are marks, not words of the question; a question wrapped over two lines is one question
    assert not any(q.startswith("(") for q in asked)
    assert (
        "How long should a provider have to update a micro-credential once the occupational standard it rests on "
        "has changed?"
    ) in asked
    # instructions without a question mark are questions too
    assert {
        "State the minimum workload a micro-credential should carry.",
        "Explain what part simulators and real equipment should play in practical training.",
        "Describe the experience that assessors should have.",
        "State how long learners' assessment records should be kept.",
    } <= set(asked)
    # the e-mail's line about the draft's date and deadline is no question
    assert not any("Comments to the secretariat" in q for q in asked)


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    with zipfile.ZipFile(CORPUS / "position_lower_franconia_nursing_council.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert body.count("<w:del ") == body.count("<w:ins ") == 1 and "v:textbox" in body
    position = _text("position_lower_franconia_nursing_council.docx")
    # the sentence as it reads with the colleague's edit: the inserted words in, the deleted ones out
    assert "at least two thirds of the final mark" in position and "at least half" not in position
    assert "never a shortcut through it" in position  # the text box
    slides = _passages("slides_aegean_wind_energy_training.pptx")
    assert any("Basic safety | 40 | 18,500 | 412" in p.text for p in slides)
    assert any("Learners trained per year, 2019-2025" in p.text for p in slides)
    odt = _passages("contribution_slavonia_public_libraries.odt")
    assert {"1.1 Members", "2.1 Plain language", "2.4 One catalogue"} <= {p.location.section for p in odt}
    mail = (CORPUS / "re_pelagonia_youth_council.eml").read_text(encoding="utf-8")
    answer, quoted = mail.split("Lorenza Bettinelli <segreteria@consultazione-microcredenziali.example.org> wrote:")
    assert "Best regards," in answer and all(line.startswith(">") for line in quoted.strip().splitlines())
    assert "should be allowed a second attempt free of charge" in _text("re_pelagonia_youth_council.eml")
    faq = (CORPUS / "faq_sousse_pharmacists_chamber.txt").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("Q: ") for line in faq) == sum(line.startswith("A: ") for line in faq) == 8
    assert "pay the whole fee once more" in _text("faq_sousse_pharmacists_chamber.txt")
    from openpyxl import load_workbook

    book = load_workbook(CORPUS / "questionnaire_romanian_logistics_employers.xlsx", read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[0] == ["No.", "Question", "Answer"] and len(rows) == 9
    answers = _passages("questionnaire_romanian_logistics_employers.xlsx")
    assert any(p.location.label == "sheet Questionnaire, row 5" for p in answers)  # an answer cited as its own row
    table = (CORPUS / "positions_romano_drom_education.md").read_text(encoding="utf-8")
    assert "| Proposal | Our position | Reason |" in table
    page = _text("page_georgia_penitentiary_education.html")
    assert "must not mention the prison" in page
    assert "Privacy policy" not in page and "About the Ministry" not in page  # footer and menu left out
    with zipfile.ZipFile(CORPUS / "letter_fergana_conservatory.docx") as docx:
        letter_xml = docx.read("word/document.xml").decode("utf-8")
    assert "Dilshod Rakhmatullaev" in letter_xml and "Gulchehra Nazarova" in letter_xml
    letter = _text("letter_fergana_conservatory.docx")
    assert "no lower age limit at all" in letter
    assert "Yours sincerely" not in letter and "Vice-Rector" not in letter  # the two signatures left out
