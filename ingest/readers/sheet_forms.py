"""A survey tool's export (Microsoft Forms, Google Forms and the like): one respondent per row, a question per column.

Read as any table, each respondent's row would be one passage holding every question's wording before its answer
("2. Who should assess ...?: The company where ..."), with the tool's time stamps and "Email: anonymous" in it:
the form's questions would then read as the respondent's words, and the tool's bookkeeping as their input. A sheet
is taken for such an export when its header has the columns the tools write (a response's start and completion
times, or a time stamp) and at least one question (a header ending with "?", or a long one). Then each answer is
a passage of its own: the question as a quoted line (``QUOTE_MARK``: kept to find the passage, never drafted as
the respondent's words, as a PDF form's labels are), the answer under it, and over both the respondent's short
fields that say who they are ("Company: ..."; a long answer under a column that asks nothing, "Comments", is an
answer under its column's name too). The tool's own columns (its response number, the times, and an
e-mail or name column that only says "anonymous") are left out; an answer left empty says nothing and is not read.

Some tools (SurveyMonkey and the like) write two header rows: the question over its sub-options ("Response",
"Other (please specify)", the statements of an agree / disagree grid), the question's cell left empty over its
further sub-options. The second row is the form's wording, never a respondent's row: it is folded into the
header (:func:`sub_header_names`), each column named by its question and, unless it is a bare "Response", its
sub-option.

A sheet per question (a Google Sheets download with one tab per guiding question) puts the question in a title
row over "Timestamp | ... | Answer": the title is the form's wording, quoted, and the "Answer" column answers it
(:func:`titled_header`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ingest.model import QUOTE_MARK, PostRow, RowCell

# the columns a survey tool adds to every response, by the header's words (English, French, German, Spanish)
_TIMES = re.compile(
    r"^(?:start(?:ed)?(?:\s+(?:time|date|at))?|completion\s+(?:time|date)|completed(?:\s+at)?|end\s+time|"
    r"end(?:ed)?\s+(?:date|at)|finished(?:\s+at)?|submit(?:ted)?(?:\s+(?:at|date|time))?|"
    r"submission\s+(?:time|date)|last\s+modified\s+time|time\s*stamp|horodateur|heure\s+de\s+(?:début|fin)|"
    r"zeitstempel|startzeit|fertigstellungszeit|marca\s+temporal|hora\s+de\s+(?:inicio|finalización)|"
    r"date\s+(?:submitted|started|completed|finished|last\s+action))$",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"^(?:id|response\s+(?:id|number)|(?:respondent|collector)\s+id|ip\s+address|n°|nr\.?|no\.?|#)$", re.IGNORECASE
)
# what a form tool records beside the answers for its own tracking: the device's network id, the response's token and
# tags, the hidden fields a link carries ("source", "utm_campaign"); read only once the header is a form export's
_TRACKING = re.compile(
    r"^(?:network\s+id|token|tags?|utm[_\s]\w+|source|medium|referr?er|landing\s+id|response\s+type|last\s+page|"
    r"start\s+language|seed)$",
    re.IGNORECASE,
)
# the column naming the respondent, as a column or as the form's question ("What is your name?", "Your full name")
_WHO = re.compile(
    r"^(?:e-?mail(?:\s+address)?|adresse\s+e-?mail|name|nom|full\s+name|(?:what\s+is\s+)?your\s+(?:full\s+)?name"
    r"(?:\s+and\s+surname)?\??|(?:your\s+)?e-?mail\s+address\??)$",
    re.IGNORECASE,
)
# the organisation a respondent answers for: it names them when they give no name of their own
_ORGANISATION = re.compile(
    r"^(?:your\s+)?(?:organi[sz]ation|institution|company|employer|organi[sz]ation\s+name)\??$", re.IGNORECASE
)
# what a form adds after a question's wording: "Your name (optional)", "E-mail (will not be published)"
_ASIDE = re.compile(r"\s*\([^()]*\)$")
# a time column's zone after its name: "Start Date (UTC)", "Submitted at (CET)"
_ZONE = re.compile(r"\s*\((?:utc|gmt|[a-z]{2,4}(?:[+-]\d{1,2})?)\)$", re.IGNORECASE)
_ANONYMOUS = {"anonymous", "anonyme", "anonym", "anónimo", "anonimo", "-", "n/a"}
_QUESTION_WORDS = 7  # a header this long is a question even without its "?" ("Describe your ...")
# a numbered question: "Q6. Any other comments", "3) Remarks", "Question 2 - Fees"
_NUMBERED = re.compile(r"^(?:q(?:uestion)?\s*\d{1,3}|\d{1,3})\s*[.):-]\s*\S", re.IGNORECASE)
_LONG_WORDS = 12  # an answer this long in a column that asks no question is still an answer, never a field


@dataclass(frozen=True, slots=True)
class FormColumns:
    """Which of a form export's columns are the tool's, and which hold answers to its questions."""

    furniture: frozenset[int]  # always left out: the response's number and times
    who: frozenset[int]  # left out when the cell only says the respondent is anonymous
    questions: frozenset[int]
    organisation: frozenset[int] = frozenset()  # names the respondent when no ``who`` cell does


def _header_text(text: str) -> str:
    return " ".join(text.split()).strip(" :")


def _is_question(text: str) -> bool:
    return text.endswith("?") or len(text.split()) >= _QUESTION_WORDS or bool(_NUMBERED.match(text))


def form_columns(header: Mapping[int, str]) -> FormColumns | None:
    """The columns of a survey tool's export under ``header`` (column number to name), or None for any other
    table: the tool's time columns must be there, with at least one question."""
    names = {column: _header_text(text) for column, text in header.items()}
    times = {column for column, name in names.items() if _TIMES.match(_ZONE.sub("", name))}
    who = {column for column, name in names.items() if _WHO.match(_ASIDE.sub("", name))}
    questions = {column for column, name in names.items() if column not in times | who and _is_question(name)}
    if not times or not questions:
        return None
    number = {column for column, name in names.items() if _NUMBER.match(name) or _TRACKING.match(name)}
    bodies = frozenset(
        c for c, name in names.items() if c not in questions and _ORGANISATION.match(_ASIDE.sub("", name))
    )
    return FormColumns(frozenset(times | number), frozenset(who), frozenset(questions), bodies)


