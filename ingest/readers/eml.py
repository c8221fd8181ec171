"""E-mail (.eml): written inputs often arrive as a message rather than a document.

The message's own text is read: its plain-text body (``paragraph K``, as for text files), or its HTML body
(sections and tables, as for web pages) when it has no plain one. The subject names the document and the sender
is its author. Lines quoted from earlier messages (``> ...``) are someone else's words, and the signature (after
``-- ``, or a closing such as "Kind regards," and the short lines under it, see :mod:`ingest.readers.signature`)
is furniture: both are left out. Attachments are not read: a warning names them, so they can
be ingested as contributions of their own, with their own metadata.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from ingest.forwards import FORWARDED
from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.html import read_html_text
from ingest.readers.signature import drop_signature
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, blocks, clean_text, read_bytes, unwrap

_QUOTED = (">", "&gt;")


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _content(part: EmailMessage) -> str:
    """A text part's content as a string, decoded by its charset (undecodable bytes replaced, never fatal)."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, ValueError, TypeError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)


# Where a reply's history starts: the earlier messages of the thread below it are other people's words
# ("-----Original Message-----" in Outlook, "On <date>, <name> wrote:" in most other clients, and the header
# block "From: ... / Sent: ..." Outlook puts under a line). A forwarded message is kept: a team forwarding a
# contribution sends the contributor's own text, and the metadata names whose it is.
_HISTORY = re.compile(
    r"^\s*(-{2,}\s*original message\s*-{2,}|on .{4,200}\bwrote:|le .{4,200}\ba écrit\s*:"
    r"|am .{4,200}\bschrieb .{0,80}:)\s*$",
    re.IGNORECASE,
)
_HEADER_LINE = re.compile(r"^\s*(from|von|de)\s*:\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(r"^\s*(sent|date|gesendet|envoyé)\s*:\s*\S", re.IGNORECASE)


_FORWARD = re.compile(r"forwarded message|begin forwarded|weitergeleitete nachricht|message transféré", re.IGNORECASE)


# the header lines of a forwarded message, under its "Forwarded message" line
_FORWARD_HEADER = re.compile(
    r"^\s*(from|von|de|date|sent|subject|to|cc|objet|betreff|an|à|envoyé|gesendet|datum)\s*:", re.IGNORECASE
)


def _split_forward(text: str) -> tuple[str, str, str]:
    """``text`` as (the sender's own lines, the forwarded message's sender, the forwarded message's body); the
    last two empty when nothing is forwarded. The forwarded header lines (From, Date, Subject, To) are dropped."""
    lines = text.splitlines()
    start = next((k for k, line in enumerate(lines) if _FORWARD.search(line)), None)
    if start is None:
        return text, "", ""
    k, sender = start + 1, ""
    while k < len(lines) and (_FORWARD_HEADER.match(lines[k]) or not lines[k].strip()):
        field, _, value = lines[k].partition(":")
        if field.strip().lower() in ("from", "von", "de") and not sender:
            value = value.strip()
            name, address = parseaddr(value) if "@" in value else (value, "")
            sender = name or address
        k += 1
        if not lines[k - 1].strip() and sender:
            break  # the blank line after the header block
    return "\n".join(lines[:start]), sender, "\n".join(lines[k:])


def _history_starts(lines: list[str], k: int) -> bool:
    """Whether line ``k`` opens the quoted history of a reply (not the header block of a forwarded message)."""
    if _HISTORY.match(lines[k]):
        return True
    if any(_FORWARD.search(x) for x in lines[max(0, k - 2) : k]):
        return False
    # Outlook: "From: name" with "Sent:" (or "Date:") on one of the next two lines
    return bool(_HEADER_LINE.match(lines[k])) and any(_SENT_LINE.match(x) for x in lines[k + 1 : k + 3])


def _own_text(text: str) -> tuple[str, bool]:
    """The writer's own lines: without quoted earlier messages and the signature; True if quotes were dropped."""
    lines: list[str] = []
    quoted = False
    source = text.splitlines()
    for k, line in enumerate(source):
        if line.rstrip() == "--":  # "-- " opens the signature by convention
            break
        if _history_starts(source, k):
            quoted = True
            break
        if line.lstrip().startswith(_QUOTED):
            quoted = True
            continue
        lines.append(line)
    return "\n".join(lines), quoted


_PARAGRAPHS = re.compile(r"^paragraphs? (\d+)(?:-(\d+))?$")


def _without_signature(passages: list[Passage]) -> list[Passage]:
    """An HTML body's passages without the closing and signature at the end of the last one (its paragraphs are
    its lines, so a ``paragraphs N-M`` label is narrowed to the paragraphs kept)."""
    last = passages[-1] if passages else None
    if last is None or last.location.table is not None:
        return passages
    text = drop_signature(last.text, after_text=len(passages) > 1)
    if text == last.text:
        return passages
    if not text.strip():
        return passages[:-1]
    location, match = last.location, _PARAGRAPHS.match(last.location.label)
    if match and int(match.group(2) or match.group(1)) - int(match.group(1)) + 1 == len(last.text.split("\n")):
        first, kept = int(match.group(1)), len(text.split("\n"))
        location = replace(
            location, label=f"paragraph {first}" if kept == 1 else f"paragraphs {first}-{first + kept - 1}"
        )
    return [*passages[:-1], replace(last, text=text, location=location)]


def _properties(message: EmailMessage) -> DocumentProperties:
    name, address = parseaddr(_one_line(message.get("from", "")))
    date = None
    if message.get("date"):
        try:
            date = parsedate_to_datetime(str(message["date"])).date().isoformat()
        except (TypeError, ValueError, IndexError):
            date = None
    return DocumentProperties(
        title=_one_line(message.get("subject")) or None, author=name or address or None, date=date
    )


class EmlReader:
    """Reads saved e-mail messages (.eml): the body as paragraphs or sections, subject and sender as metadata."""

    name = "email"
    extensions: tuple[str, ...] = (".eml",)

    @property
    def version(self) -> str:
        """Our own reading of the standard library's parser, versioned by hand.

        2: capitals lines are headings; 3: a reply's history is left out; 4: a forwarded message's paragraphs name
        its sender in their section; 5: a closing ("Kind regards,") and the signature under it are left out."""
        return "5"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read the message's body; ``password`` is ignored (S/MIME-encrypted mail is refused as having no text)."""
        data = read_bytes(path, limits)
        try:
            message = email.message_from_bytes(data, policy=email.policy.default)
        except (ValueError, TypeError, IndexError, LookupError) as exc:
            raise ReadError(f"malformed e-mail: {type(exc).__name__}: {str(exc)[:120]}") from exc
        assert isinstance(message, EmailMessage)
        warnings: list[str] = []
        budget = CharBudget(limits)
        body = message.get_body(preferencelist=("plain", "html"))
        passages: list[Passage] = []
        if body is not None and body.get_content_subtype() == "html":
            try:
                html = read_html_text(_content(body), budget)
            except ReadError as exc:
                if isinstance(exc, LimitExceeded) or exc.reason != "no text found":
                    raise
                html = None  # an HTML body without text: said below, with any attachments
            if html is not None:
                passages = _without_signature(list(html.passages))
                warnings.extend(html.warnings)
        elif body is not None:
            text, quoted = _own_text(clean_text(_content(body)))
            if quoted:
                warnings.append(
                    "the earlier messages of the thread (quoted '> ...' lines or a reply's history) were left out"
                )
            own, forwarded_by, forwarded = _split_forward(text)
            own, forwarded = drop_signature(own), drop_signature(forwarded)  # each message closes with its own
            passages = [
                Passage(budget.add(unwrap(block)), Location(label=f"paragraph {k}", paragraph=k))
                for k, block in enumerate(blocks(own), start=1)
            ]
            # a forwarded message's paragraphs carry its author in their section, so ingest can tell whose they are
            section = f"{FORWARDED} {forwarded_by}".strip()
            start = len(passages) + 1
            passages += [
                Passage(
                    budget.add(unwrap(block)),
                    Location(label=f"paragraph {k}", paragraph=k, section=section, section_path=(section,)),
                )
                for k, block in enumerate(blocks(forwarded), start=start)
            ]
        attached = [_one_line(part.get_filename()) or "(unnamed)" for part in message.iter_attachments()]
        if attached:
            warnings.append(
                f"attachments not read: {', '.join(attached)} (save them and ingest each as a contribution of its own)"
            )
        if not passages:
            reason = "no text found in the message body"
            raise ReadError(f"{reason} (only attachments: {', '.join(attached)})" if attached else reason)
        return ReadResult(tuple(passages), _properties(message), tuple(warnings), units=len(passages))
