"""From page texts to passages, whichever engine read them: one passage per page, or per part of a page when
headings (larger type, see :mod:`ingest.readers.pdf_headings`) start sections on it, tables on their own; pages
without a text layer are first read by OCR (:mod:`ingest.readers.pdf_scans`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.pdf_closing import drop_closing, drop_salutation, drop_signatories, set_apart
from ingest.readers.pdf_figures import take_figures
from ingest.readers.pdf_foot import take_foot
from ingest.readers.pdf_forms import form_pages, form_text, form_wording
from ingest.readers.pdf_furniture import drop_page_furniture
from ingest.readers.pdf_headings import PageLines, SizeRecorder, find_headings
from ingest.readers.pdf_line_numbers import drop_line_numbers
from ingest.readers.pdf_lists import mark_list_items
from ingest.readers.pdf_measure import GOES_ON, wrapped_lines
from ingest.readers.pdf_notes import Note, body_size, take_notes
from ingest.readers.pdf_paragraphs import PARAGRAPH_END, mark_paragraph_breaks
from ingest.readers.pdf_pdfium import engine_version, has_image, open_document, page_text
from ingest.readers.pdf_pdfium_forms import XFA_ONLY, open_forms
from ingest.readers.pdf_pdfium_forms import page_fields as form_fields
from ingest.readers.pdf_pullquotes import drop_pull_quotes
from ingest.readers.pdf_scans import read_scans
from ingest.readers.pdf_slides import slide_titles
from ingest.readers.pdf_tables import HEADING_LINE, Table, continues, find_tables
from ingest.readers.text import CharBudget, clean_text
from ingest.readers.text_unwrap import is_dialogue, opens_turn, unwrap

_MARKER = re.compile(f" ?\n?{PARAGRAPH_END}")
_EXTRA_BLANKS = re.compile(r"\n{3,}")
_HYPHEN_BREAK = re.compile(r"(\w+)-\n([a-zäöüßéèàçñ]\w*)")
_WORD = re.compile(r"\w")
_GOES_ON = re.compile(f"{GOES_ON}\n(?!\n)")  # a line that runs on (see pdf_measure) and the break after it
# A scan may carry a short label under the image (ImageMagick writes the layer name), which is not
# a text layer a user could search; a page with an image and fewer letters than this counts as a scan.
SCAN_LABEL_MAX = 25


def letters(text: str) -> int:
    """Letters and digits in ``text``: how much of a text layer there is."""
    return len(_WORD.findall(text))


# first parts that make hyphenated compounds rather than split words ("micro-credential", "non-formal")
_COMPOUND_FIRST = re.compile(r"micro|macro|self|non|cross|well|e", re.IGNORECASE)


def _dehyphenate(text: str) -> str:
    """Rejoin words broken at a line end: "recog-/nition" loses its hyphen, but a compound the page also writes
    whole with its hyphen ("micro-/credentials" beside "micro-credentials") keeps it."""
    lowered = text.lower()

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        whole = f"{left}-{right}".lower()
        if whole in lowered or (_COMPOUND_FIRST.fullmatch(left) and f"{left}{right}".lower() not in lowered):
            return f"{left}-{right}"
        return f"{left}{right}"

    return _HYPHEN_BREAK.sub(join, text)


def _cell_text(cell: str) -> str:
    """A table cell's wrapped lines as one, a word broken at a line end rejoined as in running text."""
    return " ".join(_dehyphenate(cell).split())


