"""The wording of the seventeenth held-out set's built contributions (eval/heldout17/README.md).

Each spec below is turned into a file of ``corpus/`` by ``build.py``: the chamber's letter and the logistics
council's deck as PDFs, the nursing institutes' Word paper, the quality agency's questionnaire workbook, the
testing board's Impress slides and the open university's photographed page. Written by hand for this set; names,
organisations and figures are invented. Nobody tunes on it.
"""

from __future__ import annotations

import datetime as dt

# A chamber of crafts' letter on its letterhead, signed by its president and its chief executive (Germany).
GERMANY_LETTER = {
    "file": "letter_hunsrueck_nahe_chamber_of_crafts.pdf",
    "title": "Micro-credentials in the skilled crafts: letter of the Chamber of Crafts Hunsrück-Nahe",
    "author": "Reinhild Oberbeck-Sauter",
    "date": dt.date(2026, 3, 9),
    "letterhead": (
        "Chamber of Crafts Hunsrück-Nahe",
        "Corporation under public law  ·  Kornmarkt 7  ·  55543 Bad Kreuznach  ·  Germany",
    ),
    "reference": "Our ref. BB/2026/031  ·  Bad Kreuznach, 9 March 2026",
    "salutation": "Dear members of the drafting team,",
    "paragraphs": [
        "Thank you for inviting the Chamber of Crafts Hunsrück-Nahe to contribute to the guidelines on "
        "micro-credentials. The Chamber was founded in 1900 and today represents 14,200 craft businesses in 96 "
        "trades; 2,950 apprentices are in training with our members, and our examination boards held 1,480 "
        "journeyman examinations last year, for a fee of 180 euros each.",
        "Between 2023 and 2025 we tried out three short courses for trained craftspeople: building-site "
        "energy audits, repair of heat pumps and lime plaster restoration. Of the 74 participants, 61 finished. "
        "What we learned in that pilot shapes the points below.",
        "First, size. No course of fewer than 60 hours of learning should be called a micro-credential. Shorter "
        "offers are useful, but a certificate that an employer reads as proof of a skill needs enough practice "
        "behind it to carry that meaning.",
        "Second, the link to the trades. Each micro-credential in a craft trade should be cut from the training "
        "regulations of that trade, so that its parts fit the journeyman and master qualifications instead of "
        "competing with them.",
        "Third, who awards them. In the skilled crafts, only the chambers should award micro-credentials, "
        "because they already hold the examinations for journeymen and masters and employers trust that seal.",
        "Fourth, assessment. The assessment should always include a practical work sample judged by two "
        "examiners from the trade, as our journeyman examinations do.",
        "Finally, small firms. Companies that release an employee for a micro-credential course should receive "
        "a wage subsidy for the hours away from the workshop; a business of four people cannot otherwise spare "
        "anyone for sixty hours.",
        "We would be glad to explain our pilot in more detail at the next meeting of the working group.",
    ],
    "closing": "Yours faithfully,",
    "signers": (
        ("Reinhild Oberbeck-Sauter", "President"),
        ("Eckhard Wiesmayr", "Chief Executive"),
    ),
}

# A logistics skills council's slides, exported from PowerPoint to PDF (Serbia): titles and bullets, one slide
# whose title is the title of its chart.
SERBIA_DECK = {
    "file": "slides_danube_corridor_logistics_skills_council.pdf",
    "title": "Micro-credentials for warehouse and transport work",
    "author": "Dragana Vukašinović-Ilić",
    "date": dt.date(2026, 3, 12),
    "footer": "Danube Corridor Logistics Skills Council  |  Consultation on micro-credentials",
    "slides": [
        {
            "title": "Micro-credentials for warehouse and transport work",
            "bullets": [
                "Danube Corridor Logistics Skills Council, Novi Sad",
                "Dragana Vukašinović-Ilić, head of qualifications",
            ],
        },
        {
            "title": "Who we are",
            "bullets": [
                "Set up in 2017 by employers and the chamber of commerce",
                "41 member companies: freight forwarders, warehouses, river ports",
                "Six modules so far: forklift safety, cold-chain handling, dangerous goods, customs documents, "
                "warehouse software, route planning",
            ],
        },
        {
            "title": "Completed modules per year, 2022-2025",
            "bullets": [],
            "chart": [("2022", 310), ("2023", 465), ("2024", 610), ("2025", 720)],
        },
        {
            "title": "Assessment",
            "bullets": [
                "An employer representative must take part in every final assessment",
                "The practical test should be held in a working warehouse, on real equipment",
                "Written part: 40 questions, 45 minutes",
            ],
        },
        {
            "title": "The credential",
            "bullets": [
                "Each credential should list the learning outcomes the holder has demonstrated",
                "Drivers' micro-credentials should be recognised in all countries of the Danube corridor",
                "Issued as a PDF with a QR code since 2024",
            ],
        },
    ],
}

