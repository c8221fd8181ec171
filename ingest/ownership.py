"""Whose words a read file holds, the way the ingest keeps them: only the contributor's.

Three steps, in this order, each with its notes for the source's warnings:
- a transcript keeps the contributor's own turns (:mod:`ingest.turns`), an exported discussion their own posts
  (:mod:`ingest.posts`), a sheet of posts by several authors their own rows and comments
  (:mod:`ingest.sheet_authors`), and reviewers' comments on a submission are left out (:mod:`ingest.reviews`), as are a
  submission record's fields (:mod:`ingest.submission_record`) and a call note's header and note-taker's lines
  (:mod:`ingest.call_note`); a table comparing options is quoted (:mod:`ingest.options_table`);
  a petition platform's lines are left out (:mod:`ingest.petition`);
- a forwarded or answered e-mail keeps the contributor's messages (:mod:`ingest.forwards`);
- a speaker's cues and a press office's lines ("[SLIDE 2] [pause]", "CHECK AGAINST DELIVERY") are no one's words
  (:mod:`ingest.cues`).
The ingest stores what this returns; the evaluation's labelled candidates are cut from the same text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from ingest.audience_answers import quote_audience_answers
from ingest.call_note import drop_call_note
from ingest.cues import drop_cues
from ingest.forwards import own_forwards
from ingest.model import Passage
from ingest.options_table import quote_option_tables
from ingest.petition import drop_petition_lines
from ingest.posts import own_posts
from ingest.reviews import drop_reviews
from ingest.sheet_authors import own_rows
from ingest.submission_record import drop_record_fields
from ingest.turns import own_turns


class OwnWords(NamedTuple):
    """The contributor's passages, the notes on what was left out (turns, then forwards, then cues), and the
    reason to give when nothing is left (a forward's note first: it names whose message the file holds)."""

    passages: list[Passage]
    notes: list[str]
    why_empty: str | None


def own_words(passages: Sequence[Passage], contributor: str, organisation: str, author: str | None) -> OwnWords:
    """The passages that are the contributor's words (``author``: the file's own author property, which names an
    e-mail's sender)."""
    kept, turn_notes = own_turns(passages, contributor, organisation)
    kept, post_notes = own_posts(kept, contributor, organisation)
    kept, row_notes = own_rows(kept, contributor, organisation)
    kept, review_notes = drop_reviews(kept)
    kept, record_notes = drop_record_fields(kept)
    kept, call_notes = drop_call_note(kept)
    kept, option_notes = quote_option_tables(kept)
    kept, audience_notes = quote_audience_answers(kept)
    kept, petition_notes = drop_petition_lines(kept)
    turn_notes = [*turn_notes, *post_notes, *row_notes, *review_notes, *record_notes, *call_notes]
    turn_notes += [*option_notes, *audience_notes, *petition_notes]
    kept, forward_notes = own_forwards(kept, contributor, organisation, author)
    kept, cue_notes = drop_cues(kept)
    notes = [*turn_notes, *forward_notes, *cue_notes]
    why = (forward_notes or notes or [None])[0]
    return OwnWords(list(kept), notes, why)
