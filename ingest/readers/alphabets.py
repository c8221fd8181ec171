"""The letters each European language writes beyond ASCII, to judge whether a decoded word can be a word at all.

Used by ``legacy_encoding`` to tell which Windows code page a file was saved in: a word read in the wrong code page
mixes letters of several languages ("Pøemysl Èerný": Danish ø, Italian è, Czech ý), which no one writes.
Written from each language's orthography; loan letters a language borrows only in foreign names are left out.
"""

from __future__ import annotations

# Latin-script languages: the lower-case letters each writes beyond a-z.
_LATIN = {
    "czech": "áčďéěíňóřšťúůýž",
    "slovak": "áäčďéíĺľňóôŕšťúýž",
    "polish": "ąćęłńóśźż",
    "hungarian": "áéíóöőúüű",
    "slovenian": "čšž",
    "croatian": "čćđšž",  # also Bosnian and Montenegrin in Latin script
    "romanian": "ăâîșțşţ",  # comma below, and the cedilla forms legacy code pages write
    "albanian": "çë",
    "lithuanian": "ąčęėįšųūž",
    "latvian": "āčēģīķļņšūž",
    "estonian": "äõöüšž",
    "finnish": "äåöšž",
    "swedish": "äåéö",
    "danish_norwegian": "åæéøó",
    "icelandic": "áæðéíóöúýþ",
    "faroese": "áæðíóøúý",
    "german": "äéöüß",
    "dutch": "áäèéëïóöü",
    "french": "àâçèéêëîïôùûüÿœ",
    "italian": "àèéìíîòóù",
    "spanish": "áéíñóúü",
    "catalan": "àçèéíïòóúü",
    "portuguese": "àáâãçéêíóôõú",
    "turkish": "âçğıîöşûü",
    "maltese": "àċèġħìòùż",
}

# Letters a language writes only before certain letters (or at a word's end, ""): Portuguese nasal õ and ã stand
# in a diphthong ("ões", "põe", "não", "mãe", "irmã"); Icelandic and Faroese never begin a word with ð.
_ONLY_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "portuguese": {"õ": ("e", "i"), "ã": ("e", "i", "o", "s", "")},
}
_NOT_INITIAL = {"icelandic": "ð", "faroese": "ð"}

_GREEK = "αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰ"
_CYRILLIC = {
    "russian": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "ukrainian": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "belarusian": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bulgarian": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "serbian": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "macedonian": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}

LANGUAGES: dict[str, frozenset[str]] = {
    **{name: frozenset(letters) for name, letters in _LATIN.items()},
    "greek": frozenset(_GREEK),
    **{name: frozenset(letters) for name, letters in _CYRILLIC.items()},
}
_SCRIPT_OF = {name: "latin" for name in _LATIN} | {"greek": "greek"} | {name: "cyrillic" for name in _CYRILLIC}


def script(char: str) -> str:
    """``"latin"``, ``"greek"``, ``"cyrillic"`` or ``"other"`` for a letter."""
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code < 0x1F00:
        return "latin"
    if 0x370 <= code < 0x400 or 0x1F00 <= code < 0x2000:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    return "other"


def _lower(word: str) -> str:
    # Turkish dotted capital İ lowers to "i" plus a combining dot; the dot says nothing here
    return word.replace("İ", "i").lower()


def _fits(name: str, word: str) -> bool:
    letters = LANGUAGES[name]
    latin = _SCRIPT_OF[name] == "latin"
    for i, char in enumerate(word):
        if char.isascii():
            if not latin:
                return False
            continue
        if char not in letters:
            return False
        following = _ONLY_BEFORE.get(name, {}).get(char)
        if following is not None and word[i + 1 : i + 2] not in following:
            return False
        if i == 0 and char in _NOT_INITIAL.get(name, ""):
            return False
    return True


def word_scripts(word: str) -> set[str]:
    """The scripts of a word's letters."""
    return {script(c) for c in word if c.isalpha()}


def fitting_languages(word: str) -> frozenset[str]:
    """The languages whose alphabet writes every letter of ``word`` (a word of letters only, any case)."""
    lowered = _lower(word)
    return frozenset(name for name in LANGUAGES if _fits(name, lowered))
