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

import codecs
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, SectionTracker, clean_text, read_bytes

# One token per match: a control word with its optional numeric parameter and the one space that may end it, a
# hex escape, a control symbol (a backslash before a line end is \par), a brace, raw line ends (not text), a text
# run. The parameter is matched whole and range-checked afterwards so a digit run never leaks into the text.
_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?"
    rb"|\\'([0-9a-fA-F]{2})"
    rb"|\\([\s\S])"
    rb"|([{}])"
    rb"|([\r\n]+)"
    rb"|([^\\{}\r\n]+)"
    rb"|(\\)"
)
_WORD, _PARAM, _HEX, _SYMBOL, _BRACE, _NEWLINE, _TEXT = range(1, 8)
_MAX_PARAM = 2**31 - 1

# Destinations that hold no text of the document: tables of the header, pictures and objects' data, page furniture,
# annotations, index and TOC entries, list numbers written for old readers, revision and XML bookkeeping, math
# markup, form field settings. Most are written with ``\*`` as well, which skips any destination we do not know.
_SKIPPED = frozenset(
    (
        "aftncn aftnsep aftnsepc annotation atnauthor atndate atnicn atnid atnparent atnref atntime atrfend atrfstart "
        "background bkmkend bkmkstart blipuid colorschememapping colortbl comment datafield datastore defchp defpap do "
        "docvar dptxbxtext ebcend ebcstart factoidname falt fchars ffdeftext ffentrymcr ffexitmcr ffformat "
        "ffhelptext ffl ffname ffstattext file filetbl fldtype fname fontemb fontfile footer footerf footerl footerr "
        "formfield ftncn ftnsep ftnsepc g generator gridtbl header headerf headerl headerr hl hlfr hlinkbase hlloc "
        "hlsrc hsv htmltag keycode latentstyles lchars levelnumbers leveltext lfolevel linkval list listlevel listname "
        "listoverride listoverridetable listpicture liststylename listtable listtext lsdlockedexcept mmath "
        "mmathPict mmathPr nextfile nonesttables nonshppict objalias objclass objdata objname objsect objtime "
        "oldcprops oldpprops oldsprops oldtprops oleclsid panose password passwordhash pgdsctbl pgp pgptbl picprop "
        "pict pn pnseclvl pntext pntxta pntxtb private propname protend protstart protusertbl pxe revtbl rsidtbl rxe "
        "shppict shprslt sn sp staticval sv svb tc template themedata txe userprops wgrffmtfilter windowcaption "
        "writereservation writereservhash xe xform xmlattrname xmlattrvalue xmlclose xmlname xmlnstbl xmlopen"
    ).split()
)
# Words after ``\*`` that we read instead of skipping with the rest of the unknown ignorable destinations.
_STARRED = frozenset({"footnote", "fldinst", "shpinst", "shptxt", "ud", "nesttableprops"})
# Containers whose own content is data but one sub-destination holds the text shown: an object's result, a
# shape's text box, the Unicode copy of an ANSI run.
_CONTAINERS = {"object": "result", "shpinst": "shptxt", "upr": "ud"}
_INFO_FIELDS = frozenset({"title", "author", "operator"})
_INFO_DATES = frozenset({"creatim", "revtim"})
_GENERATED_FIELDS = frozenset({"TOC", "INDEX", "TOA"})  # a field result that repeats text found elsewhere
_CHARS = {
    "line": "\n",
    "page": "\n",
    "column": "\n",
    "tab": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
}
_SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "\t": "\t"}
# \fcharsetN -> Windows code page (0 and 1 mean the document's own code page; 2, Symbol, has no code page)
_CHARSETS = {
    77: 10000,
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
    255: 437,
}
_CODEPAGE_NAMES = {
    10000: "mac_roman",
    10006: "mac_greek",
    10007: "mac_cyrillic",
    10029: "mac_latin2",
    10079: "mac_iceland",
    10081: "mac_turkish",
    20127: "ascii",
    20866: "koi8_r",
    21866: "koi8_u",
    65001: "utf-8",
    **{28590 + n: f"iso8859_{n}" for n in range(1, 16)},
}
_DEFAULT_CODEPAGE = 1252
_HEADING_STYLE = re.compile(
    r"^(?:heading|titre|titolo|t[ií]tulo|[üu]berschrift|ueberschrift|kop|nag[łl][óo]wek|rubrik|otsikko|overskrift"
    r"|nadpis|cabe[çc]alho|encabezado|заголовок)\s*([1-9])$",
    re.IGNORECASE,
)
# Entries of a generated table of contents (Word's "toc 1", LibreOffice's "Contents 1"): they repeat the headings.
_TOC_STYLE = re.compile(r"^(?:toc|contents)\s*[1-9]$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "titre", "titel", "titolo", "título", "titulo", "tytuł", "название"})
_SURROGATE = re.compile("[\ud800-\udfff]")
_ISO_DATE_PARTS = ("yr", "mo", "dy")


@functools.cache
def _codec(codepage: int) -> str | None:
    """Python codec of a Windows code page number; None when Python has none."""
    name = _CODEPAGE_NAMES.get(codepage, f"cp{codepage}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _fix_surrogates(text: str) -> str:
    """Join UTF-16 surrogate pairs written as two ``\\uN``; a lone half becomes U+FFFD (it cannot be stored)."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _one_line(text: str) -> str:
    return clean_text(_fix_surrogates(text)).replace("\n", " ")


@dataclass
class _Block:
    kind: str  # "heading", "text", "table", "title", "note" (a reference: ``level`` is the note's index)
    text: str
    level: int = 0


@dataclass
class _Story:
    """One flow of text: the body, a footnote or endnote, a text box. Collects paragraphs and table rows."""

    kind: str  # "body", "footnote", "endnote", "box"
    parts: list[str] = field(default_factory=list)  # the paragraph being read
    cell_parts: list[str] = field(default_factory=list)  # finished paragraphs of the cell being read
    cells: list[str] = field(default_factory=list)  # finished cells of the row being read
    rows: list[str] = field(default_factory=list)  # finished rows of the table being read
    nest_parts: list[str] = field(default_factory=list)  # the same three for a table nested in a cell
    nest_cells: list[str] = field(default_factory=list)
    nest_rows: list[str] = field(default_factory=list)
    row_def: list[str] = field(default_factory=list)  # per cell of the row definition: "", "first", "merged", "gone"
    merged: dict[int, str] = field(default_factory=dict)  # cell index -> text of the vertical merge started there
    blocks: list[_Block] = field(default_factory=list)
    waiting: list[_Block] = field(default_factory=list)  # text boxes and note references, placed after a block
    done: bool = False

    def take(self) -> str:
        text = "".join(self.parts)
        self.parts.clear()
        return text

    def add(self, block: _Block | None) -> None:
        """Append a block, then what was anchored in it (table cells keep theirs until the table ends)."""
        if block is not None:
            self.blocks.append(block)
        self.blocks.extend(self.waiting)
        self.waiting.clear()

    def end_nested(self) -> None:
        if self.nest_parts:  # text after a nested table's last row: one more cell of it
            self.nest_cells.append(_one_line(" ".join(self.nest_parts)))
            self.nest_parts.clear()
        if any(self.nest_cells):
            self.nest_rows.append(" | ".join(self.nest_cells))
        self.nest_cells.clear()
        if self.nest_rows:
            self.cell_parts.append("; ".join(self.nest_rows))
            self.nest_rows.clear()

    def cell(self) -> None:
        self.end_nested()
        self.cell_parts.append(self.take())
        self.cells.append(" ".join(t for p in self.cell_parts if (t := _one_line(p))))
        self.cell_parts.clear()

    def row(self) -> None:
        if "".join(self.parts).strip() or self.cell_parts or self.nest_rows or self.nest_cells:
            self.cell()
        self.parts.clear()
        cells = []
        for index, text in enumerate(self.cells):
            merge = self.row_def[index] if index < len(self.row_def) else ""
            if merge == "gone" and not text:
                continue  # the continuation of a horizontal merge: the cell counts once
            if merge == "merged" and not text:
                text = self.merged.get(index, "")  # a vertical merge repeats its text so every row reads whole
            elif merge == "first":
                self.merged[index] = text
            cells.append(text)
        if any(cells):
            self.rows.append(" | ".join(cells))
        self.cells.clear()

    def in_table(self) -> bool:
        return bool(self.rows or self.cells or self.cell_parts or self.nest_rows or self.nest_cells)

    def close_table(self) -> None:
        if self.cells or self.cell_parts or self.nest_rows or self.nest_cells:
            self.row()
        if self.rows:
            self.add(_Block("table", "\n".join(self.rows)))
            self.rows.clear()
        self.merged.clear()

    def end(self) -> None:
        """Finish the last paragraph and table (files often end without a final \\par or \\row)."""
        if self.done:
            return
        if "".join(self.parts).strip():
            if self.in_table():
                self.cell()
            else:
                self.add(_Block("text", clean_text(_fix_surrogates(self.take()))))
        self.parts.clear()
        self.close_table()
        self.add(None)
        self.done = True

    def text(self) -> str:
        """The story flattened to lines: what a note or a text box contributes to its anchor."""
        return clean_text("\n".join(b.text for b in self.blocks if b.kind != "note" and b.text))


@dataclass
class _Field:
    instruction: list[str] = field(default_factory=list)


@dataclass
class _Style:
    name: str
    outline: int | None


@dataclass
class _State:
    """Properties a group inherits and restores when it closes."""

    story: _Story
    dest: str = "text"  # text, skip, hold, fonttbl, stylesheet, info, prop, date, fldinst
    prop: str = ""  # the info field or date read by a prop/date destination
    resume: tuple[str, str] | None = None  # (word, destination) that ends a hold
    field: _Field | None = None
    font: int | None = None
    uc: int = 1
    style: int = 0
    paragraph_style: bool = True  # in the stylesheet: the entry is a paragraph style (\s), not \cs, \ds, \ts
    outline: int | None = None
    intbl: bool = False
    itap: int = 1
    hidden: bool = False
    cell_merge: str = ""  # the merge mark (\clvmgf, \clvmrg, \clmrg) of the cell definition being read

    def copy(self) -> _State:
        new = _State.__new__(_State)
        new.__dict__.update(self.__dict__)
        return new


class _Parser:
    """Runs the token loop; keeps the document-wide tables (fonts, styles, info) and the stories."""

    def __init__(self, data: bytes, start: int, limits: Limits) -> None:
        self.data = data
        self.pos = start
        self.limits = limits
        self.body = _Story("body")
        self.notes: list[_Story] = []
        self.boxes: list[tuple[_Story, _Story]] = []
        self.state = _State(self.body)
        self.stack: list[_State] = []
        self.flattened = 0  # groups beyond max_group_depth, read as part of their parent
        self.depth_warned = False
        self.codepage = _DEFAULT_CODEPAGE
        self.default_font: int | None = None
        self.font_codepages: dict[int, int] = {}
        self.styles: dict[int, _Style] = {}
        self.style_name: list[str] = []
        self.info: dict[str, list[str]] = {}
        self.dates: dict[str, dict[str, int]] = {}
        self.pending = bytearray()  # text bytes not yet decoded (a double-byte character may span two escapes)
        self.skip = 0  # fallback characters still to drop after \uN
        self.star = False  # \* seen: the next control word names an ignorable destination
        self.raw_chars = 0
        # the exact limit applies to the cleaned passages; this coarser one stops a huge file early
        self.raw_limit = 2 * limits.max_chars + 1_000_000
        self.warnings: list[str] = []

    # --- the token loop ---

    def run(self) -> None:
        data, match = self.data, _TOKEN.match
        end = len(data)
        while self.pos < end:
            m = match(data, self.pos)
            if m is None:  # cannot happen (the last alternative takes a lone backslash), but never loop
                break
            self.pos = m.end()
            kind = m.lastindex
            state = self.state
            if state.dest == "skip":
                if kind == _BRACE:
                    if not self.brace(m.group(_BRACE)):
                        break
                elif kind in (_WORD, _PARAM) and m.group(_WORD) == b"bin":
                    self.binary(m.group(_PARAM))
                continue
            if kind == _TEXT:
                text = m.group(_TEXT)
                if self.skip:
                    dropped = min(self.skip, len(text))
                    self.skip -= dropped
                    text = text[dropped:]
                self.pending += text
                continue
            if kind == _HEX:
                if self.skip:
                    self.skip -= 1
                else:
                    self.pending.append(int(m.group(_HEX), 16))
                continue
            if kind == _NEWLINE:
                continue
            self.flush()
            if kind == _BRACE:
                if not self.brace(m.group(_BRACE)):
                    break
            elif kind in (_WORD, _PARAM):
                word = m.group(_WORD).decode("ascii")
                param = _param(m.group(_PARAM))
                if word == "bin":
                    self.binary(m.group(_PARAM))
                elif self.skip and word != "u":
                    self.skip -= 1  # a control word in the fallback of \uN counts as one character
                else:
                    self.word(word, param)
            elif kind == _SYMBOL:
                if self.skip:
                    self.skip -= 1
                else:
                    self.symbol(m.group(_SYMBOL).decode("latin-1"))
        self.flush()

    def brace(self, brace: bytes) -> bool:
        """Open or close a group; False once the document's outermost group has closed."""
        self.skip = 0
        self.star = False
        if brace == b"{":
            if len(self.stack) >= self.limits.max_group_depth:
                self.flattened += 1
                if not self.depth_warned:
                    self.depth_warned = True
                    self.warnings.append(
                        f"groups nested deeper than {self.limits.max_group_depth} levels were read as part of their "
                        "parent group (setting max_group_depth)"
                    )
            else:
                self.stack.append(self.state)
                self.state = self.state.copy()
            return True
        if self.flattened:
            self.flattened -= 1
            return True
        if len(self.stack) <= 1:
            return False  # the document's group: its state stays, for a last paragraph without \par
        closed, self.state = self.state, self.stack.pop()
        if closed.dest == "stylesheet" and self.style_name:
            self.end_style(closed)
        if closed.story is not self.state.story:
            self.end_story(closed.story, self.state.story)
        return True

    def end_story(self, story: _Story, parent: _Story) -> None:
        """A note or text box whose group closed; a text box's text goes after the paragraph it is anchored in."""
        story.end()
        if story.kind == "box" and (text := story.text()):
            parent.waiting.append(_Block("text", text))

    def binary(self, param: bytes | None) -> None:
        """Skip the raw bytes of \\binN: they are data, and may hold braces and backslashes."""
        count = _param(param) or 0
        self.pos = min(self.pos + max(count, 0), len(self.data))
        self.skip = max(self.skip - 1, 0)

    def flush(self) -> None:
        """Decode the pending text bytes with the code page of the current font and write them."""
        if not self.pending:
            return
        data = bytes(self.pending)
        self.pending.clear()
        codepage = self.codepage
        font = self.state.font if self.state.font is not None else self.default_font
        if font is not None:
            codepage = self.font_codepages.get(font, codepage)
        self.write(data.decode(_codec(codepage) or "cp1252", "replace"))

    def write(self, text: str) -> None:
        """Send decoded text where the current destination keeps it."""
        state = self.state
        dest = state.dest
        if dest == "text":
            if state.hidden:
                return
            self.raw_chars += len(text)
            if self.raw_chars > self.raw_limit:
                limit = self.limits.max_chars
                raise LimitExceeded(f"extracted text exceeds the limit of {limit:,} characters", "max_chars")
            state.story.parts.append(text)
        elif dest == "stylesheet":
            while ";" in text:
                before, text = text.split(";", 1)
                self.style_name.append(before)
                self.end_style(state)
            self.style_name.append(text)
        elif dest == "prop":
            self.info.setdefault(state.prop, []).append(text)
        elif dest == "fldinst" and state.field is not None:
            state.field.instruction.append(text)

    def end_style(self, state: _State) -> None:
        name = _one_line("".join(self.style_name)).strip()
        self.style_name.clear()
        if name and state.paragraph_style:
            self.styles[state.style] = _Style(name, state.outline)

    # --- control words ---

    def word(self, word: str, param: int | None) -> None:
        state = self.state
        if self.star:
            self.star = False
            if word not in _STARRED:
                state.dest = "skip"
                return
        if state.resume is not None and state.dest == "hold":
            if word != state.resume[0]:
                if word in _SKIPPED:
                    state.dest = "skip"
                return
            state.dest, state.resume = state.resume[1], None  # the text shown: read on (a text box starts below)
        if self.destination(word):
            return
        dest = state.dest
        if dest == "text":
            self.text_word(word, param)
        elif dest == "fonttbl":
            if word == "f" and param is not None:
                state.font = param
            elif word in ("fcharset", "cpg") and param is not None and state.font is not None:
                codepage = _CHARSETS.get(param) if word == "fcharset" else param
                if codepage is not None and (word == "cpg" or state.font not in self.font_codepages):
                    self.font_codepages[state.font] = codepage
        elif dest == "stylesheet":
            if word == "s":
                state.style, state.paragraph_style = param or 0, True
            elif word in ("cs", "ds", "ts", "tsrowd"):
                state.paragraph_style = False
            elif word == "outlinelevel":
                state.outline = param
        elif dest == "date" and word in _ISO_DATE_PARTS and param is not None:
            self.dates.setdefault(state.prop, {})[word] = param
        elif dest in ("prop", "fldinst") and word in _CHARS:
            self.write(" ")
        elif word == "u" and param is not None and dest in ("prop", "stylesheet", "fldinst"):
            self.unicode(param)
        elif word == "uc" and param is not None:
            state.uc = max(param, 0)

    def destination(self, word: str) -> bool:
        """Handle a word that starts a destination; False for any other word."""
        state = self.state
        if word in _SKIPPED:
            state.dest = "skip"
        elif word in _CONTAINERS:
            state.resume, state.dest = (_CONTAINERS[word], state.dest), "hold"
        elif word == "fonttbl":
            state.dest = "fonttbl"
        elif word == "stylesheet":
            state.dest, state.style, state.outline, state.paragraph_style = "stylesheet", 0, None, True
            self.style_name.clear()
        elif word == "info":
            state.dest = "info"
        elif state.dest == "info" and word in _INFO_FIELDS:
            state.dest, state.prop = "prop", word
            self.info[word] = []
        elif state.dest == "info" and word in _INFO_DATES:
            state.dest, state.prop = "date", word
        elif word == "field":
            state.field = _Field()
        elif word == "fldinst":
            state.dest = "fldinst" if state.dest == "text" else "skip"
        elif word == "fldrslt":
            instruction = "".join(state.field.instruction).split() if state.field else []
            if instruction and instruction[0].upper() in _GENERATED_FIELDS:
                state.dest = "skip"
        elif word == "footnote":
            if state.dest != "text" or state.story.kind != "body":
                state.dest = "skip"  # notes in notes, text boxes or headers: not the document's running text
                return True
            note = _Story("footnote")
            self.notes.append(note)
            state.story.waiting.append(_Block("note", "", len(self.notes) - 1))
            state.story = note
            state.intbl, state.itap, state.style, state.outline = False, 1, 0, None
        elif word == "nesttableprops":
            state.itap = 2  # the definition of a nested table's row, not of the row being read
        elif word == "shptxt" and state.dest == "text":
            box = _Story("box")
            self.boxes.append((state.story, box))
            state.story = box
            state.intbl, state.itap, state.style, state.outline = False, 1, 0, None
        else:
            return False
        return True

    def text_word(self, word: str, param: int | None) -> None:
        """A control word inside running text: characters, breaks, table marks, paragraph and font properties."""
        state = self.state
        story = state.story
        if word == "par" or word == "sect":
            self.paragraph()
        elif word in _CHARS:
            self.write(_CHARS[word])
        elif word == "u" and param is not None:
            self.unicode(param)
        elif word == "cell":
            story.cell()
        elif word == "row":
            story.row()
        elif word == "nestcell":
            story.nest_parts.append(story.take())
            story.nest_cells.append(" ".join(t for p in story.nest_parts if (t := _one_line(p))))
            story.nest_parts.clear()
        elif word == "nestrow":
            if any(story.nest_cells):
                story.nest_rows.append(" | ".join(story.nest_cells))
            story.nest_cells.clear()
        elif word == "pard":
            state.style, state.outline, state.intbl, state.itap = 0, None, False, 1
        elif word == "plain":
            state.font, state.hidden = None, False
        elif word == "s":
            state.style = param or 0
        elif word == "outlinelevel":
            state.outline = param
        elif word == "intbl":
            state.intbl = True
        elif word in ("trowd", "cellx", "clvmgf", "clvmrg", "clmrg") and state.itap < 2:
            self.row_definition(word)
        elif word == "itap":
            state.itap = param if param is not None else 1
        elif word == "f":
            state.font = param
        elif word in ("v", "deleted"):
            state.hidden = param != 0
        elif word == "ftnalt" and story.kind == "footnote":
            story.kind = "endnote"
        elif word == "uc" and param is not None:
            state.uc = max(param, 0)
        elif word == "ansicpg" and param is not None:
            self.set_codepage(param)
        elif word in ("mac", "pc", "pca"):
            self.codepage = {"mac": 10000, "pc": 437, "pca": 850}[word]
        elif word == "deff":
            self.default_font = param

    def row_definition(self, word: str) -> None:
        """Read the merge marks of a row definition (written before the row's cells, by Word also again after)."""
        state, story = self.state, self.state.story
        if word == "trowd":
            story.row_def = []
            state.cell_merge = ""
        elif word == "cellx":
            story.row_def.append(state.cell_merge)
            state.cell_merge = ""
        else:
            state.cell_merge = {"clvmgf": "first", "clvmrg": "merged", "clmrg": "gone"}[word]

    def set_codepage(self, codepage: int) -> None:
        if _codec(codepage) is None:
            self.warnings.append(f"unknown code page {codepage}; decoded as Windows-1252 (cp1252)")
            codepage = _DEFAULT_CODEPAGE
        self.codepage = codepage

    def unicode(self, param: int) -> None:
        code = param + 65536 if param < 0 else param
        if 0 <= code <= 0x10FFFF:
            self.write(chr(code))
        self.skip = self.state.uc

    def symbol(self, char: str) -> None:
        state = self.state
        if char == "*":
            self.star = True
        elif char in "\r\n":
            if state.dest == "text":
                self.paragraph()
        elif char in _SYMBOLS and state.dest in ("text", "prop", "stylesheet", "fldinst"):
            self.write(_SYMBOLS[char])

    # --- paragraphs ---

    def paragraph(self) -> None:
        """End the paragraph (\\par): a cell paragraph, a heading, the title or text of its story."""
        state = self.state
        story = state.story
        text = story.take()
        if state.intbl:
            if state.itap >= 2:
                story.nest_parts.append(text)
            else:
                story.end_nested()
                story.cell_parts.append(text)
            return
        story.close_table()
        text = clean_text(_fix_surrogates(text))
        if not text:
            story.add(None)
            return
        block = _Block("text", text)
        if story.kind == "body":
            level = self.heading_level(state)
            style = self.styles.get(state.style)
            if style is not None and _TOC_STYLE.match(style.name):
                story.add(None)
                return
            if level is not None:
                block = _Block("heading", text.replace("\n", " "), level)
            elif style is not None and style.name.lower() in _TITLE_STYLES:
                block = _Block("title", text.replace("\n", " "))
        story.add(block)

    def heading_level(self, state: _State) -> int | None:
        """Level (1-9) from the paragraph's outline level, else its style's outline level or name."""
        outline = state.outline
        style = self.styles.get(state.style)
        if outline is None and style is not None:
            outline = style.outline
        if outline is not None:
            return outline + 1 if 0 <= outline <= 8 else None  # 9 is body text
        match = _HEADING_STYLE.match(style.name) if style is not None else None
        return int(match.group(1)) if match else None

    def finish(self) -> None:
        """End the last paragraph (often without \\par), then every story a truncated file left open."""
        if self.state.dest == "text" and "".join(self.state.story.parts).strip():
            self.paragraph()
        for parent, box in reversed(self.boxes):
            if not box.done:
                self.end_story(box, parent)
        self.body.end()
        for note in self.notes:
            note.end()

    # --- results ---

    def properties(self, title_text: str | None) -> DocumentProperties:
        def prop(name: str) -> str | None:
            return _one_line("".join(self.info.get(name, []))) or None

        return DocumentProperties(title=prop("title") or title_text, author=prop("author"), date=self.date())

    def date(self) -> str | None:
        for name in ("creatim", "revtim"):
            parts = self.dates.get(name, {})
            year, month, day = (parts.get(p, 0) for p in _ISO_DATE_PARTS)
            if 1000 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
        return None


def _param(raw: bytes | None) -> int | None:
    """A control word's parameter, clamped (huge digit runs are malformed, and int() of them is slow)."""
    if raw is None:
        return None
    if len(raw) > 11:
        return -_MAX_PARAM if raw.startswith(b"-") else _MAX_PARAM
    return max(-_MAX_PARAM, min(int(raw), _MAX_PARAM))


def _passages(parser: _Parser, budget: CharBudget) -> tuple[list[Passage], str | None]:
    """Passages of the body, each note after the passage that refers to it (labelled as the DOCX reader does)."""
    blocks = parser.body.blocks
    sections = SectionTracker([b.level for b in blocks if b.kind == "heading"])
    passages: list[Passage] = []
    pending: list[str] = []
    waiting: list[int] = []
    numbers: dict[int, int] = {}  # note index -> number among the notes of its kind, in order of reference
    counts = {"footnote": 0, "endnote": 0}
    title: str | None = None
    tables = 0

    def number(index: int) -> int:
        if index not in numbers:
            kind = parser.notes[index].kind
            counts[kind] += 1
            numbers[index] = counts[kind]
        return numbers[index]

    def emit_notes() -> None:
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

    def flush() -> None:
        if pending:
            passages.append(Passage(budget.add("\n".join(pending)), sections.location()))
            pending.clear()
        emit_notes()

    for block in blocks:
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
            pending.append(block.text)
    flush()
    # notes nothing in the body refers to (a reference inside a text box): last, without a section
    for index, note in enumerate(parser.notes):
        text = note.text()
        if index not in numbers and text:
            passages.append(Passage(budget.add(text), Location(label=f"{note.kind} {number(index)}")))
    return passages, title


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
        """Our own tokenizer, versioned by hand (a change re-reads RTF files)."""
        return "own 1"

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
        passages, title = _passages(parser, CharBudget(limits))
        if not passages:
            raise ReadError("no text found")
        units = sum(1 for b in parser.body.blocks if b.kind != "note")
        return ReadResult(tuple(passages), parser.properties(title), tuple(parser.warnings), units=units)
