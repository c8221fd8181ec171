"""Whose words a forwarded or answered e-mail holds: each message in it has its own author.

A saved e-mail can hold several messages: the sender's note on top, and below it the messages it forwards or
answers, however deep (a secretariat forwards a regional office's forward of the contributor's message). The
e-mail reader marks each one with its author (``Forwarded message from Jan Novak``, ``Earlier message from ...``
for a reply's history, ingest.readers.eml_thread), the messages holding it before it in the section path; the
metadata names the contributor. Only the contributor's words are kept:

- the messages whose author is the contributor are kept, and the others are left out, each named in a warning:
  the notes of those who forwarded it ("Please find below ...", "FYI") are never credited to the contributor;
- when no message below is the contributor's and the sender is (or nobody is named), the sender's own text is
  kept, and a colleague's message they pass on is left out;
- when neither is (the sheet names someone the reader cannot find, say a person for an organisation), the body
  is the contributor's, as the sheet says: the sender's own text is kept, forwarded messages and a reply's
  history (other people's words) left out, unless that text is plainly a forwarder's covering note over a forward
  (empty, or a few lines saying "Please find below ...", "FYI", "forwarding ..."): then the innermost forwarded
  message is the contribution, and a warning says its author was not matched;
- likewise when that text only acknowledges what it answers ("Thanks, received.", "Noted with thanks", a greeting
  and a name around it): a reply's quoted message is then the contribution, since a receipt holds nobody's view,
  and a warning says so.

Names are matched as speakers' labels of a transcript are (ingest.turns.is_own): by surname, whole name or
organisation, in any case and with or without accents ("Jose Muller" is "José Müller").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.model import Passage
from ingest.turns import is_own

# the sections of a forwarded or quoted message's paragraphs, as the e-mail reader writes them: "Forwarded message
# from <its sender>"; defined here, not in the reader, so that ingest reads them without importing the reader
FORWARDED = "Forwarded message from"
EARLIER = "Earlier message from"


def _level(passage: Passage) -> tuple[str, ...]:
    """The path of the message holding ``passage``: () for the sender's own text."""
    path = passage.location.section_path
    return path if path and all(s.startswith((FORWARDED, EARLIER)) for s in path) else ()


def _author(section: str) -> str:
    return section[len(FORWARDED if section.startswith(FORWARDED) else EARLIER) :].strip()


# what says a note only passes on what lies below or beside it: "Please find below ...", "FYI", "I forward ...",
# in the languages whose forward lines ingest.readers.eml_thread reads
_COVERING = re.compile(
    r"(?i)\b(?:please\s+find|find\s+(?:below|attached|enclosed)|see\s+(?:below|underneath|the\s+\w+\s+below)"
    r"|below\s+(?:is|are|you\s+will\s+find)|fyi|for\s+your\s+(?:information|attention|reference|records)"
    r"|(?:i|we)\s+(?:am\s+|are\s+)?forward(?:ing)?|forwarding|forwarded\s+(?:below|to\s+you|message)|passing\s+(?:this|it|them)\s+on|pass(?:ed)?\s+(?:this|it|them)\s+on|herewith"
    r"|on\s+behalf\s+of|veuillez\s+trouver|ci-dessous|pour\s+information|transf[eè]r[eé]\w*|anbei|weiterleit\w*"
    r"|weitergeleitet\w*|zur\s+kenntnis|a\s+continuaci[oó]n|reenv\w*|para\s+su\s+informaci[oó]n|di\s+seguito|inoltr\w*"
    r"|per\s+conoscenza|hieronder|doorgestuurd|ter\s+info\w*|segue\s+abaixo|encaminh\w*)\b"
)
# a covering note is a few lines: longer text over a forward is the sender's own input
_COVERING_WORDS = 60


# a receipt: thanks, received, noted, acknowledged, in the languages above; a greeting or a sign-off around it
_RECEIPT = re.compile(
    r"(?i)\b(?:thanks?|thank\s+you|received|receipt|noted|acknowledg\w*|merci|re[çc]u\w*|danke\w*|erhalten"
    r"|gracias|recibid\w*|grazie|ricevut\w*|bedankt|dank\s+u|ontvangen|obrigad\w*|recebid\w*)\b"
)
_GREETING = re.compile(
    r"(?i)^(?:dear|hello|hi|good\s+(?:morning|afternoon)|best|kind|warm|many|with\s+best|regards|cheers|sincerely"
    r"|bonjour|cordialement|hallo|liebe|lieber|sehr\s+geehrte|mit\s+freundlichen|estimad\w*|saludos|cari|caro|cara"
    r"|cordiali|beste|geachte|met\s+vriendelijke|caros?|atenciosamente|cumprimentos)\b"
)
# words that make a line more than a receipt: a view, a condition, a request ("Thanks, but we disagree")
_VIEW = re.compile(
    r"(?i)\b(?:should|must|need\w*|not|no|but|however|agree\w*|disagree\w*|propos\w*|recommend\w*|support\w*"
    r"|oppos\w*|question|please\s+(?:add|change|note\s+that|consider))\b"
)
_RECEIPT_WORDS = 12  # a line of thanks ("Thank you, we have received your contribution and noted it")


def _receipt(passages: Sequence[Passage]) -> bool:
    """Whether the sender's own text only acknowledges what it answers: each of its lines a short receipt without
    a view, a greeting or sign-off, or a name (three words at most), and at least one receipt among them."""
    lines = [line.strip() for p in passages if not _level(p) for line in p.text.splitlines() if line.strip()]
    pieces = [piece for line in lines for piece in re.split(r"(?<=[.!?])\s+", line) if piece.strip()]
    receipts = [p for p in pieces if _RECEIPT.search(p) and len(p.split()) <= _RECEIPT_WORDS and not _VIEW.search(p)]
    rest = [p for p in pieces if p not in receipts]
    return bool(receipts) and all(_GREETING.search(p) or len(p.split()) <= 3 and not _VIEW.search(p) for p in rest)


