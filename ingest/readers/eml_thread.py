"""The messages a plain-text e-mail body holds, each with its author: the sender's own text, then every message
forwarded or quoted below it, however deep.

A contribution often reaches the team through other hands: a secretariat forwards a regional office's forward
of the contributor's message, or answers it with the contributor's text quoted below. Each of these messages has
its own author, and only the contributor's are their words (ingest.forwards decides which, from the metadata). So
the body is cut into messages at every place a client marks one:

- a forward line ("---------- Forwarded message ---------", "Begin forwarded message:", "Weitergeleitete
  Nachricht", "Message transféré", "-----Original Message-----") and the header block under it;
- an Outlook header block ("From: ..." with "Sent:" or "Date:" on one of the next two lines);
- a reply's "On <date>, <name> wrote:" line (also in French, German, Spanish, Italian and Dutch), whose "> "
  lines are the earlier message.

A message's path names the messages that hold it, from the top ("Forwarded message from Regional office",
"Forwarded message from Jan Novak"): the innermost forward is the deepest. "Original Message" and Outlook
blocks are forwards when the subject over them says so ("FW:", "Fwd:", "WG:", "TR:" ...), else a reply's
history. In an inline reply (answers written between the lines of the message answered), every run of "> "
lines after the "wrote:" line's first is that same earlier message's, never the writer's; "> " lines that no
"wrote:" line introduces have no author we can name: they are left out. A signature (after "-- ") ends its
message's own text, not the messages below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

from ingest.forwards import EARLIER, FORWARDED

_QUOTED = (">", "&gt;")

# a line that marks a forwarded message, and nothing else ("---------- Forwarded message ---------", "Begin
# forwarded message:"); the header block of the message follows it. A sentence that speaks of a forwarded message
# ("see the forwarded message below") is the writer's own text
_FORWARD = re.compile(
    r"^[\s\-_=*]*(?:forwarded message|begin forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]"
    r"|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada)\s*:?[\s\-_=*]*$",
    re.IGNORECASE,
)
_ORIGINAL = re.compile(r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine)\s*-{2,}\s*$", re.I)
# "On Mon, 2 Mar 2026 at 10:00, Jonas Weber <jw@example.eu> wrote:" and its French, German, Spanish, Italian and
# Dutch forms
_WROTE = re.compile(
    r"^\s*(?:on|le|am|el|il|op)\s+.{4,200}?\b(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef)\b.{0,80}:\s*$",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*(?P<field>from|von|de|date|sent|subject|to|cc|objet|betreff|an|à|envoyé|gesendet|datum|asunto|para"
    r"|enviado|oggetto|da|inviato|a|fecha|data|van|verzonden|aan|onderwerp|sujet|pour|assunto|bcc|cci)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FROM_FIELDS = frozenset({"from", "von", "de", "da", "van"})
_SUBJECT_FIELDS = frozenset({"subject", "objet", "sujet", "betreff", "asunto", "assunto", "oggetto", "onderwerp"})
_OUTLOOK_FROM = re.compile(r"^\s*(from|von|de|da|van)\s*:\s*\S", re.IGNORECASE)
_OUTLOOK_SENT = re.compile(r"^\s*(sent|date|gesendet|envoyé|enviado|inviato|fecha|datum|verzonden)\s*:\s*\S", re.I)
# what a client puts before a forwarded subject: English, German, French, Spanish, Portuguese, Italian, Dutch,
# Swedish, Finnish, Polish ("VS:" is left out: a forward in Danish, a reply in Finnish)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv|r|odp)\s*:\s*)*(?:fwd?|wg|tr|rv|enc|i|doorst|vb|vl|pd)\s*:", re.I)
# a line drawn across the message ("_____", "=====") to set a header block off: no words of anyone's
_RULE = re.compile(r"^\s*[_=*\-]{5,}\s*$")


# how deep messages are cut out: a real thread is a few forwards or replies deep; a body nesting thousands (a
# hostile file) would exhaust the stack, so what lies deeper is left out as quoted history of no named author
MAX_DEPTH = 40


@dataclass(frozen=True)
class Message:
    """One message of a body: ``path`` names the forwarded or quoted messages holding it (empty for the sender's
    own text), its last entry this message's own ("Forwarded message from Jan Novak")."""

    path: tuple[str, ...]
    text: str


