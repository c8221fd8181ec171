"""The wording of the twelfth held-out set's built files, in one place (eval/heldout12/README.md).

Each contribution below is written in our own words for this set; names, organisations and figures are invented.
``build.py`` turns them into the PDF slide deck, the Word paper with footnotes and a colleague's comment, the
slides with grouped shapes and a text box, the OpenDocument table, the RTF statement, the survey workbook, the
metadata sheet (.ods, German headers) and the outline (.docx, bold numbered sections, no heading styles). The
e-mail, Markdown, web page and transcript are kept as text in ``corpus/``.
"""

from __future__ import annotations

import datetime as dt

# An airline pilots' union's deck, exported from its presentation software to PDF: landscape pages, a title and
# bullets on each, the slide number in the corner.
TURKIYE_DECK = {
    "file": "slides_bosphorus_airline_pilots_union.pdf",
    "title": "Micro-credentials in the cockpit: the view of the Bosphorus Airline Pilots' Union",
    "author": "Kerem Altıparmak",
    "date": dt.date(2026, 3, 4),
    "footer": "Bosphorus Airline Pilots' Union | Consultation on micro-credentials | March 2026",
    "slides": [
        {
            "title": "Micro-credentials in the cockpit",
            "bullets": [
                "The view of the Bosphorus Airline Pilots' Union",
                "Kerem Altıparmak, Head of Training Affairs",
                "Contribution to the consultation on micro-credentials, 4 March 2026",
            ],
        },
        {
            "title": "Who we are",
            "bullets": [
                "Founded in Istanbul in 1994 by 37 captains",
                "2,870 members today, flying for 14 airlines and two flight schools",
                "A training committee of nine captains and first officers meets every month",
            ],
        },
        {
            "title": "Training in our profession today",
            "bullets": [
                "A type rating course for a new aircraft takes six to eight weeks",
                "An hour in a full flight simulator costs an airline around 600 euros",
                "In 2025, 412 of our members completed their recurrent training in a simulator",
                "Short courses (crew resource management, de-icing, fatigue) carry no certificate outside the airline",
            ],
        },
        {
            "title": "Our positions: size and prior experience",
            "bullets": [
                "No micro-credential should be awarded for fewer than 40 hours of learning",
                "Shorter courses are briefings, not credentials",
                "A pilot with thousands of flight hours should have existing competences validated instead of "
                "sitting the same course again",
            ],
        },
        {
            "title": "Our positions: assessment and time",
            "bullets": [
                "Skills shown in the simulator must be assessed by an authorised type rating examiner",
                "Airlines should give pilots paid time off to complete micro-credentials",
                "Rest periods between flights are not training time",
            ],
        },
        {
            "title": "Our positions: portability",
            "bullets": [
                "A micro-credential earned with one airline must be accepted by every other airline in the country",
                "Pilots change employer more often than before: 318 members did so between 2022 and 2025",
            ],
        },
        {
            "title": "Pilot module, autumn 2025",
            "bullets": [
                "Crew resource management module, 42 hours, tested with 38 first officers",
                "31 passed on the first attempt; the other seven retook the test a week later",
                "Average satisfaction: 4.3 out of 5",
            ],
        },
        {
            "title": "Thank you",
            "bullets": [
                "Questions: training@bosphorus-pilots.example",
                "Kerem Altıparmak, Head of Training Affairs",
            ],
        },
    ],
}

