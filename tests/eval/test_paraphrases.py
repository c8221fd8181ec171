"""The paraphrased guiding questions (eval/paraphrases.yaml) that calibrate the answer/abstain model.

A paraphrase is only useful for calibration if it asks the same kind of question in other words: the same
interrogative form (a "how long" question still wants a duration), the same proper names and acronyms, and few
of the original's content words. These tests check that of every paraphrase; whether it asks exactly the same
thing is the authors' judgement, recorded in the file's comment.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pipeline.drafting.outline import load_outline
from pipeline.index.lexical import tokenize

ROOT = Path(__file__).resolve().parents[2]
PARAPHRASES = ROOT / "eval" / "paraphrases.yaml"
# heldout10's and heldout11's since session 12, heldout14's and heldout15's since session 13, heldout16's and
# heldout17's since session 14, heldout18's and heldout19's since session 15, heldout20's and heldout21's since
# session 16, heldout22's and heldout23's since session 17, heldout24's and heldout25's since session 18, heldout26's
# and heldout27's since session 19, heldout28's and heldout29's since session 20, heldout30's and heldout31's since
# session 21, heldout32's and heldout33's since session 22, when they became labelled sets
OUTLINES = (
    "eval/drafting_outline.yaml",
    "eval/heldout/outline.yaml",
    "eval/heldout10/outline.ods",
    "eval/heldout11/outline.docx",
    "eval/heldout14/outline.txt",
    "eval/heldout15/outline.tsv",
    "eval/heldout16/outline.md",
    "eval/heldout17/outline.md",
    "eval/heldout18/outline.odt",
    "eval/heldout19/outline.docx",
    "eval/heldout20/outline.html",
    "eval/heldout21/outline.md",
    "eval/heldout22/outline.docx",
    "eval/heldout23/outline.txt",
    "eval/heldout24/outline.txt",
    "eval/heldout25/outline.xlsx",
    "eval/heldout26/outline.pdf",
    "eval/heldout27/outline.eml",
    "eval/heldout28/outline.pptx",
    "eval/heldout29/outline.html",
    "eval/heldout30/outline.odp",
    "eval/heldout31/outline.pdf",
    "eval/heldout32/outline.docx",
    "eval/heldout33/outline.html",
)

# Interrogative families, each with the wordings that ask for the same kind of answer. Longer wordings are
# tried first at each position, so "how long" is never read as a bare "how" and "which body" is a "who".
FAMILIES: dict[str, tuple[str, ...]] = {
    "how long": ("how long", "for how long", "what period", "what length of time"),
    "how much": ("how much", "what share", "what proportion", "what amount", "what sum", "what price", "what rate"),
    "how many": ("how many", "what number"),
    "how often": ("how often", "how frequently", "at what intervals"),
    "how quickly": ("how quickly", "how fast", "how soon", "within what time"),
    "who": ("who", "whom", "whose", "which body", "which bodies", "which organisation", "which organisations"),
    "where": ("where",),
    "when": ("when", "at what point"),
    "why": ("why",),
    "how": ("how", "in what way", "by what means"),
    "which/what": ("which", "what"),
}
# A yes/no question opens with its auxiliary; "is" and "are" (and "do" and "does") are one form.
POLAR = {"should": "should", "is": "be", "are": "be", "can": "can", "must": "must", "may": "may", "does": "do",
         "do": "do", "will": "will", "would": "would", "could": "could"}  # fmt: skip
_PHRASES = sorted(
    ((tuple(p.split()), family) for family, phrases in FAMILIES.items() for p in phrases), key=lambda x: -len(x[0])
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'’-]*")


def _words(text: str) -> list[str]:
    """The question's words as written, without surrounding punctuation."""
    return [w.rstrip(".'’-") for w in _WORD.findall(text)]


def question_form(question: str) -> str | None:
    """The interrogative family of a question: the first interrogative wording found, or its opening auxiliary."""
    words = [w.lower() for w in _words(question)]
    if words and words[0] in POLAR:
        return "yes/no " + POLAR[words[0]]
    for i in range(len(words)):
        for phrase, family in _PHRASES:
            if tuple(words[i : i + len(phrase)]) == phrase:
                return family
    return None


