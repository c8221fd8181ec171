"""Countries as metadata sheets write them: ISO codes ("DE", "UKR"), English names in any case, short forms
people type ("Rep. of Moldova", "Czech Rep.", "N. Macedonia", "BiH", "U.K."), or the name in any language ISO 3166
is translated into ("Deutschland", "España", "Україна", "Repubblica di Moldova").

The names come from pycountry's data (ISO 3166-1 and its translations, shipped with the package: nothing is
fetched). A name that two countries share in some language is dropped rather than guessed, and codes are taken
only in capitals, so "no" or "it" in a country column is never Norway or Italy. A country written with a part of
it ("Belgium (Flanders)", "UK - Scotland") is that country when the part names no other. A leading article is
left out ("die Niederlande", "les Pays-Bas"), and words shortened with a dot are read in full when every reading
that names a country names the same one ("Arab. Rep. Ägypten", "Russ. Föderation").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata

__all__ = ["country_name", "english_country"]

# English names as the guideline team writes them, where ISO's differ ("Moldova, Republic of").
_PREFERRED = {
    "PS": "Palestine", "RU": "Russia", "IR": "Iran", "VN": "Vietnam", "LA": "Laos", "BO": "Bolivia",
    "VE": "Venezuela", "KP": "North Korea", "KR": "South Korea", "SY": "Syria", "MD": "Moldova",
}  # fmt: skip
# Codes and names outside ISO 3166-1 that people use: Kosovo's user-assigned code, the EU's codes for
# Greece and the United Kingdom, and English short names.
_EXTRA = {
    "Kosovo": ("XK", "Kosova", "Kosovë", "Косово", "Republic of Kosovo", "Kosowo", "Κόσοβο"),
    "Greece": ("EL",),
    "United Kingdom": (
        "UK",
        "U.K.",
        "Great Britain",
        "Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        # Great Britain in the languages the product reads (ISO's translations name the kingdom)
        "Großbritannien",
        "Grande-Bretagne",
        "Gran Bretaña",
        "Gran Bretagna",
        "Wielka Brytania",
        "Grã-Bretanha",
        "Groot-Brittannië",
    ),
    # with dots only these: any two letters with dots are no code ("B.H." is Bahrain's code, and Bosnia's short form)
    "United States": ("USA", "U.S.", "U.S.A.", "EE.UU.", "United States of America"),
    "Türkiye": ("Turkey", "Turkiye", "Τουρκία"),
    "Czechia": ("Czech Republic", "Tchéquia", "Tsjechische Republiek"),
    "North Macedonia": ("Macedonia", "FYROM", "Macedonië"),
    "Bosnia and Herzegovina": (
        "BiH",
        "B&H",
        "Bosnia",
        "Bosnia-Herzegovina",
        "Bosna i Hercegovina",
        "Bosnië",
        "Bosnië-Herzegovina",
        "Βοσνία-Ερζεγοβίνη",
        "Βοσνία",
    ),
    # Portuguese and Dutch spellings of partner countries that ISO's translations lack (Portugal's and Brazil's)
    "Belarus": ("Bielorrússia",),
    "Uzbekistan": ("Usbequistão",),
    "Palestine": (
        "Palestinian Territories",
        "Occupied Palestinian Territory",
        "Territórios Palestinianos",
        "Territórios Palestinos",
        "Palestijnse Gebieden",
    ),
    "Albania": ("Shqipëria", "Shqipëri"),  # endonyms of partner countries that ISO's translations lack
    "Georgia": ("Sakartvelo",),
    "Armenia": ("Hayastan",),
    "South Korea": ("Republic of Korea",),  # ISO writes it "Korea, Republic of"
    # the names a Greek-speaking secretariat writes where ISO's Greek translation has only the long form ("Αραβική
    # Δημοκρατία της Συρίας")
    "Syria": ("Συρία",),
    "Russia": ("Ρωσία",),
    "Iran": ("Ιράν",),
    "Kyrgyzstan": ("Quirguízia", "Quirguizistão", "Κιργιστάν", "Κιργιζία"),
}


# Letters Unicode does not decompose: "Mołdawia" typed without its mark is still Moldova's Polish name.
_UNMARKED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h"})
_HAS_UNMARKED = re.compile("[łđøħ]")


def _key(text: str) -> str:
    """A name as compared: case, accents, punctuation and a leading "the" do not count ("&" is "and")."""
    plain = text.casefold().replace("&", " and ")
    if not plain.isascii():
        plain = unicodedata.normalize("NFKD", plain)
        if _HAS_UNMARKED.search(plain):  # rare: translate() over every name would cost more than the search
            plain = plain.translate(_UNMARKED)
    plain = "".join(c if c.isalnum() else " " for c in plain if not unicodedata.combining(c))
    return " ".join(plain.split()).removeprefix("the ")


# Words shortened in country names ("Czech Rep.", "Russian Fed.", "St Lucia"), and the compass point that opens
# one ("N. Macedonia", "Rep. of N. Macedonia"; only first or after "of", where a lone letter cannot be the "s"
# of "People's").
_SHORT = {"rep": ("republic",), "fed": ("federal", "federation"), "dem": ("democratic",), "st": ("saint",),
          "is": ("islands",), "isl": ("islands",), "utd": ("united",)}  # fmt: skip
_COMPASS = {"n": "north", "s": "south"}
_SHORTENED = frozenset({*_SHORT, *_COMPASS, "republic"})  # the words a name needs for _spellings to try it
# "Republic of" before or after a name people also write alone ("Republic of Serbia", "Moldova, Rep. of");
# but the Republic of China is Taiwan, never China
_REPUBLIC = re.compile(r"^(?:republic of |republic )(?:the )?(?P<lead>.+)$|^(?P<tail>.+) republic of(?: the)?$")
_NOT_THAT_REPUBLIC = frozenset({"china", "China"})  # as a key (English) and as the name a translation gives
# the same before a name in French, Spanish, Italian, German or Dutch, tried only when the whole name is no
# translation ISO gives ("Repubblica di Moldova", "République de Moldavie")
_REPUBLIC_ABROAD = re.compile(
    r"^(?:republique|republica|repubblica|republik|republiek)(?: (?:de|du|d|del|della|di|der|van))?(?: la| l)?"
    r" (?P<rest>.+)$"
)


def _spellings(key: str) -> list[str]:
    """The full forms a name with shortened words may stand for, each also without its "Republic of"."""
    words = key.split()
    options = [
        (_COMPASS[word],)
        if word in _COMPASS and number < len(words) - 1 and (number == 0 or words[number - 1] == "of")
        else _SHORT.get(word, (word,))
        for number, word in enumerate(words)
    ]
    full = [" ".join(choice) for choice in itertools.product(*options)][:8]
    spellings = []
    for name in full:
        spellings.append(name)
        if match := _REPUBLIC.match(name):
            rest = match.group("lead") or match.group("tail")
            if rest not in _NOT_THAT_REPUBLIC:
                spellings.append(rest)
    return spellings


@functools.cache
def _english() -> tuple[dict[str, str], dict[str, str], list[tuple[str, list[str]]]]:
    """(codes, names, countries): ISO codes to English names, English names' keys to English names, and each
    country's English name with the names ISO gives it (what the translations are looked up by)."""
    import pycountry

    codes: dict[str, str] = {}
    found: dict[str, set[str]] = {}
    countries: list[tuple[str, list[str]]] = []
    for country in pycountry.countries:
        name = _PREFERRED.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        own = [getattr(country, field, None) for field in ("name", "common_name", "official_name")]
        own = [n for n in own if n]
        codes[country.alpha_2] = codes[country.alpha_3] = name
        countries.append((name, own))
        for written in (name, *own):
            found.setdefault(_key(written), set()).add(name)
    for name, aliases in _EXTRA.items():
        found.setdefault(_key(name), set()).add(name)
        for alias in aliases:
            if alias.isalpha() and alias.isupper() and len(alias) <= 4:  # "UK" a code; "U.K." a name
                codes[alias] = name
            else:
                found.setdefault(_key(alias), set()).add(name)
    return codes, _unique(found), countries


