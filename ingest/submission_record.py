"""A submission's record: the system's fields are no one's prose, the abstract under them is the author's.

A conference's abstract system or a journal's manuscript system exports a submission as a form: a header naming
the record ("Abstract submission record", "Exported from ..."), then field lines ("Abstract ID: ...", "Track: ...",
"Status: Accepted", "Authors: ...", "Affiliations: ...", "Keywords: ...", "Word count: 246", "Submitted: ..."),
and the abstract itself under a label of its own ("Abstract (max. 300 words):"). The metadata names the
submitting author, and every passage would be credited to them: the status the programme committee gave, a
co-author's name and affiliations, the keywords chosen from the system's list. So in a file that shows such a
form (four of its fields or more, two of them fields only a submission system asks for: an ID, a track, keywords,
co-authors or affiliations, a presentation type, a word count), the lines opened by a submission's field label are
left out, the abstract's label standing alone over its text goes, and so does a short header above the first field
that names the record; every other line stays as written, so the abstract, and any line the rule does not know
("Funding: ...", written by the author), is the author's still. A file with fewer such fields is no record and
is left as it is: a policy brief's "Authors:" line alone changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

__all__ = ["drop_record_fields"]

# fields only a submission system asks for
_STRONG = (
    r"(?:abstract|submission|paper|manuscript|proposal|contribution|poster)\s*(?:id|no\.?|number|nr\.?|#|code)",
    r"(?:id|reference)\s*(?:no\.?|number)?",
    r"(?:conference\s+|thematic\s+)?(?:track|strand|sub-?theme|topic\s+area)",
    r"key\s*words?|keywords|mots[- ]cl[ée]s|schl[üu]sselw[öo]rter|palabras\s+clave|parole\s+chiave|trefwoorden",
    r"co-?authors?|presenting\s+authors?|corresponding\s+authors?|affiliations?",
    r"(?:requested\s+)?(?:presentation|submission|session|contribution)\s+(?:type|format)(?:\s+requested)?",
    r"word\s+count|number\s+of\s+words|character\s+count",
)
# fields any form may hold, read as a record's only beside the fields above
_COMMON = (
    r"authors?|speakers?|presenters?|status|decision|title|submitted(?:\s+on)?|(?:date\s+)?submitted"
    r"|submission\s+date|last\s+(?:modified|updated|edited)|(?:created|updated)(?:\s+on)?|session|topic|theme"
)
_STRONG_LABEL = re.compile(rf"^(?:{'|'.join(_STRONG)})$", re.IGNORECASE)
_LABEL = re.compile(rf"^(?:{'|'.join(_STRONG)}|{_COMMON})$", re.IGNORECASE)
# "Label: value" opening a line; the label a few words, brackets aside ("Abstract (max. 300 words):")
_FIELD = re.compile(
    r"^[ \t>*_#-]*(?P<label>[A-Za-zÀ-ÿ][\w .'’/&-]{0,40}?)\s*(?:\([^()\n]{0,40}\))?\s*[:：]\s*(?P<value>.*)$"
)
# the label over the submission's own text ("Abstract (max. 300 words):", "Summary:", "Proposal text:")
_BODY_LABEL = re.compile(
    r"^(?:(?:extended\s+|short\s+)?(?:abstract|summary|r[ée]sum[ée]|zusammenfassung|resumen|proposal|description)"
    r"(?:\s+(?:text|body))?|(?:abstract|proposal|submission)\s+text)$",
    re.IGNORECASE,
)
_HEADER_WORDS = re.compile(
    r"\b(?:submission|abstract|manuscript|proposal)s?\b.*\b(?:record|form|system|export(?:ed)?|summary)\b"
    r"|\bexported\s+from\b",
    re.IGNORECASE,
)
_MIN_FIELDS, _MIN_STRONG = 4, 2
_HEADER_WORDS_MAX = 40  # a record's header is a line or two, never an introduction's paragraph


def _field(line: str) -> tuple[str, str] | None:
    """The label and value of a field line, the label in one spacing; None for any other line."""
    found = _FIELD.match(line)
    if found is None:
        return None
    return " ".join(found.group("label").split()), found.group("value").strip()


def _labels(passages: Sequence[Passage]) -> tuple[set[str], set[str]]:
    """The submission field labels the passages' lines open with: all, and those only a system asks for."""
    known, strong = set(), set()
    for passage in passages:
        for line in passage.text.split("\n"):
            field = _field(line)
            if field and field[1] and _LABEL.match(field[0]):
                known.add(field[0].casefold())
                if _STRONG_LABEL.match(field[0]):
                    strong.add(field[0].casefold())
    return known, strong


def _kept_lines(text: str) -> tuple[list[str], list[str]]:
    """A passage's lines that are not a record's fields, and the labels of those that are."""
    kept, dropped = [], []
    for line in text.split("\n"):
        field = _field(line)
        if field is not None and (_LABEL.match(field[0]) or not field[1] and _BODY_LABEL.match(field[0])):
            dropped.append(field[0])  # a field, or the body's label alone over the text under it
        else:
            kept.append(line)
    return kept, dropped


def drop_record_fields(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` without a submission record's fields and header, and a warning naming the fields left out;
    unchanged, without a warning, when the passages are no such record."""
    known, strong = _labels(passages)
    if len(known) < _MIN_FIELDS or len(strong) < _MIN_STRONG:
        return list(passages), []
    kept: list[Passage] = []
    named: dict[str, None] = {}
    fields_begun = False
    for passage in passages:
        lines, dropped = _kept_lines(passage.text)
        if not fields_begun and not dropped:
            header = " ".join(passage.text.split())
            if _HEADER_WORDS.search(header) and len(header.split()) <= _HEADER_WORDS_MAX:
                named.setdefault("the record's header", None)
                continue
        fields_begun = fields_begun or bool(dropped)
        named.update(dict.fromkeys(label for label in dropped if _LABEL.match(label)))
        text = "\n".join(lines).strip()
        if text == passage.text.strip():
            kept.append(passage)
        elif text:
            kept.append(replace(passage, text=text))
    if not named:
        return list(passages), []
    return kept, [
        f"the submission record's fields ({', '.join(named)}) are the system's, not the author's words, "
        "and are left out"
    ]
