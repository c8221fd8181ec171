"""The draft store: round trips, conflicts (also between real processes), locking, status, evidence marks, diffs."""

from __future__ import annotations

import multiprocessing
import pickle
import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.drafting.drafts import EDITED, ConflictError, DraftStore, RevisionInfo, StatusInfo
from pipeline.model import DraftResult, Gap, Paragraph, Revision, Sentence

SID = "system.nqf"
SOURCES = {
    "c1": {
        "file": "ge.pdf",
        "title": "Georgia brief",
        "contributor": "Nino",
        "country": "Georgia",
        "location": "page 3",
    },
    "c2": {"file": "ma.pptx", "title": "Morocco", "contributor": "Amal", "country": "Morocco", "location": "slide 4"},
    "c3": {"file": "eu.docx", "title": "EU note", "contributor": "Jan", "country": "Belgium", "location": "table 1"},
}


def _draft(tag: str = "", *, locked: bool = True) -> DraftResult:
    """Two paragraphs using every field of Sentence, Paragraph, Gap and DraftResult."""
    first = (
        Sentence(f"Micro-credentials belong in the NQF{tag}.", ("c1", "c2"), 0.8123456789, (), "belong in the NQF"),
        Sentence("Register entries need learning outcomes — «résultats».", ("c2",), None, ("weak_support",)),
    )
    second = (Sentence("Stackability matters.", ("c3",), 0.5, ("number_unsupported", "x"), None, locked),)
    return DraftResult(
        paragraphs=(Paragraph(first, theme="NQF"), Paragraph(second)),
        gaps=(Gap("How is funding arranged?", "no contribution addresses funding"),),
        backend="llm:openai:gpt-4o-mini",
        prompt_version="draft-v3",
        raw_output='{"paragraphs": [...]} ünïcode',
        notes=("retried after 429",),
    )


@pytest.fixture
def store(tmp_path: Path):
    with DraftStore.in_workspace(tmp_path) as s:
        yield s


def _sentences(rev: Revision) -> list[Sentence]:
    return rev.sentences()


@pytest.mark.unit
def test_save_round_trip_keeps_every_field(store: DraftStore, tmp_path: Path) -> None:
    sources = {k: dict(v) for k, v in SOURCES.items()}
    rev = store.save(SID, _draft(), author="ana", expected=None, sources=sources)
    sources["c1"]["title"] = "changed by the caller afterwards"

    draft = _draft()
    assert (rev.section_id, rev.number, rev.author) == (SID, 1, "ana")
    assert (rev.paragraphs, rev.gaps, rev.notes) == (draft.paragraphs, draft.gaps, draft.notes)
    assert (rev.backend, rev.prompt_version, rev.raw_output) == (draft.backend, draft.prompt_version, draft.raw_output)
    assert rev.sources == SOURCES
    assert datetime.fromisoformat(rev.created_at).utcoffset() == UTC.utcoffset(None)
    assert store.current(SID) == rev == store.revision(SID, 1)
    with DraftStore(tmp_path / "drafts.sqlite") as reopened:  # in_workspace names this file
        assert reopened.current(SID) == rev
    assert store.history(SID) == [RevisionInfo(1, "ana", draft.backend, rev.created_at, 3, 2)]
    assert store.sections() == [SID]


@pytest.mark.unit
def test_unknown_section_and_revision(store: DraftStore) -> None:
    assert store.current("nope") is None
    assert store.history("nope") == [] and store.sections() == [] and store.locked_sentences("nope") == []
    store.save(SID, _draft(), author="ana", expected=0, sources={})
    with pytest.raises(KeyError, match="has no revision 7 \\(it has 1\\)"):
        store.revision(SID, 7)


@pytest.mark.unit
def test_stale_expected_is_a_conflict_and_stores_nothing(store: DraftStore) -> None:
    store.save(SID, _draft(" one"), author="ana", expected=None, sources=SOURCES)
    second = store.save(SID, _draft(" two"), author="bob", expected=1, sources=SOURCES)

    with pytest.raises(ConflictError) as err:
        store.save(SID, _draft(" three"), author="ana", expected=1, sources=SOURCES)
    assert (err.value.section_id, err.value.expected, err.value.current) == (SID, 1, 2)
    message = str(err.value)
    assert f"section {SID} was saved as revision 2 by bob at {second.created_at} while you edited revision 1" in message
    assert "your text was not saved over theirs" in message
    assert [h.number for h in store.history(SID)] == [1, 2]
    assert store.current(SID) == second


@pytest.mark.unit
@pytest.mark.parametrize(
    ("expected", "phrase"), [(None, "started from no revision"), (0, "from no revision"), (5, "not 5")]
)
def test_expected_must_name_the_current_revision(store: DraftStore, expected: int | None, phrase: str) -> None:
    store.save(SID, _draft(), author="ana", expected=None, sources={})
    with pytest.raises(ConflictError, match=phrase):
        store.save(SID, _draft(), author="bob", expected=expected, sources={})
    assert len(store.history(SID)) == 1


