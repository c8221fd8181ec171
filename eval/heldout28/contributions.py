"""The text of the twenty-eighth held-out set's built contributions (eval/heldout28/README.md).

``build.py`` turns each of these into the file a contributor sent: a sector skills council member's round-two
workbook of a Delphi study (Excel), a joint statement of adult learning centres signed by six organisations (PDF),
a chamber's bilingual Serbian-English comments in a two-column table (LibreOffice Writer), a regional vocational
education centre's draft opinion in Word with a diagonal "DRAFT" watermark and reviewers' comments left in, and an
edtech start-up's pitch deck (LibreOffice Impress). The Evernote note, the talking points, the HackMD note, the
meeting invitation and the decision record are kept as text in ``corpus/``. Names, organisations and figures are
invented.
"""

from __future__ import annotations

import datetime as dt

SLOVAKIA_DELPHI = {
    "file": "delphi_round2_hudec_povazie_sector_skills_council.xlsx",
    "title": "Delphi study on micro-credentials - round 2 questionnaire",
    "author": "Marek Hudec",
    "date": dt.date(2026, 3, 4),
    "intro": (
        "Delphi study on micro-credentials in vocational education - round 2 questionnaire",
        "Panellist: P07 - Marek Hudec, Považie Sector Skills Council for Engineering",
        "Scale: 1 = strongly disagree ... 7 = strongly agree. Please rate each statement again, in the light of the "
        "panel median from round 1, and comment where you rate far from it. Return by 9 March 2026.",
    ),
    "header": (
        "No.",
        "Statement (panel, round 1)",
        "Panel median (round 1)",
        "IQR (round 1)",
        "Your rating (round 2)",
        "Your comment",
    ),  # fmt: skip
    # (statement as the study team worded it from round 1, median, IQR, the panellist's rating, the comment)
    "rows": (
        (
            "Micro-credentials should have no expiry date.",
            5,
            2,
            2,
            "I rate this low. A micro-credential in welding or CNC programming should lapse after four years "
            "unless the holder shows recent practice; machines and safety rules change faster than that.",
        ),
        (
            "Learning outcomes of micro-credentials should be described in general terms so that many "
            "providers can use them.",
            4,
            3,
            2,
            "Outcomes must name the machine, the tolerance and the safety rule the learner can apply. Verbs such "
            "as understand or be familiar with tell our member companies nothing.",
        ),
        (
            "Assessment of micro-credentials can be left to the provider's teachers.",
            5,
            2,
            3,
            "Company masters should sit on every assessment panel together with the provider's teacher; a teacher "
            "alone rarely sees how the work is done on the shop floor.",
        ),
        (
            "Micro-credentials should be designed as stand-alone units.",
            4,
            2,
            3,
            "Stand-alone is fine, but four or five of these short units should add up to the full vocational "
            "certificate of a machine operator. Otherwise adults collect paper that leads nowhere.",
        ),
        (
            "Micro-credentials should be offered mainly online.",
            3,
            2,
            3,
            "",
        ),
        (
            "Employers should be consulted on which micro-credentials are developed.",
            6,
            1,
            7,
            "Our council has 31 member companies and meets every second month; it has discussed short courses "
            "at four meetings since September.",
        ),
    ),
    "figures": (
        ("Round 1 closed", "6 February 2026"),
        ("Panellists invited", 30),
        ("Panellists who answered round 1", 24),
        ("Statements carried to round 2", 6),
    ),
}

