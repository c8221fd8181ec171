"""Where an answerable question made a gap loses its answer: the stage, per question, with its best answer.

    python eval/gap_stages.py --set NAME --workspace DIR [--answers FILE.jsonl] [--json]

``DIR`` is a workspace the set was drafted in (``eval/heldout/run.py --workspace DIR`` or ``eval_drafting.py``);
nothing is written to it, but the index is opened, so run this on a copy of a shared workspace. For every
answerable question of the set's gold that the stored draft makes a gap, the set's labelled answers
(``drafting_labels.jsonl``, label "answers") are followed through the drafter's stages, in order:

- ``reader``: no passage of the workspace holds the answer's words (the reader lost or mangled them);
- ``retrieval``: a passage holds it, but not one of the section's evidence;
- ``candidates``: the section's evidence holds it, but the drafter's candidate cleaning left it out;
- ``gate``: a candidate, but the question model judges the pool not to answer (p and cosine are given) and its
  first sentences take no position on the asked act (``stated_act``);
- ``rival``: the pool's best sentence fits another question of the outline clearly better;
- ``answer_kind``: every labelled answer is turned away by an answer-kind rule (answer_type, acts, actors);
- ``held_elsewhere``: the answer, or the pool's best sentence, is quoted under another question (the quote-once
  rule), and what is left does not reach the sentence threshold;
- ``threshold``: the pool answers, but the labelled answers stay below the sentence threshold while the best
  sentence is taken or turned away;
- ``unlabelled``: the set has no labelled answer for the question (its best candidate is shown instead).

A set not labelled yet can be followed all the same with ``--answers``: one line ``{"question", "words"}`` per
answer, the words a phrase of the answering sentence (its gold ``words``, say); a candidate holding the phrase is
taken as that question's labelled answer.

The drafter is rebuilt on the workspace's evidence exactly as ``guidelines draft`` builds it (the outline read
first for its lift); the stored draft's gap note and quotations say what the draft did.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.labelled_sets import SETS, label_finder  # noqa: E402
from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE  # noqa: E402

STAGES = (
    "reader",
    "retrieval",
    "candidates",
    "gate",
    "rival",
    "answer_kind",
    "held_elsewhere",
    "threshold",
    "unlabelled",
)


def squeeze(text: str) -> str:
    """Lower case, letters and digits only: a sentence found again whatever the reader did to spaces and quotes."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def holds(passage: str, answer: str) -> bool:
    """Whether ``passage`` holds ``answer``'s words (all of them, or, for a long answer, its first 80 letters)."""
    a, p = squeeze(answer), squeeze(passage)
    return bool(a) and (a in p or (len(a) > 80 and a[:80] in p))


def _quotes(revisions: dict[str, Any]) -> dict[str, str]:
    """Every quoted wording of the draft (squeezed) -> the question whose paragraph holds it."""
    out = {}
    for rev in revisions.values():
        for paragraph in rev.paragraphs:
            for s in paragraph.sentences:
                if s.quote:
                    out[squeeze(s.quote)] = paragraph.theme or ""
    return out


def phrase_finder(rows: list[dict[str, str]], find: Any) -> Any:
    """``find`` (question, text) -> label, also marking as "answers" a text that holds one of the answer phrases
    ``rows`` gives for the question."""
    phrases: dict[str, list[str]] = {}
    for r in rows:
        phrases.setdefault(r["question"], []).append(r["words"])

    def marked(question: str, text: str) -> str | None:
        if any(holds(text, w) for w in phrases.get(question, ())):
            return "answers"
        return find(question, text)

    return marked


def outline_drafter(ws: Any, outline: Any) -> tuple[dict[str, Any], Any]:
    """Each section's evidence as the drafter gathers it from the workspace ``ws`` (pins and exclusions kept), and
    an offline drafter that has read ``outline``: the state in which it scored the stored draft's candidates."""
    from pipeline.drafting.drafters.extractive import ExtractiveDrafter
    from pipeline.drafting.evidence import gather_evidence

    evidence = {
        s.id: gather_evidence(ws.searcher, s, ws.store.pins(s.id), ws.store.exclusions(s.id)) for s in outline.sections
    }
    drafter = ExtractiveDrafter(ws.index.embedder)
    drafter.read_outline([(s, evidence[s.id]) for s in outline.sections])
    return evidence, drafter


