"""What a metadata sheet's column headers mean, written the way people write them.

Headers come as "Contributor", "Contributor name", "Name of the expert", "Author(s)", "Region (EU/partner)",
"Country / territory", "Organisation name", "Date received", "Type of input". A header is first looked up whole
among the common names; otherwise its words decide, the most specific first: "Document title" is a title, not a
file; "Organisation type" is a stakeholder role, not an organisation; "Contributor e-mail" or "Contributor ID" is
none of our fields (a column we do not use is better than a wrong contributor).
"""

from __future__ import annotations

import re
import unicodedata

from ingest.metadata_header_names import HEADERS_BY_LANGUAGE, RECEIVED_WORDS

# Whole headers (lower case, spaces for - and _) and the field each means.
_SYNONYMS = {
    "file": (
        "file",
        "filename",
        "file name",
        "document",
        "file path",
        "path",
        "attachment",
        "document file",
        "doc",
        "docs",
        "documents",
    ),
    "title": ("title", "document title", "title of the document", "subject"),
    "kind": ("kind", "type", "document type", "contribution type", "kind of contribution", "category"),
    "contributor": ("contributor", "author", "authors", "name", "expert", "submitted by", "speaker", "presenter"),
    "organisation": ("organisation", "organization", "institution", "agency", "affiliation", "org", "body"),
    "country": ("country", "nation", "country name", "member state", "country region", "country or region"),
    "region": (
        "region",
        "country group",
        "eu non eu",
        "eu or non eu",
        "eu partner",
        "eu or partner",
        "eu status",
        "eu membership",
        "eu partner other",
    ),  # fmt: skip
    "role": ("role", "position", "function", "stakeholder", "stakeholder group", "stakeholder type"),
    "date": ("date", "submitted", "submission date", "date submitted", "date of submission"),
    "language": ("language", "lang"),
    "password": ("password", "pdf password"),
}
# The same headers in the working languages of sheets kept in a ministry or an agency (German, French, Spanish,
# Italian, Polish), matched whole, so "Land" or "Pays" is the country and never a guess from a word. Written here
# with their accents; fold() makes "Tytul" and "Tytuł", "Titulo" and "Título" one header.
_TRANSLATED = {
    "file": ("datei", "dateiname", "fichier", "nom du fichier", "nom de fichier", "archivo", "nombre del archivo",
             "nombre de archivo", "fichero", "nome file", "nome del file", "dokument", "documento", "plik",
             "nazwa pliku", "pièce jointe", "załącznik", "allegato", "anhang", "adjunto", "nome del documento",
             "nome documento", "nombre del documento", "nom du document", "nazwa dokumentu", "dokumentname",
             "name des dokuments"),
    "title": ("titel", "titre", "título", "titulo", "titolo", "tytuł", "tytuł dokumentu", "intitulé"),
    "kind": ("art", "typ", "dokumenttyp", "type de document", "tipo", "tipo de documento", "tipo di documento",
             "catégorie", "categoría", "categoria", "kategorie", "art des beitrags", "beitragsart", "dokumentart",
             "art der stellungnahme", "type de contribution", "tipo de contribución", "tipo di contributo",
             "tipologia", "rodzaj", "rodzaj dokumentu", "typ dokumentu", "rodzaj wkładu", "kategoria", "nature",
             "nature du document", "nature de la contribution"),
    "contributor": ("autor", "autorin", "auteur", "autore", "verfasser", "nom", "nombre", "nome", "verfasserin",
                    "verfasser in", "verfasser innen", "autor in", "autor innen", "auteur rice", "auteure",
                    "autorka", "autorzy", "imię i nazwisko", "nazwisko", "ekspert", "nadawca", "auteurs", "autoren",
                    "autores", "autori", "autrice", "contributeur", "contributrice", "beitragende", "beitragender",
                    "contribuyente", "contributore", "experte", "experto", "esperto",
                    "expéditeur", "absender", "remitente", "mittente"),
    "organisation": ("organisation", "institution", "organización", "organizacion", "organizzazione", "behörde",
                     "organisme", "organismo", "einrichtung", "ente", "entité", "organizacja", "instytucja",
                     "nazwa organizacji", "nazwa instytucji", "institución", "istituzione", "entidad"),
    "country": ("land", "staat", "pays", "país", "pais", "paese", "kraj", "państwo", "stato", "nazione", "nación",
                "herkunftsland", "pays région", "land region", "país región", "paese regione", "kraj region"),
    "region": ("région", "regione", "región", "regio", "grupa krajów", "grupa państw"),
    "role": ("rôle", "rolle", "ruolo", "rol", "fonction", "función", "funzione", "funktion", "akteursgruppe",
             "akteur", "akteurstyp", "interessengruppe", "type d acteur", "tipo de actor", "tipo di attore",
             "rola", "funkcja", "grupa interesariuszy", "stanowisko", "profil", "perfil", "profilo"),
    "date": ("datum", "eingangsdatum", "fecha", "date de réception", "data di ricezione", "fecha de recepción",
             "data", "data wpływu", "data otrzymania", "data złożenia", "data przesłania", "fecha de envío",
             "data di invio", "date d envoi", "empfangsdatum", "data di ricevimento", "data del documento",
             "data dokumentu", "eingang", "eingang am", "eingegangen am", "eingegangen", "eingereicht am",
             "erhalten am", "empfangen am", "datum des eingangs", "reçu le", "reçue le", "date d arrivée",
             "recibido el", "fecha de entrada", "ricevuto il", "pervenuto il", "data arrivo"),
    "language": ("sprache", "langue", "idioma", "lingua", "język", "język dokumentu", "lengua"),
    "password": ("passwort", "kennwort", "mot de passe", "contraseña", "hasło"),
}  # fmt: skip


