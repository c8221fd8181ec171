"""The wording of the eighth held-out set's built contributions (eval/heldout8/README.md), kept in one place.

``build.py`` turns each spec into its file: the statistics office's three-page policy brief with a
'Recommendation | Rationale' table (PDF), the extension service's recommendations with tracked changes and a table
(.docx), the teachers' union's statement (.rtf), the port training centre's slides whose notes carry its positions
(.pptx), the school directors' consultation answers (.xlsx), the regional parliament committee's report (.odt).
The hand-kept metadata sheet (Spanish headers) and the outline are in ``sheets.py``. The other
contributions are kept as text in ``corpus/``. Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# A national statistics office's policy brief: three pages, the recommendations in a two-column table on page 2.
BULGARIA_BRIEF = {
    "file": "brief_bulgarian_statistics_institute.pdf",
    "title": "Counting micro-credentials: what official statistics need from the guidelines",
    "author": "Radostina Zhelyazkova",
    "date": dt.date(2026, 3, 12),
    "pages": [
        [
            ("title", "Counting micro-credentials: what official statistics need from the guidelines"),
            ("p", "Policy brief of the Education Statistics Department, Sofia, 12 March 2026"),
            ("h", "Summary"),
            (
                "p",
                "Micro-credentials are spreading quickly, yet nobody can say how many are awarded in Bulgaria, in "
                "which fields or to whom. This brief sets out what official statistics need from the European "
                "guidelines, so that the new credentials can be counted with the same care as diplomas and "
                "vocational certificates.",
            ),
            ("h", "Where the numbers stand"),
            (
                "p",
                "The Institute has run the Adult Education Survey since 2007, most recently in 2022, when "
                "interviewers visited 9,400 households. In that round 12.4 per cent of adults aged 25 to 64 "
                "reported a non-formal course in the previous twelve months, but the questionnaire could not tell "
                "a micro-credential from any other short course. Administrative sources do not fill the gap: the "
                "registers kept by the ministries list programmes, not the certificates awarded under them.",
            ),
            (
                "p",
                "In 2025 the Education Statistics Department had a staff of 23 and answered 310 data requests "
                "from ministries, researchers and journalists. A custom table is normally delivered within 15 "
                "working days and is free of charge for public bodies; other users pay 60 leva per table.",
            ),
        ],
        [
            ("h", "Our recommendations"),
            ("p", "The table below gives each recommendation with the reason behind it."),
            (
                "table",
                [
                    ("Recommendation", "Rationale"),
                    (
                        "Providers must report every micro-credential they award to the national register of "
                        "qualifications.",
                        "Without a record of each award, the number of holders can only be estimated from "
                        "surveys, with wide margins of error for small groups of learners.",
                    ),
                    (
                        "Each micro-credential should carry the code of its field of education from the ISCED-F "
                        "2013 classification.",
                        "A shared code lets us compare micro-credentials with other qualifications, and across "
                        "countries, without recoding them by hand.",
                    ),
                    (
                        "The register should record the holder's year of birth and sex alongside each award.",
                        "Only then can statistics show whether micro-credentials reach older workers and women as "
                        "well as young men.",
                    ),
                    (
                        "Figures on holders should be published only in aggregate form, never as records of "
                        "named persons.",
                        "Trust in official statistics rests on confidentiality: a table in which a person could "
                        "be recognised does not leave the Institute.",
                    ),
                ],
            ),
        ],
        [
            ("h", "A pilot with two providers"),
            (
                "p",
                "In autumn 2025 two training providers in Plovdiv sent us anonymised lists of the 1,146 "
                "certificates they had issued that year. Matching them to our field codes took an analyst eleven "
                "days, because neither provider used a standard classification, and 7 per cent of the "
                "certificates could not be coded at all.",
            ),
            (
                "p",
                "The exercise cost the Institute about 2,800 leva in staff time. We intend to repeat it in 2026 "
                "with five providers, and to publish the method together with the results.",
            ),
            ("h", "Contact"),
            (
                "p",
                "Radostina Zhelyazkova, head of the Education Statistics Department, National Statistical "
                "Institute. Questions about this brief are answered within five working days.",
            ),
        ],
    ],
}

# An agricultural extension service's recommendations in Word: a numbered list, two edits left as tracked changes,
# and a table of pilot results without comments.
ROMANIA_RECOMMENDATIONS = {
    "file": "recommendations_bihor_agricultural_extension.docx",
    "title": "Micro-credentials for farmers: recommendations of the Agricultural Extension Service of Bihor County",
    "author": "Sorin Pădureanu",
    "date": dt.date(2026, 3, 4),
    "reviser": "Ioana Crișan",
    "blocks": [
        "Oradea, 4 March 2026. Draft 3: the changes agreed at the staff meeting of 2 March are shown as tracked "
        "changes.",
        ("h1", "Who we are"),
        "The Service was set up in 1999 under the county council and has eleven advisers, nine of them "
        "agronomists. Each year we run around 60 short courses in villages across the county, on subjects from "
        "soil testing to the paperwork for area payments. In 2025 they were attended by 1,730 farmers, two thirds "
        "of them over fifty. A course costs the farmer nothing, but the certificate of attendance we hand out is "
        "not recognised by anyone outside the county.",
        ("h1", "Our recommendations"),
        (
            "n",
            "A micro-credential should be possible for as little as 8 hours of learning, because a farmer can "
            "rarely leave the holding for more than two days in a row.",
        ),
        ("n", "The practical part of the assessment should take place on a working farm, not in a classroom."),
        (
            "n",
            "Farmers who have worked the land for years should be able to earn the micro-credential by "
            "demonstrating their skills, without attending the course.",
        ),
        (
            "n",
            "Small micro-credentials should add up over time to the full qualification of skilled agricultural worker.",
        ),
        (
            "n-tracked",
            "Courses should be held in the village, ",
            "in winter",
            "in the season when field work is light",
            ", and announced through the mayor's office.",
        ),
        ("h1", "Results of the 2025 pilot"),
        "Together with the county chamber of agriculture we tried out three assessed courses in 2025. The table "
        "gives the figures.",
        (
            "table",
            [
                ("Course", "Hours", "Farmers enrolled", "Passed"),
                ("Safe use of plant protection products", "12", "64", "58"),
                ("Soil sampling and testing", "8", "41", "39"),
                ("Record-keeping for area payments", "16", "52", "44"),
            ],
        ),
        (
            "tracked",
            "Those who passed received a certificate signed by the Service and the chamber. Printing and "
            "posting it cost about ",
            "7",
            "9",
            " lei per farmer.",
        ),
        "Sorin Pădureanu, head of the Service",
    ],
}

# A teachers' union's statement saved as RTF: bold headings typed as numbered points, plain paragraphs.
SLOVAKIA_STATEMENT = {
    "file": "statement_slovak_teachers_union.rtf",
    "title": "Statement on micro-credentials",
    "author": "Marián Ďurkovský",
    "date": dt.date(2026, 3, 18),
    "paragraphs": [
        ("b", "Statement of the Union of Vocational and General School Teachers of Slovakia on micro-credentials"),
        "Bratislava, 18 March 2026",
        "Our union has represented teachers since 1990. It has about 14,200 members in 1,100 schools; a fifth of "
        "them teach in secondary vocational schools, where the first short courses for adults have been offered "
        "since the lifelong learning act of 2023. In the 2024/25 school year 312 of our members taught adult "
        "courses, for an average extra pay of 9 euros an hour.",
        "The union's council discussed the draft guidelines on 11 March 2026 and adopted the following positions.",
        ("b", "1. Young people in initial education"),
        "Micro-credentials must not become a shortcut that takes the place of full vocational education for "
        "pupils under eighteen. A young person needs a whole programme, with general subjects, and not a "
        "collection of short certificates.",
        ("b", "2. Levels in the qualifications framework"),
        "Only micro-credentials that form part of a larger qualification should receive a level in the national "
        "qualifications framework; a stand-alone course certificate should not be given a level at all.",
        ("b", "3. Time to design courses"),
        "Teachers who develop micro-credential courses should have that work counted in their paid working hours, "
        "instead of doing it in the evenings as an unpaid favour to the school.",
        ("b", "4. Teachers as learners"),
        "Micro-credentials that teachers earn themselves should count towards the attestation that moves a "
        "teacher to a higher career grade.",
        "Marián Ďurkovský, vice-president",
    ],
}

# A port authority training centre's slides: short lines on the slides, the positions in the speaker notes.
MONTENEGRO_SLIDES = {
    "file": "slides_bar_port_training_centre.pptx",
    "title": "Training at the port: what micro-credentials could change",
    "author": "Vukašin Drecun",
    "date": dt.date(2026, 2, 26),
    "slides": [
        {
            "title": "Training at the port: what micro-credentials could change",
            "body": ["Port of Bar Maritime Training Centre", "Consultation workshop, Podgorica, 26 February 2026"],
            "notes": "",
        },
        {
            "title": "About the centre",
            "body": [
                "Part of the port authority since 2004",
                "1,240 workers trained in 2025",
                "Crane and straddle-carrier simulators since 2019",
            ],
            "notes": "The centre began in 2004 as a small safety unit of the port authority. Last year 1,240 dock "
            "workers, drivers and clerks took at least one course with us. The two simulators cost "
            "380,000 euros and are booked on most weekdays. A standard crane course lasts three weeks and "
            "costs 240 euros.",
        },
        {
            "title": "Assessment",
            "body": ["Real equipment", "Real cargo", "Simulators for training only"],
            "notes": "Skills must be demonstrated on the quay, with real cranes and real cargo. A simulator is "
            "good for practice, but it cannot reproduce wind, swell or a tired crew at the end of a night "
            "shift.",
        },
        {
            "title": "Who writes the courses",
            "body": ["Terminal operators", "Shipping agents", "Our trainers"],
            "notes": "Terminal operators and shipping agents should sit down with our trainers to write the "
            "learning outcomes of every course, because they know which mistakes cost money and lives.",
        },
        {
            "title": "Paying for a course",
            "body": ["Employers pay most fees today", "A personal share"],
            "notes": "Today most learners are sent by their employer, who pays the fee. Even so, every "
            "participant ought to put in a modest sum personally, since people take seriously what has "
            "cost them something.",
        },
        {
            "title": "Safety-critical skills",
            "body": ["Crane operation", "Dangerous goods", "Refresher test"],
            "notes": "Micro-credentials for crane operation and for handling dangerous goods should be renewed "
            "every five years through a practical refresher test.",
        },
    ],
}

# A vocational school directors' association's answers to the consultation, one row per question.
MACEDONIA_ANSWERS = {
    "file": "consultation_macedonian_vocational_directors.xlsx",
    "title": "Consultation on micro-credentials: answers of the Association of Directors of Secondary Vocational "
    "Schools",
    "author": "Blagica Trenchevska",
    "date": dt.date(2026, 3, 2),
    "sheets": {
        "Consultation": {
            "rows": [
                ["Question", "Answer"],
                [
                    "Please introduce your organisation.",
                    "The Association brings together the directors of 58 public secondary vocational schools. It "
                    "was registered in 2011 and meets four times a year, usually in Skopje or Bitola. Our schools "
                    "enrol about 41,000 pupils in initial education and, since 2022, some 1,900 adults a year in "
                    "evening courses.",
                ],
                [
                    "Should micro-credentials have a level in the National Qualifications Framework?",
                    "Yes. Every micro-credential must be placed at a level of the national qualifications "
                    "framework, otherwise employers and learners cannot tell a one-week course from serious "
                    "training.",
                ],
                [
                    "What should be the minimum size of a micro-credential?",
                    "No micro-credential should be awarded for fewer than 40 hours of learning. Shorter courses "
                    "are useful, but they should end with a certificate of attendance, not a credential.",
                ],
                [
                    "How should micro-credentials relate to initial vocational education?",
                    "They should serve adults. Offering them to pupils as a replacement for the full three- or "
                    "four-year programme would empty our curricula, and the Association is against it.",
                ],
                [
                    "Who should be involved in developing micro-credentials?",
                    "Local employers should take part in drafting the learning outcomes together with our "
                    "teachers, as they already do for the practical training in companies.",
                ],
                [
                    "How long does it take today to have a new adult programme approved?",
                    "The ministry's approval of a new adult programme takes 90 days on average, and each "
                    "verification costs the school 15,000 denars.",
                ],
                [
                    "Any other comments?",
                    "Schools would welcome a simple template for writing learning outcomes; the Association will "
                    "share the one its members drafted in 2025.",
                ],
            ],
            "widths": {"A": 48, "B": 90},
            "bold_rows": (1,),
        },
    },
}

# A regional parliament committee's report from LibreOffice Writer: numbered headings, numbered recommendations.
AUSTRIA_REPORT = {
    "file": "report_upper_austria_parliament_committee.odt",
    "title": "Report of the Committee on Education and Labour on micro-credentials",
    "author": "Johanna Pichlmayr",
    "date": dt.date(2026, 2, 24),
    "blocks": [
        ("title", "Report of the Committee on Education and Labour on micro-credentials"),
        "Provincial Parliament of Upper Austria, Linz, 24 February 2026. Rapporteur: Johanna Pichlmayr.",
        ("h1", "1. Mandate"),
        "On 14 November 2025 the plenary asked the committee to examine how micro-credentials could serve the "
        "province's workforce. The committee held four sittings, heard eleven experts and received 23 written "
        "submissions.",
        ("h1", "2. Findings"),
        "In 2025 the provincial education account paid out 2.1 million euros to 6,400 residents for vocational "
        "courses. To receive support, applicants must have had their main residence in the province for at least "
        "two years and must choose a course from a certified provider; payments are made within six weeks of the "
        "application.",
        "The experts heard by the committee agreed that short courses are used most by people in their thirties "
        "and forties, and least by those working shifts.",
        ("h1", "3. Recommendations"),
        "The committee recommends to the plenary:",
        (
            "n",
            "Every micro-credential offered in the province should be assigned a level of the National "
            "Qualifications Framework, so that it can be compared with apprenticeships and school "
            "qualifications.",
        ),
        (
            "n",
            "Providers of micro-credentials should be reviewed by the provincial quality board every four years, "
            "as adult education centres already are.",
        ),
        ("n", "The provincial education account should be opened to micro-credential courses from 2027."),
        (
            "n",
            "Micro-credential courses should be offered in the evenings and at weekends, so that people in shift "
            "work can take part.",
        ),
        ("h1", "4. Next steps"),
        "The committee adopted this report by 9 votes to 2 and will report again to the plenary in autumn 2026.",
    ],
}