@pytest.mark.unit
def test_conflict_on_a_section_without_revisions_and_pickling(store: DraftStore) -> None:
    with pytest.raises(ConflictError, match="has no revision yet") as err:
        store.save(SID, _draft(), author="ana", expected=3, sources={})
    copy = pickle.loads(pickle.dumps(err.value))  # errors cross process boundaries in a worker pool
    assert (copy.section_id, copy.expected, copy.current, str(copy)) == (SID, 3, 0, str(err.value))
    with pytest.raises(ValueError, match="0 or more"):
        store.save(SID, _draft(), author="ana", expected=-1, sources={})
    assert store.sections() == []


@pytest.mark.unit
def test_accept_locks_the_right_sentences(store: DraftStore) -> None:
    first = store.save(SID, _draft(locked=False), author="ana", expected=None, sources=SOURCES)
    accepted = store.accept(SID, [(1, 0), (0, 1)], author="eve", expected=1)

    old, new = _sentences(first), _sentences(accepted)
    assert [s.locked for s in new] == [False, True, True]
    assert [(s.text, s.citations, s.support, s.flags) for s in new] == [
        (s.text, s.citations, s.support, s.flags) for s in old
    ]
    assert (accepted.number, accepted.author, accepted.backend) == (2, "eve", first.backend)
    assert (accepted.prompt_version, accepted.raw_output, accepted.sources) == ("draft-v3", first.raw_output, SOURCES)
    assert store.locked_sentences(SID) == [(0, new[1]), (1, new[2])]
    assert not any(s.locked for s in _sentences(store.revision(SID, 1)))

    store.accept(SID, [(0, 1)], author="eve", expected=2, lock=False)
    assert store.locked_sentences(SID) == [(1, new[2])]

    # accepting some sentences and releasing others is one editing action: one revision
    both = store.accept(SID, [(0, 0), (0, 1)], release=[(1, 0)], author="eve", expected=3)
    assert both.number == 4 and [s.locked for s in _sentences(both)] == [True, True, False]
    released = store.accept(SID, [], release=[(0, 0)], author="eve", expected=4)
    assert [s.locked for s in _sentences(released)] == [False, True, False]
    with pytest.raises(ValueError, match="sentence 7"):
        store.accept(SID, [], release=[(0, 7)], author="eve", expected=5)


@pytest.mark.unit
def test_accept_rejects_invalid_positions_and_stale_revisions(store: DraftStore) -> None:
    with pytest.raises(ValueError, match="revision 0 has no sentence at \\(paragraph 0, sentence 0\\)"):
        store.accept(SID, [(0, 0)], author="eve", expected=0)
    store.save(SID, _draft(locked=False), author="ana", expected=None, sources={})
    with pytest.raises(ValueError) as err:
        store.accept(SID, [(0, 0), (5, 0), (0, 9), (-1, 0)], author="eve", expected=1)
    for where in ("(paragraph -1, sentence 0)", "(paragraph 0, sentence 9)", "(paragraph 5, sentence 0)"):
        assert where in str(err.value)
    assert "(paragraph 0, sentence 0)" not in str(err.value)
    with pytest.raises(ValueError, match="no sentence positions"):
        store.accept(SID, [], author="eve", expected=1)
    with pytest.raises(ConflictError):
        store.accept(SID, [(0, 0)], author="eve", expected=0)
    assert len(store.history(SID)) == 1 and store.locked_sentences(SID) == []


@pytest.mark.unit
def test_edit_makes_a_new_revision_and_earlier_ones_never_change(store: DraftStore) -> None:
    first = store.save(SID, _draft(), author="ana", expected=None, sources=SOURCES)
    text = (Paragraph((Sentence("Rewritten by hand.", ("c1",), locked=True),), theme="NQF"),)
    edited = store.edit(SID, text, author="eve", expected=1)

    assert (edited.number, edited.backend, edited.paragraphs, edited.author) == (2, EDITED, text, "eve")
    assert (edited.gaps, edited.sources) == (first.gaps, first.sources)
    assert edited.notes == ("edited from revision 1 (llm:openai:gpt-4o-mini)",)
    assert store.revision(SID, 1) == first
    assert [(h.number, h.backend, h.sentences, h.flagged) for h in store.history(SID)] == [
        (1, first.backend, 3, 2),
        (2, EDITED, 1, 0),
    ]
    with sqlite3.connect(store.path) as raw:  # immutable in the database itself, not only through the API
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            raw.execute("UPDATE revisions SET author='mallory' WHERE number=1")
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            raw.execute("DELETE FROM revisions")
    assert store.revision(SID, 1) == first


