"""Kinds of contribution as metadata sheets write them, in English, German, French, Spanish, Italian, Polish,
Portuguese, Dutch, Slovenian, Croatian and Serbian, Czech and Slovak, Romanian, Hungarian, Lithuanian, and
Bulgarian written in Latin letters (and, from ``metadata_kind_words``, Swedish, Danish, Finnish, Estonian, Greek and
Bulgarian in Cyrillic): "Position paper", "Stellungnahme" and "Állásfoglalás" are
read into the product's four kinds (policy_brief, presentation, expert_input, other), and a kind in none of their
words is left unread (None), never guessed.

A compound's head is its last part, as German, Dutch and English build them: "Webinar-Transkript" is a
transcript and "Vortragsfolien" slides, whatever kind the first part names alone; a closed compound whose last
part is no kind of its own ("Umfrageergebnisse", "Foliensatz") takes the kind its first part names. An open
phrase is read by its head word in the same way: "Webinar transcript" is a transcript, "Interview notes" notes.
The record of a meeting where several spoke ("Panel discussion", "Round table", "Workshop minutes", "Hearing")
is an input as a transcript is: ingest.turns keeps only the contributor's turns of it.
Polish declines its nouns and puts the head first: "Zapis wywiadu" (a record of an interview) and "Odpowiedzi na
ankietę" (answers to a survey) are read by their stems, head first.
"""

from __future__ import annotations

import functools
import re

from ingest.metadata_header_names import HEADERS_BY_LANGUAGE
from ingest.metadata_headers import fold
from ingest.metadata_kind_words import MORE_KIND_WORDS, SOCIAL_MEDIA

__all__ = ["as_letter", "kind_word", "writes_brief_for_letter"]


def _words(text: str) -> tuple[str, set[str]]:
    """The value lower case and without accents ("Réponse" is "reponse"), and its words."""
    plain = " ".join(re.sub(r"[^\w]+", " ", fold(text).replace("_", " ")).split())
    return plain, set(plain.split())


# English, with the German, French, Spanish, Italian, Polish, Portuguese and Dutch words a ministry's sheet uses
# (written with their accents; the sets are folded below, so "Transcripción" and "Transcripcion" are one word).
# Dutch and German "brief" is a letter, but English sheets write it for a policy brief: it is a brief here, and a
# letter in a sheet whose headers are Dutch or German (``as_letter``, applied by the sheet's reader).
_PRESENTATION = {"slides", "slide", "presentation", "presentations", "deck", "powerpoint", "ppt", "pptx",
                 "webinar", "keynote", "talk", "präsentation", "praesentation", "folien", "présentation",
                 "presentación", "presentacion", "presentazione", "diapositivas", "diapositive", "prezentacja",
                 "slajdy", "diapositives", "diaporama", "vortrag", "ponencia", "apresentação", "apresentações",
                 "diapositivos", "palestra", "presentatie", "presentaties", "lezing",
                 # slides in each language: "Foliensatz", "Vortragsfolien", "Präsentationsfolien" are compounds
                 "transparents", "prezentacje", "apresentacao", "diapresentatie",
                 # talks and webinars as the other languages write them, in the plural too
                 "webinars", "webinaire", "webinaires", "webinario", "webinário", "webinarium", "exposé",
                 "présentations", "presentaciones", "presentazioni", "vorträge", "referat",
                 "referate",
                 # a speech as delivered, and a poster shown at a fair or a conference
                 "speech", "speeches", "toespraak", "toespraken", "rede", "ansprache", "discours", "discurso",
                 "discursos", "discorso", "discorsi", "poster", "posters", "plakat", "affiche",
                 # Slovenian, Croatian and Serbian, Czech, Romanian: a presentation, its slides, a lecture
                 "predstavitev", "predstavitve", "prosojnice", "prezentacija", "prezentacije", "slajdovi",
                 "predavanje", "prezentace", "prednáška", "snímky", "prezentare", "prezentări",
                 "diapozitive",
                 # Czech and Slovak, Hungarian, Lithuanian, Bulgarian in Latin letters: a presentation, slides, a
                 # lecture, a speech ("projev", "beszéd", "kalba" is also a language: not taken)
                 "projev", "prezentácia", "prezentáció", "előadás", "diasor", "beszéd", "webinárium",
                 "poszter", "pristatymas", "skaidrės", "skaidrių", "prezentatsiya", "prezentatsia",
                 "lektsiya", "slaydove"}  # fmt: skip
