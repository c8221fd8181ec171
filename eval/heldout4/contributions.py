"""The wording of the fourth held-out set's built contributions (eval/heldout4/).

Written by hand for this set, in one sitting, before the drafter was run on it; ``build.py`` turns each mapping
into its file (OpenDocument text and presentation, Word, and the .odt source of the PDF). The web page, survey
export, text and Markdown contributions are written by hand in ``corpus/``. Names, organisations and figures are
invented.
"""

from __future__ import annotations

import datetime as dt

# A trade union confederation's position paper, written in LibreOffice: headings at two outline levels.
# Blocks: a string is a paragraph, ("h1" | "h2", text) a heading at that outline level.
BULGARIA_PAPER = {
    "file": "position_bulgarian_workers_unions.odt",
    "title": "Micro-credentials that workers can use",
    "author": "Stoyan Georgiev",
    "date": dt.date(2026, 3, 12),
    "blocks": [
        ("h1", "Micro-credentials that workers can use"),
        "Position of the Bulgarian Confederation of Workers' Unions, adopted by its Executive Board in Plovdiv on "
        "10 March 2026.",
        ("h1", "About the Confederation"),
        "The Confederation was founded in 1991 and today unites 27 branch federations with about 265,000 members, "
        "most of them in manufacturing, transport, mining and public services. Its training centre in Sofia ran 46 "
        "short courses in 2025, attended by 1,870 workers; members paid a fee of 60 leva per course, and the rest "
        "was covered by the branch federations.",
        "A survey we carried out among 900 shop stewards in November 2025 found that two workers in three had "
        "never heard the term micro-credential.",
        ("h1", "Our positions"),
        ("h2", "Time to learn"),
        "Workers cannot learn when they are exhausted after a full shift. Every employer should grant workers at "
        "least five days of paid training leave a year to complete micro-credential courses, and collective "
        "agreements should set out how that leave is taken.",
        ("h2", "Building towards a qualification"),
        "A short course is worth more when it leads somewhere. Micro-credentials in the same occupation should be "
        "combinable, so that a worker who has collected all of them obtains the full vocational qualification "
        "without sitting a separate final examination.",
        ("h2", "A public list"),
        "Workers and employers need to see which micro-credentials are real. All approved micro-credentials should "
        "be published in a public online database that anyone can search free of charge, showing the provider, "
        "the learning outcomes and the occupation concerned.",
        ("h2", "Social partners at the table"),
        "Trade unions should have a seat, with the same vote as employers, on every committee that approves the "
        "occupational content of micro-credentials.",
        ("h2", "No substitute for qualifications"),
        "A micro-credential must never be used as a reason to pay a worker less than the wage agreed for the full "
        "qualification he or she holds.",
        ("h1", "What comes next"),
        "The Confederation will present this position to the National Council for Tripartite Cooperation in April "
        "2026 and will report back to its members in the autumn.",
    ],
}  # fmt: skip

# A rectors' conference's slides, made in LibreOffice Impress: short lines on the slides, the reasoning in the
# speaker notes.
HUNGARY_SLIDES = {
    "file": "rectors_conference_hungary.odp",
    "title": "Micro-credentials in Hungarian universities: lessons from the 2025 pilot",
    "author": "Zsófia Kertész",
    "date": dt.date(2026, 2, 19),
    "slides": [
        {"title": "Micro-credentials in Hungarian universities",
         "body": ["Lessons from the 2025 pilot", "Dr Zsófia Kertész, Hungarian Conference of University Rectors",
                  "Online consultation meeting, 19 February 2026"],
         "notes": ""},
        {"title": "The pilot in numbers",
         "body": ["11 universities, 38 micro-credentials", "2,450 learners enrolled between February and December 2025",
                  "Workload between 2 and 6 ECTS credits", "81% of learners passed the final assessment"],
         "notes": "The pilot was funded from the universities' own budgets. Most learners were employed graduates "
                  "aged between 30 and 49, and about a fifth came from outside Budapest. Our universities also "
                  "recognised 640 micro-credentials from other institutions during the year."},
        {"title": "Who awards",
         "body": ["Awarding is a public trust", "Accredited institutions only"],
         "notes": "Only institutions that hold institutional accreditation from the state should have the right to "
                  "award micro-credentials. A certificate printed by a training firm that no public body has "
                  "accredited is not the same thing, however good the course, because no one outside the firm "
                  "has checked how it assesses."},
        {"title": "Final assessment",
         "body": ["Proctored: on campus or online", "Identity checked at the start"],
         "notes": "The final assessment of every micro-credential must be proctored, either on campus or online "
                  "with a live proctor who checks the candidate's identity. In the pilot, unproctored online "
                  "quizzes were replaced after the first semester."},
        {"title": "Workload and transparency",
         "body": ["Workload in ECTS credits on every certificate", "One national catalogue, open to all"],
         "notes": "Every micro-credential a university awards should state its workload in ECTS credits, so that "
                  "other universities can count it. We also ask for one national catalogue of micro-credentials, "
                  "open to anyone without registration, where each course appears with its learning outcomes and "
                  "its price."},
        {"title": "Thank you",
         "body": ["Questions: lifelong learning office of the Conference"],
         "notes": ""},
    ],
}  # fmt: skip

