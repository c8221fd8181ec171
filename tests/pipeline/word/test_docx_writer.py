"""The Word export: structure, footnotes, comments, bookmarks and the export map, re-read from the saved file."""

from __future__ import annotations

import argparse
import io
import json
import re
import zipfile
from contextlib import redirect_stdout
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from lxml import etree

from cli.common import UserError
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.outline import Outline, OutlineError, SectionSpec, save_outline
from pipeline.model import CitationCheck, DraftResult, Gap, Paragraph, Revision, Sentence
from pipeline.word.export import NothingToExport, export_docx
from pipeline.word.export.comments import comment_text
from pipeline.word.export.docx_writer import describe_backend
from pipeline.word.export.excerpt import excerpt
from pipeline.word.export.footnotes import REFERENCE_SEPARATOR, footnote_wording

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
        "The agency publishes an annual report on all providers. Micro-credentials of at least 2 ECTS are listed in "
        "the register after external quality assurance. Providers pay no fee for the listing.",
        title="Register brief",
        organisation="Quality Agency",
    ),
    "c-deck": source("deck.pptx", "Kai Rebane", "Estonia", "slide 4 notes", "812 learners took part in the pilot."),
    "c-xss": source("input.md", "Mila Jovic", "Serbia", "section 2 Limits", SCRIPT, region="Western Balkans"),
}

LISTED = "Micro-credentials of at least 2 ECTS are listed in the register after external quality assurance."
Q_REGISTER, Q_FUNDS, Q_PILOT = (
    "Should micro-credentials be listed in the register?",
    "Who funds micro-credentials?",
    "How many learners took part?",
)
OUTLINE = Outline(
    title="Guidelines on micro-credentials",
    version="0.3",
    sections=(
        SectionSpec(
            id="nqf-registers",
            title="Registers and the NQF",
            audience="system",
            purpose="p",
            questions=(Q_REGISTER, Q_FUNDS, Q_PILOT),
        ),
        SectionSpec(id="assessment", title="Assessment", audience="provider", purpose="p", questions=("q",)),
        SectionSpec(id="digital", title="Digital credentials", audience="provider", purpose="p", questions=("q",)),
    ),
)