_BRIEF = {"brief", "briefs", "briefing", "positionspapier", "grundsatzpapier", "politikpapier", "stanowisko",
          "standpunt", "standpunten", "standpuntnota", "positienota", "positiepaper", "beleidsnota", "beleidsnotitie",
          "beleidsdocument", "beleidsbrief", "beleidsadvies",
          # a position taken, as Slovenian, Croatian and Czech write it (Polish "stanowisko" above)
          "stališče", "stališča", "stajalište", "stajališta", "stanovisko", "stanoviska",
          # Hungarian ("állásfoglalás", a position taken; "álláspont"), Bulgarian in Latin letters ("stanovishte")
          "állásfoglalás", "álláspont", "stanovishte"}  # fmt: skip
_POSITION = {"position", "policy", "posición", "posicion", "posizione", "política", "politique", "politik",
             "polityka", "polityczna", "polityki", "políticas", "politiche", "programmatico",
             "orientation", "posição", "orientação", "positie", "beleid",
             "politika", "politike", "politiky", "politici", "poziție", "poziţie", "pozicija",
             # Czech and Slovak, Hungarian, Lithuanian, Bulgarian in Latin letters: "poziční dokument",
             # "szakpolitikai összefoglaló", "politikos santrauka", "pozicijos dokumentas", "pozitsionen dokument"
             "poziční", "pozičný", "politický", "politická", "szakpolitikai", "politikai", "politikos",
             "pozicijos", "pozitsionen", "pozitsiya", "politicheski"}  # fmt: skip
