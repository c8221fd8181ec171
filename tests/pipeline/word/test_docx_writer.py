"""The Word export: structure, footnotes, comments, bookmarks and the export map, re-read from the saved file."""

from __future__ import annotations

import argparse
import io
import json
import re
import zipfile
from contextlib import redirect_stdout
from pathlib import Path

import docx
import pytest
from lxml import etree

from cli.common import UserError
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.outline import Outline, OutlineError, SectionSpec, save_outline
from pipeline.model import DraftResult, Gap, Paragraph, Revision, Sentence
from pipeline.word.export import NothingToExport, export_docx
from pipeline.word.export.docx_writer import comment_text, describe_backend
from pipeline.word.export.footnotes import REFERENCE_SEPARATOR, footnote_wording, quote

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SCRIPT = "Providers said <script>alert('x')</script> & <b>bold</b> claims are data."


def source(file: str, contributor: str, country: str, location: str, text: str, **extra: str) -> dict[str, str]:
    """A cited passage as a revision keeps it."""
    return {
        "file": file,
        "title": extra.get("title", file.rsplit(".", 1)[0].title()),
        "contributor": contributor,
        "organisation": extra.get("organisation", ""),
        "country": country,
        "region": extra.get("region", "EU"),
        "kind": extra.get("kind", "expert_input"),
        "role": "",
        "location": location,
        "text": text,
    }


SOURCES = {
    "c-reg": source(
        "brief.pdf",
        "Ana Lis",
        "Slovenia",
        "page 2",
        "Micro-credentials of at least 2 ECTS are listed in the register after external quality assurance.",
        title="Register brief",
        organisation="Quality Agency",
    ),
    "c-deck": source("deck.pptx", "Kai Rebane", "Estonia", "slide 4 notes", "812 learners took part in the pilot."),
    "c-xss": source("input.md", "Mila Jovic", "Serbia", "section 2 Limits", SCRIPT, region="Western Balkans"),
}

OUTLINE = Outline(
    title="Guidelines on micro-credentials",
    version="0.3",
    sections=(
        SectionSpec(
            id="nqf-registers", title="Registers and the NQF", audience="system", purpose="p", questions=("q",)
        ),
        SectionSpec(id="assessment", title="Assessment", audience="provider", purpose="p", questions=("q",)),
        SectionSpec(id="digital", title="Digital credentials", audience="provider", purpose="p", questions=("q",)),
    ),
)


def build_store(path: Path) -> DraftStore:
    """Two drafted sections (the third has no draft); 'assessment' is approved and has an edited revision."""
    store = DraftStore(path)
    nqf = DraftResult(
        (
            Paragraph(
                (
                    Sentence("Registers list micro-credentials of 2 ECTS.", ("c-reg",), 0.81),
                    Sentence("Quality assurance comes first.", ("c-reg", "c-deck"), 0.42, ("weak_support",)),
                )
            ),
            Paragraph((Sentence("The pilot reached 900 learners.", ("c-deck",), 0.7, ("unknown_number",)),)),
        ),
        gaps=(Gap("Who funds micro-credentials?", "no passage"),),
    )
    store.save("nqf-registers", nqf, author="drafter", expected=0, sources=SOURCES)
    assessment = DraftResult(
        (Paragraph((Sentence(SCRIPT, ("c-xss",), 0.9), Sentence("Assessors observe tasks.", (), None, ("uncited",)))),),
        backend="llm:openai:gpt-4o-mini",
    )
    store.save("assessment", assessment, author="drafter", expected=0, sources=SOURCES)
    store.edit("assessment", assessment.paragraphs, author="editor", expected=1)
    store.set_status("assessment", "approved", author="lead")
    return store


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    with build_store(tmp_path / "drafts.sqlite") as s:
        yield s


@pytest.fixture
def exported(tmp_path: Path, store: DraftStore) -> Path:
    out = tmp_path / "out" / "guidelines.docx"
    export_docx(out, OUTLINE, store, workspace_id="ws-1")
    return out


