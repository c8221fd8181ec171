"""Markdown reader: ATX headings define sections as in DOCX, pipe tables become their own passages, footnotes
("[^1]" in the text, "[^1]: ..." below) passages of their own after the passage that refers to them."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.model import QUOTE_MARK, DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.faq import Block as _Block
from ingest.readers.faq import faq_blocks
from ingest.readers.markdown_forms import drop_comments, read_check_boxes, split_slides
from ingest.readers.markdown_logseq import read_outliner
from ingest.readers.markdown_notes import read_notes
from ingest.readers.salutation import drop_salutation_text
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


# Footnotes as Markdown writes them (pandoc, GitHub, Python-Markdown): "[^label]" in the text, "[^label]: text"
# on a line of its own, its further lines indented (or running on until an empty line).
_FOOTNOTE = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$")
_REFERENCE = re.compile(r"[ \t]*\[\^([^\]\s]+)\](?!:)")
# A reference stands in the text as one character of Unicode's private use planes until the passages are made, so
# that its note can follow the passage that holds it; no document's own text is read with these characters.
_MARK_BASE = 0xF0000
_MARKS = re.compile("[\U000f0000-\U000ffffd]")


def _footnotes(text: str) -> tuple[str, dict[int, str]]:
    """The text without its footnotes, each reference replaced by a mark of its number (numbered in the order of
    their first reference, as Word numbers them), and each footnote's text by number (one no reference points to
    numbered after the rest)."""
    lines, kept, notes, label, fence = text.split("\n"), [], {}, None, None
    for line in lines:
        fence_match = _FENCE.match(line)
        if fence is None and (note := _FOOTNOTE.match(line)):
            label = note.group(1)
            notes.setdefault(label, []).append(note.group(2))
            continue
        if label is not None:
            opens_block = fence_match or _ATX.match(line) or line.lstrip()[:1] in ("|", ">")
            if line.strip() and (line[:1] in " \t" or (notes[label][-1].strip() and not opens_block)):
                notes[label].append(line.strip())  # indented, or running on in its paragraph
                continue
            if not line.strip():
                notes[label].append("")
                kept.append(line)  # an empty line still parts the text around the note
                continue
            label = None
        if fence_match:
            closing = fence_match.group(1)
            fence = None if fence and closing[:1] == fence[0] and len(closing) >= len(fence) else fence or closing
        kept.append(line)
    numbers: dict[str, int] = {}

    def mark(match: re.Match[str]) -> str:
        if match.group(1) not in notes:
            return match.group(0)  # no footnote of that label: the brackets are the author's text
        number = numbers.setdefault(match.group(1), len(numbers) + 1)
        return chr(_MARK_BASE + number)

    fence = None
    for n, line in enumerate(kept):
        if fence_match := _FENCE.match(line):
            closing = fence_match.group(1)
            fence = None if fence and closing[:1] == fence[0] and len(closing) >= len(fence) else fence or closing
        elif fence is None:
            kept[n] = _REFERENCE.sub(mark, line)
    for label in notes:
        numbers.setdefault(label, len(numbers) + 1)
    texts = {}
    for label, note_lines in notes.items():
        paragraphs = "\n".join(note_lines).split("\n\n")
        body = clean_text("\n".join(unwrap(strip_markup(_REFERENCE.sub("", par))) for par in paragraphs))
        if body:
            texts[numbers[label]] = body
    return "\n".join(kept), texts


def _with_notes(passages: list[Passage], notes: dict[int, str], budget: CharBudget) -> list[Passage]:
    """The passages with their reference marks taken out, each footnote a passage of its own after the first one
    that refers to it, located as the Word reader locates one (``section 2 Assessment, footnote 1``); a footnote no
    passage refers to comes last, under ``footnote N``."""
    out: list[Passage] = []
    placed: set[int] = set()
    for passage in passages:
        numbers = [ord(c) - _MARK_BASE for c in _MARKS.findall(passage.text)]
        text = _MARKS.sub("", passage.text)
        if text.strip():
            out.append(Passage(text, passage.location))
        where = passage.location
        for number in numbers:
            if number in placed or number not in notes:
                continue
            placed.add(number)
            section = where.label.rsplit(", table ", 1)[0] if where.table is not None else where.label
            label = f"{section}, footnote {number}" if where.section else f"footnote {number}"
            location = Location(label=label, section=where.section, section_path=where.section_path)
            out.append(Passage(budget.add(notes[number]), location))
    for number in sorted(set(notes) - placed):
        out.append(Passage(budget.add(notes[number]), Location(label=f"footnote {number}")))
    return out


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
        elif (heading := _ATX.match(line)) and _MARKS.sub("", heading.group(2) or "").strip():
            # a heading's footnote mark is left out: its note is no part of the section's name
            text = _MARKS.sub("", strip_markup(heading.group(2).strip())).strip()
            out.append(_Block("heading", text, len(heading.group(1))))
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


# YAML front matter, as static-site generators and note tools write it: "---" on the first line, "key: value" lines,
# then "---" (or "...") closing it
_FRONT_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_FRONT_KEY = re.compile(r"^[A-Za-z_][\w -]*:(?:\s|$)")
_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.M | re.I)
MAX_FRONT_LINES = 60


def front_matter(text: str) -> tuple[str, str | None]:
    """``text`` without its YAML front matter, and the title it gives (None without one). A block counts only
    when it opens the file and every line of it is a key, a list item or an indented continuation: a "---" rule
    under a first paragraph is no front matter."""
    start = _FRONT_OPEN.match(text)
    if not start:
        return text, None
    close = _FRONT_CLOSE.search(text, start.end())
    if not close:
        return text, None
    lines = [line for line in text[start.end() : close.start()].split("\n") if line.strip()]
    if not lines or len(lines) > MAX_FRONT_LINES or not _FRONT_KEY.match(lines[0]):
        return text, None
    if not all(_FRONT_KEY.match(line) or line[:1] in " \t-" for line in lines):
        return text, None
    title = _FRONT_TITLE.search(text[start.end() : close.start()])
    value = title.group(1).strip().strip("\"'").strip() if title else None
    return text[close.end() :].lstrip("\n"), value or None


class MarkdownReader:
    """Reads .md/.markdown: ``section <heading>`` text, ``..., table K`` tables, ``body`` before headings."""

    name = "markdown"
    extensions: tuple[str, ...] = (".md", ".markdown")

    @property
    def version(self) -> str:
        """Our own parser, versioned by hand (2: a line in capitals is a heading, not wrapped prose; 3: a block
        quote is a paragraph of its own opened by "> "; 4: an FAQ's "Q:"/"A:" pairs are questions over answers, not
        an interview's turns; 5: footnotes are passages of their own, their reference marks left out of the
        text; 6: the salutation opening a letter is left out, and minutes' surname labels and decisions are read as
        such by ingest.turns; 7: YAML front matter is left out, its title names the document; 8: HTML comments are
        left out, a template's check boxes read as a form's answers, a Marp deck's slides are ``slide N``; 9:
        Obsidian callouts are the author's paragraphs, wiki links and tags read as words, a Notion page's
        properties left out and its asides read as paragraphs; 10: a list of tasks, under its heading or given
        to people the note names, is the writer's text, not a form's boxes; 11: an outliner's (Logseq's) page
        properties name the page and its author, its blocks' properties are left out and its heading bullets are
        headings; 12: HackMD's :::info and :::warning boxes are quoted notes, their markers left out; 13: a file not
        in UTF-8 is read in the Windows code page its words fit, ingest.readers.legacy_encoding; 14: a list of tasks
        under a "Checklist" heading, an issue's, is the writer's text, ticked and open items alike)."""
        return "14"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read ``path`` as Markdown; ``password`` is ignored."""
        text, warnings = decode_text(read_bytes(path, limits))
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        # a comment is never shown: a template's instructions, a speaker's reminders (ingest.readers.markdown_forms)
        text, comments = drop_comments(text)
        if comments:
            warnings = (*warnings, f"{comments} HTML comment(s) left out (a renderer never shows them)")
        # an outliner's page (Logseq): its page properties name it, its blocks' properties are furniture, its
        # heading bullets are headings (ingest.readers.markdown_logseq)
        text, outline_title, outline_author, outlined = read_outliner(text)
        warnings = (*warnings, *outlined)
        # Obsidian's callouts, wiki links and tags, Notion's properties and asides (ingest.readers.markdown_notes);
        # the front matter is left to front_matter, which reads its title
        head = _front_end(text)
        body, noted = read_notes(text[head:], path.stem)
        text, warnings = text[:head] + body, (*warnings, *noted)
        text, notes = _footnotes(_MARKS.sub("", read_check_boxes(text)))
        deck = _MARP.search(text[: _front_end(text)]) is not None
        # front matter ("---", "title: ...", "tags: ...", "---") is the page's data, not its text: its title names it
        text, front_title = front_matter(text)
        front_title = front_title or outline_title
        budget = CharBudget(limits)
        if deck:
            passages, title = _slides(text, budget)
            title = front_title or title
        else:
            text = drop_salutation_text(text)  # "Dear colleagues," opening a letter is no passage of its input
            blocks = faq_blocks(_parse(text))
            title_index = title_heading(blocks)
            if (
                front_title
                and title_index is not None
                and blocks[title_index].text.casefold() != front_title.casefold()
            ):
                title_index = (
                    None  # the front matter names the page: a lone level-1 heading of other words is a section
                )
            passages, title = passages_from_blocks(blocks, budget, title_index=title_index, body=_joined)
            title = front_title or title
        passages = _with_notes(passages, notes, budget)
        if not passages:
            raise ReadError("no text found")
        properties = DocumentProperties(
            title=clean_text(title) if title else None, author=clean_text(outline_author) if outline_author else None
        )
        return ReadResult(tuple(passages), properties, tuple(warnings), units=len(passages))