@functools.cache
def _translated() -> dict[str, str]:
    """Every translated name's key to the English name (built only for a name that is not English: reading
    the translations of 160-odd languages is the costly part)."""
    import gettext
    import os

    import pycountry

    found: dict[str, set[str]] = {}
    for language in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        except OSError:
            continue
        for name, own in _english()[2]:
            for written in own:
                translated = catalog.gettext(written)
                if translated != written and len(_key(translated)) >= 3:
                    found.setdefault(_key(translated), set()).add(name)
    return _unique(found)


def _unique(found: dict[str, set[str]]) -> dict[str, str]:
    """Keys naming one country only: a name two countries share is no answer."""
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


_WITH_CODE = re.compile(r"^(.+?)\s*[(\[]([A-Z]{2,3})[)\]]$")
_KOSOVO_1244 = re.compile(r"^kosovo\b.*\b(?:unscr|1244)\b")


def country_name(value: str) -> str | None:
    """The English name of the country ``value`` names (an ISO code in capitals, or a name in any language
    and case), or None when it names none for sure."""
    text = " ".join(value.split())
    if not text:
        return None
    codes, names, _ = _english()
    if text.isupper() and len(text) in (2, 3) and text in codes:
        return codes[text]
    if (coded := _WITH_CODE.match(text)) and coded.group(2) in codes:
        # "Ukraine (UA)": the name and its code must agree, else neither is taken
        named = country_name(coded.group(1))
        return named if named == codes[coded.group(2)] else None
    key = _key(text)
    if key in names:  # an English name means its country, whatever another language calls another one
        return names[key]
    if _KOSOVO_1244.match(key):  # the designation EU texts give it: "Kosovo (under UNSCR 1244/99)"
        return "Kosovo"
    if _SHORTENED.intersection(key.split()):  # "Rep. of Armenia", "Czech Rep.", "N. Macedonia": English shortened
        for spelling in _spellings(key):
            if spelling in names:
                return names[spelling]
    found = _translated().get(key)
    if found is None and (abroad := _REPUBLIC_ABROAD.match(key)):  # "Repubblica di Moldova"
        rest = abroad.group("rest")
        found = names.get(rest) or _translated().get(rest)
        found = None if found in _NOT_THAT_REPUBLIC else found
    if found is None and (bare := _ARTICLE.match(text)):  # "die Niederlande", "les Pays-Bas", "l'Italie"
        found = country_name(bare.group("rest"))
    if found is None and "." in text:  # "Arab. Rep. Ägypten", "Russ. Föderation"
        found = _shortened(text)
    return found if found is not None else _with_part(text)


