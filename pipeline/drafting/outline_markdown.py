"""Outlines kept in Markdown: ``# title``, ``## section``, an optional ``Audience:`` line, questions as list
items or lines ending in ``?``; other text of a section is its purpose.

A file with no ``##`` heading but several ``#`` headings takes each ``#`` as a section (people write both); a
file with no ``#`` heading at all is read as plain text (``outline_text``).
A section is titled as written, its numbering with it ("## 2. Funding"). A label ("Guiding questions:") makes the
lines under it questions even without "?" ("Describe how learners are informed ..."); once a section has
such a label, list items outside it are purpose text, not questions. Sub-items of a question are folded into
it ("Describe ...: what they receive; within which deadline"), unless each is a question of its own. A note
after a question ("(see the 2023 survey)", "[optional]") is left out of it. A nested list whose top items
have items under them is a list of sections under a lone ``#`` title, or under no heading when the top items
are in bold ("- **Funding**" over "  - Who pays?").
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_agenda import bracketed_audience, is_agenda_item
from pipeline.drafting.outline_data import OutlineError, OutlineWarning, audience_for, read_outline_text
from pipeline.drafting.outline_lines import (
    asks,
    asks_or_instructs,
    field_line,
    fold,
    instructs,
    instructs_on_matter,
    is_note,
    list_item,
    questions_label,
    section_title,
    strip_marks,
    without_note,
)
from pipeline.drafting.outline_parts import question_parts, with_stem

__all__ = ["is_front_matter", "parse_lines", "preamble_title", "read_markdown_outline"]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_TERMINAL = (".", "?", "!", ":", ";")


class _Entry:
    """One item or line of a section while it is read (mutable: continuation lines and sub-items join it)."""

    def __init__(self, text: str, item: bool, block: str | None, group: int) -> None:
        self.text, self.item, self.block, self.group = text, item, block, group
        self.subs: list[str] = []

    def questions(self) -> list[str]:
        """The guiding question(s) this entry holds, sub-items folded in unless each is a question; a note the
        writer put after one ("(see the 2023 survey)", "[optional]") is left out; a question written in parts
        "(a) ...? (b) ...?" is one question a part (``outline_parts``)."""
        folded = fold(without_note(self.text), [without_note(sub) for sub in self.subs])
        if len(folded) > 1:  # each point under the question asks: a part that goes on from it keeps it in front
            folded = [folded[0], *(with_stem(folded[0], sub) for sub in folded[1:])]
        return [part for question in folded for part in question_parts(question)]

    def prose(self) -> str:
        """The entry as purpose text."""
        return " ".join([self.text, *self.subs])


class _Section:
    """A section being read: its fields, and its entries until the next section decides what each one is."""

    def __init__(self, heading: str) -> None:
        # titled as written, number and all ("2. Funding"): the team's numbering is theirs to keep in the
        # export, and the id made from it stays what it always was
        self.fields: dict[str, Any] = {"title": heading}
        self.entries: list[_Entry] = []

    def finish(self) -> dict[str, Any]:
        """The section's raw fields: questions and purpose sorted out from its entries."""
        labelled = any(e.block == "questions" for e in self.entries)
        groups: dict[int, list[_Entry]] = {}
        for entry in self.entries:
            if entry.block == "questions":
                groups.setdefault(entry.group, []).append(entry)
        questions: list[str] = []
        purpose: list[str] = []
        for entry in self.entries:
            if entry.block == "questions":
                group = groups[entry.group]
                if any(e.item for e in group):  # a list under the label: its items are the questions
                    is_question = (entry.item and not is_note(entry.text)) or asks(entry.text)
                elif any(asks(e.text) for e in group):  # lines: those asking something
                    is_question = asks(entry.text)
                else:  # questions written as instructions ("Describe how ..."); a note among them is none
                    is_question = not is_note(entry.text)
            elif entry.block == "purpose":
                is_question = False
            elif labelled:  # the section says where its questions are; an item elsewhere is not one
                is_question = asks(entry.text)
            else:  # no label says where the questions are: an item that asks or instructs, a line that asks, or a
                # line that instructs on the matter ("Set out the minimum workload ...", not "Please answer ...")
                is_question = (
                    asks(entry.text)
                    or (entry.item and asks_or_instructs(entry.text))
                    or (not entry.item and instructs_on_matter(entry.text))
                )
            if is_question:
                questions.extend(entry.questions())
            elif not (questions and is_agenda_item(entry.text)):  # "Lunch break" after the questions: no purpose
                purpose.append(entry.prose())
        fields = dict(self.fields, questions=questions)
        if purpose and not fields.get("purpose"):
            fields["purpose"] = " ".join(purpose)
        return fields


