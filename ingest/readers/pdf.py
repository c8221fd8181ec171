"""PDF reader (pypdf): passages per page that has a text layer, labelled ``page N``, split where a heading
(larger type, see :mod:`ingest.readers.pdf_headings`) opens a section on the page."""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import replace
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

import pypdf
from pypdf import PasswordType
from pypdf import PdfReader as _PypdfReader
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.generic import ArrayObject, StreamObject

from ingest.metadata_titles import names_the_producer
from ingest.model import DocumentProperties, Location, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.pdf_forms import fillable, form_text, page_fields
from ingest.readers.pdf_headings import PageLines, SizeRecorder
from ingest.readers.pdf_pages import (
    SCAN_LABEL_MAX,
    assemble,
    clean_pdf_text,
    letters,
    page_location,
    read_with_pdfium,
)
from ingest.readers.pdf_pdfium import SecondEngine
from ingest.readers.pdf_pdfium_forms import XFA_ONLY
from ingest.readers.pdf_repeats import drop_repeated_lines
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, check_size, clean_text

# pypdf logs every repaired xref or odd operator; for hostile files that is noise, not news.
logging.getLogger("pypdf").setLevel(logging.ERROR)

_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


# Text a content stream shows: literal strings "(...)" and hex strings "<...>".
_SHOWN_STRING = re.compile(rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f\s]*>", re.DOTALL)


def _short(exc: BaseException) -> str:
    if isinstance(exc, LimitReachedError):  # pypdf's own cap on decompressed streams
        return f"a compressed stream expands past pypdf's safety limit, possibly a decompression bomb ({exc})"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


# Where pypdf's code and ours live, to tell whose code raised an exception (see raised_by_pypdf).
_PYPDF_DIR = os.path.dirname(os.path.realpath(pypdf.__file__))
_OWN_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))  # the ingest package


def raised_by_pypdf(exc: BaseException) -> bool:
    """Whether pypdf raised ``exc`` reading the file (one of its own errors, or any error whose innermost frame of
    pypdf's code and ours is pypdf's: a zlib or struct error while it parses), and not our code.

    Only such a failure means the file is one pypdf cannot read, which PDFium may; a bug in our reading of what
    pypdf gives must surface as the crash it is, not be reported as a malformed file."""
    if isinstance(exc, PyPdfError):
        return True
    owner = ""
    frame = exc.__traceback__
    while frame is not None:  # from the reader's call down to where it was raised
        name = os.path.realpath(frame.tb_frame.f_code.co_filename)
        if name.startswith(_PYPDF_DIR + os.sep):
            owner = "pypdf"
        elif name.startswith(_OWN_DIR + os.sep):
            owner = "ours"
        frame = frame.tb_next
    return owner == "pypdf"


def _has_image(page: Any, depth: int = 0) -> bool:
    """True when the page (or a form it draws, two levels deep) uses an image XObject."""
    try:
        xobjects = page["/Resources"].get_object().get("/XObject")
        if xobjects is None:
            return False
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            subtype = obj.get("/Subtype")
            if subtype == "/Image":
                return True
            if subtype == "/Form" and depth < 2 and "/Resources" in obj and _has_image(obj, depth + 1):
                return True
    except Exception:  # broken resources: assume no image, the text decides
        return False
    return False


def _is_text_layer(text: str, page: Any) -> bool:
    """Whether ``text`` is a real text layer rather than nothing, junk, or a scan's hidden label."""
    count = letters(text)
    if count < 2:
        return False
    return not (count < SCAN_LABEL_MAX and _has_image(page))


def _unlock(reader: _PypdfReader, password: str | None) -> None:
    """Decrypt with the given password (user or owner), else with the empty one."""
    candidates = [password, ""] if password else [""]
    try:
        for candidate in candidates:
            if reader.decrypt(candidate) != PasswordType.NOT_DECRYPTED:
                return
    except Exception as exc:  # unsupported algorithm, missing cryptography, broken /Encrypt
        raise ReadError(f"encrypted: cannot decrypt ({_short(exc)})") from exc
    raise ReadError("encrypted: wrong password" if password else "encrypted: password needed")


