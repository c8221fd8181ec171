"""Fit the answer/abstain model of the extractive drafter on the labelled question x sentence sets.

    python eval/calibrate_answers.py [--sets sample,heldout,...,heldout9] [--workspace DIR] [--workspace-dir DIR]
                                     [--write] [--json] [--seed N] [--stored-only]

A labelled set is a corpus, an outline, a gold file telling its answerable questions from its unanswerable ones, and
labels marking sentences of the corpus as answering a guiding question, on its topic without answering it, or off
topic. The sets are ``SETS`` of eval/labelled_sets.py (all of them by default): the sample corpus (corpus/,
eval/drafting_outline.yaml, eval/drafting_labels.jsonl, eval/drafting_gold.yaml) and development sets of other
authors, each a folder holding corpus/, an outline (YAML, Markdown, Word, plain text or a workbook),
drafting_labels.jsonl and drafting_gold.yaml: eval/heldout/, whose outline mostly reuses its contributors' words,
eval/heldout2/, whose outline was written in other words than its contributions, eval/heldout3/ (a Markdown outline
over letters, e-mails, forms, slides and a hearing), eval/heldout4/ (a Word outline over OpenDocument files, a web
page, a survey export and interview notes), eval/heldout5/ (a YAML outline keyed by section codes over RTF, a
workbook, minutes, an e-mail and slides with speaker notes), eval/heldout6/ (a workbook outline), eval/heldout7/
(a plain-text outline over a survey export, a blog, a memo, a round-table record and an e-mail reply),
eval/heldout8/ (a LibreOffice Writer outline over a hearing transcript, a consultation workbook and an FAQ) and
eval/heldout9/ (a semicolon-separated outline over a forwarded e-mail, an interview record and a news item); the
last seven were each run once as held-out sets before they were labelled. For each section of a set's outline the
evidence is gathered from that set's workspace and cut into candidates as the drafter does, the features of
``pipeline.drafting.drafters.answering`` are computed for every question against every candidate, and the labelled
ones are matched by their text (or by the sentence a label names before the drafter cut its opener).

Reports, every figure on questions the model never saw:
- ``cross_validation``: the questions of all sets pooled, 5 folds of whole questions (a question is never in
  both train and test), figures per set and pooled;
- ``across_sets``: fitted on all of one set, tested on another (each direction);
- ``leave_one_set_out``: fitted on all sets but one, tested on the one left out (each set in turn): how the
  model carries to a corpus written by other people in other styles, under an outline nobody fitted it on.
A last one, ``stored_model``, gives the figures of answer_weights.json as it is (in-sample on what it was
fitted on).
Figures: AUROC of "answers" against the rest (and of the dense cosine alone, the old signal), and the gap
decision of the question-level model (a question is a gap when its model says the pool does not answer it):
question AUROC, gap recall and precision, the share of answerable questions made gaps, and the precision of
the labelled sentences kept. The gap threshold is the one with the most unanswerable training questions made
gaps while at most MAX_WRONG_GAPS of the answerable ones are. ``--write`` fits on all labels of the sets
given and stores the model in answer_weights.json.

Every question of an outline that eval/paraphrases.yaml rewords (the sample's and eval/heldout's) also comes
reworded twice as an outline writer might, with its original's labels and gold, in its original's fold: the
"<set> paraphrased" figures say how the decision holds when an outline does not reuse the contributors' words
(eval/heldout2's outline is such a rewording by itself). The models learn from the questions as written only,
unless ``--train-paraphrases``; ``--no-paraphrases`` leaves the rewordings out. "pooled" is over the written
questions.

``--workspace DIR`` is the sample's workspace (as before); ``--workspace-dir DIR`` holds one workspace per set
(DIR/sample, DIR/heldout, ...: one per set), ingested on first use; without either, sets are ingested into
temporary ones.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# the labelled sets, and how their label lines are read, are defined in eval/labelled_sets.py
# the figures reported, here for the scripts and tests that read them as calibrate_answers' own
from eval.answer_figures import answerable_of, auroc, figures, per_set  # noqa: E402, F401
from eval.labelled_sets import PARAPHRASES, SETS, LabelledSet, label_finder, load_paraphrases  # noqa: E402

FOLDS = 5
# The gap threshold makes the most unanswerable training questions gaps while at most this share of the answerable
# ones are. Measured on whole sets the models never saw (eighteen labelled sets dealt into six parts, with the
# learned closeness; eval/learned_closeness.py --parts 6 --max-wrong-gaps 0.05,0.1,0.15,0.2, BENCHMARKS.md 69),
# unanswerable made gaps / answerable made gaps as written, then reworded: 0.05 -> 0.719 / 0.054, 0.404 / 0.089;
# 0.10 -> 0.823 / 0.069, 0.489 / 0.109; 0.15 -> 0.875 / 0.110, 0.584 / 0.164; 0.20 -> 0.922 / 0.145, 0.708 /
# 0.253; the model stored before it 0.885 / 0.148, 0.511 / 0.138. Precision first: 0.15 answers about as few
# unanswerable questions as written as that model, fewer reworded, and wrongly makes fewer answerable ones gaps.
MAX_WRONG_GAPS = 0.15
# The question model learns from ~40 questions at a time: a stronger pull of its weights towards zero than
# the sentence model's (which has ~380 labelled sentences) kept held-out wrong gaps lower at the same gap
# recall (l2 1 / 5 / 20 / 50 over five splits: see BENCHMARKS.md section 18).
QUESTION_L2 = 20.0
# Whether the models also learn from the reworded questions (eval/paraphrases.yaml), not only report on them.
# Off: fitted on rewordings too, the weights leaned less on shared words, and no threshold then kept questions
# that only share a topic with the corpus gaps ("How should assessment be adapted for learners with
# disabilities?") while answering reworded ones (five folds, BENCHMARKS.md section 22).
TRAIN_ON_REWORDINGS = False
# Whether the model reads the learned closeness of question and sentence (pipeline/drafting/drafters/closeness.py) as
# a tenth feature. Its training column comes from weights fitted without the item's part of the data: whole sets
# in CLOSENESS_FOLDS parts (eval/learned_closeness.py measured it so, BENCHMARKS.md 63).
LEARNED_CLOSENESS = True
CLOSENESS_FOLDS = 4


def open_workspace(labelled: LabelledSet, root: Path) -> Any:
    """The workspace at ``root`` holding ``labelled``'s corpus, ingested (with its metadata sheet) if empty."""
    from pipeline.settings import Settings
    from pipeline.workspace import Workspace

    ws = Workspace(Settings(workspace=root))
    if not ws.sources():
        ws.ingest_paths([labelled.corpus])
    return ws


