"""A letter's, memo's or message's salutation: "Dear colleagues,", "Liebe Kolleginnen und Kollegen,".

It is furniture, as the closing is (ingest.readers.signature): kept, it becomes a passage of its own ("Dear Ms
Horvat,") that retrieval finds and a draft may quote in the sender's name, or the document's title. A salutation
is a short line that opens with a greeting of the languages the agency works in and ends as a greeting does (a
comma, a colon or an exclamation mark; "Dear ..." and "To whom it may concern" need none), standing before the
body's first line of prose, after at most a heading, the sender's and addressee's lines, a date and a subject.
A greeting inside a sentence, or a line that goes on as a sentence ("Dear colleagues are invited to ..."), is text.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

# greetings that open a salutation, folded to lower case; each is followed by a name, a group or nothing
_GREETINGS = (
    # English
    "dear", "dearest", "hello", "hi", "greetings", "good morning", "good afternoon", "good evening",
    "ladies and gentlemen", "esteemed", "to whom it may concern",
    # French
    "cher", "chère", "chers", "chères", "madame", "monsieur", "mesdames", "messieurs", "bonjour", "bonsoir",
    # German
    "liebe", "lieber", "liebes", "sehr geehrte", "sehr geehrter", "sehr geehrtes", "hallo", "guten tag",
    "guten morgen", "werte", "werter",
    # Spanish, Portuguese, Italian
    "estimado", "estimada", "estimados", "estimadas", "querido", "querida", "queridos", "queridas", "hola",
    "buenos días", "buenas tardes", "distinguido", "distinguida", "distinguidos", "prezado", "prezada", "prezados",
    "prezadas", "caro", "cara", "caros", "caras", "cari", "care", "exmo", "exma", "olá", "bom dia", "boa tarde",
    "gentile", "gentili", "gentilissimo", "gentilissima", "gentilissimi", "egregio", "egregia", "egregi",
    "buongiorno", "spettabile",
    # Dutch, Nordic, Baltic, Finnish
    "beste", "geachte", "goedemorgen", "goedemiddag", "hej", "hei", "kære", "kjære", "bästa", "hyvä", "hyvät",
    "tere", "lugupeetud", "labdien", "godātie", "godātā", "cienījamie", "cienījamā", "cienījamais", "laba diena",
    "gerbiamieji", "gerbiama", "gerbiamas", "sveiki",
    # Central and South-East Europe, Eastern partners, Türkiye
    "szanowni", "szanowny", "szanowna", "drodzy", "droga", "drogi", "dzień dobry", "vážení", "vážená", "vážený",
    "milí", "milá", "milý", "dobrý den", "dobrý deň", "poštovani", "poštovana", "poštovane", "poštovani",
    "spoštovani", "spoštovana", "dragi", "draga", "drage", "dobar dan", "dober dan", "tisztelt", "kedves",
    "stimate", "stimată", "stimați", "dragă", "bună ziua", "i nderuar", "e nderuar", "të nderuar", "përshëndetje",
    "уважаеми", "уважаема", "уважаемые", "уважаемый", "уважаемая", "шановні", "шановний", "шановна",
    "почитувани", "почитуван", "αγαπητοί", "αγαπητέ", "αγαπητή", "αξιότιμε", "αξιότιμη", "αξιότιμοι", "sayın",
    "değerli", "merhaba", "hörmətli", "ძვირფასო", "հարգելի",
)  # fmt: skip
# greetings that are a salutation without a comma: no word of running text opens with them
_ALONE = ("dear", "to whom it may concern", "sehr geehrte", "sehr geehrter", "sehr geehrtes")
_OPENER = re.compile(
    r"(?i)^(?:" + "|".join(re.escape(g) for g in sorted(_GREETINGS, key=len, reverse=True)) + r")(?=[\s,!:;]|$)"
)
_ABBREVIATION = re.compile(r"\b[^\W\d_]{1,4}\.")  # a title or an initial: "Mr.", "Prof.", "Dr.", "A."
_MAX_WORDS = 10
_MAX_CHARS = 90
# lines searched for a salutation: a heading, the sender's and addressee's lines, a date, a subject
_MAX_HEAD_LINES = 15
_PROSE_WORDS = 12
# emphasis around a greeting is taken off; a heading ("# Dear Europe") or a block quote is never a salutation
_MARKUP = re.compile(r"^[\s*_]+|[\s*_]+$")


def is_salutation(line: str) -> bool:
    """Whether ``line`` (Markdown emphasis aside) is only a salutation: a greeting and whom it
    greets, ending as a greeting ends."""
    text = _MARKUP.sub("", line)
    opener = _OPENER.match(text)
    if not opener or len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS:
        return False
    if text.endswith((",", "!")):
        # one greeting (or two: "Madame, Monsieur,", "Dear Ana, dear Ivo,"), not a sentence going on after it
        parts = [part.strip() for part in text[:-1].split(",")]
        plain = _ABBREVIATION.sub("", text[:-1])  # "Dear Mr. Petrov," "Dear Prof. A. Novak,": no sentence's end
        return not re.search(r"[.!?]\s+\S", plain) and all(_OPENER.match(part) for part in parts[1:])
    rest = text[opener.end() :].strip(" ,")
    if text.endswith(":"):
        return bool(rest) and not rest[:-1].strip().endswith(":")  # "Dear colleagues:"; not a label "Care:"
    # no closing mark: only a greeting no sentence opens with, and no sentence's end
    return opener.group().casefold() in _ALONE and not re.search(r"[.!?;]", text)


def salutation_at(lines: Sequence[str], fixed: Collection[int] = ()) -> int | None:
    """The index of the salutation that opens the body of ``lines``, if one stands before its first line of
    prose; None otherwise. The lines at ``fixed`` (a heading's, a table's) count among those before the body but
    are never the salutation."""
    seen = 0
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        after = lines[k + 1] if k + 1 < len(lines) else ""
        # a line the next one carries on in lower case is the start of a wrapped sentence, not a greeting
        if k not in fixed and is_salutation(line) and not after[:1].islower():
            return k
        seen += 1
        if seen >= _MAX_HEAD_LINES or len(line.split()) > _PROSE_WORDS:
            return None  # the body has begun: a greeting below is text
    return None


def drop_salutation(lines: list[str]) -> list[str]:
    """``lines`` without the salutation that opens the body (see :func:`salutation_at`)."""
    k = salutation_at(lines)
    return lines if k is None else lines[:k] + lines[k + 1 :]


def drop_salutation_text(text: str) -> str:
    """``text`` without the salutation that opens its body (see :func:`salutation_at`)."""
    return "\n".join(drop_salutation(text.split("\n")))


def drop_salutation_paragraphs(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with the salutation's line taken out of its paragraph; a paragraph that was only the
    salutation is left empty, so the paragraphs after it keep the numbers an editor counts in the file."""
    cuts = salutation_cuts([("paragraph", paragraph) for paragraph in paragraphs])
    return [cuts.get(index, paragraph) for index, paragraph in enumerate(paragraphs)]


