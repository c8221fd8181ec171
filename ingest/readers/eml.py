"""E-mail (.eml): written inputs often arrive as a message rather than a document.

The message's own text is read: its plain-text body (``paragraph K``, as for text files), or its HTML body
(sections and tables, as for web pages) when it has no plain one. The subject names the document and the sender
is its author. Every message the body forwards or quotes (a forward, a reply's history, however deep) is cut out
with its author in its section (:mod:`ingest.readers.eml_thread`), so that ingest keeps only the contributor's
(:mod:`ingest.forwards`); "> " lines no "wrote:" line introduces have no author and are left out. Each message's
signature (after ``-- ``, or a closing such as "Kind regards," and the short lines under it, see
:mod:`ingest.readers.signature`) is furniture, left out.

The files attached at the message's top level are read as part of it, each with the reader its type's file gets
and inside the message's limits (:mod:`ingest.readers.eml_attachments`); their passages' locations name them
("attachment position.pdf, page 3"). They belong to the sender's message: ingest keeps them exactly when it keeps
the sender's own text (:mod:`ingest.forwards`). A covering note that says nothing but "please find attached ..."
(:mod:`ingest.readers.eml_covering`) is left out once an attachment is read. Calendar invitations, contact cards,
``winmail.dat`` and attached e-mails are named in a warning as no contribution; an inline logo is passed over. A
phone system's voicemail notification keeps only the message's transcription (:mod:`ingest.readers.eml_voicemail`).
"""

from __future__ import annotations

import email
import email.policy
import re
import time
from dataclasses import replace
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from ingest.forwards import EARLIER, FORWARDED
from ingest.model import QUOTE_MARK, DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.digest import digest_passages
from ingest.readers.eml_attachments import read_attachments
from ingest.readers.eml_banner import is_gateway_warning, subject_without_tag, without_gateway_warning
from ingest.readers.eml_covering import only_covering
from ingest.readers.eml_mailing import drop_mailing_furniture
from ingest.readers.eml_thread import messages
from ingest.readers.eml_voicemail import only_transcription
from ingest.readers.forum_digest import split_forum_digest
from ingest.readers.html import OWN_QUOTE, html_lines, read_html_text
from ingest.readers.salutation import drop_salutation_paragraphs, salutation_cuts
from ingest.readers.signature import drop_signature
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, blocks, clean_text, read_bytes, unwrap


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())


def _content(part: EmailMessage) -> str:
    """A text part's content as a string, decoded by its charset (undecodable bytes replaced, never fatal)."""
    try:
        return str(part.get_content())
    except (LookupError, UnicodeError, ValueError, TypeError):
        payload = part.get_payload(decode=True) or b""
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)


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


def _without_warning(passages: list[Passage]) -> list[Passage]:
    """An HTML body's passages without the mail gateway's warning as their first line (ingest.readers.eml_banner);
    a ``paragraphs N-M`` label that began with it begins after it."""
    first = passages[0] if passages else None
    if first is None or first.location.table is not None or not is_gateway_warning(first.text.split("\n")[0]):
        return passages
    lines = first.text.split("\n")
    if len(lines) == 1:
        return passages[1:]
    location, match = first.location, _PARAGRAPHS.match(first.location.label)
    if match and int(match.group(2) or match.group(1)) - int(match.group(1)) + 1 == len(lines):
        start, end = int(match.group(1)) + 1, int(match.group(2) or match.group(1))
        label = f"paragraph {start}" if start == end else f"paragraphs {start}-{end}"
        location = replace(location, label=label, paragraph=start if location.paragraph is not None else None)
    return [replace(first, text="\n".join(lines[1:]), location=location), *passages[1:]]


