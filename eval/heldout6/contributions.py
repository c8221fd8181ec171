"""The wording of the sixth held-out set's built contributions (eval/heldout6/README.md), kept in one place.

``build.py`` turns these into the .docx letter, the PDF's source .docx, the .pptx, the .odp, the .odt, the
metadata sheet (.ods) and the outline (.xlsx). Every name, organisation and figure is invented; the facts about
micro-credentials (ECTS credits, national qualifications frameworks and registers) are public. Nobody tunes the
drafter on this text.
"""

from __future__ import annotations

import datetime as dt

# A ministry's letter in Word: a letterhead, "Dear ...", paragraphs and a signature, no heading anywhere.
MOROCCO_LETTER = {
    "file": "letter_moroccan_ministry_of_labour.docx",
    "title": "Letter to the guideline team on micro-credentials for jobseekers",
    "author": "Karim Benjelloun",
    "date": dt.date(2026, 2, 24),
    "blocks": [
        "Kingdom of Morocco",
        "Ministry of Labour and Professional Integration",
        "Directorate of Skills Certification",
        "Avenue Allal El Fassi, Rabat",
        "Rabat, 24 February 2026",
        "Ref. DCC/2026/118",
        "To the guideline team on micro-credentials",
        "Dear colleagues,",
        "Thank you for inviting the Directorate to contribute to the guidelines. The Directorate was set up in "
        "2017 to certify the skills of adults trained outside the school system, and since 2023 it has also "
        "certified the short courses that the national employment agency buys for jobseekers. In 2025 these "
        "courses trained 11,400 jobseekers in 214 courses, at a cost to the state of 96 million dirhams, and "
        "certificates were sent out on average 21 days after the final test.",
        "Our first concern is the link between unemployment benefit and training. Too many registered jobseekers "
        "wait for a job offer without improving their chances. We recommend that jobseekers who receive "
        "unemployment benefit be obliged to complete at least one micro-credential course within six months of "
        "registering, chosen with their adviser at the employment agency.",
        "Today the ministry funds a course only when the occupation it prepares for appears as a shortage "
        "occupation in the regional labour market survey, which is carried out every year in each of the twelve "
        "regions. This rule has served us well and we intend to keep it.",
        "The courses are only useful if employers recognise them. Employers' organisations should take part in "
        "designing every micro-credential offered to jobseekers, from the list of tasks to the final test, and we "
        "have asked the three largest federations to name experts for this work.",
        "Every micro-credential for jobseekers should also include a work placement of at least two weeks in a "
        "company, so that the learner shows the new skills in a real workplace before the credential is awarded.",
        "Finally, a practical point. Certificates should be issued in Arabic, Amazigh and French, so that they can "
        "be read by employers everywhere in the country and by companies with foreign owners.",
        "We remain at your disposal for any further information and would welcome a copy of the draft guidelines "
        "when they are ready.",
        "Yours faithfully,",
        "Karim Benjelloun",
        "Director of Skills Certification",
    ],
}

# A quality-assurance agency's statement, converted to PDF by LibreOffice from this .docx: prose on page 1, its
# positions in a two-column table "Issue | Our position" on page 2.
FINLAND_STATEMENT = {
    "file": "quality_agency_finland_statement.docx",
    "title": "Quality assurance of micro-credentials: statement of the Finnish Agency for Quality in Continuing "
    "Education",
    "author": "Aino Lehtonen",
    "date": dt.date(2026, 3, 10),
    "blocks": [
        ("h1", "About the agency"),
        "The Finnish Agency for Quality in Continuing Education was founded in 2014 as an independent body. It "
        "reviews programmes of continuing education offered by universities, universities of applied sciences and "
        "adult education centres. In 2025 the agency carried out 46 programme reviews, 19 of them of short courses "
        "leading to a micro-credential, and every review report was published.",
        ("h1", "Why quality assurance matters for micro-credentials"),
        "Short courses are developed quickly, often by a single teacher, and employers cannot judge them by the "
        "reputation of a degree programme. Every micro-credential must pass an external quality review before it "
        "is offered to learners. Internal procedures are a good start, but learners and employers need the "
        "assurance that someone outside the provider has looked at the course.",
        "Learning outcomes should state what the learner is able to do at the end of the course, not the topics "
        "the teacher will cover. Outcomes written this way can be assessed, and they can be compared when a "
        "learner brings the credential to another institution.",
        "The agency's review panels have found courses of very different sizes, from a single afternoon to a full "
        "semester. A micro-credential should be no larger than 15 ECTS credits; a larger course is a programme "
        "and should be reviewed as one.",
        "pagebreak",
        ("h1", "Our positions in brief"),
        (
            "table",
            [
                ["Issue", "Our position"],
                [
                    "External review",
                    "Each micro-credential is reviewed by an external body before the first learners enrol.",
                ],
                [
                    "Credit towards a full qualification",
                    "The institution that awards the full qualification should decide case by case how much "
                    "credit a micro-credential brings.",
                ],
                ["Learning outcomes", "Written as what the learner can do, so that they can be assessed."],
                ["Size", "At most 15 ECTS credits."],
                [
                    "Publication",
                    "Review reports on micro-credentials are published in full on the agency's website.",
                ],
            ],
        ),
        "Helsinki, 10 March 2026. Contact: Aino Lehtonen, head of reviews.",
    ],
}

