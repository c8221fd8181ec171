"""People's names as metadata sheets and document properties write them, turned into the order drafts name people in.

Administrations write a surname first: "Heikkilä-Ruotsalainen, Marjatta" (a comma between surname and given name),
"ÖZBILGIN Levent" (the surname in capitals). A draft names that person "Marjatta Heikkilä-Ruotsalainen" and "Levent
Özbilgin", and the same person written both ways in two places is one contributor. A cell may name several people
("W. Szczepaniak; J. Brzozowska", "A and B", "A & B"): each is read on its own and they are listed as a sentence
lists them ("W. Szczepaniak and J. Brzozowska").

A name is turned round only when its form says so for sure; anything else is kept as written: an organisation's name,
"van der Berg", an acronym, a single word, a name all in capitals (which part is the surname?), two full names
either side of a comma ("Anna Kowalska, Jan Nowak").
"""

from __future__ import annotations

import functools
import re

from ingest.metadata_headers import fold

__all__ = ["bare_name", "people_in", "person_names"]

# Words that make a cell an organisation, a team or a role rather than a person, in the languages whose sheets the
# product reads (folded: no accents). One of them anywhere keeps the cell as written.
_NOT_A_PERSON = frozenset(
    """ministry ministerio ministero ministere ministerium ministerstwo ministerie agency agence agentur agencia
    agenzia agencja agentschap university universitat universite universidad universita uniwersytet universidade
    universiteit college school schule ecole escuela scuola szkola escola institute institut instituto istituto
    instytut instituut office bureau buro oficina ufficio biuro council conseil consejo consiglio rada conselho raad
    rat association verband verein asociacion associazione stowarzyszenie associacao vereniging federation
    federazione federacion federacao chamber kammer chambre camara camera izba kamer union gewerkschaft syndicat
    sindicato sindacato zwiazek vakbond network netzwerk reseau red rete siec rede netwerk centre center zentrum
    centro centrum foundation stiftung fondation fundacion fondazione fundacja fundacao stichting department
    secretariat sekretariat secretaria segreteria secretariaat team group gruppe groupe grupo gruppo grupa groep
    committee comite comitato komitee commission kommission comision commissione komisja board authority behorde
    autorite autoridad autorita urzad autoridade autoriteit government regierung gouvernement gobierno governo rzad
    regering company gmbh ltd inc ag sa srl bv nv spa ngo ong services service unit forum platform alliance
    consortium partnership society gesellschaft societe sociedad societa towarzystwo sociedade vereniging
    directorate direction directorate-general dg expert experts chair director head coordinator secretary
    president manager officer adviser advisor consultant professor prof dr phd msc mba ma ba jr sr senior junior
    staff members member representative representatives anonymous unknown various others n/a na none
    programme program project projekt projet proyecto progetto initiative campaign coalition cluster hub lab
    academy akademie academie academia accademia akademia delegation mission embassy
    unesco unicef oecd cedefop eurostat erasmus nato undp unhcr ilo iom eures eqavet enqa eqar eua etuc etuce
    businesseurope eurochambres smeunited etf eit jrc eacea esco eqf ecvet ects enic naric""".split()
)
_PARTICLES = frozenset("van von der den ter ten zu de du des del della dos das do da di".split())
# Those written in lower case after a given name: German, Dutch, French, Spanish and Portuguese ("Jan van der Berg",
# "Pieter de Vries", "Ana da Silva"); Italian writes its own with a capital ("Luigi Di Maio", "Anna Della Valle")
_LOWER_PARTICLES = _PARTICLES - {"di", "della"}
_INITIAL = re.compile(r"^[^\W\d_](?:\.|\.?-[^\W\d_]\.?)+$|^[^\W\d_]$")  # "J.", "J.-P.", "J"
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?$")
_VOWELS = frozenset("aeiouy")
# Several people in one cell: always a semicolon or a line; "and" and its kin ("&", "und", "et", "y", "e", "i",
# "en", "oraz") only between full names, since a Spanish surname may hold "y" ("Ortega y Gasset")
_LIST = re.compile(r"\s*[;\n]\s*")
_AND = re.compile(r"\s+(?:&|\+|and|und|et|y|e|i|en|oraz)\s+", re.I)


def _caps(word: str) -> bool:
    """A word in capitals of four letters or more with a vowel, as an administration writes a surname
    ("ÖZBILGIN"); shorter ones are too often acronyms ("EU", "ETF", "ENP"), as is one without a vowel ("NQF")."""
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 4 and word.isupper() and not word.endswith(".") and bool(set(fold("".join(letters))) & _VOWELS)
    )