def build_store(path: Path) -> DraftStore:
    """Two drafted sections (the third has no draft); 'assessment' is approved and has an edited revision.

    The first section has a summary lead, per-citation verdicts (one with the check's evidence sentence),
    a gap between two questions and a drafted "Points of divergence" paragraph.
    """
    store = DraftStore(path)
    summary = Sentence(
        "Two contributors address this question.", ("c-reg", "c-deck"), 0.2, ("weak_support",), kind="summary"
    )
    checked = (CitationCheck("c-reg", 0.9, (), LISTED),)
    unsupported = (CitationCheck("c-reg", 0.6), CitationCheck("c-deck", 0.1, ("citation_unsupported",)))
    nqf = DraftResult(
        (
            Paragraph(
                (
                    summary,
                    Sentence("Registers list micro-credentials of 2 ECTS.", ("c-reg",), 0.81, checks=checked),
                    Sentence(
                        "Quality assurance comes first.",
                        ("c-reg", "c-deck"),
                        0.42,
                        ("weak_support",),
                        checks=unsupported,
                    ),  # fmt: skip
                ),
                theme=Q_REGISTER,
            ),
            Paragraph(
                (Sentence("The pilot reached 900 learners.", ("c-deck",), 0.7, ("unknown_number",)),), theme=Q_PILOT
            ),
            Paragraph(
                (
                    Sentence("Ana Lis holds: “Providers pay no fee for the listing.”", ("c-reg",), 0.9),
                    Sentence("By contrast, Kai Rebane holds: “812 learners took part in the pilot.”", ("c-deck",)),
                ),
                theme="Points of divergence: Fees for listing",
            ),
        ),
        gaps=(Gap(Q_FUNDS, "no contribution addresses this question (closest passage similarity 0.21)"),),
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
    """Footnote id -> the text a reader sees (field instructions left out), separators excluded."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/footnotes.xml"))
    return {
        int(n.get(f"{W}id")): "".join(t.text or "" for t in n.iter(f"{W}t")).strip()
        for n in root.iter(f"{W}footnote")
        if not n.get(f"{W}type")
    }


def export_map(path: Path) -> dict:
    root = etree.fromstring(zipfile.ZipFile(path).read("customXml/item1.xml"))
    assert root.tag == "{urn:guideline-drafter:export}export" and root.get("version") == "2"
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
    assert [g.text for g in gaps] == ["No contribution addresses this question."]
    # a caption above each question's paragraph, the gap's question in the outline's order among them
    captions = [p.text for p in doc.paragraphs if p.style.name == "Guiding Question"]
    assert captions == [Q_REGISTER, Q_FUNDS, Q_PILOT, "Fees for listing"]
    after = {texts[i - 1]: texts[i] for i in range(1, len(texts))}
    assert after[Q_FUNDS] == "No contribution addresses this question."
    assert after[Q_PILOT].startswith("The pilot reached 900 learners.")
    assert after["Points of divergence"] == "Fees for listing" and after["Fees for listing"].startswith("Ana Lis")
    assert doc.core_properties.title == OUTLINE.title and doc.core_properties.author == "Guideline Drafter"
    assert ' TOC \\o "1-2" \\h \\z \\u ' in doc.element.body.xml
    assert [[c.text for c in r.cells][:2] for r in doc.tables[0].rows[1:]] == [
        ["Registers and the NQF", "Draft"],
        ["Assessment", "Approved"],
    ]  # statuses in words
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
    assert len(notes) == citations == 9
    assert sorted(notes) == list(range(1, 10))  # -1 and 0 are the separators
    body = docx.Document(str(exported)).element.body
    refs = [int(r.get(f"{W}id")) for r in body.iter(f"{W}footnoteReference")]
    assert refs == sorted(notes)
    styles = {r.getparent().find(f"{W}rPr/{W}rStyle").get(f"{W}val") for r in body.iter(f"{W}footnoteReference")}
    assert styles == {"FootnoteReference"}
    package = zipfile.ZipFile(exported)
    assert "wordprocessingml.footnotes+xml" in package.read("[Content_Types].xml").decode()
    assert b'<w:footnote w:id="-1"/><w:footnote w:id="0"/>' in package.read("word/settings.xml")


@pytest.mark.integration
def test_footnotes_quote_the_sentence_that_carries_the_claim(exported: Path, store: DraftStore) -> None:
    notes = footnotes_of(exported)
    # the first note on a passage: who, where, and the passage's sentence carrying the claim, cut with ellipses
    assert notes[1] == f"Ana Lis, Quality Agency (Slovenia): Register brief, page 2. “… {LISTED} …”"
    assert notes[2] == "Kai Rebane (Estonia): Deck, slide 4 notes. “812 learners took part in the pilot.”"
    # cited again in the same section: a note referring back, quoting other words only when they differ
    assert notes[3] == notes[4] == "See note 1."
    assert notes[7] == "As note 1: “… Providers pay no fee for the listing.”"
    assert notes[9].startswith("Mila Jovic (Serbia): Input, section 2 Limits.")  # a new section starts afresh
    data = export_map(exported)
    assert data["footnote_texts"] == {str(k): v for k, v in notes.items()}
    for section in data["sections"]:
        revision = store.current(section["section_id"])
        for entry, sentence in zip(section["sentences"], revision.sentences(), strict=True):
            for footnote_id, chunk_id in zip(entry["footnotes"], entry["citations"], strict=True):
                check = sentence.check_for(chunk_id)
                if check and check.evidence:  # what the check found is what the note, or the one it names, quotes
                    named = re.fullmatch(r"See note (\d+)\.", notes[footnote_id])
                    assert check.evidence in notes[int(named.group(1)) if named else footnote_id]
    quoted = [re.search(r"“(.*)”", t) for t in notes.values()]
    assert all(len(q.group(1)) <= 260 for q in quoted if q)  # about 250 characters at most
    raw = zipfile.ZipFile(exported).read("word/footnotes.xml").decode()
    assert raw.count("NOTEREF _GdNote1 ") == 3 and raw.count("NOTEREF _GdNote2 ") == 3  # fields Word keeps current
    marks = bookmarked(exported)
    assert marks["_GdNote1"][1] == [1] and marks["_GdNote2"][1] == [2]  # the bookmarks the fields point at


@pytest.mark.integration
def test_comments_sit_exactly_on_flagged_sentences(exported: Path) -> None:
    doc = docx.Document(str(exported))
    comments = {c.comment_id: c for c in doc.comments}
    assert len(comments) == 3 and {c.author for c in comments.values()} == {"Guideline Drafter"}
    on = {name: [comments[i].text for i in ids] for name, (_, _, ids) in bookmarked(exported).items() if ids}
    assert on == {  # each flag in words, with the notes it concerns; the summary lead (1.1.1) has no comment
        "gd_s_1_1_3": [
            "Weak support (score 0.42), notes 4 and 5: the cited passage may not say this.\n"
            "A cited passage does not say this, note 5."
        ],
        "gd_s_1_2_1": ["Number not in the source, note 6: check the figure against the quoted passage."],
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
def test_divergence_register_only_where_the_draft_does_not_state_it(tmp_path: Path, store: DraftStore) -> None:
    from pipeline.word.review.importer import import_review

    positions = [{"summary": "Register all", "sources": ["c-reg"]}, {"summary": "Register none", "sources": ["x"]}]
    blocks = {sid: [{"topic": "Scope", "positions": positions}] for sid in ("nqf-registers", "assessment")}
    out = tmp_path / "div.docx"
    export_docx(out, OUTLINE, store, divergences=blocks)
    texts = [(p.style.name, p.text) for p in docx.Document(str(out)).paragraphs]
    headings = [i for i, t in enumerate(texts) if t == ("Heading 2", "Points of divergence")]
    assert len(headings) == 2  # the first section states its divergences in the draft: no second block there
    assert texts[headings[0] + 1] == ("Guiding Question", "Fees for listing")
    start = headings[1]
    assert texts[start + 1 : start + 4] == [
        ("Guiding Question", "Scope"),
        ("List Bullet", "Register all – Ana Lis (Slovenia)"),
        ("List Bullet", "Register none – x"),
    ]
    assert next(t for t in texts[start + 4 :] if t[1]) == ("Heading 1", "Annex 1. Contributions")
    assert len(footnotes_of(out)) == 9  # positions name their sources in text: footnotes stay one per citation
    toc = [t for s, t in texts if s.startswith("toc")]
    assert toc.count("Points of divergence") == 2
    # read back untouched, neither the register nor the captions become draft text
    assert {r.status for r in import_review(out, store)} == {"unchanged"}


@pytest.mark.unit
def test_excerpt_keeps_the_carrying_sentences_and_marks_what_is_left_out() -> None:
    passage = "Intro sentence here. Registers list all micro-credentials. Funding is separate. Audits run yearly."
    assert excerpt(passage, "Audits of registers run yearly.") == (
        "… Registers list all micro-credentials. … Audits run yearly."
    )
    assert excerpt(passage, "anything", evidence="Funding is separate.") == "… Funding is separate. …"
    joined = "Registers list all micro-credentials. … Audits run yearly."  # evidence of two extracts
    assert excerpt(passage, "x", evidence=joined) == "… Registers list all micro-credentials. … Audits run yearly."
    # evidence the passage does not hold word for word is never quoted: the coverage choice stands instead
    assert excerpt(passage, "Funding is separate.", evidence="Funding is not separate.") == "… Funding is separate. …"
    assert excerpt(passage, "no shared words at all") == "Intro sentence here. …"
    long = " ".join(f"filler{i}" for i in range(60)) + " the register lists credentials " + "tail " * 40
    cut = excerpt(long, "register lists credentials")
    assert cut.startswith("… ") and cut.endswith(" …") and "the register lists credentials" in cut
    assert len(cut) <= 254
    assert excerpt("", "x") == ""
    slide = "Issuers\nAny provider may issue if it passes review\nEmployers hold expertise colleges lack\nCosts"
    assert excerpt(slide, "Employers have expertise.") == "… Employers hold expertise colleges lack …"  # lines apart
    # without the check's evidence, the words a drafter quoted are found in the passage before any guess
    assert excerpt(passage, "x", quote="Funding is separate") == "… Funding is separate. …"


@pytest.mark.unit
def test_wording_and_comment_helpers() -> None:
    partial = {"contributor": "", "organisation": "", "country": "Italy", "title": "", "file": "a.docx"}
    assert footnote_wording("c1", {**partial, "location": "table 1"}, "x\x01y") == "Italy: a.docx, table 1. “xy”"
    assert footnote_wording("c9", None).startswith("Passage c9")
    long = {
        **partial,
        "title": "Micro-credentials in the National Framework: the case for an award type for small learning",
    }
    assert (
        footnote_wording("c2", {**long, "location": "page 4"})
        == "Italy: Micro-credentials in the National Framework, page 4."
    )
    unbroken = {**partial, "title": "A very long title without any subtitle that goes on and on about recognition"}
    assert (
        footnote_wording("c3", unbroken) == "Italy: A very long title without any subtitle that goes on and on about…"
    )
    flagged = Sentence(
        "s", ("c1", "c2"), flags=("weak_support", "llm_unsupported", "misattributed:Ana Lis"),
        checks=(CitationCheck("c2", 0.1, ("misattributed:Ana Lis",)),),
    )  # fmt: skip
    assert comment_text(flagged, {"c1": [3], "c2": [4]}).splitlines() == [
        "Weak support, notes 3 and 4: the cited passage may not say this.",
        "The LLM check finds it unsupported, notes 3 and 4: "
        "the LLM check found the cited passage does not support this sentence.",
        "Credited to someone whose passage does not say this (Ana Lis), note 4.",
    ]
    named = Sentence("A and B hold: “x”", ("c1", "c2", "c3"), flags=("misattributed: Bo Li", "misattributed: Ann"))
    who = {"c1": ["Ann", "Agency", "Italy"], "c2": ["Bo  Li", "", "Chad"], "c3": ["Bo Li", "", "Chad"]}
    assert comment_text(named, {"c1": [1], "c2": [2], "c3": [3]}, who).splitlines() == [
        "Credited to someone whose passage does not say this (Bo Li), notes 2 and 3.",
        "Credited to someone whose passage does not say this (Ann), note 1.",
    ]  # a named person's own notes only
    summary = Sentence("Three contributors address this.", ("c1",), flags=("weak_support", "false_quote"))
    assert comment_text(replace(summary, kind="summary")) == ""  # a summary quotes nobody
    assert comment_text(summary).startswith("Weak support")
    assert comment_text(Sentence("s")) == ""
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
    assert "Assessment: rests on one contributor only (Gia Neri)" in texts  # section titles, not ids
    cells = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert cells[0][0] == "File" and cells[2][:3] == ["quiet.txt", "Bo <b>", "Jordan"] and cells[2][-1] == "never cited"
    assert cells[1][4] == "Policy brief" and cells[2][4] == "Expert input"  # kinds in words
    assert cells[1][6] == "Registers and the NQF"
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc")]
    assert toc[-3:] == ["Annex 1. Contributions", "Annex 2. Cited passages", "Annex 3. Coverage of contributions"]