def _without_salutation(passages: list[Passage]) -> list[Passage]:
    """An HTML body's passages without the salutation opening it ("Dear colleagues,"; see
    :mod:`ingest.readers.salutation`); a ``paragraphs N-M`` label that began with it begins after it."""
    cuts = salutation_cuts(("table" if p.location.table is not None else "paragraph", p.text) for p in passages)
    if not cuts:
        return passages
    ((index, text),) = cuts.items()
    passage = passages[index]
    if not text.strip():
        return [*passages[:index], *passages[index + 1 :]]
    location, match = passage.location, _PARAGRAPHS.match(passage.location.label)
    lines = passage.text.split("\n")
    first, last = (int(match.group(1)), int(match.group(2) or match.group(1))) if match else (0, -1)
    if text.split("\n") == lines[1:] and last - first + 1 == len(lines):  # its paragraphs are its lines
        first += 1
        label = f"paragraph {first}" if first == last else f"paragraphs {first}-{last}"
        location = replace(location, label=label, paragraph=first if location.paragraph is not None else None)
    return [*passages[:index], replace(passage, text=text, location=location), *passages[index + 1 :]]


def _quotation(paragraph: str) -> str:
    """A paragraph of the writer's own quotation (an HTML blockquote quoting no earlier message) as one line opened
    by QUOTE_MARK, as the Markdown reader keeps a block quote: found by search, never read as the writer's claim."""
    if not paragraph.startswith(OWN_QUOTE):
        return paragraph.replace(OWN_QUOTE, "")
    return QUOTE_MARK + " ".join(line.replace(OWN_QUOTE, "").strip() for line in paragraph.split("\n"))


def _without_covering_note(passages: list[Passage], attached: list[str], warnings: list[str]) -> list[Passage]:
    """The body's passages without the sender's own text when it says nothing but that the contribution is attached
    (:mod:`ingest.readers.eml_covering`); forwarded or quoted messages are left as they are, for ingest.forwards."""
    own = [p for p in passages if not _quoted(p)]
    if not own or not only_covering([p.text for p in own]):
        return passages
    warnings.append(f"the covering note says only that the contribution is attached ({', '.join(attached)}): left out")
    return [p for p in passages if _quoted(p)]


def _quoted(passage: Passage) -> bool:
    """Whether ``passage`` is in a forwarded or quoted message, not the sender's own text."""
    return passage.location.section_path[:1] != () and passage.location.section_path[0].startswith((FORWARDED, EARLIER))


def _properties(message: EmailMessage) -> DocumentProperties:
    name, address = parseaddr(_one_line(message.get("from", "")))
    date = None
    if message.get("date"):
        try:
            date = parsedate_to_datetime(str(message["date"])).date().isoformat()
        except (TypeError, ValueError, IndexError):
            date = None
    return DocumentProperties(
        title=subject_without_tag(_one_line(message.get("subject"))) or None, author=name or address or None, date=date
    )


