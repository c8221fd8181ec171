"""Reviewers' comments in a submission's record: a reviewer's words are never the author's.

A conference's or a journal's system exports a submission with the reviews it received ("Reviewer comments
(visible to authors):", then "Reviewer 1: ...", "Reviewer 2: ..."); a funder's decision letter quotes its
evaluators the same way. The metadata names the submission's author, and every passage would be credited to
them: a reviewer's doubt ("Consider whether automatic recognition is realistic") would be quoted as the author's
view. So from a reviewers' heading, or from a line opened by a reviewer's label ("Reviewer 2:", "Referee A:",
"Evaluator 1:", "Gutachter 2:", "Évaluateur 1 :"), to the end of its passage, the text is the reviewers' and is left
out with a warning that names them; the passages after it (the record's dates) stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_WHO = (
    r"(?:reviewers?|referees?|evaluators?|gutachter(?:in)?|(?:é|e)valuat(?:eur|rice)s?|"
    r"relecteurs?|revisor(?:es|a)?|evaluador(?:es|a)?|revisore|valutatore|beoordelaar|recenzent)"
)
# "Reviewer 1:", "Referee A:", "Reviewer #2 :" opening a line or following a sentence's end
_LABEL = re.compile(
    rf"(?i)(?:^|(?<=[.!?\"”)])\s+)(?P<label>{_WHO}(?:\s*#?\s*\d{{1,2}}|\s+(?-i:[A-Z])))\s*:(?=\s|$)", re.M
)
# "Reviewer comments (visible to authors):", "Reviewers' comments", "Comments from the reviewers", "Referee reports":
# a heading on a line of its own, never a sentence ("Reviewers' reports should be published.")
_HEADING = re.compile(
    rf"(?im)^[#*_\s]*(?:{_WHO}['’]?\s*(?:comments?|feedback|reports?|remarks?|reviews?)|"
    rf"(?:comments?|feedback|reports?|remarks?)\s+(?:from|of|by)\s+(?:the\s+)?{_WHO}|reviews?\s+comments?)"
    r"\s*(?:\([^()\n]{0,60}\))?\s*:?[*_\s]*$"
)


def drop_reviews(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` without the reviewers' comments, and a warning naming them when some were left out."""
    kept: list[Passage] = []
    labels: dict[str, None] = {}
    heading = False
    for passage in passages:
        found = [m.start() for m in (_HEADING.search(passage.text),) if m]
        for match in _LABEL.finditer(passage.text):
            label = " ".join(match.group("label").split())
            labels.setdefault(label[:1].upper() + label[1:], None)
            found.append(match.start("label"))
        if not found:
            kept.append(passage)
            continue
        heading = heading or bool(_HEADING.search(passage.text))
        if text := passage.text[: min(found)].strip():
            kept.append(replace(passage, text=text))
    if not labels and not heading:
        return list(passages), []
    who = f" ({', '.join(labels)})" if labels else ""
    return kept, [f"the reviewers' comments{who} are someone else's words and are left out"]