# A nursing institutes' association's paper in Word (France): numbered headings, a bulleted list, endnotes.
FRANCE_PAPER = {
    "file": "paper_limousin_nursing_institutes.docx",
    "title": "Micro-credentials in nurse education: the contribution of the Limousin nursing institutes",
    "author": "Maëlle Kerbrat-Duvernoy",
    "date": dt.date(2026, 3, 16),
    "blocks": [
        ("h1", "1. Who we are"),
        (
            "The Association of Nursing Training Institutes of Limousin brings together 23 institutes that "
            "train 4,100 nursing students and offer continuing education to qualified nurses.",
            1,
        ),
        "Since 2022 our institutes have run short modules for practising nurses, among them wound care, "
        "vaccination and palliative care at home; 860 nurses took one in 2025.",
        ("h1", "2. Size and content of a module"),
        "A single micro-credential should not exceed 150 hours of learning. Beyond that, a nurse working full "
        "time cannot complete it within a year, and the module turns into a diploma course.",
        "The certificate should describe precisely what its holder can now do in patient care, so that a "
        "head nurse reading it knows which tasks the nurse may be given.",
        ("h1", "3. Assessment"),
        "Clinical skills should be assessed in a simulation room with a standardised patient. We do not assess "
        "students on real patients for a certificate.",
        (
            "Institutes may invite a representative of a care employer to the final assessment when they "
            "consider it useful, but this should not be made compulsory.",
            2,
        ),
        ("h1", "4. What the institutes need"),
        "Our members asked for three things in the survey we ran in January:",
        (
            "bullet",
            "The hours that nurse educators spend designing micro-credential modules should count as part "
            "of their workload.",
        ),
        ("bullet", "A shared template for describing modules, common to all institutes of the region."),
        ("bullet", "Access to the simulation rooms in the evening, when working nurses can attend."),
        (
            "Of the 212 educators who answered, 164 said that they prepare modules in their own time.",
            3,
        ),
    ],
    "endnotes": [
        "The institutes are listed on the Association's website; the figures are those of the 2025 annual report.",
        "Under the regional rules for continuing education of 2019, the final assessment of a module is the "
        "institute's responsibility.",
        "Online survey of nurse educators, 8 to 26 January 2026.",
    ],
}

# A quality assurance agency's answers to the consultation questionnaire, in a workbook (Moldova).
MOLDOVA_QUESTIONNAIRE = {
    "file": "questionnaire_moldovan_adult_learning_quality_agency.xlsx",
    "title": "Consultation questionnaire on micro-credentials: reply",
    "author": "Lilia Gârbu-Rusnac",
    "date": dt.date(2026, 3, 18),
    "sheets": {
        "Reply": {
            "rows": [
                ("Consultation on micro-credentials: questionnaire", None, None),
                ("Respondent: National Agency for the Quality of Adult Learning, Chișinău", None, None),
                (None, None, None),
                ("No.", "Question", "Our answer"),
                (
                    1,
                    "Please describe your organisation and its experience with micro-credentials.",
                    "The Agency was created in 2015 to accredit providers of adult learning. It has reviewed 38 "
                    "providers so far; an accreditation takes about 90 days and the fee is 4,500 lei. Since 2024 "
                    "we have looked at short courses too, 112 of them in the last year.",
                ),
                (
                    2,
                    "How should micro-credentials be quality assured?",
                    "Quality should be assured by an external review of each provider's internal procedures, "
                    "not by approving every micro-credential one by one. Approving each course separately would "
                    "take longer than most courses last, and our staff of eleven could not keep up.",
                ),
                (
                    3,
                    "Can micro-credentials count towards full qualifications?",
                    "Providers should be allowed to combine micro-credentials into a full vocational "
                    "qualification, provided that together they cover all learning outcomes of its standard. "
                    "Adults in rural districts rarely can leave work for a year, but they can complete one module "
                    "after another.",
                ),
                (
                    4,
                    "Who should be able to enrol?",
                    "Admission ought to require a completed upper-secondary qualification. The courses we "
                    "accredit assume reading and arithmetic at that level, and learners without it fail the "
                    "first weeks; for them, second-chance programmes exist.",
                ),
                (
                    5,
                    "How should the credential be issued?",
                    "Every certificate should carry an English version alongside the Romanian text, because many "
                    "of our learners go on to work in other European countries. A register of issued "
                    "certificates is being prepared by the Ministry.",
                ),
                (6, "Any other comments?", "None."),
            ],
            "widths": {"A": 6, "B": 48, "C": 90},
            "bold_rows": (4,),
        }
    },
}

