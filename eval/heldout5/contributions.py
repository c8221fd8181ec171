"""The wording of the fifth held-out set's built contributions (eval/heldout5/README.md), kept in one place.

``build.py`` turns these into the .docx, .pptx, .rtf, .xlsx files, the PDF's source .docx and the metadata
sheet. Every name, organisation and figure is invented; the facts about micro-credentials (ECTS credits, the
European Learning Model, national qualifications frameworks) are public. Nobody tunes the drafter on this text.
"""

from __future__ import annotations

import datetime as dt

CYPRUS_RECTORS = {
    "file": "rectors_council_cyprus_recommendations.docx",
    "title": "Micro-credentials in Cypriot universities: recommendations of the Council of Rectors",
    "author": "Eleftheria Constantinou",
    "date": dt.date(2026, 3, 3),
    "blocks": [
        "Submitted to the guideline team by the secretariat of the Council, Nicosia, March 2026.",
        ("h1", "1. Background"),
        ("h2", "1.1 The Council and its members"),
        "The Council of Rectors of the Universities of Cyprus brings together the rectors of three public and "
        "five private universities. It meets every two months and has had a standing working group on short "
        "learning since 2021.",
        ("h2", "1.2 What our universities offer today"),
        "The first pilot courses ran in the spring semester of 2022. In the academic year 2024/25 our members "
        "issued 1,870 micro-credentials in 64 courses, most of them in data analysis, maritime management and "
        "teacher development. The usual fee for a course was 180 euros, and about a third of the learners were "
        "older than 35.",
        ("h1", "2. Our positions"),
        ("h2", "2.1 Size"),
        "A micro-credential awarded by a university should not exceed 10 ECTS credits. Anything larger is a short "
        "programme, and it should be called one, so that learners and employers know what they are looking at.",
        ("h2", "2.2 The qualifications framework"),
        "Universities may decide for themselves whether a micro-credential is submitted for a level in the "
        "national qualifications framework. A framework level is useful for some courses, but it should not be "
        "a condition for issuing a micro-credential, because the procedure takes longer than many of the courses "
        "themselves.",
        ("h2", "2.3 Towards a degree"),
        "Credits earned through micro-credentials can be counted towards a bachelor's or master's degree, at the "
        "university that issued them or at another one, once the learner is admitted to the degree programme.",
        ("h2", "2.4 What the certificate shows"),
        "Each certificate should list the learning outcomes, the workload, the form of assessment and whether "
        "the assessment was supervised in person or online.",
        ("h2", "2.5 Entry without a school-leaving certificate"),
        "Admission to a micro-credential course should be open to people without a school-leaving certificate "
        "when they can show relevant work experience.",
        ("h1", "3. Summary of recommendations"),
        (
            "table",
            [
                ["No.", "Recommendation", "Addressed to"],
                ["1", "Keep the university micro-credential at 10 ECTS credits or fewer.", "Universities"],
                [
                    "2",
                    "Leave the request for a framework level to the university's own judgement.",
                    "Ministry of Education, Sport and Youth",
                ],
                [
                    "3",
                    "Allow credits from micro-credentials to be counted in later degree programmes.",
                    "Universities; quality assurance agency",
                ],
                ["4", "Show the form of assessment on every certificate.", "Universities"],
                [
                    "5",
                    "Admit experienced adults who lack a school-leaving certificate.",
                    "Ministry of Education, Sport and Youth; universities",
                ],
            ],
        ),
    ],
}

ICELAND_SLIDES = {
    "file": "badge_platform_iceland.pptx",
    "title": "Issuing micro-credentials at scale: what a badge platform has learned",
    "author": "Sigrún Pálsdóttir",
    "date": dt.date(2026, 2, 17),
    "slides": [
        {
            "title": "Issuing micro-credentials at scale",
            "body": ["Sigrún Pálsdóttir, Norðurljós Credentials", "Online consultation meeting, February 2026"],
            "notes": "",
        },
        {
            "title": "Who we are",
            "body": ["Founded in Reykjavík in 2019", "214,000 badges issued", "61 client institutions"],
            "notes": "We started as a spin-off of a continuing education centre. Our licence costs 4 US dollars "
            "per badge issued, and 97 per cent of verification requests are answered in under one second.",
        },
        {
            "title": "Outsourcing is fine",
            "body": ["Colleges keep the decision", "The platform does the signing and hosting"],
            "notes": "Colleges should be free to outsource the issuing of their micro-credentials to a commercial "
            "platform. The college still decides who passed; a platform only signs, stores and delivers the "
            "credential, which most colleges cannot do securely on their own.",
        },
        {
            "title": "Describe every credential the same way",
            "body": ["European Learning Model fields", "Readable in any country"],
            "notes": "Issuers should describe each credential with the fields of the European Learning Model, so "
            "that a wallet or an employer's system reads the title, the outcomes and the workload in the same "
            "place whoever issued it.",
        },
        {
            "title": "Share only what you need",
            "body": ["One credential at a time", "Not the whole record"],
            "notes": "Learners should be able to share a single credential without revealing the rest of their "
            "learning record. In our 2024 pilot with two colleges, many learners told us they did not want an "
            "employer to see every course they had ever failed.",
        },
        {
            "title": "Checking must cost nothing",
            "body": ["Free for employers", "No account needed"],
            "notes": "Verifying a credential should never cost the employer anything, and it should not require "
            "an account on anybody's platform. Issuers pay; the people who check do not.",
        },
    ],
}