def form_respondent(cells: Sequence[tuple[int, str]], header: Mapping[int, str], form: FormColumns) -> PostRow:
    """Who answered a form export's row, as a sheet of posts' row whose lines are all theirs (ingest.sheet_authors
    keeps them as written only when the respondent is the contributor). A row whose name is empty or says
    "anonymous" is named by the organisation it answers for, if any, else it is nobody's known: its author is
    empty (a form with no column naming respondents has only such rows)."""
    named = [(column, text.strip()) for column, text in cells if column in form.who]
    named += [(column, text.strip()) for column, text in cells if column in form.organisation]
    names = [(column, text) for column, text in named if text and text.lower() not in _ANONYMOUS]
    if not names:  # nobody known: the respondent's row is still not the contributor's own words as it stands
        return PostRow((RowCell("respondent", "", author=True),), whole=True)
    column, name = names[0]
    return PostRow((RowCell(_header_text(header.get(column, "")), name, author=True),), whole=True)


def form_answers(cells: Sequence[tuple[int, str]], header: Mapping[int, str], form: FormColumns) -> list[str]:
    """One respondent's row, given as (column, text) of its non-empty cells, as one text per answered question:
    the respondent's own short fields, the question quoted, the answer. A row answering no question is read as
    its fields alone (one text), and a row with nothing but the tool's columns as nothing."""
    fields: list[str] = []
    answers: list[tuple[str, str]] = []
    for column, text in cells:
        if column in form.furniture or (column in form.who and text.strip().lower() in _ANONYMOUS):
            continue
        name = _header_text(header.get(column, ""))
        if column in form.questions or (name and len(text.split()) >= _LONG_WORDS):
            answers.append((name, text))  # a long answer in an unnumbered column ("Comments") is one too
        else:
            fields.append(f"{name}: {text}" if name else text)
    head = "; ".join(fields)
    if not answers:
        return [head] if head else []
    return ["\n".join(part for part in (head, QUOTE_MARK + question, answer) if part) for question, answer in answers]


# a sub-option that only says "the answer goes here": the column is named by its question alone
_BARE_SUB = re.compile(
    r"^(?:(?:your\s+)?(?:open[- ]ended\s+)?(?:responses?|answers?)|réponse|antwort|respuesta)$", re.IGNORECASE
)