# A ministry of labour's written input whose positions stand in a two-column table ("Topic | Our position").
LIBYA_POSITIONS = {
    "file": "positions_libya_ministry_of_labour.docx",
    "title": "Positions of the Ministry of Labour of Libya on micro-credentials",
    "author": "Khalifa Al-Mansouri",
    "date": dt.date(2026, 4, 1),
    "blocks": [
        "Directorate of Vocational Qualifications, Tripoli, 1 April 2026",
        ("h1", "Background"),
        "The Directorate oversees 63 public and private vocational training centres, which trained about 4,200 "
        "people in 2025. Since 2023 it has approved 118 short training programmes, and an application for approval "
        "currently takes 90 days on average. Centres pay an application fee of 250 Libyan dinars for each "
        "programme submitted for approval.",
        "In 2025 the Ministry ran a pilot with seven centres in Tripoli, Misrata and Sebha, where 410 trainees took "
        "short courses in welding, solar panel installation and mobile phone repair; 356 of them completed.",
        ("h1", "Our positions"),
        ("table", [
            ["Topic", "Our position"],
            ["Place in the qualifications system",
             "Micro-credentials approved by the Ministry should be placed at a level of the Libyan National "
             "Qualifications Framework, so that employers can compare them with full qualifications."],
            ["Accreditation of training centres",
             "The accreditation of a training centre to award micro-credentials should be valid for six years, "
             "after which the centre applies again."],
            ["Content of courses",
             "Each micro-credential should be designed jointly with employers of the sector, who help write the "
             "learning outcomes and check them before approval."],
            ["Language",
             "Certificates should be issued in Arabic, the official language of the State."],
            ["Participation of women",
             "Training centres should offer courses at times and places that allow women to take part, including "
             "classes for women only where families ask for them."],
        ]),
        ("h1", "Contact"),
        "Directorate of Vocational Qualifications, Ministry of Labour, Tripoli.",
    ],
}  # fmt: skip

# A quality-assurance network's opinion, written in LibreOffice with numbered paragraphs under lettered
# headings and sent as the PDF LibreOffice makes of it. Blocks: ("h", text) a heading, ("n", text) a numbered
# paragraph (the numbering runs on through the whole document), a string a plain paragraph.
GREECE_OPINION = {
    "file": "opinion_hellenic_quality_network.odt",
    "title": "Opinion on the quality assurance of micro-credentials",
    "author": "Eleni Papadaki",
    "date": dt.date(2026, 3, 5),
    "blocks": [
        ("title", "Opinion on the quality assurance of micro-credentials"),
        "Hellenic Network of Quality Assurance Units in Adult Learning, Athens, March 2026",
        ("h", "A. The Network"),
        ("n", "The Network was set up in 2011 by the quality units of public and private adult learning providers. "
              "It has 34 member units, which together reviewed 212 programmes in 2025."),
        ("n", "An external review of a programme took 47 days on average in 2025, from the provider's application "
              "to the report. Providers paid a review fee of 900 euros per programme."),
        ("n", "The Network handled 14 appeals against review reports in 2025, of which three were upheld."),
        ("h", "B. Accreditation of providers"),
        ("n", "Before a provider is accredited to issue micro-credentials, the reviewers should examine four "
              "things: the qualifications of its teaching staff, its written assessment procedure, the way it "
              "handles learners' complaints, and evidence that employers need the skills it teaches."),
        ("n", "Accreditation should be granted for four years at most. A provider that wishes to continue should "
              "then go through a new external review."),
        ("h", "C. Assessment"),
        ("n", "No micro-credential should be awarded unless an invigilator has checked the identity of the "
              "candidate at the final assessment, whether it takes place in a classroom or by video."),
        ("n", "Adults who can show that they already master some of the learning outcomes should have them "
              "validated and be exempted from the corresponding modules, instead of sitting through teaching they "
              "do not need."),
        ("h", "D. Information for learners"),
        ("n", "Every provider should tell learners, before they enrol, how the final assessment works and what it "
              "costs to repeat it."),
        ("n", "The Network is ready to share its review handbook with the guideline team."),
    ],
}  # fmt: skip

