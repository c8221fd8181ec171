"""The text of the eighteenth held-out set's built contributions (``build.py`` turns each into its file).

Written by hand for this set: names, organisations and figures are invented. The .md, .txt, .csv and .html
contributions are kept as text in ``corpus/``.
"""

from __future__ import annotations

import datetime as dt

# A vocational colleges' federation's comments in LibreOffice Writer with tracked changes recorded: each block is
# a paragraph; ("h", text) a heading; a list mixes plain text with ("ins", text) insertions and ("del", text)
# deletions, each made by the named reviser at the given time. A reader shows the text as if the changes were
# accepted: insertions kept, deletions gone.
FINLAND_COMMENTS = {
    "title": "Comments on the draft guidelines for micro-credentials",
    "author": "Tuulikki Rautavaara-Heinonen",
    "date": dt.date(2026, 3, 9),
    "changes_by": {
        "ins": ("Tuulikki Rautavaara-Heinonen", "2026-03-09T14:12:00"),
        "del": ("Tuulikki Rautavaara-Heinonen", "2026-03-09T14:10:00"),
    },
    "blocks": [
        ("title", "Lakeland Federation of Vocational Colleges: comments on the draft guidelines for micro-credentials"),
        "Draft of 9 March 2026, for the board's approval. Changes made after the working group's meeting are tracked.",
        ("h", "About the federation"),
        "The Lakeland Federation of Vocational Colleges was founded in 1994. Its 17 member colleges teach about "
        "41,000 students, a third of them adults in continuing training, and together they employ some 3,200 "
        "teachers. Member colleges pay a yearly fee of 2,400 euros to the federation.",
        ("h", "Describing a micro-credential"),
        [
            "Each micro-credential should state its learning outcomes, its level and its workload in hours on the "
            "certificate itself",
            ("ins", ", so that an employer does not have to look them up elsewhere"),
            ".",
        ],
        [
            "Colleges should be able to build micro-credentials out of existing units of their vocational "
            "qualifications. ",
            ("del", "New micro-credentials should always be designed from scratch. "),
            "A unit that has already been approved with its assessment criteria needs no second approval.",
        ],
        ("h", "Assessment"),
        "Teachers should assess workplace learning together with the workplace instructor, who sees the learner at "
        "work every day.",
        ("h", "Validity"),
        [
            ("del", "A micro-credential should expire after five years unless it is renewed. "),
            ("ins", "Once earned, the recognition of what someone has learnt should last for life. "),
            "Our colleges have awarded about 12,000 certificates for short courses since 2015.",
        ],
    ],
}

# A food processing training network's e-mail to the consultation, its full response attached as a Word file.
# The message says the main points itself; the attachment is the longer paper.
IRELAND_EMAIL = {
    "from": ("Órla Devereux-Keane", "orla.devereux-keane@suirvalleyskillnet.ie"),
    "to": ("Micro-credentials consultation", "consultation@microcredentials-guidelines.eu"),
    "subject": "Consultation response - Suir Valley Food Processing Skillnet",
    "date": "Thu, 12 Mar 2026 16:41:07 +0000",
    "message_id": "<20260312164107.5c1e@suirvalleyskillnet.ie>",
    "boundary": "===============4417820950236117045==",
    "body": [
        "Dear consultation team,",
        "Please find attached the response of the Suir Valley Food Processing Skillnet to the consultation on "
        "micro-credentials. In case the attachment does not open on your side, here are our main points in short.",
        "Employers should pay for the micro-credentials their own staff take. Our member companies already fund "
        "most of the training of their workers and see it as part of running a business.",
        "Factory managers and quality supervisors should sit with providers when the content of a course is drawn "
        "up. Courses written without them miss what the production lines actually need.",
        "Every credential should be issued in the European Digital Credentials for Learning format, so that it can "
        "be checked in any member state where our workers later find a job.",
        "Short courses for line operators should be scheduled outside the peak seasons, between January and April, "
        "when the plants run below capacity.",
        "The network was set up in 2011 and has 86 member companies in meat, dairy and bakery processing. Last year "
        "1,240 employees took part in our courses, at an average cost of 45 euros per training day.",
        "Kind regards,",
        "Órla Devereux-Keane\nNetwork Manager\nSuir Valley Food Processing Skillnet\nClonmel, Co. Tipperary",
    ],
    "attachment": {
        "filename": "Suir_Valley_Skillnet_response_micro-credentials.docx",
        "title": "Response to the consultation on micro-credentials",
        "author": "Órla Devereux-Keane",
        "date": dt.date(2026, 3, 12),
        "blocks": [
            ("h1", "Response to the consultation on micro-credentials"),
            "Suir Valley Food Processing Skillnet, March 2026.",
            ("h1", "Who pays"),
            "In our sector the employer is the natural funder of short courses for staff. We ask the guidelines to "
            "say plainly that employers pay for the micro-credentials of their own employees.",
            ("h1", "Designing courses"),
            "Providers and the managers of food plants should write course content together, line by line.",
            ("h1", "Digital credentials"),
            "We ask for the European format for digital credentials, so that a credential can be checked abroad.",
            ("h1", "Timing"),
            "The quiet months of the year, January to April, suit short courses best.",
        ],
    },
}