GREECE_STATEMENT = {
    "file": "joint_statement_aegean_network_lifelong_learning_centres.pdf",
    "title": "Joint statement on micro-credentials for adult learners",
    "author": "Eleni Vasilaki",
    "saved": "20260309164500+02'00'",
    "place": "Thessaloniki, 9 March 2026",
    "intro": (
        "We, the undersigned organisations working in adult and continuing education in Greece, welcome the "
        "preparation of guidelines on micro-credentials. Together our members run 14 lifelong learning centres "
        "and 9 second-chance schools; in 2025 they trained some 8,300 adults, most of them over forty. A typical "
        "course of ours costs the learner about EUR 180 and lasts between 20 and 60 hours.",
        "We agree on the following points and ask the drafting team to take them into account.",
    ),
    "points": (
        "Providers that already hold an accreditation should be able to issue micro-credentials without a second "
        "approval. Asking our centres to pass a new procedure for every short course would add months and cost "
        "without adding quality.",
        "Short courses that end with a certificate of attendance, without any test, should not be shut out. For "
        "adults returning to learning after many years, attendance-based badges have their place: the fear of a "
        "test keeps many of them away from the first course.",
        "What adults earn in our centres should also count when they go on to a university or a vocational "
        "school. We ask that credits from a short course be accepted towards a longer programme.",
        "The public voucher for adult learning should be usable for micro-credentials in the same way as for "
        "longer courses, so that cost is not what stops an adult from enrolling.",
    ),
    "closing": "The statement is open for further signatures until 31 March 2026.",
    # (organisation, person signing, function); the first is the lead organisation
    "signatories": (
        ("Aegean Network of Lifelong Learning Centres", "Dr Eleni Vasilaki", "President"),
        ("Thessaly Association of Adult Educators", "Nikos Papadakis", "Chair"),
        ("Epirus Second-Chance Schools Forum", "Sofia Karali", "Coordinator"),
        ("Union of Continuing Education Trainers of Crete", "Giorgos Manolakis", "Secretary"),
        ("Ionian Centre for Community Learning", "Despina Lazarou", "Director"),
        ("Macedonia Literacy and Numeracy Foundation", "Pavlos Triantis", "Board member"),
    ),
    "logos": ("ANLLC", "TAAE", "E2CSF", "UCETC", "ICCL", "MLNF"),
}

SERBIA_BILINGUAL = {
    "file": "bilingual_comments_zlatibor_employers_chamber.odt",
    "title": "Komentari na smernice o mikrokredencijalima / Comments on the micro-credentials guidelines",
    "author": "Dragana Petković",
    "date": dt.date(2026, 3, 11),
    "heading": ("Original (srpski)", "English translation"),
    "intro": (
        "Zlatiborska komora poslodavaca, Užice, 11. mart 2026.",
        "Zlatibor Employers' Chamber, Užice, 11 March 2026.",
    ),
    # (Serbian original, English translation), one row of the table each
    "rows": (
        (
            "Komora je osnovana 1998. godine i danas okuplja 640 firmi, uglavnom malih preduzeća iz turizma, "
            "prerade drveta i prehrambene industrije.",
            "The chamber was founded in 1998 and today brings together 640 firms, mostly small businesses in "
            "tourism, wood processing and food production.",
        ),
        (
            "Svaki mikrokredencijal treba da nosi nivo srpskog okvira kvalifikacija, kako bi poslodavac odmah "
            "video koliko je zahtevan.",
            "Every micro-credential ought to carry a level of the Serbian qualifications framework, so that an "
            "employer sees at once how demanding it is.",
        ),
        (
            "Štampani sertifikat sa pečatom ustanove mora ostati važeći uporedo sa digitalnim; mnoge naše male "
            "firme nikada ne otvaraju digitalni novčanik.",
            "A printed certificate bearing the provider's stamp must stay valid alongside any digital version; "
            "many of our small firms never open a digital wallet.",
        ),
        (
            "Poslodavci treba da učestvuju u pisanju ishoda učenja svakog kursa koji tvrdi da odgovara potrebama "
            "tržišta rada.",
            "Employers should help to write the learning outcomes of every course that claims to answer a need of "
            "the labour market.",
        ),
        (
            "Radnicima koji se vraćaju iz Nemačke ili Austrije kratak kurs završen tamo treba priznati bez novog "
            "ispita.",
            "Workers coming home from Germany or Austria should have a short course completed there recognised "
            "without sitting a new examination.",
        ),
        (
            "Komora izdaje uverenje o osposobljenosti po ceni od 4.500 dinara; u 2025. izdato je 1.120 uverenja.",
            "The chamber issues a certificate of competence for a fee of RSD 4,500; 1,120 were issued in 2025.",
        ),
    ),
    "signature": ("mr Dragana Petković, sekretar komore / secretary of the chamber",),
}

