"""A table comparing options is the writer's analysis of each option, not their view of each.

An impact assessment, a policy appraisal or a feasibility study sets the options it weighs side by side in a table
("Criterion | Option A: ... | Option B: ... | Option C: ..."), and argues for one of them in its own words around
the table. Read as the writer's text, the table's cells put the options the writer rejects ("Option B: stacking
into degrees", "+ a route to a degree") in their name. So a table whose columns or rows are two options or more
("Option A", "Option 2", "Scenario B", "Alternative 1", and the same in French, German, Spanish, Italian and
Portuguese) is kept quoted (``QUOTE_MARK`` on each line): it still helps find the passage, and is never drafted as
the writer's claim. The text around the table, where the writer says which option they prefer, is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import QUOTE_MARK, Passage

_CELL = " | "
# a cell naming an option: "Option A", "Option 2: ...", "Scenario B -", "Policy option 3", "Variante 1"
_OPTION = re.compile(
    r"(?i)^(?:policy\s+)?(?:options?|scenarios?|alternatives?|variants?|variante|opción|opzione|opção|szenario)"
    r"\s+(?:[A-H]|\d{1,2}|[IVX]{1,4})\b(?!\.\d)"
)
_MIN_OPTIONS = 2


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _compares_options(lines: list[str]) -> bool:
    """Whether table lines set two options or more side by side: in the header's cells or in the rows' first."""
    rows = [_cells(line) for line in lines if _CELL in line]
    if len(rows) < 2:
        return False
    across = sum(bool(_OPTION.match(cell)) for cell in rows[0])
    down = sum(bool(_OPTION.match(row[0])) for row in rows)
    return across >= _MIN_OPTIONS or down >= _MIN_OPTIONS


def quote_option_tables(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` with each table comparing options quoted line by line, and a note when one was."""
    out: list[Passage] = []
    quoted = 0
    for passage in passages:
        lines = passage.text.split("\n")
        table = [i for i, line in enumerate(lines) if _CELL in line and not line.startswith(QUOTE_MARK)]
        if not table or not _compares_options([lines[i] for i in table]):
            out.append(passage)
            continue
        quoted += 1
        lines = [QUOTE_MARK + line if i in table else line for i, line in enumerate(lines)]
        out.append(replace(passage, text="\n".join(lines)))
    if not quoted:
        return out, []
    return out, [f"{quoted} table(s) comparing options quoted: the options' cells are not the writer's view"]
