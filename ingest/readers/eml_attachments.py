"""The files an e-mail carries: read as part of the message's contribution, each with the reader its type gets.

A secretariat saves the message as it came: the response is often the attached paper under a covering note. Each
file attached at the message's top level is read by the registry's reader for its type (``reader_for``: its
extension, checked against its content), inside the limits the message is read under: the attachment's size against
``max_file_bytes``, each reader's own guards (pages, zip ratios), the characters left of the budget the body began,
and the OCR seconds left. Its passages carry it in their location (``attachment position.pdf, page 3``), so an
editor finds them. Whose words they are is decided with the message's own text (:mod:`ingest.forwards`).

Not contributions, named in one warning: a calendar invitation, a contact card, Outlook's ``winmail.dat`` and an
attached e-mail (a message of its own, with its own sender). An inline image with a Content-ID (a signature's logo)
is the message's furniture and needs no word. A file that cannot be read is named with its reason; the body stays.
"""

from __future__ import annotations

import re
import tempfile
import time
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from pathlib import Path

from ingest.model import Passage
from ingest.readers import reader_for
from ingest.readers.base import Limits, ReadError
from ingest.readers.text import CharBudget, file_too_big

ATTACHMENT = "attachment"  # opens the location label of an attachment's passage: "attachment brief.pdf, page 3"

# what a part without a file name (or without an extension) is saved as, by its MIME type
_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.presentation": ".odp",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/msword": ".doc",
    "application/vnd.ms-powerpoint": ".ppt",
    "application/vnd.ms-excel": ".xls",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "text/csv": ".csv",
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/tiff": ".tif",
}
# parts that are no one's contribution, by MIME type and by extension, with what a user calls them
_NOT_CONTRIBUTIONS = (
    (("message/rfc822", "message/global"), (".eml", ".msg"), "an attached e-mail: ingest it as a message of its own"),
    (("text/calendar", "application/ics"), (".ics", ".vcs"), "a calendar invitation"),
    (("text/vcard", "text/x-vcard", "text/directory"), (".vcf",), "a contact card"),
    (("application/ms-tnef", "application/vnd.ms-tnef"), (".dat",), "Outlook's winmail.dat packaging"),
)
_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]+")


@dataclass
class Attached:
    """What the attachments gave: their passages in order, the warnings, and the names read and not read."""

    passages: list[Passage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (name, why not read)
    aside: list[str] = field(default_factory=list)  # "invite.ics (a calendar invitation)": no contribution


def attachment_name(part: EmailMessage, number: int) -> str:
    """The attachment's file name as the sender gave it (folders dropped), else one made from its MIME type."""
    given = " ".join(str(part.get_filename() or "").split())
    name = _UNSAFE.sub("_", given.replace("\\", "/").rsplit("/", 1)[-1]).strip(" .")
    if not name:
        name = f"unnamed-{number}"
    if not Path(name).suffix:
        name += _EXTENSIONS.get(part.get_content_type(), "")
    return name


def _not_a_contribution(part: EmailMessage, name: str) -> str | None:
    """Why a part is no contribution ("a calendar invitation"), or None for a file to read."""
    kind, suffix = part.get_content_type(), Path(name).suffix.lower()
    for types, suffixes, what in _NOT_CONTRIBUTIONS:
        if kind in types or (suffix in suffixes and (suffix != ".dat" or name.lower() == "winmail.dat")):
            return what
    return None


def _inline_image(part: EmailMessage) -> bool:
    """A picture shown in the message (a signature's logo): an image part with a Content-ID or shown inline."""
    return part.get_content_maintype() == "image" and (
        bool(part.get("content-id")) or part.get_content_disposition() == "inline"
    )


def _in_attachment(passage: Passage, name: str) -> Passage:
    """``passage`` of an attached file, its location naming the attachment before its own place in the file."""
    where = passage.location
    return replace(passage, location=replace(where, label=f"{ATTACHMENT} {name}, {where.label}", attachment=name))


def _limits_left(limits: Limits, budget: CharBudget, started: float) -> Limits:
    """The message's limits with what the body and earlier attachments used taken off: characters, OCR time."""
    seconds = max(0.0, limits.ocr_seconds - (time.monotonic() - started))
    return replace(
        limits,
        max_chars=max(0, budget.limit - budget.used),
        ocr_seconds=seconds,
        ocr_max_pages=limits.ocr_max_pages if seconds > 0 else 0,
    )


def read_attachments(message: EmailMessage, limits: Limits, budget: CharBudget, started: float) -> Attached:
    """The passages of the files attached at the message's top level, read as files of their type are.

    ``budget`` is the message's character budget (the body counted in it); ``started`` is when the message's
    reading began (``time.monotonic()``), so that OCR of scanned attachments keeps to the message's OCR time."""
    out = Attached()
    with tempfile.TemporaryDirectory(prefix="eml-attachments-") as folder:
        for number, part in enumerate(message.iter_attachments(), start=1):
            assert isinstance(part, EmailMessage)
            name = attachment_name(part, number)
            why_not = _not_a_contribution(part, name)
            if why_not is not None:
                out.aside.append(f"{name} ({why_not})")
                continue
            if _inline_image(part):
                continue  # a logo or a picture in the text: furniture, as the reader of a web page leaves it
            try:
                passages, notes = _read_one(part, name, Path(folder) / str(number), limits, budget, started)
            except ReadError as exc:
                out.failed.append((name, exc.reason))
                out.warnings.append(f"attachment {name} not read: {exc.reason}")
                continue
            except Exception as exc:  # a parser's bug on one attachment must not lose the message's own text
                out.failed.append((name, f"{type(exc).__name__}: {str(exc)[:120]}"))
                out.warnings.append(f"attachment {name} not read: {out.failed[-1][1]}")
                continue
            out.read.append(name)
            out.passages.extend(passages)
            out.warnings.extend(f"attachment {name}: {note}" for note in notes)
    if out.aside:
        out.warnings.append(f"attachments that are no contribution, not read: {', '.join(out.aside)}")
    return out


def _read_one(
    part: EmailMessage, name: str, folder: Path, limits: Limits, budget: CharBudget, started: float
) -> tuple[list[Passage], tuple[str, ...]]:
    """One attachment's passages and its reader's warnings; ReadError when it gives no text."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        raise ReadError("empty file")
    if len(data) > limits.max_file_bytes:
        raise file_too_big(len(data), limits)
    left = _limits_left(limits, budget, started)
    if left.max_chars <= 0:
        raise ReadError("the message's character budget is spent (setting max_chars)")
    folder.mkdir()
    path = folder / name
    path.write_bytes(data)
    result = reader_for(path).read(path, password=None, limits=left)
    passages = [_in_attachment(p, name) for p in result.passages if p.text.strip()]
    for passage in passages:
        budget.add(passage.text)
    if not passages:
        raise ReadError("no text found")
    return passages, result.warnings