def diagnose(name: str, workspace: Path, answers: list[dict[str, str]] | None = None) -> list[dict[str, Any]]:
    """One record per answerable question the stored draft makes a gap: its stage, best answer and figures
    (``answers``: answer phrases for a set with no labels, see ``phrase_finder``)."""
    from pipeline.drafting.drafters.answer_type import answers_type
    from pipeline.drafting.drafters.answering import FEATURES
    from pipeline.settings import Settings
    from pipeline.workspace import Workspace

    labelled = next(s for s in SETS if s.name == name) if name in {s.name for s in SETS} else None
    set_dir = ROOT / "eval" / name
    gold_path = labelled.gold if labelled else set_dir / "drafting_gold.yaml"
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    answerable = set(gold["questions"]["answerable"])
    labels = labelled.load_labels() if labelled and labelled.labels.exists() else []
    find = label_finder(labels)
    if answers:
        labels = labels + [{"question": r["question"], "text": r["words"], "label": "answers"} for r in answers]
        find = phrase_finder(answers, find)
    ws = Workspace(Settings(workspace=workspace))
    try:
        outline = ws.outline()
        revisions = {s.id: ws.store.current(s.id) for s in outline.sections}
        revisions = {k: v for k, v in revisions.items() if v is not None}
        quoted = _quotes(revisions)
        manifest = ws.searcher.index.manifest
        all_texts = [r.text for r in manifest.chunks(manifest.chunk_ids()).values()]
        evidence, drafter = outline_drafter(ws, outline)
        out = []
        for section in outline.sections:
            rev = revisions.get(section.id)
            notes = {g.question: g.note for g in rev.gaps} if rev else {}
            for question in section.questions:
                if question not in notes or question not in answerable:
                    continue
                record = _one(
                    question,
                    notes[question],
                    section,
                    evidence[section.id],
                    drafter,
                    [r["text"] for r in labels if r["question"] == question and r["label"] == "answers"],
                    find,
                    all_texts,
                    quoted,
                    answers_type,
                    FEATURES.index("cos_question"),
                )
                out.append({"set": name, "section": section.id, "question": question, **record})
        return out
    finally:
        ws.store.close()


def _one(question, note, section, evidence, drafter, answers, find, all_texts, quoted, answers_type, cos_col):  # noqa: ANN001, ANN202, PLR0913 - the drafter's state for one question
    cands, vectors, scored = drafter._scored(section, evidence)
    passages = [e.text for e in evidence.evidence]
    base: dict[str, Any] = {"note": note[:160]}
    entry = next(((rows, probs) for q, rows, probs in scored if q == question), None)
    if entry is not None and len(entry[1]):
        rows, probs = entry
        top = int(probs.argmax())
        base.update(
            top_text=cands[top].text,
            top_p=round(float(probs[top]), 3),
            question_p=round(drafter.model.question_score(rows, probs, drafter.lift), 3)
            if drafter.model.question is not None
            else None,
            question_threshold=drafter.model.question.threshold if drafter.model.question is not None else None,
        )
    if not answers:
        return {**base, "stage": "unlabelled", "answer": None}
    # an answer given as a phrase is held when a quotation holds it
    held = next((q for a in answers for k, q in quoted.items() if squeeze(a) and squeeze(a) in k), None)
    marked = [i for i, c in enumerate(cands) if find(question, c.text) == "answers"]
    if not marked:
        if any(holds(p, a) for p in passages for a in answers):
            return {**base, "stage": "candidates", "answer": answers[0]}
        if any(holds(t, a) for t in all_texts for a in answers):
            stage = "held_elsewhere" if held is not None else "retrieval"
            return {**base, "stage": stage, "answer": answers[0], "held_by": held}
        return {**base, "stage": "reader", "answer": answers[0]}
    if entry is None:
        return {**base, "stage": "retrieval", "answer": cands[marked[0]].text, "why": "the evidence made it a gap"}
    rows, probs = entry
    best = max(marked, key=lambda i: probs[i])
    base.update(answer=cands[best].text, p=round(float(probs[best]), 3), cos=round(float(rows[best, cos_col]), 3))
    base["rank"] = int((probs > probs[best]).sum()) + 1
    top = int(probs.argmax())
    # as the drafter does: the model's question score, or the pool's first sentences taking a position on the act
    answered = drafter.model.answered(rows, probs, drafter.lift) or drafter._states_act(question, rows, probs, cands)
    if not answered:
        return {**base, "stage": "gate"}
    if drafter._better_fit(question, vectors[top]) is not None:
        return {**base, "stage": "rival"}
    if note.startswith(ANSWERED_ELSEWHERE):  # the pool's best is quoted under another question, the rest too weak
        return {**base, "stage": "held_elsewhere", "held_by": quoted.get(squeeze(cands[top].text))}
    typed = [i for i in marked if answers_type(question, cands[i].text)]
    if not typed:
        return {**base, "stage": "answer_kind"}
    held = next((quoted[squeeze(cands[i].text)] for i in typed if squeeze(cands[i].text) in quoted), held)
    if held is not None:
        return {**base, "stage": "held_elsewhere", "held_by": held}
    return {**base, "stage": "threshold", "threshold": drafter.model.threshold}


def main(argv: list[str] | None = None) -> int:
    """Command line: the stage of each wrong gap of one set, as a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", required=True, help="sample, heldout, heldout2, ...")
    parser.add_argument("--workspace", type=Path, required=True, help="a drafted workspace of the set (a copy)")
    parser.add_argument("--answers", type=Path, help='answer phrases, one {"question", "words"} a line')
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = (
        [json.loads(x) for x in args.answers.read_text(encoding="utf-8").splitlines() if x.strip()]
        if args.answers
        else None
    )
    records = diagnose(args.set, args.workspace, rows)
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    for r in records:
        figures = f"p={r.get('p')} cos={r.get('cos')} rank={r.get('rank')} q_p={r.get('question_p')}"
        print(f"[{r['stage']}] {r['question']}\n    answer: {r.get('answer')}")
        print(f"    {figures}\n    top: {r.get('top_text')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
