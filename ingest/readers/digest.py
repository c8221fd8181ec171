"""A mailing list's digest saved as text: several people's messages in one file, each with its own author.

Mailman and the list servers like it send subscribers a digest: the list's own instructions ("Send ... mailing list
submissions to", "Today's Topics:"), then each message under a "Message: N" line and its headers (Date, From,
Subject, ...), set apart by a line of dashes, and a footer ("End of ... Digest"). Read as one text, every message
would be credited to the file's contributor. Here each message's paragraphs carry their author in the section path,
as the e-mail reader marks a forwarded or quoted message (``Earlier message from <name>``), so that the ingest keeps
only the contributor's messages and names every other one in a warning (ingest.forwards). The list's instructions,
the table of topics, the headers, the footer and each message's quoted history (``> `` lines and the "wrote:" line
over them) are nobody's input and are left out; each message's salutation and signature are left out as in e-mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

from ingest.forwards import EARLIER
from ingest.model import Location, Passage
from ingest.readers.salutation import drop_salutation_paragraphs
from ingest.readers.signature import drop_signature

# "Message: 3" opening a message, its header lines under it
_MESSAGE = re.compile(r"^Message:\s*(\d+)\s*$", re.MULTILINE)
_HEADER = re.compile(r"^([A-Za-z][A-Za-z-]*):\s?(.*)$")
_CONTINUED = re.compile(r"^[ \t]+\S")
_RULE = re.compile(r"^\s*(?:-{10,}|_{10,}|={10,})\s*$")
_FOOTER = re.compile(r"^\s*(?:End of .{1,80} Digest\b|\*{5,}\s*$)", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*>")
_WROTE = re.compile(r"^\s*(?:On\s.{4,160}\bwrote|.{2,80}\b(?:wrote|schrieb|a écrit|escribió|ha scritto)):\s*$")
_LIST_TAG = re.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd)\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.IGNORECASE)
_MIN_MESSAGES = 2


@dataclass(frozen=True)
class Message:
    """One message of the digest: its number, its author's name (or address), its subject and its body."""

    number: int
    author: str
    subject: str
    body: str


def _headers(lines: list[str]) -> tuple[dict[str, str], int]:
    """The header block opening ``lines`` (folded lines joined) and where the body starts."""
    headers: dict[str, str] = {}
    last = ""
    at = 0
    for at, line in enumerate(lines):
        if not line.strip():
            return headers, at + 1
        if _CONTINUED.match(line) and last:
            headers[last] += " " + line.strip()
            continue
        match = _HEADER.match(line)
        if not match:
            return headers, at
        last = match.group(1).lower()
        headers[last] = match.group(2).strip()
    return headers, at + 1


def _author(value: str) -> str:
    """A From header's person: "Ana Writer <a@x.org>", "a@x.org (Ana Writer)", or the bare address."""
    name, address = parseaddr(value)
    return " ".join((name or address or value).split()).strip('"')


def split_digest(text: str) -> list[Message] | None:
    """The messages of a mailing-list digest, or None when ``text`` is not one (two "Message: N" blocks or more,
    each opening on header lines that name a sender)."""
    starts = list(_MESSAGE.finditer(text))
    if len(starts) < _MIN_MESSAGES:
        return None
    messages: list[Message] = []
    for k, start in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        lines = text[start.end() : end].lstrip("\n").split("\n")
        headers, body_at = _headers(lines)
        if "from" not in headers:
            return None  # a "Message:" label in prose, not a digest's
        body: list[str] = []
        for line in lines[body_at:]:
            if _FOOTER.match(line) or _RULE.match(line):
                break  # the rule before the next message, or the digest's footer under the last one
            body.append(line)
        while body and (not body[-1].strip() or _RULE.match(body[-1])):
            body.pop()
        subject = _LIST_TAG.sub("", headers.get("subject", "")).strip()
        messages.append(Message(int(start.group(1)), _author(headers["from"]), subject, "\n".join(body)))
    return messages


def _own_lines(body: str) -> str:
    """A message's body without its quoted history: the "> " lines and the "wrote:" line over them."""
    lines = body.split("\n")
    kept: list[str] = []
    for k, line in enumerate(lines):
        if _QUOTED.match(line):
            continue
        nxt = next((n for n in lines[k + 1 :] if n.strip()), "")
        if _WROTE.match(line) and _QUOTED.match(nxt):
            continue
        kept.append(line)
    return "\n".join(kept)


def _signed(paragraph: str, author: str) -> bool:
    """Whether a message's last paragraph is only its author signing ("Patrick", "Nadine H.")."""
    words = re.findall(r"[^\W\d_]+", paragraph)
    names = {w.lower() for w in re.findall(r"[^\W\d_]+", author)}
    return 0 < len(words) <= 3 and len(paragraph) <= 40 and words[0].lower() in names


def digest_passages(messages: list[Message], add, unwrap, clean, unit: str = "message") -> list[Passage]:  # noqa: ANN001
    """Each message's paragraphs (``message N, paragraph K``; ``unit`` names a forum's "post"), its author in the
    section path; ``add`` takes each passage's text against the file's character budget, ``unwrap`` joins a
    paragraph's wrapped lines, ``clean`` cleans a body as the text reader cleans a file."""
    passages: list[Passage] = []
    for message in messages:
        text = drop_signature(clean(_own_lines(message.body)).strip())
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
        while paragraphs and (not paragraphs[-1] or _signed(paragraphs[-1], message.author)):
            paragraphs.pop()
        paragraphs = drop_salutation_paragraphs(paragraphs)
        for k, paragraph in enumerate(paragraphs, start=1):
            if not paragraph.strip():
                continue
            section = f"{EARLIER} {message.author}".strip()
            location = Location(
                label=f"{unit} {message.number}, paragraph {k}",
                paragraph=k,
                section=section,
                section_path=(section,),
            )
            passages.append(Passage(add(unwrap(paragraph)), location))
    return passages
