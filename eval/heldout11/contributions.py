"""The text of the eleventh held-out set's built contributions (PDF, Word, PowerPoint, Impress, Excel) and of its
metadata workbook, written by hand in our own words; ``build.py`` turns each spec into its file in ``corpus/``."""

from __future__ import annotations

import datetime as dt

# A pharmacists' association's position paper: four pages, a table of contents on the first, page numbers in
# the footer of every page (drawn by build.py).
ESTONIA_PAPER = {
    "file": "position_paper_estonian_community_pharmacists.pdf",
    "title": "Micro-credentials for pharmacy staff",
    "author": "Kadri Vaikmaa-Lõhmus",
    "footer": "Association of Community Pharmacists of Estonia",
    "date": dt.date(2026, 3, 9),
    "pages": [
        [
            ("title", "Micro-credentials for pharmacy staff: position of the Association of Community "
                      "Pharmacists of Estonia"),
            ("p", "Tartu, March 2026. Prepared by Kadri Vaikmaa-Lõhmus, Head of Continuing Education."),
            ("h", "Contents"),
            ("toc", [("1. About the Association", 2), ("2. Size and content of a micro-credential", 2),
                     ("3. Validity and renewal", 3), ("4. How outcomes are written", 4)]),
        ],
        [
            ("h", "1. About the Association"),
            ("p", "The Association was founded in 1993 and today represents 312 community pharmacies, from the "
                  "large chains in Tallinn to single pharmacies on the islands. About 1,450 pharmacists and "
                  "pharmacy technicians work in our member pharmacies."),
            ("p", "Since 2019 we have run a continuing education programme of short courses on vaccination, "
                  "medication reviews and the safe handling of cytotoxic medicines. In 2025, 611 staff "
                  "completed at least one course; the average fee was 120 euros."),
            ("h", "2. Size and content of a micro-credential"),
            ("p", "A micro-credential is meant to be small. In our view a micro-credential should not exceed 6 "
                  "ECTS credits; anything larger is a module of a degree and should be called one."),
            ("p", "The content of pharmacy courses has to follow the professional standards adopted by the "
                  "State Agency of Medicines, which approves every vaccination course before it opens."),
        ],
        [
            ("h", "3. Validity and renewal"),
            ("p", "Medicines, guidelines and devices change quickly. A micro-credential in a clinical skill "
                  "should expire after five years, and the holder should renew it by passing a shorter "
                  "refresher assessment."),
            ("p", "In the vaccination pilot of 2023 and 2024, 148 pharmacists took the refresher; 139 passed "
                  "at the first attempt and the others within two months."),
        ],
        [
            ("h", "4. How outcomes are written"),
            ("p", "Learning outcomes should be phrased in everyday terms that a pharmacy owner without any "
                  "training background can read and understand."),
            ("p", "We also ask that every pharmacy course finish with a practical assessment observed at the "
                  "dispensing counter, not with a multiple-choice test alone."),
            ("p", "The Association is ready to share its course materials with the guideline team."),
        ],
    ],
}  # fmt: skip

# A ports and logistics employers' federation's paper in Word: a cover page, then a running header and a footer
# with the page number on the pages that follow.
BELGIUM_PAPER = {
    "file": "contribution_flemish_port_employers.docx",
    "title": "Short courses for the port workforce",
    "author": "Joris Vandenhoudt",
    "date": dt.date(2026, 3, 12),
    "cover": ["Short courses for the port workforce",
              "Contribution of the Federation of Port and Logistics Employers of Flanders",
              "to the consultation on micro-credentials", "Antwerp, 12 March 2026"],
    "header": "Federation of Port and Logistics Employers of Flanders",
    "footer": "Contribution on micro-credentials",
    "blocks": [
        ("h", "Our sector"),
        "The Federation groups 86 employers: terminal operators, stevedoring firms, warehousing and freight "
        "forwarders. Together they employ some 17,500 people, of whom about 6,000 are registered dock workers.",
        "The port's joint training centre delivered 9,300 course days in 2025, mostly crane, straddle carrier "
        "and reach stacker licences. A crane course lasts 15 working days.",
        ("h", "What we ask"),
        "Public budgets, not individual firms, ought to cover tuition for dock workers' short courses, because "
        "a worker trained by one terminal is hired the next week by another.",
        "Assessment should take place at the workplace, on the quay, observed by a certified shift supervisor.",
        "Courses should be scheduled around the three-shift pattern of the terminals, including night shifts.",
        "A micro-credential for operating heavy equipment should remain valid for three years, after which a "
        "practical re-test is needed.",
        ("h", "Contact"),
        "Joris Vandenhoudt, Training Policy Adviser",
    ],
}  # fmt: skip