# A career counsellors' association's answers typed into the consultation's fillable PDF form: each field has a
# printed label above it and a tooltip; the association filled the fields and saved the form. The form's
# fields take Latin-1 only, so the contact person typed her name without its háčeks and čárkas.
CZECHIA_FORM = {
    "title": "Consultation on micro-credentials - response form",
    "author": "Radka Vlčková-Šindelářová",
    "heading": "Consultation on guidelines for micro-credentials",
    "intro": "Please type your answers into the fields. Each field grows as you type. Save the form and send it back.",
    "fields": [
        ("org", "Name of the organisation", "Ostrava Region Association of Career Counsellors", 1),
        ("person", "Contact person", "Radka Vlckova-Sindelarova", 1),
        ("country", "Country", "Czechia", 1),
        (
            "q1",
            "1. At which levels of the national qualifications framework should micro-credentials be placed?",
            "Micro-credentials should be placed only at levels 4 to 8 of the framework. Below level 4 our "
            "partial qualifications already do this job and are well known to employers.",
            4,
        ),
        (
            "q2",
            "2. What support should learners receive before they enrol?",
            "Every learner should have a free session with a career counsellor before choosing a "
            "micro-credential. Our members see many adults who pay for a course that leads nowhere for them.",
            4,
        ),
        (
            "q3",
            "3. How should micro-credentials be assessed?",
            "Remote assessment through a webcam should be accepted for theory tests. Practical parts are another "
            "matter and should stay in person.",
            3,
        ),
        (
            "q4",
            "4. How should prior learning be validated?",
            "Counsellors should help adults put together a portfolio of evidence for the validation of prior "
            "learning, because few adults know what counts as evidence.",
            4,
        ),
        (
            "q5",
            "5. Any other information about your organisation",
            "The association was founded in 2004 and has 230 members in schools, labour offices and private "
            "practice. Our counsellors answer about 9,000 enquiries a year. Membership costs 1,200 CZK a year.",
            4,
        ),
    ],
}

# A regional labour directorate's internal memo, saved from the word processor as RTF and sent on as it was:
# a memo header (To / From / Date / Subject), then numbered paragraphs. Bold blocks are (True, text).
ITALY_MEMO = {
    "title": "Memo: micro-credentials consultation",
    "author": "Ludovica Sansoverino-Ricci",
    "date": dt.date(2026, 3, 5),
    "paragraphs": [
        (True, "MEMORANDUM"),
        "To: Consultation team on micro-credentials",
        "From: Ludovica Sansoverino-Ricci, Director, Apennine Valleys Regional Labour Directorate",
        "Date: 5 March 2026",
        "Subject: Our position on micro-credentials",
        "1. The Directorate oversees vocational training in the four Apennine valley provinces. It employs 140 "
        "staff, has accredited 62 training providers and listed 1,150 courses in its regional catalogue in 2025. "
        "In the same year it issued 3,200 training vouchers worth 600 euros each.",
        "2. Every micro-credential awarded by an accredited provider must be entered in the national register of "
        "qualifications. A credential that cannot be found in the register cannot be trusted by an employer.",
        "3. Learners should be able to add up several micro-credentials towards a regional vocational certificate, "
        "provided the units together match the certificate's standard.",
        "4. Quality assurance should rest on the accreditation of providers rather than on the approval of each "
        "course. Our offices cannot examine a thousand courses one by one.",
        "5. Learners should contribute part of the cost themselves, as a rule at least a fifth, so that they value "
        "the course and finish it.",
        "6. Regional employment centres should refer jobseekers to micro-credential courses listed in the register.",
        "L. S.-R.",
    ],
}

