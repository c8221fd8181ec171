"""Chunking (ingest.chunking): a quoted line longer than a chunk keeps its mark on every piece, whatever the reader.

A reader marks with QUOTE_MARK the lines that are not the contributor's words (a form's questions, a template's
prompts, a quoted message, a Markdown block quote). The drafter leaves such lines out; a piece of a long quoted
line cut off by the chunker without its mark would be drafted in the contributor's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunking import make_chunks
from ingest.model import QUOTE_MARK, Location, Passage
from ingest.readers import reader_for
from pipeline.drafting.support import without_quotes

pytestmark = pytest.mark.unit

# the form's instructions, one long line of many sentences (as a template's help text is typed)
INSTRUCTIONS = " ".join(
    f"Instruction {n}: describe how your organisation assesses the learning outcomes of short courses, and say "
    f"which evidence the assessors keep for each learner and for how long it is kept."
    for n in range(1, 16)
)
OWN = (
    "We assess every learner on the job, with a checklist signed by the workshop master and a short oral exam at "
    "the end of the module."
)


def _chunks(text: str) -> list[str]:
    return [c.text for c in make_chunks("f.docx", "hash", [Passage(text, Location("page 1", page=1))], 900, 120)]


def test_every_piece_of_a_long_quoted_line_keeps_its_mark() -> None:
    chunks = _chunks(f"{QUOTE_MARK}{INSTRUCTIONS}\n{OWN}")
    assert len(chunks) > 2  # the quoted line is cut into several pieces
    quoted = [c for c in chunks if "Instruction" in c.split("\n")[0]]
    assert quoted and all(c.startswith(QUOTE_MARK) for c in quoted)
    # nothing of the form's wording is left to draft from: only the contributor's own paragraph
    drafted = " ".join(without_quotes(c) for c in chunks)
    assert "Instruction" not in drafted and "assessors keep" not in drafted
    assert OWN in drafted


def test_a_long_line_of_the_contributors_own_is_never_marked() -> None:
    long_own = " ".join([OWN] * 12)
    chunks = _chunks(f"{QUOTE_MARK}Question 3: How do you assess learners?\n{long_own}")
    assert len(chunks) > 1
    own = [c for c in chunks if "Question 3" not in c]
    assert own and not any(line.startswith(QUOTE_MARK) for c in own for line in c.split("\n"))
    assert OWN in " ".join(without_quotes(c) for c in own)  # kept as their words


def test_a_quoted_line_after_own_paragraphs_is_marked_in_the_piece_that_cuts_it(tmp_path: Path) -> None:
    """A Markdown block quote of one long line under the writer's own paragraph, read by its reader."""
    path = tmp_path / "reply.md"
    path.write_text(f"# Our reply\n\n{OWN}\n\n> {INSTRUCTIONS}\n\nWe keep the evidence for five years.\n", "utf-8")
    passages = reader_for(path).read(path).passages
    chunks = [c.text for c in make_chunks("reply.md", "h", passages, 900, 120)]
    drafted = " ".join(without_quotes(c) for c in chunks)
    assert "Instruction" not in drafted
    assert OWN in drafted and "We keep the evidence for five years." in drafted