class EmlReader:
    """Reads saved e-mail messages (.eml): the body as paragraphs or sections, subject and sender as metadata."""

    name = "email"
    extensions: tuple[str, ...] = (".eml",)

    @property
    def version(self) -> str:
        """Our own reading of the standard library's parser, versioned by hand.

        2: capitals lines are headings; 3: a reply's history is left out; 4: a forwarded message's paragraphs name
        its sender in their section; 5: a closing ("Kind regards,") and the signature under it are left out; 6: every
        forwarded or quoted message, however deep, is kept with its author in its section (ingest.forwards keeps
        the contributor's); 7: an HTML blockquote is quoted history only after a "wrote:" line or when it says so
        (type="cite"), else the writer's own quotation, kept as one; 8: each message's salutation ("Dear
        colleagues,") is left out too; 9: in an inline reply, every question quoted between the answers is the
        answered message's, as the first one already was; 10: the mail gateway's "[EXTERNAL]" warning opening the
        body is left out, and its tag dropped from the subject that titles the message; 11: in an inline reply, the
        writer's closing and signature after the last quoted part are left out, her answers above being the text
        they close; 12: a mailing's "View this email in your browser" and its footer, copyright, mailing address,
        "update your preferences" and "unsubscribe from this list", are left out (ingest.readers.eml_mailing); 13:
        the files attached at the message's top level are read as part of it, each by its type's reader, their
        passages located "attachment NAME, ..." (ingest.readers.eml_attachments), and a covering note that only
        says so is left out; a voicemail notification keeps only its transcription; 15: a course forum's e-mail
        digest is read post by post, each under its author, the platform's preamble, paths, links and footer left
        out, ingest.readers.forum_digest)."""
        return "15"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read the message's body and its attached files; ``password`` is ignored (S/MIME-encrypted mail is refused
        as having no text, and an attached file is read without one)."""
        started = time.monotonic()  # the attachments' OCR keeps to the message's OCR time
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
        subject = _one_line(message.get("subject"))
        thread, quoted = [], False
        if body is not None and body.get_content_subtype() == "html":
            try:
                # an HTML body holding forwarded or quoted messages is read as its text, message by message
                lines = html_lines(_content(body))
                lines = lines[1:] if lines and is_gateway_warning(lines[0]) else lines
                thread, quoted = messages("\n\n".join(lines), subject)
            except ReadError:
                lines, thread = [], []
            # a quotation the writer put in their own text is read as text, so it stays marked as a quotation
            own_quote = any(line.startswith(OWN_QUOTE) for line in lines)
            if not quoted and not own_quote and not any(m.path for m in thread):
                thread = []
                try:
                    html = read_html_text(_content(body), budget)
                except ReadError as exc:
                    if isinstance(exc, LimitExceeded) or exc.reason != "no text found":
                        raise
                    html = None  # an HTML body without text: said below, with any attachments
                if html is not None:
                    passages = _without_signature(_without_salutation(_without_warning(list(html.passages))))
                    warnings.extend(html.warnings)
        elif body is not None:
            # the gateway's warning over the body is the receiving side's, not the sender's
            plain = without_gateway_warning(clean_text(_content(body)))
            posts = split_forum_digest(plain)
            if posts:  # a course forum's digest: each post is its author's, the platform's lines nobody's
                passages = digest_passages(posts, budget.add, unwrap, clean_text, unit="post")
                warnings.append(f"a forum's e-mail digest of {len(posts)} posts: each is read as its author's")
            else:
                thread, quoted = messages(plain, subject)
        if quoted:
            warnings.append("quoted '> ...' lines of earlier messages, whose author no line names, were left out")
        counted = len(passages)  # paragraphs of the body so far, a left-out salutation's among them
        for index, item in enumerate(thread):
            # each message opens with its own salutation and closes with its own signature; a forwarded or quoted
            # one carries its author in its section, so ingest can tell whose words it holds (ingest.forwards).
            # In an inline reply a writer's closing follows the last quoted part: her answers above it are the
            # text it closes, though they are parts of their own
            above = any(earlier.path == item.path and earlier.text.strip() for earlier in thread[:index])
            own = drop_salutation_paragraphs(blocks(drop_signature(item.text, after_text=above)))
            section = item.path[-1] if item.path else None
            passages += [
                Passage(
                    budget.add(_quotation(unwrap(block))),
                    Location(label=f"paragraph {k}", paragraph=k, section=section, section_path=item.path),
                )
                for k, block in enumerate(own, start=counted + 1)
                if block.strip()  # a paragraph that was only the salutation keeps its number, so the others do
            ]
            counted += len(own)
        passages, furniture = drop_mailing_furniture(passages)
        if furniture:
            warnings.append(f"a mailing's 'view in browser' line or footer left out of {furniture} passage(s)")
        passages, voicemail = only_transcription(passages)
        if voicemail:
            warnings.append(
                "a voicemail notification: only the message's transcription is read, not the system's notice"
            )
        attached = read_attachments(message, limits, budget, started)
        warnings.extend(attached.warnings)
        if attached.passages:
            passages = _without_covering_note(passages, attached.read, warnings)
        passages += attached.passages
        if not passages:
            reason = "no text found in the message body"
            said = [f"{name}: {why}" for name, why in attached.failed]
            said += [f"no contribution: {', '.join(attached.aside)}"] if attached.aside else []
            raise ReadError(f"{reason} (attachments not read: {'; '.join(said)})" if said else reason)
        return ReadResult(tuple(passages), _properties(message), tuple(warnings), units=len(passages))