# Letters that carry their mark in their own shape, so that Unicode does not decompose them: a sheet typed
# without them writes "Tytul" and "Jezyk" for "Tytuł" and "Język" all the same.
_UNMARKED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h"})
_HAS_UNMARKED = re.compile("[łđøħ]")


def fold(text: str) -> str:
    """Lower case without accents: "Région" and "region", "Rôle" and "role", "Tytuł" and "tytul" are one
    header."""
    if text.isascii():  # most headers and values: nothing to decompose (and a third of the time)
        return text.casefold()
    plain = unicodedata.normalize("NFKD", text.casefold())
    if _HAS_UNMARKED.search(plain):
        plain = plain.translate(_UNMARKED)
    return "".join(c for c in plain if not unicodedata.combining(c))


# Every whole header and its field: English, the languages above, and the other EU languages in Latin script
# (``metadata_header_names``: Portuguese and Dutch for every column, the others for the file, name,
# organisation, country, region and kind).
_ALIASES: tuple[tuple[str, str], ...] = (
    *((fold(alias), field) for field, aliases in _SYNONYMS.items() for alias in aliases),
    *((fold(alias), field) for field, aliases in _TRANSLATED.items() for alias in aliases),
    *(
        (fold(alias), field)
        for fields in HEADERS_BY_LANGUAGE.values()
        for field, aliases in fields.items()
        for alias in aliases
    ),
    *((fold(word), "date") for word in RECEIVED_WORDS),
)
_FIELD_OF = dict(_ALIASES)
# headers that name the date only when no other column of the sheet does (``metadata_header_names``)
WEAK_DATE_HEADERS = frozenset(fold(word) for word in RECEIVED_WORDS)
# Whole headers of a language other than English (a name English shares, "Organisation", "Institution", is not)
_ENGLISH_NAMES = frozenset(fold(alias) for aliases in _SYNONYMS.values() for alias in aliases)
_OTHER_LANGUAGE_NAMES = frozenset(alias for alias, _ in _ALIASES) - _ENGLISH_NAMES


def in_other_language(headers: list[str]) -> bool:
    """Whether a sheet's headers are written in a language other than English ("Datum", "Pays", "Data di
    ricezione"): every such language the product reads writes a numeric date day first."""
    for header in headers:
        key, plain = _words(header or "")
        if key in _OTHER_LANGUAGE_NAMES or plain in _OTHER_LANGUAGE_NAMES:
            return True
    return False


# Words that make a column something else than any of our fields, whatever else it says.
_NOT_OURS = frozenset(
    "email mail phone telephone tel mobile address id identifier no nr number url website web link notes note "
    "comment comments remarks count pages size words status recipient owner reviewer "
    # the same in the other languages: "Adresse de l'expéditeur" is no contributor, "Anzahl Seiten" no field
    "courriel correo adresse direccion indirizzo adres telefon telefono numero numer nummer anzahl seiten "
    "paginas pagine strony bemerkungen anmerkungen kommentar remarques commentaires observaciones osservazioni "
    "uwagi morada endereco telefoon telemovel opmerkingen observacoes comentarios notas aantal".split()
)