def clean_pdf_text(text: str) -> str:
    """Clean extracted page text: ligatures and compatibility forms, hyphenated line breaks, spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _dehyphenate(clean_text(text.replace(f"-{GOES_ON}\n", "-\n")))
    # pypdf ends every visual line with a break; rejoin wrapped lines so sentences stay whole. A paragraph end
    # found from the lines' places (a marker line, see pdf_paragraphs) stops the rejoining: the marker is never
    # joined to the line after it, and goes with the line break before it
    # a letter's closing ("Yours faithfully,") and its greeting ("Dear colleagues,") open a line of their own, also
    # beside full lines (OCR text and PDFium's have no places to tell their paragraphs from): markers stop the rejoining
    text = set_apart(text)
    text = "\n\n".join(_own_turns(unwrap(block, by_width=True), block) for block in text.split("\n\n"))
    # a line found to run the full width of its own column goes on in the next, whatever the widest line around it
    text = _GOES_ON.sub(" ", text).replace(GOES_ON, "")  # where the rejoining joined it already, or nothing follows
    return _EXTRA_BLANKS.sub("\n\n", _MARKER.sub("", text)).strip()


def _own_turns(text: str, block: str) -> str:
    """``text``, a block rejoined, where each turn of a transcript written a turn per line opens a line of its own
    also under a line measured as running the full width (a participants' list, a turn of one long line): a
    speaker's label inside a line is never read as one (ingest.turns), so its words would go to the turn above."""
    if not is_dialogue(block.split("\n")):
        return text
    lines = text.split("\n")
    return "\n".join(
        line.removesuffix(GOES_ON)
        if line.endswith(GOES_ON) and k + 1 < len(lines) and opens_turn(lines[k + 1])
        else line
        for k, line in enumerate(lines)
    )


def page_location(number: int, labels: list[str] | None, ocr: bool = False) -> Location:
    """Where page ``number`` is: its own label when the PDF gives one, and whether OCR read it."""
    own = labels[number - 1] if labels else None
    label = f"page {own}" if own else f"page {number}"
    return Location(label=label, page=number, page_label=own if own and own != str(number) else None, ocr=ocr)


def assemble(
    path: Path,
    password: str | None,
    limits: Limits,
    started: float,
    count: int,
    pages: list[tuple[PageLines, Location]],
    empty: list[int],
    failed: list[str],
    props: DocumentProperties,
    labels: list[str] | None,
    budget: CharBudget,
) -> ReadResult:
    """Read the pages without a text layer by OCR, then split every page into passages in page order."""
    hint = limits.ocr_languages or props.language or ""
    scans = read_scans(path, password, empty, limits, hint, started + limits.ocr_seconds)
    for number, text in scans.texts.items():
        budget.add(text)
        # OCR gives no type sizes: such a page opens no section, and stays in the one before it
        pages.append((SizeRecorder().page_lines(number, text), page_location(number, labels, ocr=True)))
    pages.sort(key=lambda item: item[1].page or 0)
    passages = passages_of(pages)
    if not passages:
        raise ReadError(scans.refusal or (failed[0] if failed else "no text found"))
    return ReadResult(tuple(passages), props, (*failed, *scans.warnings), units=count)


def passages_of(pages: list[tuple[PageLines, Location]]) -> list[Passage]:
    """One passage per page, or per part of a page when headings (larger type) start sections on it; each
    table (see :mod:`ingest.readers.pdf_tables`) is a passage of its own, one row per line."""
    for page, _ in pages:
        drop_line_numbers(page)  # a margin's line numbers first: they are no list's numbers
        mark_list_items(page)
    drop_page_furniture([lines for lines, _ in pages])
    body = body_size([lines for lines, _ in pages])
    notes = [take_notes(page, body) for page, _ in pages]
    feet = [take_foot(page) for page, _ in pages]  # a footer set apart at the page's foot: a passage of its own
    boxes = [take_figures(page) for page, _ in pages]  # a key-figures box: a passage of its own (pdf_figures)
    drop_pull_quotes([lines for lines, _ in pages])  # a sentence repeated in large type: no heading, no text
    for page, _ in pages:
        mark_paragraph_breaks(page)
    headings = find_headings([lines for lines, _ in pages])
    for key, title in slide_titles([lines for lines, _ in pages]).items():
        headings.setdefault(key, title)  # a deck's slide titles, where type sizes alone found no heading
    stack: list[tuple[int, str]] = []
    passages: list[Passage] = []
    table_count = 0
    ending: Table | None = None  # a table that ends its page: the next page's first table may continue it
    for p, (page, location) in enumerate(pages):
        tables = {t.first: t for t in find_tables(page)}
        if ending and _first_filled(page) not in tables:
            ending = None  # text before its first table: a table there is a new one
        stops = {i for i in range(len(page.lines)) if (p, i) in headings}
        stops.update(i for t in tables.values() for i in range(t.first, t.last + 1))
        wrapped = wrapped_lines(page, stops)
        if not tables and not any((p, i) in headings for i in range(len(page.lines))):
            text = clean_pdf_text(
                "\n".join(
                    f"{line.rstrip()}{GOES_ON}" if i in wrapped else line for i, (line, _) in enumerate(page.lines)
                )
            )
            if text.strip():
                passages.append(Passage(text, _in_section(location, stack)))
            passages.extend(_form_passage(page, _in_section(location, stack)))
            passages.extend(_note_passages(notes[p], _in_section(location, stack)))
            passages.extend(_box_passage(boxes[p][0], _in_section(location, stack)))
            passages.extend(_foot_passage(feet[p], location))
            continue
        part: list[str] = []
        body = [False]  # whether the part holds text besides its heading

        def flush(part: list[str] = part, body: list[bool] = body, location: Location = location) -> None:
            text = clean_pdf_text("\n".join(part))
            if body[0] and text.strip():  # a heading straight before another one is in the next one's path
                passages.append(Passage(text, _in_section(location, stack)))
            part.clear()
            body[0] = False

        skip_to = -1
        box_where = None  # the section the page's key-figures box stood in
        for i, (line, _) in enumerate(page.lines):
            if i == boxes[p][1]:
                box_where = _in_section(location, stack)
            if i <= skip_to:
                continue
            heading = headings.get((p, i))
            if i in tables and tables[i].lead:
                part.append(tables[i].lead)
                body[0] = True
            if i in tables and tables[i].prose:  # text columns drawn across: each column's lines in turn
                table = tables[i]
                for n in range(len(table.columns)):  # each column's paragraphs, never run into the next column
                    part.extend(_column_paragraphs(table, n))
                part.append(table.trail)
                body[0] = True
                skip_to = table.last
                ending = None
            elif i in tables:
                flush()
                table = tables[i]
                if not (ending and i == _first_filled(page) and continues(ending, table)):
                    table_count += 1
                where = replace(_in_section(location, stack), table=table_count)
                passages.append(Passage(clean_text(table.text(_cell_text)), where))
                skip_to = table.last
                ending = table if table.last == _last_filled(page) else None
                if table.trail:
                    part.append(table.trail)
                    body[0] = True
            elif heading is None:
                part.append(f"{line.rstrip()}{GOES_ON}" if i in wrapped else line)
                body[0] = body[0] or bool(line.strip(PARAGRAPH_END).strip())
            elif heading.level > 0:
                flush()
                while stack and stack[-1][0] >= heading.level:
                    stack.pop()
                stack.append((heading.level, heading.text))
                part.extend((heading.text, ""))  # its own line: never joined to the text around it
            elif heading.level == 0:
                part.extend((heading.text, ""))  # the title: kept as text, opens no section
                body[0] = True
        flush()
        passages.extend(_form_passage(page, _in_section(location, stack)))
        passages.extend(_note_passages(notes[p], _in_section(location, stack)))
        passages.extend(_box_passage(boxes[p][0], box_where or _in_section(location, stack)))
        passages.extend(_foot_passage(feet[p], location))
    forms = {location.page: page.form for page, location in pages if page.form.strip()}
    # on the pages of a filled form, the page's own text is the form's wording, not the respondent's
    worded = form_pages([page for page, _ in pages])
    passages = [
        replace(p, text=form_wording(p.text))
        if p.location.page in worded and p.text != forms.get(p.location.page)
        else p
        for p in passages
    ]
    # a letter's salutation opens its first page and its closing and signature end its last (not the sender's
    # input); a form's fields and a page's foot are passed over
    footers = {(location.page, _foot_text(foot)) for foot, (_, location) in zip(feet, pages, strict=True) if foot}
    asides = {
        id(p)
        for p in passages
        if p.text == forms.get(p.location.page) or (p.location.page, p.text) in footers and not p.location.section
    }
    return drop_closing(drop_salutation(drop_signatories(passages), asides), asides)


def _form_passage(page: PageLines, where: Location) -> list[Passage]:
    """The page's filled form fields (see :mod:`ingest.readers.pdf_forms`) as a passage after its text."""
    return [Passage(page.form, where)] if page.form.strip() else []


def _box_passage(box: str, where: Location) -> list[Passage]:
    """The page's key-figures box (see :mod:`ingest.readers.pdf_figures`) as a passage after its text."""
    text = _foot_text(box) if box else ""
    return [Passage(text, where)] if text else []


def _foot_text(foot: str) -> str:
    """A page's foot as its passage holds it: each of its lines cleaned on its own (never rejoined by width)."""
    return "\n".join(line for line in (clean_pdf_text(line) for line in foot.split("\n")) if line)


def _foot_passage(foot: str, where: Location) -> list[Passage]:
    """The page's foot (see :mod:`ingest.readers.pdf_foot`) as a passage of the page, in no section."""
    text = _foot_text(foot) if foot else ""
    return [Passage(text, where)] if text else []


def _note_passages(notes: list[Note], where: Location) -> list[Passage]:
    """A page's footnotes, each a passage of its own labelled with its page and mark (``page 3, footnote 1``)."""
    out: list[Passage] = []
    for note in notes:
        text = clean_pdf_text(note.text)
        if text:
            out.append(Passage(text, replace(where, label=f"{where.label}, footnote {note.mark}")))
    return out


def _column_paragraphs(table: Table, n: int) -> list[str]:
    """Column ``n`` of text columns as paragraphs, each followed by a paragraph end; a line of the page where the
    column has none (space between its paragraphs) ends a paragraph, and a line in larger type (a heading in the
    column) is a paragraph of its own."""
    out: list[str] = []
    lines: list[str] = []
    for row in (*table.rows, ("",) * len(table.columns)):
        heading = row[n].startswith(HEADING_LINE)
        if row[n] and not heading:
            lines.append(row[n])
            continue
        if lines:
            out.extend((_cell_text("\n".join(lines)), PARAGRAPH_END))
            lines = []
        if heading:
            out.extend((_cell_text(row[n].removeprefix(HEADING_LINE)), PARAGRAPH_END))
    return out


def _first_filled(page: PageLines) -> int:
    return next((i for i, (line, _) in enumerate(page.lines) if line.strip()), -1)


def _last_filled(page: PageLines) -> int:
    return max((i for i, (line, _) in enumerate(page.lines) if line.strip()), default=-1)


def _in_section(location: Location, stack: list[tuple[int, str]]) -> Location:
    if not stack:
        return location
    return replace(location, section=stack[-1][1], section_path=tuple(text for _, text in stack))


def read_with_pdfium(path: Path, password: str | None, limits: Limits, started: float, failure: str) -> ReadResult:
    """Read a PDF pypdf could not (``failure`` says why) with PDFium; the result names PDFium as its engine."""
    try:
        document = open_document(path, password)
    except ReadError as exc:
        if exc.reason.startswith("encrypted:"):
            raise
        raise ReadError(f"{failure}; PDFium could not open it either ({exc.reason})") from None
    try:
        xfa, form_note = open_forms(document)  # before any page is loaded, as PDFium asks
        count = len(document)
        if count == 0:
            raise ReadError(f"{failure}; PDFium finds no pages either")
        if count > limits.max_pages:
            raise LimitExceeded(f"{count:,} pages exceed the limit of {limits.max_pages:,} pages", "max_pages")
        budget = CharBudget(limits)
        pages: list[tuple[PageLines, Location]] = []
        empty: list[int] = []
        failed: list[str] = []
        for number in range(1, count + 1):
            try:
                raw = page_text(document, number - 1)
                scan = letters(raw) < SCAN_LABEL_MAX and has_image(document, number - 1)
            except Exception as exc:  # PDFium too may fail on one page; the others are still read
                failed.append(f"page {number}: PDFium could not read it ({str(exc)[:120]})")
                continue
            text = clean_pdf_text(raw)
            if letters(text) < 2 or scan:
                empty.append(number)
                continue
            lines = SizeRecorder().page_lines(number, raw)
            fields = form_fields(document, number - 1)
            lines.form, lines.form_fields = budget.add(form_text(fields)), len(fields)
            budget.add(text)
            pages.append((lines, page_location(number, None)))
    finally:
        document.close()
    note = f"read with PDFium: pypdf could not ({failure})"
    if xfa and not any(lines.form.strip() for lines, _ in pages):
        form_note = XFA_ONLY  # its answers live in the XML, which neither engine reads
    if form_note:
        note = f"{note}; {form_note}"
    props = DocumentProperties()  # the info dictionary is what pypdf could not reach; the sheet and name still apply
    result = assemble(path, password, limits, started, count, pages, empty, failed, props, None, budget)
    return replace(result, warnings=(note, *result.warnings), engine="pypdfium2", engine_version=engine_version())
