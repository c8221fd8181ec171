"""A PDF form's filled fields read by PDFium, for a file pypdf cannot open (ingest.readers.pdf_pages reads it with
PDFium then): the same fields, labels and values as ingest.readers.pdf_forms gives on the pypdf path.

PDFium reads a form through its form environment (``PdfDocument.init_forms``), which must exist before any page is
loaded. Each page's widget annotations are its fields: a text field's or a list's value, a ticked check box or the
chosen radio button ("Yes", or its option's name), named by the field's tooltip, else by its name when that is made
of words. PDFium gives no printed label beside a field on this path (its text comes without positions), so a field
with neither keeps its value alone. Hidden fields, push buttons and signatures are left out, as on the pypdf path.

A form kept only as XFA (an XML form with no AcroForm fields) cannot be read by either path: the reader warns that
its fields were not read rather than pass the file off as read whole.
"""

from __future__ import annotations

import ctypes
import warnings
from collections.abc import Callable
from typing import Any

from ingest.readers.pdf_forms import _HIDDEN, _YES, FormField, _is_worded

XFA_ONLY = "an XFA form (an XML form without AcroForm fields): its filled fields were not read"


def open_forms(document: Any) -> tuple[bool, str]:
    """Make ``document``'s form environment, before any page is loaded: whether the form is XFA (its fields may
    be XML only), and a warning when the form cannot be read at all ("" otherwise, or with no form)."""
    import pypdfium2
    import pypdfium2.raw as raw

    kind = document.get_formtype()
    if kind == raw.FORMTYPE_NONE:
        return False, ""
    try:
        with warnings.catch_warnings():  # a build without XFA warns of it on stderr: the reader's warning says so
            warnings.simplefilter("ignore")
            document.init_forms()
    except pypdfium2.PdfiumError as exc:  # a form PDFium cannot load leaves the page text, said in the warning
        return False, f"form fields were not read (PDFium could not load the form: {str(exc)[:80]})"
    return kind in (raw.FORMTYPE_XFA_FULL, raw.FORMTYPE_XFA_FOREGROUND), ""


def _wide(function: Callable[..., int], *args: Any) -> str:
    """A string PDFium writes as UTF-16 into a buffer the caller sizes: asked for its size first."""
    import pypdfium2.raw as raw

    size = function(*args, None, 0)
    if size <= 2:  # the terminating NUL alone
        return ""
    buffer = ctypes.create_string_buffer(size)
    function(*args, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace").strip()


def _field(formenv: Any, annot: Any, seen: set[str]) -> FormField | None:
    """One widget's answered field, or None (not a field, hidden, unanswered, or a radio group already read)."""
    import pypdfium2.raw as raw

    if raw.FPDFAnnot_GetSubtype(annot) != raw.FPDF_ANNOT_WIDGET or raw.FPDFAnnot_GetFlags(annot) & _HIDDEN:
        return None
    kind = raw.FPDFAnnot_GetFormFieldType(formenv, annot)
    name = _wide(raw.FPDFAnnot_GetFormFieldName, formenv, annot)
    if name in seen:
        return None  # the group's chosen button was read already
    if kind in (raw.FPDF_FORMFIELD_TEXTFIELD, raw.FPDF_FORMFIELD_COMBOBOX, raw.FPDF_FORMFIELD_LISTBOX):
        value = _wide(raw.FPDFAnnot_GetFormFieldValue, formenv, annot)
    elif kind in (raw.FPDF_FORMFIELD_CHECKBOX, raw.FPDF_FORMFIELD_RADIOBUTTON):
        if not raw.FPDFAnnot_IsChecked(formenv, annot):
            return None  # an unticked box, or a group's other buttons: no answer
        option = _wide(raw.FPDFAnnot_GetFormFieldExportValue, formenv, annot)
        value = "Yes" if not option or option.lower() in _YES else option
    else:
        return None  # push buttons and signatures hold no answer
    if not value or value.lower() == "off":
        return None
    seen.add(name)
    rect = raw.FS_RECTF()
    raw.FPDFAnnot_GetRect(annot, rect)
    label = _wide(raw.FPDFAnnot_GetFormFieldAlternateName, formenv, annot)
    if not label and _is_worded(name):
        label = " ".join(name.replace("_", " ").split())
    return FormField(label, value, float(rect.left), float(max(rect.top, rect.bottom)))


def page_fields(document: Any, index: int) -> list[FormField]:
    """The answered fields of page ``index`` (0-based), in reading order; none without a form environment."""
    import pypdfium2.raw as raw

    formenv = getattr(document, "formenv", None)
    if formenv is None:
        return []
    page = document[index]
    out: list[FormField] = []
    seen: set[str] = set()
    try:
        for n in range(raw.FPDFPage_GetAnnotCount(page.raw)):
            annot = raw.FPDFPage_GetAnnot(page.raw, n)
            if not annot:
                continue
            try:
                field = _field(formenv, annot, seen)
            finally:
                raw.FPDFPage_CloseAnnot(annot)
            if field is not None:
                out.append(field)
    finally:
        page.close()
    return sorted(out, key=lambda f: (-round(f.y), f.x))
