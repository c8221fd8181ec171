"""Re-import of reviewed Word exports: a real export, edited as a reviewer would, read back as revisions."""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from cli.common import UserError
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.drafting.support import SupportChecker
from pipeline.model import DraftResult, Gap, Paragraph, Sentence
from pipeline.word.export.docx_writer import export_docx
from pipeline.word.review.importer import import_review
from pipeline.word.review.reader import ReviewFileError, read_review, segment

SOURCES = {
    "c1": {"file": "ge.pdf", "title": "Georgia brief", "contributor": "Nino", "organisation": "NCEQE",
           "country": "Georgia", "location": "page 3",
           "text": "Micro-credentials should belong in the national qualifications framework. "
                   "Providers publish the register online."},
    "c2": {"file": "ma.pptx", "title": "Morocco", "contributor": "Amal", "country": "Morocco", "location": "slide 4",
           "text": "Register entries list learning outcomes and the workload."},
    "c3": {"file": "eu.docx", "title": "EU note", "contributor": "Jan", "country": "Belgium", "location": "table 1",
           "text": "Workload is given in ECTS credits. Credits may count toward a full qualification."},
}  # fmt: skip
OUTLINE = Outline(
    title="Micro-credential guidelines",
    sections=(
        SectionSpec(id="registers", title="Registers", audience="system", purpose="Registers.", questions=("Q?",)),
        SectionSpec(id="stacking", title="Stacking", audience="provider", purpose="Stacking.", questions=("Q?",)),
    ),
)
REGISTERS = (
    Paragraph(
        (
            Sentence("Micro-credentials belong in the national qualifications framework.", ("c1",), 0.8),
            Sentence("Register entries list learning outcomes and workload.", ("c2", "c3"), 0.7),
        ),
        theme="NQF",
    ),
    Paragraph((Sentence("Providers publish the register online.", ("c1",), 0.42, ("weak_support",)),)),
)
STACKING = (Paragraph((Sentence("Credits may count toward a full qualification, e.g. up to half.", ("c3",), 0.9),)),)


@pytest.fixture
def exported(tmp_path: Path):
    """A store with two drafted sections and their export, before any review."""
    store = DraftStore.in_workspace(tmp_path / "ws")
    store.save("registers", DraftResult(REGISTERS), author="drafter", expected=0, sources=SOURCES)
    gaps = (Gap("How is funding arranged?", "no contribution addresses funding"),)
    store.save("stacking", DraftResult(STACKING, gaps), author="drafter", expected=0, sources=SOURCES)
    path = tmp_path / "guidelines.docx"
    export_docx(path, OUTLINE, store, workspace_id="test")
    yield store, path
    store.close()


def run_with(document, text: str):
    return next(r for p in document.paragraphs for r in p.runs if text in r.text)


def review(path: Path, out: Path) -> Path:
    """Edit as a reviewer would: reword a sentence, delete a footnote, add a sentence and a comment."""
    footnotes = {s.text: s.footnotes for sec in read_review(path).export.sections for s in sec.sentences}
    document = docx.Document(str(path))
    run_with(document, "belong in the national").text = "Micro-credentials belong in the national framework."
    c3_note = footnotes["Register entries list learning outcomes and workload."][1]
    for p in document.paragraphs:
        for r in p.runs:
            if any(ref.get(qn("w:id")) == str(c3_note) for ref in r._r.iter(qn("w:footnoteReference"))):
                r._r.getparent().remove(r._r)
    providers = run_with(document, "Providers publish")
    next(p for p in document.paragraphs if "Providers publish" in p.text).add_run(" Reviewers expect a yearly audit.")
    document.add_comment(providers, text="Which register?", author="Reviewer A", initials="RA")
    document.add_comment(run_with(document, "Register entries"), text="Add ECTS.", author="Reviewer B")
    document.add_comment(run_with(document, "Registers"), text="Retitle?", author="Reviewer B")  # on the heading
    document.save(str(out))
    return out


@pytest.mark.integration
def test_round_trip_stores_what_the_reviewer_changed(exported, tmp_path):
    store, path = exported
    reviewed = review(path, tmp_path / "reviewed.docx")
    results = {r.section_id: r for r in import_review(reviewed, store, checker=SupportChecker(None))}

    registers = results["registers"]
    assert (registers.status, registers.revision) == ("updated", 2)
    assert registers.changed_sentences == ("1.1", "1.2", "2.2")
    assert registers.removed_citations == ("c3",)
    assert registers.uncited_sentences == ("2.2",)
    assert [(c["author"], c["text"], c["sentence"]) for c in registers.comments] == [
        ("Reviewer A", "Which register?", "2.1"),
        ("Reviewer B", "Add ECTS.", "1.2"),
        ("Reviewer B", "Retitle?", None),
    ]  # the exporter's own comment on the weak sentence is not a reviewer's
    assert registers.comments[0]["sentence_text"] == "Providers publish the register online."
    assert registers.comments[0]["anchor"] == "Providers publish the register online."

    revision = store.current("registers")
    assert (revision.number, revision.author, revision.backend) == (2, "review", "edited")
    [first, second], [kept, added] = (p.sentences for p in revision.paragraphs)
    assert (first.text, first.citations) == ("Micro-credentials belong in the national framework.", ("c1",))
    assert first.support is not None  # re-scored against the passage it still cites
    assert second.citations == ("c2",)
    assert kept == REGISTERS[1].sentences[0]  # untouched: flags and score carry over
    assert (added.text, added.citations, added.flags) == ("Reviewers expect a yearly audit.", (), ("uncited",))
    assert revision.paragraphs[0].theme == "NQF"
    assert revision.sources == SOURCES

    stacking = results["stacking"]
    assert (stacking.status, stacking.revision, stacking.comments) == ("unchanged", 1, ())
    assert len(store.history("stacking")) == 1

    again = import_review(reviewed, store)  # the same file twice changes nothing
    assert [(r.status, r.revision) for r in again] == [("unchanged", 2), ("unchanged", 1)]
    assert len(store.history("registers")) == 2


