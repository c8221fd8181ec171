"""A sheet's language column as language codes: "engelska", "serbiska, engelska", "English / Deutsch".

Most sheets write a contribution's language as a code ("sv", "en"), and that is how it is stored. Some write
it as a word, in the secretariat's language ("engelska" in a Swedish sheet, "Englisch" in a German one) or in
the language's own ("srpski"). A value whose every part names a known language becomes the codes of those
languages, in order ("sr, en"); a value with any part the product does not know is kept as written, never
guessed. English names come from the OCR table (ingest.readers.ocr_languages); the names here are those the
secretariats' sheets write in Swedish, German, French and Spanish, and the languages' own names.
"""

from __future__ import annotations

import re

from ingest.readers.ocr_languages import language_code

__all__ = ["language_codes", "language_named"]

_NAMES: dict[str, str] = {
    # Swedish
    "engelska": "en", "svenska": "sv", "serbiska": "sr", "tyska": "de", "franska": "fr", "spanska": "es",
    "italienska": "it", "polska": "pl", "finska": "fi", "danska": "da", "norska": "no", "estniska": "et",
    "grekiska": "el", "bulgariska": "bg", "ryska": "ru", "ukrainska": "uk", "arabiska": "ar", "rumänska": "ro",
    "slovakiska": "sk", "slovenska": "sl", "tjeckiska": "cs", "ungerska": "hu", "kroatiska": "hr",
    "portugisiska": "pt", "nederländska": "nl", "lettiska": "lv", "litauiska": "lt", "albanska": "sq",
    "makedonska": "mk", "bosniska": "bs", "montenegrinska": "sr", "turkiska": "tr", "tadzjikiska": "tg",
    # German
    "englisch": "en", "deutsch": "de", "französisch": "fr", "spanisch": "es", "italienisch": "it",
    "polnisch": "pl", "serbisch": "sr", "kroatisch": "hr", "griechisch": "el", "rumänisch": "ro",
    "tschechisch": "cs", "slowakisch": "sk", "slowenisch": "sl", "ungarisch": "hu", "niederländisch": "nl",
    "portugiesisch": "pt", "schwedisch": "sv", "russisch": "ru", "ukrainisch": "uk", "arabisch": "ar",
    # French
    "anglais": "en", "français": "fr", "allemand": "de", "espagnol": "es", "italien": "it", "polonais": "pl",
    "serbe": "sr", "grec": "el", "roumain": "ro", "néerlandais": "nl", "portugais": "pt", "suédois": "sv",
    # Spanish
    "inglés": "en", "español": "es", "francés": "fr", "alemán": "de", "italiano": "it", "portugués": "pt",
    # the languages' own names
    "english": "en", "srpski": "sr", "hrvatski": "hr", "bosanski": "bs", "crnogorski": "sr", "slovenščina": "sl",
    "slovenčina": "sk", "čeština": "cs", "polski": "pl", "română": "ro", "magyar": "hu", "shqip": "sq",
    "ελληνικά": "el", "български": "bg", "русский": "ru", "українська": "uk", "suomi": "fi", "eesti": "et",
    "latviešu": "lv", "lietuvių": "lt", "dansk": "da", "norsk": "no", "nederlands": "nl", "português": "pt",
    "türkçe": "tr", "العربية": "ar", "српски": "sr", "slovensko": "sl", "slovensky": "sk", "česky": "cs",
    "македонски": "mk", "engleski": "en",
}  # fmt: skip
_SEPARATORS = re.compile(r"\s*(?:[,;/+&|]|\b(?:and|och|og|und|et|y|e|i|ja)\b)\s*", re.IGNORECASE)


def language_named(word: str) -> str | None:
    """The code of the language one word names ("engelska", "srpski", "English"), or None."""
    word = " ".join(word.casefold().split())
    return _NAMES.get(word) or language_code(word)


def language_codes(value: str) -> str | None:
    """The codes of the languages ``value`` names by word, joined by ", "; None when it names none by word (a
    code, empty) or any part of it is not a language the product knows."""
    parts = [" ".join(part.casefold().split()) for part in _SEPARATORS.split(value or "")]
    parts = [part for part in parts if part]
    codes: list[str] = []
    for part in parts:
        code = language_named(part)
        if code is None:
            return None
        if code not in codes:
            codes.append(code)
    return ", ".join(codes) or None
