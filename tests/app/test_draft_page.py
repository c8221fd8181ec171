"""The Draft page as an editor works in it: accept beside each sentence (several saved as one revision), words for
codes, the check's verdict on each citation, pinned passages shown as pinned, and a history diff in [n] numbering
(AppTest, sample corpus)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest

from pipeline.drafting.editing import citation_numbers
from pipeline.drafting.support import split_sentences
from pipeline.model import CitationCheck
from tests.app.conftest import APP
from tests.app.helpers import button, open_app, store, text_area, texts
from ui.text import ELLIPSIS

pytestmark = [pytest.mark.integration]


def opening(revision) -> int:
    """The first paragraph with a sentence after its lead (a question answered in a point of divergence has the
    lead alone)."""
    return next(p for p, par in enumerate(revision.paragraphs) if len(par.sentences) >= 2)


def pills_for(revision, paragraph: int) -> int:
    """Index among the page's citation pill groups of the one under ``paragraph`` (cited paragraphs have one)."""
    return sum(1 for par in revision.paragraphs[:paragraph] if any(s.citations for s in par.sentences))


def test_accepting_several_sentences_is_one_revision_and_a_reload_loses_no_mark(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    current = store(app_workspace).current(sid)
    toggles = [t for t in at.toggle if t.key.startswith(f"accept-{sid}-{current.number}-")]
    assert len(toggles) == len(current.sentences())  # one per sentence, none cut to 100 characters in a list
    assert not at.get("multiselect")  # the old chooser is gone
    last = (len(current.paragraphs) - 1, len(current.paragraphs[-1].sentences) - 1)
    first = (opening(current), 1)
    for p, n in (first, last):
        at.toggle(key=f"accept-{sid}-{current.number}-{p}-{n}").set_value(True).run()
        assert not at.exception
    assert store(app_workspace).current(sid).number == current.number  # marking saves nothing yet
    assert "Not saved yet: 2 to accept" in texts(at).replace("**", "")
    assert "2 Accept mark(s) are not saved yet: save them on the Read tab before regenerating" in texts(at)

    # the browser tab is reloaded: a new session opened on the same address keeps both marks
    reloaded = AppTest.from_file(str(APP), default_timeout=120)
    reloaded.query_params.update(at.query_params)
    reloaded.run()
    for p, n in (first, last):
        assert reloaded.toggle(key=f"accept-{sid}-{current.number}-{p}-{n}").value is True
    assert "2 Accept mark(s) are not saved yet" in texts(reloaded)
    button(reloaded, "Save acceptance (2)").click().run()
    accepted = store(app_workspace).current(sid)
    assert accepted.number == current.number + 1  # two sentences accepted, one revision
    locked = [(p, n) for p, par in enumerate(accepted.paragraphs) for n, s in enumerate(par.sentences) if s.locked]
    assert locked == [first, last]
    assert "Saved revision" in texts(reloaded) and not reloaded.query_params.get(f"accept.{sid}")
    assert reloaded.toggle(key=f"accept-{sid}-{accepted.number}-{first[0]}-1").value is True  # on in the new revision

    button(reloaded, "Regenerate this section").click().run()
    regenerated = store(app_workspace).current(sid)
    kept = {accepted.paragraphs[p].sentences[n].text for p, n in locked}
    assert {s.text for s in regenerated.sentences() if s.locked} == kept
    # switching both off and saving releases them in one more revision
    for p, n in [
        (p, n) for p, par in enumerate(regenerated.paragraphs) for n, s in enumerate(par.sentences) if s.locked
    ]:
        reloaded.toggle(key=f"accept-{sid}-{regenerated.number}-{p}-{n}").set_value(False).run()
    button(reloaded, "Save acceptance (2)").click().run()
    released = store(app_workspace).current(sid)
    assert released.number == regenerated.number + 1 and not any(s.locked for s in released.sentences())


def test_an_address_edited_by_hand_marks_only_sentences_that_exist(app_workspace):
    first = open_app()
    sid = first.selectbox(key="sid").value
    current = store(app_workspace).current(sid)
    at = AppTest.from_file(str(APP), default_timeout=120)
    p = opening(current)
    at.query_params[f"accept.{sid}"] = f"{current.number}:{p}.1+,{p}.0-,99.0+"  # {p}.0 is not accepted: no change
    at.run()
    assert not at.exception
    assert "1 of your unsaved marks were on sentences that are no longer" in texts(at)
    assert "Not saved yet: 1 to accept" in texts(at).replace("**", "")
    garbled = AppTest.from_file(str(APP), default_timeout=120)
    garbled.query_params[f"accept.{sid}"] = "not:marks"
    garbled.run()
    assert not garbled.exception and "Not saved yet" not in texts(garbled)


def test_a_mark_made_before_another_editor_saved_moves_to_the_new_revision(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    current = store(app_workspace).current(sid)
    last = len(current.paragraphs) - 1, len(current.paragraphs[-1].sentences) - 1
    first = opening(current)
    for p, n in ((first, 1), last):
        at.toggle(key=f"accept-{sid}-{current.number}-{p}-{n}").set_value(True).run()
    drafts = store(app_workspace)
    other = drafts.accept(sid, [(first, 0)], author="someone else", expected=current.number)
    *head, end = other.paragraphs  # and they rewrite the other sentence I marked
    end = replace(end, sentences=(*end.sentences[:-1], replace(end.sentences[-1], text="Rewritten.")))
    other = drafts.edit(sid, (*head, end), author="someone else", expected=other.number)
    at.run()
    assert "1 of your unsaved marks were on sentences that are no longer" in texts(at)
    assert at.toggle(key=f"accept-{sid}-{other.number}-{first}-1").value is True  # carried by its text
    button(at, "Save acceptance (1)").click().run()
    saved = store(app_workspace).current(sid)
    assert saved.number == other.number + 1
    assert [s.locked for s in saved.paragraphs[first].sentences[:2]] == [True, True]  # theirs and mine
    assert not saved.paragraphs[-1].sentences[-1].locked  # rewritten: my mark was on other words


def test_statuses_and_the_audience_read_as_words(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    assert "Audience:** System level" in texts(at) or "Audience:** Provider level" in texts(at)
    assert "(Draft)" in at.selectbox(key="sid").format_func(sid)
    picker = at.selectbox(key=f"status-{sid}-draft")
    assert [picker.format_func(o) for o in picker.options] == ["Draft", "In review", "Approved"]
    picker.set_value("in_review").run()
    assert "(In review)" in at.selectbox(key="sid").format_func(sid)
    assert "in_review" not in " ".join(at.selectbox(key="sid").options)


def test_the_passage_panel_shows_the_checks_evidence_sentence_and_verdict_for_that_citation(app_workspace):
    drafts = store(app_workspace)
    sid = open_app().selectbox(key="sid").value
    current = drafts.current(sid)
    # a cited passage of several sentences: the check's evidence is its last one, not the one the words suggest
    p, n, cid = next(
        (p, n, c)
        for p, par in enumerate(current.paragraphs)
        for n, s in enumerate(par.sentences)
        for c in s.citations
        if len(split_sentences(current.sources[c]["text"])) >= 3
    )
    evidence = split_sentences(current.sources[cid]["text"])[-1]
    checked = replace(
        current.paragraphs[p].sentences[n],
        flags=("misattributed:Nobody Named",),
        checks=(CitationCheck(cid, 0.42, ("citation_unsupported",), evidence),),
    )
    paragraphs = list(current.paragraphs)
    sentences = list(paragraphs[p].sentences)
    sentences[n] = checked
    paragraphs[p] = replace(paragraphs[p], sentences=tuple(sentences))
    saved = drafts.edit(sid, paragraphs, author="checker", expected=current.number)

    at = open_app()
    shown = texts(at)
    assert "Credited to someone whose passage does not say this (Nobody Named)" in shown  # flag in words
    assert "misattributed" not in shown
    at.button_group[pills_for(saved, p)].set_value(citation_numbers(saved)[cid]).run()
    assert not at.exception
    shown = texts(at)
    assert f"**{' '.join(evidence.split())}**" in shown  # the sentence that carries the claim, in bold
    verdict = [c.value for c in at.caption if c.value.startswith(f"cited by {p + 1}.{n + 1} ")]
    assert verdict and "support 0.42 for this passage" in verdict[0]
    assert "A cited passage does not say this" in verdict[0]


def test_a_pinned_passage_is_shown_as_pinned_not_offered_pin_again(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    at.button_group[0].set_value(1).run()
    cited = at.session_state["cite"][1]
    button(at, "Pin to this section").click().run()
    assert store(app_workspace).pins(sid) == [cited]
    assert "Pinned" in texts(at) and "This passage is pinned" in texts(at)
    assert not [b for b in at.button if b.label == "Pin to this section"]
    # in the evidence search too: the pinned hit says so and has no Pin button
    text = store(app_workspace).current(sid).sources[cited]["text"]
    at.text_input(key=f"evidence-query-{sid}").set_value(" ".join(text.split()[:25])).run()
    assert not [b for b in at.button if (b.key or "") == f"evidence-pin-{cited}"]
    assert [b for b in at.button if (b.key or "").startswith("evidence-pin-")]  # the other hits can still be pinned
    at.button(key=f"undo-{cited}").click().run()  # Unpin, from the passage panel
    assert store(app_workspace).pins(sid) == []
    assert [b for b in at.button if b.label == "Pin to this section"]


def test_cut_passage_texts_end_with_an_ellipsis_at_a_word(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    current = store(app_workspace).current(sid)
    long = next(c for c in current.sources if len(current.sources[c]["text"]) > 200)
    store(app_workspace).pin(sid, long, author="test")
    at.run()
    row = next(m.value.replace("\\", "") for m in at.markdown if m.value.replace("\\", "").endswith(ELLIPSIS))
    shown = row.split(": ", 1)[1][: -len(ELLIPSIS)]
    full = " ".join(current.sources[long]["text"].split())
    assert full.startswith(shown) and full[len(shown)] in " ,;:.-"


def test_history_diff_uses_citation_numbers_names_sources_and_follows_new_revisions(app_workspace):
    at = open_app()
    sid = at.selectbox(key="sid").value
    for added in ("A first added sentence [1]", "A second added sentence [2]"):
        box = text_area(at, "Paragraph 1")
        box.set_value(box.value + "\n" + added)
        button(at, "Save as a new revision").click().run()
        latest = store(app_workspace).current(sid)
        pickers = (at.selectbox(key=f"diff-a-{sid}-{latest.number}"), at.selectbox(key=f"diff-b-{sid}-{latest.number}"))
        assert [x.value for x in pickers] == [latest.number - 1, latest.number]  # the latest two, after each save
    diff = next(c.value for c in at.code if c.value.startswith("--- revision"))
    assert "+A second added sentence [2]" in diff
    assert "Added: A second added sentence [2]" in texts(at).replace("**", "")  # what changed, in words
    assert not any(cid in diff for cid in latest.sources)  # no 32-character passage ids
    source = latest.sources[citation_numbers(latest).__iter__().__next__()]
    second = [cid for cid, number in citation_numbers(latest).items() if number == 2][0]
    named = latest.sources[second]
    assert f"[2] {named['contributor']}" in texts(at) and f"{named['file']}, {named['location']}" in texts(at)
    assert source  # the first citation resolves too