@pytest.mark.integration
def test_section_changed_since_the_export_is_a_conflict_until_forced(exported, tmp_path):
    store, path = exported
    store.edit("stacking", STACKING, author="editor", expected=1)  # moves on to revision 2 after the export
    document = docx.Document(str(path))
    run_with(document, "Credits may count").text = "Credits may count toward a qualification."
    document.save(str(tmp_path / "reviewed.docx"))

    results = {r.section_id: r for r in import_review(tmp_path / "reviewed.docx", store)}
    assert (results["stacking"].status, results["stacking"].revision) == ("conflict", 2)
    assert "revision 2" in results["stacking"].message
    assert results["registers"].status == "unchanged"
    assert len(store.history("stacking")) == 2

    forced = {r.section_id: r for r in import_review(tmp_path / "reviewed.docx", store, force=True)}
    assert (forced["stacking"].status, forced["stacking"].revision) == ("updated", 3)
    assert store.current("stacking").sentences()[0].text == "Credits may count toward a qualification."
    assert store.current("stacking").gaps == store.revision("stacking", 1).gaps


def _cli(workspace: Path, *argv: str) -> int:
    from cli import review as cli_review

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace")
    common.add_argument("--json", action="store_true")
    parser = argparse.ArgumentParser()
    cli_review.register(parser.add_subparsers(dest="command", required=True), common)
    args = parser.parse_args(["import-review", *argv, "--workspace", str(workspace), "--json"])
    return args.func(args)


@pytest.mark.integration
def test_cli_prints_one_entry_per_section_and_exits_3_on_conflict(exported, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GUIDELINES_EMBEDDING", "fake:16")
    store, path = exported
    reviewed = review(path, tmp_path / "reviewed.docx")
    store.edit("registers", REGISTERS, author="editor", expected=1)
    assert _cli(tmp_path / "ws", str(reviewed)) == 3
    out = json.loads(capsys.readouterr().out)
    assert [(r["section_id"], r["status"]) for r in out] == [("registers", "conflict"), ("stacking", "unchanged")]
    assert set(out[0]) >= {"revision", "changed_sentences", "removed_citations", "uncited_sentences", "comments"}
    assert _cli(tmp_path / "ws", str(reviewed), "--force", "--author", "panel") == 0
    assert [r["status"] for r in json.loads(capsys.readouterr().out)] == ["updated", "unchanged"]
    assert store.current("registers").author == "panel"


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["text", "docx-without-map"])
def test_cli_names_a_file_that_is_not_an_export(exported, tmp_path, kind):
    bad = tmp_path / "notes.docx"
    if kind == "text":
        bad.write_text("not a Word file")
    else:
        docx.Document().save(str(bad))
    with pytest.raises(UserError, match="notes.docx"):
        _cli(tmp_path / "ws", str(bad))


@pytest.mark.unit
def test_exported_sentences_are_recognised_before_splitting():
    known = ["See Art. 5 of the act. It applies.", "Short"]
    text = "See Art. 5 of the act. It applies. Short text added. Short"
    pieces = [text[a:b] for a, b in segment(text, known)]
    assert pieces == ["See Art. 5 of the act. It applies.", "Short text added.", "Short"]


