"""The line grammar shared by Markdown, plain-text and Word outlines: list items, labels and field lines.

Outline writers mark the parts of a section in words rather than in syntax: "Audience: providers",
"Target audience - national authorities", "For: assessors", "Guiding questions:", "Background:". A label
changes what the lines after it are (questions, or purpose text), never invents a question out of purpose text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.drafting.outline_data import audience_for

# A list item: bullets, "1." / "1)" / "(1)", "1.1" / "2.3.1", "a)" / "(a)" / "iv.", "Q1." / "Q 2:" / "Question 3:".
_ITEM = re.compile(
    r"^(?P<indent>\s*)(?:[-*+\u2022\u2023\u25e6\u2043\u2013]|\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+[.)]?|"
    r"\(\d{1,3}\)|\(?[a-z][.)]|\(?[ivx]{1,4}[.)]|(?:q|question)\s?\d{1,3}[.):]?)\s+(?P<text>\S.*)$",
    re.I,
)
# Letters and roman numerals are items only in lower case ("A." opens a section, "I think" is a sentence).
_UPPER_MARKER = re.compile(r"^\s*\(?(?:[A-Z]|[IVX]{1,4})[.)]\s")
# A heading's own numbering, left out when its words are read ("Part A. System level" names an audience).
_NUMBERING = re.compile(
    r"^(?:(?:section|part|chapter|theme|topic|area|module|pillar)\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\b"
    r"\s*[:.)\-\u2013\u2014]?\s*|\d{1,3}[.):\-\u2013\u2014]\s+|\d{1,3}(?:\.\d{1,3})+[.):]?\s+|[A-Z](?:\.\d{1,3})+[.):]?\s+|[IVX]{1,5}[.)]\s+|"
    r"[A-Z][.)]\s+)",
    re.I,
)
_FIELD_KEYS = {
    "audience": "audience audiences target-audience target-audiences intended-audience target-group target-groups "
    "addressed-to for level target",
    "id": "id section-id",
    "purpose": "purpose aim aims objective objectives",
    "context": "scope background context rationale description",  # more purpose text, after what was written
}
_WEAK_KEYS = frozenset({"for", "level", "target"})  # an audience only when what follows names one
_FIELD_OF = {key.replace("-", " "): field for field, keys in _FIELD_KEYS.items() for key in keys.split()}
# "Audience: x", "**Target audience** - x", "- For: x"; a dash separates only when spaced ("Target audience - x").
_FIELD = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]*(?P<key>[a-z][a-z ]{0,20}?)[*_]*\s*(?::|\s[-\u2013\u2014]\s)"
    r"[*_]*\s*(?P<value>.*?)\s*[*_]*$",
    re.I,
)
_QUESTION_WORDS = r"(?:guiding|key|main|leading|core|central|specific|consultation|policy|sub|open|the|our|some|these)"
# "Guiding questions", "Key questions:", "Questions for consultation:", "Guiding questions: What ...?"
_QUESTIONS_LABEL = re.compile(rf"^(?:{_QUESTION_WORDS}\s+){{0,2}}questions?\s*(?::\s*(?P<rest>.*))?$", re.I)
_LABEL_END = re.compile(r"\bquestions?\b[^?]*:$", re.I)  # "Please consider the following questions:"


@dataclass(frozen=True)
class Field:
    """A labelled line: ``name`` is audience, id, purpose or context (more purpose text); ``value`` may be empty
    (a label over the lines that follow)."""

    name: str
    value: str


_REMARK = re.compile(r"\?\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")  # "... ask for? (max. 300 words)"


def asks(text: str) -> bool:
    """Whether a line asks a question: it ends in "?", or in "?" and a remark in brackets."""
    text = text.rstrip()
    return text.endswith("?") or bool(_REMARK.search(text))


# How a guiding question written without "?" opens: a question word, or an instruction to the contributor.
_INSTRUCTIONS = frozenset(
    "describe explain list outline identify provide give share indicate specify summarise summarize tell discuss "
    "assess compare consider propose suggest please name state illustrate elaborate clarify present define "
    "evaluate analyse analyze recommend reflect demonstrate justify highlight examine determine".split()
)
# instructions of two words whose first alone is no verb's sure sign ("Set out ...", not "Set of criteria")
_INSTRUCTION_PAIRS = re.compile(r"^(?:set out|set down|spell out|point out|lay out|map out|sum up)\b")
_OPENINGS = _INSTRUCTIONS | frozenset(
    "what which who whom whose when where why how whether is are was were can could should would will shall do "
    "does did has have had may might must".split()
)
_OPENING_PAIRS = re.compile(r"^(?:to|in|for|by|on|under|at|from|with|of|if) (?:what|which|whom|who|how)\b")


def asks_or_instructs(text: str) -> bool:
    """Whether a line reads as a guiding question even without "?": it asks, opens with a question word
    ("How long may a decision take") or instructs ("Describe how ..."). A noun phrase ("means of engaging
    stakeholders") does neither: it is a point of the purpose, not a question."""
    if asks(text):
        return True
    plain = " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
    first = plain.split(" ", 1)[0] if plain else ""
    return first in _OPENINGS or bool(_OPENING_PAIRS.match(plain) or _INSTRUCTION_PAIRS.match(plain))


_NOTE = re.compile(r"^(?:\(.*\)|\[.*\]|(?:notes?|nb|n\.b\.|tbc|tbd|to be (?:confirmed|completed|decided))\b.*)$", re.I)


def is_note(text: str) -> bool:
    """A remark to the reader, never a question: wholly in brackets, or opening with "Note", "NB", "TBC"."""
    return bool(_NOTE.match(text.strip())) and not asks(text)


# A remark in brackets at the end of a line ("(see the 2023 survey)", "[optional]"), a stop after it allowed.
_TRAILING_REMARK = re.compile(r"\s*(?:\((?P<round>[^()]*)\)|\[(?P<square>[^\[\]]*)\])\s*[.;]?\s*$")
# A remark in round brackets that speaks to the respondent rather than asking: a reference, a length, whether to
# answer, the writer's own mark ("(e.g. vouchers, tax credits)", "(sources, amounts)", "(new ways of learning)"
# say what the question is about, and stay).
_NOTE_REMARK = re.compile(
    r"(?:see|cf|compare|refer(?: to)?|ref)\b.*|sources?\s*:.*|note\b.*"
    r"|(?:max|maximum|min|minimum|up to|approx|approximately|about|around|ca)\.?\s*(?:\d|one\b|two\b|half\b|a page\b).*"
    r"|\d+\s*(?:words?|pages?|characters?|lines?|minutes?)\b.*"
    r"|(?:optional|mandatory|compulsory|required|voluntary|new|added|draft|tbc|tbd|nb|n\.b)"
    r"(?:\s+(?:question|item|(?:for|in|since|from)\b.*|\d.*))?"
    r"|to be (?:confirmed|completed|decided|discussed|agreed|added|updated|checked)\b.*"
    r"|(?:if|where) (?:applicable|relevant|any|possible|available)\b.*",
    re.I,
)


def without_note(text: str) -> str:
    """A question without the note its writer put after it, which the outline has no place for (a footnote in a
    Word or .odt outline is left out the same way): after "?" any remark in brackets ("...? (max. 300 words)");
    without "?", a remark in square brackets ("... [optional]") or one in round brackets that opens as a note
    does: a reference, a length, whether to answer ("... (see the 2023 survey)"). A remark that is the whole line
    is kept: it is no question's note."""
    kept = text.rstrip()
    while (match := _TRAILING_REMARK.search(kept)) is not None:
        before = kept[: match.start()].rstrip()
        remark = match.group("round") if match.group("round") is not None else match.group("square")
        if not before or not (
            before.endswith("?") or match.group("square") is not None or _NOTE_REMARK.fullmatch(remark.strip(" ."))
        ):
            break
        kept = before
    return kept


def instructs(text: str) -> bool:
    """Whether a line is an instruction to the contributor ("Describe how ...", "Please explain ..."). A lone word
    is none: "Name:" or "Address:" on a form is a field to fill in, not an instruction ("Name the body ...").
    """
    plain = re.sub(r"[^\w\s]", " ", text.casefold()).split()
    if len(plain) < 2:
        return False
    return plain[0] in _INSTRUCTIONS or bool(_INSTRUCTION_PAIRS.match(" ".join(plain[:2])))


# An instruction about answering rather than about the matter: "Please answer the questions below", "Please note
# that answers are published", "Send your reply by 3 May", "Use at most 300 words"
_ABOUT_ANSWERING = re.compile(
    r"\b(?:questions?|answers?|answering|respond\w*|repl(?:y|ies)|submi\w+|send|return|forms?|templates?|deadline"
    r"|words?|pages?|note|consultation)\b",
    re.I,
)


def instructs_on_matter(text: str) -> bool:
    """Whether a line is a guiding question written as an instruction ("Set out the minimum workload ...",
    "Describe how ...", "List the units ..."): it instructs, and not about how to answer."""
    return instructs(text) and not _ABOUT_ANSWERING.search(text) and not is_note(text)


def fold(question: str, details: list[str]) -> list[str]:
    """A question and the points listed under it: one question with the fragments folded in ("Describe ...:
    what they receive; within which deadline"), or the question and each point when every point asks."""
    if not details:
        return [question]
    if all(asks(detail) for detail in details):
        return [question, *details]
    joined = "; ".join(detail.rstrip(".;,") for detail in details)
    if question.endswith("?"):
        return [f"{question[:-1].rstrip()} ({joined})?"]
    return [f"{question.rstrip(':;,. ')}: {joined}"]


def strip_marks(text: str) -> str:
    """Text without emphasis marks around it or inline code ticks."""
    return " ".join(re.sub(r"(\*\*|__|`)", "", text).strip(" *_").split())


def list_item(line: str) -> tuple[int, str] | None:
    """(indent, text) of a list item line, else None; a tab counts as four spaces of indent."""
    if _UPPER_MARKER.match(line):
        return None
    match = _ITEM.match(line.replace("\t", "    "))
    if match is None:
        return None
    text = re.sub(r"^\[[ xX]\]\s+", "", match.group("text"))  # a task-list box: "- [ ] What ...?"
    return len(match.group("indent")), strip_marks(text)


def field_line(line: str) -> Field | None:
    """The field a labelled line sets ("Audience: providers"), or None.

    "For:", "Level:" and "Target:" are an audience only when what follows names one ("For: national
    authorities", not "Level: EQF 5"); a label whose text asks ("Background: what has been done?", "Audience:
    which learners are reached?") is left to be read as a question."""
    match = _FIELD.match(line)
    if match is None:
        return None
    key = " ".join(match.group("key").lower().split())
    name = _FIELD_OF.get(key)
    value = strip_marks(match.group("value"))
    if name is None:
        return None
    if key in _WEAK_KEYS and audience_for(value) not in ("system", "provider"):
        return None
    if asks(value):  # "Audience: which learners are reached?" is a question, not a field
        return None
    return Field(name, value)


def questions_label(line: str) -> tuple[bool, str]:
    """Whether a line announces guiding questions ("Guiding questions:"), and a question written after it."""
    text = strip_marks(line).rstrip()
    match = _QUESTIONS_LABEL.match(text)
    if match:
        return True, (match.group("rest") or "").strip()
    if len(text.split()) <= 12 and _LABEL_END.search(text):
        return True, ""
    return False, ""


def section_title(text: str) -> str:
    """A heading's words without its numbering ("Part A. System level" -> "System level")."""
    stripped = _NUMBERING.sub("", text, count=1).strip()
    return stripped or text