_PAPER = {"paper", "papers", "note", "statement", "memo", "document", "documento", "papier", "nota", "notatka",
          "dokument", "resumen", "resumo", "notitie", "povzetek", "sažetak", "shrnutí", "rezumat",
          "összefoglaló", "dokumentum", "santrauka", "dokumentas", "rezyume"}  # fmt: skip
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
          "hoorzitting",
          # transcripts, survey results and comments in each language ("Umfrageergebnisse" is a compound)
          "mitschrift", "abschrift", "wortprotokoll", "verbatim", "stenogram", "stenogramm", "sondage",
          "sondagem", "sondaż", "peiling", "indagine", "ankietowa", "ankiety", "ankiet", "comment",
          "commentaire", "comentario", "comentários", "commento", "kommentar", "anmerkung", "opmerking", "rückmeldung",
          "feedback", "remarques", "uwaga",
          # the plurals a sheet writes for several letters, interviews, answers or transcripts in one file
          "lettres", "cartas", "lettere", "briefe", "brieven", "entretiens", "entrevistas", "interviste",
          "transkripte", "réponses", "respuestas", "risposte", "antworten", "courriels", "correos",
          "emails", "e-mails", "mails", "transcripts", "transcriptions", "questionnaires", "cuestionarios",
          "questionari", "fragebögen", "questionários", "vragenlijsten", "aportaciones", "contributi",
          "beiträge", "témoignage", "témoignages", "testimonio", "testimonianza", "getuigenis",
          # a form the contributor filled in is their written answer ("Consultation form", "Formulaire de
          # réponse", "Antwortformular", "Modulo compilato", "Formularz konsultacyjny", "Reactieformulier")
          "form", "forms", "formulaire", "formulaires", "formular", "formulare", "formblatt", "formulario",
          "formularios", "modulo", "formularz", "formularze", "formulário", "formulários", "formulier",
          "formulieren",
          # a template the contributor filled in, as a form; Dutch notes as English "notes"; German positions
          "template", "templates", "sjabloon", "vorlage", "plantilla", "szablon", "notitie", "notities",
          "stellungnahmen",
          # Slovenian, Croatian and Serbian, Czech, Romanian: a contribution, comments, an answer, a letter, minutes,
          # a survey, a questionnaire, a form, a note, an interview, a transcript (e-mail is read as a phrase below)
          "prispevek", "prispevki", "pripombe", "mnenje", "odziv", "odgovor", "odgovori", "komentar", "komentarji",
          "komentari", "dopis", "dopisi", "dopisy", "pisma", "zapisnik", "zapisniki", "zapisnika", "anketa",
          "ankete", "vprašalnik", "obrazec", "zaznamek", "beležka", "intervju", "prepis", "prilog", "doprinos",
          "primjedbe", "mišljenje", "očitovanje", "upitnik", "obrazac", "bilješka", "příspěvek", "připomínky",
          "vyjádření", "odpověď", "názor", "komentář", "dotazník", "průzkum", "poznámka", "rozhovor", "zápis",
          "contribuție", "contribuţie", "contribuții", "răspuns", "răspunsuri", "comentarii", "observații",
          "opinie", "aviz", "scrisoare", "scrisori", "minută", "chestionar", "sondaj", "anchetă", "interviu",
          "transcriere", "mesaj",
          # Czech and Slovak: minutes, notes, comments, a survey, an input ("odborný vstup"), a contribution
          "protokol", "poznámky", "zápisnica", "pripomienky", "prieskum", "príspevok", "vstup", "vstupy",
          "vyjadrenie",
          # Hungarian ("levél", a letter, is read before folding: folded it is English "level"): letters, a
          # mailing list, minutes, a questionnaire, a survey, an interview, a transcript, a contribution, an
          # opinion, comments, answers
          "levelek", "levelezőlista", "jegyzőkönyv", "kérdőív", "felmérés", "interjú", "átirat", "leirat",
          "hozzájárulás", "vélemény", "észrevétel", "észrevételek", "megjegyzések", "válasz", "válaszok",
          "szakvélemény",
          # Lithuanian: a letter ("el. laiškas", an e-mail), minutes, a survey, a questionnaire, an opinion, a
          # contribution, comments, answers
          "laiškas", "laiškai", "protokolas", "apklausa", "klausimynas", "nuomonė", "indėlis", "pastabos",
          "atsakymai", "pokalbis",
          # Bulgarian in Latin letters: an e-mail ("imeyl"), minutes, a survey, an opinion, a contribution, notes
          "imeyl", "imeil", "prouchvane", "mnenie", "prinos", "belezhki", "otgovori",
          "intervyu"}  # fmt: skip
_INPUT_PHRASES = re.compile(
    r"\b(?:posta elettronica|poczta elektroniczna|compte rendu|proces verbal|courrier electronique"
    r"|correio ele(?:c)?tronico|e posta|elektronsk[ae] posta|elektronick[aá] posta|posta electronica"
    r"|el laiskas|elektroninis laiskas|elektronna poshta|e post|e pasts|elektroniskais pasts)\b"
)
# advice a contributor gives as its position: recommendations and statements are read as a brief when nothing
# above says they came as an answer or a letter ("Written statement" is an input)
_ADVICE = {"recommendation", "recommendations", "recommandation", "recommandations", "empfehlung", "empfehlungen",
           "recomendación", "recomendaciones", "raccomandazione", "raccomandazioni", "rekomendacja",
           "rekomendacje", "zalecenie", "zalecenia", "statement", "statements", "declaration", "déclaration",
           "declaración", "dichiarazione", "erklärung", "oświadczenie", "deklaracja", "recomendação",
           "recomendações", "declaração", "aanbeveling", "aanbevelingen", "verklaring",
           # Czech and Slovak, Hungarian, Lithuanian: recommendations, a declaration
           "doporučení", "odporúčanie", "odporúčania", "prohlášení", "vyhlásenie", "ajánlás", "ajánlások",
           "nyilatkozat", "rekomendacijos", "rekomendacija", "pareiškimas", "preporaki"}  # fmt: skip
