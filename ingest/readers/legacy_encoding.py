"""Which Windows code page a legacy (not UTF-8) text was saved in, judged from the text itself.

Excel's plain "CSV" and editors' "ANSI" text are saved in the code page of the writer's Windows: 1252 in Western
Europe, 1250 in Central Europe (Czech, Slovak, Polish, Hungarian, Slovenian, Croatian, Romanian, Albanian), 1257 in
the Baltic states, 1251 for Cyrillic, 1253 for Greek, 1254 for Turkish. The same bytes read in the wrong one misspell
names ("Łukasz" read as cp1252 is "£ukasz"). Each candidate's reading is scored on signals that need no corpus:

- bytes the code page leaves undefined;
- a symbol inside a word ("£ukasz", "mo¿e", "Wroc³aw");
- a word mixing scripts (Latin with Cyrillic or Greek letters), or with a capital after a small letter ("БиЮнб",
  Greek "Αθήνα" read as cp1251);
- a word whose letters fit no single language's alphabet ("Èerný": Italian è with Czech ý);
- words that fit another language than the one most of the text's words fit (a Hungarian "Szõke" beside
  "Gábor" and "Szakképzési").

Windows-1252 stays the default: another code page is used only when its reading scores clearly better.
Only the bytes above 0x7F are judged: all six code pages agree with ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ingest.readers.alphabets import fitting_languages, word_scripts

__all__ = ["CANDIDATES", "choose_code_page", "decode_escaped", "decode_legacy", "label"]

CANDIDATES = ("cp1252", "cp1250", "cp1257", "cp1251", "cp1253", "cp1254")
_NAMES = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1257": "Windows-1257",
    "cp1251": "Windows-1251",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
}

# Weights of the signals in a reading's score (lower is more plausible), and the lead another code page needs
# over cp1252: one word that fits a second language is not enough, two are (names of two nations in one line
# of a Western sheet must not switch it; a Hungarian line with two "ő" words does).
_UNDEFINED = 5
_MIXED_SCRIPTS = 5
_SYMBOL_IN_WORD = 3
_CAPITAL_IN_WORD = 3
_NO_LANGUAGE = 2
_OTHER_LANGUAGE = 1
_LEAD = 2

_MAX_WORDS = 5000  # words holding legacy bytes judged: a long file's first ones say enough
_LONGEST_WORD = 64  # characters either side of a legacy byte looked at: no word is longer
_ESCAPED = re.compile("[\udc80-\udcff]")
# a word holding a legacy byte (escaped as a surrogate) runs from the last space, digit or ASCII punctuation before it
# to the first after it
_WORD_END = re.compile("[\\s!-@\\[-`{-~]")
# between letters, these join parts of one word: apostrophes, the Catalan middle dot, dashes
_JOINERS = frozenset("’‘ʼ·‐‑–—")
# punctuation that opens a word or closes it, never a letter of it
_OPENING_OR_CLOSING = frozenset({"Pi", "Pf", "Ps", "Pe", "Pd"})
_ORDINALS = frozenset("ªº")  # letters to Unicode, but ordinal marks in text, never inside a word


def _table(codec: str) -> tuple[dict[int, str], frozenset[int]]:
    """Each escaped byte's character in ``codec`` (Latin-1's for the bytes it leaves undefined), and those."""
    chars: dict[int, str] = {}
    undefined: set[int] = set()
    for byte in range(0x80, 0x100):
        try:
            chars[0xDC00 + byte] = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            chars[0xDC00 + byte] = chr(byte)
            undefined.add(0xDC00 + byte)
    return chars, frozenset(undefined)


_TABLES = {codec: _table(codec) for codec in CANDIDATES}


def label(codec: str) -> str:
    """How a warning names a code page: ``"Windows-1250 (cp1250)"``."""
    return f"{_NAMES[codec]} ({codec})" if codec in _NAMES else "Latin-1"


def decode_escaped(text: str, codec: str) -> str:
    """``text`` with each escaped legacy byte (``surrogateescape``) decoded in ``codec``; bytes the code page leaves
    undefined as Latin-1."""
    return text.translate(_TABLES[codec][0]) if _ESCAPED.search(text) else text


def _is_letter(char: str) -> bool:
    return char.isalpha() and char not in _ORDINALS


def _symbols_in_word(word: str) -> int:
    """Symbols standing inside a word ("mo¿e") or opening one ("£ukasz"); a symbol after a word ("text¹",
    "Europass®") is a footnote mark or a sign, and opening punctuation ("«Bonjour", "¿Qué") is punctuation."""
    count = 0
    for i, char in enumerate(word):
        if char.isascii() or _is_letter(char) or char.isspace() or char in _JOINERS:
            continue
        before = i > 0 and _is_letter(word[i - 1])
        if i + 1 == len(word) or not _is_letter(word[i + 1]):
            continue  # nothing follows, or no letter: a sign or mark after a word
        opening = not before and (char in "¿¡" or unicodedata.category(char) in _OPENING_OR_CLOSING)
        count += not opening
    return count


def _words(token: str) -> list[str]:
    """The runs of letters in a decoded token."""
    words, current = [], []
    for char in token:
        if _is_letter(char):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _capital_inside(word: str) -> bool:
    """A capital after a small letter, one of them beyond ASCII ("eTwinning" and "McDonald" are written so)."""
    return any(
        b.isupper() and a.islower() and not (a.isascii() and b.isascii()) for a, b in zip(word, word[1:], strict=False)
    )


def _score(tokens: Counter[str], codec: str) -> int:
    """How implausible the reading of ``tokens`` in ``codec`` is (0: every word fits one language's alphabet)."""
    chars, undefined = _TABLES[codec]
    score = 0
    fits: list[tuple[frozenset[str], int]] = []
    for token, count in tokens.items():
        score += count * _UNDEFINED * sum(1 for c in token if ord(c) in undefined)
        decoded = token.translate(chars)
        score += count * _SYMBOL_IN_WORD * _symbols_in_word(decoded)
        for word in _words(decoded):
            if word.isascii():
                continue
            if len(word_scripts(word)) > 1:
                score += count * _MIXED_SCRIPTS
                continue
            if _capital_inside(word):
                score += count * _CAPITAL_IN_WORD
            languages = fitting_languages(word)
            if not languages:
                score += count * _NO_LANGUAGE
            else:
                fits.append((languages, count))
    if fits:
        total = sum(count for _, count in fits)
        coverage: Counter[str] = Counter()
        for languages, count in fits:
            for language in languages:
                coverage[language] += count
        score += _OTHER_LANGUAGE * (total - max(coverage.values()))
    return score


def choose_code_page(text: str) -> str:
    """The code page in which the legacy bytes of ``text`` (escaped as by ``surrogateescape``; the rest of the text
    as decoded) read most plausibly: ``"cp1252"`` unless another reads clearly better (see the module's notes)."""
    tokens: Counter[str] = Counter()
    end = judged = 0
    for match in _ESCAPED.finditer(text):
        if match.start() < end:
            continue  # inside the word just taken
        begin = match.start()
        while begin > match.start() - _LONGEST_WORD and begin and not _WORD_END.match(text, begin - 1):
            begin -= 1
        stop = _WORD_END.search(text, match.end(), match.end() + _LONGEST_WORD)
        end = stop.start() if stop else min(len(text), match.end() + _LONGEST_WORD)
        tokens[text[begin:end]] += 1
        judged += 1
        if judged == _MAX_WORDS:
            break
    if not tokens:
        return "cp1252"
    scores = {codec: _score(tokens, codec) for codec in CANDIDATES}
    best = min(CANDIDATES[1:], key=lambda codec: scores[codec])  # ties go to the earlier, more widely used
    return best if scores[best] + _LEAD <= scores["cp1252"] else "cp1252"


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: the text and the code page read (``"latin-1"`` when cp1252 is chosen but
    the data holds bytes cp1252 leaves undefined, as before: Latin-1 maps every byte)."""
    escaped = data.decode("ascii", "surrogateescape")
    codec = choose_code_page(escaped)
    if codec == "cp1252":
        try:
            return data.decode("cp1252"), codec
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:  # bytes it leaves undefined: those as Latin-1
        return decode_escaped(escaped, codec), codec
