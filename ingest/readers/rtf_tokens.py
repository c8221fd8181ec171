"""The RTF tokenizer's vocabulary: the token pattern and its kinds, control-word parameters, the destinations
that hold no text, special characters, character sets and code pages (``rtf_parser`` runs the loop over them).
"""

from __future__ import annotations

import codecs
import functools
import re

from ingest.readers.text import clean_text

# One token per match: a control word with its optional numeric parameter and the one space that may end it, a
# hex escape, a control symbol (a backslash before a line end is \par), a brace, raw line ends (not text), a text
# run. The parameter is matched whole and range-checked afterwards so a digit run never leaks into the text.
TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?"
    rb"|\\'([0-9a-fA-F]{2})"
    rb"|\\([\s\S])"
    rb"|([{}])"
    rb"|([\r\n]+)"
    rb"|([^\\{}\r\n]+)"
    rb"|(\\)"
)
WORD, PARAM, HEX, SYMBOL, BRACE, NEWLINE, TEXT = range(1, 8)
MAX_PARAM = 2**31 - 1

# Destinations that hold no text of the document: tables of the header, pictures and objects' data, page furniture,
# annotations, index and TOC entries, list numbers written for old readers, revision and XML bookkeeping, math
# markup, form field settings. Most are written with ``\*`` as well, which skips any destination we do not know.
SKIPPED = frozenset(
    (
        "aftncn aftnsep aftnsepc annotation atnauthor atndate atnicn atnid atnparent atnref atntime atrfend atrfstart "
        "background bkmkend bkmkstart blipuid colorschememapping colortbl comment datafield datastore defchp defpap do "
        "docvar dptxbxtext ebcend ebcstart factoidname falt fchars ffdeftext ffentrymcr ffexitmcr ffformat "
        "ffhelptext ffl ffname ffstattext file filetbl fldtype fname fontemb fontfile footer footerf footerl footerr "
        "formfield ftncn ftnsep ftnsepc g generator gridtbl header headerf headerl headerr hl hlfr hlinkbase hlloc "
        "hlsrc hsv htmltag keycode latentstyles lchars levelnumbers leveltext lfolevel linkval list listlevel listname "
        "listoverride listoverridetable listpicture liststylename listtable listtext lsdlockedexcept mmath "
        "mmathPict mmathPr nextfile nonesttables nonshppict objalias objclass objdata objname objsect objtime "
        "oldcprops oldpprops oldsprops oldtprops oleclsid panose password passwordhash pgdsctbl pgp pgptbl picprop "
        "pict pn pnseclvl pntext pntxta pntxtb private propname protend protstart protusertbl pxe revtbl rsidtbl rxe "
        "shppict shprslt sn sp staticval sv svb tc template themedata txe userprops wgrffmtfilter windowcaption "
        "writereservation writereservhash xe xform xmlattrname xmlattrvalue xmlclose xmlname xmlnstbl xmlopen"
    ).split()
)
# Words after ``\*`` that we read instead of skipping with the rest of the unknown ignorable destinations.
STARRED = frozenset({"footnote", "fldinst", "shpinst", "shptxt", "ud", "nesttableprops"})
# Containers whose own content is data but one sub-destination holds the text shown: an object's result, a
# shape's text box, the Unicode copy of an ANSI run.
CONTAINERS = {"object": "result", "shpinst": "shptxt", "upr": "ud"}
INFO_FIELDS = frozenset({"title", "author", "operator"})
INFO_DATES = frozenset({"creatim", "revtim"})
GENERATED_FIELDS = frozenset({"TOC", "INDEX", "TOA"})  # a field result that repeats text found elsewhere
CHARS = {
    "line": "\n",
    "page": "\n",
    "column": "\n",
    "tab": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
}
SYMBOLS = {"\\": "\\", "{": "{", "}": "}", "~": "\u00a0", "_": "-", "\t": "\t"}
# \fcharsetN -> Windows code page (0 and 1 mean the document's own code page; 2, Symbol, has no code page)
CHARSETS = {
    77: 10000,
    128: 932,
    129: 949,
    130: 1361,
    134: 936,
    136: 950,
    161: 1253,
    162: 1254,
    163: 1258,
    177: 1255,
    178: 1256,
    186: 1257,
    204: 1251,
    222: 874,
    238: 1250,
    255: 437,
}
CODEPAGE_NAMES = {
    10000: "mac_roman",
    10006: "mac_greek",
    10007: "mac_cyrillic",
    10029: "mac_latin2",
    10079: "mac_iceland",
    10081: "mac_turkish",
    20127: "ascii",
    20866: "koi8_r",
    21866: "koi8_u",
    65001: "utf-8",
    **{28590 + n: f"iso8859_{n}" for n in range(1, 16)},
}
DEFAULT_CODEPAGE = 1252
HEADING_STYLE = re.compile(
    r"^(?:heading|titre|titolo|t[ií]tulo|[üu]berschrift|ueberschrift|kop|nag[łl][óo]wek|rubrik|otsikko|overskrift"
    r"|nadpis|cabe[çc]alho|encabezado|заголовок)\s*([1-9])$",
    re.IGNORECASE,
)
# Entries of a generated table of contents (Word's "toc 1", LibreOffice's "Contents 1"): they repeat the headings.
TOC_STYLE = re.compile(r"^(?:toc|contents)\s*[1-9]$", re.IGNORECASE)
TITLE_STYLES = frozenset({"title", "titre", "titel", "titolo", "título", "titulo", "tytuł", "название"})
_SURROGATE = re.compile("[\ud800-\udfff]")
ISO_DATE_PARTS = ("yr", "mo", "dy")


@functools.cache
def codec(codepage: int) -> str | None:
    """Python codec of a Windows code page number; None when Python has none."""
    name = CODEPAGE_NAMES.get(codepage, f"cp{codepage}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def fix_surrogates(text: str) -> str:
    """Join UTF-16 surrogate pairs written as two ``\\uN``; a lone half becomes U+FFFD (it cannot be stored)."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def one_line(text: str) -> str:
    """Text cleaned and joined to one line (a cell, a style name, an info field)."""
    return clean_text(fix_surrogates(text)).replace("\n", " ")


def parse_param(raw: bytes | None) -> int | None:
    """A control word's parameter, clamped (huge digit runs are malformed, and int() of them is slow)."""
    if raw is None:
        return None
    if len(raw) > 11:
        return -MAX_PARAM if raw.startswith(b"-") else MAX_PARAM
    return max(-MAX_PARAM, min(int(raw), MAX_PARAM))