NORWAY_STATEMENT = {
    "file": "statement_norwegian_vocational_teachers.rtf",
    "title": "Statement on micro-credentials in vocational upper secondary education",
    "author": "Ingvild Haugen",
    "date": dt.date(2026, 3, 20),
    "paragraphs": [
        ("b", "Statement of the Union of Teachers in Vocational Upper Secondary Schools of Norway"),
        "Oslo, 20 March 2026",
        "Our union was founded in 1961 and today has 6,300 members in 280 schools across the country. In 2025 "
        "our members taught 410 short courses for adults alongside their ordinary classes, most of them in "
        "building trades, health work and electrical installation.",
        "We welcome the work on common guidelines and want to state our view on five points.",
        ("b", "Who signs the certificate"),
        "The college that teaches a course ought to sign the certificate itself, with no private business in "
        "between. The signature is a promise made by the teachers who assessed the learner, and that promise "
        "cannot be handed on to a firm that never met the learner.",
        ("b", "Practical tests"),
        "A master craftsperson from the trade should sit on the panel that judges the practical test. This is "
        "how the journeyman's examination has worked for decades, and it is the reason employers trust it.",
        ("b", "Time for teachers"),
        "Teachers should be given paid time, counted in their working hours, to design micro-credential "
        "courses. Today most of this work is done in the evenings and is not paid.",
        ("b", "Apprenticeships"),
        "Micro-credentials must never be used to shorten an apprenticeship or to replace the journeyman's "
        "certificate. They are for adults who already work and want to add to what they know.",
        "Ingvild Haugen, head of the education policy department",
    ],
}

SWISS_INPUT = {
    "file": "recognition_centre_switzerland.docx",
    "title": "Recognising micro-credentials from abroad: an information centre's view",
    "author": "Laurent Baumgartner",
    "date": dt.date(2026, 4, 9),
    "footer": "Bern Information Centre for the Recognition of Qualifications - input to the guideline team",
    "blocks": [
        ("h1", "About the centre"),
        "The Bern Information Centre for the Recognition of Qualifications was set up in 1999. It advises holders "
        "of foreign qualifications, employers and universities, and writes comparability statements for full "
        "diplomas. In 2025 it handled 5,920 applications; the average time from a complete file to a statement "
        "was 41 days.",
        "A comparability statement for a full diploma costs 150 francs. Last year 37 appeals were lodged against "
        "our statements, most of them about the level given to a diploma from outside Europe.",
        "Since 2024 we have also received questions about micro-credentials: 412 of them in 2025, mostly from "
        "employers who had received a digital badge with a job application and did not know what to make of it.",
        "pagebreak",
        ("h1", "Automatic recognition"),
        "A micro-credential from another European country should be recognised automatically, without an "
        "individual assessment, when it shows the standard elements and comes from a quality-assured issuer. "
        "Checking each credential one by one would cost more than the course itself, and holders would give up.",
        "The standard elements are those of the Council Recommendation of 2022: the holder, the issuer, the "
        "title, the date, the learning outcomes, the workload, the form of assessment and the type of quality "
        "assurance.",
        ("h1", "What a decision should say"),
        "A recognition decision should state in writing which uses the holder may make of the credential: "
        "further study, access to a regulated profession, or employment. A holder who only reads that a "
        "credential is recognised does not know what door it opens.",
        "pagebreak",
        ("h1", "Proof and data"),
        "Recognition centres should accept a digitally signed credential as proof on its own, without asking for "
        "a certified paper copy. A valid signature tells us more than a stamp on a photocopy.",
        "The data behind a credential should follow the European Learning Model, so that recognition officers in "
        "every country find the same information under the same headings.",
        ("h1", "Contact"),
        "Laurent Baumgartner, head of the advisory service. The centre answers questions in French, German, "
        "Italian and English.",
    ],
}