# Word rules, most specific first: (field, words any of which must be present, words that must all be absent).
# Besides English, the words of the other languages that name one field only ("Idioma del documento", "Nazwa
# pliku", "Kraj pochodzenia", "Nome da entidade", "Naam organisatie"); a word two fields could share ("Land",
# "Data") is read only as a whole header.
_RULES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = tuple(
    (field, frozenset(any_of.split()), frozenset(none_of.split()))
    for field, any_of, none_of in (
        ("password", "password passphrase passwort kennwort contrasena haslo senha wachtwoord", ""),
        ("role", "job", ""),
        ("title", "title heading titel titre titulo titolo tytul intitule", ""),
        # Hungarian "dátuma" is "its date" ("Beérkezés dátuma", "A dokumentum dátuma")
        ("date", "date dated when day fecha datum datuma eingangsdatum empfangsdatum ontvangstdatum ontvangst", ""),
        # "Received on", "Sent on", "Receipt", "Ontvangen op" (but "Received from", "Ingediend door" name who)
        # German "Eingang am", "Eingegangen am" (but "Eingereicht von" names who)
        (
            "date",
            "received receipt sent ontvangen ingediend verzonden eingang eingegangen eingereicht erhalten",
            "by from van door von durch",
        ),
        ("language", "language languages lang sprache langue idioma lingua jezyk taal", ""),
        (
            "role",
            "type kind category rodzaj soort tipo",
            "document documents doc docs contribution input submission file dokumentu wkladu documento bijdrage "
            "inbreng contributo contribuicao contribucion aportacion archivo fichero ficheiro arquivo bestand",
        ),
        ("kind", "type kind category genre rodzaj soort tipo", ""),
        ("region", "region group bloc regione regionen regiones regiao regio regija regiune regionas piirkond", ""),
        ("country", "country countries nation state territory pays pais paese kraj kraju", ""),
        (
            "organisation",
            "organisation organization organisations organizations institution agency affiliation "
            "body ministry employer company university organizacion organizzazione organismo organizacja "
            "organizacji instytucja instytucji institucion istituzione entidad ente organizacao instituicao "
            "entidade organisatie instelling organizace instituce organizacia institucia organizacija institucija "
            "organizatie organizatia institutie szervezet intezmeny organisaatio organisatsioon",
            "",
        ),
        # a word that can only mean a person decides before "document": "Document author" is who wrote it,
        # not the file (but "Author's file" is the file, and "Author role" the role)
        (
            "contributor",
            "contributor contributors author authors submitter speaker presenter respondent sender auteur "
            "auteurs autor autoren autores autore autori autorka autorzy contributeur expediteur absender "
            "remitente mittente nadawca autora remetente contribuidor indiener inzender afzender spreker "
            "odesilatel odosielatel posiljatelj expeditor szerzo bekuldo felado forfattare avsandare forfatter "
            "afsender tekija kirjoittaja lahettaja saatja autors autorius siuntejas",
            "file filename files attachment path role position function stakeholder sector profile capacity "
            "ficheiro arquivo bestand bestandsnaam bijlage anexo functie funcao papel",
        ),
        (
            "file",
            "file filename files attachment path document doc docs datei dateien fichier fichiers archivo archivos "
            "fichero plik pliku pliki allegato anhang adjunto zalacznik ficheiro ficheiros arquivo arquivos "
            "anexo bestand bestanden bestandsnaam bijlage soubor souboru subor suboru datoteka datoteke fisier "
            "fisierul fisierului fajl fajlnev filnamn filnavn tiedosto tiedoston tiedostonimi failinimi datne "
            "datnes failas failo",
            "",
        ),
        (
            "role",
            "role position function stakeholder sector profile capacity constituency profil perfil profilo functie "
            "funcao papel cargo",
            "",
        ),
        (
            "contributor",
            "contributor contributors author authors name names expert experts submitter submitted "
            "speaker presenter respondent person contact sender from nome naam",
            # a name of the document in another language is no person ("Name des Dokuments")
            "dokument dokuments dokumentu documento",
        ),
    )
)


def _words(header: str) -> tuple[str, str]:
    """The header as a lookup key, and the same with asides in brackets and punctuation left out."""
    key = " ".join(fold(header.replace("\ufeff", "")).replace("_", " ").replace("-", " ").split())
    plain = re.sub(r"\(s\)", "s", key)  # "author(s)"
    plain = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", plain)  # "region (eu/partner)", "date [yyyy-mm-dd]"
    plain = " ".join(re.sub(r"[^\w]+", " ", plain).split())
    return key, plain