POLAND_DRAFT = {
    "file": "draft_opinion_lubusz_centre_vocational_education.docx",
    "title": "Opinion on micro-credentials (draft for internal review)",
    "author": "Tomasz Gawroński",
    "date": dt.date(2026, 3, 13),
    "watermark": "DRAFT",
    "header": "Lubusz Centre for Vocational Education - internal draft, not for circulation",
    # (heading or None, paragraph, comments on it: (author, initials, text))
    "blocks": (
        (
            "1. Background",
            "The Centre supports vocational schools and continuing education centres in the region. Since 2015 "
            "we have worked with 112 schools, and in the 2024/25 school year 5,400 adults completed one of the "
            "courses our partners run.",
            (),
        ),
        (
            "2. Levels and the register",
            "Micro-credentials whose outcomes have been checked against the level descriptors should be assigned "
            "a level of the Polish Qualifications Framework, as market qualifications are today.",
            (("Agnieszka Drozd", "AD", "Do we want to say this so firmly? The ministry has not decided yet."),),
        ),
        (
            None,
            "Once levelled, they should be entered in the Integrated Qualifications Register, so that employers "
            "and learners can find them in one place.",
            (("Agnieszka Drozd", "AD", "The entry fee of PLN 1,000 will deter small providers, I think."),),
        ),
        (
            "3. Size",
            "We would set a floor: no micro-credential below 1 ECTS credit, that is 25 to 30 hours of a "
            "learner's work. Anything shorter is better described as a training event.",
            (("Piotr Mazurek", "PM", "Check the figure with the credit guidelines."),),
        ),
        (
            "4. Learning at work",
            "Adults should be able to obtain a micro-credential by having what they learned at work validated, "
            "without attending the course, provided they pass the same assessment.",
            (),
        ),
        (
            None,
            "In our region the validation of prior learning costs between PLN 300 and PLN 900 per person, "
            "depending on the qualification.",
            (),
        ),
    ),
}

TAJIKISTAN_PITCH = {
    "file": "pitch_deck_pamir_skills_cloud.odp",
    "title": "Pamir Skills Cloud - micro-credentials that travel",
    "author": "Farrukh Sharipov",
    "date": dt.date(2026, 3, 5),
    # title, body lines, speaker notes
    "slides": (
        {
            "title": "Pamir Skills Cloud",
            "body": ["Micro-credentials that travel", "Input to the guidelines consultation, March 2026"],
            "notes": "",
        },
        {
            "title": "The problem",
            "body": [
                "Young people in the mountain districts are far from any training centre",
                "Paper certificates are not trusted by employers in Russia or Kazakhstan",
            ],
            "notes": "Start with the story of the electrician from Khorog.",
        },
        {
            "title": "Traction",
            "body": [
                "Founded in 2022 in Dushanbe",
                "18,000 registered learners, 41 courses",
                "Average score in our final tests: 74 out of 100",
                "Seed round of USD 400,000 closed in 2025",
            ],
            "notes": "",
        },
        {
            "title": "What we ask the guidelines to say",
            "body": [
                "Employers who need the skills should carry the cost of the courses",
                "Remote proctored exams should count the same as exams in a classroom",
                "Credentials should open on a basic smartphone without installing an app",
                "Every platform should export credentials in an open standard so learners can take them elsewhere",
            ],
            "notes": "Four asks, one minute each. Learners should not pay a single somoni for a course that a "
            "company needs.",
        },
        {
            "title": "Thank you",
            "body": ["Farrukh Sharipov, founder and CEO", "hello@pamirskills.example"],
            "notes": "",
        },
    ),
}