SYRIA_WORKBOOK = {
    "file": "consultation_answers_syrian_employers.xlsx",
    "title": "Consultation on micro-credential guidelines: answers of the Federation of Syrian Employers' Chambers",
    "author": "Rami Khattab",
    "date": dt.date(2026, 3, 11),
    "sheets": {
        "Instructions": {
            "rows": [
                ["Consultation on the guidelines for micro-credentials"],
                ["How to fill in this workbook"],
                [
                    "Please write your answers in column C of the sheet 'Answers'. Leave a row empty if a question "
                    "does not concern your organisation."
                ],
                ["Return the workbook by e-mail to the guideline team before 15 March 2026."],
            ],
            "widths": {"A": 100},
            "bold_rows": (1,),
        },
        "Answers": {
            "rows": [
                ["No.", "Question", "Answer"],
                [
                    "1",
                    "Please describe your organisation.",
                    "The Federation of Syrian Employers' Chambers unites 14 chambers with about 38,000 member "
                    "firms. In 2025 our training centres trained 2,600 workers in welding, electrical installation "
                    "and food processing, in courses of six weeks. A course costs 95,000 Syrian pounds, paid by the "
                    "employer in most cases.",
                ],
                [
                    "2",
                    "How should micro-credentials be financed?",
                    "The chamber rejects any new levy on employers to pay for learners' micro-credential courses. "
                    "Our members already pay for most of the training their workers receive, and many firms are "
                    "still rebuilding.",
                ],
                [
                    "3",
                    "How should the content of micro-credentials be decided?",
                    "Employers of the sector should approve the learning outcomes before a micro-credential is "
                    "offered. Training centres know how to teach; the firms know what the work requires.",
                ],
                [
                    "4",
                    "How can learners combine micro-credentials with work or family duties?",
                    "Courses should run in the evening or at weekends so that workers keep their jobs while they "
                    "learn.",
                ],
                [
                    "5",
                    "Is there anything else you would like to tell us?",
                    "Many skilled workers lost their papers during the war. A practical test should allow them to "
                    "prove their skills and receive the micro-credential without attending the course. "
                    "Certificates should be issued in Arabic and in English.",
                ],
            ],
            "widths": {"A": 6, "B": 45, "C": 90},
            "bold_rows": (1,),
        },
    },
}

# The metadata sheet as the team keeps it by hand: a title row and a blank row above the header, kinds and
# regions in words, countries as the contributors wrote them (an ISO code, a name in the country's language).
METADATA = {
    "file": "metadata.xlsx",
    "title": "Contributions received",
    "author": "Guideline team secretariat",
    "date": dt.date(2026, 4, 15),
    "sheets": {
        "Received": {
            "rows": [
                ["Micro-credential guidelines - contributions received (kept by the secretariat)"],
                [],
                [
                    "Uploaded file",
                    "Contribution title",
                    "Input type",
                    "Author (full name)",
                    "Organization",
                    "Home country",
                    "EU / partner",
                    "Stakeholder role",
                    "Received (date)",
                    "Language used",
                ],
                [
                    CYPRUS_RECTORS["file"], CYPRUS_RECTORS["title"], "Position paper", "Eleftheria Constantinou",
                    "Council of Rectors of the Universities of Cyprus", "CY", "EU member state",
                    "higher education", "3 March 2026", "English",
                ],
                [
                    ICELAND_SLIDES["file"], ICELAND_SLIDES["title"], "Slides", "Sigrún Pálsdóttir",
                    "Norðurljós Credentials", "IS", "Non-EU", "digital credential vendor", "17 February 2026",
                    "English",
                ],
                [
                    NORWAY_STATEMENT["file"], NORWAY_STATEMENT["title"], "Position paper", "Ingvild Haugen",
                    "Union of Teachers in Vocational Upper Secondary Schools of Norway", "Norge", "Non-EU",
                    "teachers' union", "20 March 2026", "English",
                ],
                [
                    "recognition_centre_switzerland.pdf", SWISS_INPUT["title"], "Written input",
                    "Laurent Baumgartner", "Bern Information Centre for the Recognition of Qualifications",
                    "Schweiz", "Non-EU", "recognition officer", "9 April 2026", "English",
                ],
                [
                    SYRIA_WORKBOOK["file"], "Answers to the consultation questionnaire", "Written input",
                    "Rami Khattab", "Federation of Syrian Employers' Chambers", "SY", "Partner country",
                    "social partner", "11 March 2026", "English",
                ],
                [
                    "workshop_minutes_welsh_apprenticeships.txt",
                    "Minutes of the workshop on micro-credentials in apprenticeships", "Other", "Gareth Pryce",
                    "Valleys Apprenticeship Agency", "GB", "Non-EU", "apprenticeship agency", "14 January 2026",
                    "English",
                ],
                [
                    "adult_learners_network_italy.md", "What adult learners need from micro-credentials",
                    "Policy note", "Chiara Lombardi", "Emilia-Romagna Network of Adult Learners", "Italia",
                    "EU member state", "learner representative", "2 April 2026", "English",
                ],
                [
                    "specialist_nurses_estonia.html", "Micro-credentials for nurses: our position", "Other",
                    "Merike Saar", "Estonian Association of Specialist Nurses", "EE", "EU member state",
                    "professional association", "25 March 2026", "English",
                ],
                [
                    "email_split_dalmatia_county.eml", "Input of the county education department",
                    "Written input", "Tomislav Jurić", "Split-Dalmatia County, Department of Education",
                    "Hrvatska", "EU member state", "regional government", "7 April 2026", "English",
                ],
            ],
            "widths": {"A": 44, "B": 60, "C": 16, "D": 24, "E": 50, "F": 14, "G": 16, "H": 26, "I": 18},
            "bold_rows": (1, 3),
        },
    },
}  # fmt: skip
