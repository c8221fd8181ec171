"""The text of the thirty-fourth held-out set's built contributions (eval/heldout34/README.md), kept here so that
``build.py`` makes the same bytes from it every time. Written by hand for this set; names, organisations and
figures are invented."""

from __future__ import annotations

import datetime as dt

# A Mentimeter results export: the session's overview, one sheet per slide (a poll's counts, a word cloud's words
# with counts, an open-ended slide's audience answers one per row), and the presenter's notes. The presenter's own
# words are only in the slide titles and descriptions and in the notes; the audience's answers are not hers.
LITHUANIA_MENTIMETER = {
    "file": "mentimeter_results_panevezys_regional_employers_alliance.xlsx",
    "title": "Micro-credentials and our members - Panevėžys breakfast session",
    "author": "Dovilė Stankūnaitė",
    "date": dt.date(2026, 3, 5),
    "overview": [
        ["Presentation", "Micro-credentials and our members - Panevėžys breakfast session"],
        ["Presenter", "Dovilė Stankūnaitė, Skills Officer, Panevėžys Regional Employers' Alliance"],
        ["Date", "2026-03-05"],
        ["Voting code", "4183 2207"],
        ["Participants", 64],
        ["Slides", 5],
    ],
    "slides": [
        {
            "sheet": "1 Multiple choice",
            "title": "How many of your staff took a short course with a certificate in 2025?",
            "description": "The Alliance has 187 member companies; this is a show of hands, nothing more.",
            "header": ["Option", "Votes"],
            "rows": [["None", 9], ["1 to 5", 27], ["6 to 20", 18], ["More than 20", 7]],
        },
        {
            "sheet": "2 Word cloud",
            "title": "One word: what stops your company from training people?",
            "description": "",
            "header": ["Word", "Count"],
            "rows": [["time", 21], ["cost", 17], ["shifts", 8], ["paperwork", 6], ["distance", 4], ["nothing", 2]],
        },
        {
            "sheet": "3 Open ended",
            "title": "Who should carry the cost of a course when a firm sends its staff?",
            "description": "My answer is in the notes; yours below, as typed.",
            "header": ["Response"],
            "rows": [
                ["The state should pay, our firms are too small for this"],
                ["Half and half"],
                ["Let the employment service decide"],
                ["The worker, if he changes jobs afterwards"],
            ],
        },
        {
            "sheet": "4 Open ended",
            "title": "Who should be in the room when a learner is tested?",
            "description": "",
            "header": ["Response"],
            "rows": [
                ["Teachers alone are enough to assess"],
                ["Someone from HR"],
                ["A camera"],
            ],
        },
        {
            "sheet": "5 Scales",
            "title": "Quick quiz result: how well do you know the European approach?",
            "description": "Average quiz score across the room: 71%. Typical course fee among members: 180 euros.",
            "header": ["Statement", "Average (1-5)"],
            "rows": [["I know what a micro-credential is", 3.4], ["I would hire on the strength of one", 2.9]],
        },
    ],
    "notes": [
        ["Slide", "Presenter notes"],
        [1, "Welcome. Thank the hosts at the Rotary hall. Alliance founded in 2004, 187 members today."],
        [2, "Read out the three biggest words. Do not argue with anyone yet."],
        [
            3,
            "Say it plainly: a company that sends its people on a course should carry the cost itself, not the "
            "taxpayer. It is our investment and we keep the benefit.",
        ],
        [
            4,
            "Someone from the trade should sit on every final exam panel, next to the teacher. Firms in the region "
            "should help write what each course teaches, too: we know what the machines look like.",
        ],
        [
            5,
            "Close with the adviser point: every worker should get one free talk with a careers adviser before "
            "choosing a course. Then coffee.",
        ],
    ],
}

