"""Markdown reader: ATX headings define sections as in DOCX, pipe tables become their own passages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ingest.model import QUOTE_MARK, DocumentProperties, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.text import (
    DEFAULT_LIMITS,
    CharBudget,
    clean_text,
    decode_text,
    passages_from_blocks,
    read_bytes,
    title_heading,
    unwrap,
)

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolink -> url
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # not snake_case words
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
]


def strip_markup(text: str) -> str:
    """Drop emphasis, code and link syntax, keeping the words a reader sees."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") and not line.endswith("\\|") else line
    return [strip_markup(cell.strip()).replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)]


@dataclass
class _Block:
    kind: str  # "heading", "text", "table"
    text: str
    level: int = 0


# a block quote's line; its words are kept as a paragraph opened by QUOTE_MARK
_QUOTE = re.compile(r"^ {0,3}>\s?")


def _parse(text: str) -> list[_Block]:
    """Split Markdown into headings, text lines (blank lines as "") and pipe tables."""
    lines = text.split("\n")
    out: list[_Block] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        fence_match = _FENCE.match(line)
        if fence is not None:
            closing = fence_match.group(1) if fence_match else ""
            if closing[:1] == fence[0] and len(closing) >= len(fence):
                fence = None
            else:
                out.append(_Block("text", line))  # code is kept verbatim, '#' in it is no heading
        elif fence_match:
            fence = fence_match.group(1)
        elif (heading := _ATX.match(line)) and (heading.group(2) or "").strip():
            out.append(_Block("heading", strip_markup(heading.group(2).strip()), len(heading.group(1))))
        elif "|" in line and i + 1 < len(lines) and _TABLE_SEPARATOR.match(lines[i + 1]):
            rows = [_cells(line)]
            i += 2
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_cells(lines[i]))
                i += 1
            table = "\n".join(" | ".join(row) for row in rows if any(row))
            out.append(_Block("table", table))
            continue
        elif quote := _QUOTE.match(line):
            # a block quote holds someone else's words (a quoted question, a person the author cites): it stays
            # in the passage, which it helps find, as a paragraph of its own opened by QUOTE_MARK, which the drafter
            # never quotes as the author's
            inner = strip_markup(line[quote.end() :])
            if not (out and out[-1].kind == "text" and out[-1].text.startswith(QUOTE_MARK)) or not inner.strip():
                out.append(_Block("text", ""))
                out.append(_Block("text", QUOTE_MARK + inner if inner.strip() else ""))
            else:
                out[-1] = _Block("text", f"{out[-1].text} {inner}")
            if i + 1 >= len(lines) or not _QUOTE.match(lines[i + 1]):
                out.append(_Block("text", ""))
        elif not _RULE.match(line) and not _LINK_DEFINITION.match(line):
            out.append(_Block("text", strip_markup(line)))
        i += 1
    return out


# An FAQ's labels ("**Q:** ...", "Q1. ...", "Question 3: ...", then "**A:** ...", "Answer: ..."), read after
# strip_markup has taken the bold off. "A." is no answer's label: it opens too many names ("A. Horvat").
# Bold that a question's wrapped line leaves open ("**Q: How long ... and" / "how often?**") is taken off too.
_FAQ_Q = re.compile(r"^\s*[*_]{0,3}\s*(?:Q|Question)\s*\d{0,3}\s*[:.]\s*[*_]{0,3}\s*(?P<text>.*?)[*_\s]*$", re.I)
_FAQ_A = re.compile(r"^\s*[*_]{0,3}\s*(?:A|Answer)\s*\d{0,3}\s*:\s*[*_]{0,3}\s*(?P<text>.*?)[*_\s]*$", re.I)
# what says, before the first question, that the questions were put to someone: then "Q"/"A" are an
# interviewer and a respondent, and ingest.turns keeps only the answers as the contributor's
_INTERVIEW = re.compile(
    r"\b(?:interview\w*|transcript\w*|hearing|conversation|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"respondent|questioned|asked\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
# what names the document an FAQ, which wins over the words above ("questions from our interviews: FAQ")
_FAQ_NAMED = re.compile(r"\b(?:faq|frequently\s+asked|questions?\s+(?:and|&)\s+answers?|q\s*&\s*a)\b", re.I)


def _faq(blocks: list[_Block]) -> list[_Block]:
    """``blocks`` with an FAQ's questions made headings and its answers' labels taken off, so each pair reads as a
    passage under its question, as a "### question" heading over its answer does; unchanged when the text holds
    fewer than two question-and-answer pairs, or says before its first question that they were put to someone
    (interview notes: their questions are the interviewer's, never the contributor's words)."""
    texts = [(k, b.text) for k, b in enumerate(blocks) if b.kind == "text" and b.text.strip()]
    questions = [k for k, t in texts if (q := _FAQ_Q.match(t)) and q.group("text").strip()]
    # a question is answered when the next label below it is an answer's
    labels = ["q" if _FAQ_Q.match(t) else "a" for _, t in texts if _FAQ_Q.match(t) or _FAQ_A.match(t)]
    pairs = sum(1 for a, b in zip(labels, labels[1:], strict=False) if (a, b) == ("q", "a"))
    if pairs < 2:
        return blocks
    preamble = " ".join(b.text for b in blocks[: questions[0]])
    asked = set(questions)
    if _INTERVIEW.search(preamble) and not _FAQ_NAMED.search(preamble):
        return blocks
    out: list[_Block] = []
    level, in_question = 1, False
    for k, block in enumerate(blocks):
        if block.kind == "heading":
            level, in_question = block.level, False
            out.append(block)
        elif k in asked and (question := _FAQ_Q.match(block.text)):
            out.append(_Block("heading", question.group("text").strip(), min(level + 1, 6)))
            in_question = True
        elif block.kind == "text" and (answer := _FAQ_A.match(block.text)):
            in_question = False
            if answer.group("text").strip():
                out.append(_Block("text", answer.group("text").strip()))
        elif in_question and block.kind == "text" and block.text.strip():
            wrapped = block.text.strip().strip("*_").strip()
            out[-1] = _Block("heading", f"{out[-1].text} {wrapped}", out[-1].level)  # a question's wrapped line
        else:
            in_question = False  # a blank line or a table: the question is whole
            out.append(block)
    return out


class MarkdownReader:
    """Reads .md/.markdown: ``section <heading>`` text, ``..., table K`` tables, ``body`` before headings."""

    name = "markdown"
    extensions: tuple[str, ...] = (".md", ".markdown")

    @property
    def version(self) -> str:
        """Our own parser, versioned by hand (2: a line in capitals is a heading, not wrapped prose; 3: a block
        quote is a paragraph of its own opened by "> "; 4: an FAQ's "Q:"/"A:" pairs are questions over answers, not
        an interview's turns)."""
        return "4"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read ``path`` as Markdown; ``password`` is ignored."""
        text, warnings = decode_text(read_bytes(path, limits))
        blocks = _faq(_parse(text.replace("\r\n", "\n").replace("\r", "\n")))

        def joined(lines: list[str]) -> str:
            # soft-wrapped lines of a paragraph are one line, as a Markdown renderer shows them
            text = clean_text("\n\n".join(unwrap(par) for par in "\n".join(lines).split("\n\n")))
            return text.replace("\n\n", "\n")

        title_index = title_heading(blocks)
        passages, title = passages_from_blocks(blocks, CharBudget(limits), title_index=title_index, body=joined)
        if not passages:
            raise ReadError("no text found")
        properties = DocumentProperties(title=clean_text(title) if title else None)
        return ReadResult(tuple(passages), properties, tuple(warnings), units=len(passages))
