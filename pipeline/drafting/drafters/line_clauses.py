"""Whole lines that are sentences without a final stop: a deck's bullet, a chat message, a list line.

A slide bullet or a chat line is often a whole clause that simply ends where its line ends ("Employers should
co-design the assessment"). Candidate cleaning otherwise asks an unended line for a stop, because a line may be cut:
at a chunk boundary (the last line of a passage) or by a hard wrap (the next line goes on in lower case). A line is
taken as a whole sentence only when neither can be so: another line follows it in the same passage and starts as a
line of its own (a capital, a digit or a bullet), and the line reads as a clause, a subject of its own before a
modal and its verb ("Every course should ...", "A small workshop cannot ..."). A heading ("What a course should
cover", "HOW BIG A COURSE SHOULD BE"), a title in capitals or a fragment without a modal ("Each year, using learner
feedback") stays out.
"""

from __future__ import annotations

import re

from pipeline.drafting.support import split_sentences

# a subject (no comma, colon or stop before the modal: "In our view, X should" is a clause led by an aside, which
# the stricter rules already weigh) and a modal followed by its verb
_CLAUSE = re.compile(
    r"^(?!(?:what|who|whom|whose|how|why|when|where|which|whether|if)\b)[A-Z0-9][^,:;.?!()\[\]]{1,120}?\s"
    r"(?:should|must|shall|cannot|can|could|will|would|may|might|ought\s+to|needs?\s+to|has\s+to|have\s+to)"
    r"(?:\s+not|n't)?\s+(?:also\s+|only\s+|still\s+|always\s+|never\s+|first\s+)?[a-z]{2,}\b",
    re.IGNORECASE,
)
# a line that starts as a line of its own: a capital, a digit, a bullet, a quotation mark or a speaker's name
_LINE_START = re.compile(r"^\s*(?:[-•*–]\s|[A-Z0-9\"“‘(\[])")


def reads_as_clause(line: str) -> bool:
    """Whether an unended ``line`` reads as a whole clause: its own subject, then a modal and its verb."""
    text = " ".join(line.split())
    if not text or not text[-1].isalnum() or not _CLAUSE.match(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return False  # a title in capitals
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", text) if len(w) > 3]
    # a title in title case ("What Adult Learners Need from Micro-credentials"): most long words capitalised
    return not (len(words) >= 3 and sum(w[0].isupper() for w in words) > len(words) / 2)


def whole_line_clauses(text: str) -> set[str]:
    """The sentences (as :func:`split_sentences` gives them) of ``text`` that end their line without a stop, are
    followed by another line that starts as a line of its own, and read as a clause (:func:`reads_as_clause`)."""
    lines = [line for line in text.splitlines() if line.strip()]
    out: set[str] = set()
    for line, after in zip(lines, lines[1:], strict=False):
        if not _LINE_START.match(after):
            continue  # the next line goes on in lower case: this one may be wrapped mid-sentence
        pieces = split_sentences(line)
        if pieces and reads_as_clause(pieces[-1]):
            out.add(pieces[-1])
    return out