_FRONT_MATTER = re.compile(
    r"^(?:introduction|intro|background|context|about (?:this|the) (?:document|outline|consultation)|"
    r"how to (?:respond|contribute|use this \w+)|timeline|timetable|next steps|contacts?|annex(?:es)?\b.*|"
    r"appendix\b.*|references|glossary|abbreviations|acronyms|acknowledg(?:e)?ments|foreword|preface|"
    r"summary|executive summary|table of contents|contents|"
    # a questionnaire's own furniture: how to fill it in, who answers, what happens to the answers
    r"how to (?:complete|fill in|answer|submit) (?:this|the) (?:questionnaire|form|survey|consultation)|"
    r"instructions(?: for respondents)?|about you|your details|(?:respondent|contact) (?:information|details|profile)|"
    r"data protection(?: notice| statement)?|privacy(?: notice| statement| policy)?|personal data|confidentiality|"
    r"how to submit|submission|deadline)$",
    re.I,
)


def is_front_matter(title: str) -> bool:
    """Whether a heading without questions names the document's own text ("Introduction", "Annex A",
    "Timeline") rather than a section to draft."""
    return bool(_FRONT_MATTER.match(section_title(title)))


_PART = re.compile(r"^(?:part|chapter|module|pillar|block|strand)\b", re.I)


def _parts_over_sections(lines: list[str], level: int) -> bool:
    """Whether the headings at ``level`` are parts whose sub-headings are the sections.

    Only when every such heading has sub-headings and asks nothing itself, and the parts say what they are
    (each is titled "Part ...", "Chapter ..." or by an audience, "System level") or the sub-headings set their
    own audience. Otherwise sub-headings group a section's questions ("### External review")."""
    parts: list[dict[str, Any]] = []
    for line in lines:
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) == level:
            parts.append({"title": strip_marks(heading.group(2)), "children": 0, "asks": False, "audiences": 0})
        elif heading and len(heading.group(1)) < level:
            continue
        elif parts and heading and len(heading.group(1)) == level + 1:
            parts[-1]["children"] += 1
        elif parts and not heading and line.strip():
            field = field_line(line)
            if field is not None and field.name == "audience" and parts[-1]["children"]:
                parts[-1]["audiences"] += 1
            elif field is None and parts[-1]["children"] == 0 and (list_item(line) or asks(line.strip())):
                parts[-1]["asks"] = True
    if not parts or any(not part["children"] or part["asks"] for part in parts):
        return False
    named = all(
        _PART.match(part["title"]) or audience_for(section_title(part["title"])) in ("system", "provider")
        for part in parts
    )
    return named or sum(part["audiences"] for part in parts) >= 2


