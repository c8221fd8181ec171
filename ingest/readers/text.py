"""Plain-text reader, plus the decoding and cleaning helpers the other readers share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ingest.cues import drop_post_header, drop_social_lines
from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError, human_size
from ingest.readers.captions import Captions, caption_passages, read_captions
from ingest.readers.chat import drop_chat_system_lines
from ingest.readers.digest import digest_passages, split_digest
from ingest.readers.faq import FAQ_A, FAQ_Q, Block, faq_blocks
from ingest.readers.forum_digest import split_forum_digest
from ingest.readers.memo import drop_memo_paragraphs
from ingest.readers.salutation import drop_salutation_paragraphs
from ingest.readers.signature import drop_signature
from ingest.readers.text_decoding import decode_text as decode_text  # the other readers import it from here
from ingest.readers.text_decoding import utf16_without_bom as utf16_without_bom
from ingest.readers.text_layout import drop_page_counts, drop_time_codes, rejoin_broken_words, underlined_headings
from ingest.readers.text_org import OrgNotes, read_org
from ingest.readers.text_unwrap import stamped, unwrap
from ingest.turns import speakers

# C0/C1 control characters except tab and newline; NUL and friends break indexes and terminals.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphen, zero-width chars, BOM
_BLANK_LINES = re.compile(r"\n{3,}")
_TITLE_MAX = 120
DEFAULT_LIMITS = Limits()  # frozen, so one shared default instance is safe
# Characters of consecutive paragraphs outside any section put in one passage: under the default chunk size, so
# a passage labelled "paragraphs 4-6" stays one chunk with that label.
_PARAGRAPH_RUN = 700


def clean_text(text: str) -> str:
    """Normalise line ends and spaces, drop control and invisible characters, trim each line.

    Paragraph breaks (one empty line) survive; longer runs of empty lines collapse to one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class CharBudget:
    """Counts extracted characters so one huge file fails early instead of filling memory."""

    def __init__(self, limits: Limits) -> None:
        self.limit = limits.max_chars
        self.used = 0

    def add(self, text: str) -> str:
        """Account for ``text`` and return it; raise LimitExceeded once the limit is passed."""
        self.used += len(text)
        if self.used > self.limit:
            raise LimitExceeded(f"extracted text exceeds the limit of {self.limit:,} characters", "max_chars")
        return text


def file_too_big(size: int, limits: Limits) -> LimitExceeded:
    """The refusal of a file larger than ``max_file_bytes``."""
    limit = human_size(limits.max_file_bytes)
    return LimitExceeded(f"file size {human_size(size)} exceeds the limit of {limit}", "max_file_mb")


