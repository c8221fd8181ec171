"""Minutes kept as a two-column table ("Speaker | Statement", "Name | Intervention"): each row a speaker's turn.

A secretariat often keeps a meeting's record in Word or Writer as a table: who spoke in the first column, what they
said in the second. Read as a table, its rows are one passage credited whole to the contributor, the chair's and the
other members' statements with theirs. Written as the lines "Name: statement", the rows read as the turns of minutes
written in paragraphs (:mod:`ingest.turns`), so that only the contributor's own statements stay theirs.

Only a table of exactly two columns whose header row names a speaker's column and a statement's column, in the
languages the transcript reading knows, is read so ("Sprecher | Wortmeldung", "Intervenant | Intervention",
"Spreker | Inbreng"); a header such as "Name | Position" or "Partner | Contribution" names no one's speech and the
table stays a table. Every speaker's cell must read as a speaker's label (a name, a title and a name, a role); when
one does not, the table is left as it was rather than have that row's words run on into the turn above it. A row
with no name goes on with the turn above it, as a second paragraph of a turn does.
"""

from __future__ import annotations

import re

from ingest.metadata_names import person_names
from ingest.turn_labels import TURN

# the header of the speakers' column, folded, without a parenthesis ("Name (organisation)") or a second field after
# "and" or "/" ("Name and organisation", "Speaker / role")
_SPEAKER = re.compile(
    r"^(?:speakers?|name|names|speaker'?s? name|name of (?:the )?speaker|participants?|members?|delegates?|who|"
    r"person|sprecher(?:in)?|redner(?:in)?|teilnehmer(?:in)?|wer|intervenante?s?|orat(?:eur|rice)s?|nom|"
    r"participante?s?|qui|orador(?:a|es)?|interviniente|nombre|quién|oratore|relat(?:ore|rice)|nome|interveniente|"
    r"spreker|naam|deelnemer|wie|mówca|imię i nazwisko|uczestnik|osoba|govornik|ime|ime i prezime|sudionik)$"
)
_SECOND_FIELD = re.compile(
    r"\s*(?:\(.*?\)|(?:/|,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b).*)\s*$", re.IGNORECASE
)
# the header of the statements' column: what was said, never a role, a position or a project's contribution
_STATEMENT = re.compile(
    r"^(?:(?:summary|gist) of (?:the )?)?(?:statements?|interventions?|speech|what (?:was|they|he|she) said|"
    r"points? raised|remarks made|wortmeldung(?:en)?|redebeitr(?:a|ä)ge?|aussagen?|(?:ä|ae)u(?:ß|ss)erung(?:en)?|"
    r"d(?:é|e)clarations?|propos|prises? de parole|intervenci(?:ó|o)n(?:es)?|declaraci(?:ó|o)n(?:es)?|interventi|"
    r"intervento|dichiarazion[ei]|interven(?:ç|c)(?:ã|a)o|interven(?:ç|c)(?:õ|o)es|declara(?:ç|c)(?:ã|a)o|inbreng|"
    r"interventie|tussenkomst|wypowied(?:ź|z)|wyst(?:ą|a)pienie|izlaganje|izjava|istup)$"
)
_MARKUP = re.compile(r"[*_:#.]+")


def _header(cell: str) -> str:
    """A header cell folded for matching: lower case, without emphasis, a closing colon or a second field."""
    text = " ".join(_MARKUP.sub(" ", cell).split()).casefold()
    return _SECOND_FIELD.sub("", text) if not _SPEAKER.match(text) else text


# a given name written as its initials before the surname, as secretaries write a speaker: "I. Strode", "A.-M. Vitola"
_INITIALS = re.compile(r"^((?:[^\W\d_]\.\s?-?\s?){1,3})\s*(?=[^\W\d_]{2})")


def _speaker(cell: str) -> str | None:
    """The speaker's label a name cell gives ("Horvat, Ana" as "Ana Horvat", "I. Strode" as "Strode": initials
    would read as a sentence's end, or as the article "A"), or None when it reads as none."""
    name = " ".join(cell.split()).strip(" :*_")
    if "," in name:
        turned = person_names(name)
        name = turned if "," not in turned else name
    initials = _INITIALS.match(name)
    if initials and initials.group(1)[:1].isupper():
        name = name[initials.end() :]
    found = TURN.match(f"{name}: said")
    return name if found and found.group("label") == name else None


def turn_rows(rows: list[str]) -> list[str] | None:
    """A table's rows (cells joined by " | ", the header row first) as the lines of minutes when it is a table of
    minutes (see the module's doc): each row "Name: statement", a row without a name its statement alone, the
    header left out. None for any other table."""
    if len(rows) < 2:
        return None
    header = rows[0].split(" | ")
    if len(header) != 2 or not _SPEAKER.match(_header(header[0])) or not _STATEMENT.match(_header(header[1])):
        return None
    lines: list[str] = []
    written: dict[str, str] = {}  # a surname label and the initials it was written with: two "Strode"s are two people
    for row in rows[1:]:
        cells = row.split(" | ")
        if len(cells) != 2:
            return None  # a cell holding the separator, or a row of another shape: not read as turns
        name, said = (" ".join(cell.split()) for cell in cells)
        if not said:
            continue  # a name and no words: nothing said to credit
        if not name:
            if not lines:
                return None  # words before any speaker: whose they are cannot be told
            lines.append(said)
            continue
        label = _speaker(name)
        initials = _INITIALS.match(name)
        if label is None or (
            initials and written.setdefault(label, initials.group(1).strip()) != initials.group(1).strip()
        ):
            return None  # no speaker, or one surname for two people ("I. Strode", "M. Strode"): whose is unclear
        lines.append(f"{label}: {said}")
    return lines or None