# A veterinary council's position paper in Word: plain paragraphs under a title, footnotes giving sources, and a
# colleague's comment left on one paragraph (a remark to the author, not a position of the council).
AUSTRIA_PAPER = {
    "file": "position_tyrolean_veterinary_council.docx",
    "title": "Position of the Tyrolean Veterinary Council on micro-credentials",
    "author": "Wolfram Edlinger-Posch",
    "date": dt.date(2026, 3, 6),
    "comment": {
        "on": 4,  # the block (0-based) the comment is anchored to: the ECTS paragraph
        "author": "Magdalena Lechner",
        "initials": "ML",
        "text": "Do we want to mention the 25 to 30 hours per credit here, or is that too technical for them?",
    },
    "blocks": [
        ("h1", "Who we are"),
        (
            "fn",
            "The Council represents 640 veterinarians practising in Tyrol, about a third of them mainly with farm "
            "animals in mountain areas. Since 2012 it has run its own continuing education programme of around 45 "
            "courses a year.",
            "Figures from the Council's annual report for 2025.",
        ),
        (
            "fn",
            "Under our professional code, every practising veterinarian completes 80 hours of continuing education "
            "over three years and reports them to the Council.",
            "Professional Code of the Council, section 14, as amended in 2021.",
        ),
        ("h1", "Our position"),
        "We recommend that every micro-credential state its workload in ECTS credits, so that universities, "
        "employers and other chambers read its size in the same way.",
        "Micro-credentials should expire after three years; the holder then renews them through a short refresher "
        "and a new practical test, because techniques, rules and medicines change quickly.",
        (
            "fn",
            "Practical skills such as the ultrasound examination of cattle must be assessed on live animals, under "
            "the eye of an experienced veterinarian.",
            "Models and simulators are useful for practice, but not for the final assessment.",
        ),
        "Certificates should follow the European Digital Credentials for Learning format, so that a practice in "
        "Bavaria or South Tyrol can read them without asking us.",
        "A micro-credential must never allow a person who is not a veterinarian to carry out acts that the law "
        "reserves to the profession.",
        ("h1", "Practical information"),
        "A one-day course in our programme costs members 190 euros, and the Council approves a new course within "
        "about six weeks of receiving the application.",
        "Wolfram Edlinger-Posch, Vice-President, on behalf of the Council",
    ],
}

# A digital skills coalition's slides: the title slide, a slide whose positions sit in grouped shapes (a coloured
# box and its caption grouped together), a slide with a free text box, and a slide of figures.
PORTUGAL_SLIDES = {
    "file": "slides_azores_digital_skills_coalition.pptx",
    "title": "Short, online, everywhere: micro-credentials for the islands",
    "author": "Leonor Furtado Medeiros",
    "date": dt.date(2026, 3, 2),
    "slides": [
        {
            "kind": "title",
            "title": "Short, online, everywhere",
            "subtitle": "Azores Digital Skills Coalition - Leonor Furtado Medeiros, coordinator",
        },
        {
            "kind": "bullets",
            "title": "The coalition in figures",
            "bullets": [
                "Formed in 2021 by 23 organisations on nine islands",
                "1,140 people took one of our short courses in 2025",
                "Course fee: 35 euros, waived for jobseekers",
                "Issuing a digital credential on our platform costs the provider 1.20 euros",
            ],
        },
        {
            "kind": "groups",
            "title": "What we ask for",
            "groups": [
                (
                    "Size",
                    "Set the minimum at 8 hours of learning: short courses on one tool are what working "
                    "people can fit in.",
                ),
                ("Exams", "Remote invigilation by webcam is acceptable for the final test."),
                (
                    "Format",
                    "Issue every credential as a European Digital Credential, stored in the learner's own wallet.",
                ),
                ("Transparency", "Providers should publish the completion rate of each micro-credential they offer."),
            ],
        },
        {
            "kind": "textbox",
            "title": "Digital skills have a common yardstick",
            "body": "Micro-credentials in digital skills should be mapped to the proficiency levels of the "
            "European DigComp framework, so that a learner on Flores and an employer in Lisbon mean the same "
            "thing by intermediate.",
        },
        {
            "kind": "bullets",
            "title": "Our 2025 pilot",
            "bullets": [
                "Spreadsheet basics, 8 hours, run online on six islands",
                "212 participants, 176 completed",
                "The ferry to the nearest test centre takes up to five hours from Corvo",
            ],
        },
    ],
}