def _rewrite(path: Path, edit) -> None:
    """Apply ``edit(name, root)`` to document.xml and footnotes.xml inside the package."""
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i) for i in z.infolist()}
    for name in ("word/document.xml", "word/footnotes.xml"):
        root = etree.fromstring(items[name])
        edit(name, root)
        items[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


@pytest.mark.unit
def test_word_renumbering_footnotes_after_a_deletion_keeps_the_right_sources(exported):
    store, path = exported
    first = read_review(path).export.sections[0].sentences[0].footnotes[0]  # the c1 note of sentence 1.1

    def delete_and_renumber(name: str, root) -> None:  # what Word does on save
        tag = "w:footnoteReference" if name == "word/document.xml" else "w:footnote"
        for el in list(root.iter(qn(tag))):
            fid = int(el.get(qn("w:id")))
            if fid == first:
                (el.getparent() if tag == "w:footnoteReference" else el).getparent().remove(
                    el.getparent() if tag == "w:footnoteReference" else el
                )
            elif fid > first:
                el.set(qn("w:id"), str(fid - 1))

    _rewrite(path, delete_and_renumber)
    [registers, _] = import_review(path, store)
    assert registers.removed_citations == ("c1",)
    revision = store.current("registers")
    assert [s.citations for s in revision.sentences()] == [(), ("c2", "c3"), ("c1",)]


@pytest.mark.unit
def test_tracked_deletion_and_lost_heading_bookmark(exported):
    store, path = exported
    note = read_review(path).export.sections[1].sentences[0].footnotes[0]

    def edit(name: str, root) -> None:
        if name != "word/document.xml":
            return
        for mark in list(root.iter(qn("w:bookmarkStart"))):
            if mark.get(qn("w:name")) == "gd_sec_2":  # retyped heading: found by its title instead
                mark.getparent().remove(mark)
        ref = next(r for r in root.iter(qn("w:footnoteReference")) if r.get(qn("w:id")) == str(note))
        run = ref.getparent()
        deleted = etree.Element(qn("w:del"), {qn("w:id"): "900", qn("w:author"): "R"})
        run.addprevious(deleted)
        deleted.append(run)

    _rewrite(path, edit)
    doc = read_review(path)
    assert doc.sections[2].found_by == "title"
    [_, stacking] = import_review(path, store)
    assert (stacking.status, stacking.removed_citations, stacking.uncited_sentences) == ("updated", ("c3",), ("1.1",))


@pytest.mark.unit
def test_reader_refuses_a_zip_that_is_not_word(tmp_path):
    bad = tmp_path / "sheet.docx"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReviewFileError, match="sheet.docx: not a Word .docx file"):
        read_review(bad)


@pytest.mark.integration
def test_adjacent_footnote_marks_are_separated_and_read_back_unchanged(exported):
    store, path = exported
    paragraph = next(p for p in docx.Document(str(path)).paragraphs if "Register entries" in p.text)
    runs = [(r.text, bool(list(r._r.iter(qn("w:footnoteReference"))))) for r in paragraph.runs]
    text_at = next(i for i, (text, _) in enumerate(runs) if text.startswith("Register entries"))
    assert runs[text_at + 1 : text_at + 4] == [("", True), (",", False), ("", True)]  # marks read "2,3", not "23"
    assert [(r.status, r.revision) for r in import_review(path, store)] == [("unchanged", 1), ("unchanged", 1)]


@pytest.mark.unit
def test_a_note_referring_back_keeps_its_passage_when_word_renumbers_and_updates_it(exported):
    store, path = exported
    [registers, _] = read_review(path).export.sections
    first, back = registers.sentences[0].footnotes[0], registers.sentences[2].footnotes[0]  # both cite c1

    def renumber(name: str, root) -> None:  # note 1 deleted; Word renumbers and updates the NOTEREF's number
        tag = "w:footnoteReference" if name == "word/document.xml" else "w:footnote"
        for el in list(root.iter(qn(tag))):
            fid = int(el.get(qn("w:id")))
            if fid == first:
                target = el.getparent() if tag == "w:footnoteReference" else el
                target.getparent().remove(target)
            elif fid > first:
                el.set(qn("w:id"), str(fid - 1))
        if name == "word/footnotes.xml":
            note = next(n for n in root.iter(qn("w:footnote")) if n.get(qn("w:id")) == str(back - 1))
            shown = [t for t in note.iter(qn("w:t")) if t.text == str(first)]
            assert shown, "the note refers back with a NOTEREF field showing the first note's number"
            shown[0].text = "9"  # whatever number the field shows now, its bookmark still names the exported note

    _rewrite(path, renumber)
    import_review(path, store)
    assert [s.citations for s in store.current("registers").sentences()] == [(), ("c2", "c3"), ("c1",)]


@pytest.mark.unit
def test_captions_are_not_read_as_draft_text_even_restyled(exported):
    store, path = exported
    document = docx.Document(str(path))
    captions = [p for p in document.paragraphs if p.style.name == "Guiding Question"]
    assert [p.text for p in captions] == ["NQF", "How is funding arranged?"]  # a theme, and a gap's question
    captions[0].style = document.styles["Normal"]  # a reviewer's restyling: the map still knows it is a caption
    document.save(str(path))
    assert [(r.status, r.revision) for r in import_review(path, store)] == [("unchanged", 1), ("unchanged", 1)]


@pytest.mark.unit
def test_a_file_exported_with_a_version_1_map_still_imports(exported):
    store, path = exported
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i) for i in z.infolist()}
    root = etree.fromstring(items["customXml/item1.xml"])
    data = json.loads(root.text)
    data.pop("footnote_texts")
    for section in data["sections"]:
        section.pop("captions"), section.pop("register")
    root.text, root.attrib["version"] = json.dumps(data), "1"
    items["customXml/item1.xml"] = etree.tostring(root)
    with zipfile.ZipFile(path, "w") as z:
        for name, blob in items.items():
            z.writestr(name, blob)
    assert read_review(path).export.footnote_texts is None
    assert [(r.status, r.revision) for r in import_review(path, store)] == [("unchanged", 1), ("unchanged", 1)]
