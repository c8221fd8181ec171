"""The app's pages through streamlit.testing.v1.AppTest, against a real workspace (sample corpus, drafted)."""

from __future__ import annotations

import io
import re

import docx
import pytest
from streamlit.testing.v1 import AppTest

from pipeline.drafting.outline import load_outline
from pipeline.workspace import OUTLINE_NAME
from tests.app.conftest import APP
from tests.app.helpers import button, open_app, store, text_area, texts

pytestmark = [pytest.mark.integration]


# -- Draft page ------------------------------------------------------------------------------------------------------
def test_draft_page_shows_the_drafter_index_and_a_cited_section(app_workspace):
    at = open_app()
    shown = texts(at)
    assert "extractive (offline" in shown and "embedded Chroma" in shown  # the indicator in the sidebar
    assert "Revision 1" in shown and "first run" in shown  # and how the first draft came about
    current = store(app_workspace).current(at.selectbox(key="sid").value)
    first = current.sentences()[0]
    assert " ".join(first.text.split())[:60] in shown
    assert "[1]" in shown  # numbered citation markers


def test_picking_a_citation_shows_the_passage_in_context(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    revision = store(app_workspace).current(sid)
    first_cited = revision.sentences()[0].citations[0]
    source = revision.sources[first_cited]
    at.button_group[0].set_value(1).run()
    assert not at.exception
    shown = texts(at)
    assert f"[1] {source['contributor']}" in shown
    assert f"{source['file']}, {source['location']}" in shown
    assert source["organisation"] in shown and source["country"] in shown
    assert " ".join(source["text"].split())[:80] in shown.replace("**", "")  # as read: bold marks are not text
    assert "cited by 1.1 (support" in shown  # the checks of the sentences citing it
    assert any(m.value.count("**") >= 2 for m in at.markdown if source["text"].split()[0] in m.value)  # its bold line
    # another paragraph's citation replaces it: one passage at a time
    second = next(g for g in at.button_group[1:] if g.options)
    number = int(second.options[0].strip("[]"))
    second.set_value(number).run()
    assert at.session_state["cite"][1] != first_cited or number == 1
    assert at.button_group[0].value is None


def test_generating_a_section_and_all_sections(app_workspace):
    outline = load_outline(app_workspace / OUTLINE_NAME)
    before = {s.id: store(app_workspace).current(s.id).number for s in outline.sections}
    at = open_app()
    sid = at.selectbox(key="sid").value
    button(at, "Regenerate this section").click().run()
    assert not at.exception
    assert f"Revision {before[sid] + 1}" in texts(at)
    assert "Drafted 1 section(s) with the extractive drafter" in texts(at)
    button(at, "Draft all sections").click().run()
    after = {s.id: store(app_workspace).current(s.id).number for s in outline.sections}
    assert all(after[i] > before[i] for i in after)
    assert "Drafted 9 section(s)" in texts(at)


def test_editing_saves_a_new_revision_and_flags_an_uncited_sentence(app_workspace):
    at = open_app(user="Ana (editor)")
    sid = at.selectbox(key="sid").value
    old = store(app_workspace).current(sid)
    box = text_area(at, "Paragraph 1")
    lines = box.value.splitlines()
    # drop its citations (a lead sentence cites every passage of its paragraph)
    lines[0] = re.sub(r"\s*\[\d+\]", "", lines[0]).rstrip() + " This claim has no source"
    box.set_value("\n".join([*lines, "A new sentence written by the editor."]))
    button(at, "Save as a new revision").click().run()
    assert not at.exception
    new = store(app_workspace).current(sid)
    assert new.number == old.number + 1 and new.author == "Ana (editor)" and new.backend == "edited"
    first = new.paragraphs[0].sentences
    assert first[0].text.endswith("This claim has no source") and "uncited" in first[0].flags
    assert first[-1].text == "A new sentence written by the editor." and "uncited" in first[-1].flags
    assert new.paragraphs[1:] == old.paragraphs[1:]  # untouched paragraphs kept exactly, checks and all
    assert f"Saved revision {new.number}: 2 sentence(s) new or changed" in texts(at)


def test_a_marker_that_names_no_passage_is_refused_and_the_text_kept(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    before = store(app_workspace).current(sid).number
    box = text_area(at, "Paragraph 1")
    edited = box.value + "\nA sentence citing nothing real. [99]"
    box.set_value(edited)
    button(at, "Save as a new revision").click().run()
    assert "marker [99] refers to no passage cited" in texts(at)
    assert store(app_workspace).current(sid).number == before
    assert text_area(at, "Paragraph 1").value == edited


def test_two_sessions_saving_one_section_the_second_gets_the_conflict_and_keeps_its_text(app_workspace):
    first, second = open_app(user="first"), open_app(user="second")
    sid = first.selectbox(key="sid").value
    base = store(app_workspace).current(sid).number
    box = text_area(first, "Paragraph 1")
    box.set_value(box.value + "\nThe first editor's sentence.")
    button(first, "Save as a new revision").click().run()
    assert store(app_workspace).current(sid).number == base + 1

    mine = text_area(second, "Paragraph 1").value + "\nThe second editor's sentence."
    text_area(second, "Paragraph 1").set_value(mine)
    button(second, "Save as a new revision").click().run()
    assert not second.exception
    shown = texts(second)
    assert "Not saved" in shown and f"saved as revision {base + 1} by first" in shown
    assert text_area(second, "Paragraph 1").value == mine  # nothing typed is lost
    current = store(app_workspace).current(sid)
    assert current.number == base + 1 and current.author == "first"
    # starting again from the current revision shows the first editor's text
    button(second, f"Start again from revision {base + 1}").click().run()
    assert "The first editor's sentence." in text_area(second, "Paragraph 1").value


def test_pinning_and_excluding_evidence_from_the_passage_panel_and_search(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    at.button_group[0].set_value(1).run()
    cited = at.session_state["cite"][1]
    button(at, "Exclude from this section").click().run()
    assert store(app_workspace).exclusions(sid) == [cited]
    at.text_input(key=f"evidence-query-{sid}").set_value("digital credential wallet").run()
    pins = [b for b in at.button if b.label == "Pin"]
    assert pins
    pins[0].click().run()
    assert len(store(app_workspace).pins(sid)) == 1
    at.button(key=f"clear-Excluded-{cited}").click().run()  # "Use again" in the Evidence tab
    assert store(app_workspace).exclusions(sid) == []


def test_history_shows_a_readable_diff_between_revisions(app_workspace):
    at = open_app()
    box = text_area(at, "Paragraph 1")
    box.set_value(box.value + "\nAn added sentence for the diff.")
    button(at, "Save as a new revision").click().run()
    diff = [c.value for c in at.code if "revision" in c.value]
    assert diff and "+An added sentence for the diff." in diff[-1].replace("\\", "")
    assert at.dataframe  # the revision table


def test_section_status_is_set_from_the_page(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    at.selectbox(key=f"status-{sid}-draft").set_value("in_review").run()
    assert store(app_workspace).status(sid) == "in_review"


# -- Sources page ----------------------------------------------------------------------------------------------------
def test_uploading_ingesting_listing_searching_and_removing(app_workspace):
    at = open_app("sources")
    good = (
        b"# Recognition in Albania\n\nAlbanian employers ask that every micro-credential state the hours of "
        b"learning and the assessment used, so that a recruiter can compare two certificates at a glance.\n"
    )
    at.file_uploader[0].set_value(
        [("albania_employers.md", good, "text/markdown"), ("broken.pdf", b"", "application/pdf")]
    )
    at.run()
    at.text_input(key="meta-contributor").set_value("Elira Hoxha")
    at.text_input(key="meta-country").set_value("Albania")
    at.run()
    button(at, "Ingest").click().run()
    assert not at.exception
    shown = texts(at)
    assert "1 ingested, 1 failed" in shown
    results = at.dataframe[0].value
    row = results[results["file"] == "albania_employers.md"].iloc[0]
    assert row["result"] == "ingested" and row["passages"] >= 1
    bad = results[results["file"] == "broken.pdf"].iloc[0]
    assert bad["result"] == "failed" and "empty" in bad["reason"].lower()

    sources = at.dataframe[1].value
    listed = sources[sources["file"] == "albania_employers.md"].iloc[0]
    assert (listed["contributor"], listed["country"], listed["region"]) == ("Elira Hoxha", "Albania", "partner")
    assert not list((app_workspace / "uploads").glob("*albania*"))  # stored under a generated name

    at.text_input(key="search-query").set_value("hours of learning recruiter compare certificates").run()
    at.multiselect(key="filter-region").set_value(["partner"]).run()
    found = texts(at)
    assert "albania_employers.md" in found and "Elira Hoxha" in found

    at.selectbox(key="remove-file").set_value("albania_employers.md")
    at.checkbox(key="remove-sure").check().run()
    button(at, "Remove").click().run()
    assert "Removed albania_employers.md" in texts(at)


def test_source_text_is_shown_as_text_never_as_markup(app_workspace):
    at = open_app("sources")
    hostile = (
        b"# Notes\n\nPartners said <script>alert('x')</script> and ![tracker](http://198.51.100.7/pixel.png) "
        b"about micro-credential wallets [click](javascript:alert(1)) in the provider survey.\n"
    )
    at.file_uploader[0].set_value(("hostile.txt", hostile, "text/plain")).run()
    button(at, "Ingest").click().run()
    at.text_input(key="search-query").set_value("micro-credential wallets provider survey").run()
    rendered = [m.value for m in at.markdown if "script" in m.value]
    assert rendered, "the passage is listed"
    for value in rendered:
        assert "<script>" not in value and "![" not in value and "](" not in value
        assert "\\<script\\>" in value
    assert not at.get("html")  # the app never renders raw HTML


# -- Outline page ----------------------------------------------------------------------------------------------------
def test_outline_edit_add_reorder_remove(app_workspace):
    at = open_app("outline")
    outline = load_outline(app_workspace / OUTLINE_NAME)
    first, second = outline.sections[0], outline.sections[1]
    at.text_input(key=f"outline-{first.id}-title").set_value("Scope of these guidelines")
    at.text_area(key=f"outline-{first.id}-questions").set_value("What is in scope?\nWhat is not?")
    [b for b in at.button if b.label == "Save section"][0].click().run()
    saved = load_outline(app_workspace / OUTLINE_NAME).section(first.id)
    assert saved.title == "Scope of these guidelines" and saved.questions == ("What is in scope?", "What is not?")

    [b for b in at.button if b.key == f"up-{second.id}"][0].click().run()
    assert [s.id for s in load_outline(app_workspace / OUTLINE_NAME).sections][:2] == [second.id, first.id]

    at.text_input(key="outline-new-title").set_value("Funding of micro-credentials")
    at.text_area(key="outline-new-purpose").set_value("Who pays for them.")
    at.text_area(key="outline-new-questions").set_value("Who should fund micro-credentials?")
    [b for b in at.button if b.label == "Add section"][0].click().run()
    ids = [s.id for s in load_outline(app_workspace / OUTLINE_NAME).sections]
    assert ids[-1] == "funding-of-micro-credentials"

    [b for b in at.button if b.key == "remove-funding-of-micro-credentials"][0].click().run()
    assert "funding-of-micro-credentials" not in [s.id for s in load_outline(app_workspace / OUTLINE_NAME).sections]


def test_an_invalid_section_is_not_saved(app_workspace):
    at = open_app("outline")
    outline = load_outline(app_workspace / OUTLINE_NAME)
    sid = outline.sections[0].id
    at.text_area(key=f"outline-{sid}-questions").set_value("  ")
    [b for b in at.button if b.label == "Save section"][0].click().run()
    assert "Not saved" in texts(at)
    assert load_outline(app_workspace / OUTLINE_NAME) == outline


def test_scope_explorer_adds_a_proposed_section_in_one_click(app_workspace):
    at = open_app("outline")
    button(at, "Find topics outside the outline").click().run()
    adds = [b for b in at.button if b.label == "Add to the outline"]
    assert adds, texts(at)
    before = len(load_outline(app_workspace / OUTLINE_NAME).sections)
    adds[0].click().run()
    assert len(load_outline(app_workspace / OUTLINE_NAME).sections) == before + 1


# -- Coverage page ---------------------------------------------------------------------------------------------------
def test_coverage_heat_map_balance_and_divergence_register(app_workspace):
    at = open_app("coverage")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sections drafted"] == "9 of 9"
    cited, total = (int(x) for x in metrics["Contributions cited"].split(" of "))
    assert total == 17 and 0 < cited <= total
    charts = at.get("vega_lite_chart")
    assert len(charts) == 4  # heat map, region, kind, role
    button(at, "Find them").click().run()  # on-topic passages no draft cites
    unused = at.session_state["unused"][1]
    assert unused and all(r["rank"] <= 5 and r["section_id"] for r in unused)
    assert at.dataframe[-1].value.shape[0] == len(unused[:200])
    button(at, "Find points of divergence").click().run()
    shown = texts(at)
    assert "Points of divergence" in shown
    assert "National" in shown or "NQF" in shown or "ECTS" in shown  # the planted disputes name their topics


# -- Export page -----------------------------------------------------------------------------------------------------
def test_export_download_and_import_of_a_reviewed_file(app_workspace):
    at = open_app("export")
    drafts = store(app_workspace)  # a section with a contributor's sentence a reviewer can edit
    first = next(
        s.id
        for s in load_outline(app_workspace / OUTLINE_NAME).sections
        if any(" writes" in t.text and len(t.text) > 80 for t in drafts.current(s.id).sentences())
    )
    for box in at.checkbox:  # every drafted section is ticked: keep only the first
        if (box.key or "").startswith("export-section-") and box.key != f"export-section-{first}":
            box.uncheck()
    assert at.checkbox(key=f"export-section-{first}").label.endswith("(Draft)")  # its status in words
    button(at, "Build the Word file").click().run()
    assert not at.exception
    assert "1 sections" in texts(at)
    data = at.session_state["export"][0]
    document = docx.Document(io.BytesIO(data))
    assert any("micro-credential" in p.text.lower() for p in document.paragraphs)

    # a reviewer edits one sentence's text and the file comes back
    for paragraph in document.paragraphs:
        if paragraph.runs and len(paragraph.text) > 80 and "writes" in paragraph.text:
            paragraph.runs[0].text = "Reviewers agree that " + paragraph.runs[0].text
            break
    buffer = io.BytesIO()
    document.save(buffer)
    at.file_uploader(key="import-file").set_value(("reviewed.docx", buffer.getvalue(), "application/octet-stream"))
    at.run()
    button(at, "Import").click().run()
    assert not at.exception
    results = at.session_state["import"]
    assert [r["status"] for r in results] == ["updated"]
    assert "updated (revision 2)" in texts(at)


def test_importing_a_file_that_is_not_an_export_says_so(app_workspace):
    at = open_app("export")
    plain = docx.Document()
    plain.add_paragraph("Just a letter.")
    buffer = io.BytesIO()
    plain.save(buffer)
    at.file_uploader(key="import-file").set_value(("letter.docx", buffer.getvalue(), "application/octet-stream"))
    at.run()
    button(at, "Import").click().run()
    assert [e.value for e in at.error] and "letter.docx" in at.error[0].value


# -- Behaviour -------------------------------------------------------------------------------------------------------
def test_heavy_objects_are_built_once_per_process(app_workspace, monkeypatch):
    import pipeline.workspace as workspace_module

    built = []
    original = workspace_module.Workspace.__init__

    def counting(self, *args, **kwargs):
        built.append(1)
        original(self, *args, **kwargs)

    monkeypatch.setattr(workspace_module.Workspace, "__init__", counting)
    at = open_app()
    for page in ("sources", "outline", "coverage", "export", "draft"):
        at.switch_page(f"app_pages/{page}.py").run()
        assert not at.exception, page
    at.run()
    open_app("sources")  # a second browser session
    assert len(built) == 1


def test_a_shared_password_guards_every_page(app_workspace, monkeypatch):
    monkeypatch.setenv("GUIDELINES_APP_PASSWORD", "correct horse")
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    assert not at.selectbox and [t.label for t in at.text_input] == ["Team password"]
    at.text_input[0].set_value("wrong")
    at.button[0].click().run()
    assert "Wrong password." in [e.value for e in at.error]
    assert not at.selectbox
    at.text_input[0].set_value("correct horse")
    at.button[0].click().run()
    assert at.selectbox(key="sid").value


def test_an_empty_workspace_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("GUIDELINES_WORKSPACE", str(tmp_path / "empty"))
    monkeypatch.delenv("GUIDELINES_APP_PASSWORD", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    assert not at.exception
    assert "no outline yet" in texts(at).lower()
    at.switch_page("app_pages/sources.py").run()
    assert "0 contributions" in texts(at)


def test_an_unreachable_chroma_server_is_shown_as_an_error_not_a_crash(app_workspace, monkeypatch):
    from tests.servers import free_port

    monkeypatch.setenv("GUIDELINES_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    at = open_app("sources")
    at.text_input(key="search-query").set_value("stacking").run()
    assert not at.exception
    assert any("cannot reach the Chroma server" in e.value for e in at.error)


def test_uploads_are_stored_under_generated_names_within_limits_and_keep_no_password(app_workspace, monkeypatch):
    from pypdf import PdfReader, PdfWriter

    from tests.builders import write_pdf

    secret = "-".join(["upl", "oad", "S3cret"])
    plain_pdf = write_pdf(app_workspace.parent / "plain.pdf", ["Vouchers fund micro-credentials for adult learners."])
    writer = PdfWriter(clone_from=PdfReader(plain_pdf))
    writer.encrypt(secret, algorithm="AES-256")
    locked = io.BytesIO()
    writer.write(locked)
    csv = f"file,contributor,country,password\nlocked.pdf,Nino Beridze,Georgia,{secret}\nnotes.md,Ana Lopes,Portugal,\n"
    monkeypatch.setenv("GUIDELINES_MAX_FILE_MB", "0.01")  # 10 KB: the big upload below is refused
    at = open_app("sources")
    at.radio[0].set_value("From a metadata CSV").run()
    at.file_uploader[1].set_value(("metadata.csv", csv.encode(), "text/csv")).run()
    at.file_uploader[0].set_value(
        [
            ("locked.pdf", locked.getvalue(), "application/pdf"),
            ("../../etc/notes.md", b"# Notes\n\nShort courses need clear learning outcomes.\n", "text/markdown"),
            ("big.txt", b"micro-credential " * 2000, "text/plain"),
        ]
    ).run()
    button(at, "Ingest").click().run()
    results = at.dataframe[0].value.set_index("file")
    assert results.loc["locked.pdf", "result"] == "ingested"
    assert results.loc["notes.md", "result"] == "ingested"  # the name without its folders
    assert results.loc["big.txt", "result"] == "failed" and "max_file_mb" in results.loc["big.txt", "reason"]
    stored = sorted(p.name for p in (app_workspace / "uploads").iterdir())
    assert len(stored) == 2 and not {"locked.pdf", "notes.md"} & set(stored)
    assert not (app_workspace.parent / "etc").exists()
    sources = {r["file"]: r for r in at.dataframe[1].value.to_dict("records")}
    assert sources["notes.md"]["contributor"] == "Ana Lopes"
    for path in app_workspace.rglob("*"):  # the password went to the reader only, never into the workspace
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_the_workspace_check_reports_from_the_sidebar(app_workspace):
    import shutil

    at = open_app()
    at.sidebar.button(key="doctor").click().run()
    assert not at.exception
    assert [s.value for s in at.sidebar.success] == ["Consistent."]
    shutil.rmtree(app_workspace / "lexical")  # a derived part goes missing: a warning, not a problem
    at.sidebar.button(key="doctor").click().run()
    assert any("lexical" in c.value for c in at.sidebar.caption)


def test_a_pdf_passage_names_the_section_of_its_page_and_tables_are_rows(app_workspace):
    from pipeline.index.workspace_index import Index
    from pipeline.settings import Settings
    from pipeline.workspace import Workspace

    settings = Settings(workspace=str(app_workspace))
    ws = Workspace(settings, Index(settings))
    try:
        ids = ws.index.manifest.chunk_ids("brief_ireland_nqf.pdf")
        found = [ws.passage(cid) for cid in ids]
        on_page_4 = [p for p in found if p["location"] == "page 4"]
        assert on_page_4 and all(p["section"].startswith("4. Pilot evidence") for p in on_page_4)
        assert {p["section"] for p in on_page_4} >= {
            "4. Pilot evidence, points of difference and next steps > Where we differ from other contributors"
        }
        table = [ws.passage(c) for c in ws.index.manifest.chunk_ids("brief_georgia_register.pdf")]
        rows = [p for p in table if p["table"]]  # the register's field table, read as rows
        assert rows and rows[0]["text"].startswith("Field | What the provider enters | What the Agency checks\n")
    finally:
        ws.close()
        ws.index.close()


def test_a_pdf_search_hit_says_its_section_and_a_table_keeps_its_rows(app_workspace):
    at = open_app("sources")
    at.text_input(key="search-query").set_value("what the provider enters and what the Agency checks").run()
    assert not at.exception
    shown = texts(at)
    assert "brief_georgia_register.pdf, page 3 (How the register section will work)" in shown
    assert "Field | What the provider enters | What the Agency checks  \nTitle and provider" in shown
