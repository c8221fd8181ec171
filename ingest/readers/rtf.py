"""RTF reader (our own tokenizer): text by section (``section 2.1 Workload``), tables as ``..., table K``, notes.

Headings are paragraphs with ``\\outlinelevelN`` or a heading style of the stylesheet ("heading 1", "Titre 2", ...);
text between headings is one passage, each table its own, footnotes and endnotes follow the passage that refers to
them as ``section ..., footnote N`` (as the DOCX reader labels them). Font tables, style sheets, pictures, objects'
data, headers and footers, field instructions, list numbers, comments, hidden and deleted text are not the
author's text and are skipped; a field's result (a hyperlink's text) is kept, a generated table of contents is not.

The parser is a flat loop over tokens with an explicit stack of group states, so nesting depth costs no recursion;
groups nested deeper than ``max_group_depth`` are flattened into their parent (with a warning), never refused.
"""

from __future__ import annotations

from pathlib import Path

from ingest.forwards import EARLIER
from ingest.model import Location, Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.fax_notice import is_fax_notice
from ingest.readers.letters_page import letters_on_page
from ingest.readers.memo import memo_cuts
from ingest.readers.rtf_groups import bold_headings
from ingest.readers.rtf_parser import Parser
from ingest.readers.salutation import salutation_cuts
from ingest.readers.signature import signature_cuts
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, LeftOut, SectionTracker, read_bytes

_Parser = Parser  # the name the reader calls (and tests patch, to make the parser fail)


def _letters(parser: _Parser, budget: CharBudget) -> list[Passage] | None:
    """A newspaper's letters page: each letter's paragraphs under its writer (ingest.readers.letters_page), the
    paper's lines, headlines and editor's note left out; None for any other document."""
    blocks = [(k, b) for k, b in enumerate(parser.body.blocks) if b.kind in ("text", "heading", "title")]
    letters = letters_on_page([b.text for _, b in blocks])
    if letters is None:
        return None
    passages = []
    for number, letter in enumerate(letters, 1):
        section = f"{EARLIER} {letter.writer}"
        for k, at in enumerate(letter.paragraphs, 1):
            location = Location(
                f"letter {number}, paragraph {k}", paragraph=blocks[at][0] + 1, section=section, section_path=(section,)
            )
            passages.append(Passage(budget.add(blocks[at][1].text), location))
    return passages


def _passages(parser: _Parser, budget: CharBudget) -> tuple[list[Passage], str | None, str | None]:
    """Passages of the body, each note after the passage that refers to it (labelled as the DOCX reader does)."""
    if (letters := _letters(parser, budget)) is not None:
        return letters, None, None
    blocks = bold_headings(parser.body.blocks)  # a document typed with bold headings and no heading styles
    sections = SectionTracker([b.level for b in blocks if b.kind == "heading"])
    passages: list[Passage] = []
    pending: list[str] = []
    roles: list[str] = []  # beside each pending text: "paragraph", or "aside" for a text box anchored in one
    waiting: list[int] = []
    numbers: dict[int, int] = {}  # note index -> number among the notes of its kind, in order of reference
    counts = {"footnote": 0, "endnote": 0}
    title: str | None = None
    tables = 0
    # a letter's salutation ("Dear colleagues,") is not its input; a paragraph that was only that is counted, so
    # the others keep their numbers (ingest.readers.salutation)
    # a fax cover sheet's "If you do not receive all pages ..." is furniture: left out, and no opening of the body
    notices = {index for index, b in enumerate(blocks) if b.kind == "text" and is_fax_notice(b.text)}
    bodily = [index for index, b in enumerate(blocks) if b.kind != "note" and index not in notices]
    greeting = salutation_cuts(
        ("paragraph" if blocks[k].kind == "text" else "aside" if blocks[k].kind == "box" else blocks[k].kind,
         blocks[k].text)
        for k in bodily
    )  # fmt: skip
    greeting = {bodily[index]: text for index, text in greeting.items()}

    def number(index: int) -> int:
        """The number of note ``index`` among the notes of its kind, given at its first reference."""
        if index not in numbers:
            kind = parser.notes[index].kind
            counts[kind] += 1
            numbers[index] = counts[kind]
        return numbers[index]

    def emit_notes() -> None:
        """The notes referred to since the last passage, each as its own passage."""
        for index in waiting:
            note = parser.notes[index]
            text = note.text()
            if text:
                base = sections.location()
                label = f"{note.kind} {number(index)}"
                if base.section:
                    label = f"{base.label}, {label}"
                location = Location(label=label, section=base.section, section_path=base.section_path)
                passages.append(Passage(budget.add(text), location))
        waiting.clear()

    def flush(last: bool = False) -> None:
        """The text gathered since the last heading or table as one passage, then its notes; at the end of the
        body, without a letter's closing and signature."""
        if last:
            cuts = signature_cuts(list(zip(roles, pending, strict=True)), after_text=bool(passages or sections.stack))
            pending[:] = [cuts.get(index, text) for index, text in enumerate(pending)]
        passages.extend(sections.passages(pending, budget))
        pending.clear()
        roles.clear()
        emit_notes()

    # a memo's header block and closing initials are no passage of its input; its subject names it
    body = [k for k, b in enumerate(blocks) if b.kind not in ("heading", "table", "title", "note", "box")]
    cuts, subject = memo_cuts([blocks[k].text for k in body])
    memo = {body[i]: text for i, text in cuts.items()}
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            flush()
            sections.enter(block.level, block.text)
        elif block.kind == "table":
            flush()
            tables += 1
            passages.append(Passage(budget.add(block.text), sections.location(table=tables)))
            emit_notes()
        elif block.kind == "title":
            title = title or block.text
        elif block.kind == "note":
            waiting.append(block.level)
        else:
            if index in notices:  # counted, so the paragraphs after it keep their numbers
                pending.append(LeftOut())
            elif index in memo:  # a memo's header or initials: a paragraph counted, so the others keep their numbers
                pending.append(memo[index] or LeftOut())
            else:
                pending.append((greeting[index] or LeftOut()) if index in greeting else block.text)
            roles.append("aside" if block.kind == "box" else "paragraph")
    flush(last=True)
    # notes nothing in the body refers to (a reference inside a text box): last, without a section
    for index, note in enumerate(parser.notes):
        text = note.text()
        if index not in numbers and text:
            passages.append(Passage(budget.add(text), Location(label=f"{note.kind} {number(index)}")))
    return passages, title, subject or None