# A teachers' association's letter: a few paragraphs, then its proposals as a numbered list (Word's List Number).
TURKMENISTAN_LETTER = {
    "file": "proposals_turkmen_teachers_association.docx",
    "title": "Proposals of vocational college teachers on micro-credentials",
    "author": "Maral Annayeva",
    "date": dt.date(2026, 2, 26),
    "blocks": [
        "Ashgabat, 26 February 2026",
        "Dear colleagues of the guideline team,",
        "Thank you for inviting the Association to contribute. Our members teach in vocational colleges, where the "
        "first short courses with certificates were offered in 2024. Below are the proposals agreed at our board "
        "meeting on 20 February.",
        ("h1", "Our proposals"),
        ("num", "Before a teacher designs a micro-credential, he or she should complete a short course on writing "
                "learning outcomes and assessment tasks; in our experience, without it teachers simply shorten an "
                "existing syllabus."),
        ("num", "Short certificates that a teacher earns in in-service training should be counted towards the full "
                "teaching qualification, so that several of them together replace a module of the qualification."),
        ("num", "Every micro-credential should show an expiry date five years after it is issued, because methods "
                "and equipment in our trades change quickly."),
        ("num", "Teachers who teach micro-credential courses outside their timetable should be paid for those "
                "hours at their normal hourly rate."),
        ("h1", "About the Association"),
        "The Association was founded in 2009 and has about 2,700 members in 48 vocational colleges. In 2025 our "
        "members taught 150 short courses, attended by around 3,900 learners; a course lasted between two and six "
        "weeks.",
        "Maral Annayeva, Chair of the Board",
    ],
}  # fmt: skip

# The outline as the guideline team keeps it in Word: a Title paragraph, a Heading 1 per section, an
# "Audience:" line, a purpose line, and the guiding questions as bulleted items, as plain lines ending in "?" or
# as a numbered list ("style"). Which questions the corpus answers is in drafting_gold.yaml, not here.
OUTLINE = {
    "file": "outline.docx",
    "title": "Guidelines on micro-credentials: outline for the second drafting round",
    "author": "Guideline team",
    "date": dt.date(2026, 4, 20),
    "intro": "Working outline agreed at the team meeting of 20 April 2026. Each section lists the questions its "
             "draft should answer from the contributions received.",
    "sections": [
        {"heading": "1. Micro-credentials in national qualification systems",
         "audience": "policy makers",
         "purpose": "Advice to national authorities on the place of micro-credentials in the qualification system.",
         "style": "bullet",
         "questions": [
             "Should micro-credentials be placed at a level of the national qualifications framework?",
             "Which organisations should have the right to award micro-credentials?",
             "Should there be a public place where anyone can look up approved micro-credentials?",
             "Who should keep the national register of micro-credentials?",
             "How much should a provider pay to have a micro-credential entered in the register?",
         ]},
        {"heading": "2. Quality assurance and assessment",
         "audience": "system level",
         "purpose": "How accreditation and assessment make micro-credentials trustworthy.",
         "style": "line",
         "questions": [
             "For how many years should a provider's accreditation to award micro-credentials be valid?",
             "What should reviewers examine before a provider is accredited?",
             "Does the final assessment need to be supervised, or can learners take it on their own?",
             "Which criteria should be used to select assessors?",
             "Should providers be obliged to publish their pass rates?",
             "Should learners be allowed to appeal against an assessment result?",
         ]},
        {"heading": "3. Designing micro-credentials",
         "audience": "provider level",
         "purpose": "Practical advice to the people who write and teach micro-credentials.",
         "style": "number",
         "questions": [
             "What role should businesses play when the content of a micro-credential is decided?",
             "How should teachers be prepared before they design a micro-credential?",
             "How can people who already have some of the skills avoid repeating what they know?",
             "Should several micro-credentials add up to a full qualification?",
             "How many ECTS credits should a micro-credential carry at most?",
             "How long should providers keep assessment records?",
         ]},
        {"heading": "4. Digital credentials",
         "audience": "providers and recognition officers",
         "purpose": "What issuers of digital micro-credentials should do.",
         "style": "bullet",
         "questions": [
             "Which data model should digital micro-credentials follow?",
             "How can someone who receives a credential verify it without contacting the issuing institution?",
             "Should micro-credentials have an expiry date?",
             "In which languages should a credential give its title and learning outcomes?",
             "How long should a decision on recognising a micro-credential from abroad take?",
         ]},
        {"heading": "5. Access and funding",
         "audience": "policy makers",
         "purpose": "Who can take micro-credential courses, and who pays for them.",
         "style": "line",
         "questions": [
             "Should workers have a right to paid training leave for micro-credential courses?",
             "Which learners should pay nothing for micro-credential courses?",
             "How can people who live far from training centres take part?",
             "Who should pay for the validation of prior learning?",
             "Should employers receive a tax deduction for micro-credential courses they pay for?",
         ]},
    ],
}  # fmt: skip