# A school heads' association's OpenDocument text: two paragraphs of context, a two-column table "Issue | Our
# view", and a closing paragraph.
SLOVENIA_VIEWS = {
    "file": "views_slovenian_school_heads_association.odt",
    "title": "Micro-credentials in schools: the views of the Slovenian Association of School Heads",
    "author": "Mojca Zupančič-Hrovat",
    "date": dt.date(2026, 3, 10),
    "before": [
        ("title", "Micro-credentials in schools: the views of the Slovenian Association of School Heads"),
        "The Association brings together 212 heads of primary and secondary schools and was founded in 1998. In "
        "the school year 2025/26, 17 of our upper secondary schools are running an optional micro-credential "
        "pilot with 1,380 pupils, most of them in tourism, mechatronics and health care programmes.",
        "Our members discussed the consultation at their spring meeting in Bled on 27 February 2026. The views "
        "below were adopted there.",
    ],
    "table": [
        ["Issue", "Our view"],
        [
            "Pupils",
            "Upper secondary pupils should be able to earn micro-credentials alongside their school "
            "programme, from the age of 16.",
        ],
        [
            "Link to full qualifications",
            "Credentials earned at school should count towards a later vocational "
            "qualification, so that nothing a pupil has achieved is lost.",
        ],
        [
            "Final examination",
            "The concluding examination has to take place in a supervised room on site, for pupils and adults alike.",
        ],
        [
            "Teachers",
            "Teachers who design micro-credentials must be given time for this work within their "
            "teaching hours, not on top of them.",
        ],
        ["Cost to families", "Micro-credentials taken at school must be free of charge for pupils and their parents."],
    ],
    "after": [
        "In the pilot, a school spends on average 14 teacher hours preparing one micro-credential, and pupils "
        "have so far earned 2,240 of them.",
        "Mojca Zupančič-Hrovat, President of the Association",
    ],
}

# A sign language interpreters' guild's statement, saved as RTF by its word processor.
NETHERLANDS_STATEMENT = {
    "file": "statement_dutch_sign_language_interpreters_guild.rtf",
    "title": "Statement of the Dutch Guild of Sign Language Interpreters on micro-credentials",
    "author": "Marijke Oosterhuis-Bakker",
    "date": dt.date(2026, 3, 9),
    "paragraphs": [
        ("b", "Statement of the Dutch Guild of Sign Language Interpreters on micro-credentials"),
        "Utrecht, 9 March 2026",
        "The Guild was founded in 2002 and has 540 members, who interpret between Dutch and Dutch Sign Language "
        "in schools, hospitals, courts and workplaces. Each member logs at least 1,900 hours of interpreting "
        "before full registration.",
        "We reject expressing micro-credentials in ECTS credits. Hours of supervised practice say far more about "
        "an interpreter's readiness than a number borrowed from university study.",
        "Interpreters with years of practice should be able to obtain a micro-credential through validation of "
        "prior learning, without attending the course.",
        "The assessment of interpreting must be recorded on video and kept, so that a second assessor can review "
        "it if the candidate appeals.",
        "Deaf sign language users must sit on every assessment panel for a micro-credential in interpreting.",
        "Courses leading to micro-credentials must be open to deaf learners, with all course materials available "
        "in sign language.",
        "In 2025 the Guild ran eleven short courses in legal and medical interpreting; 164 members took part and "
        "the average course lasted 16 hours.",
        "Marijke Oosterhuis-Bakker, Chair",
    ],
}