def _variants(section: Any, paraphrases: dict[str, list[str]]) -> list[tuple[str, Any, dict[str, str]]]:
    """The section as written, then once per paraphrase round with every question reworded (its rivals are
    reworded too, as a whole outline written by someone else would be): (name suffix, section, new -> original,
    round: 0 as written, 1 the first rewording, 2 the second)."""
    out = [("", section, {q: q for q in section.questions}, 0)]
    rounds = min((len(paraphrases.get(q, ())) for q in section.questions), default=0)
    for k in range(rounds):
        asked = tuple(paraphrases[q][k] for q in section.questions)
        reworded = dict(zip(asked, section.questions, strict=True))
        out.append((" paraphrased", section.model_copy(update={"questions": asked}), reworded, k + 1))
    return out


def collect(labelled: LabelledSet, workspace: Path | None = None, paraphrased: bool = True) -> list[dict[str, Any]]:
    """Per question of ``labelled``'s outline: feature rows, texts and files of all its candidates, the labels
    of the labelled ones (-1: none), and whether its gold calls it answerable.

    With ``paraphrased``, each question also comes reworded as an outline writer might (eval/paraphrases.yaml),
    with the original's labels and gold: the model then learns from questions that do not reuse the
    contributors' words. A paraphrase is in its original's ``group``, so folds never split them."""
    from pipeline.drafting.drafters.answering import features
    from pipeline.drafting.drafters.candidates import candidates
    from pipeline.drafting.evidence import EvidenceSettings, gather_evidence
    from pipeline.drafting.outline import load_outline

    find = label_finder(labelled.load_labels())
    unanswerable = labelled.unanswerable()
    paraphrases = load_paraphrases(labelled.outline) if paraphrased else {}
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(labelled, workspace or Path(tmp) / "ws")
        embedder = ws.index.embedder
        for written in load_outline(labelled.outline).sections:
            for suffix, section, original, rewording in _variants(written, paraphrases):
                # every question keeps its passages here: the model, not the evidence step, decides
                settings = EvidenceSettings(min_similarity=-1, max_unseen=2)
                evidence = gather_evidence(ws.searcher, section, settings=settings)
                cands = candidates(evidence.evidence)
                vectors = embedder.embed([c.text for c in cands])
                asked = embedder.embed(list(section.questions))
                for k, question in enumerate(section.questions):
                    qv, tv = embedder.embed([question, f"{section.title}. {question}"])
                    rivals = np.delete(asked, k, axis=0)
                    rows = features(question, qv, tv, cands, vectors, [e.text for e in evidence.evidence], rivals)
                    marks = [find(original[question], c.text) for c in cands]
                    y = np.array([-1 if m is None else int(m == "answers") for m in marks])
                    out.append(
                        {
                            "set": labelled.name + suffix,
                            "base": labelled.name,
                            "group": f"{labelled.name}: {original[question]}",
                            "rewording": rewording,
                            "outline": f"{labelled.name}#{rewording}",
                            "question": question,
                            "answerable": original[question] not in unanswerable,
                            "rows": rows,
                            "y": y,
                            "texts": [c.text for c in cands],
                            "files": [c.evidence.file for c in cands],
                            # for the learned closeness: the question's vector and its candidates' (shared)
                            "qvec": qv,
                            "vectors": vectors,
                            "embedding": getattr(embedder, "identity", None),
                        }
                    )
        ws.store.close()
    return out