def _answers_inline(passages: Sequence[Passage]) -> bool:
    """Whether the sender answers a quoted message between its lines: some of their own text stands between two
    passages of that message. Such a reply is no receipt, however short its answers ("Yes.", "Since 2021.")."""
    levels = [_level(p) for p in passages]
    for path in {level for level in levels if level}:
        at = [k for k, level in enumerate(levels) if level == path]
        if any(not levels[k] for k in range(at[0], at[-1])):
            return True
    return False


def _covering(passages: Sequence[Passage]) -> bool:
    """Whether the sender's own text (the passages outside any forwarded or quoted message) is plainly a covering
    note: empty, or short and saying it passes on what lies below."""
    note = " ".join(p.text for p in passages if not _level(p))
    return not note.strip() or (len(note.split()) <= _COVERING_WORDS and bool(_COVERING.search(note)))


def own_forwards(
    passages: Sequence[Passage], contributor: str, organisation: str, sender: str | None
) -> tuple[list[Passage], list[str]]:
    """``passages`` without the words of forwarded or quoted messages that are not the contributor's, and what
    was left out. ``sender`` is the e-mail's own sender (its From), None when unknown.

    The files attached to the message (passages whose location names an attachment) are the sender's: kept
    exactly when the sender's own text is, never credited on a guess to the author of a message it forwards."""
    files = list(dict.fromkeys(p.location.attachment for p in passages if p.location.attachment))
    keep, notes = _kept_messages([p for p in passages if not p.location.attachment], contributor, organisation, sender)
    # an attachment's passage sits in the sender's message, whatever its own sections
    kept = [p for p in passages if (() if p.location.attachment else _level(p)) in keep]
    if files and () not in keep:
        who = contributor or organisation or "the contributor"
        notes.append(
            f"attachments left out: {', '.join(files)}: they belong to the message of {sender or 'the sender'}, "
            f"whose own text is not {who}'s (save each and ingest it as a contribution of its own, naming its "
            "author in the metadata)"
        )
    return kept, notes


def _kept_messages(
    passages: Sequence[Passage], contributor: str, organisation: str, sender: str | None
) -> tuple[set[tuple[str, ...]], list[str]]:
    """Which messages of ``own_forwards`` are kept (their paths, () for the sender's own text), with the notes."""
    levels = list(dict.fromkeys(_level(p) for p in passages))
    if levels == [()] or not levels:
        return {()}, []
    who = contributor or organisation

    def theirs(name: str | None) -> bool:
        return bool(name) and bool(who) and is_own(name or "", contributor, organisation, set())

    mine = {path for path in levels if path and theirs(_author(path[-1]))}
    forwards = [path for path in levels if path and path[-1].startswith(FORWARDED)]
    # the message a covering note passes on is the innermost forward (the one all the others pass on); the
    # message a receipt acknowledges is the one it answers, the outermost below it (not the call that one quotes)
    passed: tuple[str, ...] | None = None
    if forwards and _covering(passages):
        passed = max(forwards, key=len)
    elif _receipt(passages) and not _answers_inline(passages):
        passed = min((path for path in levels if path), key=len)
    if mine:
        keep = mine | ({()} if not sender or theirs(sender) else set())
        if not sender and any(len(p) > 1 for p in mine):
            keep.discard(())  # a note of unknown authorship over forwards: someone forwarded it, maybe not them
    elif not who or theirs(sender) or passed is None:
        keep = {()}
        if not who:  # nobody to credit wrongly: a forwarded message stays, a reply's history does not
            keep |= {path for path in levels if path and path[-1].startswith(FORWARDED)}
    else:
        keep = {passed}
    return keep, _notes(levels, keep, mine, sender, who)


def _notes(
    levels: list[tuple[str, ...]], keep: set[tuple[str, ...]], mine: set[tuple[str, ...]], sender: str | None, who: str
) -> list[str]:
    """One warning per message left out, saying whose it is; one more when the kept message is nobody's named."""
    notes: list[str] = []
    owner = who or "the sender"
    for path in levels:
        if path in keep:
            continue
        author = _author(path[-1]) if path else (sender or "an unnamed sender")
        holds = any(len(k) > len(path) and k[: len(path)] == path for k in keep)
        if holds:
            notes.append(f"the forwarding note of {author} is left out: the forwarded message is {owner}'s")
        elif path and path[-1].startswith(FORWARDED):
            notes.append(
                f"a forwarded message from {author or 'an unnamed sender'} is left out: it is not {owner}'s own text "
                "(ingest it as a contribution of its own, naming its author in the metadata)"
            )
        elif path:
            notes.append(
                f"an earlier message of the thread from {author or 'an unnamed sender'} is left out: it is not "
                f"{owner}'s own text"
            )
        else:
            notes.append(f"the text of {author} is left out: it is not {owner}'s own text")
    kept_forwards = [k for k in keep if k and k not in mine]
    if who and kept_forwards and not kept_forwards[0][-1].startswith(FORWARDED):
        author = _author(kept_forwards[0][-1]) or "an unnamed sender"
        notes.append(
            f"the quoted message (from {author}) is read as {who}'s contribution: the reply over it only "
            f"acknowledges it, and neither names {who}; check the metadata's contributor"
        )
    elif who and kept_forwards:
        author = _author(kept_forwards[0][-1]) or "an unnamed sender"
        notes.append(
            f"the innermost forwarded message (from {author}) is read as {who}'s contribution: neither it nor the "
            f"notes of those who forwarded it name {who}; check the metadata's contributor"
        )
    return notes