# A workshop whiteboard exported from Miro as PDF: frames with sticky notes by several participants (initials),
# clusters, arrows with labels, and the facilitator's summary frame, written by the contributor.
IRELAND_BOARD = {
    "file": "miro_board_shannonside_lifelong_learning_centre.pdf",
    "title": "Micro-credentials co-design workshop - Limerick - 12 Feb 2026",
    "author": "Aoife Brannigan",
    "date": dt.date(2026, 2, 13),
    "board": "Micro-credentials co-design workshop - Limerick - 12 Feb 2026",
    "frames": [
        {
            "name": "1. What gets in the way?",
            "box": (30, 330, 360, 220),
            "stickies": [
                ("Cost is the barrier for most of our learners - LM", "#fff9b1"),
                ("Employers should pay - they get the benefit! - LM", "#fff9b1"),
                ("Too many acronyms in the brochures - SG", "#d5f692"),
                ("Evening slots only, please - PR", "#f5d128"),
            ],
        },
        {
            "name": "2. What should a credential prove?",
            "box": (410, 330, 360, 220),
            "stickies": [
                ("Stack them into a degree - KOD", "#a6ccf5"),
                ("An exam at the end, no portfolio - PR", "#f5d128"),
                ("What you can DO, not what you sat through - SG", "#d5f692"),
                ("Employers read the first line only - KOD", "#a6ccf5"),
            ],
        },
    ],
    "arrows": [("leads to", (390, 440), (410, 440)), ("blocks", (200, 330), (200, 300))],
    "clusters": [("Money", (40, 560)), ("Proof", (420, 560))],
    "summary": {
        "name": "Facilitator's summary (AB)",
        "box": (30, 40, 740, 240),
        "lines": [
            "48 participants, 3 hours, in the Shannonside centre (founded 1997). My reading of the day:",
            "Public money should cover the full fee for every adult learner, whatever their job.",
            "Outcomes ought to be written as things a learner can do, using verbs an employer recognises.",
            "Learners should be assessed on a portfolio of their own work, discussed in a short interview.",
            "Each learner needs one named mentor from enrolment to the end of the course.",
            "Next step: write-up to the Agency by 6 March.",
        ],
    },
}

# A presentation exported from PowerPoint as PDF "with speaker notes" (Notes Pages): per page the slide's image
# text on top and the notes underneath.
SERBIA_SLIDES = {
    "file": "slides_with_notes_novi_sad_regional_qualifications_office.pdf",
    "title": "Micro-credentials in the Serbian system - where we stand",
    "author": "Jelena Dragičević-Lukić",
    "date": dt.date(2026, 2, 24),
    "org": "Regional Qualifications Office Novi Sad",
    "pages": [
        {
            "title": "Micro-credentials in the Serbian system",
            "bullets": ["Where we stand", "Jelena Dragičević-Lukić", "Regional Qualifications Office Novi Sad"],
            "notes": "Introduce the office: opened in 2012, nine staff, covers the seven districts of Vojvodina.",
        },
        {
            "title": "2025 in figures",
            "bullets": ["37 micro-credentials approved", "Approval committee: 4 meetings a year", "212 applications"],
            "notes": "The committee meets four times a year; applications arrive all year round. Mention that "
            "most applications came from private providers.",
        },
        {
            "title": "A level for each",
            "bullets": ["NQF Serbia", "Levels 2 to 6", "Same rules as full qualifications"],
            "notes": "Our proposal: each approved micro-credential should get a level in the National "
            "Qualifications Framework of Serbia. A colleague from the Chamber asked me last week: 'Will a level "
            "not slow the providers down?' My answer is that the level is what makes it readable.",
        },
        {
            "title": "Visible to employers",
            "bullets": ["National database", "Open search", "No login"],
            "notes": "Once approved, a micro-credential should be published in the national database of "
            "qualifications, where any employer can look it up.",
        },
        {
            "title": "Writing outcomes",
            "bullets": ["Action verbs", "Observable", "One outcome, one result"],
            "notes": "Learning outcomes should be phrased with action verbs that name a result you can observe. "
            "'Understands safety' is not an outcome; 'sets up a lathe safely' is.",
        },
        {
            "title": "What the certificate says",
            "bullets": ["Level", "Hours", "Outcomes"],
            "notes": "The certificate should name the level, the workload in hours and the learning outcomes. "
            "Questions welcome.",
        },
    ],
}