# a meeting where several people spoke, written down: its record is a transcript or minutes, whose speakers'
# turns ingest.turns filters ("Panel discussion", "Round table", "Focus group notes", "Workshop", "Hearing").
# Read after advice, and never over a paper: a "Discussion paper" or an "Expert panel recommendation" is what
# its paper or its advice says it is.
_SPOKEN = {"panel", "panels", "discussion", "discussions", "roundtable", "roundtables", "debate", "debates",
           "workshop", "workshops", "meeting", "meetings", "focusgroup", "focusgroups", "diskussion",
           "debatte", "sitzung", "besprechung", "fokusgruppe", "débat", "débats", "réunion", "atelier",
           "reunión", "dibattito", "riunione", "dyskusja", "debata", "spotkanie", "reunião", "discussie",
           "debat", "vergadering", "rondetafel", "rondetafelgesprek"}  # fmt: skip
_SPOKEN_PHRASES = re.compile(
    r"\b(?:round table|focus group|table ronde|runder tisch|mesa redonda|tavola rotonda|grupo focal"
    r"|groupe de discussion|okragly stol|grupa fokusowa)\b"
)
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
               "persbericht", "folder", "webpagina",
               # web pages: "Webseite", "Internetseite", "Homepage", "Page internet", "Strona internetowa"
               "webseite", "internetseite", "homepage", "internet", "internetowa", "www", "webpages",
               # guides written for their own readers: guidance, handbooks, manuals, toolkits
               "guide", "guides", "guidance", "guidelines", "handbook", "manual", "manuals", "toolkit",
               "leitfaden", "handreichung", "handbuch", "anleitung", "manuel", "guía", "guia", "guida",
               "manuale", "directrices", "diretrizes", "przewodnik", "poradnik", "wytyczne", "podręcznik",
               "handleiding", "leidraad", "handreiking", "richtsnoer", "richtsnoeren", "richtlijnen",
               "gids", "wiki",
               # Slovenian, Croatian and Serbian, Czech, Romanian: an article, a report, a newsletter
               "članek", "članki", "članak", "članci", "článek", "články", "articol", "articole", "poročilo",
               "poročila", "izvješće", "izvještaj", "izveštaj", "zpráva", "zprávy", "rapoarte", "glasilo",
               "bilten", "zpravodaj", "buletin",
               # Czech and Slovak, Hungarian, Lithuanian, Bulgarian in Latin letters: an article, a report, a
               # leaflet, a newsletter, a press release, a blog post
               "článok", "správa", "leták", "letáky", "cikk", "cikkek", "jelentés", "beszámoló",
               "szórólap", "hírlevél", "sajtóközlemény", "blogbejegyzés", "straipsnis", "ataskaita",
               "lankstinukas", "naujienlaiškis", "statiya", "otchet", "broshura", "byuletin"}  # fmt: skip
_OTHER_PHRASES = re.compile(
    r"\b(?:frequently asked questions|preguntas frecuentes|questions frequentes|foire aux questions"
    r"|haufig gestellte fragen|haufige fragen|domande frequenti|czesto zadawane pytania|press release"
    r"|comunicado de prensa|comunicato stampa|komunikat prasowy|perguntas frequentes|comunicado de imprensa"
    r"|veelgestelde vragen|lignes directrices|linee guida|linhas de orientacao|tiskova zprava|tlacova sprava"
    r"|pranesimas spaudai|saobshtenie za pechata)\b"
)


