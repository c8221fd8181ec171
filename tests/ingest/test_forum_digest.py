"""A course forum's e-mail digest: each post is its author's, and only the contributor's posts are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers import reader_for
from ingest.readers.forum_digest import split_forum_digest

pytestmark = pytest.mark.unit

RULE = "-" * 60
MAIL = f"""From: "Campus" <noreply@campus.example.org>
To: consultation@example.eu
Subject: SKL-7 forum digest
Date: Thu, 12 Mar 2026 02:00:00 +0100
Content-Type: text/plain; charset="utf-8"
Precedence: bulk

This is your daily digest of new posts from the forums of Campus.

SKL-7 -> Forums -> Open questions -> Who checks the tests?
https://campus.example.org/mod/forum/discuss.php?d=17

Who checks the tests?
by Petra Holm - Wednesday, 11 March 2026, 8:15 AM
{RULE}
Dear colleagues, the office wants to know who should mark final tests.
Our groups were of 20 learners this year.

{RULE}
See this post in context:
https://campus.example.org/mod/forum/discuss.php?d=17#p90

Re: Who checks the tests?
by Jonas Veik - Wednesday, 11 March 2026, 11:02 AM
{RULE}
A second examiner from another college should mark every final test of a
short course.

Learners should see their marked work within two weeks.

{RULE}
See this post in context:
https://campus.example.org/mod/forum/discuss.php?d=17#p91

Re: Who checks the tests?
by Karin Sild - Wednesday, 11 March 2026, 2:40 PM
{RULE}
I disagree, the teacher alone is enough and our fees are 300 euros.

{RULE}
See this post in context:
https://campus.example.org/mod/forum/discuss.php?d=17#p92

You are receiving this because you are subscribed to forums in SKL-7.
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "digest.eml"
    path.write_text(text, encoding="utf-8")
    return reader_for(path).read(path)


def test_each_post_is_read_under_its_author_and_the_platform_lines_are_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, MAIL)
    text = "\n".join(p.text for p in result.passages)
    assert "daily digest" not in text and "See this post" not in text and "-> Forums ->" not in text
    assert "subscribed" not in text and "by Jonas Veik" not in text
    sections = [p.location.section for p in result.passages]
    assert sections == [
        "Earlier message from Petra Holm",
        "Earlier message from Jonas Veik",
        "Earlier message from Jonas Veik",
        "Earlier message from Karin Sild",
    ]
    assert result.passages[1].location.label == "post 2, paragraph 1"


def test_only_the_contributors_posts_are_kept(tmp_path: Path) -> None:
    result = _read(tmp_path, MAIL)
    kept = own_words(result.passages, "Jonas Veik", "Tartu Skills College", result.properties.author)
    text = " ".join(p.text for p in kept.passages)
    assert "second examiner" in text and "two weeks" in text
    assert "office wants" not in text and "300 euros" not in text
    assert any("Petra Holm" in note for note in kept.notes)


def test_by_lines_in_prose_are_no_digest() -> None:
    prose = "Our report\nby Ana Berg - March 2026\n\nIt says a lot.\n\nAnnex\nby Ana Berg - April 2026\nMore."
    assert split_forum_digest(prose) is None
    one = f"Subject line\nby Ana Berg - Tuesday, 3 March 2026, 9:00 AM\n{RULE}\nOnly one post.\n{RULE}\n"
    assert split_forum_digest(one) is None


def test_a_digest_saved_as_text_is_read_post_by_post(tmp_path: Path) -> None:
    body = MAIL.split("\n\n", 1)[1]
    path = tmp_path / "digest.txt"
    path.write_text(body, encoding="utf-8")
    result = reader_for(path).read(path)
    own = own_words(result.passages, "Jonas Veik", "", result.properties.author)
    text = " ".join(p.text for p in own.passages)
    assert "second examiner" in text and "office wants" not in text and "300 euros" not in text
