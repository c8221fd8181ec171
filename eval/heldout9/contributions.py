"""The wording of the ninth held-out set's built contributions (eval/heldout9/README.md), kept in one place.

``build.py`` turns each spec into its file: the tourism board's one-page handout (PDF), the ministry of economy's
position paper with numbered headings and a boxed summary of recommendations (.docx), the energy company's slides
with a table slide (.pptx), the distance-learning university's Impress slides (.odp) and the disability rights
forum's letter (.rtf). The other contributions are kept as text in ``corpus/``. Names, organisations and figures
are invented.
"""

from __future__ import annotations

import datetime as dt

# A regional tourism board's handout for a workshop: one page, set out like a slide, short lines and bullets.
SLOVENIA_HANDOUT = {
    "file": "handout_karst_coast_tourism_board.pdf",
    "title": "Micro-credentials for hospitality staff: the view of a regional tourism board",
    "author": "Nataša Kocjančič",
    "date": dt.date(2026, 2, 23),
    "pages": [
        [
            ("title", "Micro-credentials for hospitality staff: the view of a regional tourism board"),
            ("p", "Karst and Coast Regional Tourism Board, Sežana. Handout for the consultation workshop, "
                  "February 2026"),
            ("h", "Who we are"),
            ("bullets", [
                "Founded in 1997; 412 member businesses: hotels, guesthouses, wineries, tourist farms and guides",
                "About 5,800 people work in tourism in the region, a third of them only from May to October",
                "Since 2022 we have run 14 short courses for staff, 6 weeks each, with 730 participants so far",
                "A course costs a member business 95 euros per employee; the certificate is printed by us",
            ]),
            ("h", "What we have seen"),
            ("bullets", [
                "In the 2024 pilot, 61 per cent of participants said the certificate helped them get a contract "
                "for the next season",
                "Guesthouse owners read a certificate in under a minute: they want the skills, not the theory",
                "Winter courses fill up; summer courses are cancelled for lack of staff",
            ]),
            ("h", "What we ask for"),
            ("bullets", [
                "Hotels, wineries and guides should sit with the trainers when a course is written, because they "
                "know which tasks a new employee fails at in the first week.",
                "Providers should be free to choose between a printed certificate and a digital one; many small "
                "guesthouses still want a paper they can frame at reception.",
                "Every tourism micro-credential should include a unit on looking after the landscape and the "
                "villages that guests come to see.",
                "Courses for seasonal staff should be scheduled between November and March, when people have time "
                "to learn.",
            ]),
            ("p", "Contact: Nataša Kocjančič, head of training, Karst and Coast Regional Tourism Board"),
        ],
    ],
}  # fmt: skip

