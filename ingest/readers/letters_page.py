"""A newspaper's letters page: several readers' letters on one page, each signed by its writer.

A contributor who wrote to a newspaper often sends the whole page: the paper's name and date, "Letters to the
Editor", the rules for letters, then each letter under the headline the desk gave it ("Sir, ..." opening it,
the writer's name and place, or role, signed under it), and an editor's note. Read as one document, the
neighbouring letters and the paper's own lines would be credited to the contributor. Here each letter's
paragraphs carry their writer in the section path (``Earlier message from <name>``, as a forwarded message's do),
so that ingest keeps only the contributor's letter and names the other writers in a warning (ingest.forwards);
the paper's lines, the headlines and the editor's note are nobody's input and are left out.

A page is read so when it holds two letters or more, each a run of prose paragraphs closed by a signature (a
short paragraph whose first line is a name: two to five capitalised words, with a place or role under it or
after a comma), and either two of them open with an editor's salutation ("Sir,", "Dear Editor") or a line above
the first says "Letters".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_SALUTATION = re.compile(
    r"(?i)^(?:sirs?|madam|dear\s+(?:sirs?|madam|editor|editors)|to\s+the\s+editors?|sehr\s+geehrte\s+redaktion|"
    r"monsieur(?:\s+le\s+r[ée]dacteur)?|madame|se[ñn]or\s+director|geachte\s+redactie)\b\s*[,:!]"
)
_LETTERS = re.compile(r"(?i)\b(?:letters?|leserbriefe?|courrier\s+des\s+lecteurs|cartas\s+al\s+director|lettere)\b")
# a name: two to five words, each capitalised (particles and initials allowed), no digits
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*|(?:de|da|del|della|der|van|von|le|la|di|du|dos|das|bin|ibn|al)\b)"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}$")
_SENTENCE_END = (".", "!", "?", "…", ":", ";")
_MIN_LETTERS = 2
_PROSE_WORDS = 8
_SIGNATURE_LINES = 3


@dataclass(frozen=True)
class Letter:
    """One letter of the page: its writer's name and the indices of its paragraphs."""

    writer: str
    paragraphs: tuple[int, ...]


def _signer(text: str) -> str | None:
    """The writer a signature paragraph names ("Tamar Kurtanidze" over "Chair, ..., Telavi"), else None."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    if not lines or len(lines) > _SIGNATURE_LINES or any(len(line) > 90 for line in lines):
        return None
    if lines[-1].endswith((".", "!", "?")) and not re.search(r"\b[A-Z]\.$", lines[-1]):
        return None
    name = lines[0].split(",")[0].strip()
    return name if len(name) <= 50 and _NAME.match(name) and not re.search(r"\d", name) else None


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.rstrip().endswith(_SENTENCE_END + ('"', "”", ")"))


def letters_on_page(paragraphs: Sequence[str]) -> list[Letter] | None:
    """The letters of a newspaper's letters page, given its paragraphs in order, or None for any other text."""
    letters: list[Letter] = []
    for k, text in enumerate(paragraphs):
        writer = _signer(text)
        if writer is None or k == 0 or not _prose(paragraphs[k - 1]):
            continue
        start = k - 1
        done = letters[-1].paragraphs[-1] + 2 if letters else 0  # after the last letter's signature
        while start - 1 >= done and _prose(paragraphs[start - 1]) and _signer(paragraphs[start - 1]) is None:
            start -= 1
        letters.append(Letter(writer, tuple(range(start, k))))
    if len(letters) < _MIN_LETTERS:
        return None
    saluted = sum(1 for letter in letters if _SALUTATION.match(paragraphs[letter.paragraphs[0]].strip()))
    above = paragraphs[: letters[0].paragraphs[0]]
    if saluted < _MIN_LETTERS and not any(_LETTERS.search(p) and len(p.split()) <= 12 for p in above):
        return None
    return letters
