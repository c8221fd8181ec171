"""The text of the tenth held-out set's built contributions and outline (eval/heldout10/README.md), written by
hand in our own words. ``build.py`` turns each spec into its file; names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# Two-column newsletter (PDF, two pages): a women-in-tech network, Croatia.
CROATIA_NEWSLETTER = {
    "file": "newsletter_adriatic_women_in_tech.pdf",
    "title": "Restart Bulletin no. 14: what we want from micro-credentials",
    "author": "Vesna Brkljačić-Oreb",
    "date": dt.date(2026, 2, 19),
    "masthead": "RESTART BULLETIN  |  Adriatic Women in Tech Network  |  Issue 14, February 2026",
    "pages": [
        [
            ("h", "Our network in numbers"),
            (
                "p",
                "The Adriatic Women in Tech Network was set up in Split in 2016 by eleven software developers. "
                "Today it counts 1,400 members in nine towns along the coast and runs two meet-ups a month.",
            ),
            (
                "p",
                "In 2025 we ran our first returners' course, Code Again, for women coming back to technical work "
                "after a career break. Of the 86 women who started, 71 finished, and the fee was 120 euros, "
                "half of it refunded by a local foundation.",
            ),
            ("h", "Timetables that fit a life"),
            (
                "p",
                "Most of our members who left tech did so while caring for children or parents. For them a "
                "course on weekday mornings is simply closed. Courses should be offered in the evenings and at "
                "weekends, in blocks of no more than two hours, so that a parent can follow them after bedtime.",
            ),
            (
                "p",
                "Each woman returning to tech work should be paired with a mentor from industry during the "
                "course. In Code Again the mentored participants were the ones who stayed to the end.",
            ),
            ("h", "Counting who takes part"),
            (
                "p",
                "We do not know how many women take short technical courses in Croatia, because nobody counts. "
                "Providers should report how many women enrol in and complete each course, and these figures "
                "should be public.",
            ),
        ],
        [
            ("h", "Assessment without travel"),
            (
                "p",
                "Our members live on islands as well as in cities. A ferry to the mainland for a two-hour test "
                "can cost a day's pay. The final assessment can be done entirely online, with a proctor "
                "watching through the camera, and no candidate should have to travel to a test centre.",
            ),
            ("h", "A certificate that travels"),
            (
                "p",
                "Employers in our sector hire across borders and read credentials on screens, not on paper. "
                "Micro-credentials should be issued in the European Digital Credentials for Learning format, "
                "so that a recruiter in Vienna or Milan can check one in seconds.",
            ),
            ("h", "Dates for your diary"),
            (
                "p",
                "The spring meet-up takes place in Rijeka on 14 March. Registration opens on 1 March and closes "
                "once the 60 seats are taken. The next issue of this bulletin appears in May.",
            ),
            ("p", "Contact: Vesna Brkljačić-Oreb, coordinator, on behalf of the network's board."),
        ],
    ],
}

# Word, numbered paragraphs typed as text and a bold 'Key recommendation:' paragraph: adult learning agency, Czechia.
CZECHIA_NOTE = {
    "file": "note_czech_adult_learning_agency.docx",
    "title": "Micro-credentials for adults: note of the National Institute for Adult Learning and Guidance",
    "author": "Radka Vondrušková",
    "date": dt.date(2026, 3, 2),
    "blocks": [
        ("title", "Micro-credentials for adults: note of the National Institute for Adult Learning and Guidance"),
        "1. The Institute was founded in 2004 and employs 212 people. It runs guidance centres in all 14 regions "
        "and keeps the list of accredited adult learning courses, which held 3,870 courses at the end of 2025.",
        "2. In our 2024 pilot, 1,030 adults took one of 48 short courses in logistics, care and welding; an "
        "application to list a new course took 58 calendar days on average to process.",
        "3. Micro-credentials for adults should add up to a full vocational qualification, so that a worker who "
        "collects several of them over the years ends with the same certificate as a school leaver.",
        "4. Adults who learnt their trade at work should reach the same micro-credential through validation of "
        "non-formal and informal learning, which looks at the evidence they bring rather than at hours in class.",
        "5. Every adult should get a free guidance session before enrolling, because the wrong course wastes "
        "both the learner's time and public money.",
        "6. Micro-credentials offered with public funds should be listed in the national register of "
        "qualifications, where employers already look.",
        (
            "bold",
            "Key recommendation: give every adult an individual learning account of 300 euros a year that "
            "can be spent on any listed micro-credential.",
        ),
        "7. We remain available for any question; this note was approved by the Institute's director.",
    ],
}

# Slides, title slide carrying the organisation, last slide 'Our asks': a seafarers' union, Montenegro.
MONTENEGRO_SLIDES = {
    "file": "slides_montenegrin_seafarers_union.pptx",
    "title": "Micro-credentials at sea",
    "author": "Vuksan Radonjić",
    "date": dt.date(2026, 2, 25),
    "slides": [
        {
            "title": "Micro-credentials at sea",
            "body": ["Union of Montenegrin Seafarers and Port Workers", "Vuksan Radonjić, head of training"],
            "notes": "",
        },
        {
            "title": "Who we are",
            "body": [
                "Founded in 1991 in Kotor",
                "3,800 members",
                "62% serve on foreign-flagged ships",
                "Our training centre trains about 900 seafarers a year",
            ],
            "notes": "Most of our members spend eight or nine months a year at sea, so every course we run is planned "
            "around their contracts. A basic safety refresher currently costs 450 euros.",
        },
        {
            "title": "Skills that go out of date",
            "body": ["Fire-fighting, survival craft, electronic charts", "Equipment changes every few years"],
            "notes": "A micro-credential in a safety-critical skill should expire after five years and be renewed "
            "through a short refresher, as our STCW certificates already are. A seafarer who learnt a "
            "chart system in 2015 cannot be assumed to master the one on the bridge today.",
        },
        {
            "title": "Who writes the courses",
            "body": ["The maritime school alone is not enough", "The people on board know what is missing"],
            "notes": "Shipowners and the union should write the content of each course together with the maritime "
            "school. Time served at sea should count towards the learning hours of a course, because "
            "much of the learning happens on watch.",
        },
        {
            "title": "Our asks",
            "body": [
                "Renewal every five years for safety-critical skills",
                "Course content written jointly by shipowners, union and school",
                "Shipowners should pay course fees for crew members, not the seafarers themselves",
                "Recognition by port authorities in every EU member state",
            ],
            "notes": "Micro-credentials should be recognised by port authorities in every EU member state, so that a "
            "crew member is not sent back to class at each new port.",
        },
    ],
}

# OpenDocument text with a table of positions: a chamber of agriculture, France.
FRANCE_PAPER = {
    "file": "positions_occitanie_chamber_of_agriculture.odt",
    "title": "Micro-credentials in farming: positions of the Occitanie Regional Chamber of Agriculture",
    "author": "Maïwenn Capdevielle",
    "date": dt.date(2026, 3, 6),
    "before": [
        ("title", "Micro-credentials in farming: positions of the Occitanie Regional Chamber of Agriculture"),
        "The Chamber serves farmers in the 13 departments of the region. In 2025 our advisers trained people from "
        "2,300 farms in short courses of 21 hours on average, at a cost to the farmer of 35 euros a day after "
        "the regional subsidy.",
        "Our positions on the consultation are set out in the table below.",
    ],
    "table": [
        ["Topic", "Our position", "Why"],
        [
            "Assessment",
            "The written part of the final assessment should be taken online and the practical part "
            "on a working farm, in front of the animals or the machine concerned.",
            "Theory travels well; pruning a vine or handling a tractor does not.",
        ],
        [
            "Building up a diploma",
            "Several certificates together should count towards the agricultural vocational diploma.",
            "Young farmers need the diploma to receive the installation grant.",
        ],
        [
            "Calendar",
            "Courses should be scheduled between November and February, outside the harvest season.",
            "From spring to autumn nobody on a farm has a free day.",
        ],
        [
            "Assessors",
            "Experienced farm advisers should be trained to act as assessors.",
            "They know the farms and the farmers trust them.",
        ],
        [
            "Funding",
            "The advisory funds of the common agricultural policy should be able to pay for micro-credentials.",
            "These funds already pay for advice on the same subjects.",
        ],
    ],
    "after": ["Contact: Maïwenn Capdevielle, head of training, Occitanie Regional Chamber of Agriculture."],
}

# Workbook with a 'Read me' sheet and a positions sheet: an open-university consortium, Ukraine.
UKRAINE_WORKBOOK = {
    "file": "positions_dnipro_open_universities_consortium.xlsx",
    "title": "Consortium positions on micro-credentials",
    "author": "Oksana Hnatyshyn-Levko",
    "date": dt.date(2026, 2, 27),
    "sheets": {
        "Read me": {
            "rows": [
                ["Dnipro Open Universities Consortium"],
                ["This workbook holds the consortium's answer to the consultation on micro-credentials."],
                [
                    "The consortium was formed in 2019 by nine universities; it has served 27,000 learners and now "
                    "offers 140 micro-credentials, at a typical fee of 1,200 hryvnias."
                ],
                [
                    "Sheet 'Positions' lists one position per row with our reasons. Prepared by Oksana "
                    "Hnatyshyn-Levko, consortium secretary, on 27 February 2026."
                ],
            ],
            "widths": {"A": 110},
        },
        "Positions": {
            "rows": [
                ["No.", "Position", "Reason"],
                [
                    "1",
                    "A micro-credential may carry up to 15 ECTS credits.",
                    "Several of our engineering modules need a full term of work to reach a useful level.",
                ],
                [
                    "2",
                    "We reject any expiry date on micro-credentials: a credential records learning that took "
                    "place, and it stays valid for life.",
                    "Refresher needs belong to employers' rules, not to the credential.",
                ],
                [
                    "3",
                    "Credits earned should be counted towards a bachelor's or master's degree at any consortium "
                    "university.",
                    "Learners should not pay twice for the same learning.",
                ],
                [
                    "4",
                    "Each certificate should state the level of the European Qualifications Framework.",
                    "Employers abroad read the level first.",
                ],
                [
                    "5",
                    "Universities should publish their micro-credentials in one shared online catalogue.",
                    "Learners now search nine separate web sites.",
                ],
            ],
            "widths": {"A": 6, "B": 70, "C": 50},
            "bold_rows": [1],
        },
    },
}

# RTF letter: a ministry of health's training department, Tajikistan.
TAJIKISTAN_LETTER = {
    "file": "letter_tajik_health_ministry_training.rtf",
    "title": "Micro-credentials for health workers",
    "author": "Firuza Nazarshoeva",
    "date": dt.date(2026, 3, 11),
    "paragraphs": [
        "Ministry of Health and Social Protection of Population of the Republic of Tajikistan",
        "Department of Continuing Training of Medical Staff",
        "Dushanbe, 11 March 2026",
        "Dear colleagues,",
        "Our department organises the continuing training of about 14,000 nurses and midwives through six "
        "regional centres. A typical course lasts 72 hours and costs 380 somoni, paid by the health facility.",
        "For clinical skills, the final assessment must take place in person, in a skills laboratory, where an "
        "examiner watches the candidate work on a manikin or with a simulated patient.",
        "Learning outcomes should be stated as clinical tasks that a nurse can carry out unsupervised once the "
        "credential is awarded, for example inserting a peripheral cannula.",
        "Health workers should be examined only in the official tongue of the country where they will treat "
        "patients, because a nurse who cannot follow what a patient says is not safe.",
        "Only accredited medical colleges should issue micro-credentials in clinical subjects.",
        "Micro-credentials should count towards the continuing education hours that health workers must collect "
        "to keep their licence.",
        "Yours faithfully,",
        ("bold", "Firuza Nazarshoeva"),
        "Head of Department",
    ],
}

# The outline as a LibreOffice Calc sheet: a title row, then N. / Section / Guiding question / Comment.
OUTLINE = {
    "file": "outline.ods",
    "title": "Guidelines on micro-credentials: outline",
    "author": "Guideline team",
    "date": dt.date(2026, 3, 20),
    "sheet": "Outline",
    "rows": [
        ["Guidelines on micro-credentials - working outline, version of 20 March 2026"],
        ["N.", "Section", "Guiding question", "Comment"],
        ["1", "Scope and size", "What is the largest workload a micro-credential should carry?", ""],
        [
            "2",
            "Scope and size",
            "Should micro-credentials add up to a full vocational qualification?",
            "check with chapter 5 of the 2024 report",
        ],
        ["3", "Scope and size", "How long should a learner have to complete a micro-credential once enrolled?", ""],
        ["4", "Scope and size", "Should a micro-credential state its level in a qualifications framework?", ""],
        ["5", "Design and content", "What role should employers play in designing course content?", ""],
        ["6", "Design and content", "How should learning outcomes be described?", "keep short"],
        ["7", "Design and content", "When should courses be scheduled so that working people can attend?", ""],
        ["8", "Design and content", "Which criteria should a course meet to be funded from a regional budget?", ""],
        ["9", "Assessment", "Where should the final assessment take place?", "divergent views expected"],
        ["10", "Assessment", "In which language should candidates be assessed?", ""],
        ["11", "Assessment", "Can people obtain a micro-credential without following the course?", ""],
        ["12", "Assessment", "How many assessors should judge a practical assessment?", ""],
        ["13", "Assessment", "Should candidates be allowed to retake a failed assessment?", ""],
        [
            "14",
            "Quality and trust",
            "Must providers hold an external quality label before issuing micro-credentials?",
            "",
        ],
        ["15", "Quality and trust", "How should the quality of courses and providers be monitored?", ""],
        ["16", "Quality and trust", "What should be required of trainers?", "ask the label bodies"],
        ["17", "Quality and trust", "How much should an external quality audit cost a small provider?", ""],
        ["18", "Quality and trust", "Who should keep the national register of micro-credentials up to date?", ""],
        ["19", "Validity and recognition", "Should micro-credentials expire and need renewing?", ""],
        ["20", "Validity and recognition", "In what format should digital credentials be issued?", ""],
        ["21", "Validity and recognition", "Should micro-credentials be recognised in other countries?", ""],
        ["22", "Validity and recognition", "How long should a provider keep assessment records?", ""],
        [
            "23",
            "Validity and recognition",
            "Should learners be able to share their credentials on social media platforms?",
            "",
        ],
        ["24", "Funding and access", "Should courses be free of charge for refugees?", ""],
        ["25", "Funding and access", "How can employers be encouraged to pay for their staff's training?", ""],
        ["26", "Funding and access", "How can learners in rural areas get access to courses?", ""],
        [
            "27",
            "Funding and access",
            "What share of course fees should the state cover for jobseekers?",
            "figures from the ministry pending",
        ],
        [
            "28",
            "Funding and access",
            "Which criteria should decide who is admitted to a course when places are limited?",
            "",
        ],
    ],
}
