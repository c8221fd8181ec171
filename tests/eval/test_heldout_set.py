"""The held-out evaluation sets (eval/heldout/ to eval/heldout5/) are consistent:
gold phrases, questions and names agree with the contributions, the outline and the metadata sheet, read with the
repository's own readers.

These tests say nothing about the draft's scores, which move as the drafter changes; they make sure that a
score computed on a set means what it says (a phrase credited to a contributor is really theirs alone, every
guiding question is judged, every name is one the tool will show, no name is shared with another set).
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

import pytest
import yaml

from ingest.metadata import EU_MEMBERS, REGIONS, build_meta, region_for
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from pipeline.index.discovery import METADATA_NAMES

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_SHEET = ROOT / "corpus" / "metadata.csv"
# each set, and the formats its README promises (suffix -> at least that many files)
SETS = {
    "heldout": {".docx": 2, ".pptx": 1, ".md": 1, ".txt": 1},
    "heldout2": {".pdf": 1, ".docx": 1, ".pptx": 1, ".html": 1, ".odt": 1, ".md": 1, ".txt": 1},
    "heldout3": {".rtf": 1, ".eml": 1, ".xlsx": 1, ".docx": 1, ".pdf": 1, ".pptx": 1, ".md": 1, ".txt": 2},
    "heldout4": {".odt": 1, ".odp": 1, ".html": 1, ".docx": 2, ".csv": 1, ".pdf": 1, ".txt": 1, ".md": 1},
    "heldout5": {
        ".docx": 1, ".pptx": 1, ".rtf": 1, ".pdf": 1, ".xlsx": 1, ".txt": 1, ".md": 1, ".html": 1, ".eml": 1,
    },
}  # fmt: skip
CONTRIBUTION_SUFFIXES = {
    ".md", ".txt", ".docx", ".pptx", ".pdf", ".html", ".odt", ".odp", ".rtf", ".eml", ".xlsx", ".csv",
}  # fmt: skip


def _runner():
    """eval/heldout/run.py, whose outline lookup the tests share (a set's outline is .yaml, .md or .docx)."""
    return importlib.import_module("eval.heldout.run")


def _sheet_path(held_out: Path) -> Path:
    """The set's metadata sheet, found as the ingest finds it beside the files (metadata.csv or metadata.xlsx)."""
    found = [held_out / "corpus" / name for name in METADATA_NAMES if (held_out / "corpus" / name).exists()]
    assert len(found) == 1, found
    return found[0]


def _outline(held_out: Path):
    path = _runner().outline_of(held_out)
    assert path is not None, held_out
    return load_outline(path)


def _norm():
    """The eval's own word-for-word comparison."""
    from eval.eval_drafting import norm

    return norm


@pytest.fixture(scope="module", params=sorted(SETS))
def held_out(request) -> Path:
    """The folder of one held-out set; every test below runs once per set."""
    return ROOT / "eval" / request.param


def _read_sheet(path: Path) -> dict[str, dict[str, str]]:
    """A metadata sheet's rows as the ingest stores them: "CY" is Cyprus, "EU member state" is EU."""
    out = {}
    for name, row in read_metadata_csv(path).items():
        meta, _ = build_meta(name, path.parent / name, row)
        out[name] = {**row, **{field: getattr(meta, field) for field in ("contributor", "country", "region")}}
    return out


@pytest.fixture(scope="module")
def sheet(held_out) -> dict[str, dict[str, str]]:
    return _read_sheet(_sheet_path(held_out))


@pytest.fixture(scope="module")
def passages(held_out, sheet) -> dict[str, list[str]]:
    """Each contribution's passages as the ingest reads them, keyed by its contributor."""
    out: dict[str, list[str]] = {}
    for name, row in sheet.items():
        path = held_out / "corpus" / name
        out[row["contributor"]] = [p.text for p in reader_for(path).read(path).passages]
    return out


@pytest.fixture(scope="module")
def drafting_gold(held_out) -> dict:
    return yaml.safe_load((held_out / "drafting_gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def divergence_gold(held_out) -> dict:
    return yaml.safe_load((held_out / "divergence_gold.yaml").read_text(encoding="utf-8"))


@pytest.mark.unit
def test_the_sheet_lists_every_contribution_with_its_contributor(held_out, sheet):
    corpus = held_out / "corpus"
    contributions = {
        p.name for p in corpus.iterdir() if p.suffix in CONTRIBUTION_SUFFIXES and p.name not in METADATA_NAMES
    }
    assert set(sheet) == contributions
    assert 8 <= len(contributions) <= 10
    regions = {r.lower(): r for r in REGIONS}
    for row in sheet.values():
        assert row["contributor"] and row["organisation"] and row["country"], row
        # a sheet may write "Partner" for "partner": the ingest matches regions without case
        assert regions.get(row["region"].lower()) == region_for(row["country"]), row
    # EU and partner voices both; a country the tool counts in neither (Norway, the United Kingdom) is "other"
    assert {"eu", "partner"} <= {r["region"].lower() for r in sheet.values()} <= {"eu", "partner", "other"}
    suffixes = [Path(name).suffix for name in sheet]
    for suffix, least in SETS[held_out.name].items():
        assert suffixes.count(suffix) >= least, suffix


@pytest.mark.unit
def test_no_contributor_organisation_or_country_comes_from_another_set(held_out, sheet):
    others = [SAMPLE_SHEET] + [_sheet_path(ROOT / "eval" / name) for name in SETS]
    for other in others:
        if other.parent.parent == held_out:
            continue
        rows = _read_sheet(other).values()
        for field in ("contributor", "organisation", "country"):
            seen = {r[field] for r in rows}
            shared = seen & {r[field] for r in sheet.values()}
            if field == "country" and shared <= EU_MEMBERS and _every_member_state_taken():
                continue  # once all 27 member states are used, a later set can only repeat one
            assert not shared, (other, field)


def _every_member_state_taken() -> bool:
    """Whether the sample and the held-out sheets together already use every EU member state."""
    used = set()
    for path in [SAMPLE_SHEET] + [_sheet_path(ROOT / "eval" / name) for name in SETS]:
        used |= {row["country"] for row in _read_sheet(path).values()}
    return len(used & EU_MEMBERS) >= 27


@pytest.mark.unit
def test_every_gold_phrase_stands_word_for_word_in_its_contributors_text_only(passages, drafting_gold):
    norm = _norm()
    # every contributor is in the gold, with the positions the brief asks for
    assert set(drafting_gold["contributors"]) == set(passages)
    for owner, statements in drafting_gold["contributors"].items():
        assert len(statements) >= 4, owner  # the brief asks 4-8 positions per contribution
        for statement in statements:
            words = norm(statement["words"])
            # within one passage: the eval compares a sentence with the passage it cites
            assert any(words in norm(text) for text in passages[owner]), (owner, statement["words"])
            others = [who for who, texts in passages.items() if who != owner and words in norm(" ".join(texts))]
            assert not others, (statement["words"], others)


@pytest.mark.unit
def test_every_outline_question_is_judged_once(held_out, drafting_gold):
    outline = _outline(held_out)
    asked = [q for section in outline.sections for q in section.questions]
    answerable = drafting_gold["questions"]["answerable"]
    unanswerable = drafting_gold["questions"]["unanswerable"]
    assert sorted(asked) == sorted(answerable + unanswerable)
    assert len(set(asked)) == len(asked)
    assert 5 <= len(outline.sections) <= 6
    assert len(answerable) >= 12 and len(unanswerable) >= 8


@pytest.mark.unit
def test_every_contributor_named_in_the_gold_is_in_the_sheet(sheet, drafting_gold, divergence_gold):
    listed = {r["contributor"] for r in sheet.values()}
    country = {r["contributor"]: r["country"] for r in sheet.values()}
    assert set(drafting_gold["contributors"]) <= listed
    assert {who: [country[who]] for who in drafting_gold["countries"]} == drafting_gold["countries"]
    for point in divergence_gold["points"]:
        assert {who for side in point["sides"] for who in side} <= listed, point["id"]


@pytest.mark.unit
def test_divergence_points_sit_in_outline_sections_and_no_one_stands_on_two_sides(held_out, divergence_gold):
    sections = {s.id for s in _outline(held_out).sections}
    assert 3 <= len(divergence_gold["points"]) <= 5
    for point in divergence_gold["points"]:
        assert {point["section"], *point.get("also", [])} <= sections, point["id"]
        assert len(point["sides"]) >= 2
        names = [who for side in point["sides"] for who in side]
        assert len(names) == len(set(names)), point["id"]


@pytest.mark.unit
def test_the_second_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout2's PDF and Office files from the text in build.py gives the committed bytes."""
    build = importlib.import_module("eval.heldout2.build")
    missing = [str(path) for path in build._FONT_FILES if not path.exists()]
    if missing:
        pytest.skip(f"the PDF needs the DejaVu fonts: {', '.join(missing)}")
    for spec, make in build.BUILDS:
        assert make(spec) == (build.CORPUS / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_third_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout3's RTF, Office and Excel files (and the PDF's source .docx) gives the committed
    bytes; the PDF itself is LibreOffice's, stamped with the time of conversion, and is not rebuilt here."""
    build = importlib.import_module("eval.heldout3.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_third_sets_pdf_is_its_source_on_two_pages_with_header_and_page_numbers():
    """The committed PDF holds the words of the .docx it was converted from, on two pages, each with the
    running header and its page number, which the reader leaves out."""
    from eval.heldout3.build import SRC
    from eval.heldout3.contributions import CROATIA_BRIEF

    norm = _norm()
    pdf = ROOT / "eval" / "heldout3" / "corpus" / (Path(CROATIA_BRIEF["file"]).stem + ".pdf")
    passages = reader_for(pdf).read(pdf).passages
    pages = {p.location.page for p in passages}
    assert pages == {1, 2}
    text = norm(" ".join(p.text for p in passages))
    source = SRC / CROATIA_BRIEF["file"]
    for passage in reader_for(source).read(source).passages:
        assert norm(passage.text) in text, passage.text[:80]
    from pypdf import PdfReader

    for page, raw in enumerate(PdfReader(pdf).pages, start=1):
        # the file has its running header and page number on each page; the reader leaves them out as furniture
        printed = norm(raw.extract_text())
        assert f"page {page}" in printed
        assert norm("Croatian Agency for Adult Learning Accreditation") in printed
        on_page = norm(" ".join(p.text for p in passages if p.location.page == page))
        assert f"page {page}" not in on_page


@pytest.mark.unit
def test_the_runner_takes_a_markdown_or_word_outline_when_a_set_has_no_yaml_one(tmp_path):
    """eval/heldout/run.py reads outline.yaml first (the first two sets), else outline.md (the third), else
    outline.docx (the fourth)."""
    run = _runner()
    assert run.outline_of(ROOT / "eval" / "heldout") == ROOT / "eval" / "heldout" / "outline.yaml"
    assert run.outline_of(ROOT / "eval" / "heldout3") == ROOT / "eval" / "heldout3" / "outline.md"
    assert run.outline_of(ROOT / "eval" / "heldout4") == ROOT / "eval" / "heldout4" / "outline.docx"
    assert run.held_out_set(str(ROOT / "eval" / "heldout3")) == ROOT / "eval" / "heldout3"
    assert run.held_out_set(str(ROOT / "eval" / "heldout4")) == ROOT / "eval" / "heldout4"
    for name in ("corpus",):
        (tmp_path / name).mkdir()
    for name in ("drafting_gold.yaml", "divergence_gold.yaml"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    with pytest.raises(argparse.ArgumentTypeError, match="outline.yaml or outline.md"):
        run.held_out_set(str(tmp_path))
    (tmp_path / "outline.docx").write_bytes(b"")
    assert run.held_out_set(str(tmp_path)) == tmp_path.resolve()
    assert run.outline_of(tmp_path) == tmp_path / "outline.docx"
    (tmp_path / "outline.md").write_text("## A\n- Why?\n", encoding="utf-8")
    assert run.outline_of(tmp_path) == tmp_path / "outline.md"
    (tmp_path / "outline.yaml").write_text("sections: []\n", encoding="utf-8")
    assert run.outline_of(tmp_path) == tmp_path / "outline.yaml"


@pytest.mark.unit
def test_the_third_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the third set differ from the others survives the readers: footnotes and numbered headings,
    a table on a slide, answers in cells beside their questions, quoted mail left out, speaker turns."""
    corpus = ROOT / "eval" / "heldout3" / "corpus"

    def read(name: str):
        return reader_for(corpus / name).read(corpus / name)

    word = read("input_sarajevo_recognition_office.docx").passages
    assert any(p.location.label.startswith("section 4.1 Verification, footnote") for p in word)
    assert any("Note: the figures above" in p.text for p in word)
    slides = read("slides_dija_online_academy.pptx").passages
    assert any(p.location.label == "slide 3" and "Bookkeeping basics | 2,940" in p.text for p in slides)
    answers = read("consultation_response_north_jutland.xlsx").passages
    assert any(
        "Question: 4. What should happen" in p.text and "Answer: Jobseekers should keep" in p.text for p in answers
    )
    # the invitation quoted under the signature is the guideline team's text, not the student union's
    mail = read("email_latvian_student_councils.eml").passages
    assert any("Students must receive" in p.text for p in mail)
    assert not any("we are preparing guidelines" in p.text or "www." in p.text for p in mail)
    turns = [p.text.split(":")[0] for p in read("hearing_algeria_construction_skills.txt").passages]
    assert {"Chair", "Ms Boumediene"} <= set(turns)
    assert read("letter_chamber_toulouse.rtf").passages


@pytest.mark.unit
def test_the_fourth_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout4's OpenDocument and Word files, its metadata sheet, its outline and the PDF's
    source .odt gives the committed bytes; the PDF itself is LibreOffice's and is not rebuilt here."""
    build = importlib.import_module("eval.heldout4.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_fourth_sets_pdf_is_its_numbered_source():
    """The committed PDF holds the words of the .odt it was converted from, its paragraphs numbered 1 to 9 by
    the word processor (the numbers are in the PDF's text, not in the source's)."""
    from eval.heldout4.build import SRC
    from eval.heldout4.contributions import GREECE_OPINION

    norm = _norm()
    pdf = ROOT / "eval" / "heldout4" / "corpus" / (Path(GREECE_OPINION["file"]).stem + ".pdf")
    text = norm(" ".join(p.text for p in reader_for(pdf).read(pdf).passages))
    source = SRC / GREECE_OPINION["file"]
    source_passages = reader_for(source).read(source).passages
    assert source_passages
    for passage in source_passages:
        for line in passage.text.split("\n"):
            assert norm(line) in text, line[:80]
    numbered = [text for kind, text in (b for b in GREECE_OPINION["blocks"] if isinstance(b, tuple)) if kind == "n"]
    for number, paragraph in enumerate(numbered, start=1):
        assert norm(f"{number}. {paragraph}") in text, number


@pytest.mark.unit
def test_the_fourth_sets_metadata_sheet_is_written_as_its_readme_says():
    """metadata.csv: a byte-order mark, semicolons, and header spellings no earlier sheet uses."""
    sheet = ROOT / "eval" / "heldout4" / "corpus" / "metadata.csv"
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode("utf-8").split(";")
    assert len(header) == 10
    earlier = set()
    for name in ("heldout", "heldout2", "heldout3"):
        path = _sheet_path(ROOT / "eval" / name)
        if path.suffix == ".csv":
            first = path.read_text(encoding="utf-8-sig").splitlines()[0]
            earlier |= {h.strip() for h in first.replace(";", ",").split(",")}
        else:
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True)
            earlier |= {str(v) for v in next(book.worksheets[0].iter_rows(values_only=True)) if v}
            book.close()
    earlier |= set(SAMPLE_SHEET.read_text(encoding="utf-8").splitlines()[0].split(","))
    assert not {h.casefold() for h in header} & {h.casefold() for h in earlier}


@pytest.mark.unit
def test_the_fourth_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the fourth set differ survives the readers: two outline levels in the .odt, speaker notes in the
    .odp, positions in a table's rows, h1-h3 sections of a saved web page (its navigation and footer left out),
    one survey answer beside its question, bullets under an executive summary, "Q:" / "A:" interview notes."""
    corpus = ROOT / "eval" / "heldout4" / "corpus"

    def read(name: str):
        return reader_for(corpus / name).read(corpus / name).passages

    labels = {p.location.label for p in read("position_bulgarian_workers_unions.odt")}
    assert {"section 3.1 Time to learn", "section 3.5 No substitute for qualifications"} <= labels
    slides = read("rectors_conference_hungary.odp")
    assert any(p.location.label == "slide 4 notes" and "must be proctored" in p.text for p in slides)
    assert any(p.location.label == "slide 4" and "Identity checked at the start" in p.text for p in slides)
    table = [p for p in read("positions_libya_ministry_of_labour.docx") if "table 1" in p.location.label]
    assert table and "Accreditation of training centres | The accreditation" in table[0].text
    page = read("luxembourg_credentials_forum_page.html")
    assert any(p.location.label == "section 2.3 Expiry" for p in page)
    assert not any("Publications" in p.text or "Legal notice" in p.text for p in page)
    survey = read("survey_export_northern_israel_employers.csv")
    assert any("Question no.: 3" in p.text and "Answer: We oppose a legal obligation" in p.text for p in survey)
    summary = " ".join(p.text for p in read("youth_network_slovakia.txt"))
    assert "EXECUTIVE SUMMARY" in summary and "* Learners may take the final test online" in summary
    notes = " ".join(p.text for p in read("interview_notes_gozo_development_agency.md"))
    assert "Q: What do learners pay?" in notes and "A: Nothing at the moment." in notes
    letter = read("proposals_turkmen_teachers_association.docx")
    assert any(p.location.label == "section 1 Our proposals" and "expiry date" in p.text for p in letter)


@pytest.mark.unit
def test_the_fifth_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout5's Word, PowerPoint, RTF and Excel files, its metadata sheet and the PDF's source
    .docx gives the committed bytes; the PDF itself is LibreOffice's and is not rebuilt here."""
    build = importlib.import_module("eval.heldout5.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_fifth_sets_pdf_is_its_source_on_three_pages_with_a_running_footer():
    """The committed PDF holds the words of the .docx it was converted from, on three pages, each printed with
    the centre's running footer and its page number, which the reader leaves out."""
    from pypdf import PdfReader

    from eval.heldout5.build import SRC
    from eval.heldout5.contributions import SWISS_INPUT

    norm = _norm()
    pdf = ROOT / "eval" / "heldout5" / "corpus" / (Path(SWISS_INPUT["file"]).stem + ".pdf")
    passages = reader_for(pdf).read(pdf).passages
    assert {p.location.page for p in passages} == {1, 2, 3}
    text = norm(" ".join(p.text for p in passages))
    source = SRC / SWISS_INPUT["file"]
    for passage in reader_for(source).read(source).passages:
        assert norm(passage.text) in text, passage.text[:80]
    for page, raw in enumerate(PdfReader(pdf).pages, start=1):
        printed = norm(raw.extract_text())
        assert f"page {page}" in printed and "input to the guideline team" in printed
        on_page = norm(" ".join(p.text for p in passages if p.location.page == page))
        assert "input to the guideline team" not in on_page


@pytest.mark.unit
def test_the_fifth_sets_metadata_sheet_is_kept_by_hand_as_its_readme_says():
    """metadata.xlsx: a title row and a blank row above the header, header spellings no earlier sheet uses,
    countries written as ISO codes or in their own language and read as English names."""
    from openpyxl import load_workbook

    path = ROOT / "eval" / "heldout5" / "corpus" / "metadata.xlsx"
    book = load_workbook(path, read_only=True)
    rows = [r for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[0][0] and not any(rows[0][1:]) and not any(rows[1])
    header = [h for h in rows[2] if h]
    assert len(header) == 10
    earlier = set(SAMPLE_SHEET.read_text(encoding="utf-8").splitlines()[0].split(","))
    for name in ("heldout", "heldout2", "heldout3", "heldout4"):
        other = _sheet_path(ROOT / "eval" / name)
        if other.suffix == ".csv":
            first = other.read_text(encoding="utf-8-sig").splitlines()[0]
            earlier |= {h.strip() for h in first.replace(";", ",").split(",")}
        else:
            other_book = load_workbook(other, read_only=True)
            earlier |= {str(v) for v in next(other_book.worksheets[0].iter_rows(values_only=True)) if v}
            other_book.close()
    assert not {h.casefold() for h in header} & {h.casefold() for h in earlier}
    written = {row[5] for row in rows[3:]}
    assert {"CY", "IS", "GB", "Norge", "Schweiz", "Hrvatska"} <= written
    read = {row["country"] for row in _read_sheet(path).values()}
    assert {"Cyprus", "Iceland", "United Kingdom", "Norway", "Switzerland", "Croatia"} <= read


@pytest.mark.unit
def test_the_fifth_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the fifth set differ survives the readers: two levels of numbered headings and a table of
    recommendations in the .docx, reasoning in the speaker notes, an RTF statement, answers beside their
    questions on the workbook's second sheet, named turns in the minutes, numbered recommendations in Markdown,
    a web page's sections without its navigation and footer, an e-mail's paragraphs."""
    corpus = ROOT / "eval" / "heldout5" / "corpus"

    def read(name: str):
        return reader_for(corpus / name).read(corpus / name).passages

    paper = read("rectors_council_cyprus_recommendations.docx")
    assert any(p.location.label == "section 2.2 The qualifications framework" for p in paper)
    assert any("table 1" in p.location.label and "No. | Recommendation | Addressed to" in p.text for p in paper)
    slides = read("badge_platform_iceland.pptx")
    assert any(p.location.label == "slide 3 notes" and "outsource the issuing" in p.text for p in slides)
    assert any(p.location.label == "slide 3" and "Outsourcing is fine" in p.text for p in slides)
    assert "no private business in between" in " ".join(
        p.text for p in read("statement_norwegian_vocational_teachers.rtf")
    )
    answers = read("consultation_answers_syrian_employers.xlsx")
    assert any(
        p.location.label.startswith("sheet Answers") and "Question: How should micro-credentials be financed?" in p.text
        and "Answer: The chamber rejects" in p.text
        for p in answers
    )  # fmt: skip
    turns = {p.text.split(":")[0] for p in read("workshop_minutes_welsh_apprenticeships.txt")}
    assert {"Ms Hughes (chair)", "Mr Pryce (Valleys Apprenticeship Agency)", "Ms Adeyemi (observer)"} <= turns
    notes = read("adult_learners_network_italy.md")
    assert any(p.location.label == "section 3 Recommendations" and "2. A micro-credential" in p.text for p in notes)
    page = read("specialist_nurses_estonia.html")
    assert any(p.location.label == "section 2.4 Credentials from abroad" for p in page)
    assert not any("Legal notice" in p.text or "About us" in p.text for p in page)
    mail = read("email_split_dalmatia_county.eml")
    assert any(p.text.startswith("First, every micro-credential must be placed") for p in mail)
