"""The thirty-fifth held-out set's register and outline (eval/heldout35/README.md).

The register is kept by the consultation's Finnish secretariat in Excel and saved as "CSV UTF-8 (luetteloerotin)"
on a Finnish Windows computer: a byte-order mark, semicolons, CRLF, a title line padded with semicolons above the
header, Finnish headers, countries, groups and kinds in Finnish, dates written "3.3.2026", names as people write
them, a "Tila" (status) column where one listed sender withdrew and sent no file, and one contribution co-signed by
two people of the same council. ``build.py`` writes it.

The outline is the minutes of the steering group's meeting as a LibreOffice Writer document: attendees and
apologies, agenda items, decisions, and under item 4 the agreed guiding questions in one numbered list with theme
sub-headings; an action table; other items ask questions that are not guiding questions."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

REGISTER_TITLE = "Mikrotunnisteiden kuuleminen – saapuneet lausunnot (päivitetty 12.3.2026)"
REGISTER_HEADER = (
    "Järj. nro", "Tiedostonimi", "Tekijä(t)", "Organisaatio / yhteisö", "Maa (kotipaikka)", "Maaryhmä",
    "Asiakirjatyyppi", "Saapumispäivä", "Tila", "Lisätiedot",
)  # fmt: skip
REGISTER_ROWS = (
    ("1", "qualtrics_export_poltava_regional_chamber_of_commerce.csv", "Derkach-Bilous, Oksana",
     "Poltava Regional Chamber of Commerce", "Ukraina", "kumppanimaa", "kyselyvastaus", "3.3.2026",
     "vastaanotettu", "Qualtrics-vienti, kauppakamarin vastaus on R_3fLm8NcXe2aQp1k"),
    ("2", "board_decision_shannon_credit_recognition_board.pdf", "Fionnuala Devereux-Quinlan (pj.)",
     "Shannon Credit Recognition Board", "Irlanti", "EU", "päätös", "4.3.2026", "vastaanotettu",
     "lautakunnan päätös valitusasiassa, julkinen versio"),
    ("3", "whatsapp_sumadija_network_of_adult_education_centres.txt", "VUKMIROVIĆ-LAZIĆ Dragana",
     "Šumadija Network of Adult Education Centres", "Serbia", "kumppanimaa", "keskustelu", "13.3.2026",
     "vastaanotettu", "WhatsApp-ryhmän vienti; vain D. V-L:n viestit ovat verkoston kanta"),
    ("4", "letters_page_moravian_association_of_practice_nurses.html", "Kateřina Šindelářová",
     "Moravian Association of Practice Nurses", "Tšekki", "EU", "mielipidekirjoitus", "10.3.2026",
     "vastaanotettu", "lehden mielipidesivu tallennettuna, kirje nro 1"),
    ("5", "glossary_paper_dalmatian_agency_for_quality_in_adult_learning.odt", "dr. sc. Ivana Bašić-Kordun",
     "Dalmatian Agency for Quality in Adult Learning", "Kroatia", "EU", "kannanotto", "2.3.2026",
     "vastaanotettu", ""),
    ("6", "briefing_note_ganja_directorate_of_labour_and_employment.docx", "R. Mammadli",
     "Ganja Regional Directorate of Labour and Employment", "Azerbaidžan", "kumppanimaa", "muistio",
     "27.2.2026", "vastaanotettu", "sisäinen muistio, lähetetty luvalla"),
    ("7", "focus_group_findings_thessaloniki_institute_for_labour_studies.pptx", "Dr Despina Karamanoli",
     "Thessaloniki Institute for Labour Studies", "Kreikka", "EU", "esitys", "5.3.2026", "vastaanotettu",
     "suositukset puhujan muistiinpanoissa"),
    ("8", "manifesto_daugavpils_university_students_union.md", "Rudzīte, Elīna",
     "Daugavpils University Students' Union", "Latvia", "EU", "julkilausuma", "6.3.2026", "vastaanotettu", ""),
    ("9", "ranking_workbook_boka_coastal_tourism_skills_council.xlsx", "Vuk Radonjić ja Milena Šćekić",
     "Boka Coastal Tourism Skills Council", "Montenegro", "kumppanimaa", "taulukko", "9.3.2026",
     "vastaanotettu", "allekirjoittaneet yhdessä (pj. ja sihteeri)"),
    ("10", "reading_list_irbid_technical_university_library.eml", "Rana Obeidat-Haddadin",
     "Irbid Technical University Library", "Jordania", "kumppanimaa", "sähköposti", "6.3.2026",
     "vastaanotettu", "lukulista ja kanta"),
    ("11", "", "Aapo Kyllönen-Rautio", "Kainuu Guidance Centre for Adults", "Suomi", "EU", "", "", "peruttu",
     "ilmoitti 9.3.2026, ettei lähetä lausuntoa"),
)  # fmt: skip
REGISTER_FOOTER = "Rekisteriä ylläpitää kuulemisen sihteeristö (L. Haapaniemi)."


def _cell(value: str) -> str:
    """A cell as Excel writes it: quoted when it holds the separator or a quote."""
    if ";" in value or '"' in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def register_lines() -> list[str]:
    """The register's lines: the title padded with separators, an empty line, the header, the rows, an empty line
    and the keeper's line, each as wide as the header."""
    width = len(REGISTER_HEADER)
    pad = ";" * (width - 1)
    lines = [REGISTER_TITLE + pad, pad, ";".join(REGISTER_HEADER)]
    lines += [";".join(_cell(v) for v in row) for row in REGISTER_ROWS]
    lines += [pad, REGISTER_FOOTER + pad]
    return lines