def english_country(value: str) -> str | None:
    """The country an English name names ("Ukraine", "Czech Republic"), without reading any other language's
    names: a cheap check that a word is a country's name, not a person's."""
    text = " ".join(value.split())
    return _english()[1].get(_key(text)) if text else None


# A leading article in the languages the product reads (a name that opens with one, "El Salvador", is found
# whole before this is tried).
_ARTICLE = re.compile(
    r"^(?:(?:the|die|der|das|den|la|le|les|el|los|las|il|lo|gli|de|het|os|as)\s+|l['’]\s*)(?P<rest>.+)$", re.I
)
_DOTTED = re.compile(r"([^\W\d_]{2,})\.")


@functools.lru_cache(maxsize=256)  # a sheet repeats its countries on every row
def _shortened(text: str) -> str | None:
    """The country a name with words shortened by a dot names ("Arab. Rep. Ägypten" is "Arabische Republik
    Ägypten"): each shortened word is tried as every word that opens with it in the names of the languages the
    product reads, and the country is taken when all the readings that name one name the same."""
    shortened = list(dict.fromkeys(_DOTTED.findall(text)))
    if not shortened:  # "N.", "B.H.": no word of two letters or more is shortened
        return None
    words = _name_words()
    options = []
    for short in shortened:
        opening = _key(short)
        opens = words[bisect.bisect_left(words, opening) : bisect.bisect_left(words, opening + "\uffff")]
        found = [word for word in opens if word != opening]
        if not found:
            return None
        options.append(found)
    countries = set()
    for choice in itertools.islice(itertools.product(*options), 512):
        full = text
        for short, word in zip(shortened, choice, strict=True):
            full = re.sub(rf"(?<!\w){re.escape(short)}\.", word + " ", full)
        if (named := country_name(full)) is not None:
            countries.add(named)
    return countries.pop() if len(countries) == 1 else None