# A hospital trust's slides: short lines on the slides, reasoning in the notes, key figures in a table on slide 2.
IRELAND_SLIDES = {
    "file": "nursing_skills_shannon_hospitals.pptx",
    "title": "Clinical micro-credentials at the Shannon Hospitals Trust",
    "author": "Declan Moriarty",
    "date": dt.date(2026, 3, 2),
    "slides": [
        {
            "title": "Clinical micro-credentials at the Shannon Hospitals Trust",
            "body": ["Contribution to the guideline team", "Declan Moriarty, Director of Nursing Education"],
            "notes": "The trust runs four hospitals in the Shannon region. We started short clinical courses with a "
            "credential in 2023 for nurses and health care assistants.",
        },
        {
            "title": "Our courses in figures",
            "table": [
                ["Figure", "2024", "2025"],
                ["Micro-credential courses", "9", "14"],
                ["Staff enrolled", "310", "486"],
                ["Staff who completed", "262", "431"],
                ["Assessors trained", "38", "62"],
                ["Average weeks to complete", "7", "6"],
            ],
            "notes": "Most courses are in wound care, medication safety and the care of patients with dementia. "
            "Completion rose from 85 to 89 percent.",
        },
        {
            "title": "Assessment on the ward",
            "body": ["One assessor", "Observed during a normal shift"],
            "notes": "A single trained assessor on the ward is enough to judge whether a nurse performs the "
            "procedure safely. Asking for a second assessor would mean taking another senior nurse away from "
            "patients, and our wards cannot spare one.",
        },
        {
            "title": "What the credential says",
            "body": ["Tasks, not topics", "Practice with patients"],
            "notes": "Each credential should describe the tasks a nurse can carry out unsupervised once it is "
            "awarded, for example dressing a pressure ulcer or checking a drug chart. Every clinical "
            "micro-credential should include supervised practice with patients; a simulation room alone is not "
            "enough.",
        },
        {
            "title": "Moving between hospitals",
            "body": ["Earned once, valid everywhere"],
            "notes": "A micro-credential earned in one of our hospitals should be accepted by every other hospital "
            "in the country, without the nurse repeating the course when she changes employer.",
        },
    ],
}

# A MOOC platform's slides written in LibreOffice Impress: verbless lines on the slides, the reasoning in notes.
UKRAINE_SLIDES = {
    "file": "slides_osvita_open_courses.odp",
    "title": "Open courses and micro-credentials: the Osvita experience",
    "author": "Taras Melnyk",
    "date": dt.date(2026, 2, 12),
    "slides": [
        {
            "title": "Open courses and micro-credentials",
            "body": ["Osvita Open Courses, Kyiv", "Taras Melnyk, co-founder"],
            "notes": "Osvita Open Courses was launched in 2014 by a group of university teachers. Since then 1.9 "
            "million learners have registered and 410 courses have been published.",
        },
        {
            "title": "Certificates",
            "body": ["160,000 certificates since 2016", "399 hryvnias each", "Courses free to follow"],
            "notes": "Following a course costs nothing. People who sign up should cover what their certificate "
            "costs out of their own pocket; that is how we keep every course open to everyone who wants to "
            "learn. Certificates are issued in Ukrainian and in English.",
        },
        {
            "title": "Quality",
            "body": ["Our own course review", "Two editors per course", "External review on request"],
            "notes": "Providers may rely on their own internal quality procedures. An external review should remain "
            "optional: a provider that publishes forty courses a year cannot wait months for each of them to be "
            "reviewed by an agency.",
        },
        {
            "title": "Online exams",
            "body": ["Identity check at the start", "Camera on"],
            "notes": "Before the online exam starts, the learner shows an identity document to the webcam and the "
            "proctor compares it with the face on the screen.",
        },
        {
            "title": "Checking a certificate",
            "body": ["One link per certificate", "No phone calls"],
            "notes": "Each certificate carries a link that lets an employer confirm in seconds that it is genuine. "
            "In 2025 employers opened these links 58,000 times.",
        },
    ],
}