# A software testing board's Impress slides, the positions spoken in the notes (Ukraine).
UKRAINE_SLIDES = {
    "file": "slides_dnipro_software_testing_board.odp",
    "title": "Certified testers and micro-credentials",
    "author": "Bohdan Yaremchuk-Sirenko",
    "date": dt.date(2026, 3, 20),
    "slides": [
        {
            "title": "Certified testers and micro-credentials",
            "body": ["Dnipro Software Testing Board", "Bohdan Yaremchuk-Sirenko, chair"],
            "notes": "Good afternoon. I speak for the Board, which certifies software testers in Ukraine.",
        },
        {
            "title": "The Board in figures",
            "body": ["Founded 2009", "3,800 certified testers", "Exam fee: 95 euros", "Pass rate 2025: 71%"],
            "notes": "We were founded in 2009 by eleven companies. Most of our candidates now sit the exam while "
            "working remotely for clients abroad.",
        },
        {
            "title": "Who awards",
            "body": ["Accredited programmes", "Public and private providers"],
            "notes": "Any provider, private companies included, should be able to award micro-credentials once "
            "its programme has been accredited. Most testing courses in Ukraine are run by companies, and the "
            "state colleges teach almost none.",
        },
        {
            "title": "How candidates prove their skills",
            "body": ["A real application", "A defect report"],
            "notes": "Candidates should prove their skills by testing a real application and reporting its "
            "defects, not by answering multiple-choice questions. Our own exam moved to this format in 2023.",
        },
        {
            "title": "Languages and the public list",
            "body": ["Ukrainian and English", "Consent first"],
            "notes": "Our credentials should be issued in Ukrainian and in English, since clients read them "
            "abroad.\nNames should appear in the public list of certified testers only with each holder's "
            "written consent.",
        },
    ],
}

# An open university's one-page statement, printed and photographed (Poland): rendered with Pillow at 300 dpi
# and turned by two degrees, as a phone camera takes a page lying on a desk.
POLAND_PAGE = {
    "file": "photo_masovian_open_university.jpg",
    "title": "Open access to micro-credentials",
    "author": "dr hab. Anna Kowalczyk, prof. UW",
    "date": dt.date(2026, 3, 23),
    "paragraphs": [
        ("heading", "Masovian Open University Consortium"),
        ("heading", "Open access to micro-credentials: our statement"),
        "The Consortium was formed in 2003 by four universities. It enrols about 16,000 adult learners a year in "
        "240 short courses; a typical course costs 390 złoty and meets on twelve Saturday mornings.",
        "Nobody should be turned away for lack of a school-leaving certificate. Our courses have been open to "
        "every adult since the beginning, and many of our best learners left school early.",
        "Unemployed adults should not pay any fee for a micro-credential. In 2025, 1,350 of our learners were "
        "registered as jobseekers and most paid the fee from their benefits.",
        "Online courses should end with an assessment taken in person at one of our study centres, so that "
        "the identity of every candidate is checked.",
        "Every micro-credential should be described in the course catalogue with its learning outcomes, "
        "workload and assessment method before enrolment opens.",
        "Warsaw, 23 March 2026",
    ],
}