# A youth employment agency's slides: bullet slides with notes, a slide holding a column chart and a slide
# holding a table.
MACEDONIA_SLIDES = {
    "file": "slides_vardar_youth_employment_agency.pptx",
    "title": "Micro-credentials and young jobseekers",
    "author": "Bisera Trpevska",
    "date": dt.date(2026, 3, 4),
    "slides": [
        {"title": "Micro-credentials and young jobseekers",
         "body": ["Vardar Valley Youth Employment Agency", "Bisera Trpevska, Programme Director"],
         "notes": ""},
        {"title": "Who we are",
         "body": ["Regional agency opened in 2014 in Veles", "Works with jobseekers aged 15 to 29",
                  "4,200 young people registered in 2025"],
         "notes": "We have eleven counsellors in four offices."},
        {"title": "Completion of our short courses",
         "chart": {"title": "Participants completing a course, 2022-2025", "series": "Completed",
                   "categories": ["2022", "2023", "2024", "2025"], "values": [310, 402, 515, 588]}},
        {"title": "Pilot courses 2025",
         "table": [["Course", "Hours", "Participants", "In work after 6 months"],
                   ["Forklift operation", "40", "62", "41"],
                   ["Digital marketing basics", "60", "48", "22"],
                   ["Care assistant", "80", "35", "27"]]},
        {"title": "Our recommendations",
         "body": ["Outcomes written in plain language that a young jobseeker and a small employer both "
                  "understand",
                  "Certificates issued in English as well as in Macedonian",
                  "Every micro-credential should carry one common European quality label, the same in all "
                  "countries",
                  "Young people who already have the skills should be able to take the assessment without "
                  "the course"],
         "notes": "Employers in the valley tell us they do not read course catalogues; they read the "
                  "certificate."},
    ],
}  # fmt: skip

# An open-source software foundation's slides made in LibreOffice Impress: short lines, positions in the notes.
FINLAND_SLIDES = {
    "file": "slides_kaleva_open_source_foundation.odp",
    "title": "Open credentials for open skills",
    "author": "Ilmari Vähäkangas",
    "date": dt.date(2026, 2, 27),
    "slides": [
        {"title": "Open credentials for open skills",
         "body": ["Kaleva Open Source Software Foundation", "Ilmari Vähäkangas, Chair of the Board"],
         "notes": ""},
        {"title": "The Foundation",
         "body": ["Founded in 2009 in Oulu", "Stewards 27 community projects", "3,100 volunteer contributors"],
         "notes": "Our mentoring programme has trained 740 new maintainers since 2017, all online."},
        {"title": "Size",
         "body": ["Real projects take time", "Room for larger credentials"],
         "notes": "A maintainer course cannot be squeezed into a few days. We propose a ceiling of 15 ECTS "
                  "credits for a micro-credential, so that a full semester project still fits."},
        {"title": "Formats",
         "body": ["Open standards only", "No vendor lock-in"],
         "notes": "Every micro-credential must be issued as an Open Badge, an open format that any wallet can "
                  "read and any developer can verify with free software."},
        {"title": "Labels",
         "body": ["Quality comes from outcomes, not logos"],
         "notes": "We are against a common European quality label on micro-credentials: a logo would be "
                  "awarded to those who can pay for audits, and small communities would be shut out."},
        {"title": "Validity",
         "body": ["Skills grow with practice"],
         "notes": "A credential records what someone showed on a given day. It should never expire; the date "
                  "of issue tells an employer how recent it is."},
    ],
}  # fmt: skip

# A ministry of foreign affairs' recognition unit's answers in the consultation form (Question / Answer /
# Comment), as an Excel workbook.
UZBEKISTAN_FORM = {
    "file": "consultation_form_uzbek_recognition_unit.xlsx",
    "title": "Consultation form: micro-credentials",
    "author": "Dilnoza Yuldasheva",
    "date": dt.date(2026, 3, 16),
    "sheets": {
        "Form": {
            "rows": [
                ("Question", "Answer", "Comment"),
                ("Name and organisation",
                 "Dilnoza Yuldasheva, Head of the Recognition Unit, Consular Department, Ministry of Foreign "
                 "Affairs of Uzbekistan", None),
                ("What does your organisation do?",
                 "The unit legalises and checks foreign education documents for citizens who study or work "
                 "abroad and for foreigners who come to Uzbekistan.",
                 "In 2025 the unit handled 5,800 files with a staff of 14."),
                ("What should a certificate show?",
                 "Every certificate must state the place where the assessment was held and how the identity "
                 "of the candidate was checked.",
                 "Without this we cannot tell a supervised examination from an unsupervised online quiz."),
                ("In which format should credentials be issued?",
                 "Whatever the format, a credential should carry the provider's electronic seal, so that a "
                 "consulate can validate it online.",
                 "We stopped accepting scanned certificates sent by e-mail in 2024."),
                ("How should authenticity be checked?",
                 "Verification must be free of charge for employers and recognition bodies.",
                 "Some providers ask us for a fee of 20 dollars for each confirmation letter."),
                ("Any other remarks?",
                 "The learning outcomes should be described in the certificate itself, not only on a web page "
                 "that may disappear when a provider closes.", None),
            ],
            "widths": {"A": 32, "B": 70, "C": 50},
            "bold_rows": [1],
        },
    },
}  # fmt: skip