# A trade union confederation's position paper written in LibreOffice: headings at two outline levels and
# footnotes (("fn", paragraph, note) blocks).
SPAIN_PAPER = {
    "file": "position_aragon_union_confederation.odt",
    "title": "Micro-credentials and workers' rights: position of the Aragonese Workers' Trade Union Confederation",
    "author": "Marta Gil Lasheras",
    "date": dt.date(2026, 3, 18),
    "blocks": [
        ("title", "Micro-credentials and workers' rights"),
        "Position of the Aragonese Workers' Trade Union Confederation, adopted by its executive committee on 16 "
        "March 2026.",
        ("h1", "1. Context"),
        (
            "fn",
            "The Confederation was founded in 1977 and has 58,000 members in industry, services and public "
            "administration in the three provinces of Aragon. In a survey of our members last year, four in ten "
            "said they had taken a short course in the previous two years, most of them paid for by their "
            "employer.",
            "Survey of 2,300 members carried out in October and November 2025.",
        ),
        (
            "fn",
            "The regional employment service financed 6,800 places on short courses in 2025.",
            "Figure published by the regional employment service in January 2026.",
        ),
        ("h1", "2. Our positions"),
        ("h2", "2.1 Unemployment benefit"),
        "Unemployment benefit is an insurance that workers have paid for. We reject any rule that makes "
        "unemployment benefit depend on completing a micro-credential. Training should be offered to unemployed "
        "people, and it should be good enough that they want to take it.",
        ("h2", "2.2 Recognising experience"),
        (
            "fn",
            "Many workers already master what a course teaches. A worker's experience should be recognised through "
            "validation leading to the same micro-credential as the course, with a practical demonstration where "
            "needed.",
            "The regional validation procedure has certified 1,150 workers since 2019, all of them for full "
            "vocational certificates.",
        ),
        ("h2", "2.3 Size"),
        "To be worth a credential, a micro-credential should involve at least 30 hours of learning. Shorter "
        "sessions are useful, but they should be recorded as attendance, not as a credential.",
        ("h2", "2.4 Working time and a voice for workers"),
        "Training towards a micro-credential that the employer asks for should take place during paid working "
        "time. Works councils should have a say in which micro-credentials a company offers to its staff, since "
        "they know where workers' skills fall short.",
    ],
}

# The outline as the secretariat keeps it in a workbook: one row per guiding question, the chapter written only
# on its first row (a blank cell continues the chapter above), a target group per chapter.
OUTLINE = {
    "file": "outline.xlsx",
    "title": "Guidelines on micro-credentials: guiding questions",
    "author": "Guideline team secretariat",
    "date": dt.date(2026, 1, 20),
    "sheets": {
        "Guiding questions": {
            "rows": [
                ["Guidelines on micro-credentials: guiding questions (version of 20 January 2026)"],
                [],
                ["Chapter", "No.", "Guiding question", "Target group"],
                [
                    "1. Micro-credentials in the qualifications system",
                    "1.1",
                    "Should micro-credentials count towards a full qualification?",
                    "policy makers",
                ],
                [None, "1.2", "Should every micro-credential pass an external quality review before it is offered?"],
                [None, "1.3", "What fee should a provider pay for the external review of a micro-credential?"],
                [
                    None,
                    "1.4",
                    "Which criteria should decide whether a micro-credential is included in the national register of "
                    "qualifications?",
                ],
                [None, "1.5", "What should happen to a learner's micro-credential if the provider closes down?"],
                [
                    "2. Designing micro-credentials",
                    "2.1",
                    "What role should employers play in designing micro-credentials?",
                    "qualification developers",
                ],
                [None, "2.2", "How should learning outcomes be described?"],
                [None, "2.3", "How big should a micro-credential be?"],
                [None, "2.4", "How much of a course should be practical training?"],
                [None, "2.5", "How long should a micro-credential remain valid before it must be renewed?"],
                [
                    "3. Assessment and quality",
                    "3.1",
                    "How many assessors should observe a practical assessment?",
                    "assessors",
                ],
                [None, "3.2", "Can experienced workers obtain a micro-credential without attending the course?"],
                [None, "3.3", "How should a learner's identity be checked in an online exam?"],
                [None, "3.4", "Should students take part in the quality assurance of micro-credentials?"],
                [None, "3.5", "Who should decide on appeals against a failed assessment?"],
                [None, "3.6", "How many learners should one assessor assess in a day?"],
                [
                    None,
                    "3.7",
                    "Should learners be allowed to take the assessment in a language other than the one the course "
                    "was taught in?",
                ],
                [
                    "4. Recognition and digital credentials",
                    "4.1",
                    "How can an employer check that a credential is genuine?",
                    "recognition officers",
                ],
                [None, "4.2", "Should a micro-credential earned with one employer be accepted by another?"],
                [None, "4.3", "In which languages should certificates be issued?"],
                [None, "4.4", "How can returning migrants have the skills they gained abroad recognised?"],
                [None, "4.5", "How long may a recognition decision on a foreign micro-credential take?"],
                [None, "4.6", "Should a digital credential show the learner's mark?"],
                [
                    "5. Funding and access",
                    "5.1",
                    "Should jobseekers who receive unemployment benefit be obliged to complete a micro-credential "
                    "course?",
                    "policy makers",
                ],
                [None, "5.2", "Who should pay for a learner's micro-credential?"],
                [None, "5.3", "How can people living far from cities take part?"],
                [None, "5.4", "Should public employers pay a higher salary to staff who hold micro-credentials?"],
            ],
            "widths": {"A": 36, "B": 6, "C": 80, "D": 22},
            "bold_rows": [3],
        }
    },
}