# The steering group's minutes, the set's outline. ("title" | "p" | "h" | "h2", text), ("n", text) a numbered
# question, ("table", rows) a table with a header row.
MINUTES = {
    "title": "Micro-credentials Guidelines Steering Group: minutes of the 4th meeting",
    "author": "Laura Haapaniemi",
    "date": dt.date(2026, 3, 13),
    "blocks": (
        ("title", "Micro-credentials Guidelines Steering Group"),
        ("p", "Minutes of the 4th meeting"),
        ("p", "Date: Thursday 12 March 2026, 10:00–12:35 (EET)"),
        ("p", "Place: Meeting room Saimaa, Hakaniemenranta 6, Helsinki, and online (Teams)"),
        (
            "p",
            "Present: Sanna Mäkelä-Rinne (chair), Jorge Iturbe Ocaña, Małgorzata Wrzesińska, Henrik Dalsgaard, "
            "Nino Kvaratskhelia, Laura Haapaniemi (secretariat, minutes)",
        ),
        ("p", "Apologies: Pieter-Jan Goossenaerts, Ilze Kalniete-Vītola"),
        ("p", "In attendance for item 3: Otso Reinikainen (consultation platform)"),
        ("h", "1. Opening and adoption of the agenda"),
        ("p", "The chair opened the meeting at 10:04. The agenda was adopted with one addition under AOB."),
        ("h", "2. Minutes of the previous meeting and matters arising"),
        ("p", "The minutes of the meeting of 19 February 2026 were approved without changes."),
        (
            "p",
            "Matters arising: Has the translation budget been confirmed? The secretariat reported that it has, "
            "for the final text only.",
        ),
        ("h", "3. State of the consultation"),
        (
            "p",
            "The secretariat reported that ten contributions have been received from ten countries, in ten "
            "different formats; one announced contribution was withdrawn on 9 March. The register is attached "
            "to these minutes.",
        ),
        (
            "p",
            "Otso Reinikainen asked whether late contributions should still be accepted. Decision: contributions "
            "received until 20 March are accepted; later ones are noted but not drafted from.",
        ),
        ("h", "4. Agreed guiding questions for the guidelines"),
        (
            "p",
            "After discussion of the secretariat's draft list, the Steering Group agreed the following guiding "
            "questions. Each theme becomes one section of the guidelines; the drafters answer from the "
            "contributions and mark as open every question the contributions do not answer.",
        ),
        ("h2", "Definition and size"),
        ("n", "What is the smallest volume of learning a micro-credential should certify?"),
        ("n", "Can the credits of micro-credentials be counted towards a degree later on?"),
        ("n", "What is the largest volume of learning a micro-credential may certify?"),
        ("n", "Should a micro-credential lose its validity after a set number of years?"),
        ("n", "Should micro-credentials be assigned a level in the national qualifications framework?"),
        ("h2", "Design and quality assurance"),
        ("n", "Who should take part in writing the learning outcomes?"),
        ("n", "Must a provider be accredited before it issues micro-credentials?"),
        ("n", "Should learning outcomes or hours of study determine a micro-credential's value?"),
        ("n", "How often should an accredited provider be reviewed again?"),
        ("n", "What should learners be told about a course before they enrol?"),
        ("n", "How many learners may a course group have at most?"),
        ("h2", "Assessment and recognition"),
        ("n", "Can a micro-credential from a provider without public accreditation be recognised?"),
        ("n", "Should experienced workers be able to obtain a micro-credential without attending the course?"),
        ("n", "Who should assess learners?"),
        ("n", "How quickly should an application for recognition be decided?"),
        ("n", "What pass mark should apply in the final assessment?"),
        ("n", "How can a learner contest a failed assessment with the provider?"),
        ("h2", "Funding and access"),
        ("n", "Should learners pay anything towards their micro-credential?"),
        ("n", "How can training reach people who live outside the cities?"),
        ("n", "How can courses fit around learners' working hours?"),
        ("n", "What share of the training cost should employers carry?"),
        ("n", "How many hours of guidance should each learner be offered?"),
        ("h2", "Digital records"),
        ("n", "Who should decide who can see a learner's credentials?"),
        ("n", "Where should micro-credentials be recorded?"),
        ("n", "What information should a micro-credential state?"),
        ("n", "Which technical standard should digital credentials follow?"),
        ("n", "Who should pay for building and running a national credentials database?"),
        ("n", "How long should providers keep assessment records?"),
        (
            "p",
            "Decision: the list above is final for the first draft. New questions go to the secretariat, which "
            "collects them for the 5th meeting.",
        ),
        ("h", "5. Drafting timetable"),
        (
            "p",
            "Should the first draft be translated before the May meeting? Decision: no; the draft stays in "
            "English until the Steering Group approves the final text.",
        ),
        (
            "p",
            "Decision: the first draft is circulated by 15 April 2026; members send comments within ten working days.",
        ),
        ("h", "6. Any other business"),
        ("p", "AOB: can the next meeting move to Thursday 9 April? Agreed, same time, online only."),
        (
            "p",
            "Henrik Dalsgaard asked whether the group's minutes will be published. The chair confirmed that they "
            "will be, after approval.",
        ),
        ("h", "Action points"),
        (
            "table",
            (
                ("No.", "Action", "Owner", "Due"),
                ("1", "Circulate the agreed guiding questions to the drafters", "Laura Haapaniemi", "16 March 2026"),
                ("2", "Confirm the translation contract for the final text", "Sanna Mäkelä-Rinne", "27 March 2026"),
                ("3", "Prepare the first draft of the guidelines", "Drafting team", "15 April 2026"),
                ("4", "Send the invitation for the meeting of 9 April", "Laura Haapaniemi", "20 March 2026"),
            ),
        ),
        ("p", "The meeting closed at 12:35. Next meeting: Thursday 9 April 2026, 10:00 (EET), online."),
        ("p", "Minutes: Laura Haapaniemi, 13 March 2026. Approved by the chair: Sanna Mäkelä-Rinne."),
    ),
}


def outline_as_written() -> SimpleNamespace:
    """The outline the Steering Group agreed, as a reader of the minutes takes it: the title, and one section per
    theme sub-heading of agenda item 4 with the numbered questions under it (ids as the loader makes them from a
    title). The loader refuses the minutes (README.md); the shared tests read the agreed questions from here."""
    from pipeline.drafting.outline_data import title_slug

    blocks = MINUTES["blocks"]
    start = blocks.index(("h", "4. Agreed guiding questions for the guidelines"))
    sections: list[SimpleNamespace] = []
    for kind, value in blocks[start + 1 :]:
        if kind == "h":
            break
        if kind == "h2":
            sections.append(SimpleNamespace(id=title_slug(value), title=value, questions=[]))
        elif kind == "n":
            sections[-1].questions.append(value)
    return SimpleNamespace(title=MINUTES["blocks"][0][1], sections=sections)
