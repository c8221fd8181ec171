"""The wording of the third held-out set's built contributions and of its metadata workbook (eval/heldout3/).

Written by hand for this set, in one sitting, before the drafter was run on it; ``build.py`` turns each
mapping into its file. Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# A chamber of commerce's letter, saved from a word processor as RTF: no headings, "First, ... Second, ...".
FRANCE_LETTER = {
    "file": "letter_chamber_toulouse.rtf",
    "title": "Contribution of the Toulouse Metropolitan Chamber of Commerce and Industry",
    "author": "Hélène Marchetti",
    "date": dt.date(2026, 3, 16),
    "paragraphs": [
        "Toulouse, 16 March 2026",
        "To the guideline team on micro-credentials",
        ("b", "Subject: contribution of the Toulouse Metropolitan Chamber of Commerce and Industry"),
        "Dear members of the guideline team,",
        "Thank you for inviting the Chamber to comment on your draft outline. The Chamber was created in 1903 and "
        "today represents some 41,000 businesses in the Toulouse area, nine in ten of which employ fewer than "
        "twenty people. Its own training centre welcomed 6,200 adult learners in 2025, most of them sent by their "
        "employer for courses of two to five days, at an average price of 410 euros per day of training.",
        "Our members are interested in micro-credentials because they match the way small firms train: in short "
        "steps, close to the job. We would like to make the following points.",
        "First, the content of a micro-credential should come from the workplace. We ask that each "
        "micro-credential be designed together with at least two companies of the sector concerned, which check "
        "that its learning outcomes match real tasks.",
        "Second, assessment. Many of our members already have experienced staff who supervise apprentices. We "
        "propose that a company tutor who has completed a short assessor training be allowed to assess the "
        "learner at the workplace and sign off the micro-credential, without an outside assessor. This is how "
        "skills are really observed, and it spares firms from sending workers away for an examination day.",
        "Third, the form of the certificate. Whether a micro-credential is issued as a digital credential or on "
        "paper should be up to each provider. A small training firm with three trainers cannot be asked to run "
        "a wallet infrastructure, and many employers in our region still file paper certificates.",
        "Fourth, funding. Micro-credential courses should be eligible for the training contributions that "
        "companies already pay, so that firms do not pay twice for the same training.",
        "Finally, every certificate should carry a short description in plain language, written for employers "
        "rather than for education specialists.",
        "The Chamber's training service, which has run a pilot of eleven certified short modules since September "
        "2024, remains at your disposal for any further information.",
        "Yours faithfully,",
        "Hélène Marchetti, Deputy Director for Skills and Training",
    ],
}

# A national recognition office's input (.docx): numbered headings typed into the heading text, sub-headings
# 4.1 to 4.4, a "Note:" paragraph under its figures and two footnotes.
BOSNIA_INPUT = {
    "file": "input_sarajevo_recognition_office.docx",
    "title": "Recognising micro-credentials from abroad: input from the Sarajevo Office for Qualifications "
    "Information and Mobility",
    "author": "Amra Hadžić",
    "date": dt.date(2026, 2, 23),
    "blocks": [
        ("h1", "1. Who we are"),
        "The Office was set up in 2009 to advise on and evaluate foreign qualifications for employers, schools "
        "and public bodies in the Sarajevo Canton. It has a staff of fourteen, six of whom are credential "
        "evaluators.",
        ("h1", "2. Micro-credentials in our caseload"),
        (
            "fn",
            "In 2025 the Office received 2,310 applications, of which 52 concerned micro-credentials or other "
            "short certificates. Most of these came from online platforms and from the training academies of "
            "companies abroad. An evaluation took 26 working days on average, and for a full qualification the "
            "applicant paid 120 convertible marks.",
            "About 61 euros at the fixed rate of 1.95583 convertible marks to the euro.",
        ),
        "Note: the figures above count applications, not persons; some applicants sent several certificates in "
        "one file.",
        ("h1", "3. What we need to evaluate a micro-credential"),
        "To evaluate a micro-credential we need four things on the credential itself or in a supplement to it: "
        "the learning outcomes, the workload, the form of assessment and the level. When one of them is missing "
        "we write to the issuer, and most issuers never answer.",
        ("h1", "4. Proposals"),
        ("h2", "4.1 Verification"),
        (
            "fn",
            "Every micro-credential should carry a verification link or code that anyone can open without an "
            "account, leading to the issuer's own record of it.",
            "Of the 52 short certificates we received in 2025, nine carried such a link; for the others we wrote "
            "to the issuer, and waited for an answer for 19 working days on average.",
        ),
        ("h2", "4.2 Fee"),
        "We propose that the evaluation of a foreign micro-credential cost its holder a flat fee of 30 euros, "
        "the same in every country of the region: less than for a full qualification, but enough to pay for an "
        "evaluator's time.",
        ("h2", "4.3 Shared decisions"),
        "The recognition offices of the Western Balkans should share their decisions on micro-credentials in one "
        "database, so that the same credential is not evaluated twice.",
        ("h2", "4.4 Applications"),
        "Applicants should be able to send us their micro-credentials online, in digital form, instead of "
        "bringing certified paper copies to our office.",
        "Amra Hadžić, Head of the Recognition Unit",
    ],
}

# An accreditation agency's two-page brief: written in Word (running header, page number in the footer, a
# page break), sent as the PDF LibreOffice makes of it.
CROATIA_BRIEF = {
    "file": "brief_croatian_accreditation_agency.docx",
    "title": "Accrediting micro-credentials in adult learning: input from Croatia",
    "author": "Ivana Marić",
    "date": dt.date(2026, 4, 7),
    "header": "Croatian Agency for Adult Learning Accreditation | Input on micro-credentials",
    "blocks": [
        "Zagreb, 7 April 2026",
        ("h1", "Background"),
        "The Agency accredits the programmes of adult education providers in Croatia. Since it started work in "
        "2014 it has accredited 1,180 programmes from 412 providers. A first accreditation costs the provider 650 "
        "euros per programme, and in 2025 a decision took 74 days on average from a complete application. The "
        "register of assessors we keep lists 318 people.",
        "Since January 2025 providers may apply to have short programmes accredited as micro-credentials. By the "
        "end of March 2026 we had accredited 96 of them, most in care, tourism and welding.",
        ("h1", "Place in the qualifications framework"),
        "Every accredited micro-credential should be assigned a level of the Croatian Qualifications Framework "
        "and be entered in the national register, like any other qualification. A level tells employers and "
        "learners what to expect, and it allows our micro-credentials to be compared with those of other "
        "countries through the European Qualifications Framework.",
        ("h1", "Workload"),
        "The workload of every micro-credential should be expressed in ECTS credits, also for courses offered "
        "outside higher education, so that one unit is used across the whole system.",
        "pagebreak",
        ("h1", "Assessment"),
        "Assessment is where trust in micro-credentials is won or lost. We do not support proposals to let a "
        "company tutor assess learners alone and sign off the credential. The person who trains a learner should "
        "not be the only one to decide whether that learner passes: at least one assessor from our register, "
        "independent of the employer, should take part in every final assessment.",
        ("h1", "Renewal of accreditation"),
        "An accredited micro-credential should be reviewed again every five years, and sooner if the "
        "occupational standard behind it changes.",
        "Ivana Marić, Senior Adviser for Accreditation",
    ],
}

# A private online platform's webinar slides: short lines on the slides, the reasoning in the notes, and one
# slide whose content is a table of courses.
KOSOVO_SLIDES = {
    "file": "slides_dija_online_academy.pptx",
    "title": "Learning that proves itself: micro-credentials at Dija Online Academy",
    "author": "Arbër Krasniqi",
    "date": dt.date(2026, 2, 12),
    "slides": [
        {
            "title": "Learning that proves itself: micro-credentials at Dija Online Academy",
            "body": ["Arbër Krasniqi, co-founder", "Webinar of the guideline team, 12 February 2026"],
            "notes": "",
        },
        {
            "title": "Who we are",
            "body": [
                "Online academy founded in Prishtina in 2019",
                "Courses in Albanian, Serbian and English",
                "About 21,000 registered learners in 2025",
            ],
            "notes": "We started with coding courses for young people and now offer 64 short courses, from "
            "bookkeeping to digital marketing. Eleven people work for us full time, and about forty freelance "
            "tutors.",
        },
        {
            "title": "Our courses in 2025",
            "table": [
                ["Course", "Learners", "Completed", "Price"],
                ["Bookkeeping basics", "2,940", "61%", "45 €"],
                ["Digital marketing", "4,120", "48%", "60 €"],
                ["Front-end development", "3,300", "39%", "120 €"],
                ["Customer service in English", "1,870", "66%", "30 €"],
            ],
            "notes": "Completed counts the learners who passed the final test. A learner who completed a course "
            "took 19 days on average.",
        },
        {
            "title": "Trust without a framework",
            "body": ["Keep micro-credentials outside the NQF and the register", "Let employers judge by results"],
            "notes": "Our view is that micro-credentials from private providers should stay outside the national "
            "qualifications framework and the register altogether. Getting a course listed takes about a year, "
            "and our courses change every six months. Employers look at what our graduates can do, not at a "
            "level.",
        },
        {
            "title": "Verifiable by anyone",
            "body": ["Every certificate has a QR code and a public link", "No login needed to check it"],
            "notes": "Anyone who scans the code or opens the link, without creating an account, sees the record "
            "on our server. This is how employers in Germany and Switzerland check our graduates.",
        },
        {
            "title": "What every provider should publish",
            "body": ["Completion rate of every course", "Share of graduates in work after six months"],
            "notes": "Every provider should publish, for each course, its completion rate and the share of "
            "graduates in work six months later. Learners deserve the same figures we look at ourselves.",
        },
        {
            "title": "Building up",
            "body": ["Three related courses lead to our professional certificate", "Open this to other providers"],
            "notes": "Learners should be able to combine micro-credentials from different providers into a larger "
            "certificate, as long as the learning outcomes fit together.",
        },
    ],
}

_Q = "Question"
# A public employment service's answers to the consultation form: the question in column A, the answer in B.
DENMARK_WORKBOOK = {
    "file": "consultation_response_north_jutland.xlsx",
    "title": "Consultation on guidelines for micro-credentials: response of the North Jutland Employment Service",
    "author": "Mads Kjærgaard",
    "date": dt.date(2026, 3, 30),
    "sheets": {
        "Response": {
            "widths": {"A": 48, "B": 90},
            "bold_rows": (1, 5),
            "rows": [
                ("Consultation on guidelines for micro-credentials: response form", None),
                ("Respondent", "North Jutland Employment Service (regional network of job centres)"),
                ("Contact person", "Mads Kjærgaard, Head of Upskilling"),
                (None, None),
                (_Q, "Answer"),
                (
                    "1. Please describe your organisation briefly.",
                    "We coordinate the upskilling budget of eleven municipal job centres in North Jutland. In 2025, "
                    "3,460 unemployed people started a course paid by us; the average course lasted 4.2 weeks and "
                    "the total budget was DKK 61 million.",
                ),
                (
                    "2. Should micro-credentials be issued in a digital format? Please explain.",
                    "Yes. For the people we fund it is required that the credential is issued in digital form, "
                    "because counsellors record it in the jobseeker's online profile and employers search those "
                    "profiles.",
                ),
                (
                    "3. How should micro-credential courses for unemployed people be chosen and funded?",
                    "Public employment services should pay only for micro-credentials in occupations on the "
                    "regional list of labour shortages. The list is updated twice a year together with employers "
                    "and unions.",
                ),
                (
                    "4. What should happen to a jobseeker's income during a course?",
                    "Jobseekers should keep their full unemployment benefit while they follow a micro-credential "
                    "course of up to eight weeks.",
                ),
                (
                    "5. What support do learners need before they enrol?",
                    "A counsellor should talk through every jobseeker's plan with them before they enrol, so that "
                    "the course leads to a job and not only to a certificate.",
                ),
                (
                    "6. Do you agree with the sections of the draft outline?",
                    "Broadly, yes.",
                ),
                (
                    "7. Anything else you would like to tell the guideline team?",
                    "In 2025 the average time between a counsellor's referral and the start of a course was 23 "
                    "days. Our 140 counsellors handled about 9,800 referrals.",
                ),
            ],
        },
    },
}

# The set's metadata sheet, kept as a workbook, under headers none of the earlier sheets use.
METADATA = {
    "file": "metadata.xlsx",
    "title": "Contributions received, third round",
    "author": "Guideline team secretariat",
    "date": dt.date(2026, 4, 20),
    "sheets": {
        "Contributions": {
            "widths": {"A": 44, "B": 60, "C": 18, "D": 22, "E": 50, "F": 24, "G": 14, "H": 26, "I": 14, "J": 12},
            "bold_rows": (1,),
            "rows": [
                (
                    "Document",
                    "Heading of the submission",
                    "Contribution category",
                    "Name of the expert",
                    "Affiliation",
                    "Member state / partner country",
                    "Geographic bloc",
                    "Profile of the stakeholder",
                    "Date of receipt",
                    "Language of the text",
                ),
                (
                    FRANCE_LETTER["file"],
                    FRANCE_LETTER["title"],
                    "Policy brief",
                    "Hélène Marchetti",
                    "Toulouse Metropolitan Chamber of Commerce and Industry",
                    "France",
                    "EU",
                    "social partner",
                    FRANCE_LETTER["date"],
                    "en",
                ),
                (
                    "email_latvian_student_councils.eml",
                    "Student councils' position on micro-credentials",
                    "Expert input",
                    "Elīna Bērziņa",
                    "Association of Latvian Student Councils",
                    "Latvia",
                    "EU",
                    "learner representative",
                    dt.date(2026, 3, 24),
                    "en",
                ),
                (
                    BOSNIA_INPUT["file"],
                    BOSNIA_INPUT["title"],
                    "Expert input",
                    "Amra Hadžić",
                    "Sarajevo Office for Qualifications Information and Mobility",
                    "Bosnia and Herzegovina",
                    "Partner",
                    "recognition officer",
                    BOSNIA_INPUT["date"],
                    "en",
                ),
                (
                    DENMARK_WORKBOOK["file"],
                    DENMARK_WORKBOOK["title"],
                    "Expert input",
                    "Mads Kjærgaard",
                    "North Jutland Employment Service",
                    "Denmark",
                    "EU",
                    "public employment service",
                    DENMARK_WORKBOOK["date"],
                    "en",
                ),
                (
                    "brief_croatian_accreditation_agency.pdf",
                    CROATIA_BRIEF["title"],
                    "Policy brief",
                    "Ivana Marić",
                    "Croatian Agency for Adult Learning Accreditation",
                    "Croatia",
                    "EU",
                    "quality assurance expert",
                    CROATIA_BRIEF["date"],
                    "en",
                ),
                (
                    KOSOVO_SLIDES["file"],
                    KOSOVO_SLIDES["title"],
                    "Presentation",
                    "Arbër Krasniqi",
                    "Dija Online Academy",
                    "Kosovo",
                    "Partner",
                    "provider",
                    KOSOVO_SLIDES["date"],
                    "en",
                ),
                (
                    "contribution_wallonia_brussels_adult_education.md",
                    "Micro-credentials for adults who left school early",
                    "Policy brief",
                    "Sophie Vandenberghe",
                    "Federation of Adult Education Centres of Wallonia and Brussels",
                    "Belgium",
                    "EU",
                    "provider",
                    dt.date(2026, 3, 6),
                    "en",
                ),
                (
                    "hearing_algeria_construction_skills.txt",
                    "Transcript of the online hearing with the Algerian Construction and Public Works Skills Council",
                    "Other",
                    "Nadia Boumediene",
                    "Algerian Construction and Public Works Skills Council",
                    "Algeria",
                    "Partner",
                    "sectoral skills council",
                    dt.date(2026, 1, 21),
                    "en",
                ),
                (
                    "input_palestine_vocational_commission.txt",
                    "Input to the guideline team on micro-credentials",
                    "Expert input",
                    "Samir Odeh",
                    "Palestinian Commission for Technical and Vocational Skills",
                    "Palestine",
                    "Partner",
                    "policy maker",
                    dt.date(2026, 4, 2),
                    "en",
                ),
            ],
        },
    },
}
