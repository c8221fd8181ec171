"""Emacs Org-mode notes saved as .txt: headings as sections, the markup left out (ingest.readers.text_org)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.text import TextReader

pytestmark = pytest.mark.unit

NOTES = """#+TITLE: Notes for the ferry consultation
#+AUTHOR: Lind Sara
#+DATE: <2026-04-02 Thu>
#+SEQ_TODO: TODO WAITING | DONE

* Who we are
:PROPERTIES:
:CREATED:  [2026-03-30 Mon 08:00]
:END:
The harbour school teaches 300 sailors a year.

* Our views [2/3]
** DONE Night crossings                                 :safety:crew:
   CLOSED: [2026-04-01 Wed 10:00]
   - State "DONE"       from "WAITING"    [2026-04-01 Wed 10:00]
Every crew member should hold a short course certificate in night navigation.

** WAITING [#A] Costs
The state should pay for the first course.
- [X] ask the port for figures
- [ ] check the fee

# Local Variables:
# org-log-done: time
# End:
"""


def test_org_notes_are_read_by_their_headings_without_the_markup(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    result = TextReader().read(path)
    assert result.properties.title == "Notes for the ferry consultation"
    assert result.properties.author == "Lind Sara"
    assert result.properties.date == "2026-04-02"
    labels = [p.location.label for p in result.passages]
    assert labels == ["section 1 Who we are", "section 2.1 Night crossings", "section 2.2 Costs"]
    text = "\n".join(p.text for p in result.passages)
    assert "Every crew member should hold a short course certificate in night navigation." in text
    assert "- ask the port for figures" in text
    for gone in ("#+", ":PROPERTIES:", "CLOSED:", "State", "WAITING", "[#A]", ":safety:", "[2/3]", "Local Variables"):
        assert gone not in text


def test_a_text_with_one_hash_plus_line_and_no_org_heading_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("#+ is how we mark additions.\n\nShort courses should be free.\n", encoding="utf-8")
    result = TextReader().read(path)
    assert "Short courses should be free." in "\n".join(p.text for p in result.passages)
    assert result.passages[0].location.label == "paragraph 1"
