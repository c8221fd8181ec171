"""Markdown reader: ATX headings define sections as in DOCX, pipe tables become their own passages."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.model import QUOTE_MARK, DocumentProperties, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.faq import Block as _Block
from ingest.readers.faq import faq_blocks
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
        blocks = faq_blocks(_parse(text.replace("\r\n", "\n").replace("\r", "\n")))

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
