"""Values of a metadata sheet as people write them: kinds ("Position paper", "Slides": ``metadata_kinds``),
regions ("EU member state", "Third country", "Candidate country") and dates ("3 March 2026", "03/03/2026",
"2026-03-03").

Each is read into the sheet's own vocabulary only when the words say so; anything else is kept as written (a
date) or reported (a kind, a region), never guessed into another value.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable

from ingest.metadata_headers import fold
from ingest.metadata_kinds import kind_word

__all__ = ["MEDITERRANEAN", "NON_EU", "column_date_order", "date_order", "iso_date", "kind_word", "region_word"]

NON_EU = "non-EU"  # "Non-EU", "Third country": not EU, partner or other as the country says
# "Mediterranean", "Mittelmeer" alone: the partner group of that name, unless the country is one of the EU members
# on the sea's shores (then the country's group, with no warning: the region said nothing wrong)
MEDITERRANEAN = "Mediterranean"


def _words(text: str) -> tuple[str, set[str]]:
    """The value lower case and without accents ("Réponse" is "reponse"), and its words."""
    plain = " ".join(re.sub(r"[^\w]+", " ", fold(text).replace("_", " ")).split())
    return plain, set(plain.split())


_PARTNER_WORDS = {"partner", "partners", "candidate", "candidates", "accession", "neighbourhood", "neighborhood",
                  "enlargement", "partnerland", "partenaire", "socio", "kandidatenland", "candidat",
                  "candidato", "partnerski", "partnerskie", "partnerska", "kandydujacy", "kandydujace",
                  "kandydat", "sasiedztwo", "beitrittskandidat", "beitrittsland", "nachbarschaft", "voisinage",
                  "vecindad", "vicinato", "parceiro", "parceiros", "parceira", "candidatos", "kandidaat",
                  "kandidaatlidstaat", "toetredingsland", "vizinhanca", "nabuurschap", "alargamento", "adesao",
                  "uitbreiding", "partnerlanden",
                  # the plurals sheets write for a group ("Pays candidats", "Paesi candidati", "Kandidatenländer")
                  "candidats", "candidati", "candidatas", "kandidaten", "kandidatenlander", "beitrittskandidaten",
                  "beitrittslander", "partenaires", "socios", "kandydackie",
                  # Finnish, Greek and Bulgarian (folded: "εταίρος" is "εταιροσ"); Swedish, Danish and Estonian
                  # write "partnerland", "partnerriik", read as a partner's word of its own below
                  "kumppanimaa", "kumppanimaat", "kumppani", "εταιροσ", "εταιροι", "εταιρικη", "εταιρικεσ",
                  "партньор", "партньори", "партньорска", "партньорски",
                  # Romanian ("partener", "țară parteneră", folded) and Latvian ("partnervalsts")
                  "partener", "parteneri", "partenera", "partenere", "partnervalsts", "partnervalstis"}  # fmt: skip
_PARTNER_PHRASES = ("western balkans", "eastern partnership", "central asia", "southern mediterranean",
                    "south mediterranean")  # fmt: skip
# the same partner groups as the Commission's French, German, Spanish, Italian, Polish, Portuguese and Dutch texts
# name them (folded)
_PARTNER_GROUPS = re.compile(
    r"\b(?:balkans? occidentaux|westbalkan\w*|balcanes occidentales|balcani occidentali|balkany zachodnie"
    r"|partenariat oriental|ostliche partnerschaft|asociacion oriental|partenariato orientale|partnerstwo wschodnie"
    r"|asie centrale|zentralasien|asia central|asia centrale|azja (?:srodkowa|centralna)"
    r"|mediterranee du sud|sud de la mediterranee|sudlich\w* mittelmeer\w*|mediterraneo (?:sur|meridionale?)"
    r"|poludniowe sasiedztwo|balcas ocidentais|westelijke balkan|parceria oriental|oostelijk partnerschap"
    r"|centraal azie|(?:vizinhanca|mediterraneo) (?:do )?sul|sul do mediterraneo|vizinhanca meridional"
    r"|zuidelijk\w* (?:nabuurschap|middellandse zee\w*)|westlich\w* balkan\w*|ostlich\w* mittelmeer\w*"
    r"|mediterranee (?:meridionale|orientale)|mediterraneo oriental\w*|oostelijk\w* middellandse zee\w*"
    r"|(?:south|east)(?:ern)? (?:and (?:south|east)(?:ern)? )?mediterranean"
    # Polish declines them: "z Bałkanów Zachodnich", "Partnerstwa Wschodniego", "Azji Środkowej"
    r"|balkan\w* zachodni\w*|partnerstw\w* wschodni\w*|azj\w* (?:srodkow|centraln)\w*"
    r"|sasiedztw\w* (?:wschodni|poludniow)\w*"
    # a partner in a word of its own: "Partnerstaat", "Partnerländer", "Partnerschaft"
    r"|partner\w+)\b"
)
# the sea alone, in those languages: the shores of partners and of EU members both (see MEDITERRANEAN)
_SEA = re.compile(r"\b(?:mediterran\w*|mittelmeer\w*|srodziemn\w*|middellandse zee)\b")
# not EU, in any of those languages: "Non-EU", "Outside the EU", "Hors de l'UE", "Außerhalb der EU", "Fuera de la
# UE", "Fuori dall'UE", "Spoza UE", "Poza Unią Europejską", "Fora da UE", "Não UE", "Buiten de EU", "Niet-EU"
# (a word that says "outside" or "not" before the EU, the Union or a member, a few words apart), "Niet-lidstaat",
# "Nicht-Mitgliedstaat"; and as the EU's other languages in Latin letters say it: "nem EU" (Hungarian), "ne-EU" and
# "mimo EU" (Czech, Slovak, Slovenian, Croatian), "izven EU", "izvan EU", "în afara UE", "utanför EU", "icke-EU",
# "uden for EU", "ārpus ES" and "ne ES" (Latvian, Lithuanian), "mitte-EL" (Estonian), "nečlenský stát" (not a member),
# or after the EU where those languages put it: "EU-n kívüli" (Hungarian), "EU:n ulkopuolinen" (Finnish), "EL-i
# välised" (Estonian), "ES nepriklausanti" (Lithuanian)
_NOT_EU = re.compile(
    r"\bnon ?(?:eu|ue|member)|\bthird countr|\bnao membro|\bniet lidsta"
    r"|\b(?:outside|not|non|extra|hors|nicht|ausserhalb|fuera|fuori|no|nie|poza|spoza|nao|fora|niet|buiten"
    r"|nem|ne|mimo|izven|zunaj|izvan|afara|utanfor|icke|ikke|uden|arpus|mitte|ei|kein|keine|geen|pas"
    r"|εκτοσ|μη|извън|не)\b"  # Greek folded: a final "ς" is "σ" ("εκτός" is "εκτοσ")
    r"(?: \w+){0,2} (?:eu|ue|εε|ес|union|unia|unii|unione|uniao|unie|unio|member\w*|mitglied\w*|membr\w*|lidsta\w*"
    r"|miembro\w*"
    r"|tagall\w*|tagorszag\w*|clensk\w*|clanic\w*|czlonk\w*)\b"
    r"|\b(?:ne|mitte|arpus)(?: \w+)? (?:es|el)$"
    r"|\b(?:eu|ue|unio|unios|union)(?: \w+)? (?:kivul\w*|ulkopuol\w*|nem tartoz\w*)"
    r"|\b(?:es|el)(?: \w+)? (?:nepriklaus\w*|valis\w*|ulkopuol\w*)"
    r"|\b(?:neclen|neclan|nieczlonk|nechlen|nedalibvalst|nenar)\w*"
)
# a word that says "not" in a value that also names the EU, placed where no rule above reads it ("EU member: no",
# "EU - nem"): the value may say either, so it says nothing and the country decides
_NEGATIONS = frozenset(
    "not no non nicht kein keine nie niet geen nao nem ne ei mitte icke ikke inte nu ni pas never none μη не".split()
)
_THIRD = {"drittstaat", "drittland", "tiers", "tercero", "tercer", "terzo", "trzeci", "trzecie", "trzecim",
          "terceiro", "terceiros", "derde", "drittstaaten", "drittlander", "terceros", "terzi", "trzecich",
          "trzeciego"}  # fmt: skip
_OTHER_WORDS = {"other", "international", "global", "worldwide", "eea", "efta", "eee", "aele", "ewr", "autre",
                "andere", "otro", "altro", "eog", "inne", "inny", "inna", "outro", "outros", "outra",
                "internacional", "internationaal", "overig", "overige", "ander", "eer", "internationale",
                "internazionale", "miedzynarodowy", "miedzynarodowa", "miedzynarodowe", "miedzynarodowo",
                "pozostale", "pozostali"}  # fmt: skip
# the European Economic Area and the European Free Trade Association by their full names (folded): neither EU nor
# partners, as their short names "EEA", "EOG", "EWR", "EEE" and "EFTA", "AELE" above
_OTHER_PHRASES = re.compile(
    r"\b(?:european economic area|espace economique europeen|europaisch\w* wirtschaftsraum\w*"
    r"|espacio economico europeo|spazio economico europeo|europejski\w* obszar\w* gospodarcz\w*"
    r"|espaco economico europeu|europese economische ruimte|european free trade|libre[ -]echange"
    r"|freihandelsassoziation|libre comercio|libero scambio|wolnego handlu|comercio livre|vrijhandelsassociatie)\b"
)
_EU_NAMES = re.compile(
    r"\b(?:european union|union europe(?:enne|a)|unione europea|europaische union|unia europejska"
    r"|member states?|etat membre|estado miembro|stato membro|panstwo czlonkowskie|kraj czlonkowski"
    r"|uniao europeia|europese unie|estados? membros?|lidsta(?:at|ten)|mitgliedsta\w*|etats? membres?"
    r"|stat[oi] membr[oi]|estados? miembros?|panstw\w* czlonkowsk\w*"
    # Czech, Slovak, Slovenian and Croatian, Romanian, Hungarian: "členský stát", "država članica", "stat membru",
    # "tagállam", "tagország"
    r"|clensk\w* (?:stat|zem|krajin)\w*|drzav\w* clanic\w*|stat\w* membr\w*|tagallam\w*|tagorszag\w*"
    # Estonian, Finnish, Latvian, Lithuanian: "Euroopa Liit", "liikmesriik", "Euroopan unioni", "jäsenvaltio",
    # "dalībvalsts", "valstybė narė"
    r"|euroopa liit\w*|liikmesrii\w*|euroopan unioni\w*|jasen(?:maa|valtio)\w*|dalibvalst\w*|valstyb\w* nar\w*)\b"
)


@functools.lru_cache(maxsize=1024)  # a sheet writes the same few regions on every row
def region_word(written: str) -> str | None:
    """EU, partner, other, ``NON_EU`` or ``MEDITERRANEAN`` for the way a sheet writes a region; None when it
    says none of them. Words shortened with a dot ("Östl. Partnerschaft", "Südl. Mittelmeer", "W. Balkans") are
    read in full when every full word they can stand for gives the same answer."""
    found = _region(written)
    if found in (None, MEDITERRANEAN):  # "EaP", "WB", "South. Med." name a group in short
        found = _region(_abbreviations_read(written)) or found
    if found in (None, MEDITERRANEAN) and "." in written:  # "Südl. Mittelmeer" names more than the sea
        found = _shortened_region(fold(written)) or found
    return found


# Short forms of the partner groups as the Commission and the European Training Foundation write them, with or
# without dots: the Eastern Partnership (EaP), the Western Balkans (WB, WB6, "WBT" with Turkey), the Southern
# and Eastern Mediterranean (SEMED), the European Neighbourhood Policy (ENP, "ENP South"); and the English words
# they are shortened from ("South. Med.", "W Balkans", "C. Asia"). A short word counts only in a phrase that then
# names a group: "S" or "C" alone names none, "Med" the sea as "Med." did. "CA" (Central Asia, but also Canada's
# code) is left out.
_ABBREVIATIONS = {
    "eap": "eastern partnership", "wb": "western balkans", "wb6": "western balkans", "wbt": "western balkans",
    "semed": "southern and eastern mediterranean", "enp": "neighbourhood", "s": "southern", "sth": "southern",
    "south": "southern", "w": "western", "west": "western", "e": "eastern", "east": "eastern", "c": "central",
    "cent": "central", "centr": "central", "med": "mediterranean", "medit": "mediterranean",
    "mediterr": "mediterranean", "balk": "balkans", "nbhd": "neighbourhood", "neighb": "neighbourhood",
    "neighbh": "neighbourhood", "partn": "partnership", "pship": "partnership",
}  # fmt: skip


def _abbreviations_read(written: str) -> str:
    """The value with its short words written out ("South. Med." is "southern mediterranean"); letters set apart
    by dots are one word first ("E.U." is "eu", "W.B." "wb")."""
    words = re.findall(r"[^\W_]+", fold(written))
    if len(words) > 1 and all(len(word) == 1 for word in words):
        words = ["".join(words)]
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def _region(written: str) -> str | None:
    """The region the words of a value name, its shortened words as written."""
    plain, words = _words(written)
    if not plain:
        return None
    if _NOT_EU.search(plain) or words & _THIRD:
        return NON_EU
    if words & _PARTNER_WORDS or any(phrase in plain for phrase in _PARTNER_PHRASES) or _PARTNER_GROUPS.search(plain):
        return "partner"
    # "EL" (Euroopa Liit, Estonian) and "ES" (Eiropas Savienība, Europos Sąjunga): the EU; as a member's code
    # (Greece's "EL", Spain's "ES") they name an EU member all the same; alone only ("El Salvador" is no region)
    eu_words = {"eu", "ue", "eu27", "eu28", "mitgliedstaat", "εε", "ес"}
    if eu_words & words or plain in ("el", "es") or _EU_NAMES.search(plain):
        return None if words & _NEGATIONS else "EU"
    if _SEA.search(plain):
        return MEDITERRANEAN
    if words & _OTHER_WORDS or _OTHER_PHRASES.search(plain):
        return "other"
    return None


# The full words a shortened one may stand for: every word of the region names above (a dot after three letters
# or more, "Östl.", "Westl.", "Zentr."), and for a lone letter the English compass ("W. Balkans", "E. Partnership").
_REGION_VOCABULARY = tuple(
    sorted(
        set(
            re.findall(
                r"[a-z]{3,}",
                re.sub(
                    r"\\[a-zA-Z]",
                    " ",
                    " ".join((_PARTNER_GROUPS.pattern, _SEA.pattern, *_PARTNER_PHRASES, *_PARTNER_WORDS)),
                ),
            )
        )
    )
)
_COMPASS = {"w": "western", "e": "eastern", "s": "southern", "n": "northern", "c": "central"}
_SHORTENED = re.compile(r"\b([^\W\d_]+)\.")


def _shortened_region(text: str) -> str | None:
    """The region a value with shortened words names, when all their readings that name one agree."""
    shortened = sorted(set(_SHORTENED.findall(text)))
    options = []
    for short in shortened:
        if len(short) == 1:
            options.append([_COMPASS[short]] if short in _COMPASS else [])
        else:
            options.append([word for word in _REGION_VOCABULARY if word.startswith(short) and word != short])
    if not shortened or not all(options):
        return None
    answers = set()
    for choice in itertools.islice(itertools.product(*options), 32):
        full = text
        for short, word in zip(shortened, choice, strict=True):
            full = re.sub(rf"\b{re.escape(short)}\.", word + " ", full)
        answers.add(_region(full))
    answers.discard(None)
    return answers.pop() if len(answers) == 1 else None


_MONTH_NAMES = (  # English, German, French, Spanish, Italian, Polish, Portuguese, Dutch (as written and as a
    # day's month, and the short forms); no name means two months
    "january jan januar jänner janvier enero gennaio styczeń stycznia janeiro januari",
    "february feb februar février fevrier febrero febbraio luty lutego fevereiro fev februari",
    "march mar märz maerz mars marzo marzec marca março maart mrt",
    "april apr avril abril aprile kwiecień kwietnia abr",
    "may mai mayo maggio maj maja maio mei",
    "june jun juni juin junio giugno czerwiec czerwca junho",
    "july jul juli juillet julio luglio lipiec lipca julho",
    "august aug août aout agosto sierpień sierpnia ago augustus",
    "september sep sept septembre septiembre setiembre settembre wrzesień września setembro set",
    "october oct oktober octobre octubre ottobre październik października outubro out okt",
    "november nov novembre noviembre listopad listopada novembro",
    "december dec dezember décembre decembre diciembre dicembre grudzień grudnia dezembro dez",
)
# Czech, Slovak and Hungarian, as written and as a day's month, and Hungarian's short forms ("márc.", "szept.");
# no name means two months here either (Polish "listopad" is Czech's November too)
_MONTH_NAMES_MORE = (
    "leden ledna január januára",
    "únor února február februára febr",
    "březen března marec marca március márc",
    "duben dubna apríl apríla április ápr",
    "květen května máj mája május",
    "červen června jún júna június",
    "červenec července júl júla július",
    "srpen srpna augusta augusztus",
    "září septembra szeptember szept",
    "říjen října október októbra",
    "listopadu novembra",
    "prosinec prosince decembra",
)
# Lithuanian and Latvian, as written and as a day's month ("kovo 11 d.", "11. martā"); their long-form dates write
# the year and the day with a word after each ("2026 m. kovo 11 d.", "2026. gada 11. martā")
_MONTH_NAMES_BALTIC = (
    "sausis sausio janvāris janvārī janvāra",
    "vasaris vasario februāris februārī februāra",
    "kovas kovo marts martā marta",
    "balandis balandžio aprīlis aprīlī aprīļa",
    "gegužė gegužės maijs maijā maija",
    "birželis birželio jūnijs jūnijā jūnija",
    "liepa liepos jūlijs jūlijā jūlija",
    "rugpjūtis rugpjūčio augusts augustā augusta",
    "rugsėjis rugsėjo septembris septembrī septembra",
    "spalis spalio oktobris oktobrī oktobra",
    "lapkritis lapkričio novembris novembrī novembra",
    "gruodis gruodžio decembris decembrī",
)
# Greek, as written and as a day's month ("10 Μαρτίου 2026"), and the short forms ("10 Μαρ 2026")
_MONTH_NAMES_GREEK = (
    "ιανουάριος ιανουαρίου ιαν",
    "φεβρουάριος φεβρουαρίου φεβ",
    "μάρτιος μαρτίου μαρ",
    "απρίλιος απριλίου απρ",
    "μάιος μαΐου μαϊου μαΐ μαϊ",
    "ιούνιος ιουνίου ιουν",
    "ιούλιος ιουλίου ιουλ",
    "αύγουστος αυγούστου αυγ",
    "σεπτέμβριος σεπτεμβρίου σεπ",
    "οκτώβριος οκτωβρίου οκτ",
    "νοέμβριος νοεμβρίου νοε",
    "δεκέμβριος δεκεμβρίου δεκ",
)
_MONTHS = {
    name: number
    for group in (_MONTH_NAMES, _MONTH_NAMES_MORE, _MONTH_NAMES_BALTIC, _MONTH_NAMES_GREEK)
    for number, names in enumerate(group, 1)
    for name in names.split()
}
_MONTHS.update({fold(name): number for name, number in list(_MONTHS.items())})  # typed without accents
# "μαΐου" casefolds to a letter and two marks: composed again, as a date is read
_MONTHS.update({unicodedata.normalize("NFC", n.casefold()): number for n, number in list(_MONTHS.items())})
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.+z]*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$")
_DAY_MONTH = re.compile(
    r"^(?:\w+,?\s+)??(\d{1,2})(?:st|nd|rd|th|er)?\.?[\s\-]+(?:de\s+)?([^\W\d_]+)\.?,?[\s\-]+(?:de\s+)?(\d{4})$"
)
_MONTH_DAY = re.compile(r"^(?:\w+,?\s+)??([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
# the year first, as Hungarian writes a date with its month's name ("2026. március 17.")
_YEAR_MONTH_DAY = re.compile(r"^(\d{4})\.?\s+([^\W\d_]+)\.?\s+(\d{1,2})\.?$")
# a dot and a space after each number, as Hungarian ("2026. 03. 17.") and Czech or Slovak ("17. 3. 2026") write a
# date, and Hungarian's closing dot ("2026.03.17."): the same date without them
_SPACED_DOT = re.compile(r"(?<=\d)\.\s+(?=\d)")
_CLOSING_DOT = re.compile(r"(?<=\d)\.$")


def _compact(value: str) -> str:
    """A numeric date with the spaces after its dots and its closing dot left out ("2026. 03. 17." is
    "2026.03.17")."""
    return _CLOSING_DOT.sub("", _SPACED_DOT.sub(".", value.strip()))


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _orders(values: Iterable[str]) -> tuple[set[str], str]:
    """The orders a column's numeric dates show ("dmy": a first number above 12, or dots; "mdy": a second number
    above 12), and its first date that shows neither ("02/03/2026"; "" when there is none)."""
    seen, unsure = set(), ""
    for value in values:
        match = _NUMERIC.match(_compact(value))
        if match:
            first, second = int(match.group(1)), int(match.group(3))
            if match.group(2) == "." or first > 12:
                seen.add("dmy")
            elif second > 12:
                seen.add("mdy")
            elif first != second and not unsure:
                unsure = value.strip()
    return seen, unsure


def date_order(values: Iterable[str]) -> str | None:
    """ "dmy" or "mdy" when a sheet's numeric dates show it (a first number above 12, or a second one), else
    None; dates with dots are day first wherever they are written."""
    seen, _ = _orders(values)
    return seen.pop() if len(seen) == 1 else None


def column_date_order(values: Iterable[str], day_first_language: bool) -> tuple[str | None, str]:
    """The order in which to read a date column's numeric dates, and a date that shows the reading was chosen
    rather than seen ("" when the column shows it, or when the sheet's language always writes the day first).

    A column that shows one order is read in it; one that shows both (a sheet typed by several hands) is read date
    by date, its unsure dates kept as written. A column that never shows either ("02/03/2026", "05/04/2026") is read
    day first, as sheets are written in Europe, where this product's sheets come from: no language of its headers
    but English puts the month first, and the date that shows the choice lets the caller say it once for the
    column, so a sheet written month first (in the United States) is told how to be read right."""
    seen, unsure = _orders(values)
    if len(seen) == 1:
        return seen.pop(), ""
    if seen or not unsure:
        return None, ""
    return "dmy", "" if day_first_language else unsure


# the year's word after it, as Polish writes a date ("3 marca 2026 r.", "3.03.2026 roku")
_YEAR_WORD = re.compile(r"(\d{4})\s*(?:r\.?|roku)$")
# "2026 m. kovo 11 d." (Lithuanian), "2026. gada 11. martā" (Latvian): the year's and the day's words dropped
_BALTIC = re.compile(r"^(\d{4})\.?\s*(?:m\.|gada)\s+(?:([^\W\d_]+)\s+(\d{1,2})\s*d\.?|(\d{1,2})\.?\s+([^\W\d_]+))$")


def iso_date(value: str, order: str | None = None) -> str | None:
    """The date as YYYY-MM-DD, or None when it is not one or its day and month cannot be told apart
    ("03/04/2026" in a sheet that never shows its order)."""
    text = _YEAR_WORD.sub(r"\1", unicodedata.normalize("NFC", " ".join(value.split()).casefold()))
    if text[:1].isdigit() and text[-1:] in "0123456789.":
        text = _compact(text)
    if match := _ISO.match(text):
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NUMERIC.match(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if match.group(2) == "." or first > 12 or first == second:
            order = "dmy" if first != second else order or "dmy"
        elif second > 12:
            order = "mdy"
        if order is None:
            return None
        return _date(year, second, first) if order == "dmy" else _date(year, first, second)
    if (match := _DAY_MONTH.match(text)) and match.group(2) in _MONTHS:
        return _date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    if (match := _MONTH_DAY.match(text)) and match.group(1) in _MONTHS:
        return _date(int(match.group(3)), _MONTHS[match.group(1)], int(match.group(2)))
    if (match := _YEAR_MONTH_DAY.match(text)) and match.group(2) in _MONTHS:
        return _date(int(match.group(1)), _MONTHS[match.group(2)], int(match.group(3)))
    if match := _BALTIC.match(text):
        month, day = (match.group(2), match.group(3)) if match.group(2) else (match.group(5), match.group(4))
        if month in _MONTHS:
            return _date(int(match.group(1)), _MONTHS[month], int(day))
    return None