# An industrial training partnership's slides in PowerPoint's "Comparison" layout: a title, and two columns each
# under its own heading. The first slide is a title slide.
JORDAN_SLIDES = {
    "title": "Micro-credentials for industrial workers",
    "author": "Rania Haddadin-Obeidat",
    "date": dt.date(2026, 3, 16),
    "cover": (
        "Micro-credentials for industrial workers",
        "Zarqa Industrial Estates Training Partnership\nRania Haddadin-Obeidat, Director of Training\nMarch 2026",
    ),
    "slides": [
        {
            "title": "Who we are",
            "left": ("Founded 2008", ["58 factories in three industrial estates", "3,700 workers trained so far"]),
            "right": ("Our courses", ["Registration fee: 12 JOD", "Courses in Arabic, some in English"]),
        },
        {
            "title": "Verifying credentials",
            "left": (
                "We propose",
                [
                    "A shared blockchain ledger should be used so that employers can verify credentials instantly",
                ],
            ),
            "right": (
                "Because",
                ["Forged paper certificates are common in hiring", "HR staff have no time to call providers"],
            ),
        },
        {
            "title": "Assessment and validation",
            "left": ("Assessment", ["Assessment of practical skills should take place on the factory floor"]),
            "right": (
                "Validation",
                [
                    "Refugee workers without documents should be able to have their skills validated",
                ],
            ),
        },
        {
            "title": "The certificate",
            "left": (
                "What it shows",
                [
                    "The certificate should name the learning outcomes, the level and the hours of study",
                ],
            ),
            "right": ("What it does not show", ["Grades", "The worker's nationality"]),
        },
    ],
}

# A trade union's reply on the ministry's Word template: the template's questions are fixed text, each answer is
# typed into a content control under its question; one control was left unanswered and still shows its
# placeholder.
ALBANIA_TEMPLATE = {
    "title": "Consultation template: micro-credentials",
    "author": "Besnik Kolonja-Hysaj",
    "date": dt.date(2026, 3, 18),
    "heading": "Consultation on micro-credentials: reply template",
    "instruction": "Type your reply in the grey field under each question. Do not change the questions.",
    "placeholder": "Click or tap here to enter text.",
    "items": [
        (
            "Organisation and contact person",
            ["Elbasan Construction and Wood Workers' Union, Besnik Kolonja-Hysaj, General Secretary."],
        ),
        (
            "Question 1. At which levels should micro-credentials be offered?",
            [
                "Micro-credentials should also be available at levels 2 and 3 of the framework, for workers who left "
                "school early. Most of our members never finished secondary school, but they have years of skill."
            ],
        ),
        (
            "Question 2. Which training needs should micro-credentials address first?",
            [
                "Safety training for scaffolding and work at height should lead to a micro-credential. Last year four "
                "of our members died in falls on building sites."
            ],
        ),
        (
            "Question 3. How should learners combine training with work?",
            [
                "Workers should take micro-credential courses during paid working hours. A builder who has worked ten "
                "hours on a site will not sit in a classroom in the evening."
            ],
        ),
        (
            "Question 4. In which languages should credentials be issued?",
            [
                "Credentials should be issued in Albanian, with an English translation for workers who go abroad to "
                "work in construction."
            ],
        ),
        ("Question 5. Any comments on funding?", None),
        (
            "Question 6. About your organisation",
            [
                "The union was founded in 1991 and has about 7,400 members in construction and wood processing. "
                "Members pay 300 lekë a month."
            ],
        ),
    ],
}
