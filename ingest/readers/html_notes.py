"""A note app's attribute table at the top of an exported note: the app's metadata, not the note's text.

Evernote's exporters (and note apps like it) open each exported note with a small table of the note's
attributes ("Created: | 10/03/2026 08:42", "Updated:", "Author:", "Tags:", "Source:"), set on a grey background
above the note. It repeats what the file's metadata says and holds nobody's words; read as a table it would be a
passage of the writer's text. A table is taken for one when it has two or more rows, each a label from that list
and its value (two cells), and it comes before any other table: it is left out, with a warning naming it.
"""

from __future__ import annotations

import re
from typing import Any

_ATTRIBUTE = re.compile(
    r"^(?:created|updated|modified|last\s+modified|author|tags?|source|source\s+url|url|location|notebook|"
    r"reminder|subject\s+date)\s*:?$",
    re.IGNORECASE,
)


def _cells(row: Any) -> list[str]:
    return [
        " ".join(cell.text_content().split()) for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")
    ]


def drop_note_attributes(root: Any) -> str | None:
    """Remove the note app's attribute table from the parsed page ``root``; a warning naming its labels when one
    was left out, else None."""
    table = next(iter(root.iter("table")), None)
    if table is None:
        return None
    rows = [_cells(row) for row in table.iter("tr")]
    rows = [cells for cells in rows if any(cells)]
    if len(rows) < 2 or any(len(cells) != 2 or not _ATTRIBUTE.match(cells[0]) for cells in rows):
        return None
    parent = table.getparent()
    if parent is None:
        return None
    parent.remove(table)
    labels = ", ".join(cells[0].rstrip(" :") for cells in rows)
    return f"a note's attribute table ({labels}) left out: the note app's metadata, not its text"
