"""The labelled question x sentence sets that calibrate the answer/abstain model, and how their labels are read.

A labelled set is a corpus, an outline, a gold file telling its answerable questions from its unanswerable ones,
and labels marking sentences of the corpus as answering a guiding question (``answers``), on its topic without
answering it (``on_topic``), or off topic (``off_topic``). eval/calibrate_answers.py fits and measures the model
on them; eval/list_candidates.py lists the lines to label.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.eval_drafting import GOLD, LABELS, OUTLINE, norm  # noqa: E402

EVAL = ROOT / "eval"
PARAPHRASES = EVAL / "paraphrases.yaml"


@dataclass(frozen=True)
class LabelledSet:
    """One labelled set: a corpus, its outline, its question x sentence labels and its gold."""

    name: str
    corpus: Path
    outline: Path
    labels: Path
    gold: Path

    def load_labels(self) -> list[dict[str, str]]:
        """The label lines of this set (none while its label file is not written yet)."""
        if not self.labels.exists():
            return []
        lines = self.labels.read_text(encoding="utf-8").splitlines()
        return [json.loads(x) for x in lines if x.strip()]

    def unanswerable(self) -> set[str]:
        """The questions of this set's gold that no contribution answers."""
        return set(yaml.safe_load(self.gold.read_text(encoding="utf-8"))["questions"]["unanswerable"])


# the outline files a set folder may hold, the first one present wins (as eval/heldout/run.py reads them: a
# plain-text or table outline is read by the drafter's own loader too; eval/heldout/run.py reads this list)
OUTLINE_NAMES = (
    "outline.yaml",
    "outline.md",
    "outline.docx",
    "outline.odt",
    "outline.txt",
    "outline.xlsx",
    "outline.ods",
    "outline.csv",
    "outline.tsv",
    "outline.html",
    "outline.rtf",
    "outline.json",
    "outline.pdf",
    "outline.eml",
    "outline.pptx",
    "outline.odp",
)


def folder_set(name: str, folder: Path) -> LabelledSet:
    """A labelled set laid out as the evaluation folders are: ``corpus/``, an outline (the first of
    ``OUTLINE_NAMES`` present: YAML, Markdown, Word, plain text or a table, written as people write outlines),
    ``drafting_labels.jsonl`` and ``drafting_gold.yaml`` inside ``folder``."""
    outline = next((folder / n for n in OUTLINE_NAMES if (folder / n).is_file()), folder / OUTLINE_NAMES[0])
    labels, gold = folder / "drafting_labels.jsonl", folder / "drafting_gold.yaml"
    return LabelledSet(name, folder / "corpus", outline, labels, gold)


# The sample corpus, then the development sets in the order they were written. eval/heldout3/ to heldout33/
# were each run once as held out (heldout6 and heldout7 at 3e32d50, heldout8 and heldout9 at eec5089, heldout10
# and heldout11 at cb447e4, heldout12 and heldout13 at aff8823, heldout14 and heldout15 at 85faa64, heldout16 and
# heldout17 at ae0554d, heldout18 and heldout19 at aef6d7b, heldout20 and heldout21 at afefcb2, heldout22 and
# heldout23 at a739daf, heldout24 and heldout25 at 41f8e4e, heldout26 and heldout27 at 4023165, heldout28 and
# heldout29 at 58174b5, heldout30 and heldout31 at 1dd1980, heldout32 and heldout33 at 86b0e73) and are
# development sets now; a set written to be held out and not yet run never belongs here: a calibration that read it
# would leave nothing held out.
SETS = (
    LabelledSet("sample", ROOT / "corpus", OUTLINE, LABELS, GOLD),
    folder_set("heldout", EVAL / "heldout"),
    folder_set("heldout2", EVAL / "heldout2"),
    folder_set("heldout3", EVAL / "heldout3"),
    folder_set("heldout4", EVAL / "heldout4"),
    folder_set("heldout5", EVAL / "heldout5"),
    folder_set("heldout6", EVAL / "heldout6"),
    folder_set("heldout7", EVAL / "heldout7"),
    folder_set("heldout8", EVAL / "heldout8"),
    folder_set("heldout9", EVAL / "heldout9"),
    folder_set("heldout10", EVAL / "heldout10"),
    folder_set("heldout11", EVAL / "heldout11"),
    folder_set("heldout12", EVAL / "heldout12"),
    folder_set("heldout13", EVAL / "heldout13"),
    folder_set("heldout14", EVAL / "heldout14"),
    folder_set("heldout15", EVAL / "heldout15"),
    folder_set("heldout16", EVAL / "heldout16"),
    folder_set("heldout17", EVAL / "heldout17"),
    folder_set("heldout18", EVAL / "heldout18"),
    folder_set("heldout19", EVAL / "heldout19"),
    folder_set("heldout20", EVAL / "heldout20"),
    folder_set("heldout21", EVAL / "heldout21"),
    folder_set("heldout22", EVAL / "heldout22"),
    folder_set("heldout23", EVAL / "heldout23"),
    folder_set("heldout24", EVAL / "heldout24"),
    folder_set("heldout25", EVAL / "heldout25"),
    folder_set("heldout26", EVAL / "heldout26"),
    folder_set("heldout27", EVAL / "heldout27"),
    folder_set("heldout28", EVAL / "heldout28"),
    folder_set("heldout29", EVAL / "heldout29"),
    folder_set("heldout30", EVAL / "heldout30"),
    folder_set("heldout31", EVAL / "heldout31"),
    folder_set("heldout32", EVAL / "heldout32"),
    folder_set("heldout33", EVAL / "heldout33"),
)


def label_finder(rows: list[dict[str, str]]) -> Any:
    """A lookup ``(question, candidate text) -> label or None`` over label lines.

    A label holds for its sentence word for word, and for the same sentence once the drafter has cut its
    opener ("In our view, the guidelines should ..." labels "the guidelines should ..."): a label written before
    the cut, or from the contribution's text, still says whether that claim answers the question."""
    exact = {(r["question"], norm(r["text"])): r["label"] for r in rows}
    by_question: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        by_question.setdefault(r["question"], []).append((norm(r["text"]), r["label"]))

    def find(question: str, text: str) -> str | None:
        key = norm(text)
        if (question, key) in exact:
            return exact[(question, key)]
        cut = [label for full, label in by_question.get(question, ()) if full.endswith(" " + key)]
        return cut[0] if len(set(cut)) == 1 else None  # two labels disagreeing on the cut sentence: none

    return find


def load_paraphrases(outline: Path) -> dict[str, list[str]]:
    """The paraphrases written for ``outline``'s questions in eval/paraphrases.yaml (question -> rewordings)."""
    if not PARAPHRASES.exists():
        return {}
    for entry in yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))["sets"]:
        if (ROOT / entry["outline"]).resolve() == outline.resolve():
            return {q: list(p) for q, p in entry["questions"].items()}
    return {}