def names_of(question: str) -> set[str]:
    """Acronyms, capitalised names and numbers the paraphrase must keep (the opening word is not a name)."""
    words = _words(question)
    return {
        w for i, w in enumerate(words) if (w.isupper() and len(w) > 1) or (i > 0 and w[0].isupper()) or w[0].isdigit()
    }


def shared_content(original: str, paraphrase: str) -> tuple[set[str], set[str]]:
    """The original's content words (stemmed, no stopwords) and those of them the paraphrase repeats."""
    content = set(tokenize(original))
    return content, content & set(tokenize(paraphrase))


def problems(original: str, paraphrases: object) -> list[str]:
    """Everything wrong with one question's paraphrases, in words."""
    if not isinstance(paraphrases, list) or len(paraphrases) != 2 or not all(isinstance(p, str) for p in paraphrases):
        return [f"{original!r}: needs exactly two paraphrases, has {paraphrases!r}"]
    found = []
    if paraphrases[0].strip().lower() == paraphrases[1].strip().lower():
        found.append(f"{original!r}: its two paraphrases are the same")
    form, names = question_form(original), names_of(original)
    for para in paraphrases:
        if not para.rstrip().endswith("?"):
            found.append(f"{para!r} does not end with '?'")
        if para.strip().lower() == original.strip().lower():
            found.append(f"{para!r} repeats the original")
        if question_form(para) != form:
            found.append(f"{para!r} asks a {question_form(para)!r} question, the original a {form!r} one")
        missing = names - set(_words(para))
        if missing:
            found.append(f"{para!r} drops {sorted(missing)}")
        content, shared = shared_content(original, para)
        if len(shared) * 2 > len(content):
            found.append(
                f"{para!r} repeats {len(shared)} of the original's {len(content)} content words: {sorted(shared)}"
            )
    return found


def _sets() -> dict[str, dict[str, object]]:
    data = yaml.safe_load(PARAPHRASES.read_text(encoding="utf-8"))
    return {entry["outline"]: entry["questions"] for entry in data["sets"]}


@pytest.mark.unit
def test_the_file_covers_the_outlines_and_nothing_else():
    assert sorted(_sets()) == sorted(OUTLINES)


@pytest.mark.unit
@pytest.mark.parametrize("outline", OUTLINES)
def test_every_question_of_the_outline_and_only_those_is_paraphrased(outline):
    asked = [q for section in load_outline(ROOT / outline).sections for q in section.questions]
    paraphrased = _sets()[outline]
    assert [q for q in asked if q not in paraphrased] == []
    assert [q for q in paraphrased if q not in asked] == []


@pytest.mark.unit
@pytest.mark.parametrize("outline", OUTLINES)
def test_each_paraphrase_keeps_the_form_and_names_in_other_words(outline):
    found = [p for original, paras in _sets()[outline].items() for p in problems(original, paras)]
    assert found == [], "\n".join(found)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("How long should records of assessments be kept?", "how long"),
        ("For what period must providers retain evidence of how learners were examined?", "how long"),
        ("If they stay outside the NQF, how should they be listed?", "how"),
        ("Which body should pay for the register?", "who"),
        ("In which language should courses be taught?", "which/what"),
        ("Is there a minimum size?", "yes/no be"),
        ("Retention period for assessment records and recordings?", None),
    ],
)
def test_question_form_reads_the_interrogative_family(question, form):
    assert question_form(question) == form


@pytest.mark.unit
def test_the_checks_reject_what_a_reader_would_reject():
    original = "How long should providers keep assessment records in the ECTS system?"
    assert problems(original, ["How long should providers keep assessment records in the ECTS system?"]) != []
    bad = problems(
        original,
        [
            "Retention period for ECTS assessment records?",  # nominal, no question form
            "Who should keep records of assessments in ECTS?",  # another form and the same words
        ],
    )
    assert any("asks a None question" in p for p in bad)
    assert any("asks a 'who' question" in p for p in bad)
    assert any("content words" in p for p in bad)
    assert any("drops ['ECTS']" in p for p in problems(original, ["For what period?", "How long, then?"]))
    good = [
        "For what period should institutions retain evidence of examinations in the ECTS system?",
        "For how long should evidence of examinations under ECTS be retained by institutions?",
    ]
    assert problems(original, good) == []
