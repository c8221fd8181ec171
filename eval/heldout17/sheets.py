"""The seventeenth held-out set's metadata sheet and outline, as text (eval/heldout17/README.md).

``build.py`` writes the sheet as Excel saves "CSV UTF-8 (rozdzielany przecinkami)" on a Polish Windows (a
byte-order mark, ``;`` between cells, CRLF line ends), and the outline as Word saves it in Rich Text Format
(section titles in Heading 1, each section's questions a numbered list) and, for the runner, as Markdown.
"""

from __future__ import annotations

import datetime as dt

# The sheet as the Polish-speaking secretariat keeps it: Polish headers, countries in Polish but one, two regions
# left empty (the country says it), a title beside a person's name, an organisation with no person named.
METADATA_ROWS = (
    ("Plik", "Autor", "Instytucja", "Kraj", "Region", "Rodzaj wkładu", "Data"),
    (
        "letter_hunsrueck_nahe_chamber_of_crafts.pdf",
        "Reinhild Oberbeck-Sauter",
        "Chamber of Crafts Hunsrück-Nahe",
        "Niemcy",
        "UE",
        "Pismo",
        "09.03.2026",
    ),
    (
        "email_styrian_carinthian_library_service.eml",
        "Wolfram Tscherne-Haidacher",
        "Library Service of Styria and Carinthia",
        "Austria",
        "",
        "E-mail",
        "11.03.2026",
    ),
    (
        "slides_danube_corridor_logistics_skills_council.pdf",
        "Dragana Vukašinović-Ilić",
        "Danube Corridor Logistics Skills Council",
        "Serbia",
        "Bałkany Zachodnie",
        "Prezentacja",
        "12.03.2026",
    ),
    (
        "paper_limousin_nursing_institutes.docx",
        "Maëlle Kerbrat-Duvernoy",
        "Association of Nursing Training Institutes of Limousin",
        "Francja",
        "Państwo członkowskie UE",
        "Stanowisko",
        "16.03.2026",
    ),
    (
        "questionnaire_moldovan_adult_learning_quality_agency.xlsx",
        "Lilia Gârbu-Rusnac",
        "National Agency for the Quality of Adult Learning",
        "Mołdawia",
        "Partnerstwo Wschodnie",
        "Kwestionariusz",
        "18.03.2026",
    ),
    (
        "slides_dnipro_software_testing_board.odp",
        "Bohdan Yaremchuk-Sirenko",
        "Dnipro Software Testing Board",
        "Ukraina",
        "Partnerstwo Wschodnie",
        "Prezentacja",
        "20.03.2026",
    ),
    (
        "interview_souss_massa_agricultural_advisory.txt",
        "Fatima-Zahra Oubaha",
        "Souss-Massa Agricultural Advisory Office",
        "Maroko",
        "",
        "Wywiad",
        "05.03.2026",
    ),
    (
        "position_la_mancha_vocational_teachers_union.md",
        "Remedios Albarracín Quesada",
        "Union of Vocational Teachers of La Mancha",
        "Hiszpania",
        "UE",
        "Stanowisko",
        "06.03.2026",
    ),
    (
        "photo_masovian_open_university.jpg",
        "dr hab. Anna Kowalczyk, prof. UW",
        "Masovian Open University Consortium",
        "Polska",
        "UE",
        "Stanowisko",
        "24.03.2026",
    ),
    (
        "faq_steppe_youth_work_network.html",
        "Steppe Youth Work Network",
        "Steppe Youth Work Network",
        "Kazakhstan",
        "Azja Środkowa",
        "Strona internetowa",
        "10.03.2026",
    ),
)

# The outline: (section title, introductory sentence or None, questions). 28 questions, 18 the corpus answers
# and 10 it does not (drafting_gold.yaml says which).
OUTLINE = {
    "title": "Guidelines on micro-credentials: outline for the second drafting round",
    "author": "Guideline drafting team",
    "date": dt.date(2026, 3, 2),
    "sections": [
        (
            "Micro-credentials in the qualifications system",
            "This section looks at where micro-credentials stand beside the qualifications that already exist.",
            [
                "Which bodies should be entitled to award micro-credentials?",
                "Can micro-credentials be combined into a full vocational qualification?",
                "How should micro-credentials in a craft trade relate to the training regulations of that trade?",
                "How many micro-credentials should it take to make up a full qualification?",
                "Who should accredit the assessors of micro-credentials?",
            ],
        ),
        (
            "Size, access and delivery",
            None,
            [
                "What is the minimum amount of learning a micro-credential should require?",
                "Should the size of a single micro-credential be capped?",
                "Should access to micro-credential courses depend on the qualifications a learner already holds?",
                "In which language should the training be given?",
                "How can courses be brought within reach of learners in villages and rural areas?",
                "What share of places on micro-credential courses should be reserved for women?",
                "How long should a micro-credential remain valid once it has been awarded?",
            ],
        ),
        (
            "Assessment and the people who assess",
            None,
            [
                "Should employers take part in the final assessment?",
                "How should practical skills be demonstrated and assessed?",
                "How should teachers be prepared before they assess micro-credentials?",
                "Should the time teachers spend designing micro-credentials count as working time?",
                "Should learners be allowed to retake a failed assessment?",
                "Should micro-credentials be graded rather than simply passed or failed?",
            ],
        ),
        (
            "Prior learning, quality and recognition",
            None,
            [
                "How should skills gained through years of work be recognised?",
                "How should the quality of micro-credentials be assured?",
                "How much should an assessment of prior learning cost?",
                "Which criteria should be applied when a micro-credential awarded in another country is recognised?",
                "How often should the content of a micro-credential be reviewed?",
            ],
        ),
        (
            "Certificates, visibility and funding",
            None,
            [
                "What should the certificate say about the learning outcomes of its holder?",
                "In which languages should credentials be issued?",
                "Who should decide whether a learner's credential is shown to others?",
                "Who should pay for micro-credentials taken by unemployed people?",
                "How soon after the assessment should a credential be issued?",
            ],
        ),
    ],
}
