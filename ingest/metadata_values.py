"""Values of a metadata sheet as people write them: kinds ("Position paper", "Slides"), regions ("EU member
state", "Third country", "Candidate country") and dates ("3 March 2026", "03/03/2026", "2026-03-03").

Each is read into the sheet's own vocabulary only when the words say so; anything else is kept as written (a
date) or reported (a kind, a region), never guessed into another value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from ingest.metadata_headers import fold

__all__ = ["NON_EU", "date_order", "iso_date", "kind_word", "region_word"]

NON_EU = "non-EU"  # "Non-EU", "Third country": not EU, partner or other as the country says


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
                  "uitbreiding", "partnerlanden"}  # fmt: skip
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
    r"|zuidelijk\w* (?:nabuurschap|middellandse zee\w*))\b"
)
# not EU, in any of those languages: "Non-EU", "Outside the EU", "Hors de l'UE", "Außerhalb der EU", "Fuera de la
# UE", "Fuori dall'UE", "Spoza UE", "Poza Unią Europejską", "Fora da UE", "Não UE", "Buiten de EU", "Niet-EU"
# (a word that says "outside" or "not" before the EU or the Union, a few words apart), "Niet-lidstaat"
_NOT_EU = re.compile(
    r"\bnon ?(?:eu|ue|member)|\bthird countr|\bnao membro|\bniet lidsta"
    r"|\b(?:outside|not|non|extra|hors|nicht|ausserhalb|fuera|fuori|no|nie|poza|spoza|nao|fora|niet|buiten)\b"
    r"(?: \w+){0,2} (?:eu|ue|union|unia|unii|unione|uniao|unie)\b"
)
_THIRD = {"drittstaat", "drittland", "tiers", "tercero", "tercer", "terzo", "trzeci", "trzecie", "trzecim",
          "terceiro", "terceiros", "derde"}  # fmt: skip
_OTHER_WORDS = {"other", "international", "global", "worldwide", "eea", "efta", "eee", "aele", "ewr", "autre",
                "andere", "otro", "altro", "eog", "inne", "inny", "inna", "outro", "outros", "outra",
                "internacional", "internationaal", "overig", "overige", "ander", "eer"}  # fmt: skip
_EU_NAMES = re.compile(
    r"\b(?:european union|union europe(?:enne|a)|unione europea|europaische union|unia europejska"
    r"|member states?|etat membre|estado miembro|stato membro|panstwo czlonkowskie|kraj czlonkowski"
    r"|uniao europeia|europese unie|estados? membros?|lidsta(?:at|ten))\b"
)


def region_word(written: str) -> str | None:
    """EU, partner, other or ``NON_EU`` for the way a sheet writes a region; None when it says none of them."""
    plain, words = _words(written)
    if not plain:
        return None
    if _NOT_EU.search(plain) or words & _THIRD:
        return NON_EU
    if words & _PARTNER_WORDS or any(phrase in plain for phrase in _PARTNER_PHRASES) or _PARTNER_GROUPS.search(plain):
        return "partner"
    if {"eu", "ue", "eu27", "eu28", "mitgliedstaat"} & words or _EU_NAMES.search(plain):
        return "EU"
    if words & _OTHER_WORDS:
        return "other"
    return None


# English, with the German, French, Spanish, Italian, Polish, Portuguese and Dutch words a ministry's sheet uses
# (written with their accents; the sets are folded below, so "Transcripción" and "Transcripcion" are one word).
# Dutch "brief" is a letter, but English sheets write it for a policy brief: it stays a brief.
_PRESENTATION = {"slides", "slide", "presentation", "presentations", "deck", "powerpoint", "ppt", "pptx",
                 "webinar", "keynote", "talk", "präsentation", "praesentation", "folien", "présentation",
                 "presentación", "presentacion", "presentazione", "diapositivas", "diapositive", "prezentacja",
                 "slajdy", "diapositives", "diaporama", "vortrag", "ponencia", "apresentação", "apresentações",
                 "diapositivos", "palestra", "presentatie", "presentaties", "lezing"}  # fmt: skip
_BRIEF = {"brief", "briefs", "briefing", "positionspapier", "grundsatzpapier", "politikpapier", "stanowisko",
          "standpunt", "standpuntnota", "positienota", "positiepaper", "beleidsnota", "beleidsnotitie",
          "beleidsdocument", "beleidsbrief", "beleidsadvies"}  # fmt: skip
_POSITION = {"position", "policy", "posición", "posicion", "posizione", "política", "politique", "politik",
             "polityka", "polityczna", "polityki", "políticas", "politiche", "programmatico",
             "orientation", "posição", "orientação", "positie", "beleid"}  # fmt: skip
_PAPER = {"paper", "papers", "note", "statement", "memo", "document", "documento", "papier", "nota", "notatka",
          "dokument", "resumen", "resumo", "notitie"}  # fmt: skip
# what a contributor wrote or said for the consultation: answers, letters, e-mails, interviews, transcripts,
# minutes, notes (a policy note is a brief: that is read first)
_INPUT = {"input", "inputs", "comments", "contribution", "contributions", "submission", "response", "responses",
          "answers", "opinion", "written", "stellungnahme", "beitrag", "aportación", "aportacion", "contributo",
          "contribución", "contribucion", "interview", "interviews", "letter", "letters", "email", "e-mail",
          "mail", "survey", "questionnaire", "testimony", "hearing", "transcript", "minutes", "lettre", "courriel",
          "réponse", "respuesta", "risposta", "antwort", "schreiben", "carta", "lettera", "entretien",
          "entrevista", "intervista", "befragung", "enquête", "encuesta", "sondaggio", "memo", "memorandum",
          "vermerk", "aktenvermerk", "protokoll", "niederschrift", "verbale", "acta",
          "note", "notes", "nota", "notas", "notiz", "notatka", "notatki", "transcription", "transcripción",
          "trascrizione", "transkript", "transkription", "transkrypcja", "cuestionario", "questionario",
          "fragebogen", "umfrage", "ankieta", "kwestionariusz", "correo", "courrier", "protokół", "commentaires",
          "comentarios", "commenti", "kommentare", "anmerkungen", "osservazioni", "parere", "avis", "opinión",
          "opinia", "uwagi", "komentarz", "komentarze", "odpowiedź", "wywiad", "wkład", "pismo", "anhörung",
          "audizione", "wysłuchanie", "gutachten", "ekspertyza", "contribuição", "contribuições", "resposta",
          "respostas", "parecer", "inquérito", "questionário", "ata", "transcrição", "comentário", "audição",
          "depoimento", "bijdrage", "bijdragen", "inbreng", "reactie", "reacties", "antwoord", "antwoorden",
          "vragenlijst", "notulen", "transcriptie", "advies", "commentaar", "opmerkingen", "gespreksverslag",
          "hoorzitting"}  # fmt: skip
_INPUT_PHRASES = re.compile(
    r"\b(?:posta elettronica|poczta elektroniczna|compte rendu|proces verbal|courrier electronique"
    r"|correio ele(?:c)?tronico)\b"
)
# advice a contributor gives as its position: recommendations and statements are read as a brief when nothing
# above says they came as an answer or a letter ("Written statement" is an input)
_ADVICE = {"recommendation", "recommendations", "recommandation", "recommandations", "empfehlung", "empfehlungen",
           "recomendación", "recomendaciones", "raccomandazione", "raccomandazioni", "rekomendacja",
           "rekomendacje", "zalecenie", "zalecenia", "statement", "statements", "declaration", "déclaration",
           "declaración", "dichiarazione", "erklärung", "oświadczenie", "deklaracja", "recomendação",
           "recomendações", "declaração", "aanbeveling", "aanbevelingen", "verklaring"}  # fmt: skip
# kinds that are none of the three, said so on purpose: "other" without a warning. Material published for its
# own readers rather than written for the consultation: web pages, articles, news, leaflets, FAQs, reports.
_OTHER_KIND = {"other", "others", "web", "webpage", "website", "article", "blog", "video", "misc", "miscellaneous",
               "sonstiges", "autre", "autres", "otro", "otros", "altro", "altri", "inne", "inny",
               "articles", "articolo", "artículo", "artikel", "artykuł", "news", "newsletter", "noticia",
               "noticias", "notizia", "notizie", "nachricht", "nachrichten", "meldung", "pressemitteilung",
               "actualité", "actualités", "aktualność", "aktualności", "communiqué", "leaflet", "leaflets",
               "flyer", "flyers", "brochure", "pamphlet", "volantino", "opuscolo", "folleto", "dépliant",
               "faltblatt", "broschüre", "ulotka", "broszura", "faq", "faqs", "report", "reports", "informe",
               "informes", "rapport", "rapports", "bericht", "berichte", "rapporto", "relazione", "raport",
               "sprawozdanie", "prospectus", "outro", "outros", "relatório", "relatórios", "artigo", "notícias",
               "folheto", "brochura", "boletim", "overig", "overige", "anders", "nieuwsbrief", "nieuwsbericht",
               "persbericht", "folder", "webpagina"}  # fmt: skip
_OTHER_PHRASES = re.compile(
    r"\b(?:frequently asked questions|preguntas frecuentes|questions frequentes|foire aux questions"
    r"|haufig gestellte fragen|haufige fragen|domande frequenti|czesto zadawane pytania|press release"
    r"|comunicado de prensa|comunicato stampa|komunikat prasowy|perguntas frequentes|comunicado de imprensa"
    r"|veelgestelde vragen)\b"
)


# the sets above as _words reads a value: without accents
_PRESENTATION, _BRIEF, _POSITION, _PAPER, _INPUT, _ADVICE, _OTHER_KIND = (
    {fold(w) for w in group} for group in (_PRESENTATION, _BRIEF, _POSITION, _PAPER, _INPUT, _ADVICE, _OTHER_KIND)
)
# a position statement: "prise de position" (French), "toma de posición" (Spanish), "presa di posizione" (Italian)
_POSITION_TAKEN = re.compile(r"\b(?:prise|toma|presa) de?i? ?posi(?:tion|cion|zione)\b")


def kind_word(written: str) -> str | None:
    """policy_brief, presentation, expert_input or other for the way a sheet writes a kind; None when unsure."""
    plain, words = _words(written)
    if words & _PRESENTATION:
        return "presentation"
    if _BRIEF & words or "white paper" in plain or _POSITION_TAKEN.search(plain):
        return "policy_brief"
    if words & _POSITION and words & _PAPER:
        return "policy_brief"
    if words & _INPUT or _INPUT_PHRASES.search(plain):
        return "expert_input"
    if words & _ADVICE:
        return "policy_brief"
    if words & _OTHER_KIND or _OTHER_PHRASES.search(plain):
        return "other"
    return None


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
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names.split()}
_MONTHS.update({fold(name): number for name, number in list(_MONTHS.items())})  # typed without accents
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ][\d:.+z]*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})$")
_DAY_MONTH = re.compile(
    r"^(?:\w+,?\s+)??(\d{1,2})(?:st|nd|rd|th|er)?\.?[\s\-]+(?:de\s+)?([^\W\d_]+)\.?,?[\s\-]+(?:de\s+)?(\d{4})$"
)
_MONTH_DAY = re.compile(r"^(?:\w+,?\s+)??([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_order(values: Iterable[str]) -> str | None:
    """ "dmy" or "mdy" when a sheet's numeric dates show it (a first number above 12, or a second one), else
    None; dates with dots are day first wherever they are written."""
    seen = set()
    for value in values:
        match = _NUMERIC.match(value.strip())
        if match:
            first, second = int(match.group(1)), int(match.group(3))
            if match.group(2) == "." or first > 12:
                seen.add("dmy")
            elif second > 12:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


# the year's word after it, as Polish writes a date ("3 marca 2026 r.", "3.03.2026 roku")
_YEAR_WORD = re.compile(r"(\d{4})\s*(?:r\.?|roku)$")


def iso_date(value: str, order: str | None = None) -> str | None:
    """The date as YYYY-MM-DD, or None when it is not one or its day and month cannot be told apart
    ("03/04/2026" in a sheet that never shows its order)."""
    text = _YEAR_WORD.sub(r"\1", " ".join(value.split()).casefold())
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
    return None
