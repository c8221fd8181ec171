"""Kinds of contribution in the languages of the North, Estonia, Greece and Bulgaria, as their secretariats write
them in a sheet's kind column: Swedish, Danish, Finnish, Estonian, Latvian, Lithuanian, Greek and Bulgarian in
Cyrillic letters.

``metadata_kinds`` reads them as it reads its own words (each set is folded there with the rest), so a word here
only joins the group of the same name: what was said of a kind ("a position taken is a brief", "an article is
published for its own readers") holds in these languages too. A word two of the product's kinds could share is
left out rather than guessed: Bulgarian "доклад" is a report or a talk, Greek "εισήγηση" a report or a speech,
Danish and Spanish "dias" slides or days.
"""

from __future__ import annotations

__all__ = ["MORE_KIND_WORDS", "SOCIAL_MEDIA"]

MORE_KIND_WORDS: dict[str, frozenset[str]] = {
    "presentation": frozenset((
        # Swedish, Danish, Finnish, Estonian: a presentation, its slides, a talk, a lecture
        "bildspel", "föredrag", "presentationsbilder", "præsentation", "oplæg", "foredrag", "esitys",
        "esitysaineisto", "diaesitys", "kalvot", "luento", "esitlus", "ettekanne", "slaidid",
        # Greek and Bulgarian
        "παρουσίαση", "διαφάνειες", "ομιλία", "διάλεξη", "презентация", "слайдове", "лекция",
        # Latvian: slides, a lecture
        "slaidi", "lekcija",
        # Lithuanian: a presentation, slides, a talk, a lecture
        "pristatymas", "skaidrės", "pranešimo skaidrės", "paskaita",
        # Swedish: talking points and a speech's script, what a speaker says on a panel
        "talarpunkter", "talpunkter", "talmanus", "anförande",
    )),
    "brief": frozenset((
        # a position taken
        "ståndpunkt", "ställningstagande", "positionspapper", "holdningspapir", "positionspapir", "kannanotto",
        "kannanotot", "seisukoht", "seisukohad", "seisukohapaber",
        # Estonian and Finnish: a policy analysis, a policy paper
        "poliitikaanalüüs", "poliitikadokument", "poliitikaülevaade", "politiikka-analyysi", "politiikkapaperi",
        "θέσεις", "θέσεων", "становище", "позиция",
        # Latvian: a position taken ("nostāja"; "nostājas dokuments" is a position paper, read below)
        "nostāja",
    )),
    "position": frozenset(("policy", "πολιτικής", "политика", "политики", "nostājas")),
    "paper": frozenset((
        # Latvian: a document
        "dokuments",
        "έγγραφο", "κείμενο", "документ",
        # Finnish and Estonian: a summary, an abstract
        "tiivistelmä", "kokkuvõte",
    )),
    "input": frozenset((
        # Swedish: an opinion, a consultation answer, a letter, e-mail, a survey, an interview, comments, answers,
        # notes, a contribution, a transcript, a form
        "yttrande", "remissvar", "remissyttrande", "brev", "e-post", "enkät", "enkätsvar", "intervju",
        "synpunkter", "kommentarer", "svar", "minnesanteckningar", "anteckningar", "bidrag", "transkription",
        "frågeformulär", "formulär", "inlaga",
        # Swedish: the basis of a decision, a decision record, material sent in
        "beslutsunderlag", "underlag", "beslutsdokument",
        # Danish
        "høringssvar", "bemærkninger", "spørgeskema", "notat", "udtalelse", "afskrift",
        # Danish: a chat log, a board's notes exported, a petition, a vote with its reasons, a logbook, a letter to
        # the editor, an application form, a letter, a forum's posts
        "chatlog", "chatlogs", "tavleeksport", "tavlenoter", "underskriftsindsamling", "afstemning", "logbog",
        "dagbog", "læserbrev", "læserbreve", "ansøgningsskema", "ansøgning", "brev", "indlæg",
        # Finnish
        "lausunto", "lausunnot", "kirje", "sähköposti", "kysely", "kyselyvastaus", "haastattelu", "muistio",
        "muistiinpanot", "pöytäkirja", "kommentit", "kommentti", "vastaus", "vastaukset", "palaute",
        "litterointi", "lomake", "viesti", "viestit", "kyselyn", "kyselyvastaukset", "vetoomus",
        # Estonian
        "arvamus", "kiri", "e-kiri", "küsitlus", "küsimustik", "intervjuu", "märkmed", "kommentaarid", "vastus",
        "vastused", "tagasiside", "panus", "ankeet", "küsitluse", "küsimustiku", "pöördumine", "pöördumised",
        "sõnum", "sõnumid", "kirjad",
        # Greek
        "γνώμη", "επιστολή", "ερωτηματολόγιο", "συνέντευξη", "πρακτικά", "σημειώσεις", "σχόλια", "απάντηση",
        "απαντήσεις", "συνεισφορά", "υπόμνημα", "απομαγνητοφώνηση",
        # Greek: a conversation or chat ("συνομιλία", not a speech, "ομιλία"), a message, an e-mail
        "συνομιλία", "συνομιλίες", "μήνυμα", "μηνύματα", "ηλεκτρονικό μήνυμα",
        # Bulgarian
        "мнение", "писмо", "имейл", "анкета", "въпросник", "интервю", "протокол", "бележки", "коментари",
        "отговор", "отговори", "принос",
        # a chat's messages sent to the consultation, as an e-mail's are (ingest.turns keeps the contributor's own):
        # English, German, Hungarian, Polish, Swedish, Finnish
        "chat", "chats", "whatsapp", "chatverlauf", "chatprotokoll", "csevegés", "czat", "chatt", "keskustelu",
        # a conversation, as a chat is (English, Romanian, Latvian); amendments proposed to the draft, which are
        # comments on it
        "conversation", "conversations", "conversație", "conversații", "saruna", "sarakste",
        "amendments", "amendment", "amendamente", "amendament", "grozījumi", "grozījumu",
        # Romanian: a discussion
        "discuție", "discuții",
        # Latvian: a discussion, notes, a letter, e-mail, comments, an answer, an interview, minutes, an opinion,
        # a questionnaire, a contribution
        "diskusija", "diskusijas", "piezīmes", "vēstule", "vēstules", "e-pasts", "komentāri", "atbilde",
        "atbildes", "intervija", "protokols", "viedoklis", "aptauja", "anketa", "ieguldījums",
        # Lithuanian: a letter, notes, comments, an opinion, an answer, an interview, a survey, minutes, a message
        "raštas", "laiškas", "užrašai", "pastabos", "komentarai", "nuomonė", "atsakymas", "atsakymai", "interviu",
        "apklausa", "protokolas", "žinutė", "el. laiškas",
    )),
    "advice": frozenset((
        "ieteikums", "ieteikumi",
        # a statement, as "statement" (English) is: "gemensamt uttalande" is a joint statement (Swedish)
        "uttalande", "uttalanden",
        "rekommendation", "rekommendationer", "anbefaling", "anbefalinger", "suositus", "suositukset", "soovitus",
        "soovitused", "σύσταση", "συστάσεις", "препоръка", "препоръки",
    )),
    "other": frozenset((
        # an article, a report, a newsletter, a leaflet, a press release, a blog post, a web page, "other"
        "artikel", "nyhetsbrev", "broschyr", "pressmeddelande", "blogginlägg", "webbsida", "annat", "övrigt",
        "nyhedsbrev", "pressemeddelelse", "blogindlæg", "andet", "hjemmeside", "artikkeli", "raportti",
        # Danish: an annual report, a report
        "årsberetning", "årsrapport", "beretning", "rapport",
        "selvitys", "uutiskirje", "esite", "tiedote", "lehdistötiedote", "blogikirjoitus", "verkkosivu", "muu",
        "artikkel", "aruanne", "uudiskiri", "voldik", "pressiteade", "blogipostitus", "veebileht", "άρθρο",
        "έκθεση", "δελτίο", "φυλλάδιο", "ανάρτηση", "ιστολόγιο", "άλλο", "ιστοσελίδα", "статия", "отчет",
        "бюлетин", "брошура", "листовка", "прессъобщение", "блог", "друго", "уебсайт",
        # a post on a social network, published for its readers as a blog post is
        "tweet", "tweets", "linkedin", "facebook", "instagram",
        # a wiki's page (Estonian, Finnish), as a wiki is
        "vikileht", "vikilehekülg", "wikisivu", "wiki-sivu",
        # Latvian: an article, a report, a newsletter, a press release, a web page, other
        "raksts", "ziņojums", "pārskats", "jaunumi", "paziņojums", "mājaslapa", "cits",
        # Lithuanian: an article, a report, a newsletter, a press release, a web page, other
        "straipsnis", "ataskaita", "naujienlaiškis", "pranešimas spaudai", "tinklalapis", "kita",
    )),
    # a meeting where several people spoke (Finnish, Estonian): its record's speakers are filtered by ingest.turns
    "spoken": frozenset((
        "kokous", "kokoukset", "palaveri", "työpaja", "työpajat", "paneeli", "paneelikeskustelu", "koosolek",
        "koosolekud", "arutelu", "töötuba", "ümarlaud", "paneeldiskussioon",
    )),
}  # fmt: skip
# the same as phrases, folded: "Social media post", "Közösségi média", "Médias sociaux", "Soziale Medien"
SOCIAL_MEDIA = (
    "social media", "social network", "kozossegi media", "socialni site", "socialni sit", "medias sociaux",
    "reseaux sociaux", "redes sociales", "soziale medien", "soziales netzwerk", "media spolecznosciowe",
    "sociale media", "sosiaalinen media", "sosiaalisen median", "some ketju", "some julkaisu", "some paivitys",
    "sotsiaalmeedia", "sociala medier", "sociale medier", "κοινωνικα δικτυα", "социални мрежи",
)  # fmt: skip