def _page_labels(reader: _PypdfReader, count: int) -> list[str] | None:
    """The PDF's own page labels when they differ from 1..n and can name pages unambiguously."""
    try:
        labels = [str(label).strip() for label in reader.page_labels]
    except Exception:
        return None
    if len(labels) != count or labels == [str(n) for n in range(1, count + 1)]:
        return None
    if any(not label for label in labels) or len(set(labels)) != count:
        return None  # empty or repeated labels would point editors at the wrong page
    return labels


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = clean_text(str(value))
    return text or None


def _language(reader: _PypdfReader) -> str | None:
    """The catalog's /Lang (``lv-LV``): the document's own language, used for OCR when the sheet gives none."""
    try:
        return _text(reader.trailer["/Root"].get_object().get("/Lang"))
    except Exception:  # a broken catalog: no language
        return None


def _properties(reader: _PypdfReader) -> DocumentProperties:
    """Title, author and creation date from the info dictionary, language from the catalog; broken metadata
    yields None fields. A title that repeats the creating program's or device's name is none (other tools' wording,
    "Scanned document", "scan0001", is told from a title for every format by ingest.metadata)."""
    language = _language(reader)
    try:
        info = reader.metadata
    except Exception:
        return DocumentProperties(language=language)
    if not info:
        return DocumentProperties(language=language)
    try:
        raw_date = _text(info.get("/CreationDate"))
        match = _DATE.match(raw_date or "")
        date = "-".join(part for part in match.groups() if part) if match else None
        title, author = _text(info.get("/Title")), _text(info.get("/Author"))
        if title and names_the_producer(title, _text(info.get("/Creator")), _text(info.get("/Producer"))):
            title = None  # the scanner's or the program's own name ("Canon iR-ADV C5535") names no document
        return DocumentProperties(title=title, author=author, date=date, language=language)
    except Exception:
        return DocumentProperties(language=language)


def _content_size(page: Any) -> int:
    """Decoded size of the page's content streams (pypdf keeps the decoded data for extraction)."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = [item.get_object() for item in contents] if isinstance(contents, ArrayObject) else [contents]
    return sum(len(stream.get_data()) for stream in streams if isinstance(stream, StreamObject))


def _check_shown_text(page: Any, number: int, budget: CharBudget) -> None:
    """Refuse, before extracting, a page whose content streams show more text than the budget has left.

    Extraction costs about a second per MB of content, so a page of 50 MB of text would run for minutes
    before the character count could stop it. Only pages whose content alone could pass the budget are
    scanned; the estimate counts string bytes (a hex string as one character per four digits, as in
    two-byte fonts), which stays at or below what extraction would yield for ordinary fonts.
    """
    left = budget.limit - budget.used
    if _content_size(page) <= left:
        return
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    shown = 0
    for match in _SHOWN_STRING.finditer(data):
        length = match.end() - match.start() - 2
        shown += length if data[match.start()] == 0x28 else length // 4  # 0x28 is "("
    if shown > left:
        message = f"extracted text exceeds the limit of {budget.limit:,} characters (page {number} alone holds about"
        raise LimitExceeded(f"{message} {shown:,})", "max_chars")


def _has_xfa(reader: _PypdfReader) -> bool:
    """Whether the document's form carries an XFA form (XML that neither pypdf nor PDFium reads)."""
    try:
        form = reader.trailer["/Root"].get("/AcroForm")
        return form is not None and "/XFA" in form.get_object()
    except Exception:  # a broken catalog: no form to speak of
        return False


class _PypdfFailed(ReadError):
    """pypdf could not read the file's pages: PDFium is tried before the file is refused."""


def _rescued_note(rescued: list[tuple[int, str]]) -> str:
    """The warning for pages PDFium read because pypdf could not: which pages, and pypdf's first reason."""
    numbers = [number for number, _ in rescued]
    pages = f"page {numbers[0]}" if len(numbers) == 1 else f"pages {', '.join(map(str, numbers))}"
    return f"{pages} read with PDFium, without headings or tables: pypdf could not ({rescued[0][1]})"