def salutation_cuts(blocks: Iterable[tuple[str, str]]) -> dict[int, str]:
    """Where a salutation opens a document's body: ``{index: the block's text without its line}`` (an empty text
    when the block was only the salutation), or nothing.

    ``blocks`` is the document in order, each as ``(role, text)``, a block's lines split at its line breaks and
    each block followed by an empty line: only a "paragraph" of the author's running text may be the salutation;
    any other block (a heading, the title, a table, a text box) counts among the lines before the body, as the
    sender's and addressee's lines do, but is never one (a heading "Dear Europe" is a title). The blocks are taken
    one by one only until the body has begun."""
    flat: list[str] = []
    texts: list[str] = []
    fixed: set[int] = set()
    where: list[tuple[int, int]] = []  # for each flat line: its block and its line in the block
    seen, prose = 0, False
    for index, (role, text) in enumerate(blocks):
        if prose or seen > _MAX_HEAD_LINES:
            break  # the body has begun: the blocks after it are not looked at
        texts.append(text)
        for number, line in enumerate([*text.split("\n"), ""]):
            if role != "paragraph":
                fixed.add(len(flat))
            flat.append(line)
            where.append((index, number))
            seen += bool(line.strip())
            prose = prose or len(line.split()) > _PROSE_WORDS
    k = salutation_at(flat, fixed)
    if k is None:
        return {}
    index, number = where[k]
    lines = texts[index].split("\n")
    after = lines[number + 1 :]
    if after[:1] == [""] and (number == 0 or lines[number - 1] == ""):
        after = after[1:]  # the empty line that set the greeting apart goes with it
    return {index: "\n".join(lines[:number] + after)}
