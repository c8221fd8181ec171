"""The twentieth held-out set's metadata sheet and outline, as text (eval/heldout20/README.md).

``build.py`` writes the sheet as a Slovenian secretariat keeps it in Excel: a title row merged across the table,
Slovenian headers, a running number, two notes columns, countries and regions in Slovenian, names as the senders
signed them (one surname first, in capitals). It writes the outline as the drafting team's shared document
exported with "Download > Web page (.html)": the editor's class names and styles, a title paragraph, a note of
the editors, each section a ``h2`` heading with an audience line, its questions a numbered list.
"""

from __future__ import annotations

TITLE_ROW = "Javno posvetovanje o mikrodokazilih - prejeti prispevki (stanje na dan 20. 3. 2026)"
HEADER = (
    "Zap. št.", "Datoteka", "Ime in priimek", "Organizacija", "Država", "Regija", "Vrsta prispevka",
    "Datum prejema", "Opombe", "Opombe sekretariata",
)  # fmt: skip
# one row per file: the running number, then the cells under HEADER[1:]
ROWS = (
    ("stajaliste_zagorje_accountants_auditors.htm", "Tihana Mlinarić", "Zagorje Association of Accountants and "
     "Auditors", "Hrvaška", "država članica EU", "stališče", "9. 3. 2026", "Shranjeno iz Worda kot spletna stran",
     ""),
    ("newsletter_vorarlberg_adult_education_network.pdf", "Barbara Moosbrugger", "Vorarlberg Network of "
     "Adult Education Centres", "Avstrija", "država članica EU", "glasilo", "11. 3. 2026", "Stališča v članku "
     "uprave na prvi strani", ""),
    ("email_shymkent_city_employment_centre.eml", "SADVAKASOVA Aigerim", "Shymkent City Employment Centre",
     "Kazahstan", "partnerska država", "e-pošta", "12. 3. 2026", "", "Priimek napisan prvi"),
    ("slides_baltic_byte_academy.pptm", "Edgars Kalniņš", "Baltic Byte Academy", "Latvija", "država članica EU",
     "predstavitev", "13. 3. 2026", "Datoteka z makri; makrov nismo zagnali", ""),
    ("slides_prut_valley_universities_network.odp", "Mariana Cojocaru", "Prut Valley "
     "Universities Network", "Moldavija", "partnerska država", "predstavitev", "10. 3. 2026", "Besedilo v "
     "opombah govornika", ""),
    ("issue_dukagjini_youth_initiative.markdown", "Blerta Hoxha", "Dukagjini Youth Initiative", "Kosovo",
     "partnerska država", "spletni obrazec", "12. 3. 2026", "Izvoz iz sistema za prijavo zadev", ""),
    ("notes_pelion_institute_education_policy.rtf", "Eleni Vlachopoulou", "Pelion Institute for "
     "Education Policy", "Grčija", "država članica EU", "strokovni prispevek", "10. 3. 2026", "", "Neodvisna "
     "strokovnjakinja"),
    ("note_nile_delta_technical_education.docx", "Hossam El-Sherbiny", "Nile Delta Directorate of Technical "
     "Education", "Egipt", "partnerska država", "zaznamek", "16. 3. 2026", "", ""),
    ("swot_cantabrian_metal_shipyard_workers.xlsx", "Nerea Arrizabalaga Goñi", "Cantabrian Metal and Shipyard "
     "Workers' Federation", "Španija", "država članica EU", "analiza SWOT", "12. 3. 2026", "Zahteve pod tabelo",
     ""),
    ("note_poltava_city_library_learning_centre.txt", "Oksana Hnatiuk", "Poltava City Library Learning Centre",
     "Ukrajina", "partnerska država", "pisni prispevek", "11. 3. 2026", "", "Poslano kot priponka"),
)  # fmt: skip

# The outline: (section title, audience, [questions]). 28 questions, 18 the corpus answers and 10 it does not
# (drafting_gold.yaml says which).
OUTLINE_TITLE = "Guidelines on micro-credentials - guiding questions (working copy)"
OUTLINE_NOTE = (
    "Editors: please add comments in the margin rather than changing the questions. The drafting round starts on "
    "23 March."
)
OUTLINE = (
    (
        "Micro-credentials in the qualifications system",
        "policy makers",
        (
            "Should micro-credentials have a place in the National Qualifications Framework?",
            "Who should check the quality of a micro-credential before it is offered?",
            "Can a learner reach a complete degree or qualification through micro-credentials alone?",
            "Should the public be able to look up every micro-credential on offer?",
            "How often should a provider's quality management system be audited?",
            "What share of the public budget for adult learning should go to micro-credentials?",
        ),
    ),
    (
        "Designing micro-credentials",
        "providers",
        (
            "What is the smallest workload a micro-credential should have?",
            "Who should write the learning outcomes of a micro-credential?",
            "How can designers make sure a micro-credential meets employers' needs?",
            "Should micro-credential courses include time in a workplace?",
            "After how many years should a micro-credential's learning outcomes be revised?",
            "How long should a learner have to finish a micro-credential after enrolling?",
            "How should providers raise the share of learners who complete their micro-credential courses?",
        ),
    ),
    (
        "Assessment and validation",
        "assessors",
        (
            "Who should assess learners, and in what form?",
            "Should an assessment taken online be worth as much as one taken in a classroom?",
            "How should skills learnt outside formal courses be recognised?",
            "Who should train the assessors of micro-credentials?",
        ),
    ),
    (
        "Certificates, recognition and digital credentials",
        "recognition officers",
        (
            "What should a micro-credential certificate state?",
            "How can an employer confirm that a micro-credential is genuine?",
            "On what basis should a micro-credential from another country be recognised?",
            "Should universities accept micro-credentials from other universities as credits?",
            "What help should learners get to use digital credentials?",
            "In which language should a micro-credential certificate be written?",
            "Who should own the data held in a learner's digital wallet?",
        ),
    ),
    (
        "Funding and access",
        "policy makers",
        (
            "Should workers have a right to paid time off to study for a micro-credential?",
            "Who should pay when an unemployed person takes a micro-credential?",
            "Should employers receive tax relief for the micro-credentials their staff take?",
            "Should learners be able to pay a micro-credential's fee in instalments?",
        ),
    ),
)