class PdfReader:
    """Reads PDFs page by page with pypdf, or with PDFium when pypdf cannot; scanned pages are read by OCR
    (Tesseract) when it is installed. Encrypted PDFs open with the given or the empty password."""

    name = "pypdf"
    extensions: tuple[str, ...] = (".pdf",)

    @property
    def version(self) -> str:
        """The installed pypdf version and the version of our section finding and OCR (a change re-reads PDFs).
        Sections and tables 3: list marks settled before headings are found (a bullet was a heading's next line); 4: a
        table's header row is a row of its own (it took in the first row's lines); 5: a wide cell drawn beside the next
        one on its baseline is cut from it, a word broken inside a cell is rejoined, and a table broken across pages
        keeps its number; 6: a paragraph under a list or below space between paragraphs is a paragraph of its own; 7:
        running headers and footers found by where lines sit (a footer of two lines, bare page numbers, a header on all
        pages but the cover), and never with body text; 8: only a list's last item ends at space below it (paragraphs
        elsewhere as in 5), and a paragraph end is a line break, not an empty line; 9: a line in heading type is a
        running header only word for word (numbered titles opening each page stay); 10: a list number drawn apart from
        its item opens the item, and a header on two pages of three must be word for word; 11: a deck's slide titles are
        sections where sizes alone find none, and a header block in its own type goes whole, looked for at the text's
        ends and at the page's; 12: a line left of a list's marks ends it; 13: text columns drawn line by line across
        are read column by column, and text on a table's first or last line beside its cells is kept; 14: such columns
        also when a narrow gutter or justified lines hide where the next column starts, when a sentence ends inside a
        line or a column's paragraph ends beside the other's lines, and footnotes at a page's foot are passages of their
        own; 15: words drawn as objects of their own stay on their line, a paragraph ends at space above it, a jump up
        the page or a closing also after a full last line, a form's filled fields are read, and a letter's closing and
        signature at its end are left out; 16: a form in a file only PDFium opens has its filled fields read too, and an
        XFA-only form is said to be unread; 17: a two-page document's header drawn after its columns goes (top and
        bottom lines compared by place), footnotes are found by where they sit (drawn first, under one column), a raised
        reference mark leaves the body, and wrapped lines are rejoined against their own column's width; 18: a running
        header with its page number on the outer edge (before the title on left pages, after it on right ones) is one
        header, and a raised figure after a unit ("m²") stays; 19: a letter's salutation opening its first page is left
        out, and in minutes written a turn per line each turn opens a line of its own, also under a line measured as
        running the full width, so that ingest.turns reads its label; 20: on the pages of a filled form, the page's own
        text (the form's questions) is quoted, never the respondent's words; 21: a letter's greeting and the lines above
        it are lines of their own, never rejoined into the letterhead or the body, so that the greeting is left out; a
        footer set apart by space at a page's foot (a poster's logos, address and funding line) is a passage of its own,
        not its last panel's; a title repeating the name of the program or device that made the file is none; 22: a
        two-page document's running lines are looked for one line further in from each edge, so that a browser's page
        title and address beside its date and "1/2", and a footer line beside its page number, go too; 23: a form's
        check box without a tooltip is named by the words printed right of it; 24: a letter's last paragraph that is
        only its author's name and role is a signature, a narrow column's wrapped prose (a leaflet's panel) is rejoined,
        and a block of large type too long for a heading is cut where space sets it apart (a cover's title and subtitle,
        each a heading; 25: a pull quote (a sentence of the text repeated in large type, in quotation marks) is no
        heading and left out, a box in type of another size is never the paragraph above it, and a foot drawn before the
        body in smaller type is a passage of its own; 26: line numbers printed in the left margin are dropped, so the
        printed lines join into paragraphs again, and the page number under them is no part of the last line; a printed
        sheet's numbered row keeps its table form (its number no list's) and its "No." header cell is a cell, so a
        header row repeated over the next page heads that page's part of the table, no passage of its own; 27: a short
        line repeated word for word on nearly every page (a deck's navigation bar, its footer's author) is left out
        wherever it sits, ingest.readers.pdf_repeats; 28: a joint statement's signatories block ending the last page,
        "Signatories" and the names and logos under it, is left out, ingest.readers.signatories; 29: a report's
        key-figures box, three figures or more each over its label, is a passage of its own after the page's text, each
        figure on one line with its label, ingest.readers.pdf_figures; OCR 2: a sentence Tesseract broke over two
        paragraphs is one paragraph again; 30: a one-page document's footer, small type at the bottom with the page's
        number, is left out; 31: a figure with its unit set large ("290 EUR") is no heading, and a line in display type,
        twice the size of the line above or half of it, opens a paragraph (a strap line never runs into the figure
        under it); OCR 2: a sentence Tesseract broke over two paragraphs is one paragraph again)."""
        return f"{_dist_version('pypdf')} sections and tables 31, OCR 2"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract one passage per page with text; scanned pages are read by OCR or listed in a warning."""
        check_size(path, limits)
        started = time.monotonic()
        try:
            return self._read(path, password, limits, started)
        except _PypdfFailed as exc:
            failure = exc.reason
        except (ReadError, MemoryError, RecursionError):
            raise  # our own reasons, and resource exhaustion the caller's isolation reports
        except Exception as exc:  # pypdf raises many types on hostile input; all mean "malformed"
            if not raised_by_pypdf(exc):
                raise  # our own bug: the isolation reports it as the reader's failure, not the file's
            failure = f"malformed PDF: {_short(exc)}"
        return read_with_pdfium(path, password, limits, started, failure)

    def _read(self, path: Path, password: str | None, limits: Limits, started: float) -> ReadResult:
        reader = _PypdfReader(path, strict=False)
        if reader.is_encrypted:
            try:
                _unlock(reader, password)
            except ReadError as exc:
                if "cannot decrypt" in exc.reason:  # an algorithm pypdf lacks: PDFium may have it
                    raise _PypdfFailed(exc.reason) from None
                raise
        count = len(reader.pages)
        if count == 0:
            raise _PypdfFailed("no pages")
        if count > limits.max_pages:
            raise LimitExceeded(f"{count:,} pages exceed the limit of {limits.max_pages:,} pages", "max_pages")
        labels = _page_labels(reader, count)
        budget = CharBudget(limits)
        pages: list[tuple[PageLines, Location]] = []
        empty: list[int] = []
        failed: list[str] = []
        rescued: list[tuple[int, str]] = []  # pages pypdf failed on and PDFium read, with pypdf's reason
        second = SecondEngine(path, password)  # PDFium, opened only if a page needs it
        try:
            self._extract(reader, budget, labels, second, (pages, empty, failed, rescued))
        finally:
            second.close()
        if failed and not pages and not empty:
            raise _PypdfFailed(failed[0])
        props = _properties(reader)
        result = assemble(path, password, limits, started, count, pages, empty, failed, props, labels, budget)
        result = drop_repeated_lines(result)  # a deck's navigation bar and footer, wherever on the page
        if rescued:  # said once, as the whole file's fallback is: these pages have no headings or tables
            result = replace(result, warnings=(_rescued_note(rescued), *result.warnings))
        if _has_xfa(reader) and not any(lines.form.strip() for lines, _ in pages):
            result = replace(result, warnings=(*result.warnings, XFA_ONLY))  # its answers are in the XML only
        return result

    @staticmethod
    def _extract(
        reader: _PypdfReader,
        budget: CharBudget,
        labels: list[str] | None,
        second: SecondEngine,
        into: tuple[list[tuple[PageLines, Location]], list[int], list[str], list[tuple[int, str]]],
    ) -> None:
        """Each page's text into ``into``: (pages with text, page numbers without a text layer, failures, pages
        PDFium read for pypdf with pypdf's reason)."""
        pages, empty, failed, rescued = into
        for number, page in enumerate(reader.pages, start=1):
            recorder = SizeRecorder()
            try:
                _check_shown_text(page, number, budget)
                shown = page.extract_text(visitor_text=recorder, visitor_operand_before=recorder.operation) or ""
                raw = recorder.rejoined(recorder.unmarked(shown))
                text = clean_pdf_text(raw)
            except (ReadError, MemoryError, RecursionError):
                raise
            except Exception as exc:  # one broken content stream should not lose the other pages
                if not raised_by_pypdf(exc):
                    raise
                raw = second.page_text(number)
                if raw is None:
                    failed.append(f"page {number}: text extraction failed ({_short(exc)})")
                    continue
                recorder, text = SizeRecorder(), clean_pdf_text(raw)  # no type sizes: no headings on this page
                rescued.append((number, _short(exc)))
            if not _is_text_layer(text, page):
                empty.append(number)
                continue
            lines = recorder.page_lines(number, raw)
            fields = page_fields(page, lines)
            lines.form, lines.form_fields = budget.add(form_text(fields)), len(fields)
            lines.fillable = bool(fields) or fillable(page)
            budget.add(text)
            pages.append((lines, page_location(number, labels)))