# the same groups in Swedish, Danish, Finnish, Estonian, Greek and Bulgarian (metadata_kind_words)
_PRESENTATION |= MORE_KIND_WORDS["presentation"]
_BRIEF |= MORE_KIND_WORDS["brief"]
_POSITION |= MORE_KIND_WORDS["position"]
_PAPER |= MORE_KIND_WORDS["paper"]
_INPUT |= MORE_KIND_WORDS["input"]
_ADVICE |= MORE_KIND_WORDS["advice"]
_SPOKEN |= MORE_KIND_WORDS["spoken"]
_OTHER_KIND |= MORE_KIND_WORDS["other"]
# the sets above as _words reads a value: without accents
_PRESENTATION, _BRIEF, _POSITION, _PAPER, _INPUT, _ADVICE, _SPOKEN, _OTHER_KIND = (
    {fold(w) for w in group}
    for group in (_PRESENTATION, _BRIEF, _POSITION, _PAPER, _INPUT, _ADVICE, _SPOKEN, _OTHER_KIND)
)
# a position statement: "prise de position" (French), "toma de posición" (Spanish), "presa di posizione" (Italian)
_POSITION_TAKEN = re.compile(r"\b(?:prise|toma|presa) de?i? ?posi(?:tion|cion|zione)\b")


# a post on a social network, in the languages of metadata_kind_words and the others above
_SOCIAL = re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in SOCIAL_MEDIA) + r")\b")


# Dutch slides, "dia's" ("dias" alone is days in Portuguese and Spanish)
_SLIDES_DUTCH = re.compile(r"\bdia s\b")


# Words whose accents tell them from an English word once folded: Hungarian "levél" (a letter) is "level"
_BY_ACCENTS = re.compile(r"(?<![^\W\d_])(?:e-)?levél(?![^\W\d_])")


@functools.lru_cache(maxsize=1024)  # a sheet writes the same few kinds on every row
def kind_word(written: str) -> str | None:
    """policy_brief, presentation, expert_input or other for the way a sheet writes a kind; None when unsure."""
    text = _by_heads(fold(_BY_ACCENTS.sub("letter", written.casefold())))
    return _polish_head(text) or _head_kind(text) or _kind(*_words(_polish_read(text)))


# Polish declines its nouns: a kind's word changes its ending with its place in the phrase ("wywiad" is "wywiadu"
# in "Zapis wywiadu", "ankieta" is "ankietę" in "Odpowiedzi na ankietę"). Each stem below (folded) is read with
# the endings of its declension.
_POLISH_STEMS = {
    "expert_input": "wywiad ankiet odpowiedz kwestionariusz zapis notat protokol pism transkrypcj transkrypt "
    "stenogram opini uwag komentarz wklad korespondencj wiadomosc wysluchani ekspertyz formularz mail",
    "policy_brief": "stanowisk rekomendacj zaleceni",
    "presentation": "prezentacj slajd wystapieni referat webinari przemowieni",
    "other": "artykul raport sprawozdani ulotk broszur poradnik przewodnik wytyczn aktualnosc komunikat",
}
_POLISH_ENDINGS = ("", "a", "e", "i", "u", "y", "o", "em", "ie", "ow", "om", "ami", "ach", "um", "ka", "ki", "ke",
                   "ek", "ce", "ych", "ymi", "ego")  # fmt: skip
_POLISH_FORMS = {stem + ending: kind for kind, stems in _POLISH_STEMS.items() for stem in stems.split()
                 for ending in _POLISH_ENDINGS}  # fmt: skip
# "list" is a letter ("List otwarty", "Listy"), but "lista" a list: its forms are given one by one; "ankiecie" is
# "ankieta" after "w" ("Odpowiedź w ankiecie")
_POLISH_FORMS.update(
    dict.fromkeys(("list", "listu", "listy", "listow", "listem", "listach", "ankiecie"), "expert_input")
)
_POLISH_WORD = {"expert_input": "input", "policy_brief": "brief", "presentation": "presentation", "other": "other"}


def _polish_head(text: str) -> str | None:
    """The kind a Polish phrase names by its first word, its head ("Zapis webinarium" is a record, of a webinar;
    "Odpowiedzi na ankietę" answers, to a survey); None when the first word is no Polish kind, or names published
    material (a "Raport z ankiety" stays the survey's input, as a "Survey report" does)."""
    phrase = _PHRASE_END.split(f" {text} ", maxsplit=1)[0]
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", phrase)
    if not words or words[0] in _FORM_WORDS or words[0].startswith("notat"):
        return None  # a head that says the form ("Notatka polityczna", a policy note) leaves it to what follows
    kind = _POLISH_FORMS.get(words[0])
    return kind if kind != "other" else None


