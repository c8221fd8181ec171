"""Outlines typed as plain text (``outline.txt``, or a Markdown file without ``#`` headings).

The title is the first line. A section starts at "Section 2: Title" (or Part, Chapter, Theme ...), at a title
numbered in capital roman numerals ("II. Recognition"), at a line in capitals ("QUALITY ASSURANCE"), at a line
underlined with ``===`` or ``---``, or at "1. Title" when the questions are marked otherwise ("1.1 What ...?",
"Q1. ...", "(a) ...", "- ...", or a line ending in "?"). A file with numbered lines only is a list of questions:
its one section is named by the title. The lines are then read by the Markdown rules
(``outline_markdown.parse_lines``), so labels, audiences, purpose and questions written as instructions ("Set out
...") work the same way.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_data import OutlineError
from pipeline.drafting.outline_lines import asks, field_line, list_item, questions_label

__all__ = ["email_body", "parse_text_lines", "to_markdown_lines"]

_NAMED_SECTION = re.compile(
    r"^(?:section|part|chapter|theme|topic|area|module|pillar)\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\b"
    r"\s*[:.)\-\u2013\u2014]?\s*\S",
    re.I,
)
# the word and number that open a named section ("Section 2: ", "Part IV - "): how it is counted, no part of its title
_SECTION_PREFIX = re.compile(
    r"^(?:section|part|chapter|theme|topic|area|module|pillar)\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z])"
    r"\s*[:.)\-\u2013\u2014]\s*(?=\S)",
    re.I,
)
_NUMBERED = re.compile(r"^\d{1,2}[.):]\s+(?P<text>\S.*)$")  # "1. Title" / "2) Title"
# "II. Recognition", "IV) QUALITY": a section numbered in capital roman numerals (lower-case ones letter items)
_ROMAN = re.compile(
    r"^(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})[.)]\s+(?P<text>[^\W\d_].*)$"
)
_SUB_NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})+)[.)]?\s+(?P<text>\S.*)$")  # "1.1 What ...?"
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_BOLD_LINE = re.compile(r"^(\*\*|__)[^*_].*\1:?$")


def _in_capitals(line: str) -> bool:
    """A heading typed in capitals: letters all upper case, a few words, no question."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(line.split()) <= 12


def _kind(line: str) -> str:
    """What a line is on its own: named (a named section), caps, numbered, question, field, label or text."""
    text = line.strip()
    if field_line(text) is not None:
        return "field"
    if questions_label(text)[0]:
        return "label"
    if _NAMED_SECTION.match(text) or (_ROMAN.match(text) and not asks(text) and len(text.split()) <= 12):
        return "named"
    if _SUB_NUMBERED.match(text):
        return "question"
    if _NUMBERED.match(text):
        return "numbered"
    if list_item(line) is not None or asks(text):
        return "question"
    if _in_capitals(text):
        return "caps"
    if _BOLD_LINE.match(text) and len(text.split()) <= 15:
        return "bold"  # "**Recognition**" typed in Markdown without '#'
    return "text"


def to_markdown_lines(lines: list[str], title: str | None = None) -> list[str]:
    """The lines with ``#`` title, ``##`` sections and ``-`` items made explicit, other lines as typed.

    ``title``: the document's title when it is known otherwise (a Word Title paragraph); the first line is
    then not taken for it. An empty list when no section can be found."""
    lines = [line.rstrip() for line in lines]
    if title is not None:
        lines = [f"# {title}", ""] + lines
    kinds = [_kind(line) if line.strip() else "blank" for line in lines]
    for i, line in enumerate(lines):  # "Title" over "=====": a heading however it is written
        if _UNDERLINE.match(line) and i > 0 and kinds[i - 1] in ("text", "caps", "numbered"):
            kinds[i - 1], kinds[i] = "underlined", "blank"
    first = next((i for i, kind in enumerate(kinds) if kind != "blank"), None)
    title_at = first if first is not None and kinds[first] in ("text", "caps", "bold", "underlined") else None
    if title is not None:
        kinds[0], title_at = "title", 0
    body = [kind for i, kind in enumerate(kinds) if i != title_at]
    named = any(kind in ("named", "caps", "bold", "underlined") for kind in body)
    # "1. Title" is a section only when nothing else names sections and the questions are marked otherwise
    numbered_sections = not named and "question" in body and "numbered" in body
    # "1. Title" followed by "1.1 ...": the numbering itself says the line is a section
    parents = {m.group("number").split(".")[0] for m in map(_SUB_NUMBERED.match, (t.strip() for t in lines)) if m}
    out: list[str] = []
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        text = line.strip()
        numbered_parent = kind == "numbered" and re.split(r"[.):]", text, maxsplit=1)[0] in parents
        if i == title_at:
            out.append(f"# {text.removeprefix('# ')}")
        elif kind in ("named", "caps", "bold", "underlined") or (
            kind == "numbered" and (numbered_sections or numbered_parent)
        ):
            if kind == "numbered" and asks(text):
                out.append(f"- {text}")  # a numbered question among numbered sections
            elif kind == "named" and (prefix := _SECTION_PREFIX.match(text)):
                out.append(f"## {text[prefix.end() :]}")  # "Section 1: Funding" is the section "Funding"
            else:
                out.append(f"## {text}")
        elif kind == "numbered":
            out.append(f"- {_NUMBERED.match(text).group('text')}")  # type: ignore[union-attr]
        elif kind == "question" and (sub := _SUB_NUMBERED.match(text)):
            depth = sub.group("number").count(".") - 1  # "1.1" a question, "1.1.1" a detail of it
            out.append(f"{'  ' * depth}- {sub.group('text')}")
        elif kind != "blank" or not _UNDERLINE.match(line):
            out.append(line)
    if not any(line.startswith("## ") for line in out):
        if title_at is None or not any(kind in ("question", "numbered") for kind in body):
            return []
        # a bare list of questions under a title: one section, named by the title
        heading = lines[title_at].strip().removeprefix("# ")
        out.insert(out.index(f"# {heading}") + 1, f"## {heading}")
    return out