def _place(words: list[str]) -> bool:
    """Whether the words a name would give as a given name name a country ("UNICEF Ukraine", "Spain,
    Catalonia"): then the cell is a body's or a place's, not a person's."""
    from ingest.metadata_countries import english_country

    return english_country(" ".join(words)) is not None


def _cased(word: str) -> bool:
    """A word written as a name is ("Levent", "McDonald", "O'Brien", "Heikkilä-Ruotsalainen")."""
    return bool(_NAME_WORD.match(word)) and word[0].isupper() and not word.isupper()


def _given(word: str) -> bool:
    return _cased(word) or bool(_INITIAL.match(word))


def _usual_case(words: list[str]) -> str:
    """Capitals turned into a name's usual case: "HEIKKILÄ-RUOTSALAINEN" is "Heikkilä-Ruotsalainen", "O'BRIEN"
    "O'Brien", "VAN DER BERG" "van der Berg"."""
    out = []
    for n, word in enumerate(words):
        if not word.isupper():
            out.append(word)
        elif fold(word) in _LOWER_PARTICLES and n < len(words) - 1:
            out.append(word.lower())
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), word))
    return " ".join(out)


def _surname_words(words: list[str]) -> bool:
    """Words that can be a surname: name words or words in capitals, particles before them ("van der Berg")."""
    core = [w for w in words if fold(w) not in _PARTICLES]
    return 1 <= len(core) <= 3 and all(_cased(w) or _caps(w) for w in core)


def _person(text: str) -> str | None:
    """One person's name in the order drafts give it, or None when its form does not say for sure which part is
    the surname (then it is kept as written)."""
    if "," in text:
        surname, _, given = (part.split() for part in text.partition(","))
        if "," in " ".join(given) or not given or len(given) > 2 or not all(_given(w) for w in given):
            return None
        if not _surname_words(surname):
            return None
        if len([w for w in surname if fold(w) not in _PARTICLES]) >= 2 and len(given) == 2:
            return None  # "Anna Kowalska, Jan Nowak": two people, not a surname and a given name
        if _place(given) or _place(surname):
            return None
        return f"{_usual_case(given)} {_usual_case(surname)}"
    words = text.split()
    caps = [_caps(w) or (w.isupper() and fold(w) in _PARTICLES) for w in words]
    if not 2 <= len(words) <= 5 or all(caps) or not any(caps):
        return None  # one word, a name all in capitals, or none: nothing says which part is the surname
    if sum(a != b for a, b in zip(caps, caps[1:], strict=False)) != 1:
        return None  # capitals in two places, or between other words: not one surname
    cut = caps.index(not caps[0])
    head, tail = words[:cut], words[cut:]
    surname, given = (head, tail) if caps[0] else (tail, head)
    if not all(_given(w) for w in given) or not _surname_words(surname) or _place(given):
        return None
    return f"{_usual_case(given)} {_usual_case(surname)}"


def _plain(text: str) -> bool:
    """Whether a part of a cell may be a person's name at all: letters, spaces, hyphens, apostrophes, dots and a
    comma only (no digits, address, brackets or code) and no organisation's word."""
    if not text or re.search(r"[^\w\s'’.,\-]|[\d_]", text):
        return False
    return not {fold(w) for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text)} & _NOT_A_PERSON


def _full(text: str) -> bool:
    """A full name (two words or more, or a surname and a given name around a comma) that may be a person's."""
    return (
        _plain(text)
        and (len(text.split()) >= 2 or "," in text)
        and all(_given(w) or _caps(w) or fold(w) in _PARTICLES for w in text.replace(",", " ").split())
    )


