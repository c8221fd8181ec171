"""A web page's table as an outline reads it: merged cells spread over the rows and columns they span, a cell's
paragraphs kept apart, and a table of themes and questions made into sections.

A wiki's page (Confluence, a team site) often keeps its guiding questions in one table, "Theme | Guiding question |
Owner | Status", each theme in a cell merged down its rows (``rowspan``) and two questions in some cells, a
paragraph each. Read as the page's only table under its title, the themes are the sections and the question
column's paragraphs the questions, each sentence that ends in "?" a question of its own; the owners and the
statuses are the team's bookkeeping, no part of the outline. A theme column is known by its header's word in the
languages teams write ("Theme", "Topic", "Thema", "Thème", "Tema", "Téma", "Onderwerp") or by its cells merged down
the rows; the question column by its header's word ("Question", "Frage", "Pregunta", "Pitanje", "Vraag").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.drafting.outline_blocks import Block
from pipeline.drafting.outline_lines import asks

__all__ = ["ThemeGrid", "grid_sections", "table_block"]

_BREAKS = frozenset("p div li br h1 h2 h3 h4 h5 h6 tr ul ol blockquote".split())
_THEME_WORDS = re.compile(
    r"(?i)^(?:themes?|topics?|sections?|areas?|chapters?|parts?|pillars?|headings?|thema|themen|themenfeld|"
    r"bereich|th[eè]mes?|rubriques?|domaines?|axes?|temas?|[aá]mbitos?|ejes?|eixos?|argomenti?|aree|temat|"
    r"obszar|t[eé]mak[oö]r|t[eé]ma|t[eé]mata|oblast|podro[čc]je|onderwerp|onderwerpen|thema's|teemat?|"
    r"valdkond|tēma|tema)\b"
)
_QUESTION_WORDS = re.compile(
    r"(?i)\b(?:questions?|fragen?|leitfragen?|pregunta|preguntas|domanda|domande|pytanie|pytania|vra(?:ag|gen)|"
    r"pergunta|perguntas|pitanje|pitanja|vpra[šs]anje|vpra[šs]anja|ot[áa]zka|ot[áa]zky|k[ée]rd[ée]s|k[ée]rd[ée]sek|"
    r"[ìi]ntreb[aă]re|[ìi]ntreb[aă]ri|kysymys|kysymykset|k[üu]simus|k[üu]simused|klausimas|klausimai|jaut[āa]jums|"
    r"fr[åa]ga|fr[åa]gor|sp[øo]rgsm[åa]l)\b"
)
# two questions typed in one paragraph: a "?" then the next one's capital
_NEXT_QUESTION = re.compile(r"(?<=\?)\s+(?=[\"“¿]?[A-ZÀ-ÖØ-ÞĀ-Ž])")


def _tag(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _cell_text(cell: Any) -> str:
    """A cell's text with each paragraph, list item or line break on a line of its own."""
    parts: list[str] = []

    def visit(element: Any) -> None:
        block = _tag(element) in _BREAKS
        if block:
            parts.append("\n")
        parts.append(element.text or "")
        for child in element:
            visit(child)
            parts.append(child.tail or "")
        if block:
            parts.append("\n")

    parts.append(cell.text or "")
    for child in cell:
        visit(child)
        parts.append(child.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _grid(table: Any) -> tuple[tuple[tuple[str, ...], ...], frozenset[int]]:
    """The table's rows with merged cells spread over what they span, and the columns a cell spans rows in."""
    rows: list[list[str]] = []
    pending: dict[int, tuple[int, str]] = {}  # column -> (rows still covered, text) of a cell merged downwards
    merged: set[int] = set()
    for tr in table.iter("tr"):
        if tr.getparent() is not None and _nearest_table(tr) is not table:
            continue  # a row of a table nested in a cell is that cell's text
        row: list[str] = []
        for cell in (c for c in tr if _tag(c) in ("td", "th")):
            _covered(row, pending)
            text = _cell_text(cell)
            span, down = _number(cell.get("colspan")), _number(cell.get("rowspan"))
            for _ in range(span):
                if down > 1:
                    pending[len(row)] = (down - 1, text)
                    merged.add(len(row))
                row.append(text)
        _covered(row, pending)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows), frozenset(merged)


