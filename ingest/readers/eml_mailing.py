"""A mailing's furniture in an e-mail: "View this email in your browser" over a newsletter, and the footer a
mailing tool adds under it (copyright, "You are receiving this email because ...", the mailing address, "update
your preferences", "unsubscribe from this list").

These lines are the tool's, written the same way under every newsletter it sends: read as the sender's text they
would be passages in the writer's name that say nothing of hers. A sentence is taken for furniture only by the
tool's own phrases (a learner who may "unsubscribe from a course" says something else); a passage made only of
such sentences goes, and in a passage that also holds the writer's text only those sentences go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_FURNITURE = re.compile(
    r"view\s+(?:this|the)\s+(?:e-?mail|newsletter|message)\s+(?:in\s+(?:your|a|the)\s+(?:web\s+)?browser|online)"
    r"|view\s+(?:it\s+)?in\s+(?:your|a)\s+(?:web\s+)?browser"
    r"|having\s+trouble\s+(?:viewing|reading)\s+this\s+(?:e-?mail|message)"
    r"|you\s+(?:are\s+receiving|received|receive)\s+this\s+(?:e-?mail|newsletter|message)\s+because"
    r"|our\s+mailing\s+address\s+is"
    r"|(?:update|manage|change)\s+(?:your\s+)?(?:subscription\s+|e-?mail\s+)?preferences"
    r"|unsubscribe\s+from\s+(?:this|our|the)\s+(?:list|newsletter|mailing)"
    r"|want\s+to\s+change\s+how\s+you\s+receive\s+these\s+e-?mails"
    r"|copyright\s*©|©\s*\d{4}.{0,120}all\s+rights\s+reserved"
    r"|forward\s+(?:this\s+e-?mail\s+)?to\s+a\s+friend"
    r"|add\s+us\s+to\s+your\s+address\s+book",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z©])")
# a sentence with no stop inside runs on into the next line's sentence ("... Cyprus Want to change how ..."):
# the footer's lines, joined by the HTML reader, are cut where a line ends with no stop too
_LINE_END = re.compile(r"\n+")


def _sentences(text: str) -> list[str]:
    return [s for line in _LINE_END.split(text) for s in _SENTENCE_END.split(line) if s.strip()]


def drop_mailing_furniture(passages: Sequence[Passage]) -> tuple[list[Passage], int]:
    """``passages`` without a mailing tool's furniture sentences (see the module's doc); passages left with
    nothing go. The second value counts the passages changed or left out."""
    kept: list[Passage] = []
    changed = 0
    for passage in passages:
        sentences = _sentences(passage.text)
        furniture = [s for s in sentences if _FURNITURE.search(s)]
        if not furniture:
            kept.append(passage)
            continue
        changed += 1
        if len(furniture) == len(sentences):
            continue
        lines = []
        for line in passage.text.split("\n"):
            left = " ".join(s for s in _SENTENCE_END.split(line) if not _FURNITURE.search(s))
            if left.strip() or not line.strip():
                lines.append(left)
        kept.append(replace(passage, text="\n".join(lines).strip("\n")))
    return kept, changed
