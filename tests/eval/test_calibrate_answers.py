"""The answer/abstain calibration reports figures a reader can trust: no question is scored by a model that saw
it, the across-set report trains on one set only, and the gap figures count what they say, per set and pooled."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import eval.calibrate_answers as calibrate
from pipeline.drafting.drafters.answering import FEATURES


def _item(set_name: str, question: str, answerable: bool, labels: tuple[int, ...] = (1, 0)) -> dict:
    n = len(labels)
    return {
        "set": set_name,
        "question": question,
        "answerable": answerable,
        "rows": np.full((n, len(FEATURES)), 0.5),
        "y": np.array(labels),
        "texts": [f"{question} sentence {i}" for i in range(n)],
        "files": ["input.txt"] * n,
    }


def _pred(item: dict, gap: bool, score: float = 0.5, kept: tuple[int, ...] = ()) -> dict:
    return {"probs": np.linspace(0.9, 0.1, len(item["y"])), "score": score, "gap": gap, "kept": np.array(kept)}


@pytest.fixture
def recorder(monkeypatch):
    """Replace fitting and predicting with recorders: which questions each model was fitted on and tested on."""
    fits: list[set[tuple[str, str]]] = []
    tested: list[tuple[int, tuple[str, str]]] = []

    def fit_model(items):
        fits.append({(d["set"], d["question"]) for d in items})
        return len(fits) - 1

    def predict(model, item, lifts=None):
        tested.append((model, (item["set"], item["question"])))
        return _pred(item, gap=not item["answerable"])

    monkeypatch.setattr(calibrate, "fit_model", fit_model)
    monkeypatch.setattr(calibrate, "predict", predict)
    monkeypatch.setattr(calibrate, "lifts_for", lambda model, items: {})  # an outline's lift needs no labels
    return fits, tested


DATA = [_item("a", f"a{i}?", i % 3 != 0) for i in range(12)] + [_item("b", f"b{i}?", i % 2 == 0) for i in range(8)]


@pytest.mark.unit
def test_cross_validation_never_scores_a_question_with_a_model_fitted_on_it(recorder):
    fits, tested = recorder
    report = calibrate.cross_validate(DATA)
    assert len(fits) == calibrate.FOLDS
    assert sorted(q for _, q in tested) == sorted((d["set"], d["question"]) for d in DATA)  # each once
    for model, question in tested:
        assert question not in fits[model]
    assert set(report) == {"a", "b", "pooled"}


@pytest.mark.unit
def test_across_sets_fits_on_one_set_and_scores_only_the_other(recorder):
    fits, tested = recorder
    report = calibrate.across_sets(DATA)
    assert set(report) == {"a -> b", "b -> a"}
    assert [{s for s, _ in f} for f in fits] == [{"a"}, {"b"}]
    for model, (set_name, _) in tested:
        assert set_name not in {s for s, _ in fits[model]}
    assert report["a -> b"]["questions"] == 8 and report["b -> a"]["questions"] == 12


@pytest.mark.unit
def test_leave_one_set_out_fits_on_every_other_set_and_scores_the_one_left_out(recorder):
    fits, tested = recorder
    three = DATA + [_item("c", f"c{i}?", i % 2 == 1) for i in range(6)]
    report = calibrate.leave_one_set_out(three)
    assert set(report) == {"b+c -> a", "a+c -> b", "a+b -> c"}
    assert [{s for s, _ in f} for f in fits] == [{"b", "c"}, {"a", "c"}, {"a", "b"}]
    assert sorted(q for _, q in tested) == sorted((d["set"], d["question"]) for d in three)  # each once
    for model, (set_name, _) in tested:
        assert set_name not in {s for s, _ in fits[model]}
    assert [report[k]["questions"] for k in ("b+c -> a", "a+c -> b", "a+b -> c")] == [12, 8, 6]
    assert calibrate.leave_one_set_out([d for d in DATA if d["set"] == "a"]) == {}  # one set: nothing to leave out


@pytest.mark.unit
def test_every_labelled_set_is_offered_and_a_held_out_set_never_is():
    # eval/heldout3/ became the fourth labelled set in session 8, eval/heldout4/ and heldout5/ (each run once as held
    # out) the fifth and sixth in session 9, eval/heldout6/ and heldout7/ (run once as held out at 3e32d50) the
    # seventh and eighth in session 10, eval/heldout8/ and heldout9/ (run once as held out at eec5089) the ninth
    # and tenth in session 11, eval/heldout10/ to heldout13/ (run once as held out at cb447e4 and aff8823) the
    # eleventh to fourteenth in session 12, eval/heldout14/ and heldout15/ (run once as held out at 85faa64) the
    # fifteenth and sixteenth in session 13, eval/heldout16/ and heldout17/ (run once as held out at ae0554d) the
    # seventeenth and eighteenth in session 14, eval/heldout18/ and heldout19/ (run once as held out at aef6d7b) the
    # nineteenth and twentieth in session 15, eval/heldout20/ and heldout21/ (run once as held out at afefcb2) the
    # twenty-first and twenty-second in session 16, eval/heldout22/ and heldout23/ (run once as held out at a739daf)
    # the twenty-third and twenty-fourth in session 17, eval/heldout24/ and heldout25/ (run once as held out at
    # 41f8e4e) the twenty-fifth and twenty-sixth in session 18, eval/heldout26/ and heldout27/ (run once as held out
    # at 4023165) the twenty-seventh and twenty-eighth in session 19, eval/heldout28/ and heldout29/ (run once as
    # held out at 58174b5) the twenty-ninth and thirtieth in session 20, eval/heldout30/ and heldout31/ (run once as
    # held out at 1dd1980) the thirty-first and thirty-second in session 21, eval/heldout32/ and heldout33/ (run once
    # as held out at 86b0e73) the thirty-third and thirty-fourth in session 22; the sets not yet run are the held-out
    # sets, and a calibration that read one would leave it held out no more
    names = [s.name for s in calibrate.SETS]
    assert names == [
        "sample",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
    ]
    assert all(s.labels.is_file() and s.outline.is_file() for s in calibrate.SETS)
    assert calibrate.SETS[3].outline.name == "outline.md"  # its outline is written in Markdown, as teams write them
    # heldout6's outline is a workbook, heldout7's plain text, heldout8's LibreOffice Writer, heldout9's a
    # semicolon-separated table, heldout10's a LibreOffice Calc sheet, heldout11's a Word table, heldout12's typed
    # in Word without heading styles, heldout13's a workbook, heldout14's plain text with lettered questions,
    # heldout15's a tab-separated table, heldout16's and heldout17's Markdown (the fallbacks beside a survey tool's
    # JSON export and an RTF file), heldout18's LibreOffice Writer with a bulleted list under each section heading,
    # heldout19's Word without heading styles, a table of questions under each bold section line, heldout20's a
    # Google Docs page saved as HTML, heldout21's a Markdown table of questions, heldout22's Word with its sections
    # as Heading 2 under two parts and numbered questions, heldout23's the chair's e-mail copied as plain text,
    # heldout24's a workshop agenda in plain text with lettered questions under numbered items (its table outline
    # beside it, outline_table.odt, is no name the loader looks for), heldout25's a workbook of referenced questions
    # behind a "Read me" sheet, heldout26's a network's call for contributions printed to PDF (numbered themes and
    # questions under a letterhead), heldout27's the secretariat's reply e-mail with the questions in its body (saved
    # from Thunderbird, the quoted message below), heldout28's a kick-off slide deck (.pptx),
    # heldout29's a ministry's web page saved as HTML, heldout30's an Impress deck with numbered questions (.odp),
    # heldout31's a working group's terms of reference printed to PDF, heldout32's a secretariat's consultation
    # questionnaire in Word with answer cells, heldout33's a working group's Confluence page exported as HTML: all read
    # by the drafter's own loader
    assert [s.outline.name for s in calibrate.SETS[6:]] == [
        "outline.xlsx",
        "outline.txt",
        "outline.odt",
        "outline.csv",
        "outline.ods",
        "outline.docx",
        "outline.docx",
        "outline.xlsx",
        "outline.txt",
        "outline.tsv",
        "outline.md",
        "outline.md",
        "outline.odt",
        "outline.docx",
        "outline.html",
        "outline.md",
        "outline.docx",
        "outline.txt",
        "outline.txt",
        "outline.xlsx",
        "outline.pdf",
        "outline.eml",
        "outline.pptx",
        "outline.html",
        "outline.odp",
        "outline.pdf",
        "outline.docx",
        "outline.html",
    ]
    # by the folders inside the repository: the checkout's own folder name may hold any word
    root = Path(calibrate.__file__).resolve().parents[1]
    inside = [Path(p).resolve().relative_to(root).parts for s in calibrate.SETS for p in (s.corpus, s.labels)]
    # being written in session 22 (heldout34, heldout35; run once as held out since): never read by a calibration
    # (this test only names them)
    held_out = ("heldout34", "heldout35")
    assert all(name not in parts for parts in inside for name in held_out)


@pytest.mark.unit
def test_gap_figures_count_per_set_and_pooled():
    items = [
        _item("a", "answered?", True),
        _item("a", "wrongly a gap?", True),
        _item("a", "rightly a gap?", False, labels=(0, 0)),
        _item("b", "missed gap?", False, labels=(0, 0)),
        _item("b", "answered too?", True),
    ]
    preds = [
        _pred(items[0], gap=False, score=0.9, kept=(1,)),
        _pred(items[1], gap=True, score=0.3),
        _pred(items[2], gap=True, score=0.1),
        _pred(items[3], gap=False, score=0.6, kept=(0,)),
        _pred(items[4], gap=False, score=0.8, kept=(1, 0)),
    ]
    report = calibrate.per_set(items, preds)
    a, b, pooled = report["a"], report["b"], report["pooled"]
    assert (a["gap_recall"], a["gap_precision"], a["answerable_made_gaps"]) == (1.0, 0.5, 0.5)
    assert a["gaps"] == ["rightly a gap?", "wrongly a gap?"]
    assert (b["gap_recall"], b["gap_precision"], b["answerable_made_gaps"]) == (0.0, None, 0.0)
    assert b["sentence_precision"] == round(1 / 3, 3) and b["labelled_kept"] == 3
    assert (pooled["gap_recall"], pooled["answerable_made_gaps"], pooled["questions"]) == (0.5, round(1 / 3, 3), 5)
    # one pair of six out of order: the question wrongly made a gap scores below the missed gap
    assert pooled["question_auroc"] == round(5 / 6, 3)


@pytest.mark.unit
def test_an_unknown_set_or_a_missing_label_file_is_refused_with_its_name(tmp_path, monkeypatch, capsys):
    with pytest.raises(SystemExit):
        calibrate.main(["--sets", "sample,nosuch"])
    assert "unknown set nosuch" in capsys.readouterr().err
    missing = calibrate.LabelledSet("other", tmp_path, tmp_path / "o.yaml", tmp_path / "labels.jsonl", tmp_path / "g")
    monkeypatch.setattr(calibrate, "SETS", (*calibrate.SETS, missing))
    with pytest.raises(SystemExit):
        calibrate.main(["--sets", "other"])
    assert "labels.jsonl" in capsys.readouterr().err


@pytest.mark.unit
def test_a_label_holds_for_its_sentence_once_the_drafter_cut_its_opener():
    q = "Who should review a micro-credential?"
    find = calibrate.label_finder(
        [
            {"question": q, "label": "answers", "text": "In our view, the national agency should review each one."},
            {"question": q, "label": "on_topic", "text": "Reviews take time."},
            {"question": q, "label": "answers", "text": "Finally, providers should publish the reports."},
            {"question": q, "label": "off_topic", "text": "In short, providers should publish the reports."},
        ]
    )
    assert find(q, "In our view, the national agency should review each one.") == "answers"
    assert find(q, "the national agency should review each one.") == "answers"
    assert find(q, "Reviews take time") == "on_topic"  # case, spacing and the final stop do not count
    assert find(q, "ews take time.") is None  # a cut falls between words, not inside one
    assert find(q, "providers should publish the reports.") is None  # two labels disagree: no label
    assert find("Another question?", "the national agency should review each one.") is None


@pytest.mark.unit
def test_the_learned_closeness_column_of_a_training_item_comes_from_weights_that_never_saw_its_set(monkeypatch):
    fitted: list[set[tuple[str, str]]] = []

    class _Recorded:
        def __init__(self, number: int) -> None:
            self.number = number

        def score(self, question_vec, vectors):  # the column says which weights scored the item
            return np.full(len(vectors), float(self.number))

    def fit(items):
        fitted.append({(d["set"], d["question"]) for d in items})
        return _Recorded(len(fitted) - 1)

    monkeypatch.setattr(calibrate, "_fit_closeness", fit)
    sets = [chr(ord("a") + k) for k in range(6)]
    items = [
        {**_item(s, f"{s}{i}?", True), "qvec": np.ones(4), "vectors": np.ones((2, 4))} for s in sets for i in range(2)
    ]
    out = calibrate.with_closeness(items)
    assert len(fitted) == calibrate.CLOSENESS_FOLDS
    for d in out:
        assert d["rows"].shape[1] == len(FEATURES) + 1
        assert d["set"] not in {s for s, _ in fitted[int(d["rows"][0, -1])]}  # the fit that scored it
    # with fewer sets than parts, whole questions are left out instead
    fitted.clear()
    few = calibrate.with_closeness(items[:4])
    assert len(fitted) == min(calibrate.FOLDS, 4)
    assert all((d["set"], d["question"]) not in fitted[int(d["rows"][0, -1])] for d in few)
    assert all(any((d["set"], d["question"]) in f for f in fitted) for d in few)


@pytest.mark.unit
def test_write_stores_the_model_with_the_learned_closeness_and_one_without_for_other_embedders(tmp_path, monkeypatch):
    import json

    import pipeline.drafting.drafters.answering as answering

    rng = np.random.default_rng(7)
    width = 6

    def item(k: int) -> dict:
        answerable = k % 3 != 0
        y = np.array([1, 0, 0, 0]) if answerable else np.zeros(4, dtype=int)
        rows = rng.normal(0.4, 0.1, size=(4, len(FEATURES)))
        rows[:, FEATURES.index("cos_titled")] += 0.3 * y
        vectors = rng.normal(0, 0.3, size=(4, width))
        vectors[:, 0] += y
        return {
            **_item("sample", f"q{k}?", answerable, tuple(int(v) for v in y)),
            "rows": rows,
            "qvec": np.eye(width)[0],
            "vectors": vectors,
            "embedding": "test-embedder",
        }

    data = [item(k) for k in range(30)]
    monkeypatch.setattr(calibrate, "collect", lambda labelled, workspace=None, paraphrased=True: data)
    target = tmp_path / "answer_weights.json"
    monkeypatch.setattr(answering, "WEIGHTS", target)
    assert calibrate.main(["--sets", "sample", "--write", "--json"]) == 0
    stored = json.loads(target.read_text(encoding="utf-8"))
    assert stored["features"] == [*FEATURES, answering.LEARNED]
    assert stored["closeness"]["embedding"] == "test-embedder" and len(stored["closeness"]["weights"]) == width
    assert stored["without_closeness"]["features"] == list(FEATURES)
    assert "closeness" not in stored["without_closeness"]
    assert answering.load_model(target, embedding="test-embedder").closeness is not None
    assert answering.load_model(target, embedding="another").closeness is None


@pytest.mark.unit
def test_stored_only_scores_the_stored_model_and_fits_nothing(recorder, monkeypatch, capsys):
    import json

    fits, tested = recorder
    monkeypatch.setattr(calibrate, "collect", lambda labelled, workspace=None, paraphrased=True: DATA)
    assert calibrate.main(["--sets", "sample", "--stored-only", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert fits == []  # no cross-validation, no across-set or leave-one-set-out fit
    assert sorted(q for _, q in tested) == sorted((d["set"], d["question"]) for d in DATA)  # each scored once
    assert set(report) == {"sets", "stored_model"} and set(report["stored_model"]) == {"a", "b", "pooled"}
    with pytest.raises(SystemExit):  # nothing fitted, nothing to store
        calibrate.main(["--sets", "sample", "--stored-only", "--write"])


@pytest.mark.unit
def test_a_question_without_candidates_keeps_a_row_width_of_ten_features(monkeypatch):
    class _Zero:
        def score(self, question_vec, vectors):
            return np.zeros(len(vectors))

    monkeypatch.setattr(calibrate, "_fit_closeness", lambda items: _Zero())
    items = [{**_item(s, f"{s}?", True), "qvec": np.ones(4), "vectors": np.ones((2, 4))} for s in "abcd"]
    empty = {**_item("e", "e?", False, labels=()), "qvec": np.ones(4), "vectors": np.zeros((0, 4))}
    out = calibrate.with_closeness([*items, empty])
    assert out[-1]["rows"].shape == (0, len(FEATURES) + 1)
    assert np.vstack([d["rows"] for d in out]).shape == (8, len(FEATURES) + 1)
