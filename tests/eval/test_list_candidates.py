"""Listing candidates to label: the sentences a person asks for by their words are listed whatever their rank."""

from __future__ import annotations

import pytest

from eval.list_candidates import containing


@pytest.mark.unit
def test_candidates_holding_the_words_asked_for_are_found_in_any_case_and_spacing():
    item = {
        "texts": [
            "Practical skills should be assessed in a real workshop.",
            "A written  test alone must never be enough to certify a practical skill.",
            "The lyceum was founded in 1978.",
        ]
    }
    assert containing(item, ["Written Test"]) == [1]
    assert containing(item, ["practical skill", "founded"]) == [0, 1, 2]
    assert containing(item, ["weld"]) == []
    assert containing(item, ["  "]) == []  # blank words select nothing rather than everything
