"""The comparison of two readings of the stored contributions names what changed, line by line."""

from __future__ import annotations

import pytest

from eval.readers_compare import diff

pytestmark = pytest.mark.unit


def test_a_file_read_differently_is_named_with_its_lines_that_went_and_came() -> None:
    before = {"a.txt": ["Dear colleagues,\nFees should be capped."], "b.eml": ["Same."], "c.txt": ["One.", "Two."]}
    after = {"a.txt": ["Fees should be capped."], "b.eml": ["Same."], "c.txt": ["One.\nTwo."], "d.csv": "error X"}
    assert diff(before, after) == [
        "a.txt: 1 line(s) changed",
        "  -Dear colleagues,",
        "c.txt: same lines, other passages",
        "d.csv: 1 line(s) changed",
        "  +error X",
    ]