# The metadata sheet kept by hand in LibreOffice Calc (.ods): headers in French, countries and regions as the
# secretariat's French-speaking officer wrote them, kinds in words.
METADATA_HEADER = [
    "Fichier",
    "Titre",
    "Type de contribution",
    "Auteur",
    "Nom de l'organisation",
    "Pays",
    "Region (UE/partenaire)",
    "Type d'acteur",
    "Date de réception",
    "Langue",
]
METADATA = {
    "file": "metadata.ods",
    "sheet": "Contributions",
    "title": "Contributions reçues",
    "author": "Secrétariat des lignes directrices",
    "date": dt.date(2026, 3, 20),
    "rows": [
        ["Lignes directrices sur les micro-certifications : contributions reçues (tenu à jour par le secrétariat)"],
        [],
        METADATA_HEADER,
        [
            "faq_chamber_of_crafts_liechtenstein.md", "Micro-credentials in the crafts: questions and answers",
            "Contribution écrite", "Andrea Büchel", "Liechtenstein Chamber of Crafts and Small Trades",
            "Liechtenstein", "Pays tiers", "chambre des métiers", "27/02/2026", "anglais",
        ],
        [
            "consultation_form_tashkent_students.tsv", "Réponse au questionnaire de consultation",
            "Contribution écrite", "Dilnoza Yusupova", "Tashkent Inter-University Student Union", "Ouzbékistan",
            "Pays partenaire", "syndicat étudiant", "18/02/2026", "anglais",
        ],
        [
            "quality_agency_finland_statement.pdf", FINLAND_STATEMENT["title"], "Document de position",
            "Aino Lehtonen", "Finnish Agency for Quality in Continuing Education", "Finlande",
            "État membre de l'UE", "agence d'assurance qualité", "10/03/2026", "anglais",
        ],
        [
            MOROCCO_LETTER["file"], MOROCCO_LETTER["title"], "Contribution écrite", "Karim Benjelloun",
            "Ministry of Labour and Professional Integration of Morocco, Directorate of Skills Certification",
            "Maroc", "Pays partenaire", "ministère du travail", "24/02/2026", "anglais",
        ],
        [
            UKRAINE_SLIDES["file"], UKRAINE_SLIDES["title"], "Présentation", "Taras Melnyk", "Osvita Open Courses",
            "Ukraine", "Pays partenaire", "plateforme de cours en ligne", "12/02/2026", "anglais",
        ],
        [
            SPAIN_PAPER["file"], SPAIN_PAPER["title"], "Note de position", "Marta Gil Lasheras",
            "Aragonese Workers' Trade Union Confederation", "Espagne", "État membre de l'UE",
            "confédération syndicale", "18/03/2026", "anglais",
        ],
        [
            "fwd_shkodra_development_agency.eml", "Pilot of short courses in the northern municipalities",
            "Contribution écrite", "Besnik Gjoka", "Shkodra Regional Development Agency", "Albanie",
            "Pays partenaire", "agence de développement régional", "26/02/2026", "anglais",
        ],
        [
            "belarusian_libraries_association.html", "Libraries and micro-credentials", "Note de position",
            "Volha Kavalenka", "Association of Belarusian Public Libraries", "Bélarus", "Pays partenaire",
            "association de bibliothèques", "05/03/2026", "anglais",
        ],
        [
            "interview_notes_moravian_police_college.txt", "Interview notes: micro-credentials in police training",
            "Autre", "Radek Šimek", "Moravian Police College", "République tchèque", "État membre de l'UE",
            "école de police", "11/03/2026", "anglais",
        ],
        [
            IRELAND_SLIDES["file"], IRELAND_SLIDES["title"], "Présentation", "Declan Moriarty",
            "Shannon Hospitals Trust", "Irlande", "État membre de l'UE", "groupe hospitalier", "02/03/2026",
            "anglais",
        ],
    ],
}  # fmt: skip