def footnotes_of(path: Path) -> dict[int, str]:
    """Footnote id -> text, separators excluded."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/footnotes.xml"))
    return {
        int(n.get(f"{W}id")): "".join(n.itertext()).strip() for n in root.iter(f"{W}footnote") if not n.get(f"{W}type")
    }


def export_map(path: Path) -> dict:
    root = etree.fromstring(zipfile.ZipFile(path).read("customXml/item1.xml"))
    assert root.tag == "{urn:guideline-drafter:export}export" and root.get("version") == "1"
    return json.loads(root.text)


def bookmarked(path: Path) -> dict[str, tuple[str, list[int], list[int]]]:
    """Bookmark name -> (text, footnote ids, comment ids) of what lies between its start and end."""
    body = docx.Document(str(path)).element.body
    out, open_ = {}, {}
    for el in body.iter():
        if el.tag == f"{W}bookmarkStart":
            open_[el.get(f"{W}id")] = (el.get(f"{W}name"), [], [], [])
        elif el.tag == f"{W}bookmarkEnd":
            name, text, notes, comments = open_.pop(el.get(f"{W}id"))
            out[name] = ("".join(text), notes, comments)
        for _, text, notes, comments in open_.values():
            if el.tag == f"{W}t":
                text.append(el.text or "")
            elif el.tag == f"{W}footnoteReference":
                notes.append(int(el.get(f"{W}id")))
            elif el.tag == f"{W}commentRangeStart":
                comments.append(int(el.get(f"{W}id")))
    return out


@pytest.mark.integration
def test_headings_follow_the_outline_with_audience_gaps_and_annexes(exported: Path) -> None:
    doc = docx.Document(str(exported))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Registers and the NQF", "Assessment", "Annex 1. Contributions", "Annex 2. Cited passages"]
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Guidelines on micro-credentials"
    assert "Drafted by: extractive drafter, no LLM; edited by hand, from LLM openai:gpt-4o-mini" in texts
    first = next(i for i, p in enumerate(doc.paragraphs) if p.style.name == "Heading 1")
    assert texts[first + 1] == "Audience: system level"
    assert "Audience: provider level" in texts
    gaps = [p for p in doc.paragraphs if p.style.name == "Gap"]
    assert [g.text for g in gaps] == ["No contribution addresses: Who funds micro-credentials?"]
    assert doc.core_properties.title == OUTLINE.title and doc.core_properties.author == "Guideline Drafter"
    assert ' TOC \\o "1-2" \\h \\z \\u ' in doc.element.body.xml
    annex = doc.tables[-2]  # Annex 1: one row per cited contribution, with the sections citing it
    rows = {r.cells[0].text: r.cells[-1].text for r in annex.rows[1:]}
    assert rows == {
        "brief.pdf": "Registers and the NQF",
        "deck.pptx": "Registers and the NQF",
        "input.md": "Assessment",
    }


@pytest.mark.integration
def test_every_citation_is_one_real_footnote_naming_its_source(exported: Path, store: DraftStore) -> None:
    notes = footnotes_of(exported)
    citations = sum(len(s.citations) for sid in ("nqf-registers", "assessment") for s in store.current(sid).sentences())
    assert len(notes) == citations == 5
    assert sorted(notes) == list(range(1, 6))  # -1 and 0 are the separators
    reg = [t for t in notes.values() if t.startswith("Ana Lis")]
    assert len(reg) == 2 and reg[0] == reg[1]  # the same passage cited twice reads the same
    assert reg[0] == (
        "Ana Lis, Quality Agency (Slovenia): Register brief, page 2. “Micro-credentials of at least 2 ECTS are "
        "listed in the register after external quality assurance.”"
    )
    assert any(t.startswith("Kai Rebane (Estonia): Deck, slide 4 notes.") for t in notes.values())
    body = docx.Document(str(exported)).element.body
    refs = [int(r.get(f"{W}id")) for r in body.iter(f"{W}footnoteReference")]
    assert refs == sorted(notes)
    styles = {r.getparent().find(f"{W}rPr/{W}rStyle").get(f"{W}val") for r in body.iter(f"{W}footnoteReference")}
    assert styles == {"FootnoteReference"}
    package = zipfile.ZipFile(exported)
    assert "wordprocessingml.footnotes+xml" in package.read("[Content_Types].xml").decode()
    assert b'<w:footnote w:id="-1"/><w:footnote w:id="0"/>' in package.read("word/settings.xml")


@pytest.mark.integration
def test_comments_sit_exactly_on_flagged_sentences(exported: Path) -> None:
    doc = docx.Document(str(exported))
    comments = {c.comment_id: c for c in doc.comments}
    assert len(comments) == 3 and {c.author for c in comments.values()} == {"Guideline Drafter"}
    on = {name: [comments[i].text for i in ids] for name, (_, _, ids) in bookmarked(exported).items() if ids}
    assert on == {
        "gd_s_1_1_2": ["Weak support (score 0.42): the cited passage may not say this."],
        "gd_s_1_2_1": ["A number in this sentence does not appear in the cited passage."],
        "gd_s_2_1_2": ["No citation: no contribution is cited for this sentence; add a source or remove it."],
    }


@pytest.mark.integration
def test_export_map_matches_bookmarks_and_footnotes(exported: Path, store: DraftStore) -> None:
    data = export_map(exported)
    assert data["workspace_id"] == "ws-1" and data["exported_at"]
    assert [(s["n"], s["section_id"], s["revision"]) for s in data["sections"]] == [
        (1, "nqf-registers", 1),
        (2, "assessment", 2),
    ]
    marks = bookmarked(exported)
    assert {"gd_sec_1", "gd_sec_2"} <= set(marks) and marks["gd_sec_2"][0] == "Assessment"
    for section in data["sections"]:
        revision: Revision = store.current(section["section_id"])
        assert [(e["text"], e["citations"]) for e in section["sentences"]] == [
            (s.text, list(s.citations)) for s in revision.sentences()
        ]
        for entry in section["sentences"]:
            assert entry["bookmark"] == f"gd_s_{section['n']}_{entry['p']}_{entry['s']}"
            text, notes, _ = marks[entry["bookmark"]]
            separators = REFERENCE_SEPARATOR * max(0, len(entry["footnotes"]) - 1)  # "2,3" between adjacent marks
            assert text == entry["text"] + separators and notes == entry["footnotes"]
            assert [data["footnotes"][str(f)] for f in entry["footnotes"]] == entry["citations"]
    assert all(re.fullmatch(r"[A-Za-z0-9_]+", name) for name in marks)


@pytest.mark.integration
def test_source_markup_stays_literal_text(exported: Path) -> None:
    doc = docx.Document(str(exported))
    assert f"{SCRIPT} Assessors observe tasks." in [p.text for p in doc.paragraphs]
    assert any(SCRIPT in t for t in footnotes_of(exported).values())
    assert any(SCRIPT in c.text for t in doc.tables for r in t.rows for c in r.cells)
    raw = zipfile.ZipFile(exported).read("word/document.xml").decode()
    assert "<script>" not in raw and "&lt;script&gt;" in raw and "<b>" not in raw


@pytest.mark.integration
def test_section_and_status_filters(tmp_path: Path, store: DraftStore) -> None:
    only = export_docx(tmp_path / "a.docx", OUTLINE, store, section_ids=["assessment"])
    assert only.sections == ("assessment",) and only.footnotes == 1 and only.comments == 1
    approved = export_docx(tmp_path / "b.docx", OUTLINE, store, status="approved")
    assert approved.sections == ("assessment",)
    both = export_docx(tmp_path / "c.docx", OUTLINE, store, section_ids=["assessment", "nqf-registers"])
    assert both.sections == ("nqf-registers", "assessment")  # outline order, not the order asked
    with pytest.raises(NothingToExport, match="no section of digital has a draft"):
        export_docx(tmp_path / "d.docx", OUTLINE, store, section_ids=["digital"])
    with pytest.raises(NothingToExport, match="is approved"):
        export_docx(tmp_path / "e.docx", OUTLINE, store, section_ids=["nqf-registers"], status="approved")
    with pytest.raises(OutlineError, match="no section 'nope'"):
        export_docx(tmp_path / "f.docx", OUTLINE, store, section_ids=["nope"])
    assert not (tmp_path / "d.docx").exists()


@pytest.mark.integration
def test_divergence_block_only_when_given(tmp_path: Path, store: DraftStore) -> None:
    positions = [{"summary": "Register all", "sources": ["c-reg"]}, {"summary": "Register none", "sources": ["x"]}]
    out = tmp_path / "div.docx"
    export_docx(out, OUTLINE, store, divergences={"nqf-registers": [{"topic": "Scope", "positions": positions}]})
    texts = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    start = texts.index(("Heading 2", "Points of divergence"))
    assert texts[start + 1 : start + 4] == [
        ("Normal", "Scope"),
        ("List Bullet", "Register all – Ana Lis (Slovenia)"),
        ("List Bullet", "Register none – x"),
    ]
    assert texts[start + 4] == ("Heading 1", "Assessment")
    assert len(footnotes_of(out)) == 5  # positions name their sources in text: footnotes stay one per citation


@pytest.mark.unit
def test_wording_quote_and_comment_helpers() -> None:
    long = "word " * 100
    cut = quote(long)
    assert len(cut) <= 201 and cut.endswith("word…")
    partial = {"contributor": "", "organisation": "", "country": "Italy", "title": "", "file": "a.docx"}
    assert (
        footnote_wording("c1", {**partial, "location": "table 1", "text": "x\x01y"}) == "Italy: a.docx, table 1. “xy”"
    )
    assert footnote_wording("c9", None).startswith("Passage c9")
    assert comment_text(Sentence("s", flags=("weak_support", "llm_unsupported"))).splitlines() == [
        "Weak support: the cited passage may not say this.",
        "The LLM check found the cited passage does not support this sentence.",
    ]
    assert comment_text(Sentence("s", flags=("locked_by_hand",))) == ""
    rev = Revision("s", 1, (), (), "extractive", "a", "t")
    assert describe_backend(rev) == "extractive drafter, no LLM"


def run_export(argv: list[str]) -> tuple[int, str]:
    """The export command through its own parser (as cli.main registers it)."""
    from cli.export import register

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace")
    common.add_argument("--json", action="store_true")
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command", required=True), common)
    args = parser.parse_args(argv)
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        code = args.func(args)
    return code, buffer.getvalue()


@pytest.mark.integration
def test_cli_export_json_and_clear_error(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    save_outline(OUTLINE, ws / "outline.yaml")
    build_store(ws / "drafts.sqlite").close()
    out = tmp_path / "g.docx"
    code, stdout = run_export(
        ["export", "--workspace", str(ws), "--json", "--out", str(out), "--section", "assessment"]
    )
    assert code == 0 and out.is_file()
    assert json.loads(stdout) == {"out": str(out), "sections": ["assessment"], "footnotes": 1, "comments": 1}
    with pytest.raises(UserError, match="nothing to export: no section of digital has a draft"):
        run_export(["export", "--workspace", str(ws), "--out", str(out), "--section", "digital"])
    with pytest.raises(UserError, match="must end in .docx"):
        run_export(["export", "--workspace", str(ws), "--out", str(tmp_path / "g.pdf")])


@pytest.mark.unit
def test_coverage_annex_lists_every_contribution_and_the_warnings(tmp_path: Path, store: DraftStore) -> None:
    coverage = {
        "contributions": [
            {
                "file": "brief.pdf",
                "contributor": "Ana Lis",
                "country": "Slovenia",
                "region": "EU",
                "kind": "policy_brief",
                "sentences": 3,
                "sections": ["nqf-registers"],
                "duplicate_of": None,
            },
            {
                "file": "quiet.txt",
                "contributor": "Bo <b>",
                "country": "Jordan",
                "region": "partner",
                "kind": "expert_input",
                "sentences": 0,
                "sections": [],
                "duplicate_of": None,
            },
        ],
        "sections": [{"section_id": "assessment", "warnings": ["rests on one contributor only (Gia Neri)"]}],
    }
    out = tmp_path / "cov.docx"
    export_docx(out, OUTLINE, store, coverage=coverage)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert "Annex 3. Coverage of contributions" in texts
    assert "assessment: rests on one contributor only (Gia Neri)" in texts
    cells = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert cells[0][0] == "File" and cells[2][:3] == ["quiet.txt", "Bo <b>", "Jordan"] and cells[2][-1] == "never cited"