# a word naming the side that is not the EU ("EU / non-EU", "UE ou parceiro", "EU of buiten de EU", "EU / nem EU",
# "EU nebo mimo EU")
_OTHER_SIDE = frozenset(
    "partner partners non other third parceiro parceiros nao fora terceiro partenaire hors tiers socio fuera "
    "tercero fuori terzo extra nicht ausserhalb drittstaat niet buiten derde partnerland poza spoza "
    "not nem ne mimo izven izvan zunaj afara utanfor icke ikke kivuli kivul ulkopuolinen partnerorszag".split()
)
# A person's name written as its parts ("Nom et prénom", "Prénom et nom", "Vor- und Nachname", "Nombre y
# apellidos", "Nazwisko i imię", "First and last name") or as a whole ("Nom complet", "Nombre completo"): words
# that only name a person, two parts or one said to be whole; a first name alone is no contributor's name.
_NAME_PARTS = frozenset(
    "name names nom nombre nome naam imie nazwisko prenom vorname nachname familienname vor apellido apellidos "
    "cognome sobrenome apelido voornaam achternaam first last given family surname".split()
)
_WHOLE_NAME = frozenset("full complet complete completo completa vollstandiger volledige pelne".split())
_PERSON_WORDS = _NAME_PARTS | _WHOLE_NAME | frozenset("and et y e und i en of".split())
_NUMBER_SIGN = re.compile(r"\w\s*#$")
# "Data" followed by "of" in Portuguese or Italian; English "data" ("Data source") never is
_DATE_OF = re.compile(r"^data (?:de|do|da|das|dos|di|del|della|dell|dello|dei|degli)\b")


def canonical_field(header: str) -> str:
    """The field a spreadsheet header means (``Author`` -> ``contributor``), or "" when it is none of ours."""
    key, plain = _words(header)
    if _NUMBER_SIGN.search(key):  # "Doc #", "File #": a number, as "Doc no." is, never the file's name
        return ""
    for candidate in (key, plain, key.strip(" :*.#")):
        if candidate in _FIELD_OF:
            return _FIELD_OF[candidate]
    words = set(plain.split())
    if not words or words & _NOT_OURS or "e mail" in plain:
        return ""
    if words & {"eu", "ue"} and words & _OTHER_SIDE:
        return "region"  # "EU or partner country", "EU / non-EU": which side, not which country
    parts = words & _NAME_PARTS
    if words <= _PERSON_WORDS and (len(parts) >= 2 or (parts and words & _WHOLE_NAME)):
        return "contributor"  # "Nom et prénom", "Nom complet": who sent it
    if _DATE_OF.match(plain):
        return "date"  # "Data do contributo", "Data di arrivo": "data" and a preposition is a date, not data
    for field, any_of, none_of in _RULES:
        if words & any_of and not words & none_of:
            return field
    return ""


def none_of_ours(header: str) -> bool:
    """Whether a header's own words make its column none of our fields whatever it is grouped under: an e-mail,
    a telephone, a reviewer, a recipient ("Recipient" over "Full name" names nobody who contributed)."""
    plain = _words(header)[1]
    return bool(set(plain.split()) & _NOT_OURS) or "e mail" in plain


def names_a_person(header: str) -> bool:
    """Whether a header names a person by their name whole ("Ime i prezime", "Nom et prénom", "Full name",
    "Meno a priezvisko"): a contributor's column of its own, unlike a bare "Name" or "Nom", which a group over it
    may make an organisation's name."""
    return canonical_field(header) == "contributor" and len(_words(header)[1].split()) >= 2