def _rtf_start(data: bytes) -> int:
    """Offset of the opening ``{\\rtf`` after an optional BOM and whitespace; ReadError for anything else."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while start < len(data) and data[start] in b" \t\r\n\f\v\x00":
        start += 1
    if not data.startswith(b"{\\rtf", start):
        raise ReadError('not an RTF file (it does not start with "{\\rtf")')
    return start


class RtfReader:
    """Reads .rtf: ``section <number> <heading>`` text, ``..., table K`` tables, ``..., footnote N`` notes."""

    name = "rtf"
    extensions: tuple[str, ...] = (".rtf",)

    @property
    def version(self) -> str:
        """Our own tokenizer, versioned by hand (a change re-reads RTF files; 3: a letter's closing and signature
        at the end of the body are left out; 4: so is the salutation opening it, and minutes' surname labels and
        decisions are read as such by ingest.turns; 5: a memo's header block and closing initials are left out, its
        subject its title; 6: initials with a hyphen or five letters, "J-PK", "AM-L/ks", are initials too; 7: a last
        paragraph that is only its author's name and role is a signature; 8: the Title paragraph the reader sees is
        the title, before the info group's hidden one, as in DOCX; 9: a fax cover sheet's "If you do not receive all
        pages ..." notice is left out, and the letter's salutation after it with it; 10: a newspaper's letters page is
        read letter by letter, each under its writer, the paper's lines, headlines and editor's note left out,
        ingest.readers.letters_page; 11: in a document with no heading styles, short bold paragraphs are its headings,
        rtf_groups.bold_headings)."""
        return "own 11"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract passages; ``password`` is unused (RTF has no encryption)."""
        data = read_bytes(path, limits)
        try:
            return self._read(data, limits)
        except (ReadError, MemoryError):
            raise  # our own reasons, and memory exhaustion the caller's isolation reports
        except Exception as exc:  # a parser bug on hostile input must still read as a refusal, not a crash
            raise ReadError(f"malformed RTF: {type(exc).__name__}: {str(exc)[:120]}") from exc

    def _read(self, data: bytes, limits: Limits) -> ReadResult:
        parser = _Parser(data, _rtf_start(data), limits)
        parser.run()
        parser.finish()
        passages, title, subject = _passages(parser, CharBudget(limits))
        if not passages:
            raise ReadError("no text found")
        units = sum(1 for b in parser.body.blocks if b.kind != "note")
        properties = parser.properties(title, subject)
        return ReadResult(tuple(passages), properties, tuple(parser.warnings), units=units)