def check_size(path: Path, limits: Limits) -> int:
    """The file's size; ReadError when it cannot be read, LimitExceeded above ``max_file_bytes``."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if size > limits.max_file_bytes:
        raise file_too_big(size, limits)
    return size


def read_bytes(path: Path, limits: Limits) -> bytes:
    """Read a whole file after checking its size against ``max_file_bytes``."""
    check_size(path, limits)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc


def blocks(text: str) -> list[str]:
    """Split text into blocks separated by blank (or whitespace-only) lines, cleaned, empties dropped."""
    cleaned = clean_text(text)
    return [block for block in cleaned.split("\n\n") if block.strip()]


# A heading that already carries its number: "2", "2.1", "2.1." followed by a space or the end.
_NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?(?=\s|$)")


class LeftOut(str):
    """A paragraph left out of the passages (a letter's salutation, see ingest.readers.salutation) that still
    counts among the paragraphs outside sections, so those after it keep the numbers an editor counts in the
    file. Its text is empty."""

    __slots__ = ()


class SectionTracker:
    """Numbers headings and tracks the current section path (shared by the DOCX and Markdown readers).

    A heading that starts with a number is used as written; otherwise a number is computed from the
    heading levels, counting per level relative to the shallowest level in the document.
    """

    def __init__(self, levels: list[int]) -> None:
        self.base = min(levels, default=1)
        self.counters: list[int] = []
        self.stack: list[tuple[int, str]] = []
        self.paragraphs = 0  # paragraphs met outside any section so far

    def enter(self, level: int, text: str) -> str:
        """Register a heading of ``level`` and return its label text (with number)."""
        depth = max(level - self.base, 0)
        self.counters = (self.counters + [0] * (depth + 1))[: depth + 1]
        self.counters[depth] += 1
        if not _NUMBERED_HEADING.match(text):
            text = ".".join(str(n) for n in self.counters) + " " + text
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        self.stack.append((level, text))
        return text

    @property
    def path(self) -> tuple[str, ...]:
        """Headings from the outermost to the current one."""
        return tuple(text for _, text in self.stack)

    def passages(self, lines: Sequence[str], budget: CharBudget, join: Callable[[list[str]], str] = "\n".join):
        """The paragraphs ``lines`` gathered since the last heading or table, as passages.

        In a section they are one passage labelled by the section. Outside any section (a letter or memo
        without headings, or the text before the first heading) they are runs of consecutive paragraphs of
        about one chunk, labelled ``paragraph N`` or ``paragraphs N-M`` (counted through the document's text
        outside sections), so an editor finds the words instead of searching a whole "body". A ``LeftOut``
        paragraph is counted there and gives no text.
        """
        counted = [line for line in lines if line.strip() or isinstance(line, LeftOut)]
        lines = [line for line in counted if line.strip()]
        if self.stack:
            text = join(list(lines)) if lines else ""
            return [Passage(budget.add(text), self.location())] if text else []
        out: list[Passage] = []
        run: list[str] = []
        for line in counted:
            if isinstance(line, LeftOut):  # counted, so a run of paragraphs never spans it
                if run:
                    out.append(self._run_passage(run, budget, join))
                    run = []
                self.paragraphs += 1
                continue
            if run and sum(len(x) for x in run) + len(line) > _PARAGRAPH_RUN:
                out.append(self._run_passage(run, budget, join))
                run = []
            run.append(line)
        if run:
            out.append(self._run_passage(run, budget, join))
        return out

    def _run_passage(self, run: list[str], budget: CharBudget, join: Callable[[list[str]], str]) -> Passage:
        first = self.paragraphs + 1
        self.paragraphs += len(run)
        label = f"paragraph {first}" if len(run) == 1 else f"paragraphs {first}-{self.paragraphs}"
        return Passage(budget.add(join(run)), Location(label=label, paragraph=first))

    def location(self, table: int | None = None) -> Location:
        """Location of text (or table ``table``) in the current section, or before any heading."""
        section = self.stack[-1][1] if self.stack else None
        if table is not None:
            label = f"section {section}, table {table}" if section else f"table {table}"
        else:
            label = f"section {section}" if section else "body"
        return Location(label=label, section=section, section_path=self.path, table=table)


def _join_lines(lines: list[str]) -> str:
    return "\n".join(lines)


def _heading_line(block: str) -> str | None:
    """The first line of a text's first paragraph when that paragraph is a heading block, not prose: two to four
    short lines none of which ends a sentence (a video's title over its channel and views, a title over its
    author), whose first line is the title. A wrapped paragraph of prose ends with a stop, and is no title."""
    lines = [" ".join(line.split()) for line in block.split("\n") if line.strip()]
    if not 2 <= len(lines) <= 4 or any(len(line) >= _TITLE_MAX or line.endswith((".", "!", "?")) for line in lines):
        return None
    if lines[0].endswith((",", ";", "-")) or lines[1][:1].islower():
        return None  # a sentence going on into the next line
    return lines[0]


def title_heading(blocks: Sequence[Any]) -> int | None:
    """Index of the document's title among parsed blocks: the first heading, at level 1, and the only level-1
    heading (Markdown and web pages put the title there; two or more level-1 headings are all sections)."""
    headings = [(index, block) for index, block in enumerate(blocks) if block.kind == "heading"]
    if not headings or headings[0][1].level != 1:
        return None
    if sum(1 for _, block in headings if block.level == 1) != 1:
        return None
    return headings[0][0]


def passages_from_blocks(
    blocks: Sequence[Any],
    budget: CharBudget,
    *,
    title_index: int | None = None,
    body: Callable[[list[str]], str] | None = None,
) -> tuple[list[Passage], str | None]:
    """Passages of a document parsed into blocks (``kind``: heading, text, table or title; ``level``; ``text``).

    Text between headings is one passage located ``section <number> <heading>``; text outside any section is
    labelled by its paragraphs (``paragraphs 1-3``; ``body`` when ``body`` joins lines rather than
    paragraphs), each table its own ``..., table K``. The block at ``title_index``, or the first block of kind
    ``title``, names the document instead of opening a section; it is returned as the title. ``body`` joins a
    section's text lines (the Markdown reader rejoins soft-wrapped lines there).
    """
    body = body or _join_lines
    levels = [b.level for i, b in enumerate(blocks) if b.kind == "heading" and i != title_index]
    sections = SectionTracker(levels)
    title = blocks[title_index].text if title_index is not None else None
    passages: list[Passage] = []
    pending: list[str] = []
    tables = 0

    def flush() -> None:
        if body is _join_lines:  # each block is a paragraph: text outside sections is labelled by paragraph
            passages.extend(sections.passages(pending, budget))
        else:
            text = body(pending) if pending else ""
            if text:
                passages.append(Passage(budget.add(text), sections.location()))
        pending.clear()

    for index, block in enumerate(blocks):
        if block.kind == "heading":
            flush()
            if index != title_index:
                sections.enter(block.level, clean_text(block.text))
        elif block.kind == "table":
            flush()
            tables += 0 if getattr(block, "continued", False) else 1  # a further column of a table read by columns
            if block.text.strip():
                location = sections.location(table=tables)
                if part := getattr(block, "part", ""):
                    location = replace(location, label=f"{location.label}, {part}")
                passages.append(Passage(budget.add(clean_text(block.text)), location))
        elif block.kind == "title":
            title = title or block.text
        else:
            pending.append(block.text)
    flush()
    return passages, title


# the labels an FAQ uses, which alone make no transcript: "Q", "A", "Question 2", "Answer"
_FAQ_LABEL = re.compile(r"^(?:q|a|question|answer)\s*\d{0,3}$")


def _faq_passages(paragraphs: list[str], budget: CharBudget) -> list[Passage] | None:
    """An FAQ written "Q: ... / A: ..." (or "Question:" / "Answer:") as its questions over their answers: each
    answer a passage located ``section N <question>``, as the Markdown reader reads one, so "Q" and "A" are never
    taken for an interview's speakers. None when the text is no such FAQ: fewer than two pairs, notes that say
    they record an interview (ingest.readers.faq), a recording's time-stamped turns, or a transcript whose turns
    other speakers open as well ("Interviewer:", "Ms Horvat:"); those are read as they always were."""
    blocks: list[Block] = []
    for paragraph in paragraphs:
        pieces: list[list[str]] = []
        for line in paragraph.split("\n"):
            if stamped(line):
                return None
            # a label opens a line of its own even where the writer left no blank line between question and
            # answer; the lines under it are its wrapped text
            if not pieces or FAQ_Q.match(line) or FAQ_A.match(line):
                pieces.append([line])
            else:
                pieces[-1].append(line)
        blocks += [Block("text", line) for piece in pieces for line in unwrap("\n".join(piece)).split("\n")]
        blocks.append(Block("text", ""))  # a paragraph's end: a question does not run on into the next one
    read = faq_blocks(blocks)
    if read is blocks:
        return None
    lines = [Passage(p, Location(label="")) for p in paragraphs]
    if any(not _FAQ_LABEL.match(s) for s in speakers(lines)):
        return None
    passages, _ = passages_from_blocks(read, budget)
    return passages


def _unwrap_under(block: str, headings: frozenset[str]) -> str:
    """A paragraph's wrapped lines joined, an underlined heading opening it kept on a line of its own."""
    head, _, rest = block.partition("\n")
    return f"{head}\n{unwrap(rest)}".strip() if head in headings else unwrap(block)


def _org(org: OrgNotes, warnings: tuple[str, ...], limits: Limits) -> ReadResult:
    """Org notes read as a document of sections, their keywords, drawers, planning lines and comments left out."""
    passages, _ = passages_from_blocks(org.blocks, CharBudget(limits))
    if not passages:
        raise ReadError("no text found")
    note = "Org-mode markup (keywords, drawers, planning and log lines, tags, comments) left out"
    properties = DocumentProperties(title=org.title, author=org.author, date=org.date)
    return ReadResult(tuple(passages), properties, (*warnings, note), units=len(passages))


def _digest(messages: list, warnings: tuple[str, ...], limits: Limits, unit: str = "message") -> ReadResult:
    """A digest's passages, each message's (or forum post's) under its author, its first subject as the title."""
    passages = digest_passages(messages, CharBudget(limits).add, unwrap, clean_text, unit=unit)
    if not passages:
        raise ReadError("no text found")
    kind = "mailing-list digest" if unit == "message" else "forum's digest"
    note = f"a {kind} of {len(messages)} {unit}s: each is read as its sender's"
    title = next((m.subject for m in messages if m.subject), None)
    return ReadResult(tuple(passages), DocumentProperties(title=title), (*warnings, note), units=len(messages))


def _captions(captions: Captions, warnings: tuple[str, ...], limits: Limits) -> ReadResult:
    """Captions' passages, each speaker's cues in a row one turn; their first note's line as the title."""
    passages = caption_passages(captions, CharBudget(limits).add)
    if not passages:
        raise ReadError("no text found")
    note = f"captions of {len(captions.cues)} cues: their numbers, timings, header, notes and markup left out"
    return ReadResult(tuple(passages), DocumentProperties(title=captions.title), (*warnings, note), units=len(passages))


class TextReader:
    """Plain text: one passage per paragraph (blocks separated by blank lines), labelled ``paragraph K``; a
    letter's closing and signature at the end are left out."""

    name = "text"
    extensions: tuple[str, ...] = (".txt", ".text")

    @property
    def version(self) -> str:
        """Our own parser, versioned by hand (2: a line in capitals is a heading, not wrapped prose; 3: a closing
        and the signature under it are left out; 4: a transcript written a turn per line keeps each turn on its own
        line; 5: an FAQ written "Q:"/"A:" is read as questions over answers, not as an interview's turns; 6: the
        salutation opening a letter or memo is left out, and minutes' surname labels and decisions are read as such
        by ingest.turns; 7: a memo's header block and closing initials are left out, its subject its title; 8: a chat
        export's own lines, its notices, group events and placeholders, are left out, and a memo's initials may
        hold a hyphen, "J-PK", "AM-L/ks"; 9: a heading underlined with "===" or "---" is a line of its own, a page
        header or footer with a page count is left out, a word broken at a line end is joined; 10: a mailing list's
        digest is read message by message, each under its sender; 11: a copied video transcript's time code lines are
        left out, and so are a copied social post's buttons and counts; 12: a copied post's header (its author,
        headline and time line) is left out, and a first paragraph of a few short lines, a video's title over its
        channel and views, is titled by its first line; 13: Emacs Org-mode notes are read by their headings, their
        keywords naming the title, author and date, their drawers, planning and log lines, tags and comments left
        out, ingest.readers.text_org; 14: WebVTT or SubRip captions are read as a transcript, each cue's voice its
        speaker's label, the numbers, timings, header and notes left out, ingest.readers.captions, and a course forum's
        e-mail digest saved as text is read post by post, ingest.readers.forum_digest; 15: a chat export stamped in ISO
        form, "[2026-03-10 09:14] Name: text", is read as a chat, its header lines above the first message left out; 16:
        text not in UTF-8 is read in the Windows code page its words fit, 1250, 1257, 1251, 1253 or 1254 when clearly
        better than 1252, ingest.readers.legacy_encoding)."""
        return "16"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read ``path`` as plain text; ``password`` is ignored (text files cannot be encrypted)."""
        text, warnings = decode_text(read_bytes(path, limits))
        messages = split_digest(text.replace("\r\n", "\n").replace("\r", "\n"))
        if messages is not None:  # a mailing list's digest: each message is its author's (ingest.readers.digest)
            return _digest(messages, warnings, limits)
        posts = split_forum_digest(text)
        if posts is not None:  # a course forum's digest saved as text: each post its author's (forum_digest)
            return _digest(posts, warnings, limits, unit="post")
        captions = read_captions(text)
        if captions is not None:  # WebVTT or SubRip captions: a transcript of voices (ingest.readers.captions)
            return _captions(captions, warnings, limits)
        org = read_org(text.replace("\r\n", "\n").replace("\r", "\n"))
        if org is not None:  # Emacs Org-mode notes: headings as sections, Org's markup left out
            return _org(org, warnings, limits)
        # a heading underlined with "===" or "---" stays a line of its own; text copied out of a PDF brings each
        # page's header or footer line, left out, and words broken at a line end, joined (ingest.readers.text_layout)
        text, headings = underlined_headings(text.replace("\r\n", "\n").replace("\r", "\n"))
        text, furniture = drop_page_counts(clean_text(text))
        text, codes = drop_time_codes(text)  # a copied video transcript's time codes are not the speaker's words
        if codes:
            warnings = (*warnings, f"{codes} time code line(s) of a video transcript left out")
        # nor a copied post's header (author, headline, "2d • Edited"), nor its buttons and counts ("Like  Comment")
        text, header = drop_post_header(text)
        if header:
            warnings = (*warnings, "a social post's header (its author's name, headline and time) left out")
        text, social = drop_social_lines(text)
        if social:
            warnings = (*warnings, f"{social} line(s) of a social network's buttons and counts left out")
        if furniture:
            warnings = (*warnings, f"{furniture} page header or footer line(s) with a page count left out")
        text = drop_signature(rejoin_broken_words(text))  # a letter's or memo's closing and signature are not its input
        budget = CharBudget(limits)
        # nor is its salutation ("Dear colleagues,"); a paragraph that was only that is left empty, so the others
        # keep the numbers an editor counts in the file
        # a memo's header block ("To:", "From:", "Subject:") and closing initials neither: its subject is its title
        # nor are a chat export's own lines ("Messages and calls are end-to-end encrypted", "X added Y")
        chat, events = drop_chat_system_lines(blocks(text))
        if events:
            warnings = (
                *warnings,
                f"{events} line(s) the chat app wrote (its notices, group events, placeholders) left out",
            )
        memo, subject = drop_memo_paragraphs(chat)
        numbered = drop_salutation_paragraphs(memo)
        paragraphs = [block for block in numbered if block.strip()]
        faq = _faq_passages(paragraphs, CharBudget(limits))
        passages = tuple(
            faq
            if faq is not None
            else (
                Passage(budget.add(_unwrap_under(block, headings)), Location(label=f"paragraph {k}", paragraph=k))
                for k, block in enumerate(numbered, start=1)
                if block.strip()
            )
        )
        if not passages:
            raise ReadError("no text found")
        first_line = (
            _heading_line(paragraphs[0]) or (paragraphs[0] if faq is not None else passages[0].text).split("\n")[0]
        )
        labelled = faq is not None and (FAQ_Q.match(first_line) or FAQ_A.match(first_line))
        title = subject or (first_line if len(first_line) < _TITLE_MAX and not labelled else None)
        return ReadResult(
            passages=passages,
            properties=DocumentProperties(title=title),
            warnings=warnings,
            units=len(passages),
        )
