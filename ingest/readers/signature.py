"""A message's or letter's closing and signature: "Kind regards," and the name, title and address lines under it.

They are the sender's furniture, not their input: left in, "Kind regards, Anna Berzina, Director" becomes a
passage that can be retrieved and quoted. A closing is a line that is only a closing formula (in the languages
of the agency's member and partner countries), or one followed by a name ("Best, Anna"); a closing word
inside a sentence ("We send our best regards to the team ...") is not one. It opens a signature only when what
follows it to the end of the text is a few short lines (name, title, organisation, address, telephone), blank
lines, and at most a confidentiality notice; a "P.S." ends the signature and is kept. Anything else after it (a
sentence, words going on in lower case, a speaker's label, more lines than a signature has) means the line was
not a closing, and so does nothing above it: nothing is left out, since when unsure the text stays.

E-mail and plain text pass their text (:func:`drop_signature`); Word, OpenDocument and RTF letters pass the
paragraphs that end their body (:func:`drop_signature_paragraphs`), so that a table, a heading, a text box or a
footnote is never part of a signature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CLOSINGS = {
    # English
    "kind regards", "kindest regards", "best regards", "warm regards", "warmest regards", "regards", "with regards",
    "with kind regards", "with best regards", "many regards", "best wishes", "with best wishes", "all the best",
    "sincerely", "yours sincerely", "sincerely yours", "yours faithfully", "yours truly", "respectfully",
    "thanks", "thank you", "many thanks", "thanks again", "thanks and regards", "thanks & regards",
    "thanks and best regards", "thanks in advance", "with thanks", "with many thanks", "cheers",
    # French
    "cordialement", "bien cordialement", "très cordialement", "bien à vous", "salutations", "sincères salutations",
    "meilleures salutations", "amitiés", "merci", "merci beaucoup", "avec mes remerciements",
    # German
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
    "viele grüße", "viele grüsse", "beste grüße", "beste grüsse", "herzliche grüße", "herzliche grüsse",
    "liebe grüße", "liebe grüsse", "mit besten grüßen", "mit besten grüssen", "vielen dank",
    # Spanish, Portuguese, Italian
    "saludos", "saludos cordiales", "un saludo", "un cordial saludo", "atentamente", "cordialmente", "gracias",
    "muchas gracias", "atenciosamente", "cumprimentos", "melhores cumprimentos", "com os melhores cumprimentos",
    "obrigado", "obrigada", "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie", "grazie mille",
    # Dutch, Nordic, Baltic, Finnish
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groeten", "met hartelijke groet",
    "hartelijke groeten", "groeten", "hoogachtend", "med vänliga hälsningar", "vänliga hälsningar", "hälsningar",
    "med venlig hilsen", "venlig hilsen", "med vennlig hilsen", "vennlig hilsen", "ystävällisin terveisin",
    "terveisin", "lugupidamisega", "parimate soovidega", "ar cieņu", "pagarbiai",
    # Central and South-East Europe, Eastern partners
    "pozdrawiam", "z poważaniem", "z wyrazami szacunku", "s pozdravem", "s úctou", "s pozdravom", "üdvözlettel",
    "tisztelettel", "cu stimă", "cu respect", "cu drag", "srdačan pozdrav", "lijep pozdrav", "s poštovanjem",
    "lep pozdrav", "s spoštovanjem", "με εκτίμηση", "φιλικά", "с уважение", "з повагою", "с уважением",
    "me respekt", "saygılarımla",
}  # fmt: skip
_MOST_WORDS = max(len(closing.split()) for closing in _CLOSINGS)
_NEEDS_COMMA = {"best", "yours"}  # a closing only with its comma ("Best," or "Best, Anna"); else a word
# who the closing speaks for, before or after the formula: "On behalf of both ministries, yours faithfully,",
# "Yours sincerely, for and on behalf of the Council": the formula is still the closing, the rest its signer
_ON_BEHALF = re.compile(r"^(?:for and )?on behalf of\b[^,]{1,100}(?:,|$)", re.IGNORECASE)
_POSTSCRIPT = re.compile(r"^(?:p\.?\s?p?\.?\s?s\.?|ps)(?:[:.)\s]|$)", re.IGNORECASE)
_NOTICE = re.compile(
    r"(?:this (?:e-?mail|message|communication)\b.{0,80}\bconfidential|intended (?:solely |only )?for the (?:use of "
    r"the )?(?:addressee|recipient|person)|received this (?:e-?mail|message) in error|not the intended recipient|"
    r"consider the environment before printing)",
    re.IGNORECASE,
)
_WEB = re.compile(r"^(?:www\.|https?://|\S+@\S+\.\w+)", re.IGNORECASE)
MAX_SIGNATURE_LINES = 10
MAX_NOTICE_LINES = 12  # lines of a notice's block searched for the words that make it one
MAX_SHORT_WORDS = 12
MAX_SHORT_CHARS = 100
_SENTENCE_END = (".", "!", "?")


def is_closing(line: str) -> bool:
    """Whether ``line`` is only a closing formula, with a comma or stop, or with a name after a comma; the
    formula may say whom it speaks for ("On behalf of both ministries, yours faithfully,")."""
    behalf = _ON_BEHALF.match(line.strip())
    if behalf and behalf.group().endswith(","):
        line = line.strip()[behalf.end() :]
    # a paragraph of prose has more words before its first comma than any formula (trimming a stop at its end
    # takes at most one): turned away before the whole line is normalised, as most lines of a document are
    if len(line.partition(",")[0].split(None, _MOST_WORDS + 1)) > _MOST_WORDS + 1:
        return False
    text = " ".join(line.split())
    head, comma, tail = text.partition(",")
    formula = head.rstrip(".!").strip().lower()
    if formula in _NEEDS_COMMA and not comma:
        return False
    if formula not in _CLOSINGS and formula not in _NEEDS_COMMA:
        return False
    return not tail.strip() or _is_name(tail) or bool(_ON_BEHALF.match(tail.strip()))


def _is_name(text: str) -> bool:
    words = text.strip().rstrip(".").split()
    return 0 < len(words) <= 4 and all(word[:1].isupper() for word in words)


def _is_short(line: str) -> bool:
    """A signature's line: a name, a title, an address, a number, an address on the web; not a sentence (ended
    by a stop, or going on in lower case from the line above) nor a speaker's label."""
    words = line.split()
    if len(words) > MAX_SHORT_WORDS or len(line) > MAX_SHORT_CHARS or line.endswith(":"):
        return False
    if line[:1].islower() and not _WEB.match(line):
        return False
    return not (len(words) >= 3 and line.endswith(_SENTENCE_END))