def is_forward_subject(subject: str) -> bool:
    """Whether a subject says its message forwards another ("FW: ...", "Fwd: ...", "WG: ...", "TR: ...")."""
    return bool(_FORWARD_SUBJECT.match(subject or ""))


def _name(value: str) -> str:
    """The name in a header value ("Jan Novak <jan@example.cz>", "Novak, Jan [mailto:jan@x]"), else the address."""
    value = re.sub(r"\[mailto:[^\]]*\]", "", value).strip()
    if "@" not in value:
        return " ".join(value.split()).strip("\"'")
    name, address = parseaddr(value)
    if not (name or address):  # "Novak, Jan jan@example.cz": the words before the address
        name = re.sub(r"\S+@\S+", "", value)
    return " ".join((name or address).split()).strip("\"'")


def _wrote_author(line: str) -> str:
    """Who wrote the message a reply's "On ..., X wrote:" line introduces."""
    german = re.search(r"\bschrieb\s+(.+?)\s*:\s*$", line, re.IGNORECASE)
    if german:
        return _name(german.group(1))
    head = re.sub(r"\b(?:wrote|a écrit|escribió|ha scritto|schreef)\b.*$", "", line.strip(), flags=re.IGNORECASE)
    head = re.sub(r"^\s*(?:on|le|el|il|op)\s+", "", head, flags=re.IGNORECASE)
    address = re.search(r"<[^>]*>", head)
    if address:
        before = head[: address.start()].strip()
        # "Mon, 2 Mar 2026 at 10:00, Jonas Weber <...>": the name follows the date's last comma or its time
        name = re.split(r",|\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|h))?", before)[-1].strip()
        return name or address.group().strip("<>")
    after_time = re.split(r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|h))?", head)[-1]
    return after_time.rsplit(",", 1)[-1].strip()


def _unquote(lines: list[str]) -> list[str]:
    """The lines of a quoted block one level down: "> text" becomes "text", "> > text" becomes "> text"."""
    out = []
    for line in lines:
        stripped = line.lstrip()
        for mark in _QUOTED:
            if stripped.startswith(mark):
                stripped = stripped[len(mark) :]
                stripped = stripped[1:] if stripped.startswith(" ") else stripped
                break
        out.append(stripped)
    return out


def _quoted_run(lines: list[str], start: int) -> int:
    """The end of the run of quoted (and blank) lines from ``start``, its trailing blank lines excluded."""
    end = k = start
    while k < len(lines) and (not lines[k].strip() or lines[k].lstrip().startswith(_QUOTED)):
        k += 1
        if lines[k - 1].strip():
            end = k
    return end


def _header(lines: list[str], start: int) -> tuple[str, str, int]:
    """The author and subject of the header block from ``start``, and the line its message's body starts at.
    An HTML message read as text sets each header line apart ("From: ...", a blank line, "Sent: ..."): a blank
    line followed by a field not given yet goes on with the block."""
    k, author, subject = start, "", ""
    fields: set[str] = set()
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            after = next((j for j in range(k, len(lines)) if lines[j].strip()), len(lines))
            field = _HEADER.match(lines[after]) if after < len(lines) else None
            if fields and not (field and field.group("field").lower() not in fields):
                break
            k = after
            continue
        field = _HEADER.match(lines[k])
        if not field:
            break
        name, value = field.group("field").lower(), field.group("value").strip()
        if name in _FROM_FIELDS and not author:
            author = _name(value)
        elif name in _SUBJECT_FIELDS and not subject:
            subject = value
        fields.add(name)
        k += 1
    return author, subject, k