def sub_header_names(header: Mapping[int, str], sub: Sequence[tuple[int, str]]) -> dict[int, str] | None:
    """The header's names with a second header row ``sub`` ((column, text) of its cells, all short labels)
    folded in, or None when ``sub`` is no second header row: it must leave the header's first column empty (a
    respondent's row starts with its id or name there) and name at least one column whose cell in the header is
    empty (the question's further sub-options), which a row of data under a table's header never does."""
    if not header or not sub:
        return None
    first = min(header)
    columns = {column for column, _ in sub}
    if first in columns or not any(column not in header and column > first for column in columns):
        return None
    names = dict(header)
    for column, text in sub:
        owner = header.get(column) or next((header[at] for at in range(column - 1, first - 1, -1) if at in header), "")
        label = _header_text(text)
        if not owner or _header_text(owner).lower() == label.lower():
            names[column] = label
        elif _BARE_SUB.match(label):
            names[column] = owner
        else:
            names[column] = f"{_header_text(owner)} {label}" if owner.rstrip()[-1:] in "?:." else f"{owner}: {label}"
    return names


# a survey tool's column code ("Q03[SQ001]", "submitdate", "G01Q02"), which some tools write over the questions'
# wording (LimeSurvey's export with "question code & question text" headings)
_CODE = re.compile(r"^[A-Za-z_][\w.-]*(?:\[[\w.-]+\])*$")


def coded_header_names(header: Mapping[int, str], row: Sequence[tuple[int, str]]) -> dict[int, str] | None:
    """The header's names taken from ``row`` ((column, text) of the row under it) when the header is a survey tool's
    column codes and the row their wording, or None: every header cell must be a code (one of them with a digit, as
    question codes have), the row must fill at least two thirds of the header's columns and no other, mostly with
    words, and the names it gives must make the sheet a survey export (:func:`form_columns`), which a respondent's
    row (an id, dates, answers) never does."""
    codes = {column: text.strip() for column, text in header.items()}
    if len(codes) < 3 or not all(_CODE.match(code) for code in codes.values()):
        return None
    if not any(any(ch.isdigit() for ch in code) for code in codes.values()):
        return None
    wording = {column: _header_text(text) for column, text in row if text.strip()}
    if set(wording) - set(codes) or 3 * len(wording) < 2 * len(codes):
        return None
    if 2 * sum(" " in text for text in wording.values()) < len(wording):
        return None
    names = {column: wording.get(column, code) for column, code in codes.items()}
    return names if form_columns(names) is not None else None


def titled_header(header: Mapping[int, str], title: str) -> dict[int, str] | None:
    """The header with its one bare answer column ("Answer", "Response") named by the sheet's title question, or
    None when the title asks nothing or the header has no such column (or several)."""
    question = _header_text(title)
    if not question.endswith("?"):
        return None
    answers = [column for column, name in header.items() if _BARE_SUB.match(_header_text(name))]
    if len(answers) != 1:
        return None
    return {**header, answers[0]: question}


def quoted(text: str) -> str:
    """A line of the form's wording, kept to find the passage, never read as anyone's words."""
    return text if text.startswith(QUOTE_MARK) else QUOTE_MARK + text


# A questionnaire a respondent fills in (a Delphi study's round, a rating sheet): the study's rows ("Statement
# (panel, round 1)", the panel's median) beside the respondent's own columns ("Your rating", "Your comment").
_OWN = re.compile(r"^(?:your|my|own|votre|vos|mon|ma|mes|ihre?|tu|tus|su|sus)\b", re.IGNORECASE)
_ITEM = re.compile(r"\b(?:statements?|items?|questions?|propositions?|claims?|assertions?|énoncés?|aussagen?)\b", re.I)


def questionnaire_columns(header: Mapping[int, str]) -> frozenset[int] | None:
    """The respondent's own columns of a questionnaire's header (those named "Your ..."), or None for any other
    table: one column must be the respondent's and another the statement or question put to them."""
    names = {column: _header_text(text) for column, text in header.items()}
    own = frozenset(column for column, name in names.items() if _OWN.match(name))
    if not own or not any(_ITEM.search(name) for column, name in names.items() if column not in own):
        return None
    return own


def questionnaire_row(cells: Sequence[tuple[int, str]], header: Mapping[int, str], own: frozenset[int]) -> str:
    """One row of a questionnaire, given as (column, text) of its non-empty cells: the form's columns (the
    statement, the panel's figures) on a quoted line, kept to find the row and never read as the respondent's,
    and the respondent's own answers under it."""

    def named(column: int, text: str) -> str:
        name = _header_text(header.get(column, ""))
        return f"{name}: {text}" if name else text

    form = "; ".join(named(column, text) for column, text in cells if column not in own)
    answer = "; ".join(named(column, text) for column, text in cells if column in own)
    return "\n".join(part for part in (quoted(form) if form else "", answer) if part)