# A quality agency for adult learning's survey workbook: a "Readme" sheet explaining the survey, and a
# "Responses" sheet with the agency's own answers, one question per row.
MACEDONIA_SURVEY = {
    "file": "survey_macedonian_adult_learning_quality_agency.xlsx",
    "title": "Consultation survey on micro-credentials: responses of the Agency for Quality Assurance in Adult "
    "Learning",
    "author": "Kiril Bogoevski",
    "date": dt.date(2026, 3, 12),
    "sheets": {
        "Readme": {
            "rows": [
                ("Consultation survey on micro-credentials",),
                ("Respondent: Agency for Quality Assurance in Adult Learning, Skopje",),
                ("Completed by: Kiril Bogoevski, Head of the Programme Review Unit",),
                (
                    "The Agency was set up in 2015. It reviews programmes of adult education providers and keeps "
                    "the list of verified providers.",
                ),
                (
                    "In 2025 the Agency reviewed 63 adult education programmes, with 14 trained reviewers on its "
                    "roster. A review took 45 working days on average, and the fee for a full review is 18,000 "
                    "denars.",
                ),
                ("Our answers are on the sheet Responses.",),
            ],
            "widths": {"A": 110},
        },
        "Responses": {
            "rows": [
                ("No.", "Question", "Response"),
                (
                    1,
                    "Should micro-credentials be listed in the national register of qualifications?",
                    "Yes. Providers must enter every micro-credential they issue in the national register of "
                    "qualifications; an unregistered certificate gives the learner nothing to rely on.",
                ),
                (
                    2,
                    "Who should assess learners?",
                    "Assessors must be trained for the task and hold a licence from the Agency, whatever the provider.",
                ),
                (
                    3,
                    "How should providers be quality assured?",
                    "An external review of each provider should take place at least every four years, with a "
                    "visit to the premises.",
                ),
                (
                    4,
                    "How should micro-credentials relate to the national qualifications framework?",
                    "A micro-credential should be given a level of the national qualifications framework only "
                    "after an external review of its learning outcomes.",
                ),
                (
                    5,
                    "What should a certificate show?",
                    "Each certificate should list the learning outcomes, the level and the name of the "
                    "awarding provider, in Macedonian and in English.",
                ),
                (6, "Other comments", "Of the 63 programmes reviewed in 2025, 51 were approved at the first attempt."),
            ],
            "widths": {"A": 6, "B": 55, "C": 90},
            "bold_rows": (1,),
        },
    },
}

# The metadata sheet, kept by hand by a German-speaking secretariat: a title row, then German headers, countries
# and regions in German, dates as typed.
METADATA = {
    "file": "metadata.ods",
    "sheet": "Beiträge",
    "title": "Eingegangene Beiträge",
    "author": "Sekretariat",
    "date": dt.date(2026, 3, 20),
    "rows": [
        ["Eingegangene Beiträge - Konsultation Micro-Credentials (Stand: 20.03.2026)"],
        [],
        ["Datei", "Name", "Organisation", "Land", "Region", "Art des Beitrags", "Eingangsdatum"],
        ["slides_bosphorus_airline_pilots_union.pdf", "Kerem Altıparmak", "Bosphorus Airline Pilots' Union",
         "Türkei", "Kandidatenland", "Präsentation", "04.03.2026"],
        ["position_tyrolean_veterinary_council.docx", "Wolfram Edlinger-Posch", "Tyrolean Veterinary Council",
         "Österreich", "EU", "Positionspapier", "06.03.2026"],
        ["slides_azores_digital_skills_coalition.pptx", "Leonor Furtado Medeiros",
         "Azores Digital Skills Coalition", "Portugal", "EU", "Folien", "02.03.2026"],
        ["views_slovenian_school_heads_association.odt", "Mojca Zupančič-Hrovat",
         "Slovenian Association of School Heads", "Slowenien", "EU", "Stellungnahme", "10.03.2026"],
        ["email_armenian_regional_museums_network.eml", "Siranush Ghukasyan",
         "Network of Regional Museums of Armenia", "Armenien", "Östliche Partnerschaft", "E-Mail", "11.03.2026"],
        ["statement_dutch_sign_language_interpreters_guild.rtf", "Marijke Oosterhuis-Bakker",
         "Dutch Guild of Sign Language Interpreters", "Niederlande", "EU", "Erklärung", "09.03.2026"],
        ["survey_macedonian_adult_learning_quality_agency.xlsx", "Kiril Bogoevski",
         "Agency for Quality Assurance in Adult Learning", "Nordmazedonien", "Westbalkan", "Umfrage",
         "12.03.2026"],
        ["position_lower_silesian_social_economy_network.md", "Zdzisława Wróblewska-Kmita",
         "Lower Silesian Social Economy Network", "Polen", "EU", "Positionspapier", "13.03.2026"],
        ["page_upper_nile_valley_development_agency.html", "Hoda El-Sherbiny",
         "Upper Nile Valley Regional Development Agency", "Ägypten", "Südlicher Mittelmeerraum", "Web-Seite",
         "16.03.2026"],
        ["webinar_caspian_seafarers_training_academy.txt", "Yerlan Dzhaksybekov",
         "Caspian Seafarers' Training Academy", "Kasachstan", "Zentralasien", "Transkript", "17.03.2026"],
    ],
}  # fmt: skip

