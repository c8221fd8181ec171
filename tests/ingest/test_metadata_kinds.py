"""Kinds of contribution as sheets write them: the synonyms of each language, and compounds read by their head."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import metadata_kinds
from ingest.metadata import build_meta, read_metadata_csv
from ingest.metadata_kinds import kind_word

pytestmark = pytest.mark.unit

# A kind's synonyms in each language the product reads: English, German, French, Spanish, Italian, Polish,
# Portuguese, Dutch.
SYNONYMS = {
    "web page": (
        "other",
        ["Web page", "Webseite", "Internetseite", "Homepage", "Page internet", "Site web", "Página web",
         "Sito internet", "Strona internetowa", "Página da internet", "Webpagina"],
    ),
    "slides": (
        "presentation",
        ["Slide deck", "Foliensatz", "Vortragsfolien", "Präsentationsfolien", "Diapositives", "Diapositivas",
         "Diapositive", "Slajdy", "Diapositivos", "Dia's"],
    ),
    "transcript": (
        "expert_input",
        ["Transcript", "Mitschrift", "Wortprotokoll", "Transkript", "Transcription", "Transcripción",
         "Trascrizione", "Transkrypcja", "Transcrição", "Transcriptie"],
    ),
    "survey results": (
        "expert_input",
        ["Survey results", "Umfrageergebnisse", "Umfrageauswertung", "Résultats du sondage",
         "Resultados de la encuesta", "Risultati del sondaggio", "Wyniki ankiety", "Resultados do inquérito",
         "Enquêteresultaten"],
    ),
    "guidance": (
        "other",
        ["Guidance", "Guide", "Leitfaden", "Handreichung", "Guide pratique", "Lignes directrices", "Guía",
         "Linee guida", "Poradnik", "Wytyczne", "Guia", "Handleiding", "Leidraad"],
    ),
    "comment": (
        "expert_input",
        ["Comment", "Kommentar", "Anmerkung", "Commentaire", "Comentario", "Commento", "Komentarz", "Comentário",
         "Commentaar", "Opmerking"],
    ),
    # a form or a questionnaire the contributor filled in is their written input
    "form": (
        "expert_input",
        ["Form", "Filled form", "Filled-in form", "Consultation form", "Response form", "Formular",
         "Antwortformular", "Ausgefülltes Formular", "Formulaire", "Formulaire de réponse", "Formulaire rempli",
         "Formulario", "Formulario cumplimentado", "Modulo compilato", "Modulo di consultazione", "Formularz",
         "Formularz konsultacyjny", "Formulário", "Formulário preenchido", "Formulier", "Reactieformulier",
         "Ingevuld formulier"],
    ),
    "questionnaire": (
        "expert_input",
        ["Questionnaire", "Completed questionnaire", "Consultation questionnaire", "Fragebogen",
         "Ausgefüllter Fragebogen", "Questionnaire rempli", "Cuestionario", "Questionario", "Kwestionariusz",
         "Ankieta", "Questionário", "Vragenlijst"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("written", ["Platforms", "Reforms", "Reform proposal"])
def test_a_word_that_only_ends_in_forms_is_no_form(written):
    assert kind_word(written) != "expert_input"


def test_a_sheets_forms_are_written_input_without_a_warning(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text("file,kind\na.pdf,Consultation form\nb.pdf,Questionnaire\n", encoding="utf-8")
    rows = read_metadata_csv(sheet)
    for name in ("a.pdf", "b.pdf"):
        found, warnings = build_meta(name, Path(name), rows[name])
        assert (found.kind, warnings) == ("expert_input", [])


@pytest.mark.parametrize(
    ("written", "expected"),
    [(written, kind) for kind, spellings in SYNONYMS.values() for written in spellings],
)
def test_each_kinds_synonyms_in_every_language_the_product_reads(written, expected):
    assert kind_word(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # the head is the last part: a webinar's transcript is a transcript, not the webinar's slides
        ("Webinar-Mitschrift", "expert_input"),
        ("Webinar-Transkript", "expert_input"),
        ("Webinarmitschrift", "expert_input"),
        ("Video-Interview", "expert_input"),
        ("Vortragsmitschrift", "expert_input"),
        ("Interviewtranskript", "expert_input"),
        ("Präsentations-Folien", "presentation"),
        ("Projektwebseite", "other"),
        ("Internet-Umfrage", "expert_input"),
        # a last part that only says the form leaves the kind to the first part
        ("Präsentationsunterlagen", "presentation"),
        ("Umfrage-Ergebnisse", "expert_input"),
        # a part that names no kind alone changes nothing: a policy note is a brief, a position paper too
        ("Policy-Note", "policy_brief"),
        ("Position-Paper", "policy_brief"),
        ("E-Mail", "expert_input"),
        # German "Brief" inside a compound is a letter or a profile, never read as a policy brief
        ("Steckbrief", None),
        ("Rundbrief", None),
        ("Study", None),
    ],
)
def test_a_compounds_last_part_decides_its_kind(written, expected):
    assert kind_word(written) == expected


def test_a_german_sheet_with_compound_kinds_reads_them_without_a_warning(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "Datei;Autor;Art des Beitrags\n"
        "mitschrift.txt;Jonas Weber;Webinar-Mitschrift\n"
        "folien.pdf;Eva Roth;Vortragsfolien\n"
        "umfrage.pdf;Ida Brandt;Umfrageergebnisse\n"
        "seite.html;Ida Brandt;Internetseite\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    read = {name: build_meta(name, Path(name), row) for name, row in rows.items()}
    assert {name: (meta.kind, warnings) for name, (meta, warnings) in read.items()} == {
        "mitschrift.txt": ("expert_input", []),
        "folien.pdf": ("presentation", []),
        "umfrage.pdf": ("expert_input", []),
        "seite.html": ("other", []),
    }


def test_no_word_names_two_kinds():
    groups = {
        "presentation": metadata_kinds._PRESENTATION,
        "brief": metadata_kinds._BRIEF,
        "input": metadata_kinds._INPUT,
        "advice": metadata_kinds._ADVICE,
        "spoken": metadata_kinds._SPOKEN,
        "other": metadata_kinds._OTHER_KIND,
    }
    kinds_of: dict[str, set[str]] = {}
    for kind, words in groups.items():
        for word in words:
            kinds_of.setdefault(word, set()).add(kind)
    assert {word: kinds for word, kinds in kinds_of.items() if len(kinds) > 1} == {}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # "Brief" alone is a policy brief, as English sheets write it
        ("Brief", "policy_brief"),
        ("brief", "policy_brief"),
        ("Short brief", "policy_brief"),
        # a phrase is what its head names: a webinar's or a panel's transcript is a transcript, not slides
        ("Webinar transcript", "expert_input"),
        ("Panel transcript", "expert_input"),
        ("Keynote transcript", "expert_input"),
        ("Interview notes", "expert_input"),
        ("Talk notes", "expert_input"),
        ("Transcript of the webinar", "expert_input"),
        # a head naming published material does not outweigh what it reports on
        ("Survey report", "expert_input"),
        ("Interview summary report", "expert_input"),
        # what follows the head ("with", "and", a bracket) does not change it
        ("Slides with speaker notes", "presentation"),
        ("Slides and transcript", "presentation"),
        ("Webinar slides", "presentation"),
        ("Conference presentation", "presentation"),
        # a head that only says the form leaves the kind to the words before it
        ("Briefing note", "policy_brief"),
        ("Position paper", "policy_brief"),
        ("Policy note", "policy_brief"),
        ("Written statement", "expert_input"),
        ("Written recommendations", "expert_input"),
        ("Nota de política", "policy_brief"),
        # a head that names no kind leaves it to the other words, as before
        ("Webinar recording", "presentation"),
        ("Survey results", "expert_input"),
    ],
)
def test_a_phrase_is_read_by_its_head_word(written, expected):
    assert kind_word(written) == expected


def test_a_sheet_writing_transcripts_of_talks_reads_them_as_inputs_without_a_warning(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "file,contributor,type\n"
        "webinar.txt,Ana Horvat,Webinar transcript\n"
        "panel.docx,Ivo Kranjc,Panel transcript\n"
        "notes.md,Mira Kos,Interview notes\n"
        "brief.pdf,Lea Novak,Brief\n"
        "deck.pptx,Lea Novak,Webinar slides\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    read = {name: build_meta(name, Path(name), row) for name, row in rows.items()}
    assert {name: (meta.kind, warnings) for name, (meta, warnings) in read.items()} == {
        "webinar.txt": ("expert_input", []),
        "panel.docx": ("expert_input", []),
        "notes.md": ("expert_input", []),
        "brief.pdf": ("policy_brief", []),
        "deck.pptx": ("presentation", []),
    }


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # the record of a meeting where several people spoke is an input, as a transcript is
        ("Panel discussion", "expert_input"),
        ("Round table", "expert_input"),
        ("Round-table discussion", "expert_input"),
        ("Roundtable", "expert_input"),
        ("Focus group notes", "expert_input"),
        ("Focus group", "expert_input"),
        ("Workshop minutes", "expert_input"),
        ("Workshop", "expert_input"),
        ("Hearing", "expert_input"),
        ("Public hearing", "expert_input"),
        ("Table ronde", "expert_input"),
        ("Runder Tisch", "expert_input"),
        ("Podiumsdiskussion", "expert_input"),
        ("Mesa redonda", "expert_input"),
        # a head naming another kind still decides: a panel's slides are slides
        ("Panel presentation", "presentation"),
        ("Workshop slides", "presentation"),
        # a paper or advice is not a meeting's record because a meeting is named
        ("Expert panel recommendations", "policy_brief"),
        ("Discussion paper", None),
    ],
)
def test_the_record_of_a_meeting_is_read_as_an_input(written, expected):
    assert kind_word(written) == expected


def test_a_sheet_naming_meetings_reads_them_as_inputs_without_a_warning(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "file,contributor,type\n"
        "panel.txt,Ana Horvat,Panel discussion\n"
        "table.docx,Ivo Kranjc,Round table\n"
        "group.md,Mira Kos,Focus group notes\n"
        "minutes.txt,Lea Novak,Workshop minutes\n"
        "hearing.txt,Lea Novak,Hearing\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    read = {name: build_meta(name, Path(name), row) for name, row in rows.items()}
    assert {name: (meta.kind, warnings) for name, (meta, warnings) in read.items()} == {
        name: ("expert_input", []) for name in ("panel.txt", "table.docx", "group.md", "minutes.txt", "hearing.txt")
    }


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Polish declines its nouns and puts the head first: a record of an interview, answers to a survey
        ("List", "expert_input"),
        ("Listy", "expert_input"),
        ("List otwarty", "expert_input"),
        ("Zapis wywiadu", "expert_input"),
        ("Zapis rozmowy", "expert_input"),
        ("Zapis webinarium", "expert_input"),
        ("Transkrypcja wywiadu", "expert_input"),
        ("Odpowiedzi na ankietę", "expert_input"),
        ("Odpowiedź w ankiecie", "expert_input"),
        ("Uwagi", "expert_input"),
        ("Korespondencja", "expert_input"),
        ("Stanowisko", "policy_brief"),
        ("Pisemne stanowisko", "policy_brief"),
        ("Stanowisko organizacji", "policy_brief"),
        ("Prezentacja", "presentation"),
        ("Prezentacje slajdów", "presentation"),
        ("Wystąpienie", "presentation"),
        ("Artykuł", "other"),
        # a report on a survey stays the survey's input, as "Survey report" does
        ("Raport z ankiety", "expert_input"),
        ("Sprawozdanie z wywiadu", "expert_input"),
        # "lista" is a list, "listopad" November: no letter
        ("Lista uczestników", None),
        ("Listopad", None),
    ],
)
def test_polish_kinds_are_read_in_every_case_head_first(written, expected):
    assert kind_word(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Lettres", "expert_input"),
        ("Cartas", "expert_input"),
        ("Lettere", "expert_input"),
        ("Briefe", "expert_input"),
        ("Brieven", "expert_input"),
        ("Entrevistas", "expert_input"),
        ("Réponses", "expert_input"),
        ("Risposte", "expert_input"),
        ("Antworten", "expert_input"),
        ("Témoignages", "expert_input"),
        ("Webinaire", "presentation"),
        ("Exposé", "presentation"),
        ("Presentaciones", "presentation"),
        # a German compound ending in letters is no letter of a contributor's
        ("Rundbriefe", None),
    ],
)
def test_plurals_in_the_other_languages_are_read_as_the_singular(written, expected):
    assert kind_word(written) == expected


def test_a_polish_sheet_reads_its_kinds_and_warns_of_an_unknown_one_naming_the_file(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "plik;autor;typ\n"
        "a.pdf;Anna Nowak;List\n"
        "b.txt;Jan Zieliński;Zapis wywiadu\n"
        "c.xlsx;Ewa Wójcik;Odpowiedzi na ankietę\n"
        "d.pdf;Ewa Wójcik;Stanowisko\n"
        "e.pptx;Ewa Wójcik;Prezentacja\n"
        "f.pdf;Ewa Wójcik;Nagranie dźwiękowe\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    read = {name: build_meta(name, Path(name), row) for name, row in rows.items()}
    kinds = {name: meta.kind for name, (meta, _) in read.items()}
    assert kinds == {
        "a.pdf": "expert_input",
        "b.txt": "expert_input",
        "c.xlsx": "expert_input",
        "d.pdf": "policy_brief",
        "e.pptx": "presentation",
        "f.pdf": "other",
    }
    assert [w for _, (_, warnings) in read.items() for w in warnings] == [
        "kind 'Nagranie dźwiękowe' is not one of policy_brief, presentation, expert_input, other; using 'other'"
    ]


@pytest.mark.unit
@pytest.mark.parametrize(
    ("written", "kind"),
    [
        # a speech as delivered is what a presentation is, in each language; so is a poster
        ("Speech", "presentation"),
        ("Toespraak", "presentation"),
        ("Rede", "presentation"),
        ("Discours", "presentation"),
        ("Discorso", "presentation"),
        ("Przemówienie", "presentation"),
        ("Poster", "presentation"),
        # the record of a speech is a transcript
        ("Transcript of the speech", "expert_input"),
        # a template filled in is a form; Dutch notes and German positions in the plural
        ("Template", "expert_input"),
        ("Sjabloon", "expert_input"),
        ("Notitie", "expert_input"),
        ("Besluitnotitie", "expert_input"),
        ("Stellungnahmen", "expert_input"),
        ("Standpunten", "policy_brief"),
        ("Wiki page", "other"),
    ],
)
def test_speeches_templates_and_plurals_are_read_as_their_kind(written, kind):
    assert kind_word(written) == kind