def _joined(lines: list[str]) -> str:
    """Soft-wrapped lines of a paragraph as one line, as a Markdown renderer shows them; a paragraph a line."""
    text = clean_text("\n\n".join(unwrap(par) for par in "\n".join(lines).split("\n\n")))
    return text.replace("\n\n", "\n")


# a Marp deck says so in its front matter ("marp: true"), and so do decks for Marp's kin that read it
_MARP = re.compile(r"^marp[ \t]*:[ \t]*(?:true|yes|on)[ \t]*$", re.M | re.I)


def _front_end(text: str) -> int:
    """Where the front matter opening ``text`` ends (0 when there is none)."""
    start = _FRONT_OPEN.match(text)
    close = _FRONT_CLOSE.search(text, start.end()) if start else None
    return close.end() if close else 0


def _slides(text: str, budget: CharBudget) -> tuple[list[Passage], str | None]:
    """A Markdown deck read slide by slide, as the PowerPoint reader reads one: each slide's headings, text and
    tables one passage located ``slide N`` (its first heading its section), and the first slide's first heading
    the deck's title."""
    passages: list[Passage] = []
    title: str | None = None
    for number, slide in enumerate(split_slides(text), start=1):
        pieces: list[str] = []
        pending: list[str] = []
        heading: str | None = None
        for block in _parse(slide):
            if block.kind == "text":
                pending.append(block.text)
                continue
            if pending:
                pieces.append(_joined(pending))
                pending = []
            words = clean_text(block.text)
            if block.kind == "heading":
                heading = heading or words
                if title is None and number == 1 and block.level == 1:
                    title = words
            pieces.append(words)
        if pending:
            pieces.append(_joined(pending))
        body = "\n".join(piece for piece in pieces if piece)
        if body:
            location = Location(label=f"slide {number}", slide=number, section=heading)
            passages.append(Passage(budget.add(body), location))
    return passages, title