def _products(item: dict[str, Any]) -> np.ndarray:
    """The element-wise products of the item's question vector and each candidate's (the learned closeness's
    input)."""
    return np.asarray(item["vectors"]) * np.asarray(item["qvec"])


def _fit_closeness(items: list[dict[str, Any]]) -> Any:
    """The learned closeness fitted on the labelled candidates of ``items``."""
    from pipeline.drafting.drafters.closeness import fit_closeness

    products = np.vstack([_products(d)[d["y"] >= 0] for d in items if len(d["y"])])
    labels = np.concatenate([d["y"][d["y"] >= 0] for d in items])
    return fit_closeness(products, labels, items[0].get("embedding") or "")


def _with_column(item: dict[str, Any], column: np.ndarray) -> dict[str, Any]:
    return {**item, "rows": np.hstack([item["rows"], column[:, None]])}


def with_closeness(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``items`` with the learned closeness as a tenth feature column, each item's from weights fitted without
    its part: whole sets in CLOSENESS_FOLDS parts when there are that many, else whole questions in FOLDS (so the
    models fitted on these rows learn how far the closeness carries to material it never saw)."""
    bases = list(dict.fromkeys(_base(d) for d in items))
    if len(bases) >= CLOSENESS_FOLDS:
        part = {b: k % CLOSENESS_FOLDS for k, b in enumerate(bases)}
        fold_of = [part[_base(d)] for d in items]
    else:
        fold_of = folds(items)
    out: list[dict[str, Any]] = list(items)
    for fold in sorted(set(fold_of)):
        closeness = _fit_closeness([d for d, f in zip(items, fold_of, strict=True) if f != fold])
        for i, d in enumerate(items):
            if fold_of[i] == fold:
                out[i] = _with_column(d, closeness.score(d["qvec"], np.asarray(d["vectors"])))
    return out


def rows_for(model: Any, item: dict[str, Any]) -> np.ndarray:
    """The feature rows ``model`` reads for ``item``: the nine, and its learned closeness when it has one."""
    if getattr(model, "closeness", None) is None:
        return item["rows"]
    return model.extend(item["rows"], item["qvec"], np.asarray(item["vectors"]))


def _fit_sentences(items: list[dict[str, Any]]) -> Any:
    """The sentence model fitted on the labelled candidates of ``items``."""
    from pipeline.drafting.drafters.answering import fit

    rows = np.vstack([d["rows"][d["y"] >= 0] for d in items])
    return fit(rows, np.concatenate([d["y"][d["y"] >= 0] for d in items]))


def folds(items: list[dict[str, Any]]) -> list[int]:
    """Each item's fold: whole question groups (a question and its paraphrases) dealt in order of appearance."""
    groups = {g: k % FOLDS for k, g in enumerate(dict.fromkeys(d.get("group", d["question"]) for d in items))}
    return [groups[d.get("group", d["question"])] for d in items]


def out_of_fold(items: list[dict[str, Any]]) -> list[np.ndarray]:
    """Each item's sentence scores from a model that never saw its question nor a rewording of it."""
    probs: list[np.ndarray] = [np.zeros(0)] * len(items)
    fold_of = folds(items)
    for fold in range(FOLDS):
        model = _fit_sentences([d for i, d in enumerate(items) if fold_of[i] != fold])
        for i, d in enumerate(items):
            if fold_of[i] == fold:
                probs[i] = model.probability(d["rows"])
    return probs


def pick_gap_threshold(scores: np.ndarray, answerable: np.ndarray) -> float:
    """The question-score threshold (gap below it) making the most unanswerable questions gaps while at most
    MAX_WRONG_GAPS of the answerable ones are; half-way between neighbouring scores, so it is not on one."""
    values = np.unique(scores)
    cuts = [values[0] - 1e-6] + [float((a + b) / 2) for a, b in zip(values[:-1], values[1:], strict=True)]
    best, best_recall = cuts[0], -1.0
    for t in cuts:
        gaps = scores < t
        wrong = (gaps & answerable).sum() / max(answerable.sum(), 1)
        recall = (gaps & ~answerable).sum() / max((~answerable).sum(), 1)
        if wrong <= MAX_WRONG_GAPS and recall > best_recall:
            best, best_recall = t, recall
    return float(best)


def fit_question_model(items: list[dict[str, Any]], probs: list[np.ndarray]) -> Any:
    """The question-level model on held-out sentence scores, with its threshold for gaps."""
    from dataclasses import replace

    from pipeline.drafting.drafters.answering import fit, question_features

    answerable = answerable_of(items)
    rows = np.vstack([question_features(d["rows"], p) for d, p in zip(items, probs, strict=True)])
    model = fit(rows, answerable.astype(float), l2=QUESTION_L2)
    # the reference for lifting an outline worded unlike the contributions: the median question log-odds of
    # the training outlines as written, averaged
    log_odds = model.log_odds(rows)
    by_outline: dict[str, list[float]] = {}
    for d, value in zip(items, log_odds, strict=True):
        if not d.get("rewording"):
            by_outline.setdefault(_outline(d), []).append(float(value))
    reference = float(np.mean([np.median(v) for v in by_outline.values()])) if by_outline else None
    return replace(model, threshold=pick_gap_threshold(model.probability(rows), answerable), center=reference)


def _outline(item: dict[str, Any]) -> str:
    return item.get("outline", item["set"])


def lifts_for(model: Any, items: list[dict[str, Any]]) -> dict[str, float]:
    """Each outline's lift under ``model``: what the drafter computes over a whole outline before deciding any
    of its questions (it needs no labels)."""
    by_outline: dict[str, list[float]] = {}
    for d in items:
        rows = rows_for(model, d)
        by_outline.setdefault(_outline(d), []).append(model.question_log_odds(rows, model.probability(rows)))
    return {name: model.outline_lift(values) for name, values in by_outline.items()}


def fit_model(items: list[dict[str, Any]]) -> Any:
    """The sentence model with its question-level model, both fitted on ``items`` only.

    The sentence threshold only admits sentences beyond the best one of an answered question: left at the
    logistic's even odds (more likely an answer than not), not tuned."""
    from dataclasses import replace

    if not TRAIN_ON_REWORDINGS:  # reworded questions are scored, never learnt from
        items = [d for d in items if not d.get("rewording")]
    if not LEARNED_CLOSENESS:
        return replace(_fit_sentences(items), question=fit_question_model(items, out_of_fold(items)))
    ten = with_closeness(items)
    model = replace(_fit_sentences(ten), question=fit_question_model(ten, out_of_fold(ten)))
    return replace(model, closeness=_fit_closeness(items))


def predict(model: Any, item: dict[str, Any], lifts: dict[str, float] | None = None) -> dict[str, Any]:
    """What ``model`` makes of one question: its sentence scores, question score, gap, and the kept labels
    (``lifts``: each outline's, from :func:`lifts_for`)."""
    from pipeline.drafting.drafters.answer_type import answers_type

    rows = rows_for(model, item)
    p = model.probability(rows)
    lift = (lifts or {}).get(_outline(item), 0.0)
    keep = model.kept(p) if model.answered(rows, p, lift) else np.zeros(len(p), dtype=bool)
    # as the drafter does: a sentence without a value of the kind the question asks for is never kept
    keep &= np.array([answers_type(item["question"], t) for t in item["texts"]], dtype=bool)
    score = model.question_score(rows, p, lift)
    return {"probs": p, "score": float(score), "gap": not keep.any(), "kept": item["y"][keep & (item["y"] >= 0)]}


def cross_validate(data: list[dict[str, Any]]) -> dict[str, Any]:
    """Held-out-question figures, per set and pooled: FOLDS folds of whole questions over all sets, each fold's
    models (sentence and question level, gap threshold included) fitted on the other folds only."""
    preds: list[dict[str, Any]] = [{}] * len(data)
    fold_of = folds(data)
    for fold in range(FOLDS):
        model = fit_model([d for i, d in enumerate(data) if fold_of[i] != fold])
        lifts = lifts_for(model, data)
        for i, d in enumerate(data):
            if fold_of[i] == fold:
                preds[i] = predict(model, d, lifts)
    return per_set(data, preds)


def across_sets(data: list[dict[str, Any]]) -> dict[str, Any]:
    """Fitted on all questions of one set, figures on each other set: ``{"train -> test": figures}``."""
    names = list(dict.fromkeys(_base(d) for d in data))
    out = {}
    for train in names:
        model = fit_model([d for d in data if _base(d) == train])
        for test in names:
            if test != train:
                items = [d for d in data if _base(d) == test]
                lifts = lifts_for(model, items)
                for name, fig in per_set(items, [predict(model, d, lifts) for d in items]).items():
                    out[f"{train} -> {name}"] = fig
    return out


def leave_one_set_out(data: list[dict[str, Any]]) -> dict[str, Any]:
    """Fitted on every set but one, figures on the one left out, each set in turn:
    ``{"train+train -> test": figures}``. With three sets or more this is the honest figure of how the model
    carries to a corpus, outline and writers it never saw, with as much training data as the others give."""
    names = list(dict.fromkeys(_base(d) for d in data))
    out: dict[str, Any] = {}
    if len(names) < 2:
        return out
    for test in names:
        train = [n for n in names if n != test]
        model = fit_model([d for d in data if _base(d) in train])
        items = [d for d in data if _base(d) == test]
        lifts = lifts_for(model, items)
        for name, fig in per_set(items, [predict(model, d, lifts) for d in items]).items():
            out[f"{'+'.join(sorted(train))} -> {name}"] = fig  # sorted: the same key whatever --seed shuffles
    return out


def _base(item: dict[str, Any]) -> str:
    return item.get("base", item["set"])


def stored(data: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of the model in answer_weights.json (in-sample on the sets it was fitted on)."""
    from pipeline.drafting.drafters.answering import load_model

    try:
        model = load_model(embedding=data[0].get("embedding") if data else None)
    except (ValueError, TypeError) as err:  # fitted on other features, or stored in an older form
        print(f"stored model not scored: {err}", file=sys.stderr)
        return {}
    lifts = lifts_for(model, data)
    return per_set(data, [predict(model, d, lifts) for d in data])


def workspace_for(labelled: LabelledSet, args: argparse.Namespace) -> Path | None:
    """The workspace a set is read from: ``--workspace`` for the sample, DIR/<set> under ``--workspace-dir``."""
    if labelled.name == "sample" and args.workspace is not None:
        return args.workspace
    if args.workspace_dir is not None:
        return args.workspace_dir / labelled.name
    return None


def main(argv: list[str] | None = None) -> int:
    """Command line: cross-validated and across-set figures, and with ``--write`` the stored model."""
    from pipeline.drafting.drafters.answering import WEIGHTS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(s.name for s in SETS), help="labelled sets, comma-separated")
    parser.add_argument("--workspace", type=Path, default=None, help="the sample set's workspace")
    parser.add_argument("--workspace-dir", type=Path, default=None, help="one workspace per set: DIR/<set>")
    parser.add_argument("--write", action="store_true", help=f"store the model fitted on all sets in {WEIGHTS.name}")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-paraphrases", action="store_true", help=f"leave out the reworded questions of {PARAPHRASES.name}"
    )
    parser.add_argument(
        "--train-paraphrases", action="store_true", help="let the models learn from the reworded questions too"
    )
    parser.add_argument(
        "--no-closeness", action="store_true", help="fit the nine features only, without the learned closeness"
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="shuffle the questions before they are dealt into folds (another split)"
    )
    parser.add_argument(
        "--stored-only", action="store_true", help="score only the stored model: no fit, no refit leaving sets out"
    )
    args = parser.parse_args(argv)
    if args.stored_only and args.write:
        parser.error("--stored-only fits nothing, so there is nothing to --write")
    global TRAIN_ON_REWORDINGS, LEARNED_CLOSENESS
    TRAIN_ON_REWORDINGS = args.train_paraphrases
    LEARNED_CLOSENESS = not args.no_closeness
    known = {s.name: s for s in SETS}
    wanted = [n.strip() for n in args.sets.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in known]
    if unknown or not wanted:
        parser.error(f"--sets: unknown set {', '.join(unknown) or '(none)'}; known: {', '.join(known)}")
    unlabelled = [str(known[n].labels) for n in wanted if not known[n].labels.exists()]
    if unlabelled:
        parser.error(f"no label file: {', '.join(unlabelled)} (eval/list_candidates.py lists lines to label)")
    data = [d for n in wanted for d in collect(known[n], workspace_for(known[n], args), not args.no_paraphrases)]
    if args.seed is not None:  # folds go by position: a shuffle shows how much the figures owe to one split
        data = [data[i] for i in np.random.default_rng(args.seed).permutation(len(data))]
    if args.stored_only:  # the figures of the weights the drafter loads, without the fits that take the most time
        report = {"sets": wanted, "stored_model": stored(data)}
    else:
        report = {"sets": wanted, "cross_validation": cross_validate(data), "across_sets": across_sets(data)}
        report["leave_one_set_out"] = leave_one_set_out(data)
        report["stored_model"] = stored(data)
    if args.write:
        stored_json = fit_model(data).as_json()
        if LEARNED_CLOSENESS:  # for a workspace embedded otherwise: the same fit without the learned closeness
            LEARNED_CLOSENESS = False
            stored_json["without_closeness"] = fit_model(data).as_json()
            LEARNED_CLOSENESS = True
        cv = report["cross_validation"]
        overall = cv.get("pooled", cv[wanted[0]])
        # the keys the stored calibration has always had (tests read them), over all sets, then per set
        stored_json["calibration"] = {
            "sets": wanted,
            **{k: overall[k] for k in ("questions", "labelled", "answers")},
            "auroc_cv": overall["sentence_auroc"],
            "question_level": overall,
            "per_set": {name: fig for name, fig in cv.items() if name != "pooled"},
            # every pair of sets: the figures without their gap lists (380 pairs on twenty sets; --json prints them)
            "across_sets": {
                pair: {k: v for k, v in fig.items() if k != "gaps"} for pair, fig in report["across_sets"].items()
            },
            "leave_one_set_out": report["leave_one_set_out"],
        }
        WEIGHTS.write_text(json.dumps(stored_json, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for part in ("cross_validation", "across_sets", "leave_one_set_out", "stored_model"):
            for name, fig in report.get(part, {}).items():
                print(json.dumps({"report": part, "set": name, **{k: v for k, v in fig.items() if k != "gaps"}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
