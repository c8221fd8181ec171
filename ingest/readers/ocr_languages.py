"""A source's ``language`` metadata as Tesseract language codes.

People write a language as an ISO 639-1 code (``lv``), a locale (``lv-LV``), a bibliographic code (``fre``),
Tesseract's own code (``lav``) or a name (``Latvian``). Tesseract names its language packs with ISO 639-2/T
codes, with a few exceptions of its own (``srp_latn``). The table covers the EU's languages and those of its
partner countries, and a few more; an unknown name is reported, never guessed.
"""

from __future__ import annotations

import re

# ISO 639-1 code and English name(s) -> Tesseract code
_LANGUAGES: dict[str, tuple[str, ...]] = {
    "bul": ("bg", "bulgarian"),
    "hrv": ("hr", "croatian"),
    "ces": ("cs", "czech", "cze"),
    "dan": ("da", "danish"),
    "nld": ("nl", "dutch", "flemish", "dut"),
    "eng": ("en", "english"),
    "est": ("et", "estonian"),
    "fin": ("fi", "finnish"),
    "fra": ("fr", "french", "fre"),
    "deu": ("de", "german", "ger"),
    "ell": ("el", "greek", "gre"),
    "hun": ("hu", "hungarian"),
    "gle": ("ga", "irish"),
    "ita": ("it", "italian"),
    "lav": ("lv", "latvian"),
    "lit": ("lt", "lithuanian"),
    "mlt": ("mt", "maltese"),
    "pol": ("pl", "polish"),
    "por": ("pt", "portuguese"),
    "ron": ("ro", "romanian", "moldovan", "rum", "mo"),
    "slk": ("sk", "slovak", "slo"),
    "slv": ("sl", "slovenian", "slovene"),
    "spa": ("es", "spanish", "castilian"),
    "swe": ("sv", "swedish"),
    "sqi": ("sq", "albanian", "alb"),
    "bos": ("bs", "bosnian"),
    "mkd": ("mk", "macedonian", "mac"),
    "srp": ("sr", "serbian"),
    "srp_latn": ("sr-latn", "serbian latin", "montenegrin", "cnr"),
    "ukr": ("uk", "ukrainian"),
    "rus": ("ru", "russian"),
    "bel": ("be", "belarusian"),
    "kat": ("ka", "georgian", "geo"),
    "hye": ("hy", "armenian", "arm"),
    "aze": ("az", "azerbaijani", "azeri"),
    "tur": ("tr", "turkish"),
    "ara": ("ar", "arabic"),
    "heb": ("he", "hebrew"),
    "cat": ("ca", "catalan", "valencian"),
    "eus": ("eu", "basque", "baq"),
    "glg": ("gl", "galician"),
    "nor": ("no", "nb", "nn", "norwegian", "bokmal", "nynorsk"),
    "isl": ("is", "icelandic", "ice"),
    "ltz": ("lb", "luxembourgish"),
    "cym": ("cy", "welsh", "wel"),
    "kaz": ("kk", "kazakh"),
    "uzb": ("uz", "uzbek"),
    "kir": ("ky", "kyrgyz", "kirghiz"),
    "tgk": ("tg", "tajik"),
    "tuk": ("tk", "turkmen"),
}
_BY_NAME = {alias: code for code, aliases in _LANGUAGES.items() for alias in (code, *aliases)}
_SEPARATORS = re.compile(r"\s*(?:[,;/+|&]|\band\b)\s*")
_REGION = re.compile(r"^([a-z]{2,3})[-_][a-z0-9]{2,4}$")  # lv-LV, pt_BR (but sr-latn is a language of its own)

# a language's English name ("Serbian", "Slovene") to its ISO 639-1 code; codes themselves are not names
_CODE_BY_NAME = {alias: aliases[0] for aliases in _LANGUAGES.values() for alias in aliases[1:] if len(alias) > 3}


def language_code(name: str) -> str | None:
    """The ISO 639-1 code of a language named in English ("serbian", any case), or None."""
    return _CODE_BY_NAME.get(" ".join(name.casefold().split()))


def tesseract_codes(hint: str) -> tuple[list[str], list[str]]:
    """Tesseract codes for each language ``hint`` names, in order, and the names that are not known."""
    codes: list[str] = []
    unknown: list[str] = []
    for raw in _SEPARATORS.split(hint.strip().lower()):
        name = " ".join(raw.replace("(", " ").replace(")", " ").split())
        if not name:
            continue
        code = _BY_NAME.get(name)
        if code is None and (match := _REGION.match(name)):
            code = _BY_NAME.get(match.group(1))
        if code is None:
            unknown.append(raw.strip())
        elif code not in codes:
            codes.append(code)
    return codes, unknown