# The outline as a drafting team types it in Word without heading styles: a title line, a note, then each section
# a bold numbered paragraph and its guiding questions numbered by hand under it.
OUTLINE = {
    "file": "outline.docx",
    "title": "Guidelines on micro-credentials: outline for drafting",
    "author": "Drafting team",
    "date": dt.date(2026, 3, 23),
    "note": "Draft 2 of the outline, for the drafting team. Each section lists the guiding questions the draft "
    "should answer from the contributions.",
    "sections": [
        ("1. Scope and purpose", [
            "1.1 What is the smallest amount of learning a micro-credential should represent?",
            "1.2 Should upper secondary pupils be able to earn micro-credentials alongside their school programme?",
            "1.3 Which organisations besides schools and universities should be able to issue micro-credentials?",
            "1.4 How many micro-credentials should one learner be allowed to take in a year?",
        ]),
        ("2. Learning outcomes and design", [
            "2.1 How should the expected learning outcomes be worded?",
            "2.2 Should employers take part in drawing up the content of a micro-credential?",
            "2.3 Should every micro-credential state its workload in ECTS credits?",
            "2.4 How long should a course designer be given to develop a new micro-credential?",
            "2.5 Which criteria should be used to select the trainers who teach micro-credential courses?",
        ]),
        ("3. Assessment and validation", [
            "3.1 Is remote invigilation acceptable for the final assessment, or must candidates sit it in a "
            "supervised room?",
            "3.2 Who should judge practical skills in the final assessment?",
            "3.3 How can experienced practitioners get a micro-credential without taking the course?",
            "3.4 How long should video recordings of assessments be kept?",
            "3.5 Should candidates be allowed to retake a failed assessment?",
        ]),
        ("4. Quality assurance, validity and registers", [
            "4.1 Must providers enter every micro-credential in the national register, or should they be free to "
            "decide?",
            "4.2 How often should an external body review a provider's quality?",
            "4.3 How long should a micro-credential remain valid?",
            "4.4 Who should pay for the external review of a provider?",
            "4.5 How many reviewers should an external review panel have?",
        ]),
        ("5. Digital credentials and recognition", [
            "5.1 Which standard should digital certificates follow?",
            "5.2 Should a credential earned with one employer be accepted by other employers in the sector?",
            "5.3 Should several micro-credentials add up to a full qualification?",
            "5.4 How much should it cost an employer to verify a digital credential?",
            "5.5 Should digital credentials carry the holder's photograph?",
        ]),
        ("6. Funding and access", [
            "6.1 Should employers give staff paid time off to complete micro-credentials?",
            "6.2 Who should fund the tuition of jobseekers on short courses?",
            "6.3 How much public funding per learner should a region set aside for micro-credentials?",
        ]),
    ],
}  # fmt: skip