# A ministry of economy's position paper: a boxed summary of recommendations at the top, numbered headings.
KOSOVO_PAPER = {
    "file": "position_paper_kosovo_ministry_of_economy.docx",
    "title": "Micro-credentials in the labour market: position of the Ministry of Economy",
    "author": "Lirije Hasani-Topalli",
    "date": dt.date(2026, 3, 4),
    "summary": [
        "Summary of recommendations",
        "1. Enter every micro-credential in the national register of qualifications before it is awarded.",
        "2. Issue every micro-credential as a digital credential sealed by its provider.",
        "3. Target public money at people out of work or in low-paid jobs, not at an age group.",
        "4. Give priority to the sectors where employers report the largest shortages.",
    ],
    "blocks": [
        "Ministry of Economy, Department for Skills and Enterprise Development, Prishtina. Prepared by Lirije "
        "Hasani-Topalli, head of the department, March 2026.",
        ("h1", "1. Background"),
        ("h2", "1.1 The labour market"),
        "Registered unemployment stood at 20.7 per cent at the end of 2025, and employers in construction, "
        "energy and information technology report more than 3,400 unfilled vacancies. Around 38 per cent of "
        "the workforce has no formal vocational qualification.",
        ("h2", "1.2 What exists today"),
        "The national register of qualifications was opened in 2013 and now lists 1,260 qualifications. The "
        "National Qualifications Authority publishes it online; a new entry takes on average 45 working days "
        "from the complete file to its publication. Between 2023 and 2025 the Ministry co-financed 86 short "
        "courses with 2.1 million euros, attended by 4,700 people.",
        ("h1", "2. Our positions"),
        ("h2", "2.1 The register"),
        "Every micro-credential must be entered in the national register of qualifications, just like a full "
        "qualification, before any public or private provider may award it. Employers have told us that they "
        "cannot tell a serious course from a weekend seminar, and the register is the one place they trust.",
        ("h2", "2.2 Digital issuing"),
        "Every micro-credential must be issued as a digital credential that carries the provider's electronic "
        "seal; a paper copy may be added if the learner asks for one. Forged paper certificates were found in "
        "three inspections of construction sites in 2025.",
        ("h2", "2.3 Public funding"),
        "We do not support making micro-credentials free for all young people regardless of their situation. "
        "Public money is limited and should go first to those who are out of work or in low-paid jobs, whatever "
        "their age; a student from a well-off family can pay a modest fee.",
        "Within that budget, courses in the sectors where employers report the largest shortages should be "
        "funded before any other.",
        ("h1", "3. Next steps"),
        "The Ministry will present a draft administrative instruction to the Government in the autumn of 2026 and "
        "will consult the chambers of commerce on it in the summer.",
    ],
}  # fmt: skip

# An energy company's training unit: a title slide, bullet slides with speaker notes, one slide holding a table.
ROMANIA_SLIDES = {
    "file": "slides_transilvania_grid_training_unit.pptx",
    "title": "Micro-credentials in a grid operator: lessons from our training unit",
    "author": "Sorin Drăgulescu",
    "date": dt.date(2026, 2, 27),
    "slides": [
        {
            "title": "Micro-credentials in a grid operator: lessons from our training unit",
            "body": [
                "Sorin Drăgulescu, head of the Technical Training Unit",
                "Transilvania Grid Services, Cluj-Napoca",
            ],
            "notes": "",
        },
        {
            "title": "Our training unit",
            "body": [
                "Set up in 2008, 19 trainers, two training grounds",
                "2,950 field technicians in six counties",
                "First short courses with a certificate in 2021",
            ],
            "notes": "The unit trains our own staff and, since 2023, the technicians of two subcontractors. A "
            "course day costs us about 210 euros per person, travel included.",
        },
        {
            "title": "Pilot courses 2024-2025",
            "table": [
                ("Course", "Hours", "Technicians enrolled", "Passed at first attempt"),
                ("Live-line work on low-voltage networks", "40", "214", "82 %"),
                ("Smart meter installation", "24", "388", "91 %"),
                ("Battery storage safety", "16", "97", "88 %"),
                ("Fault location on cable networks", "32", "126", "79 %"),
            ],
            "notes": "Most of those who failed passed at the second attempt, within a month.",
        },
        {
            "title": "What a micro-credential should look like",
            "body": [
                "Outcomes written as tasks on the live network",
                "Two assessors for every practical assessment",
                "Content written together with the industry",
            ],
            "notes": "Learning outcomes should name the tasks a technician can carry out safely on a live network, "
            "such as isolating a feeder or replacing a meter under load. Every practical assessment should be "
            "judged by two assessors, at least one of whom does not work for our company, so that nobody can say "
            "we certify our own people too easily. Grid operators and equipment makers should write the content "
            "of each course together with the trainers, because the equipment changes faster than any syllabus.",
        },
        {
            "title": "Registers and costs",
            "body": ["No public register needed", "The employer pays"],
            "notes": "We see no need for a public register of micro-credentials: our in-house catalogue already "
            "lists every course with its outcomes and its assessors, and clients can consult it. The employer "
            "should pay for the micro-credentials its own staff take, since the company is the first to profit "
            "from them.",
        },
    ],
}  # fmt: skip

