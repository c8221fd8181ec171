"""An exported discussion: only the contributor's posts are theirs (ingest.posts through ingest.ownership)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import Location, Passage
from ingest.ownership import own_words
from ingest.posts import own_posts
from ingest.readers.markdown import MarkdownReader

pytestmark = pytest.mark.unit

_THREAD = """# Feedback on the badge rules #7

Opened by @sofia-marin on 2 Apr 2026 · 3 comments

## Sofia Marín (@sofia-marin) commented on 2026-04-02

Our network asks that every badge states its workload in hours.

👍 5 · 🚀 1

## @dimitri-pappas commented on 2026-04-03

I doubt hours help; a fee cap of 30 euros matters more to our members.

## Sofia Marín (@sofia-marin) commented on 2026-04-04

> a fee cap of 30 euros

We would rather leave fees to each provider.

*This issue was exported on 2026-04-05 by a script.*
"""


def test_a_discussion_keeps_only_the_contributors_posts(tmp_path: Path) -> None:
    path = tmp_path / "issue-7.md"
    path.write_text(_THREAD, encoding="utf-8")
    own = own_words(MarkdownReader().read(path).passages, "Sofia Marín", "Coastal Learning Network", None)
    text = "\n".join(p.text for p in own.passages)
    assert "workload in hours" in text and "leave fees to each provider" in text
    assert "I doubt hours help" not in text
    assert "👍" not in text and "exported" not in text and "Opened by" not in text
    assert "@dimitri-pappas" in own.notes[0]


def test_a_handle_that_names_no_one_keeps_nothing() -> None:
    passages = [
        Passage(
            "Short courses need a register.",
            Location("s1", section="@kp1989 on Mar 3, 2026", section_path=("@kp1989 on Mar 3, 2026",)),
        ),
        Passage("I disagree.", Location("s2", section="@liis on Mar 4, 2026", section_path=("@liis on Mar 4, 2026",))),
    ]
    kept, notes = own_posts(passages, "Kaarel Pärnoja", "Open Credentials Lab")
    assert kept == [] and "do not include" in notes[0]


def test_ordinary_sections_and_an_address_stay() -> None:
    passages = [
        Passage("Write to @ministry on Mar 3, 2026 if unsure.", Location("p1")),
        Passage("Fees should be capped.", Location("s1", section="2 Fees", section_path=("2 Fees",))),
        Passage("Registers should be public.", Location("s2", section="3 Register", section_path=("3 Register",))),
    ]
    kept, notes = own_posts(passages, "Ana Horvat", "Union")
    assert kept == passages and notes == []