@functools.lru_cache(maxsize=4096)  # a sheet names the same people on several rows
def person_names(cell: str) -> str:
    """The people a contributor cell names, each in the order drafts give names ("Marjatta Heikkilä-Ruotsalainen",
    "Levent Özbilgin") and without the titles written around it ("Prof. Dr. Hans Weber", "Anna Nowak, PhD"; see
    ``_untitled``), listed as a sentence lists them when there are several; the cell as written when it names no
    person for sure (an organisation, a single word, an acronym)."""
    text = _untitled(cell.strip())
    if not text:
        return text
    people = []
    for part in (p for p in _LIST.split(text) if p.strip()):
        # each person of "Ms A and Dr. B" without their title: the cell's titles stop it reading as full names
        pieces = [_untitled(piece) for piece in _AND.split(part)]
        if len(pieces) == 2 and ", " in pieces[0]:  # "A, B and C": a list, its commas between full names too
            listed = [*(_untitled(piece) for piece in pieces[0].split(", ")), pieces[1]]
            if all(_full(p) and len(p.split()) >= 2 for p in listed):
                pieces = listed
        people.extend(pieces if len(pieces) > 1 and all(_full(p) for p in pieces) else [part])
    people = [" ".join(p.split()) for p in people]
    named = [(_person(p) if _plain(p) else None) or p for p in people]
    if len(named) == 1:
        return named[0]
    if all(_full(p) for p in people) and not any("," in n for n in named):
        return f"{', '.join(named[:-1])} and {named[-1]}"
    return "; ".join(named)


def _untitled(text: str) -> str:
    """A cell's people without their academic and honorific titles (``bare_name``): a title is no part of the
    person's name, and a draft names the person. Only when each person left is still a full name that may be a
    person's: "ING Bank" or "Dr. Novak" keep what they have, since a word alone says nothing sure."""
    bared = bare_name(text)
    if bared == text or not bared:
        return text
    for person in _LIST.split(text):
        if any(not _titles_only(part) for part in person.split(",")[1:] if _post_nominal(part)):
            return text  # a role or a workplace after the comma ("Director", "Uniwersytet Warszawski"): as written
    people = [p for p in _LIST.split(bared) if p.strip()]
    written = [p for p in _LIST.split(text) if p.strip()]
    if len(people) != len(written) or not all(_full(p) for p in people):
        return text
    return bared


def _titles_only(part: str) -> bool:
    """Whether the words after a name's comma are titles and letters only ("PhD", "dr hab.", "prof. UW")."""
    words = part.split()
    return bool(words) and all(
        _token(w) in _TITLES or _token(w) in _POST_NOMINALS or (n and w.isupper() and len(w) <= 4)
        for n, w in enumerate(words)
    )


def _listed(part: str) -> list[str]:
    """The people one ";"-separated part of a contributor names: "A and B", "A, B and C" or "A, B, C" when each is
    a full name of two words or more, else the part itself. One comma alone is no list: "Kowalska, Anna" is one
    person, and so may be "García López, María José" (a surname of two words first), so "Anna Kowalska, Jan
    Nowak" stays as written too rather than be guessed into two people."""
    head, sep, last = part.rpartition(" and ")
    items = [*head.split(", "), last] if sep else part.split(", ")
    if (sep or len(items) > 2) and all(_full(item) and len(item.split()) >= 2 for item in items):
        return items
    return [part]


@functools.lru_cache(maxsize=4096)
def people_in(contributor: str) -> tuple[str, ...]:
    """Each author a contributor names, as ``person_names`` lists several: ("A. Smith", "B. Jones") for "A. Smith
    and B. Jones", ("UNESCO", "OECD") for "UNESCO; OECD"; one for a single person or an organisation
    ("Procter and Gamble", "Ministry of Education and Science" are not people listed)."""
    text = " ".join(contributor.split())
    if not text:
        return ()
    people = [person for part in _LIST.split(text) if part.strip() for person in _listed(part.strip())]
    return tuple(dict.fromkeys(people))