def _signature_end(lines: list[str], start: int, blocks: list[int]) -> int | None:
    """Where the text resumes after a signature starting at ``start``: the end, or a P.S.; None when what
    follows is not a signature. ``blocks[i]`` is the blank line that ends line i's block (or the end)."""
    count = 0
    i = start
    while i < len(lines):
        line = " ".join(lines[i].split())
        if not line:
            i += 1
            continue
        if _POSTSCRIPT.match(line):
            return i
        # a notice opens with the words that say what it is, so its first lines are enough: a cost per closing
        # bounded by a signature's size, not by the text's (a long text of short lines would be quadratic)
        if _NOTICE.search(" ".join(lines[i : min(blocks[i], i + MAX_NOTICE_LINES)])):
            i = blocks[i]  # a confidentiality notice under the signature: furniture as well
            continue
        count += 1
        if not _is_short(line) or count > MAX_SIGNATURE_LINES:
            return None
        i += 1
    return len(lines)


def _block_ends(lines: list[str]) -> list[int]:
    """For each line, the index of the first blank line at or after it (``len(lines)`` when none)."""
    ends = [len(lines)] * len(lines)
    end = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i].strip():
            end = i
        ends[i] = end
    return ends


def _cut(lines: list[str], after_text: bool) -> tuple[int, int] | None:
    """The lines a closing and its signature take, ``(closing, resume)``, or None: the first closing line with
    text above it (or ``after_text``) whose lines below are a signature."""
    blocks: list[int] | None = None  # found at the first closing: most texts have none
    above = after_text
    for k, line in enumerate(lines):
        if above and is_closing(line):
            blocks = blocks or _block_ends(lines)
            end = _signature_end(lines, k + 1, blocks)
            if end is not None:
                return k, end
        above = above or bool(line.strip())
    return None


def drop_signature(text: str, *, after_text: bool = False) -> str:
    """``text`` without its closing and the signature under it (see the module's docstring); else unchanged.

    A closing closes something: text above it in ``text``, or, with ``after_text``, in the passages before it."""
    lines = text.split("\n")
    cut = _cut(lines, after_text)
    if cut is None:
        return text
    return "\n".join(lines[: cut[0]] + lines[cut[1] :]).strip("\n")


