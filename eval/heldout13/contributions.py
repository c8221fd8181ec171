"""The text of the thirteenth held-out set's built contributions (PDF report, Word minutes, PowerPoint and
Impress slides, OpenDocument letter), written by hand in our own words; ``build.py`` turns each spec into its file
in ``corpus/``. The sheet and the outline are in ``sheets.py``."""

from __future__ import annotations

import datetime as dt

# A university alliance's report: five pages under a running header, a boxed sidebar beside the text of page 2,
# and a numbered "Recommendations" list that starts on page 4 and runs on to page 5 (drawn by build.py).
HUNGARY_REPORT = {
    "file": "report_pannonian_universities_alliance.pdf",
    "title": "Micro-credentials across the alliance: report on the 2025 pilot year",
    "author": "Boglárka Szentgyörgyi",
    "header": "Alliance of Pannonian Universities for Lifelong Learning  |  Report on the 2025 pilot year",
    "date": dt.date(2026, 3, 2),
    "sidebar_page": 2,
    "sidebar": [
        ("h", "The alliance in figures"),
        ("p", "Founded in 2019 by seven universities."),
        ("p", "38 short courses offered in 2025."),
        ("p", "3,140 learners enrolled, 2,655 completed."),
        ("p", "Typical fee: 45,000 forints per course."),
        ("p", "Average course length: 42 hours."),
    ],
    "pages": [
        [
            ("title", "Micro-credentials across the alliance: report on the 2025 pilot year"),
            ("p", "Pécs, February 2026. Prepared for the consultation on guidelines for micro-credentials by "
                  "Boglárka Szentgyörgyi, coordinator of the alliance's lifelong learning office."),
            ("h", "1. Introduction"),
            ("p", "The Alliance of Pannonian Universities for Lifelong Learning was set up so that its member "
                  "universities could offer short courses to adults under one common set of rules. The 2025 "
                  "pilot year was the first in which all seven members issued micro-credentials."),
            ("p", "This report describes what the members offered, what the learners told us and what we "
                  "recommend. It draws on the course records of the members and on a survey of 1,208 "
                  "learners carried out in December 2025."),
            ("p", "Most courses were taught in the evening or online, and about a third of the learners were "
                  "employed by public bodies, mainly schools, hospitals and municipal offices."),
        ],
        [
            ("h", "2. What the pilot year taught us"),
            ("p", "Learners valued short courses, but many did not know what their certificate was worth on "
                  "the labour market. Employers asked us the same question more often than any other."),
            ("p", "The Educational Authority keeps the register of accredited higher education programmes; "
                  "short courses of the members are not yet listed in it."),
            ("p", "In the survey, 64 per cent of learners said that they would take a second course if it "
                  "counted towards something larger."),
            ("p", "A micro-credential should be awarded only after its learning outcomes have been assessed, "
                  "never for attendance alone. Two members awarded certificates for attendance in 2025, and "
                  "the alliance has ended that practice."),
        ],
        [
            ("h", "3. Levels, grades and larger qualifications"),
            ("p", "Every certificate must show the level of the micro-credential in the national "
                  "qualifications framework. A learner and an employer can then see at once how demanding "
                  "the course was."),
            ("p", "Results should be expressed as a grade on the national five-point scale, as they are for "
                  "any other university course, so that a micro-credential can be read next to a transcript."),
            ("p", "Several micro-credentials can be put together into a postgraduate specialist certificate "
                  "when they belong to the same field, and the alliance wants this to be possible in every "
                  "member university."),
        ],
        [
            ("h", "4. Languages"),
            ("p", "A quarter of our learners work for employers based abroad. Each certificate should be issued "
                  "in Hungarian and in English, on the same document."),
            ("h", "5. Recommendations"),
            ("n", "Show the framework level on every certificate, whatever the size of the course."),
            ("n", "Record results as grades on the national five-point scale."),
            ("n", "Allow learners to build up a postgraduate specialist certificate from micro-credentials of "
                  "the same field."),
        ],
        [
            ("n", "Issue every certificate in the national language and in English."),
            ("n", "Award no micro-credential for attendance without an assessment."),
            ("n", "Review these rules after the 2026 round, with the learners' survey repeated."),
            ("h", "Contact"),
            ("p", "Lifelong learning office of the alliance, Pécs. The full survey results are available on "
                  "request."),
        ],
    ],
}  # fmt: skip

