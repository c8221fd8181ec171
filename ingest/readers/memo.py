"""A memo's header block ("To: / From: / Date: / Subject:") and the writer's initials at its end.

A memorandum opens with lines that address it ("MEMORANDUM", "To: Working group", "From: J. Kask", "Date: 3 May",
"CC: ...", "Subject: Recognition of micro-credentials") and may end with the writer's initials ("JK", "JK/mt",
"J-PK", "AM-L/ks").
Kept, they are the first passage's words: retrieval finds "From: J. Kask" and a draft may quote it in the
contributor's name. They are furniture, as a letter's salutation and closing are (the metadata sheet names the
contributor); the subject names the memo and becomes its title.

The header is told only where it is plain: at the very start of the text (after at most a "Memorandum" line and
rules of dashes), two header lines or more with different labels, one of them "To:" or "From:". A label inside a
paragraph, or a single "Re:" line, is text. The initials go only in a memo so told.
"""

from __future__ import annotations

import re

_LABELS = {
    "to": "to",
    "from": "from",
    "date": "date",
    "dated": "date",
    "subject": "subject",
    "subj": "subject",
    "re": "subject",
    "regarding": "subject",
    "cc": "cc",
    "bcc": "cc",
    "copy": "cc",
    "copies": "cc",
    "attn": "to",
    "attention": "to",
    "ref": "ref",
    "our ref": "ref",
    "reference": "ref",
    "file": "ref",
}
_HEADER = re.compile(
    r"^\s*[*_]{0,2}(?P<label>" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")\s*[*_]{0,2}\s*:[*_]{0,2}"
    r"\s*(?P<value>\S.*)?$",
    re.IGNORECASE,
)
_TITLE = re.compile(r"^\s*(?:internal\s+|office\s+)?(?:memorandum|memo|note\s+to\s+file)\s*:?\s*$", re.IGNORECASE)
_RULE = re.compile(r"^\s*[-_=*~]{3,}\s*$")
# the writer's initials, two to five capitals, a hyphen joining those of a double name ("JK", "J.K.", "J-PK",
# "AM-L", "J.-P. K."), and the typist's after a slash or colon ("JK/mt", "AM-L/ks", "JPK:ab")
_INITIALS = re.compile(r"^\s*[A-Z]\.?(?:\s?-?\s?[A-Z]\.?){1,4}(?:\s*[/:]\s*[A-Za-z]{1,4}(?:-[A-Za-z]{1,3})?)?\s*$")
MAX_VALUE = 200  # characters: a header's value is a line, not a paragraph


def _header(line: str) -> tuple[str, str] | None:
    match = _HEADER.match(line)
    if not match:
        return None
    value = (match.group("value") or "").strip().strip("*_").strip()
    if len(value) > MAX_VALUE:
        return None
    return _LABELS[match.group("label").lower()], value


def memo_header(lines: list[str]) -> tuple[set[int], str]:
    """The indexes of ``lines`` that make a memo's header block, and its subject ("" if none): empty when the
    text opens with no plain header (see the module's doc)."""
    drop: set[int] = set()
    labels: list[str] = []
    subject = ""
    last_header = False
    for k, line in enumerate(lines):
        if not line.strip() or _RULE.match(line):
            drop.add(k)
            last_header = False
            continue
        found = _header(line)
        if found is not None:
            label, value = found
            labels.append(label)
            subject = value if label == "subject" and value and not subject else subject
            drop.add(k)
            last_header = True
        elif _TITLE.match(line) and not labels:
            drop.add(k)
        elif last_header and line[:1] in (" ", "\t"):
            drop.add(k)  # a header's value running on to an indented line (a long list of addressees)
        else:
            break
    if len(set(labels)) < 2 or not {"to", "from"} & set(labels):
        return set(), ""
    while drop and not lines[max(drop)].strip():
        drop.discard(max(drop))  # blank lines after the block are the text's, not the header's
    return drop, subject


def drop_memo_paragraphs(paragraphs: list[str]) -> tuple[list[str], str]:
    """``paragraphs`` without a memo's header lines and its closing initials, and the memo's subject ("" for a
    text that is no memo). A paragraph left with nothing is kept empty, so the ones after it keep their numbers."""
    flat: list[tuple[int, str]] = [(i, line) for i, p in enumerate(paragraphs) for line in p.split("\n")]
    drop, subject = memo_header([line for _, line in flat])
    if not drop:
        return list(paragraphs), ""
    last = max((k for k, (_, line) in enumerate(flat) if line.strip()), default=-1)
    if last > max(drop) and _INITIALS.match(flat[last][1]):
        drop.add(last)
    kept: list[list[str]] = [[] for _ in paragraphs]
    for k, (i, line) in enumerate(flat):
        if k not in drop:
            kept[i].append(line)
    return ["\n".join(lines).strip("\n") for lines in kept], subject


def memo_cuts(paragraphs: list[str]) -> tuple[dict[int, str], str]:
    """What :func:`drop_memo_paragraphs` changes in ``paragraphs`` (index -> the paragraph's remaining text, ""
    for one that goes whole), and the memo's subject; nothing for a text that is no memo."""
    kept, subject = drop_memo_paragraphs(paragraphs)
    return {k: text for k, (text, was) in enumerate(zip(kept, paragraphs, strict=True)) if text != was}, subject
