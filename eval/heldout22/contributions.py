"""The text of the twenty-second held-out set's built contributions (eval/heldout22/README.md), written by hand.

``build.py`` makes the files from these: the dive instructors' printed page photographed with a phone (Pillow, a
JPEG), the employers' member survey exported from Microsoft Forms (openpyxl), the regional council's draft reply
in Word with tracked changes and comments left in (python-docx and its XML), the finance institute's deck whose
points sit in tables and SmartArt (python-pptx and a diagram data part) and the health workers' union's tri-fold
leaflet (reportlab). Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# A printed page lying on a desk, photographed with a phone: one JPEG, a little turned and in perspective.
MALTA_PHOTO = {
    "file": "photo_malta_guild_of_dive_instructors.jpeg",
    "lines": [
        ("head", "MALTA GUILD OF RECREATIONAL DIVE INSTRUCTORS"),
        ("head", "Our view on micro-credentials for divers"),
        "The Guild was founded in 1994 and has 212 members working in 40 dive centres on Malta and Gozo. "
        "Twenty-six of our members are qualified assessors. An open water course costs about 350 euros, and in "
        "2025 we handled three appeals against assessment results, all of them settled.",
        "1. No instructor may examine a diver he or she has trained. The final check dive should be run by an "
        "instructor from another dive centre.",
        "2. Safety skills must be shown in open water, at sea, and not only explained in a classroom or a pool.",
        "3. A micro-credential for divers should name the depth and the sea conditions in which the holder was "
        "tested, because that is what the next dive centre needs to know.",
        "4. Each credential should be readable in English as well as in Maltese, since most of the people we "
        "train are visitors from abroad.",
    ],
}

# The employers' association asked its members the consultation's questions with Microsoft Forms and sent the
# export: one row per member company, long answers in the cells.
SURVEY_COLUMNS = (
    "ID", "Start time", "Completion time", "Email", "Name", "Company",
    "1. What should be the smallest size of a micro-credential?",
    "2. Who should assess what a learner can do at the end?",
    "3. Who should decide what a micro-credential teaches?",
    "4. Should experienced workers be able to get a micro-credential without the course?",
)  # fmt: skip
BOSNIA_SURVEY = {
    "file": "forms_export_tuzla_canton_employers.xlsx",
    "title": "Micro-credentials: member survey (March 2026)",
    "author": "Selma Hadžiahmetović",
    "date": dt.datetime(2026, 3, 18, 9, 5),
    "sheet": "Sheet1",
    "rows": [
        (
            1,
            dt.datetime(2026, 3, 3, 8, 12, 40),
            dt.datetime(2026, 3, 3, 8, 31, 2),
            "anonymous",
            "",
            "Lukavac metal works",
            "For us the unit should be small. Eight hours of learning can be enough for a micro-credential on a "
            "single machine or a single welding procedure; making it longer only keeps people away from the line.",
            "The company where the learner works knows best whether the job is done right, so its shift "
            "supervisor should assess the practical part on the real equipment.",
            "The companies that will employ the learners should sit down with the school and draft the learning "
            "outcomes together, line by line.",
            "Yes. A welder with ten years on the job should be able to pass the test straight away and receive "
            "the credential without sitting in the classroom.",
        ),
        (
            2,
            dt.datetime(2026, 3, 4, 13, 2, 11),
            dt.datetime(2026, 3, 4, 13, 19, 45),
            "anonymous",
            "",
            "Bakery chain, Tuzla",
            "We train new staff in food hygiene in a day. A day of training is what we can afford to release "
            "people for.",
            "Our production managers. They see the worker every day and an outside examiner sees them for an hour.",
            "Employers, because we know what we are short of. Last year we could not fill 17 posts.",
            "Most of our bakers learnt on the job. They should be tested and certified for what they already do.",
        ),
        (
            3,
            dt.datetime(2026, 3, 9, 10, 40, 3),
            dt.datetime(2026, 3, 9, 11, 4, 58),
            "anonymous",
            "",
            "Logistics company, Živinice",
            "A forklift licence course is 24 hours in our company. Some topics need less.",
            "The employer, with a trainer from the school.",
            "Our association collected 38 answers from 140 member companies between 3 and 17 March; this is "
            "one of them. We think the school and the companies should decide together.",
            "Drivers with years of experience should only have to take the final test.",
        ),
    ],
}

# A draft reply in Word with tracked changes not yet accepted and colleagues' comments left in. Each paragraph is
# a list of runs: plain text, ("ins", text) inserted by a reviewer, ("del", text) deleted by a reviewer, or
# ("comment", anchor, comment) a comment on the anchored words.
SWEDEN_DRAFT = {
    "file": "draft_norrbotten_regional_council.docx",
    "title": "Reply to the consultation on micro-credentials (draft 3)",
    "author": "Åsa Nyberg",
    "date": dt.date(2026, 3, 10),
    "reviewer": "Per Strand",
    "commenter": "Per Strand",
    "blocks": [
        ("Title", ["Reply to the consultation on micro-credentials"]),
        ("Normal", ["Norrbotten Regional Council, Skills Supply Unit. Draft 3, 10 March 2026."]),
        ("Heading 1", ["1. Background"]),
        (
            "Normal",
            [
                "Norrbotten covers a quarter of Sweden's land area and has about 250,000 inhabitants. The mining "
                "and steel industries expect to hire ",
                ("del", "10,000"),
                ("ins", "12,000"),
                " people by 2035. The agency charges a fee of SEK 4,000 for each application to the national "
                "register, and our unit has budgeted for 20 applications in 2026.",
            ],
        ),
        ("Heading 1", ["2. Our positions"]),
        (
            "Normal",
            [
                "Micro-credentials that lead to work in the mining and steel industries ",
                ("del", "could"),
                ("ins", "must"),
                " be included in the Swedish qualifications framework and in the national register of qualifications, ",
                ("comment", "as other qualifications are", "Do we want to say this so firmly? Per"),
                ".",
            ],
        ),
        (
            "Normal",
            [
                "Nothing below 25 hours of learning should be called a micro-credential. Shorter courses are "
                "useful, but they are courses, not credentials.",
            ],
        ),
        (
            "Normal",
            [
                "Learning outcomes should describe what the learner can do at work, in plain Swedish that an "
                "employer understands",
                ("ins", ", without the jargon of education planners"),
                ".",
            ],
        ),
        (
            "Normal",
            [
                ("del", "Quality can be checked afterwards, once a course has run. "),
                "A provider should be approved by the agency before it may issue micro-credentials at a framework "
                "level, not inspected after the first learners have finished.",
            ],
        ),
        (
            "Normal",
            [
                "The courses should come to the learners: taught in the municipality where they live, ",
                ("comment", "in Kiruna, in Pajala or in Arjeplog", "Add Gällivare? Per"),
                ", and not only in Luleå.",
            ],
        ),
        ("Normal", ["Åsa Nyberg, head of the Skills Supply Unit"]),
    ],
}

# A training institute's deck: its figures in a table, its process and its positions in SmartArt and tables.
LUXEMBOURG_DECK = {
    "file": "slides_kirchberg_finance_skills_institute.pptx",
    "title": "Micro-credentials in financial services",
    "author": "Nadine Weber-Schmit",
    "date": dt.date(2026, 3, 12),
    "slides": [
        ("title", "Micro-credentials in financial services", "Kirchberg Finance Skills Institute, March 2026"),
        (
            "table",
            "The institute in figures",
            [
                ("", "2024", "2025"),
                ("Learners", "4,870", "5,300"),
                ("New courses registered", "11", "14"),
                ("Exam scripts marked", "1,650", "1,900"),
                ("Typical course fee (EUR)", "620", "640"),
            ],
        ),
        (
            "smartart",
            "How a micro-credential is made with us",
            [
                ("Design", ["At least 25 hours of learning, assessment included"]),
                ("Review", ["A panel of employers reviews every micro-credential before it is first offered"]),
                ("Issue", ["Issued only as a digitally sealed file that anyone can verify"]),
                (
                    "Stack",
                    ["Credentials in compliance and risk can be combined into our certificate in fund administration"],
                ),
            ],
        ),
        (
            "table",
            "Our answers to the consultation",
            [
                ("Question", "Our position"),
                ("Size", "Anything shorter than 25 hours of learning does not let us assess a real skill."),
                (
                    "Format",
                    "No more paper certificates: a sealed European Digital Credential is enough and cannot be forged.",
                ),
                ("Quality", "Employers on the review panel, plus an external examiner for every third credential."),
            ],
        ),
    ],
}

# A trade union's tri-fold leaflet: an A4 sheet in landscape, three panels a side, printed on both sides.
BULGARIA_LEAFLET = {
    "file": "leaflet_rhodope_health_workers_union.pdf",
    "title": "Micro-credentials: what health workers need",
    "author": "Rositsa Dimitrova",
    "outside": [
        [
            ("h", "Who we are"),
            "The Rhodope Union of Health Care Workers was founded in 1990. It has 8,400 members in 46 hospitals "
            "and clinics, most of them nurses, midwives and orderlies.",
            "Our members took 3,100 short courses in 2025, most of them in the evening after a shift.",
        ],
        [
            ("h", "Contact"),
            "Rhodope Union of Health Care Workers",
            "5 Bulgaria Boulevard, Smolyan",
            "Secretary for training: Rositsa Dimitrova",
        ],
        [
            ("t", "MICRO-CREDENTIALS"),
            ("t", "What health workers need"),
            "Our contribution to the European consultation, March 2026",
        ],
    ],
    "inside": [
        [
            ("h", "Who pays?"),
            "Not a single lev should come out of a nurse's pocket for a micro-credential that her job requires. "
            "The hospital or the health fund has to carry the whole cost.",
            "Hours spent on such courses should be counted as working time and paid as such.",
        ],
        [
            ("h", "Who assesses?"),
            "The hospital that employs a nurse should not be the body that assesses her. An examiner from outside "
            "the hospital must decide whether she passed.",
        ],
        [
            ("h", "What it brings"),
            "Each micro-credential earned should raise pay: the collective agreement should reward every one of "
            "them with a step on the salary scale.",
            "The union should have a seat on the bodies that approve micro-credentials in health care.",
        ],
    ],
}
