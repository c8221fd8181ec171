"""A letter's closing and signature at the end of a PDF or a scanned letter, and its salutation at the start: left
out, as the Word, text and e-mail readers leave them out (:mod:`ingest.readers.signature`,
:mod:`ingest.readers.salutation`).

A letter printed to PDF or scanned ends with "Yours faithfully," and the names and titles under it: the sender's
furniture, not their input. Only the text that ends the document is looked at: the passages of its last page after
its last table (a footnote or a form's fields stay where they are and are passed over), so a closing in the middle
of a report, or one followed by more than a signature's short lines, is text. Only the first page's passages are
looked at for the salutation ("Dear colleagues,"), before the first line of prose.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ingest.model import Passage
from ingest.readers.salutation import salutation_cuts
from ingest.readers.signature import signature_cuts


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