def parse_lines(lines: list[str], source: Path) -> dict[str, Any]:
    """Outline data (title and raw sections) from the lines of a Markdown-like outline."""
    levels = [len(m.group(1)) for m in map(_HEADING.match, lines) if m]
    if not levels:
        raise OutlineError(f"{source}: no headings; write '## Section title' above each section's questions")
    section_level = 2 if 2 in levels else min(levels)
    group_level = 0  # a level of parts holding the sections ("## Part A. System level" over "### A.1 ...")
    if _parts_over_sections(lines, section_level):
        group_level, section_level = section_level, section_level + 1
    group_audience: str | None = None
    title = ""
    sections: list[_Section] = []
    current: _Section | None = None
    block: str | None = None  # "questions" or "purpose" after a label, until the next section
    group = 0
    last: _Entry | None = None
    base_indent: int | None = None  # indent of the current list's top items
    blank = fence = False
    preamble: list[str] = []  # the lines above the first heading: the first may be the document's title
    headed = False

    def add(text: str, item: bool) -> _Entry:
        assert current is not None
        entry = _Entry(text, item, block, group)
        current.entries.append(entry)
        return entry

    for raw in lines:
        line = raw.rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            continue
        if fence or not line.strip():
            blank = True
            continue
        heading = _HEADING.match(line)
        headed = headed or bool(heading)
        if not headed:
            preamble.append(line)
        if heading:
            level, text = len(heading.group(1)), strip_marks(heading.group(2))
            last, base_indent, blank = None, None, False
            if level == section_level and current is not None and questions_label(text)[0]:
                block, group = "questions", group + 1  # "## Guiding questions" under a section is its label
                rest = questions_label(text)[1]
                if rest:
                    add(rest, True)
            elif level == section_level:
                current, block = _Section(text), None
                if group_audience:
                    current.fields["audience"] = group_audience  # its own Audience line still decides
                if bracketed := bracketed_audience(text):  # "1. Funding (for policy makers)", as an agenda says
                    current.fields["audience"] = bracketed
                sections.append(current)
            elif level == group_level:
                current, block = None, None
                named = audience_for(section_title(text))
                group_audience = named if named in ("system", "provider") else None
            elif level < section_level and not title:
                title = text
            elif level > section_level and current is not None:
                # a deeper heading groups what follows; it may say what that is, or ask a question itself
                is_label, rest = questions_label(text)
                field = field_line(text + ":") if not is_label else None
                if is_label:
                    block, group = "questions", group + 1
                    if rest:
                        add(rest, True)
                elif field is not None and field.name in ("purpose", "context") and not field.value:
                    block, group = "purpose", group + 1
                elif asks(text) or instructs(text):  # "### Describe how learners are informed"
                    add(text, True)
            continue
        if current is None:
            continue  # text before the first section introduces the document
        field = field_line(line)
        if field is not None:
            last, base_indent, blank = None, None, False
            if field.name in ("audience", "id") or (field.name == "purpose" and field.value):
                current.fields[field.name] = field.value
            elif field.value:
                add(field.value, False).block = "purpose"
            else:
                block, group = "purpose", group + 1
            continue
        is_label, rest = questions_label(line)
        if is_label:
            block, group = "questions", group + 1
            last, base_indent, blank = (add(rest, True) if rest else None), None, False
            continue
        item = list_item(line) or list_item(strip_marks(line))  # "**Q1. What ...?**"
        if item is not None:
            indent, text = item
            if last is not None and last.item and base_indent is not None and indent > base_indent:
                last.subs.append(text)  # a nested item belongs to the one above it
            else:
                base_indent = indent if base_indent is None else min(base_indent, indent)
                last = add(text, True)
        else:
            text = strip_marks(line)
            target = last.subs if last is not None and last.subs else None
            tail = target[-1] if target else last.text if last is not None else ""
            # a line that wraps the one above: indented, or going on mid-sentence in lower case
            if (
                last is not None
                and not blank
                and not tail.endswith(_TERMINAL)
                and (raw[:1].isspace() or text[:1].islower())
            ):
                if target:
                    target[-1] = f"{tail} {text}"
                else:
                    last.text = f"{tail} {text}"
            else:
                last, base_indent = add(text, False), None
        blank = False
    finished = [s.finish() for s in sections]
    # an agenda's items without questions ("Lunch break", "Any other business") are the meeting's, never sections
    if any(f["questions"] for f in finished):
        agenda = [f for f in finished if not f["questions"] and is_agenda_item(section_title(f["title"]))]
        for item in agenda:
            warnings.warn(
                f"{source}: '{section_title(item['title'])}' has no questions under it: an agenda's own item, not a "
                "section, left out",
                OutlineWarning,
                stacklevel=2,
            )
        finished = [f for f in finished if not any(f is item for item in agenda)]
    asked = [f for f in finished if f["questions"] or not _FRONT_MATTER.match(section_title(f["title"]))]
    # an "Introduction" or "Annex" heading without questions is the document's own text, not a section to
    # draft; kept (and refused by name) when no section has questions. Any other heading without questions in a
    # document that asks elsewhere is left out with a warning naming it: the other sections are drafted, and a
    # document's heading, unlike a YAML or JSON section, does not say it was meant to be drafted without questions
    if any(f["questions"] for f in asked):
        for empty in (f for f in asked if not f["questions"]):
            warnings.warn(
                f"{source}: '{empty['title']}' has no guiding questions under it, so it is left out of the outline "
                "(to draft it, put its questions under it as a list or as lines ending in '?')",
                OutlineWarning,
                stacklevel=2,
            )
        asked = [f for f in asked if f["questions"]]
    out: dict[str, Any] = {"sections": asked if any(f["questions"] for f in asked) else finished}
    # minutes or a paper whose one asking heading holds themed sub-headings ("4. Agreed guiding questions", then
    # "Definition and size", "Funding and access", ...): the themes are the sections, and a question under the
    # meeting's own items ("Any other business: can the next meeting move?") is the meeting's
    asking = [f for f in asked if f["questions"] and not is_agenda_item(section_title(f["title"]))]
    themed = _themes_of(lines, section_level, asking[0]["title"], source) if len(asking) == 1 else []
    if themed and levels.count(section_level) >= 2:
        for item in (f for f in asked if f is not asking[0]):
            warnings.warn(
                f"{source}: '{section_title(item['title'])}' is the meeting's own item: its question is left out",
                OutlineWarning,
                stacklevel=2,
            )
        out["sections"] = themed
    title = title or preamble_title(preamble)
    if title:
        out["title"] = title
    return out


