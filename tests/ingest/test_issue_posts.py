"""An issue tracker's page copied as Markdown: the opener's description and checklist are theirs (ticked and open
items alike), each "**@user** commented" block its writer's; a template's first-person boxes stay a form's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import QUOTE_MARK
from ingest.ownership import own_words
from ingest.readers.markdown import MarkdownReader

pytestmark = pytest.mark.unit

_ISSUE = """# Reply to the skills consultation (#88)

**Labels:** ~"consultation" ~"draft"
**Assignee:** @mtamm

Opened 2 April 2026 by **Mari Tamm** (@mtamm)

## Description

Our position: every micro-credential should state its workload in hours as well as in credits.

### Checklist

- [x] Collect the figures (@mtamm)
- [ ] Ask the legal unit about the register
- [ ] Send the reply

## Activity

**@p.kask** commented 3 April 2026:

> every micro-credential should state its workload in hours

Hours mean nothing to employers; I would drop them.

**@mtamm** commented 3 April 2026:

> I would drop them.

Hours are what a learner can plan an evening around, so they stay.

**Jaan Lepp (@jlepp)** replied on Apr 4, 2026:

The legal unit can look at it next week.
"""


def _own(tmp_path: Path, text: str, contributor: str, organisation: str = "") -> tuple[str, list[str]]:
    path = tmp_path / "issue.md"
    path.write_text(text, encoding="utf-8")
    own = own_words(MarkdownReader().read(path).passages, contributor, organisation, None)
    return "\n".join(p.text for p in own.passages), own.notes


def test_the_opener_s_description_and_every_checklist_item_are_theirs(tmp_path: Path) -> None:
    text, notes = _own(tmp_path, _ISSUE, "Mari Tamm", "Skills Office")
    assert "state its workload in hours as well as in credits" in text
    assert "- Collect the figures (@mtamm)" in text and "- Ask the legal unit about the register" in text
    assert "Yes" not in text.split("\n")


def test_colleagues_comments_are_left_out_and_her_reply_keeps_its_quote_quoted(tmp_path: Path) -> None:
    text, notes = _own(tmp_path, _ISSUE, "Mari Tamm", "Skills Office")
    assert "Hours are what a learner can plan an evening around, so they stay." in text
    assert f"{QUOTE_MARK}I would drop them." in text
    assert "Hours mean nothing to employers" not in text and "next week" not in text
    assert "Labels" not in text and "Assignee" not in text
    assert "@p.kask" in notes[0] and "@jlepp" in notes[0]


def test_a_template_s_declarations_under_checklist_stay_a_form_s(tmp_path: Path) -> None:
    text = "## Checklist\n\n- [x] I have read the privacy notice\n- [x] We agree to publication\n"
    path = tmp_path / "form.md"
    path.write_text("# Input\n\nShort courses need a clear workload.\n\n" + text, encoding="utf-8")
    read = "\n".join(p.text for p in MarkdownReader().read(path).passages)
    assert f"{QUOTE_MARK}I have read the privacy notice\nYes" in read


def test_a_file_without_comment_lines_is_left_as_it_is(tmp_path: Path) -> None:
    plain = "# Note\n\nOpened by our board in 2019, the centre trains welders.\n\nCourses should be short.\n"
    text, notes = _own(tmp_path, plain, "Mari Tamm")
    assert "Opened by our board in 2019" in text and notes == []