def drop_signature_paragraphs(paragraphs: Sequence[str], *, after_text: bool = False) -> list[str]:
    """The last paragraphs of a document's body, in order, with the closing and signature that end them emptied.

    The same rules as :func:`drop_signature`, over the paragraphs' lines (a paragraph's line breaks count as
    lines, a paragraph break as a blank line). The result has one string per paragraph: "" for a paragraph of the
    signature, the lines above the closing for a paragraph that goes on into it ("... our report.\nYours
    faithfully,"), the others as given. Pass only what ends the body (the paragraphs after its last heading or
    table): a closing followed by anything other than a signature's lines keeps every paragraph.
    """
    lines: list[str] = []
    owners: list[int] = []  # the paragraph each line belongs to; -1 for the blank line between two paragraphs
    for index, paragraph in enumerate(paragraphs):
        if lines:
            lines.append("")
            owners.append(-1)
        for line in paragraph.split("\n"):
            lines.append(line)
            owners.append(index)
    cut = _cut(lines, after_text)
    if cut is None:
        return list(paragraphs)
    dropped = range(*cut)
    touched = {owners[position] for position in dropped}
    kept: list[list[str]] = [[] for _ in paragraphs]
    for position, (line, owner) in enumerate(zip(lines, owners, strict=True)):
        if owner >= 0 and position not in dropped:
            kept[owner].append(line)
    return [
        "\n".join(part).strip("\n") if index in touched else paragraph
        for index, (part, paragraph) in enumerate(zip(kept, paragraphs, strict=True))
    ]


# a role a signer gives after their name: "head of the Skills Supply Unit", "Director", "chargée de mission"
_ROLES = {
    "head", "director", "directrice", "directeur", "direktor", "direktorin", "manager", "officer", "coordinator",
    "co-ordinator", "coordinatrice", "coordinateur", "adviser", "advisor", "chair", "chairperson", "chairman",
    "chairwoman", "president", "présidente", "président", "vice-president", "secretary", "secretary-general",
    "professor", "dean", "rector", "minister", "expert", "consultant", "lead", "researcher", "specialist", "deputy",
    "founder", "co-founder", "ceo", "cfo", "coo", "analyst", "editor", "inspector", "principal", "administrator",
    "representative", "delegate", "counsellor", "leiter", "leiterin", "referent", "referentin", "chargée",
    "chargé", "responsable", "rapporteur", "convenor", "convener", "executive", "partner", "lecturer",
}  # fmt: skip
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", "ter", "zu"}
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
MAX_ROLE_WORDS = 12


def _is_person(text: str) -> bool:
    """A person's name as a signer writes it: two to four words, each capitalised but for a particle ("van")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(word) for word in words):
        return False
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word.lower() in _PARTICLES for word in words)
    )


def is_signed_name(paragraph: str) -> bool:
    """Whether ``paragraph`` is a signer's name and role on one line, the way a draft or a note ends: "Åsa Nyberg,
    head of the Skills Supply Unit". The role must name one (head, director, officer, ...) in a few words with no
    sentence's stop: "Riga, Latvia", or a name followed by what they said, is not one; nor is a name with its
    title on lines of their own, which only a closing above them makes a signature."""
    if "\n" in paragraph.strip():
        return False
    name, comma, role = " ".join(paragraph.split()).lstrip("—–- ").partition(",")
    if not comma:
        return False
    role = role.strip()
    words = role.rstrip(".").split()
    if not _is_person(name) or not words or len(words) > MAX_ROLE_WORDS or role.endswith(("!", "?", ":", ";")):
        return False
    if role.endswith(".") and len(words) > 3:  # "..., head of unit." may end with a stop; a sentence is longer
        return False
    return any(word.strip(",.()").lower() in _ROLES for word in words)


def signature_cuts(blocks: Sequence[tuple[str, str]], *, after_text: bool = False) -> dict[int, str]:
    """Where a letter's closing and signature end a document's body: ``{index: the block's text without them}``.

    ``blocks`` is the body in order, each as ``(role, text)``: "paragraph" for the author's running text, "aside"
    for what is only anchored among it (a text box, a note) and stays where it is, anything else ("heading",
    "table", ...) for a block that the signature cannot run through. Only the paragraphs after the last such
    block are looked at, so a closing in the middle of the text or above a heading or a table is text; the block
    before them, or ``after_text``, is the text a closing with no paragraph above it closes. Empty when the body
    does not end with a closing and a signature. With no closing, a last paragraph that is only its signer's name
    and role (:func:`is_signed_name`) is the signature.
    """
    run: list[int] = []
    bounded = False
    for index in range(len(blocks) - 1, -1, -1):
        role, text = blocks[index]
        if role == "aside" or not text.strip():
            continue
        if role != "paragraph":
            bounded = True
            break
        run.append(index)
    run.reverse()
    texts = [blocks[index][1] for index in run]
    kept = drop_signature_paragraphs(texts, after_text=after_text or bounded)
    cuts = {index: new for index, old, new in zip(run, texts, kept, strict=True) if new != old}
    # no closing formula: a draft or a note may still end with its author's name and role, under its last
    # paragraph (never the whole of the text, and never above a table or heading, which end the run first)
    if not cuts and run and (len(run) > 1 or after_text or bounded) and is_signed_name(texts[-1]):
        cuts = {run[-1]: ""}
    return cuts