@pytest.mark.unit
def test_pins_and_exclusions_toggle_and_persist(store: DraftStore, tmp_path: Path) -> None:
    store.pin(SID, "c1", author="ana")
    store.pin(SID, "c2", author="ana")
    store.exclude(SID, "c3", author="ana")
    store.exclude(SID, "c1", author="bob")  # an exclusion replaces the pin
    store.clear(SID, "c2")
    store.clear(SID, "never-marked")
    assert (store.pins(SID), store.exclusions(SID)) == ([], ["c1", "c3"])
    store.pin(SID, "c3", author="bob")
    with DraftStore.in_workspace(tmp_path) as reopened:
        assert (reopened.pins(SID), reopened.exclusions(SID)) == (["c3"], ["c1"])
        assert (reopened.pins("other"), reopened.exclusions("other")) == ([], [])
    assert store.sections() == []  # marks alone do not make a drafted section


@pytest.mark.unit
def test_status_default_set_invalid_and_guarded(store: DraftStore, tmp_path: Path) -> None:
    assert store.status(SID) == "draft" and store.status_info(SID) == StatusInfo("draft", "", "")
    store.set_status(SID, "in_review", author="ana")
    info = store.status_info(SID)
    assert (info.status, info.by) == ("in_review", "ana") and datetime.fromisoformat(info.at).tzinfo is not None
    with pytest.raises(ValueError, match="unknown status 'done'"):
        store.set_status(SID, "done")

    store.save(SID, _draft(), author="ana", expected=None, sources={})
    store.save(SID, _draft(), author="bob", expected=1, sources={})
    with pytest.raises(ConflictError):  # approving revision 1 after bob saved 2 would approve unread text
        store.set_status(SID, "approved", expected=1, author="carl")
    assert store.status(SID) == "in_review"
    store.set_status(SID, "approved", expected=2, author="carl")
    with DraftStore.in_workspace(tmp_path) as reopened:
        assert reopened.status(SID) == "approved" and reopened.status_info(SID).by == "carl"


@pytest.mark.unit
def test_diff_shows_changed_sentences_with_citations(store: DraftStore) -> None:
    store.save(SID, _draft(), author="ana", expected=None, sources=SOURCES)
    old = _draft().paragraphs
    changed = Sentence("Micro-credentials may enter the NQF.", ("c1", "c3"))
    new = (Paragraph((changed, old[0].sentences[1])), old[1], Paragraph((Sentence("A new point.", ("c2",)),)))
    store.edit(SID, new, author="eve", expected=1)

    lines = store.diff(SID, 1, 2)
    assert lines[:2] == [f"--- {SID} revision 1", f"+++ {SID} revision 2"]
    assert "-Micro-credentials belong in the NQF. [c1, c2]" in lines
    assert "+Micro-credentials may enter the NQF. [c1, c3]" in lines
    assert " Register entries need learning outcomes — «résultats». [c2]" in lines
    assert lines[-2:] == ["+", "+A new point. [c2]"]  # a paragraph break is a blank line
    assert store.diff(SID, 2, 2) == []
    with pytest.raises(KeyError):
        store.diff(SID, 1, 3)


# -- two real processes ------------------------------------------------------------------------
WORKERS, ROUNDS = 4, 5


def _race(path: str, author: str, barrier, results) -> None:
    """Save against revision 1 at the same moment as the others, then append ROUNDS more, reloading on conflict."""
    with DraftStore(Path(path)) as store:
        barrier.wait(timeout=60)
        try:
            won = store.save(SID, _draft(f" {author} race"), author=author, expected=1, sources={})
            results.put((author, "won", won.number))
        except ConflictError as exc:
            results.put((author, "conflict", exc.current))
        barrier.wait(timeout=60)  # nobody moves on before all have tried: every loser must have met revision 2
        for i in range(ROUNDS):
            while True:
                cur = store.current(SID)
                try:
                    store.save(
                        SID, _draft(f" {author} {i}"), author=author, expected=cur.number if cur else 0, sources={}
                    )
                    break
                except ConflictError:
                    continue  # what an editor does: reload, reapply, save again


@pytest.mark.integration
def test_processes_saving_the_same_revision_exactly_one_wins(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite"
    with DraftStore(path) as store:
        store.save(SID, _draft(" base"), author="base", expected=None, sources={})
    ctx = multiprocessing.get_context("spawn")  # no fork: the test session may hold threads (Chroma, ONNX)
    barrier, results = ctx.Barrier(WORKERS), ctx.Queue()
    procs = [ctx.Process(target=_race, args=(str(path), f"p{n}", barrier, results)) for n in range(WORKERS)]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0

    assert sorted(kind for _, kind, _ in outcomes) == ["conflict"] * (WORKERS - 1) + ["won"]
    assert {number for _, _, number in outcomes} == {2}  # the winner wrote 2; every loser was told of 2
    winner = next(author for author, kind, _ in outcomes if kind == "won")
    with DraftStore(path) as store:
        history = store.history(SID)
        assert [h.number for h in history] == list(range(1, 2 + 1 + WORKERS * ROUNDS))
        counts = Counter(h.author for h in history)
        assert counts == Counter({"base": 1, **{f"p{n}": ROUNDS + (f"p{n}" == winner) for n in range(WORKERS)}})
        texts = [store.revision(SID, h.number).paragraphs[0].sentences[0].text for h in history]
        assert len(set(texts)) == len(texts)  # no revision written twice