# A distance-learning university's slides made in LibreOffice Impress: short lines, the reasoning in the notes.
TURKIYE_SLIDES = {
    "file": "slides_lodos_distance_university.odp",
    "title": "Micro-credentials at a distance-learning university",
    "author": "Zeynep Karaosmanoğlu",
    "date": dt.date(2026, 3, 11),
    "slides": [
        {
            "title": "Micro-credentials at a distance-learning university",
            "body": [
                "Prof. Zeynep Karaosmanoğlu, Vice-Rector for Continuing Education",
                "Lodos Open and Distance University, İzmir",
            ],
            "notes": "",
        },
        {
            "title": "The university in figures",
            "body": [
                "Founded 2011",
                "48,000 enrolled learners",
                "132 online short programmes",
                "Courses in Turkish and English",
            ],
            "notes": "Our first certificate programmes opened in 2016. In 2025 some 9,600 learners completed one, "
            "and the average learner was 34 years old. A programme of 5 ECTS credits costs 2,400 lira.",
        },
        {
            "title": "Building up to a degree",
            "body": ["Credits carried into a bachelor's programme", "No credit lost"],
            "notes": "Credits earned in our micro-credentials can be combined and carried into a bachelor's "
            "degree, so that a learner who collects enough of them has already completed part of the degree.",
        },
        {
            "title": "Exams from home",
            "body": ["Online final exam", "Identity checked by webcam"],
            "notes": "Final examinations may be taken online from home, provided the candidate's identity is "
            "verified by webcam and an identity document at the start. In 2025 we held 21,000 such examinations "
            "and found 64 cases of misconduct.",
        },
        {
            "title": "Registers and admission",
            "body": ["A register of their own", "Open to adults without a diploma"],
            "notes": "Micro-credentials belong in a register of their own, kept apart from the register of full "
            "qualifications, so that employers never mistake a short course for a degree. Admission should be "
            "open to adults who have no secondary school diploma: many of our learners left school early and "
            "came back twenty years later.",
        },
    ],
}  # fmt: skip

# A disability rights forum's letter, saved as RTF: a letterhead, a salutation, paragraphs, a signature.
DENMARK_LETTER = {
    "file": "letter_funen_disability_rights_forum.rtf",
    "title": "Letter on micro-credentials and learners with disabilities",
    "author": "Birthe Ravnsholt",
    "date": dt.date(2026, 3, 2),
    "paragraphs": [
        ("b", "Funen Forum for Disability Rights"),
        "Vestergade 41, 5000 Odense C, Denmark",
        "Odense, 2 March 2026",
        "To the guideline team on micro-credentials",
        "Dear members of the guideline team,",
        "Our forum brings together 23 associations of people with physical, sensory and intellectual "
        "disabilities on the island of Funen. We were founded in 1989 and have advised the municipalities on "
        "adult education since 2004. Last year we surveyed 310 of our members: 142 had started a short course "
        "in the past three years and 57 had given it up, most often because the course website or the "
        "assessment could not be used with their aids.",
        "First, candidates with an impairment should be offered adapted arrangements, for instance additional "
        "duration, a reader or sign interpretation. Such arrangements change how a person shows a skill, not "
        "which skill is shown.",
        "Second, every learning platform used for micro-credentials should meet the European accessibility "
        "standard EN 301 549, so that a blind or deaf learner can follow the course without asking for help.",
        "Third, every quality review of a provider should check that its courses and its platform are "
        "accessible, and the review report should say so in a separate paragraph.",
        "Fourth, a digital credential should open in a format that a screen reader can read aloud, including "
        "its learning outcomes.",
        "We would be glad to test draft guidelines with our members. A workshop with ten testers costs us about "
        "9,000 Danish kroner, which our municipality grant covers.",
        "Yours sincerely,",
        "Birthe Ravnsholt",
        "Chair, Funen Forum for Disability Rights",
    ],
}  # fmt: skip