def _themes_of(lines: list[str], level: int, title: str, source: Path) -> list[dict[str, Any]]:
    """The sections under the heading ``title`` at ``level`` when its sub-headings are two or more themes that each
    ask something (read one level up, as sections); ``[]`` otherwise."""
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if (m := _HEADING.match(line)) and len(m.group(1)) == level and strip_marks(m.group(2)) == title
        ),
        None,
    )
    if start is None:
        return []
    subtree: list[str] = []
    for line in lines[start + 1 :]:
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) <= level:
            break
        subtree.append(line[1:] if heading else line)  # "### Theme" is read as "## Theme"
    if sum(1 for line in subtree if (m := _HEADING.match(line)) and len(m.group(1)) == level) < 2:
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", OutlineWarning)  # the heading's own text above its themes is no section
        try:
            sections = parse_lines([f"{'#' * (level - 1)} {title}", *subtree], source)["sections"]
        except OutlineError:
            return []
    return sections if len(sections) >= 2 and all(s["questions"] for s in sections) else []


_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")


def preamble_title(preamble: list[str]) -> str:
    """The document's title written as a plain first line above the headings ("Guidelines on micro-credentials"
    over "# 1. Recognition"), or underlined with ``===``: a short line that asks nothing, is no list item, field
    or sentence; "" when the first line is none of that (an introduction)."""
    if not preamble:
        return ""
    first = preamble[0]
    text = strip_marks(first)
    if _UNDERLINE.match(first) or list_item(first) is not None or field_line(first) is not None:
        return ""
    if not text or asks(text) or questions_label(text)[0] or len(text.split()) > 15:
        return ""
    underlined = len(preamble) > 1 and bool(re.match(r"^\s*={3,}\s*$", preamble[1]))
    if text.endswith((".", ":", ";", ",")) and not underlined:
        return ""  # a sentence introducing the outline, or a label
    return text


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _expand_tables(lines: list[str], sectioned: bool) -> list[str]:
    """Pipe tables replaced by the questions of their question column (``outline_blocks.table_lines``). A grid
    whose theme column opened the sections is the outline itself: a paragraph under it ("Rows marked ... were in
    the last round") is a note on the grid, not the last section's purpose, and is left out up to the next
    heading or table (a list item or a question there is still read)."""
    from pipeline.drafting.outline_blocks import table_lines

    out: list[str] = []
    rows: list[tuple[str, ...]] = []
    under_grid = False
    for line in [*lines, ""]:
        if _TABLE_ROW.match(line):
            if not _TABLE_RULE.match(line):
                rows.append(tuple(strip_marks(cell) for cell in line.strip().strip("|").split("|")))
            continue
        if rows:
            expanded = table_lines(tuple(rows), sectioned)
            out.extend(expanded)
            out.append("")
            rows = []
            under_grid = any(text.startswith("## ") for text in expanded)
        if _HEADING.match(line):
            under_grid = False
        elif under_grid and line.strip() and list_item(line) is None and not asks(strip_marks(line)):
            continue
        out.append(line)
    return out[:-1]


