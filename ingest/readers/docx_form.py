"""A form filled in Word: a two-column table whose printed labels are shaded, the applicant's answers beside them.

An application or reporting form sets its fields as a table: a shaded label cell ("4.2 Approach (max. 3,000
characters)", "2. Contact person") and a white cell the applicant fills in, often with a count under the answer
("Characters used: 702 / 3,000"). Read as a table, every row is "label | answer", so the form's printed prompts
would be quoted in the applicant's name, and the counts too. Here each label is a quoted line (``QUOTE_MARK``) over
its answer, as a PDF form's label and a template's prompt are (kept to find the passage, never the applicant's
words), the counts are left out, and a row the form reserves for its office ("Reference (office use)") is left out
whole: the office filled it in, not the applicant. Above the first such table, the paragraphs set wholly in
italics or bold (the programme's banner, the part's title, the instructions) are the form's print, quoted too, and
so is a line left to sign or fill in by hand ("Signature: ________").

A table is read so when three rows or more, two in three of its rows, are a shaded cell beside an unshaded one.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

from ingest.model import QUOTE_MARK
from ingest.readers.docx_body import one_line

_MIN_ROWS = 3
_WHITE = frozenset(("", "auto", "ffffff", "fff"))
# "Characters used: 702 / 3,000", "Word count: 310", "702/3000 characters" closing an answer
_COUNT = re.compile(
    r"(?i)\s*(?:(?:characters?|words?)\s+(?:used|count(?:ed)?|written)|(?:character|word)\s+count)\s*:?\s*"
    r"[\d.,\s]*\d(?:\s*(?:/|of)\s*[\d.,]*\d)?\s*$|\s*\d[\d.,]*\s*/\s*\d[\d.,]*\s*(?:characters?|words?)\s*$"
)
# a field the form keeps for its own office: "Reference (office use)", "For official use only"
_BLANK = re.compile(r"_{5,}|\.{8,}")
_OFFICE = re.compile(r"(?i)\b(?:office|official|administrative|internal)\s+use\b")


def _set_off(run: Any) -> bool:
    """Whether a run is set in italics or bold, as a form prints its own title and instructions."""
    props = run.find(qn("w:rPr"))
    if props is None:
        return False
    marks = [props.find(qn("w:i")), props.find(qn("w:b"))]
    return any(m is not None and (m.get(qn("w:val")) or "true").lower() not in ("0", "false", "off") for m in marks)


def printed(p: Any, above_form: bool) -> bool:
    """Whether a paragraph of a document holding a form is the form's own print: above its first form table and
    set wholly in italics or bold (the programme's banner, the part's title, the instructions), or a line to sign
    or fill in by hand ("Signature: ________")."""
    if _BLANK.search("".join(t.text or "" for t in p.iter(qn("w:t")))):
        return True
    runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
    return above_form and bool(runs) and all(_set_off(r) for r in runs)


def _shaded(tc: Any) -> bool:
    shd = tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")
    if shd is None:
        return False
    fill = (shd.get(qn("w:fill")) or "").lower()
    return fill not in _WHITE or (shd.get(qn("w:val")) or "clear") not in ("clear", "nil")


def _text(tc: Any) -> str:
    return one_line("\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))


def form_rows(table: Any) -> list[str] | None:
    """The lines of a form's table, each label quoted over its answer; None for any other table."""
    rows = [list(tr.iterchildren(qn("w:tc"))) for tr in table._tbl.iterchildren(qn("w:tr"))]
    fields = [r for r in rows if len(r) == 2 and _shaded(r[0]) and not _shaded(r[1])]  # noqa: PLR2004 - two cells
    if len(fields) < _MIN_ROWS or 3 * len(fields) < 2 * len(rows):
        return None
    lines: list[str] = []
    for row in rows:
        texts = [_text(tc) for tc in row]
        if row not in fields:  # a heading row of the form (shaded: its own words) or a row answered across
            lines.extend((QUOTE_MARK if _shaded(tc) else "") + t for tc, t in zip(row, texts, strict=True) if t)
            continue
        label, answer = texts
        if _OFFICE.search(label):
            continue
        answer = _COUNT.sub("", answer).strip()
        if label:
            lines.append(QUOTE_MARK + label)
        if answer:
            lines.append(answer)
    return lines