def _polish_read(text: str) -> str:
    """The value with each declined Polish word written as a word of its kind ("wywiadu" as "input")."""
    return " ".join(
        _POLISH_WORD[_POLISH_FORMS[w]] if w in _POLISH_FORMS and w not in _WORD_KIND and w not in _FORM_WORDS else w
        for w in text.split()
    )


# Words that end the phrase naming the thing: what follows says of what or for whom it is ("Transcript of the
# webinar", "Nota de política"), or adds a second thing ("Slides and notes" are slides)
_PHRASE_END = re.compile(
    r"[(\[,;:/&+]|\s(?:of|on|for|from|about|by|at|in|with|and|or|to|de|del|della|delle|dei|di|du|des|da|do|dos|das"
    r"|sur|pour|par|et|y|e|ou|o|und|oder|von|vom|zum|zur|uber|fur|en|van|voor|na|dla|z|ze|i|oraz)\s"
)
# Heads that only say the form the thing takes ("paper", "note", "statement", "document"): "Briefing note" and
# "Position paper" are briefs, so such a head leaves the kind to the words before it; so does advice, which is a
# brief unless the words before it say it came as an input ("Written recommendations")
_FORM_WORDS = frozenset(_PAPER | _POSITION | _ADVICE)


def _head_kind(text: str) -> str | None:
    """The kind a value's head names when it names one of its own: the last word of the phrase that names the
    thing, as English builds open compounds ("Webinar transcript" is a transcript, "Panel transcript" too,
    "Interview notes" notes, "Transcript of the webinar" a transcript), unless that word only says the form;
    None otherwise, so the value is read by all its words. A head naming material published for its own readers
    (a report, a summary page) does not outweigh what it reports on: a "Survey report" stays the survey's input."""
    phrase = _PHRASE_END.split(f" {text} ", maxsplit=1)[0]
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", phrase)
    whole = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)
    if not words or words == whole and len(words) < 2 or words[-1] in _FORM_WORDS:
        return None  # a value of one word is read by the rules below as it always was
    kind = _WORD_KIND.get(words[-1])
    return kind if kind != "other" else None


def _kind(plain: str, words: set[str]) -> str | None:
    """The kind the words of a value name, the most telling first (slides before a note, a note before a web
    page)."""
    if words & _PRESENTATION or _SLIDES_DUTCH.search(plain):
        return "presentation"
    if _BRIEF & words or "white paper" in plain or _POSITION_TAKEN.search(plain):
        return "policy_brief"
    if words & _POSITION and words & _PAPER:
        return "policy_brief"
    if words & _INPUT or _INPUT_PHRASES.search(plain):
        return "expert_input"
    if words & _ADVICE:
        return "policy_brief"
    if (words & _SPOKEN or _SPOKEN_PHRASES.search(plain)) and not words & _PAPER:
        return "expert_input"
    if words & _OTHER_KIND or _OTHER_PHRASES.search(plain) or _SOCIAL.search(plain):
        return "other"
    return None


# Each word that names a kind by itself, and that kind ("transkript": expert_input, "webinar": presentation).
_WORD_KIND = {
    word: _kind(word, {word}) for word in (*_PRESENTATION, *_BRIEF, *_INPUT, *_ADVICE, *_SPOKEN, *_OTHER_KIND)
}
# Words long enough to be a compound's part: shorter ones end or open too many other words ("ata" in "data"),
# and German and Dutch "brief" in a compound is a letter ("Rundbrief", "Steckbrief"), not a policy brief;
# English "forms" ends "platforms" and "reforms", which are no forms.
_PARTS = frozenset(word for word, kind in _WORD_KIND.items() if kind and len(word) >= 5) - {
    "brief", "briefs", "briefe", "brieven", "forms"
}  # fmt: skip
# Last parts that say which form a thing takes, not what it is: "Umfrageergebnisse" is survey results,
# "Foliensatz" a set of slides, "Vortragsunterlagen" a talk's papers (German and Dutch)
_FORM_HEADS = frozenset(
    "ergebnis ergebnisse auswertung satz seite seiten auftritt zusammenfassung auszug unterlagen dokument "
    "dokumentation material materialien fassung text daten resultaten uitslag samenvatting pagina versie tekst "
    "materiaal".split()
)
_LINKS = ("", "s", "es", "n", "en", "e")  # what joins the parts of a German or Dutch compound ("Vortrag-s-folien")


