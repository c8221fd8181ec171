"""The text of the nineteenth held-out set's built contributions (eval/heldout19/README.md), written by hand.

``build.py`` makes the files from these: the hospitality partnership's deck whose content sits in tables
(python-pptx), the employment office's letter scanned without a text layer (Pillow and reportlab), the adult
education centre's planning workbook with its positions in the notes cells (openpyxl), the research institute's
long report (python-docx), the college's comment form (python-docx, a table) and the forest machine operators'
poster from a fair (reportlab). Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# A deck built in PowerPoint's "Title and Table" layout: every slide a title over a two-column table.
PORTUGAL_DECK = {
    "file": "slides_algarve_hospitality_skills_partnership.pptx",
    "title": "Micro-credentials for hotels and restaurants",
    "author": "Inês Moutinho Carvalhal",
    "date": dt.date(2026, 3, 10),
    "slides": [
        (
            "Algarve Hospitality Skills Partnership",
            ("", ""),
            [
                ("Founded", "2004, by the regional hotel association and two catering schools"),
                ("Member hotels and restaurants", "312"),
                ("Seasonal staff trained in 2025", "2,740"),
                ("Course fee charged to members", "85 euros per participant"),
                ("Average length of a season", "seven months, March to October"),
            ],
        ),
        (
            "Who designs a hospitality micro-credential",
            ("Topic", "Our position"),
            [
                (
                    "Design",
                    "Employers must co-design every micro-credential offered in hospitality, from the learning "
                    "outcomes to the assessment tasks.",
                ),
                (
                    "Size",
                    "A hospitality micro-credential should take no more than 60 hours, so that it fits into the "
                    "weeks between two seasons.",
                ),
            ],
        ),
        (
            "Assessment at work",
            ("Topic", "Our position"),
            [
                (
                    "Where",
                    "The final assessment should take place during a real service, in the kitchen, in the "
                    "restaurant or at the front desk.",
                ),
                ("Who is present", "A supervisor from the hotel and the trainer from the school."),
                ("Pilot in 2025", "19 hotels, 146 candidates, 131 credentials awarded"),
            ],
        ),
        (
            "Paying for it, and the seasons",
            ("Topic", "Our position"),
            [
                (
                    "Who pays",
                    "The employer should pay for any micro-credential that its staff take during working hours.",
                ),
                (
                    "Seasonal staff",
                    "Seasonal workers should be able to finish a micro-credential in the following season without "
                    "starting it again.",
                ),
            ],
        ),
    ],
}

# A typed letter, printed, signed and scanned to PDF: an image per page, no text layer.
GEORGIA_SCAN = {
    "file": "scan_imereti_regional_employment_office.pdf",
    "title": "Scan 2026-03-12 10.41",
    "author": "Scanner",
    "paragraphs": [
        ("head", "IMERETI REGIONAL EMPLOYMENT OFFICE"),
        ("head", "7 Chavchavadze Street, Zestaponi"),
        ("right", "No. 04/311, 11 March 2026"),
        "To the guideline drafting team",
        "Dear colleagues,",
        "Our office opened in 2013 and registers about 6,800 jobseekers a year in the region. Last year 1,240 of "
        "them attended a short course paid from the state employment programme; a course costs the programme "
        "between 300 and 900 lari, depending on its length.",
        "We ask the guidelines to take the following points into account.",
        "First, jobseekers who complete a short course should receive a micro-credential that employers anywhere "
        "in Georgia can read and trust.",
        "Second, every candidate should sit the same test under the same conditions. Identical conditions are what "
        "make the result credible to employers.",
        "Third, time spent on a micro-credential course should count as active job search, so that the "
        "unemployment benefit continues while the person learns.",
        "Fourth, career guidance should be offered before a jobseeker chooses a micro-credential, so that the "
        "choice matches the vacancies in the region.",
        "Our counsellors held 3,100 interviews in 2025, most of them in Kutaisi and Zestaponi.",
        "Respectfully,",
        "Nino Tsiklauri",
        "Head of the Office",
    ],
}

_EMPTY = (None,) * 5  # the cells a merged notes line leaves empty

# A planning workbook: a title row, a table of modules, the centre's positions typed into the notes column and
# into a notes block under the table.
SLOVAKIA_WORKBOOK = {
    "file": "workbook_zilina_adult_education_centre.xlsx",
    "title": "Planned micro-credentials 2026",
    "author": "Marek Hrušovský",
    "date": dt.date(2026, 3, 6),
    "sheets": {
        "Plan 2026": {
            "rows": [
                ("Žilina Centre for Adult Education: planned micro-credentials, 2026", None, None, None, None, None),
                (None, None, None, None, None, None),
                ("Module", "Hours", "ECTS", "Fee (EUR)", "Places", "Notes"),
                ("Bookkeeping basics", 40, 2, 120, 24, "Learners asked for evening groups."),
                (
                    "Digital office skills",
                    25,
                    1,
                    90,
                    30,
                    "A micro-credential should require at least 25 hours of learning; anything shorter is a "
                    "course certificate.",
                ),
                (
                    "Welding inspection",
                    50,
                    2,
                    210,
                    12,
                    "We think every micro-credential should be entered in the national register of "
                    "qualifications, whether or not it has a level.",
                ),
                (
                    "Care of older people",
                    60,
                    2,
                    150,
                    16,
                    "The workload should be stated both in hours and in ECTS credits on the certificate.",
                ),
                ("Forklift operation", 30, 1, 180, 10, "Waiting list of 41 people."),
                (None, None, None, None, None, None),
                ("Notes", None, None, None, None, None),
                (
                    "The centre was founded in 1991 and taught 1,850 adult learners in 2025, 62 per cent of them "
                    "women.",
                    *_EMPTY,
                ),
                (
                    "Two micro-credentials from our centre in the same field should be stackable towards the "
                    "national vocational certificate of that field.",
                    *_EMPTY,
                ),
                (
                    "Learners in rural districts should be able to follow the theory part online and come to the "
                    "centre only for the practical part.",
                    *_EMPTY,
                ),
            ],
            "widths": {"A": 34, "B": 8, "C": 8, "D": 10, "E": 8, "F": 60},
            "bold_rows": (3,),
        },
    },
}

# The college's reply on the consultation's comment form: a heading block, then a table of numbered comments.
UZBEKISTAN_FORM = {
    "file": "comments_samarkand_college_of_tourism_and_crafts.docx",
    "title": "Comment form: consultation on guidelines for micro-credentials",
    "author": "Dilnoza Rakhimova",
    "date": dt.date(2026, 3, 16),
    "heading": "Comment form: consultation on guidelines for micro-credentials",
    "fields": [
        ("Organisation", "Samarkand College of Tourism and Crafts"),
        ("Contact person", "Dilnoza Rakhimova, deputy director for curricula"),
        ("Date", "16 March 2026"),
    ],
    "intro": (
        "The college was founded in 1998 and teaches 1,600 students in 14 crafts and in hotel and guide "
        "services. Visitors to the city have more than doubled since 2019, and our graduates are in demand."
    ),
    "header": ("No.", "Part of the draft", "Comment", "Proposed change"),
    "rows": [
        (
            "1",
            "Design of micro-credentials",
            "Colleges should design their micro-credentials themselves; employers may be consulted, but the "
            "decision on content stays with the college.",
            "Say that employers are consulted, not that they decide.",
        ),
        (
            "2",
            "Register of qualifications",
            "The national register should remain reserved for full qualifications. Micro-credentials belong in a "
            "separate public catalogue.",
            "Add a separate catalogue of micro-credentials.",
        ),
        (
            "3",
            "Access and guidance",
            "Every applicant should receive a free guidance interview before enrolling, so that nobody starts a "
            "course that leads nowhere.",
            "Add guidance before enrolment.",
        ),
        (
            "4",
            "Languages",
            "Micro-credentials in tourism should be offered in Uzbek, Russian and English, because guides work "
            "with visitors in all three.",
            "Name the languages of the sector.",
        ),
        (
            "5",
            "Other",
            "Our craft workshops take 18 apprentices a year each; a carpet takes a student about four months.",
            "None.",
        ),
    ],
}

# A poster shown at a forestry fair, saved to PDF: one A1 landscape page, a banner across the top, three columns
# of boxed panels, a footer line.
FINLAND_POSTER = {
    "file": "poster_kainuu_forest_machine_operators.pdf",
    "title": "Micro-credentials for forest machine operators",
    "author": "Aino Heikkilä",
    "banner": "Micro-credentials for forest machine operators",
    "byline": "Kainuu Forest Machine Operators' Association | Aino Heikkilä, chair",
    "footer": "Shown at the Kajaani Forestry Fair, 18-19 March 2026 | www.kainuu-operators.example",
    "columns": [
        [
            (
                "Who we are",
                [
                    "The association was founded in 1966 and has 640 members, most of them self-employed contractors.",
                    "A new harvester now costs about 600,000 euros, and the average machine in our region is nine "
                    "years old.",
                ],
            ),
            (
                "Our members' year",
                [
                    "The occupational safety card we all carry has to be renewed every five years.",
                    "Frost decides the season: logging on soft ground stops when the roads thaw in spring.",
                ],
            ),
        ],
        [
            (
                "What we ask of the guidelines",
                [
                    "Exams taken at home under webcam supervision should be accepted for every theory part of a "
                    "micro-credential.",
                    "Operators with years of experience should be able to gain the micro-credential by having their "
                    "work on a logging site assessed, without attending the course.",
                    "The credential should show the machine types on which the holder was assessed.",
                    "Safety training must be part of every micro-credential for forest machine work.",
                ],
            ),
        ],
        [
            (
                "Why",
                [
                    "Our members live far from the colleges: a drive of 180 kilometres for a one-hour exam makes no "
                    "sense.",
                    "A contractor needs to know at once whether someone can run a harvester or only a forwarder.",
                ],
            ),
            (
                "Contact",
                ["Write to the association's office in Kajaani, or find us at stand 14."],
            ),
        ],
    ],
}
