"""A mailing list's digest saved as text: each message is its sender's, and only the contributor's are kept."""

from __future__ import annotations

import pytest

from ingest.forwards import own_forwards
from ingest.readers import reader_for
from ingest.readers.digest import split_digest

pytestmark = pytest.mark.unit

DIGEST = """Send Skills-net mailing list submissions to
\tskills-net@lists.example.org

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://lists.example.org/mailman/listinfo/skills-net

Today's Topics:

   1. Re: Our answer on short courses (Lena Brandt)
   2. Room booking for May (Tomas Varga)


----------------------------------------------------------------------

Message: 1
Date: Tue, 10 Mar 2026 09:01:12 +0100
From: Lena Brandt <l.brandt@example.org>
To: skills-net@lists.example.org
Subject: Re: [Skills-net] Our answer on short
\tcourses
Message-ID: <abc@example.org>

Dear all,

Here is what I suggest we send. Every short course should state its
workload in hours and the way learners are assessed.

Assessment by a second examiner should be the rule for every final test.

On 9 Mar 2026, Tomas Varga wrote:
> Could someone draft our answer?
> We need it by Friday.

Lena

------------------------------

Message: 2
Date: Tue, 10 Mar 2026 11:30:00 +0100
From: tomas.varga@example.org (Tomas Varga)
Subject: [Skills-net] Room booking for May

Short courses should be free for every member of the union, whatever the cost.

Tomas

------------------------------

Subject: Digest Footer

_______________________________________________
Skills-net mailing list
skills-net@lists.example.org

------------------------------

End of Skills-net Digest, Vol 12, Issue 3
*****************************************
"""


def _read(tmp_path, text=DIGEST):
    path = tmp_path / "digest.txt"
    path.write_text(text, encoding="utf-8")
    return reader_for(path).read(path)


def test_each_message_of_a_digest_is_read_under_its_sender(tmp_path):
    result = _read(tmp_path)
    by_author: dict[str, list[str]] = {}
    for passage in result.passages:
        by_author.setdefault(passage.location.section, []).append(passage.text)
    assert set(by_author) == {"Earlier message from Lena Brandt", "Earlier message from Tomas Varga"}
    lena = " ".join(by_author["Earlier message from Lena Brandt"])
    assert "Every short course should state its workload in hours" in lena
    # the list's instructions, headers, the quoted request, greeting, sign-off and footer are nobody's input
    for stray in ("mailing list submissions", "Message-ID", "Could someone draft", "Dear all", "Digest Footer"):
        assert stray not in " ".join(p.text for p in result.passages)
    assert not any(p.text.strip() in {"Lena", "Tomas"} for p in result.passages)
    assert result.properties.title == "Our answer on short courses"
    assert result.passages[0].location.label == "message 1, paragraph 2"


def test_only_the_contributors_messages_are_kept_and_the_others_named(tmp_path):
    passages = _read(tmp_path).passages
    kept, notes = own_forwards(passages, "Lena Brandt", "Skills Network", None)
    text = " ".join(p.text for p in kept)
    assert "second examiner" in text
    assert "free for every member" not in text  # Tomas Varga's words are never credited to Lena Brandt
    assert any("Tomas Varga" in note for note in notes)
    # nobody of the digest is the contributor: nothing is kept in their name
    kept, notes = own_forwards(passages, "Maria Kovacs", "", None)
    assert kept == [] and notes


def test_a_message_label_in_ordinary_text_is_no_digest():
    text = "Message: 1\nOur first message is simple.\n\nMessage: 2\nThe second one says more.\n"
    assert split_digest(text) is None
    plain = "Our position\n\nEvery course should be assessed by two examiners.\n"
    assert split_digest(plain) is None