# A cover letter with an annex in one Word document: the letter's courtesy framing and signature, then the annex
# holding the positions.
JORDAN_LETTER = {
    "file": "cover_letter_irbid_directorate_of_vocational_training.docx",
    "title": "Reply to the consultation on micro-credentials",
    "author": "Rania Qudah",
    "date": dt.date(2026, 3, 1),
    "letterhead": [
        "Hashemite Kingdom of Jordan",
        "Irbid Directorate of Vocational Training",
        "King Abdullah II Street, Irbid",
    ],
    "ref": "Ref.: IDVT/OUT/2026/0391",
    "dated": "Irbid, 1 March 2026",
    "to": ["Head of Unit", "Micro-credentials consultation", "European Agency"],
    "subject": "Subject: Our contribution to the consultation on micro-credentials",
    "body": [
        "Dear Madam,",
        "We thank you for your letter of 2 February 2026 inviting the Directorate to take part in the "
        "consultation, and we are glad to contribute. In your letter you asked whether micro-credentials should be "
        "stackable into larger qualifications and who should approve them.",
        "The Directorate was established in 1999 and runs 14 training centres in the governorate, which trained "
        "3,200 trainees in 2025. Our short courses cost the trainee 35 dinars.",
        "Our position is set out in the annex. We remain at your disposal for any further information and look "
        "forward to the draft guidelines.",
        "Yours sincerely,",
    ],
    "signature": ["Eng. Rania Qudah", "Director", "Irbid Directorate of Vocational Training"],
    "annex_title": "Annex: Position of the Irbid Directorate of Vocational Training on micro-credentials",
    "annex": [
        "A national skills council should approve each new micro-credential before any provider advertises it.",
        "A micro-credential should stand on its own; it must not be treated as a slice of a diploma.",
        "Micro-credentials earned abroad should be recognised once we have checked that the awarding body is "
        "accredited in its own country.",
        "Each micro-credential should be built on an occupational standard agreed with the employers of the sector.",
    ],
}

# A jury's report on an award, in LibreOffice Writer: the award, the nominations, the decision, and the jury's
# observations for the guidelines.
ARMENIA_JURY = {
    "file": "jury_report_shirak_recognition_centre.odt",
    "title": "Gyumri Award for Short Learning 2026 - Report of the jury",
    "author": "Anahit Ter-Grigoryan",
    "date": dt.date(2026, 3, 12),
    "blocks": [
        ("title", "Gyumri Award for Short Learning 2026 - Report of the jury"),
        "Chair of the jury: Anahit Ter-Grigoryan, Head, Shirak Recognition Centre",
        ("h1", "1. The award"),
        "The award was founded in 2022 by the Shirak Recognition Centre and the city of Gyumri. It carries a prize "
        "of 500,000 dram. The jury has five members and met twice, on 27 February and 9 March 2026.",
        ("h1", "2. Nominations"),
        "The jury received 17 nominations from providers in Shirak, Lori and Yerevan, nine of them for digital "
        "skills courses.",
        ("h1", "3. Decision"),
        "The award goes to the Gyumri Tech Lab for its course in network maintenance. In its application the Lab "
        "wrote that \u201cour badges need no paper at all\u201d. The jury admired the course, not that sentence.",
        ("h1", "4. Observations of the jury for the guidelines"),
        ("h2", "4.1 Paper on request"),
        "Whatever the digital format, a learner should be able to get a paper copy, signed and stamped, on "
        "request. Many employers in our region still file paper.",
        ("h2", "4.2 What a certificate shows"),
        "A certificate should show what was learned, how many hours it took and how it was assessed. Four of "
        "the nominations showed only the course title.",
        ("h2", "4.3 Credentials from abroad"),
        "A micro-credential from another country should be accepted without a fresh test when its outcomes and "
        "hours are written on it.",
        ("h2", "4.4 Assessment"),
        "The teacher who ran the course should never be the only person who assesses it.",
        "Gyumri, 12 March 2026. The award ceremony takes place on 20 March 2026.",
    ],
}
