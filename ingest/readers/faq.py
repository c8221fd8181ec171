"""An FAQ written as labelled pairs ("Q: ..." / "A: ...", "Question 3:" / "Answer:"): questions over answers.

A Markdown or plain-text FAQ labels its questions and answers instead of making the questions headings. Read as
they stand, "Q" and "A" would be taken for two speakers of an interview (``ingest.turns``), so the file's own
answers would be read as a respondent's turns. Here each question becomes a heading and its answer the text under
it, as a "### question" heading over its answer reads. Notes that say before their first question that the
questions were put to someone (an interview, a hearing) are left as they are: their questions are an
interviewer's, never the contributor's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class Block:
    """A parsed piece of a document: ``kind`` heading, text or table; a heading's ``level``."""

    kind: str
    text: str
    level: int = 0


# The labels, read after Markdown's bold has been taken off. "A." is no answer's label: it opens too many names
# ("A. Horvat"). Bold that a question's wrapped line leaves open ("**Q: How long ... and" / "how often?**") is
# taken off too.
FAQ_Q = re.compile(r"^\s*[*_]{0,3}\s*(?:Q|Question)\s*\d{0,3}\s*[:.]\s*[*_]{0,3}\s*(?P<text>.*?)[*_\s]*$", re.I)
FAQ_A = re.compile(r"^\s*[*_]{0,3}\s*(?:A|Answer)\s*\d{0,3}\s*:\s*[*_]{0,3}\s*(?P<text>.*?)[*_\s]*$", re.I)
# what says, before the first question, that the questions were put to someone: then "Q"/"A" are an
# interviewer and a respondent, and ingest.turns keeps only the answers as the contributor's
_INTERVIEW = re.compile(
    r"\b(?:interview\w*|transcript\w*|hearing|conversation|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"respondent|questioned|asked\s+(?:him|her|them))\b",
    re.IGNORECASE,
)
# what names the document an FAQ, which wins over the words above ("questions from our interviews: FAQ")
_FAQ_NAMED = re.compile(r"\b(?:faq|frequently\s+asked|questions?\s+(?:and|&)\s+answers?|q\s*&\s*a)\b", re.I)


def faq_blocks(blocks: list[Block]) -> list[Block]:
    """``blocks`` with an FAQ's questions made headings and its answers' labels taken off, so each pair reads as a
    passage under its question; unchanged when the text holds fewer than two question-and-answer pairs, or says
    before its first question that they were put to someone (interview notes)."""
    texts = [(k, b.text) for k, b in enumerate(blocks) if b.kind == "text" and b.text.strip()]
    questions = [k for k, t in texts if (q := FAQ_Q.match(t)) and q.group("text").strip()]
    # a question is answered when the next label below it is an answer's
    labels = ["q" if FAQ_Q.match(t) else "a" for _, t in texts if FAQ_Q.match(t) or FAQ_A.match(t)]
    pairs = sum(1 for a, b in zip(labels, labels[1:], strict=False) if (a, b) == ("q", "a"))
    if pairs < 2:
        return blocks
    preamble = " ".join(b.text for b in blocks[: questions[0]])
    asked = set(questions)
    if _INTERVIEW.search(preamble) and not _FAQ_NAMED.search(preamble):
        return blocks
    out: list[Block] = []
    level, in_question = 1, False
    for k, block in enumerate(blocks):
        if block.kind == "heading":
            level, in_question = block.level, False
            out.append(block)
        elif k in asked and (question := FAQ_Q.match(block.text)):
            out.append(Block("heading", question.group("text").strip(), min(level + 1, 6)))
            in_question = True
        elif block.kind == "text" and (answer := FAQ_A.match(block.text)):
            in_question = False
            if answer.group("text").strip():
                out.append(Block("text", answer.group("text").strip()))
        elif in_question and block.kind == "text" and block.text.strip():
            wrapped = block.text.strip().strip("*_").strip()
            out[-1] = Block("heading", f"{out[-1].text} {wrapped}", out[-1].level)  # a question's wrapped line
        else:
            in_question = False  # a blank line or a table: the question is whole
            out.append(block)
    return out
