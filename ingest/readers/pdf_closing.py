"""A letter's closing and signature at the end of a PDF or a scanned letter, and its salutation at the start: left
out, as the Word, text and e-mail readers leave them out (:mod:`ingest.readers.signature`,
:mod:`ingest.readers.salutation`).

A letter printed to PDF or scanned ends with "Yours faithfully," and the names and titles under it: the sender's
furniture, not their input. Only the text that ends the document is looked at: the passages of its last page after
its last table (a footnote or a form's fields stay where they are and are passed over), so a closing in the middle
of a report, or one followed by more than a signature's short lines, is text. Only the first page's passages are
looked at for the salutation ("Dear colleagues,"), before the first line of prose.

PDF and OCR text has a break at every visual line, and lines are rejoined by width: a greeting as wide as the lines
around it ("Dear Ms Horvat, dear members of the steering group,") would run into the letterhead above it or the
body below it, and no longer stand as a line of its own. So a closing and a greeting open a line of their own
before the rejoining (:func:`set_apart`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ingest.model import Passage
from ingest.readers.pdf_measure import GOES_ON
from ingest.readers.pdf_paragraphs import PARAGRAPH_END
from ingest.readers.salutation import is_salutation, salutation_at, salutation_cuts
from ingest.readers.signatories import signatories_at
from ingest.readers.signature import is_closing, signature_cuts


def set_apart(text: str) -> str:
    """``text`` (a page's lines, before they are rejoined) with a paragraph end before each closing line ("Yours
    faithfully,") and around each greeting line ("Dear colleagues,"), so that neither is joined to the lines around
    it; the lines above a greeting that opens the text (the sender's and addressee's, a date, a subject) each stay a
    line of their own, never rejoined into a line of prose that would hide the greeting under it. A greeting the
    next line carries on in lower case is left as it is (it reads as a wrapped sentence, as
    :func:`ingest.readers.salutation.salutation_at` reads it)."""
    lines = text.split("\n")
    # the lines as written: without the marks of a measured full line or of a paragraph's end found before
    plain = [line.replace(GOES_ON, "").strip(PARAGRAPH_END).strip() for line in lines]
    head = salutation_at(plain)
    out: list[str] = []
    for k, line in enumerate(lines):
        after = plain[k + 1] if k + 1 < len(lines) else ""
        if is_closing(line):
            out.extend((PARAGRAPH_END, line))
        elif k == head or (is_salutation(plain[k]) and not after[:1].islower()):
            out.extend((PARAGRAPH_END, line, PARAGRAPH_END))
        elif head is not None and k < head and plain[k]:
            out.extend((line, PARAGRAPH_END))
        else:
            out.append(line)
    return "\n".join(out)


def _role(passage: Passage, asides: Collection[int]) -> str:
    location = passage.location
    if id(passage) in asides:
        return "aside"  # a form's fields: anchored on the page, not the letter's running text
    if location.table is not None:
        return "table"  # a signature never runs through a table: what is above it is not the letter's end
    if ", footnote " in location.label:
        return "aside"
    return "paragraph"


def drop_closing(passages: Sequence[Passage], asides: Collection[int] = ()) -> list[Passage]:
    """``passages`` without the closing and signature that end the last page (the passages in page order);
    ``asides`` holds the ``id`` of passages that are passed over and kept, like footnotes (a form's fields)."""
    if not passages:
        return list(passages)
    last_page = passages[-1].location.page
    start = len(passages)
    while start > 0 and passages[start - 1].location.page == last_page:
        start -= 1
    blocks = [(_role(passage, asides), passage.text) for passage in passages[start:]]
    cuts = signature_cuts(blocks, after_text=start > 0)
    if not cuts:
        return list(passages)
    out = list(passages[:start])
    for offset, passage in enumerate(passages[start:]):
        text = cuts.get(offset, passage.text)
        if text.strip():
            out.append(Passage(text, passage.location) if offset in cuts else passage)
    return out


def drop_salutation(passages: Sequence[Passage], asides: Collection[int] = ()) -> list[Passage]:
    """``passages`` without the salutation opening the letter on the first page (the passages in page order); a
    passage that was only the salutation goes. ``asides`` as for :func:`drop_closing`."""
    if not passages:
        return list(passages)
    first_page = passages[0].location.page
    head = (p for p in passages if p.location.page == first_page)
    cuts = salutation_cuts((_role(passage, asides), passage.text) for passage in head)
    if not cuts:
        return list(passages)
    ((index, text),) = cuts.items()
    if not text.strip():
        return [*passages[:index], *passages[index + 1 :]]
    return [*passages[:index], Passage(text, passages[index].location), *passages[index + 1 :]]


def drop_signatories(passages: Sequence[Passage]) -> list[Passage]:
    """``passages`` without the signatories block ending the last page (ingest.readers.signatories): the lines
    from its heading to the end, in the passage that holds it and in any after it on the page."""
    if not passages:
        return list(passages)
    last_page = passages[-1].location.page
    for index in range(len(passages) - 1, -1, -1):
        if passages[index].location.page != last_page:
            return list(passages)
        lines = [line for passage in passages[index:] for line in passage.text.split("\n")]
        at = signatories_at(lines)
        if at is not None and at < len(passages[index].text.split("\n")):
            kept = "\n".join(passages[index].text.split("\n")[:at]).strip()
            return [*passages[:index], *([Passage(kept, passages[index].location)] if kept else [])]
    return list(passages)