def _covered(row: list[str], pending: dict[int, tuple[int, str]]) -> None:
    """Append to ``row`` the cells merged down into it from the rows above, at the columns it has reached."""
    while len(row) in pending:
        left, text = pending[len(row)]
        if left <= 1:
            del pending[len(row)]
        else:
            pending[len(row)] = (left - 1, text)
        row.append(text)


def _nearest_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def _number(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip()), 1000))
    except ValueError:
        return 1


@dataclass(frozen=True)
class ThemeGrid(Block):
    """A table whose theme column (``theme``) gives sections and whose question column (``question``) gives their
    questions; read as any table unless the page has no other sections (``grid_sections``)."""

    theme: int = -1
    question: int = -1
    by_span: bool = False  # the theme column is known by its merged cells only, not by its header's word


def table_block(table: Any) -> Block:
    """A table as rows of cell texts (merged cells spread, a cell's paragraphs one line each); a ThemeGrid when a
    theme column and a question column are found."""
    rows, merged = _grid(table)
    if len(rows) < 3:
        return Block(rows=rows)
    header = [" ".join(cell.split()) for cell in rows[0]]
    question = next((i for i, cell in enumerate(header) if _QUESTION_WORDS.search(cell)), None)
    if question is None:
        return Block(rows=rows)
    named = [i for i, cell in enumerate(header) if i != question and _THEME_WORDS.match(cell)]
    spanned = [i for i in sorted(merged) if i < question]
    theme = named[0] if named else (spanned[0] if spanned else None)
    if theme is None:
        return Block(rows=rows)
    themes = {" ".join(row[theme].split()) for row in rows[1:]} - {""}
    if len(themes) < 2:
        return Block(rows=rows)
    return ThemeGrid(rows=rows, theme=theme, question=question, by_span=not named)


def grid_sections(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a table of themes and questions made into its sections (a heading per theme, a list item
    per question) when the page has no sections of its own: no heading but its one title (``h1``), and a theme
    column the Word rules would not see (a title above it, or a column known by its merged cells only)."""
    grids = [b for b in blocks if isinstance(b, ThemeGrid)]
    headings = [b for b in blocks if b.heading > 0 and b.text]
    if len(grids) != 1 or len(headings) > 1 or any(b.heading != 1 for b in headings):
        return blocks
    (grid,) = grids
    if not headings and not grid.by_span:
        return blocks  # a table under no heading: its theme column opens the sections already (table_lines)
    level = 2 if headings else 1
    out: list[Block] = []
    for block in blocks:
        out.extend(_sections(grid, level) if block is grid else [block])
    return out


def _sections(grid: ThemeGrid, level: int) -> list[Block]:
    out: list[Block] = []
    theme = ""
    for row in grid.rows[1:]:
        name = " ".join(row[grid.theme].split())
        if name and name != theme:
            theme = name
            out.append(Block(name, heading=level))
        if not theme:
            continue
        out.extend(Block(question, list_level=0) for question in _questions(row[grid.question]))
    return out


def _questions(cell: str) -> list[str]:
    """A question cell's questions: each paragraph, and each sentence ending in "?" of a paragraph holding two."""
    out: list[str] = []
    for line in (part.strip() for part in cell.split("\n")):
        if not line:
            continue
        parts = [p.strip() for p in _NEXT_QUESTION.split(line) if p.strip()]
        if len(parts) > 1 and all(p.endswith("?") and asks(p) for p in parts):
            out.extend(parts)
        else:
            out.append(line)
    return out