def _closed(word: str) -> str:
    """The part of a closed compound that decides its kind: its last part when that names a kind
    ("vortragsfolien": "folien"), else its first when the last only says the form ("umfrageergebnisse":
    "umfrage"); the word itself otherwise."""
    if len(word) < 8 or word in _WORD_KIND:
        return word
    for start in range(3, len(word) - 4):  # the longest last part first
        if word[start:] in _PARTS:
            return word[start:]
    for end in range(len(word) - 3, 2, -1):
        if word[end:] in _FORM_HEADS:
            for link in _LINKS:
                first = word[:end].removesuffix(link) if link else word[:end]
                if first in _PARTS:
                    return first
    return word


def _by_heads(text: str) -> str:
    """The value with each compound read by its head: a hyphenated one ("webinar-transkript") as its last part
    that names a kind when another part names a different one (a "policy-note" stays two words, since "policy"
    alone names no kind), a closed one as ``_closed`` reads it."""
    read = []
    for token in re.findall(r"[^\W_]+(?:-[^\W_]+)*", text):
        parts = [_closed(part) for part in token.split("-")]
        kinds = [_WORD_KIND.get(part) for part in parts]
        last = max((n for n, kind in enumerate(kinds) if kind), default=None)
        if last is not None and any(kind and kind != kinds[last] for kind in kinds):
            read.append(parts[last])
        else:
            read.extend(parts)
    return " ".join(read)


# Dutch and German write "Brief" for a letter ("Open brief", "Offener Brief", "Brieven"), English sheets for a
# policy brief. A sheet tells which by its headers: two or more headers only a Dutch or German sheet writes
# ("Bestand", "Soort bijdrage", "Datum ontvangst"; "Datei", "Art des Beitrags", "Eingangsdatum") make its kind
# column's "Brief" a letter. A policy document stays a brief: "Beleidsbrief" and "Beleidsnota" are one word of
# their own, and "Policy brief" written in English in such a sheet keeps its English sense.
_GERMAN_HEADERS = (
    "datei", "dateiname", "art des beitrags", "beitragsart", "dokumentart", "verfasser", "verfasserin", "einrichtung",
    "behörde", "eingangsdatum", "eingang", "eingang am", "eingegangen am", "sprache", "kennwort", "passwort",
    "absender", "herkunftsland", "bemerkungen", "anmerkungen", "rolle", "akteursgruppe", "art der stellungnahme",
)  # fmt: skip
_LETTER_LANGUAGE_HEADERS = frozenset(
    fold(header)
    for header in (*(h for names in HEADERS_BY_LANGUAGE["Dutch"].values() for h in names), *_GERMAN_HEADERS)
)
_LETTER = re.compile(r"(?i)(?<!policy )(?<!policy-)\b(?:brief|brieven|briefe)\b")


def writes_brief_for_letter(headers: list[str]) -> bool:
    """Whether a sheet's headers are Dutch or German, whose "Brief" is a letter (see above)."""
    found = {" ".join(re.sub(r"[^\w]+", " ", fold(h or "")).split()) for h in headers} & _LETTER_LANGUAGE_HEADERS
    return len(found) >= 2


def as_letter(kind: str) -> str:
    """A kind written in a Dutch or German sheet with its "Brief" said as the letter it is ("Open brief" is "Open
    letter", "Brieven" "letters"), so that it is read as an input, never as a policy brief."""
    return _LETTER.sub(lambda m: "letters" if m.group().lower() in ("brieven", "briefe") else "letter", kind)
