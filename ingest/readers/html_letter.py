"""A letter saved as a web page: its greeting ("Dear colleagues,") and its closing with the signature under it
("Kind regards," and the sender's lines) are furniture, left out as the Word, OpenDocument, RTF and PDF readers
leave them out (:mod:`ingest.readers.salutation`, :mod:`ingest.readers.signature`).

Only a paragraph of running text can be either; a heading, a table or a quotation is never cut, and a greeting or
a closing inside the text ("Dear colleagues are invited to ...", "Kind regards to the team who ...") stays text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ingest.readers.salutation import salutation_cuts
from ingest.readers.signature import signature_cuts
from ingest.readers.text import LeftOut


def _role(block: Any) -> str:
    return "paragraph" if block.kind == "text" else block.kind


def without_letter_furniture(blocks: list[Any]) -> list[Any]:
    """``blocks`` (each with ``kind`` and ``text``) without the salutation opening the body and the closing and
    signature ending it. A paragraph that was only the salutation is counted but gives no text (``LeftOut``), so
    the paragraphs after it keep the numbers an editor counts; a paragraph of the signature goes."""
    cuts = signature_cuts([(_role(b), b.text) for b in blocks])
    blocks = [
        replace(block, text=cuts[index]) if index in cuts else block
        for index, block in enumerate(blocks)
        if index not in cuts or cuts[index]
    ]
    greeting = salutation_cuts((_role(b), b.text) for b in blocks)
    return [
        replace(block, text=greeting[index] or LeftOut()) if index in greeting else block
        for index, block in enumerate(blocks)
    ]