# an outline sent as an e-mail and saved as text: its header block ("From:", "Sent:", "To:", "Subject:")
_MAIL_HEADER = re.compile(r"^(?:from|sent|date|to|cc|bcc|subject|reply-to|importance)\s*:", re.I)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv)\s*:\s*)+", re.I)
# a request to the reader ("Could I have your drafts by Friday?", "Can you send ...?"): about the work, never a
# guiding question, which asks about the matter
_REQUEST = re.compile(r"^\s*(?:could|can|would|will|may)\s+(?:you|i|we)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!])\s+(?=[A-Z\u00c0-\u024f])")


def _request_lines(body: list[str]) -> set[int]:
    """The lines of paragraphs that end in a request to the reader after a statement ("I will circulate the
    version on 24 March. Could you let me know whether you can join?"), the paragraph wrapped or not. A numbered
    or marked line opens a question, never such a paragraph."""
    found: set[int] = set()
    start = 0
    for end in range(len(body) + 1):
        if end < len(body) and body[end].strip():
            continue
        block = body[start:end]
        start = end + 1
        if not block or _kind(block[0]) in ("numbered", "named", "field", "label") or list_item(block[0]) is not None:
            continue
        text = " ".join(line.strip() for line in block)
        last = _SENTENCE_END.split(text)[-1]
        if last != text and asks(last) and _REQUEST.match(last):
            found.update(range(end - len(block), end))
    return found


_GREETING = re.compile(r"^(?:dear|hello|hi|good (?:morning|afternoon|evening))\b[^.?!]{0,80},?\s*$", re.I)


def email_body(lines: list[str]) -> tuple[list[str], str | None]:
    """An outline written as an e-mail: without its header block, greeting, closing and signature, and without the
    note between its last question and the closing ("Could I have your drafts by Friday?"), which is no section's
    purpose; its subject is the title. Other text is returned as it is, with no title."""
    from ingest.readers.signature import is_closing

    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines, None
    header = first
    while header < len(lines) and _MAIL_HEADER.match(lines[header].strip()):
        header += 1
    fields = {line.split(":", 1)[0].strip().lower(): line.split(":", 1)[1].strip() for line in lines[first:header]}
    if header - first < 2 or not ({"from", "subject"} & set(fields)):
        return lines, None
    body = lines[header:]
    greeting = next((i for i, line in enumerate(body) if line.strip()), None)
    if greeting is not None and _GREETING.match(body[greeting].strip()):
        body = body[:greeting] + body[greeting + 1 :]
    closing = next((i for i in range(len(body) - 1, -1, -1) if is_closing(body[i].strip())), None)
    if closing is not None:
        body = body[:closing]
    requests = _request_lines(body)
    asked = [
        i
        for i, line in enumerate(body)
        if line.strip() and _kind(line) == "question" and not _REQUEST.match(line) and i not in requests
    ]
    if asked:  # a note after the last question, before the closing, is about the work, not a section
        last = asked[-1]
        body = body[: last + 1] + [
            line
            for i, line in enumerate(body[last + 1 :], start=last + 1)
            if _kind(line) != "text" and line.strip() and not _REQUEST.match(line) and i not in requests
        ]
    title = _REPLY_PREFIX.sub("", fields.get("subject", "")).strip() or None
    return body, title


def parse_text_lines(lines: list[str], source: Path) -> dict[str, Any]:
    """Outline data from the lines of a plain-text outline; OutlineError names the file and the fix."""
    from pipeline.drafting.outline_markdown import parse_lines

    lines, title = email_body(lines)
    marked = to_markdown_lines(lines, title)
    if not marked:
        raise OutlineError(
            f"{source}: no sections found; put the title on the first line and start each section with a line "
            "such as 'Section 1: Title', '1. Title' or a title in CAPITALS, its questions below it"
        )
    return parse_lines(marked, source)