# A column of free text kept beside the rows of a sheet kept by hand ("Notes", "Comments", "Remarks",
# "Bemerkungen", "Osservazioni", "Observations", "Internal notes"): expected there, and never one of our fields, so
# nobody needs to hear that it is not used. Its words, in the languages whose headers the product reads, and the
# words that may qualify them.
_NOTE_WORDS = frozenset(
    "notes note comments comment remarks remark observations observation annotations bemerkungen bemerkung "
    "anmerkungen anmerkung kommentar kommentare hinweise notizen remarques remarque commentaires commentaire "
    "observaciones observacion comentarios comentario notas nota osservazioni osservazione commenti commento "
    "annotazioni uwagi uwaga komentarz komentarze observacoes observacao opmerkingen opmerking commentaar "
    "notities "
    # Czech and Slovak, Hungarian, Slovenian, Croatian, Romanian, Lithuanian, Latvian, Estonian, Finnish, Swedish,
    # Danish ("Poznámka", "Megjegyzések", "Opombe", "Napomena", "Observații", "Pastabos", "Anmärkningar")
    "poznamka poznamky komentar komentare megjegyzes megjegyzesek eszrevetel eszrevetelek opomba opombe "
    "napomena napomene observatii observatie comentarii pastaba pastabos komentarai piezime piezimes markus "
    "markused huomautus huomautukset huomiot kommentit anteckning anteckningar anmarkning anmarkningar "
    "kommentarer bemaerkning bemaerkninger noter "
    # Danish as written ("æ" is a letter of its own), Greek and Bulgarian ("Παρατηρήσεις", "Σχόλια", "Бележки")
    "bemærkning bemærkninger παρατηρήσεις παρατήρηση σχόλια σχόλιο σημειώσεις бележки бележка забележки "
    "забележка коментари коментар".split()
)
_NOTE_WORDS = frozenset(fold(word) for word in _NOTE_WORDS)
_NOTE_QUALIFIERS = frozenset(
    "internal secretariat general other additional further free text our editor editors staff "
    "and or interne internes intern interna interno allgemeine weitere sonstige autres autre "
    "otras otros altre altri inne dodatkowe outras overige "
    "interni vnitrni dalsi ostatni belso egyeb tovabbi es a sekretariatu sekretariata titkarsag titkarsagi".split()
)


def is_notes_column(header: str) -> bool:
    """Whether a header names a column of free-text notes ("Notes", "Comments", "Remarks", "Bemerkungen",
    "Osservazioni", "Internal notes"), which a sheet kept by hand is expected to have."""
    words = set(_words(header)[1].split())
    return bool(words & _NOTE_WORDS) and words <= _NOTE_WORDS | _NOTE_QUALIFIERS


# A running number a secretariat keeps down the first column ("No.", "Nr.", "#", "Lp.", "Č.", "Sorszám", "Lfd.
# Nr.", "N°", "№", "Α/Α", "Eil. Nr.", "Jrk nr", "Löpnr", "Nr. crt.", "R. br.", "Zap. št."): expected too, never one of
# our fields, and nothing to hear about. Whole headers only, as _words reads them (folded, punctuation as spaces):
# "Doc no." or "Number of pages" say what they count and stay named as columns not used.
_RUNNING_NUMBERS = frozenset(
    (
        "no", "nr", "n", "nos", "num", "number", "numero", "nummer", "s n", "sn", "sl no", "sr no",
        "seq", "ser no", "serial no", "serial number", "no number", "lp", "l p", "lfd nr", "lfd no",
        "laufende nummer", "lfdnr", "progressivo", "n ordine", "n progr", "num ordre",
        "n ordre", "volgnr", "volgnummer", "nr crt", "nrcrt", "numar curent", "c", "cislo", "p c", "por c",
        "poradove cislo", "poradi", "poradove c", "c p", "sorszam", "ssz", "s sz", "sorsz", "r br", "rb",
        "redni broj", "rbr", "zap st", "zaporedna stevilka", "eil nr", "eiles nr", "eiles numeris",
        "nr p k", "npk", "jrk", "jrk nr", "jrknr", "jarjekorranumber", "nro", "jarj nro", "jarjestysnumero",
        "lopnr", "lopnummer", "lop nr", "lobenr", "lbnr", "lobe nr", "lobenummer", "lopenr", "α α", "αα", "αυξ αρ",
        "αυξων αριθμος", "αριθμος", "no по ред", "по ред", "пореден номер", "номер",
    )
)  # fmt: skip


def is_number_column(header: str) -> bool:
    """Whether a header names a running number down the rows ("No.", "Nr.", "#", "Lp.", "Č.", "Sorszám", "N°",
    "№"), which a sheet kept by hand is expected to have."""
    key, plain = _words(header)
    # "№" folds to "No" (its letters, in their case)
    return plain.casefold() in _RUNNING_NUMBERS or (not plain and "#" in key)


def header_notes(sheet: str, headers: list[str]) -> list[str]:
    """What the user should know about a sheet's headers: columns not used (a notes column and a running number
    are expected, so they are not named), and a missing contributor column."""
    names = [canonical_field(h or "") for h in headers]
    notes = []
    unused = [
        h.strip()
        for h, n in zip(headers, names, strict=False)
        if h and h.strip() and not n and not is_notes_column(h) and not is_number_column(h)
    ]
    if unused:
        notes.append(f"{sheet}: column(s) not used: {', '.join(unused)}")
    if "file" in names and "contributor" not in names:
        notes.append(
            f"{sheet}: no column names the contributor (a header such as 'Contributor' or 'Author'), so drafts "
            "cannot say who wrote what"
        )
    return notes