# A chamber of skilled crafts' minutes: attendees table, agenda, and under item 2 the Committee's positions
# headed "Agreed" and "Not agreed".
POLAND_MINUTES = {
    "file": "minutes_opole_silesia_crafts_chamber.docx",
    "title": "Minutes of the Vocational Education Committee, 4 March 2026",
    "author": "Wiesława Chmielowska-Gąsior",
    "date": dt.date(2026, 3, 5),
    "blocks": [
        "Chamber of Skilled Crafts of Opole Silesia",
        "Minutes of the meeting of the Vocational Education Committee, held on 4 March 2026 at the seat of the "
        "Chamber in Opole, from 10:00 to 13:15.",
        ("h1", "Attendees"),
        ("table", [
            ["Name", "Function"],
            ["Wiesława Chmielowska-Gąsior", "Chair; Vice-President of the Chamber"],
            ["Henryk Bonk", "Master baker; member of the examination board"],
            ["Agnieszka Pyka", "Head of the examination office"],
            ["Rafał Wons", "Master electrician"],
            ["Teresa Kocur", "Guild of Hairdressers and Cosmetologists"],
            ["Dawid Mrozek", "Secretary of the Committee"],
        ]),
        ("h1", "Agenda"),
        "1. Opening and adoption of the agenda. 2. Consultation on guidelines for micro-credentials. "
        "3. Examination fees for 2026. 4. Any other business.",
        ("h1", "Item 1. Opening and adoption of the agenda"),
        "The Chair opened the meeting, welcomed the members and noted that the quorum was present. The agenda "
        "was adopted without changes.",
        ("h1", "Item 2. Consultation on guidelines for micro-credentials"),
        "The Chair presented the consultation paper received from the guideline team and the questions it "
        "asks. The Chamber has held journeyman and master examinations since 1946; in 2025 its examination "
        "boards held 1,184 journeyman examinations in 23 trades. Members discussed how short courses could "
        "sit beside this system without weakening it.",
        ("h2", "Agreed"),
        "Learning outcomes must be written in the language of the trade, as tasks a worker carries out in the "
        "workshop, and not in the vocabulary of education offices.",
        "Employers' organisations should take part in writing the standard of every crafts micro-credential "
        "from the first draft onwards.",
        "The Chamber supports micro-credentials as a way for adults to learn a single new technique, such as "
        "installing heat pumps, in a short course of its own.",
        ("h2", "Not agreed"),
        "The proposal that every certificate must show a framework level was not agreed. The Committee holds "
        "that it should be left to each provider whether the certificate shows a level.",
        "The proposal to let individual guilds issue micro-credentials in their own name was not agreed; "
        "certificates in the crafts will be issued by the Chamber.",
        ("h1", "Item 3. Examination fees for 2026"),
        "The Committee noted the fees proposed by the examination office: 1,350 złoty for a journeyman "
        "examination and 2,100 złoty for a master examination. The fees were approved unanimously.",
        ("h1", "Item 4. Any other business"),
        "No other business was raised. The next meeting will be held on 17 June 2026.",
        "Minutes taken by Dawid Mrozek. Approved by Wiesława Chmielowska-Gąsior, Chair.",
    ],
}  # fmt: skip

# A railway operators' training centre's slides: short bullets, the reasoning in the speaker notes, a closing
# "Our asks" slide.
SERBIA_SLIDES = {
    "file": "slides_morava_railway_training_centre.pptx",
    "title": "Micro-credentials for railway staff",
    "author": "Miroslav Pejčinović",
    "date": dt.date(2026, 2, 26),
    "slides": [
        {"title": "Micro-credentials for railway staff",
         "body": ["Morava Railway Operators' Training Centre", "Input to the consultation, February 2026"],
         "notes": ""},
        {"title": "Who we are",
         "body": ["Founded in 2008 by three rail operators", "Train drivers, shunters, dispatchers",
                  "1,020 trainees in 2025"],
         "notes": "We train staff for three freight operators and one passenger operator. The train driver "
                  "programme lasts 14 months. Last year 1,020 people attended at least one of our courses, "
                  "and 212 new drivers received their licence."},
        {"title": "Size matters",
         "body": ["Nothing below 60 hours", "Theory plus supervised practice"],
         "notes": "In our view a micro-credential should represent at least 60 hours of learning. Anything "
                  "shorter is a briefing, not a qualification; our safety briefings of four to eight hours "
                  "stay outside the scheme."},
        {"title": "Assessing on the track",
         "body": ["In the cab of a working train", "A licensed instructor beside the candidate"],
         "notes": "The practical test takes place in real operation, in the cab of a working train, with a "
                  "licensed instructor beside the candidate. A simulator prepares the candidate well, but it "
                  "cannot stand in for the test on the line."},
        {"title": "Passed or not passed",
         "body": ["No grades", "Safe to operate, or not yet"],
         "notes": "Results should be recorded only as passed or not passed. A driver is either safe to operate "
                  "or not, and grades invite comparisons that mean nothing for safety."},
        {"title": "Built with the operators",
         "body": ["Every module matches a real job"],
         "notes": "The operators and our centre should write the modules together, so that every module "
                  "matches a real job on the network. In 2025 the operators' staff reviewed 9 of our 12 "
                  "modules."},
        {"title": "Our asks",
         "body": ["At least 60 hours per micro-credential", "Practical tests in real operation",
                  "Passed / not passed, no grades", "Modules written with the operators"],
         "notes": "We ask the guideline team to keep these four points in the text it drafts."},
    ],
}  # fmt: skip