# The metadata sheet as the team's secretariat keeps it: semicolons (a European spreadsheet's "CSV"), a
# byte-order mark, its own header spellings, kinds and regions in words.
METADATA_HEADER = (
    "Submission file", "Title of submission", "Type of contribution", "Name of contributor",
    "Organisation represented", "Country of origin", "EU or partner region", "Stakeholder category",
    "Receipt date", "Submission language",
)  # fmt: skip
METADATA_ROWS = (
    ("position_bulgarian_workers_unions.odt", BULGARIA_PAPER["title"], "Policy brief", "Stoyan Georgiev",
     "Bulgarian Confederation of Workers' Unions", "Bulgaria", "EU", "social partner", "2026-03-12", "English"),
    ("rectors_conference_hungary.odp", HUNGARY_SLIDES["title"], "Presentation", "Zsófia Kertész",
     "Hungarian Conference of University Rectors", "Hungary", "EU", "higher education", "2026-02-19", "English"),
    ("positions_libya_ministry_of_labour.docx", LIBYA_POSITIONS["title"], "Expert input", "Khalifa Al-Mansouri",
     "Libyan Ministry of Labour, Directorate of Vocational Qualifications", "Libya", "Partner", "policy maker",
     "2026-04-01", "English"),
    ("opinion_hellenic_quality_network.pdf", GREECE_OPINION["title"], "Policy brief", "Eleni Papadaki",
     "Hellenic Network of Quality Assurance Units in Adult Learning", "Greece", "EU", "quality assurance expert",
     "2026-03-05", "English"),
    ("survey_export_northern_israel_employers.csv", "Answers to the online consultation on micro-credentials",
     "Expert input", "Noa Friedman", "Northern Israel Employers' Federation", "Israel", "Partner",
     "social partner", "2026-03-27", "English"),
    ("luxembourg_credentials_forum_page.html", "Micro-credentials: our recommendations for issuers", "Other",
     "Claude Schmit", "Luxembourg Forum for Open Digital Credentials", "Luxembourg", "EU", "standards body",
     "2026-03-09", "English"),
    ("youth_network_slovakia.txt", "Young people and micro-credentials", "Expert input", "Matej Kováčik",
     "Slovak Network of Youth Organisations", "Slovakia", "EU", "learner representative", "2026-04-10",
     "English"),
    ("interview_notes_gozo_development_agency.md",
     "Interview with the Gozo Regional Development Agency on micro-credentials", "Other", "Josephine Camilleri",
     "Gozo Regional Development Agency", "Malta", "EU", "regional authority", "2026-03-19", "English"),
    ("proposals_turkmen_teachers_association.docx", TURKMENISTAN_LETTER["title"], "Expert input",
     "Maral Annayeva", "Association of Vocational College Teachers of Turkmenistan", "Turkmenistan", "Partner",
     "teachers' association", "2026-02-26", "English"),
)  # fmt: skip