# the languages whose words a shortened name is read in: those the product reads sheets in
_SHEET_LANGUAGES = ("de", "fr", "es", "it", "pl", "pt", "nl")


@functools.cache
def _name_words() -> list[str]:
    """Every word of the countries' names in English and in ISO's translations into the sheets' languages,
    sorted."""
    import gettext

    import pycountry

    names = [own for _, owns in _english()[2] for own in owns] + list(_english()[1])
    written = set(names)
    for language in _SHEET_LANGUAGES:
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        written.update(catalog.gettext(name) for name in names)
    return sorted({word for name in written for word in _key(name).split() if len(word) > 2})


# A country with a part of it written beside it: "Belgium (Flanders)", "Spain [Catalonia]", "Belgium - Wallonia",
# "Belgium–Wallonia", "Spain, Catalonia", or the other way round ("Flanders (Belgium)").
_BESIDE = (
    re.compile(r"^(?P<one>[^()\[\]]+?)\s*[(\[](?P<two>[^()\[\]]+)[)\]]$"),
    re.compile(r"^(?P<one>.+?)\s+[\-\u2013\u2014]\s+(?P<two>.+)$"),  # a spaced dash first: "Timor-Leste - Dili"
    re.compile(r"^(?P<one>.+?)\s*[\-\u2013\u2014]\s*(?P<two>.+)$"),
    re.compile(r"^(?P<one>[^,]+),\s*(?P<two>[^,]+)$"),
)
# A part that is no place of its own: a compass word ("Sudan, South" is South Sudan, never Sudan), or a list
# of several ("Germany (and Austria)" is two countries, not a part of one).
_NO_PART = re.compile(r"^(?:north|south|east|west|northern|southern|eastern|western|central)$|\band\b|[&+,;/]", re.I)


def _with_part(text: str) -> str | None:
    """The country of a value that names one beside a part of it ("Belgium (Flanders)", "UK - Scotland"), when
    one side names a country and the other names none (or the same one); None when both name different
    countries ("Georgia (USA)") or the part is no place of its own."""
    for pattern in _BESIDE:
        match = pattern.match(text)
        if match is None:
            continue
        one, two = match.group("one").strip(" .-"), match.group("two").strip(" .-")
        if not one or not two:
            return None
        first, second = country_name(one), country_name(two)
        if first and second:
            return first if first == second else None
        country, part = (first, two) if first else (second, one)
        if country is None or _NO_PART.search(part) or country in _qualified():
            return None
        return country
    return None


@functools.cache
def _qualified() -> frozenset[str]:
    """Countries whose English name is part of another's ("Congo", "Guinea", "Sudan", "Ireland"): a part beside
    one may name the other ("Congo (Kinshasa)" is the Democratic Republic), so it is never read as the first."""
    inside: dict[str, set[str]] = {}  # every run of words of every name, and the countries it is found in
    for key, country in _english()[1].items():
        words = key.split()
        for start in range(len(words)):
            for end in range(start + 1, len(words) + 1):
                inside.setdefault(" ".join(words[start:end]), set()).add(country)
    return frozenset(country for key, country in _english()[1].items() if inside[key] - {country})
