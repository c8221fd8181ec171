"""A PDF form's filled fields (AcroForm): each field's label and the value the contributor gave, in page order.

pypdf's page text holds what the page draws, not what was typed into a form's fields: a filled text field's value
lives in the field (``/V``), shown through its widget. Each page's widgets are read here, top to bottom and left to
right, into one passage of the page. A field is named by its tooltip (``/TU``, what the form's author wrote for
it), else by the printed label beside it (the line of text just left of it or just above it), else by its name
(``/T``) when that is made of words rather than a generated "Text7". The label is the form's question, not the
respondent's words: it is written as a quoted line (``QUOTE_MARK``, as a Markdown block quote is), kept to find
the passage but never drafted or quoted as the contributor's claim; the value follows on its own line.

The page's own text on a page holding filled fields (its title, its questions, its instructions) is the form's
wording, drawn by whoever made the form; the respondent typed only the values. It is kept, for search, as quoted
lines (``form_wording``), never drafted or quoted in the respondent's name.

A ticked check box reads "Yes" (or its own option's name), an unticked one and an empty field are left out (an
unanswered question says nothing), a list's chosen options are joined with "; ", push buttons and signature fields
are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ingest.model import QUOTE_MARK
from ingest.readers.pdf_headings import PageLines
from ingest.readers.text import clean_text

_PUSHBUTTON = 1 << 16  # /Ff bit 17: a button that acts, holding no answer
_HIDDEN = 2 | 32  # annotation flags Hidden and NoView
_YES = {"yes", "on", "1", "true", "x", "checked", "ja", "oui", "si", "sì"}
# names a form editor gives fields by itself ("Text7", "Check Box3", "field_12", "untitled1"): no label
_GENERATED = re.compile(
    r"^(?:text|text ?field|check ?box|checkbox|field|untitled|combo ?box|list ?box|radio ?button|radio|group|"
    r"button|drop ?down|choice|tx|cb|fill|form)?[\s_.\-]*\d*$",
    re.IGNORECASE,
)
MAX_DEPTH = 20  # a field's parents: a loop in a broken file stops here
BESIDE = 3.0  # type sizes: how far above a field its printed label may sit
NEAR = 4.0  # type sizes: how far left of a field its printed label may end


@dataclass(frozen=True)
class FormField:
    """One answered field of a page: its label (may be empty), the value given, and where it sits."""

    label: str
    value: str
    x: float
    y: float  # the top of the field


def _inherited(field: Any, key: str) -> Any:
    node, depth = field, 0
    while node is not None and depth < MAX_DEPTH:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        depth += 1
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return clean_text(str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()


def _choice_value(value: Any, options: Any) -> str:
    """A list's chosen options, as the list shows them (an option may be a pair: export value, shown text)."""
    chosen = [_text(v) for v in value] if isinstance(value, list) else [_text(value)]
    shown: dict[str, str] = {}
    for option in options or ():
        option = option.get_object() if hasattr(option, "get_object") else option
        if isinstance(option, list) and len(option) == 2:
            shown[_text(option[0])] = _text(option[1])
    return "; ".join(shown.get(v, v) for v in chosen if v)


def _value(field: Any) -> str:
    kind = _inherited(field, "/FT")
    value = _inherited(field, "/V")
    if kind == "/Tx":
        return _text(value)
    if kind == "/Ch":
        return _choice_value(value, _inherited(field, "/Opt"))
    if kind == "/Btn":
        flags = _inherited(field, "/Ff") or 0
        if int(flags) & _PUSHBUTTON or value is None:
            return ""
        name = str(value).lstrip("/").replace("#20", " ").strip()
        if not name or name.lower() == "off":
            return ""
        return "Yes" if name.lower() in _YES else name
    return ""  # a signature field, or a field of no known type


def _is_worded(name: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2}", name)) and not _GENERATED.match(name)


def _printed_label(page: PageLines, rect: tuple[float, float, float, float], box: bool = False) -> str:
    """The page's text just left of the field on its line, else the line just above it over its left part; for a
    check box or radio button (``box``), first the text just right of it on its line ("[x] I agree to ..."), where
    forms print a box's label."""
    x0, y0, x1, y1 = rect
    left: tuple[float, str] | None = None
    above: tuple[float, str] | None = None
    right: tuple[float, str] | None = None
    for runs in page.segments:
        for run in runs or ():
            text = " ".join(run.text.split())
            if not text:
                continue
            unit = run.size or 10.0
            end = run.x + len(text) * unit * 0.5  # an average width: where the label ends, roughly
            if box and y0 - 0.5 * unit <= run.y <= y1 and x1 - 0.5 * unit <= run.x <= x1 + NEAR * unit:
                if right is None or run.x < right[0]:
                    right = (run.x, text)
            elif y0 - 0.5 * unit <= run.y <= y1 and run.x < x0 and end <= x0 + NEAR * unit:
                if left is None or run.x > left[0]:
                    left = (run.x, text)
            elif (
                y1 - 0.5 * unit < run.y <= y1 + BESIDE * unit
                and x0 - NEAR * unit <= run.x < x1
                and (above is None or run.y < above[0])
            ):
                above = (run.y, text)
    found = right or left or above
    return found[1] if found else ""


