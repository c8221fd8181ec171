"""The RTF parser: a flat loop over tokens with an explicit stack of group states (see ``rtf.py``).

It keeps the document-wide tables (fonts, styles, info) and fills the stories of ``rtf_groups``.
"""

from __future__ import annotations

from ingest.model import DocumentProperties
from ingest.readers.base import LimitExceeded, Limits
from ingest.readers.rtf_groups import Block, Field, GroupState, Story, Style
from ingest.readers.rtf_tokens import (
    BRACE,
    CHARS,
    CHARSETS,
    CONTAINERS,
    DEFAULT_CODEPAGE,
    GENERATED_FIELDS,
    HEADING_STYLE,
    HEX,
    INFO_DATES,
    INFO_FIELDS,
    ISO_DATE_PARTS,
    NEWLINE,
    PARAM,
    SKIPPED,
    STARRED,
    SYMBOL,
    SYMBOLS,
    TEXT,
    TITLE_STYLES,
    TOC_STYLE,
    TOKEN,
    WORD,
    codec,
    fix_surrogates,
    one_line,
    parse_param,
)
from ingest.readers.text import clean_text


class Parser:
    """Runs the token loop; keeps the document-wide tables (fonts, styles, info) and the stories."""

    def __init__(self, data: bytes, start: int, limits: Limits) -> None:
        self.data = data
        self.pos = start
        self.limits = limits
        self.body = Story("body")
        self.notes: list[Story] = []
        self.boxes: list[tuple[Story, Story]] = []
        self.state = GroupState(self.body)
        self.stack: list[GroupState] = []
        self.flattened = 0  # groups beyond max_group_depth, read as part of their parent
        self.depth_warned = False
        self.codepage = DEFAULT_CODEPAGE
        self.default_font: int | None = None
        self.font_codepages: dict[int, int] = {}
        self.styles: dict[int, Style] = {}
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
        """Read every token up to the end of the document's group."""
        data, match = self.data, TOKEN.match
        end = len(data)
        while self.pos < end:
            m = match(data, self.pos)
            if m is None:  # cannot happen (the last alternative takes a lone backslash), but never loop
                break
            self.pos = m.end()
            kind = m.lastindex
            state = self.state
            if state.dest == "skip":
                if kind == BRACE:
                    if not self.brace(m.group(BRACE)):
                        break
                elif kind in (WORD, PARAM) and m.group(WORD) == b"bin":
                    self.binary(m.group(PARAM))
                continue
            if kind == TEXT:
                text = m.group(TEXT)
                if self.skip:
                    dropped = min(self.skip, len(text))
                    self.skip -= dropped
                    text = text[dropped:]
                self.pending += text
                continue
            if kind == HEX:
                if self.skip:
                    self.skip -= 1
                else:
                    self.pending.append(int(m.group(HEX), 16))
                continue
            if kind == NEWLINE:
                continue
            self.flush()
            if kind == BRACE:
                if not self.brace(m.group(BRACE)):
                    break
            elif kind in (WORD, PARAM):
                word = m.group(WORD).decode("ascii")
                param = parse_param(m.group(PARAM))
                if word == "bin":
                    self.binary(m.group(PARAM))
                elif self.skip and word != "u":
                    self.skip -= 1  # a control word in the fallback of \uN counts as one character
                else:
                    self.word(word, param)
            elif kind == SYMBOL:
                if self.skip:
                    self.skip -= 1
                else:
                    self.symbol(m.group(SYMBOL).decode("latin-1"))
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

    def end_story(self, story: Story, parent: Story) -> None:
        """A note or text box whose group closed; a text box's text goes after the paragraph it is anchored in."""
        story.end()
        if story.kind == "box" and (text := story.text()):
            parent.waiting.append(Block("box", text))

    def binary(self, param: bytes | None) -> None:
        """Skip the raw bytes of \\binN: they are data, and may hold braces and backslashes."""
        count = parse_param(param) or 0
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
        self.write(data.decode(codec(codepage) or "cp1252", "replace"))

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
            if not text.isspace():
                state.story.bold.append(state.bold)
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

    def end_style(self, state: GroupState) -> None:
        """A stylesheet entry closed: remember its name and the outline level it gives."""
        name = one_line("".join(self.style_name)).strip()
        self.style_name.clear()
        if name and state.paragraph_style:
            self.styles[state.style] = Style(name, state.outline)

    # --- control words ---

    def word(self, word: str, param: int | None) -> None:
        """Handle a control word: a destination, a property of the group, or a special character."""
        state = self.state
        if self.star:
            self.star = False
            if word not in STARRED:
                state.dest = "skip"
                return
        if state.resume is not None and state.dest == "hold":
            if word != state.resume[0]:
                if word in SKIPPED:
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
                codepage = CHARSETS.get(param) if word == "fcharset" else param
                if codepage is not None and (word == "cpg" or state.font not in self.font_codepages):
                    self.font_codepages[state.font] = codepage
        elif dest == "stylesheet":
            if word == "s":
                state.style, state.paragraph_style = param or 0, True
            elif word in ("cs", "ds", "ts", "tsrowd"):
                state.paragraph_style = False
            elif word == "outlinelevel":
                state.outline = param
        elif dest == "date" and word in ISO_DATE_PARTS and param is not None:
            self.dates.setdefault(state.prop, {})[word] = param
        elif dest in ("prop", "fldinst") and word in CHARS:
            self.write(" ")
        elif word == "u" and param is not None and dest in ("prop", "stylesheet", "fldinst"):
            self.unicode(param)
        elif word == "uc" and param is not None:
            state.uc = max(param, 0)

    def destination(self, word: str) -> bool:
        """Handle a word that starts a destination; False for any other word."""
        state = self.state
        if word in SKIPPED:
            state.dest = "skip"
        elif word in CONTAINERS:
            state.resume, state.dest = (CONTAINERS[word], state.dest), "hold"
        elif word == "fonttbl":
            state.dest = "fonttbl"
        elif word == "stylesheet":
            state.dest, state.style, state.outline, state.paragraph_style = "stylesheet", 0, None, True
            self.style_name.clear()
        elif word == "info":
            state.dest = "info"
        elif state.dest == "info" and word in INFO_FIELDS:
            state.dest, state.prop = "prop", word
            self.info[word] = []
        elif state.dest == "info" and word in INFO_DATES:
            state.dest, state.prop = "date", word
        elif word == "field":
            state.field = Field()
        elif word == "fldinst":
            state.dest = "fldinst" if state.dest == "text" else "skip"
        elif word == "fldrslt":
            instruction = "".join(state.field.instruction).split() if state.field else []
            if instruction and instruction[0].upper() in GENERATED_FIELDS:
                state.dest = "skip"
        elif word == "footnote":
            if state.dest != "text" or state.story.kind != "body":
                state.dest = "skip"  # notes in notes, text boxes or headers: not the document's running text
                return True
            note = Story("footnote")
            self.notes.append(note)
            state.story.waiting.append(Block("note", "", len(self.notes) - 1))
            state.story = note
            state.intbl, state.itap, state.style, state.outline = False, 1, 0, None
        elif word == "nesttableprops":
            state.itap = 2  # the definition of a nested table's row, not of the row being read
        elif word == "shptxt" and state.dest == "text":
            box = Story("box")
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
        elif word in CHARS:
            self.write(CHARS[word])
        elif word == "u" and param is not None:
            self.unicode(param)
        elif word == "cell":
            story.cell()
        elif word == "row":
            story.row()
        elif word == "nestcell":
            story.nest_parts.append(story.take())
            story.nest_cells.append(" ".join(t for p in story.nest_parts if (t := one_line(p))))
            story.nest_parts.clear()
        elif word == "nestrow":
            if any(story.nest_cells):
                story.nest_rows.append(" | ".join(story.nest_cells))
            story.nest_cells.clear()
        elif word == "pard":
            state.style, state.outline, state.intbl, state.itap = 0, None, False, 1
        elif word == "plain":
            state.font, state.hidden, state.bold = None, False, False
        elif word == "b":
            state.bold = param != 0
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
        """Decode the text that follows with ``codepage`` (one without a Python codec: cp1252, with a warning)."""
        if codec(codepage) is None:
            self.warnings.append(f"unknown code page {codepage}; decoded as Windows-1252 (cp1252)")
            codepage = DEFAULT_CODEPAGE
        self.codepage = codepage

    def unicode(self, param: int) -> None:
        """Write ``\\uN`` (negative N counts from 65536) and skip its fallback characters."""
        code = param + 65536 if param < 0 else param
        if 0 <= code <= 0x10FFFF:
            self.write(chr(code))
        self.skip = self.state.uc

    def symbol(self, char: str) -> None:
        """Handle a control symbol (``\\*``, ``\\~``, an escaped brace, ...)."""
        state = self.state
        if char == "*":
            self.star = True
        elif char in "\r\n":
            if state.dest == "text":
                self.paragraph()
        elif char in SYMBOLS and state.dest in ("text", "prop", "stylesheet", "fldinst"):
            self.write(SYMBOLS[char])

    # --- paragraphs ---

    def paragraph(self) -> None:
        """End the paragraph (\\par): a cell paragraph, a heading, the title or text of its story."""
        state = self.state
        story = state.story
        bold = bool(story.bold) and all(story.bold)
        text = story.take()
        if state.intbl:
            if state.itap >= 2:
                story.nest_parts.append(text)
            else:
                story.end_nested()
                story.cell_parts.append(text)
            return
        story.close_table()
        text = clean_text(fix_surrogates(text))
        if not text:
            story.add(None)
            return
        block = Block("text", text, bold=bold and "\n" not in text)
        if story.kind == "body":
            level = self.heading_level(state)
            style = self.styles.get(state.style)
            if style is not None and TOC_STYLE.match(style.name):
                story.add(None)
                return
            if level is not None:
                block = Block("heading", text.replace("\n", " "), level)
            elif style is not None and style.name.lower() in TITLE_STYLES:
                block = Block("title", text.replace("\n", " "))
        story.add(block)

    def heading_level(self, state: GroupState) -> int | None:
        """Level (1-9) from the paragraph's outline level, else its style's outline level or name."""
        outline = state.outline
        style = self.styles.get(state.style)
        if outline is None and style is not None:
            outline = style.outline
        if outline is not None:
            return outline + 1 if 0 <= outline <= 8 else None  # 9 is body text
        match = HEADING_STYLE.match(style.name) if style is not None else None
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

    def properties(self, title_text: str | None, fallback: str | None = None) -> DocumentProperties:
        """Title, author and date: the title is the Title-styled paragraph ``title_text``, which every reader of the
        document sees, before the info group's (hidden, often a template's or an earlier version's), then
        ``fallback`` (a memo's subject); author and date from the info group."""

        def prop(name: str) -> str | None:
            """One info field as one line, None when empty."""
            return one_line("".join(self.info.get(name, []))) or None

        title = title_text or prop("title") or fallback
        return DocumentProperties(title=title, author=prop("author"), date=self.date())

    def date(self) -> str | None:
        """The creation (else revision) date of the info group as YYYY-MM-DD, None when absent or invalid."""
        for name in ("creatim", "revtim"):
            parts = self.dates.get(name, {})
            year, month, day = (parts.get(p, 0) for p in ISO_DATE_PARTS)
            if 1000 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
        return None