# A cybersecurity competence centre's Impress slides: short lines on the slides, the positions in the notes.
CYPRUS_SLIDES = {
    "file": "slides_troodos_cybersecurity_centre.odp",
    "title": "Micro-credentials in cybersecurity",
    "author": "Stelios Koumoullis",
    "date": dt.date(2026, 3, 6),
    "slides": [
        {"title": "Micro-credentials in cybersecurity",
         "body": ["Troodos Cybersecurity Competence Centre", "Stelios Koumoullis, head of training"],
         "notes": ""},
        {"title": "About the centre",
         "body": ["Set up in 2021", "A cyber range with 40 workstations", "610 learners since 2022"],
         "notes": "The centre was set up in 2021 with regional development funds. Our cyber range has 40 "
                  "workstations and runs 18 exercise scenarios. Since 2022, 610 learners have taken at least "
                  "one of our courses, and the fee for a course is 290 euros.\nWe choose scenarios by three "
                  "criteria: each reflects an incident seen in Cyprus in the last two years, can be completed "
                  "in one day and needs no special equipment."},
        {"title": "Short and focused",
         "body": ["15 hours can be enough", "Finished within two weeks"],
         "notes": "A micro-credential should require at least 15 hours of learning, and no more is needed for "
                  "a focused unit. Threats change every few months, and a unit that a security analyst can "
                  "finish in two weeks is what employers ask us for."},
        {"title": "Scores, not labels",
         "body": ["Show how well, not only whether"],
         "notes": "The certificate should state the candidate's score as a percentage, for example 78 per cent "
                  "in the final exercise, so that an employer sees how well the candidate did and not only "
                  "that they passed."},
        {"title": "Verifiable by design",
         "body": ["Digitally signed", "Checked online in seconds"],
         "notes": "Every credential we issue should be a digitally signed file that any employer can verify "
                  "online in seconds.\nA digital credential should contain the learning outcomes, the workload "
                  "in hours, the assessment method, the date of issue and the name of the issuer."},
        {"title": "Next steps",
         "body": ["Exercises on a live range", "New scenarios every quarter"],
         "notes": "Exercises should be run on a live cyber range, not taught from textbooks alone. We add new "
                  "scenarios every quarter."},
    ],
}  # fmt: skip

# A mountain guides' federation's letter on its letterhead, as an OpenDocument text.
MACEDONIA_LETTER = {
    "file": "letter_sar_planina_mountain_guides.odt",
    "title": "Letter to the guideline team on micro-credentials",
    "author": "Bojan Trajkoski",
    "date": dt.date(2026, 3, 11),
    "blocks": [
        ("title", "Šar Planina Federation of Mountain Guides"),
        "Ilindenska 12, 1200 Tetovo, North Macedonia",
        "Tetovo, 11 March 2026",
        "To the guideline team on micro-credentials",
        "Subject: our contribution to the consultation",
        "Dear members of the guideline team,",
        "Our federation was founded in 2003 and today has 84 licensed guides and 37 trainees. The full mountain "
        "guide qualification takes three seasons, and in 2025 we ran 11 training camps in the Šar and Korab "
        "mountains. A winter module costs 18,000 denars, equipment included.",
        "We reject the proposal that micro-credentials should exempt their holders from parts of a full "
        "qualification. In our profession each part of the qualification is tested as a whole in the "
        "mountains, and a short course taken elsewhere cannot stand in for it.",
        "Applicants must present proof of completed secondary education before they enrol in any of our "
        "courses, because the theory of avalanche risk and weather forecasting assumes it.",
        "Assessment has to happen on the mountain itself, on a real route and in real weather, not in a "
        "classroom.",
        "Every guiding micro-credential should include a module on rescue and first aid in the mountains.",
        "We would be glad to host a member of the guideline team at one of our summer camps.",
        "Yours faithfully,",
        "Bojan Trajkoski",
        "President, Šar Planina Federation of Mountain Guides",
    ],
}  # fmt: skip