_BOLD_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d{1,3}[.)])\s+(\*\*|__)[^*_].*?\1\s*:?\s*$")  # "- **Funding**"


def _list_sections(lines: list[str], headings: int = 1) -> list[str]:
    """Under a lone ``#`` title (or, with ``headings`` 0, under no heading at all), a list whose every top item
    has items under it and asks nothing itself is a list of sections ("1. **Recognition**" over "   - Which
    evidence ...?"): its top items become ``##``, and a line above the list without a heading is the title."""
    if sum(1 for line in lines if _HEADING.match(line)) != headings:
        return lines
    items = [(i, found) for i, line in enumerate(lines) if (found := list_item(line)) is not None]
    if not items:
        return lines
    top = min(indent for _, (indent, _) in items)
    tops = [n for n, (_, (indent, _)) in enumerate(items) if indent == top]
    for k, n in enumerate(tops):
        end = tops[k + 1] if k + 1 < len(tops) else len(items)
        text = items[n][1][1]
        if end - n < 2 or asks_or_instructs(text) or len(text.split()) > 15:
            return lines
        if not headings and not _BOLD_ITEM.match(lines[items[n][0]]):
            return lines  # without a heading only bold says so: a plain list may be typed marks' questions
    out = list(lines)
    for n in tops:
        out[items[n][0]] = f"## {items[n][1][1]}"
    first = next((i for i, line in enumerate(out) if line.strip()), None)
    if not headings and first is not None and first < items[0][0]:
        out[first] = f"# {strip_marks(out[first])}"
    return out


def read_markdown_outline(path: Path) -> dict[str, Any]:
    """Outline data from a Markdown file (see the module's docstring for what it understands)."""
    return markdown_text_data(read_outline_text(path), path)


def markdown_text_data(text: str, path: Path) -> dict[str, Any]:
    """Outline data from Markdown or plain text read out of ``path`` (an e-mail's body, say)."""
    lines = text.splitlines()
    lines = _list_sections(_expand_tables(lines, sectioned=any(_HEADING.match(line) for line in lines)))
    if not any(_HEADING.match(line) for line in lines):  # typed as plain text, or a .txt file
        from pipeline.drafting.outline_text import parse_text_lines

        # a nested list whose top items are in bold is the sections ("- **Funding**" over "  - Who pays?")
        listed = _list_sections(lines, headings=0)
        if any(_HEADING.match(line) for line in listed):
            return parse_lines(listed, path)
        return parse_text_lines(lines, path)
    return parse_lines(lines, path)