def _opening(lines: list[str], k: int) -> str | None:
    """What opens at line ``k``: "forward" (a forward line), "original" (Outlook's line), "block" (an Outlook
    header block), "wrote" (a reply's history line), or None for a line of the message's own."""
    line = lines[k]
    if _WROTE.match(line):
        return "wrote"
    if _ORIGINAL.match(line):
        return "original"
    if _FORWARD.match(line):
        return "forward"
    if _OUTLOOK_FROM.match(line) and any(_OUTLOOK_SENT.match(x) for x in lines[k + 1 : k + 3]):
        return "block"
    return None


def is_wrote_line(line: str) -> bool:
    """Whether ``line`` introduces a reply's history ("On Mon, 2 Mar 2026, Jan Novak <...> wrote:", in six
    languages)."""
    return bool(_WROTE.match(line))


def opens_message(lines: list[str]) -> bool:
    """Whether ``lines`` open with a message's own marks: a forward line, Outlook's "Original Message" line or
    header block ("From: ..." over "Sent: ..."), or a reply's "wrote:" line."""
    lines = [line for line in lines if line.strip()]
    return bool(lines) and _opening(lines, 0) is not None


def _read(lines: list[str], subject: str, path: tuple[str, ...], out: list[Message]) -> bool:
    """Append the message of ``lines`` and those below it to ``out``; True if unattributed quoted lines were
    left out."""
    own: list[str] = []
    quoted = signature = False
    answered: tuple[str, ...] | None = None  # the message a "wrote:" line quoted, answered between its lines
    k = 0
    while k < len(lines):
        line, opening = lines[k], _opening(lines, k)
        k += 1
        if opening is None:
            if line.rstrip() == "--":  # "-- " opens the signature by convention
                signature = True
            elif line.lstrip().startswith(_QUOTED) and answered is not None and len(path) < MAX_DEPTH:
                # an inline reply: each further question quoted between the answers is the same earlier
                # message's, never the writer's (ingest.forwards keeps it only if its author is the contributor)
                out.append(Message(path, "\n".join(own)))
                own, end = [], _quoted_run(lines, k - 1)
                quoted |= _read(_unquote(lines[k - 1 : end]), "", answered, out)
                k = end
            elif line.lstrip().startswith(_QUOTED):
                quoted = True  # an earlier message quoted line by line: whose, no line says
            elif not signature and not _RULE.match(line):
                own.append(line)
            continue
        out.append(Message(path, "\n".join(own)))
        own = []
        if len(path) >= MAX_DEPTH:
            return True
        if opening == "wrote":
            author, inner_subject, body = _wrote_author(line), "", lines[k:]
            first = next((j for j, x in enumerate(body) if x.strip()), len(body))
            if first < len(body) and body[first].lstrip().startswith(_QUOTED):
                end = _quoted_run(body, first)
                answered = (*path, f"{EARLIER} {author}".strip())
                quoted |= _read(_unquote(body[first:end]), "", answered, out)
                k += end  # the writer's answer below the quote (bottom-posting) is still the writer's own
                continue
            kind = EARLIER
        else:
            body = lines[k - 1 if opening == "block" else k :]
            first = next((j for j, x in enumerate(body) if x.strip()), len(body))
            if first < len(body) and body[first].lstrip().startswith(_QUOTED):  # Apple Mail quotes a forward
                body = _unquote(body[first : _quoted_run(body, first)])
            author, inner_subject, at = _header(body, 0)
            body = body[at:]
            kind = FORWARDED if opening == "forward" or is_forward_subject(subject) else EARLIER
        return quoted | _read(body, inner_subject, (*path, f"{kind} {author}".strip()), out)
    if own or not out or out[-1].path != path:
        out.append(Message(path, "\n".join(own)))
    return quoted


def messages(text: str, subject: str) -> tuple[list[Message], bool]:
    """The messages of a plain-text body, the sender's own first, and whether quoted lines of unknown authors
    were left out. ``subject`` is the e-mail's own: it tells an Outlook forward from a reply."""
    out: list[Message] = []
    quoted = _read(text.splitlines(), subject, (), out)
    return out, quoted