# Academic and honorific titles written before a name, as the EU's languages write them (folded, without their dots):
# English, Polish ("dr hab.", "mgr inż.", "lic."), German and Austrian ("Dipl.-Ing.", "Mag.", "Univ.-Prof.",
# "Dr. rer. nat."), Czech and Slovak ("Ing.", "Bc.", "PhDr.", "doc."), Italian ("dott.ssa", "avv."), Spanish,
# Portuguese, French and Dutch ("Sra.", "Mme", "drs.", "ir.", "mr."), Greek ("κ." Mr, "κα" Mrs, "Δρ.", "Καθ.").
# Those that are also names or words of a name ("Ma", "Don", "Pan", "Mag", "κ") count only when written with a dot
# or followed by a full name.
_TITLES = frozenset(
    """dr prof professor profesor professore professeur hab inz mgr lic ing dipl dipl-ing univ-prof univ priv-doz
    doz dozent ao bc mudr judr phdr rndr paeddr mvdr pharmdr thdr doc dott dottssa dottoressa profssa prof-ssa
    avv arch geom rag sig sigra sra srta mme mlle mr mrs ms miss mx herr frau dhr mevr drs ir ing-r dipl-kfm
    dipl-päd rer nat phil med jur oec techn pol soc hc h-c em emer o sir dame hon rev ks mag ma don dona dna pan
    pani m d sr dr-ing dr-phil sc izr conf eng dra maga drin ddr mmag mga art κ κα κκ δρ καθ""".split()
)
# Austrian "Mag.a" and "Dr.in" (a woman's), "DDr.", "MMag."; Czech "MgA." and "Mgr. art." ("art." only with its
# dot: "Art" is a given name)
_DOTTED_ONLY = frozenset({"art"})
# Croatian "dr. sc." and "mr. sc.", Slovenian "izr. prof.", Romanian "conf. univ. dr.", Portuguese "Eng." and "Dra."
_WEAK_TITLES = frozenset("ma don dona pan pani m d sr mag o em ir doc arch sc izr conf eng dra κ κα κκ".split())
# Letters written after a name, or after a comma ("Anna Nowak, PhD", "Jan Nowak MBA", "prof. UW": a professor of
# the University of Warsaw)
_POST_NOMINALS = frozenset(
    """phd ph-d dphil msc ma mba mphil ba bsc llm lld md jr sr esq frs obe mbe cbe mpa meng beng dsc med ed
    habil csc drsc""".split()
)


def _token(word: str) -> str:
    """A word as the title lists hold it: folded, its dots dropped ("Dipl.-Ing." is "dipl-ing", "Ph.D." "phd")."""
    return fold(word).replace(".", "").strip(",;")


def _is_title(word: str, rest: int) -> bool:
    """Whether ``word`` is a title before a name, ``rest`` words of the name after it."""
    key = _token(word)
    if key not in _TITLES or not key:
        return False
    if key in _DOTTED_ONLY:
        return word.endswith(".")
    return key not in _WEAK_TITLES or word.endswith(".") or rest >= 2


def _post_nominal(part: str) -> bool:
    """Whether the words after a comma are letters after a name ("PhD", "MBA, Jr."), a title held somewhere
    ("prof. UW", "Professor of Law", "dr hab.") or an affiliation ("Uniwersytet Warszawski"), rather than a
    given name after a surname ("Nowak, dr Jan")."""
    words = part.split()
    if not words:
        return False
    if all(_token(w) in _POST_NOMINALS for w in words):
        return True
    if {fold(w) for w in re.findall(r"[^\W\d_]+", part)} & (_NOT_A_PERSON - _TITLES):
        return True  # a body's name: where the person works, not who they are
    if _token(words[0]) not in _TITLES - _WEAK_TITLES:
        return False
    rest = [w for w in words[1:] if _token(w) not in _TITLES]
    # "prof. UW" (an acronym), "Professor of Law" (a word such as "of" or "at"); "dr Jan" is a given name
    return all(w.isupper() for w in rest) or any(w[:1].islower() for w in rest)


@functools.lru_cache(maxsize=4096)
def bare_name(written: str) -> str:
    """A person's name without academic and honorific titles and letters after it, to match the person by
    ("dr hab. Anna Kowalczyk, prof. UW" is "Anna Kowalczyk", "Prof. Dr. Hans Weber" "Hans Weber", "Ing. Petr
    Novák" "Petr Novák", "Anna Nowak PhD" "Anna Nowak"); a title is never taken for a given name or a surname.
    Several people in one cell are each bared ("dr Ana Horvat; mgr Ivo Kranjc" is "Ana Horvat; Ivo Kranjc").
    The name as written stays what drafts show."""
    people = []
    for person in (p for p in _LIST.split(written.strip()) if p.strip()):
        parts = [p.strip() for p in person.split(",")]
        kept = [parts[0]] + [p for p in parts[1:] if not _post_nominal(p)]
        words = " ".join(kept[:1]).split()
        while words and _is_title(words[0], len(words) - 1):
            words.pop(0)
        while len(words) > 1 and _token(words[-1]) in _POST_NOMINALS:
            words.pop()
        rest = []  # "Nowak, dr Jan": a title after the comma of a surname written first
        for part in kept[1:]:
            tail = part.split()
            while tail and _is_title(tail[0], len(tail) - 1):
                tail.pop(0)
            if tail:
                rest.append(" ".join(tail))
        people.append(", ".join([" ".join(words), *rest]) if words else ", ".join(rest))
    return "; ".join(p for p in people if p)