def _rect(widget: Any) -> tuple[float, float, float, float] | None:
    try:
        a, b, c, d = (float(v) for v in widget["/Rect"])
    except Exception:  # no or a broken rectangle: the field cannot be placed
        return None
    return min(a, c), min(b, d), max(a, c), max(b, d)


def page_fields(page: Any, lines: PageLines) -> list[FormField]:
    """The answered fields of a pypdf page, in reading order (see the module's doc)."""
    try:
        annots = page.get("/Annots")
        widgets = [ref.get_object() for ref in (annots.get_object() if annots is not None else ())]
    except Exception:  # broken annotations: the page's text is still read
        return []
    seen: set[int] = set()
    out: list[FormField] = []
    for widget in widgets:
        try:
            if not hasattr(widget, "get") or widget.get("/Subtype") != "/Widget":
                continue
            if int(widget.get("/F", 0)) & _HIDDEN:
                continue  # a field the form hides from its reader: not an answer they saw or gave
            field = widget if "/T" in widget or "/Parent" not in widget else widget["/Parent"].get_object()
            if id(field) in seen:
                continue  # a radio group's other buttons: the group is one field
            seen.add(id(field))
            value, rect = _value(field), _rect(widget)
            if not value or rect is None:
                continue
            name = _text(_inherited(field, "/T"))
            box = _inherited(field, "/FT") == "/Btn"
            label = _text(_inherited(field, "/TU")) or _printed_label(lines, rect, box).rstrip(":").strip()
            if not label and _is_worded(name):
                label = " ".join(name.replace("_", " ").split())
            out.append(FormField(label, value, rect[0], rect[3]))
        except Exception:  # one broken field should not lose the others
            continue
    return sorted(out, key=lambda f: (-round(f.y), f.x))


_SENTENCE_END = re.compile(r"(?<=[.?!:;])\s+(?=\S)")
LONG_LINE = 300  # characters: a quoted line longer than this is cut at its sentences, so a chunk never splits it


def form_wording(text: str) -> str:
    """A form's own wording (the page's text around filled fields) as quoted lines: each line opened by QUOTE_MARK,
    a long one cut at its sentence ends first, so that no piece of it loses its mark when a passage is chunked."""
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        pieces = _SENTENCE_END.split(line.strip()) if len(line) > LONG_LINE else [line.strip()]
        out.extend(f"{QUOTE_MARK}{piece}" for piece in pieces if piece)
    return "\n".join(out)


FORM_FIELDS = 3  # filled fields that make a page a form's by themselves


def form_pages(pages: list[PageLines]) -> set[int]:
    """The numbers of the pages whose own text is a filled form's wording: every page holding form fields (filled,
    or left blank: a question the respondent did not answer is still the form's), once one page is plainly a
    form's (three filled fields or more, or answers at least half as long as the page's own text). A letter
    carrying a single short field (a reference number) is no form: its text stays the writer's."""
    filled = [page for page in pages if page.form.strip()]

    def plainly(page: PageLines) -> bool:
        answers = sum(len(line) for line in page.form.split("\n") if not line.startswith(QUOTE_MARK))
        return page.form_fields >= FORM_FIELDS or 2 * answers >= len(page.text.strip())

    if not any(plainly(page) for page in filled):
        return set()
    return {page.number for page in pages if page.form.strip() or page.fillable}


def fillable(page: Any) -> bool:
    """Whether a pypdf page holds a form field a respondent can fill (text, list, box), visible, filled or not."""
    try:
        annots = page.get("/Annots")
        for ref in annots.get_object() if annots is not None else ():
            widget = ref.get_object()
            if not hasattr(widget, "get") or widget.get("/Subtype") != "/Widget" or int(widget.get("/F", 0)) & _HIDDEN:
                continue
            field = widget if "/FT" in widget or "/Parent" not in widget else widget["/Parent"].get_object()
            kind = _inherited(field, "/FT")
            if kind in ("/Tx", "/Ch") or (kind == "/Btn" and not int(_inherited(field, "/Ff") or 0) & _PUSHBUTTON):
                return True
    except Exception:  # broken annotations: no fields to speak of
        return False
    return False


def form_text(fields: list[FormField]) -> str:
    """The fields as a passage's text: each label a quoted line (the form's words), its value below it."""
    blocks = []
    for f in fields:
        label = " ".join(f.label.split())
        blocks.append(f"{QUOTE_MARK}{label}\n{f.value}" if label else f.value)
    return "\n\n".join(blocks)