# The secretariat's sheet kept by hand: loose English headers, one block of rows per group with a blank row
# between groups, countries as people write them.
METADATA = {
    "file": "metadata.xlsx",
    "title": "Contributions received",
    "author": "Consultation Secretariat",
    "date": dt.date(2026, 3, 17),
    "sheets": {
        "Received": {
            "rows": [
                ("File name", "Submitted by", "Org", "Country / territory", "Group", "Input type", "Received"),
                ("position_paper_estonian_community_pharmacists.pdf", "Kadri Vaikmaa-Lõhmus",
                 "Association of Community Pharmacists of Estonia", "Estonia", "EU", "Position paper",
                 "09/03/2026"),
                ("contribution_flemish_port_employers.docx", "Joris Vandenhoudt",
                 "Federation of Port and Logistics Employers of Flanders", "Belgium", "EU",
                 "Written contribution", "12/03/2026"),
                ("slides_kaleva_open_source_foundation.odp", "Ilmari Vähäkangas",
                 "Kaleva Open Source Software Foundation", "Finland", "EU", "Presentation", "27/02/2026"),
                ("poll_export_midlands_prison_education.csv", "Fiachra Ó Maoilriain",
                 "Midlands Prison Education Service", "Eire", "EU", "Survey response", "10/03/2026"),
                ("letter_croatian_construction_training_board.txt", "Zvonimir Bartulović",
                 "Croatian Construction Industry Training Board", "Rep. of Croatia", "EU", "Letter", "05/03/2026"),
                ("news_lithuanian_credit_union_league.html", "Vaidotas Kriaučiūnas",
                 "Lithuanian League of Credit Unions", "Lithuania", "EU", "Written contribution",
                 "13/03/2026"),
                (None, None, None, None, None, None, None),
                ("slides_vardar_youth_employment_agency.pptx", "Bisera Trpevska",
                 "Vardar Valley Youth Employment Agency", "N. Macedonia", "Partner", "Presentation",
                 "04/03/2026"),
                ("reply_georgian_national_public_library.eml", "Tamuna Gvritishvili",
                 "Georgian National Public Library", "Georgia", "Partner", "E-mail", "11/03/2026"),
                ("note_tiznit_rural_women_cooperative.md", "Fatiha Oubaalla",
                 "Tiznit Rural Women's Argan Cooperative", "Kingdom of Morocco", "Partner", "Written contribution",
                 "06/03/2026"),
                ("consultation_form_uzbek_recognition_unit.xlsx", "Dilnoza Yuldasheva",
                 "Recognition Unit, Ministry of Foreign Affairs of Uzbekistan", "Republic of Uzbekistan", "Partner",
                 "Survey response", "16/03/2026"),
            ],
            "widths": {"A": 48, "B": 24, "C": 50, "D": 20, "E": 10, "F": 22, "G": 12},
            "bold_rows": [1],
        },
    },
}  # fmt: skip

# The outline as the drafting team keeps it in Word: a title, a short note, then one table (Section | Question),
# the section written on the first row of its questions only.
OUTLINE = {
    "file": "outline.docx",
    "title": "Guidelines on micro-credentials: outline for drafting",
    "author": "Drafting team",
    "date": dt.date(2026, 3, 16),
    "note": "Draft of 16 March 2026. Each section lists the questions its text should answer.",
    "rows": [
        ("Scope and size", "How large should a micro-credential be at most?"),
        ("", "Should micro-credentials count towards a larger qualification?"),
        ("", "Who should be able to offer micro-credentials?"),
        ("", "How long should a pilot run before a micro-credential is offered nationally?"),
        ("", "Should providers be allowed to advertise a micro-credential as equivalent to a degree?"),
        ("", "How many micro-credentials may a learner combine into one qualification?"),
        ("Learning outcomes and assessment", "How should learning outcomes be written?"),
        ("", "Where should the assessment take place?"),
        ("", "Who should assess practical skills?"),
        ("", "Can people who already have the skills be assessed without following the course?"),
        ("", "Should learners be able to appeal an assessment result?"),
        ("", "How long should providers keep assessment records?"),
        ("Quality, validity and registers", "Should there be a common European quality label for micro-credentials?"),
        ("", "For how long should a micro-credential remain valid?"),
        ("", "Should micro-credentials be recorded in a register?"),
        ("", "Who should accredit providers of micro-credentials?"),
        ("", "How much should a quality review of a provider cost?"),
        ("", "Which criteria should employers use to choose between providers?"),
        ("Certificates and digital credentials", "In which languages should certificates be issued?"),
        ("", "In which format should micro-credentials be issued?"),
        ("", "How can an employer check that a credential is genuine?"),
        ("", "Should the certificate show where the assessment took place?"),
        ("", "Who should host learners' digital wallets?"),
        ("Funding and access", "Who should pay for the training of workers?"),
        ("", "How can learners without internet access take part?"),
        ("", "Should people in prison be able to earn micro-credentials?"),
        ("", "What should learners be told about the cost before they enrol?"),
        ("", "How many days of paid training leave should workers get?"),
    ],
}  # fmt: skip
