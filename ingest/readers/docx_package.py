"""Opening a Word package: a document (.docx) or a macro-enabled document (.docm), never a macro.

python-docx's ``Document()`` refuses any main part whose content type is not the plain document's, so a real
.docm (its main part typed ``application/vnd.ms-word.document.macroEnabled.main+xml``, a ``vbaProject`` part
beside it) fails as "not a Word file" although its body is the same WordprocessingML. The package is opened here
in memory with that content type read as a document part too; the VBA project stays an opaque part whose bytes
nothing looks at, and no macro is ever run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart

MACRO_ENABLED_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
_WORD_MAIN = frozenset({CT.WML_DOCUMENT_MAIN, MACRO_ENABLED_MAIN})

# python-docx builds each part by its content type; the macro-enabled main part is the same XML as a document's
PartFactory.part_type_for.setdefault(MACRO_ENABLED_MAIN, DocumentPart)


def open_word(path: Path) -> Any:
    """The python-docx ``Document`` of a .docx or .docm package; ValueError when its main part is something
    else (a template, a spreadsheet renamed), as ``docx.Document`` would say."""
    part = Package.open(str(path)).main_document_part
    if part.content_type not in _WORD_MAIN or not isinstance(part, DocumentPart):
        raise ValueError(f"file '{path.name}' is not a Word file, content type is '{part.content_type}'")
    return part.document
