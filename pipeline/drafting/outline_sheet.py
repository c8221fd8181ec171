"""Outlines kept as a table (.csv, .xlsx, .ods): one row per guiding question, a column naming its section.

    Section | Audience | Guiding question
    Recognition | recognition officers | Which evidence is required?
                |                      | How long may a decision take?     (a blank section: the one above)

The header is the first row (of the first 15) with a column naming questions; the section column is headed
Section, Theme, Topic, Chapter, Area or Title; Audience (or Target group) and Purpose (or Scope, Description)
columns are optional and read from the section's first row that fills them. A sheet without a section column
is refused with the fix: its questions could belong to any section.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from ingest.metadata_table import guess_delimiter
from pipeline.drafting.outline_data import OutlineError, read_outline_text

__all__ = ["SHEET_SUFFIXES", "read_sheet_outline"]

SHEET_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm", ".ods")
_SCAN = 15
_COLUMNS = {  # what each column is, from its header's words (the first matching column wins)
    "questions": re.compile(r"\bquestions?\b", re.I),
    "title": re.compile(r"^(?:section|theme|topic|chapter|area|part|pillar|title|heading)s?\b", re.I),
    "audience": re.compile(r"\b(?:audiences?|target groups?|target audiences?)\b|^(?:audience )?level$", re.I),
    "purpose": re.compile(r"\b(?:purpose|scope|description|aim|objective)s?\b", re.I),
}


_NUMBERS = re.compile(r"\b(?:no|nr|number|id|code|ref)\b\.?|#", re.I)


def _csv_grid(path: Path) -> list[list[str]]:
    text = read_outline_text(path, "'CSV UTF-8'")
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text, _SCAN))]


def _workbook_grids(path: Path) -> list[list[list[str]]]:
    """Every visible sheet of a workbook as rows of cell texts (the first ten sheets), read as metadata sheets
    are (``ingest.metadata_workbook``): a section merged over its questions' rows fills each of them."""
    from ingest.metadata_workbook import workbook_sheets

    try:
        return [grid for _, grid in workbook_sheets(path)]
    except ValueError as exc:
        raise OutlineError(f"{path}: {exc}") from exc


def _header(grid: list[list[str]]) -> tuple[int, dict[str, int]] | None:
    """The header row's index and the column of each field, when a row among the first names questions."""
    for number, row in enumerate(grid[:_SCAN]):
        if sum(1 for cell in row if str(cell).strip()) < 2:
            continue  # a title or a note ("One row per question, please."), not a header
        columns: dict[str, int] = {}
        for index, cell in enumerate(row):
            text = " ".join(str(cell).split())
            if _NUMBERS.search(text):  # "Question no.", "Section ID": a number column, not the text
                continue
            for field, pattern in _COLUMNS.items():
                if field not in columns and text and pattern.search(text):
                    columns[field] = index
                    break
        if "questions" in columns:
            return number, columns
    return None


def read_sheet_outline(path: Path) -> dict[str, Any]:
    """Outline data from a table of questions; OutlineError names the file, the place and the fix."""
    grids = [_csv_grid(path)] if path.suffix.lower() in (".csv", ".tsv") else _workbook_grids(path)
    found = next(((grid, header) for grid in grids if (header := _header(grid))), None)
    if found is None:
        raise OutlineError(
            f"{path}: no column of questions; head one column 'Guiding question' and another 'Section', "
            "one row per question"
        )
    grid, (head, columns) = found
    if "title" not in columns:
        raise OutlineError(
            f"{path}: row {head + 1} has a question column but no section column; add a 'Section' column naming "
            "each question's section"
        )

    def cell(row: list[str], field: str) -> str:
        index = columns.get(field)
        return " ".join(str(row[index]).split()) if index is not None and index < len(row) else ""

    sections: dict[str, dict[str, Any]] = {}
    current = ""
    for row in grid[head + 1 :]:
        current = cell(row, "title") or current  # a blank section cell continues the one above (merged cells)
        question = cell(row, "questions")
        if not current or not question:
            continue
        section = sections.setdefault(current, {"title": current, "questions": []})
        section["questions"].append(question)
        for field in ("audience", "purpose"):
            if cell(row, field) and field not in section:
                section[field] = cell(row, field)
    if not sections:
        raise OutlineError(f"{path}: no row under row {head + 1} names a section and a question")
    data: dict[str, Any] = {"sections": list(sections.values())}
    above = [c for row in grid[:head] for c in row if str(c).strip()]
    if len(above) == 1:  # a title row over the table
        data["title"] = " ".join(str(above[0]).split())
    return data
