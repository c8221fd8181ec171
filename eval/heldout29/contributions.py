"""The text of the twenty-ninth held-out set's built contributions (eval/heldout29/README.md).

``build.py`` turns each spec into its file: the university's Beamer slides printed to PDF, the self-advocates'
easy-read Word document, the teachers' union's Padlet board exported to Excel, the quality centre's self-assessment
rubric in LibreOffice Calc and the employment agency's letter with its reply slip in LibreOffice Writer. Written by
hand for this set; names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

SLOVENIA_BEAMER = {
    "file": "slides_pohorje_school_of_applied_sciences.pdf",
    "title": "Micro-credentials at a school of applied sciences",
    "short_title": "Micro-credentials at PSAS",
    "subtitle": "Input to the consultation on micro-credentials",
    "author": "Matej Kovačič",
    "institute": "Pohorje School of Applied Sciences, Maribor",
    "date_line": "Maribor, 11 March 2026",
    "saved": dt.datetime(2026, 3, 11, 8, 40),
    "sections": ("Who we are", "Degrees", "Design", "Assessment"),
    # (section index, frame title, bullets); the title page comes first, unnumbered in the bar
    "frames": (
        (
            0,
            "Our school in figures",
            (
                "Founded in 1997 as a college for mechanical engineering",
                "2,100 students, a third of them studying part-time",
                "Bachelor programmes of 180 ECTS credits",
                "14 short programmes run since 2022",
            ),
        ),
        (
            1,
            "Carrying credit into a degree",
            (
                "ECTS earned in a micro-credential should be carried over into a bachelor programme "
                "when the learner enrols",
                "A working adult should not repeat what was already assessed",
            ),
        ),
        (
            1,
            "Levels",
            (
                "Every micro-credential should state the level of the Slovenian Qualifications Framework "
                "it is pitched at",
                "Employers compare offers by level",
            ),
        ),
        (
            2,
            "Who designs a course",
            (
                "Local employers should sit on the board that approves each new short programme",
                "In 2025 the board met four times",
            ),
        ),
        (
            3,
            "A second attempt",
            (
                "A learner who fails should be able to retake the assessment within the same term",
                "Retakes in 2025: 37 of 412 learners",
            ),
        ),
        (3, "Questions?", ("matej.kovacic@psas.example", "Thank you")),
    ),
}

MALTA_EASY_READ = {
    "file": "easy_read_mellieha_self_advocates_network.docx",
    "title": "Micro-credentials: what we think",
    "author": "Antoinette Farrugia-Vella",
    "date": dt.date(2026, 3, 13),
    "heading": "Micro-credentials: what we think",
    "subheading": "Easy read. From the Mellieħa Self-Advocates Network",
    # (picture alt text, one idea per line)
    "points": (
        ("A group of people sitting round a table", ("We are a group of people with learning disabilities.",)),
        ("A calendar with the year 2011", ("Our group started in 2011.", "We have 64 members.")),
        (
            "A small card with a star on it",
            ("A micro-credential is a small certificate.", "You get it after a short course."),
        ),
        (
            "A sheet of paper with a ribbon and a mobile phone",
            ("I want a certificate on paper too.", "Not only on a phone."),
        ),
        (
            "A certificate with big letters and a smiling face",
            ("The certificate must use easy words.", "Everybody should understand what it says."),
        ),
        (
            "A woman using a tool at a workbench",
            ("Let me show what I can do with my hands.", "Do not only give me a written test."),
        ),
        ("An arrow going round in a circle", ("If I fail, I should get another try.", "Nobody gets it right first.")),
        (
            "Two people walking together into a building",
            ("I should be able to bring my support person to the course and to the test.",),
        ),
        ("A calendar page with a circle on Tuesday", ("We meet every second Tuesday in Mellieħa.",)),
    ),
    "footer": "Mellieħa Self-Advocates Network - easy read - March 2026",
}

BULGARIA_PADLET = {
    "file": "padlet_pirin_vocational_teachers_union.xlsx",
    "title": "Micro-credentials: what do we tell the ministry?",
    "author": "Petya Stoyanova",
    "date": dt.date(2026, 3, 12),
    "sheets": {
        "Padlet": {
            "rows": (
                ("Subject", "Body", "Attachment", "Author", "Created At", "Updated At", "Section", "Reactions"),
                (
                    "Read this first",
                    "This board collects what our union says in the consultation. Petya will write up the final "
                    "text from the posts in the column Our position.",
                    None,
                    "Petya Stoyanova",
                    "2026-03-02 08:11",
                    "2026-03-02 08:11",
                    "Start here",
                    "4",
                ),
                (
                    "Who signs off the assessment",
                    "The teacher who ran the course knows the learner's work best and should sign off the final "
                    "assessment. Sending in a stranger for one afternoon tells us less than weeks of practice.",
                    None,
                    "Petya Stoyanova",
                    "2026-03-03 17:40",
                    "2026-03-05 09:02",
                    "Our position",
                    "11",
                ),
                (
                    "Study time",
                    "Teachers must be able to follow these courses within their paid working hours, not on "
                    "Saturdays at their own expense.",
                    None,
                    "Petya Stoyanova",
                    "2026-03-03 17:52",
                    "2026-03-03 17:52",
                    "Our position",
                    "15",
                ),
                (
                    "Writing the content",
                    "Vocational teachers should help write the course content together with the companies that "
                    "take our students on placement.",
                    None,
                    "Petya Stoyanova",
                    "2026-03-04 07:30",
                    "2026-03-04 07:30",
                    "Our position",
                    "7",
                ),
                (
                    "Feedback",
                    "Every learner should fill in a short feedback form at the end of each course, and the "
                    "provider should show what it changed because of it.",
                    None,
                    "Petya Stoyanova",
                    "2026-03-04 07:41",
                    "2026-03-04 07:41",
                    "Our position",
                    "6",
                ),
                (
                    "An outside examiner?",
                    "Maybe an examiner from the regional inspectorate would look fairer to parents. Just asking.",
                    None,
                    "Stefan Kolev",
                    "2026-03-05 20:15",
                    "2026-03-05 20:15",
                    "Ideas and questions",
                    "2",
                ),
                (
                    "Membership",
                    "The union was founded in 1992 and has 1,480 members in 36 vocational schools. The monthly "
                    "fee is 8 leva.",
                    None,
                    "Galina Petrova",
                    "2026-03-06 12:03",
                    "2026-03-06 12:03",
                    "Facts",
                    "1",
                ),
                (
                    "Courses last year",
                    "312 of our members took a short course in 2025; 44 of them paid the fee of 90 leva themselves.",
                    "survey_2025_results.pdf",
                    "Galina Petrova",
                    "2026-03-06 12:10",
                    "2026-03-06 12:10",
                    "Facts",
                    None,
                ),
            ),
            "widths": {"A": 24, "B": 70, "C": 22, "D": 18, "E": 17, "F": 17, "G": 18, "H": 10},
            "bold_rows": (1,),
        },
    },
}

EGYPT_RUBRIC = {
    "file": "rubric_mansoura_centre_for_training_quality.ods",
    "title": "Self-assessment grid for micro-credential providers",
    "author": "Mona El-Sayed",
    "date": dt.date(2026, 3, 10),
    "sheet": "Grid",
    "lead": (
        "Self-assessment grid for micro-credential providers - draft for the consultation",
        "Prepared by the Mansoura Centre for Training Quality Assurance. A provider marks one level per "
        "criterion; the last column is our recommendation to the guidelines.",
    ),
    "header": ("Criterion", "Not yet met", "Partly met", "Fully met", "Our recommendation"),
    "rows": (
        (
            "Who assesses",
            "The trainer alone sets and marks the test",
            "A second trainer checks some marks",
            "An assessor who did not train the group marks the work",
            "Assessment must be carried out by someone who did not deliver the training.",
        ),
        (
            "Right to award",
            "Any organisation prints its own certificates",
            "The provider is registered but not inspected",
            "The provider holds a valid licence",
            "Only providers holding a licence from the national authority should award micro-credentials.",
        ),
        (
            "Learning outcomes",
            "Outcomes are not written down",
            "Outcomes are given out on the first day",
            "Outcomes are on the provider's website",
            "Each provider should publish the learning outcomes before learners enrol.",
        ),
        (
            "Review of marking",
            "Nobody looks at marked work again",
            "Marked work is checked when a learner complains",
            "A sample of marked work is checked every year",
            "An external reviewer should check a sample of assessed work every year.",
        ),
    ),
    "notes": (
        "Note: the centre was founded in 2014 and has licensed 31 providers since licences were introduced in 2019.",
        "Note: the average pass rate across licensed providers was 78 per cent in 2025; a licence costs "
        "1,500 Egyptian pounds.",
    ),
}

TAJIKISTAN_REPLY = {
    "file": "reply_slip_sughd_regional_employment_agency.odt",
    "title": "Reply to the consultation on micro-credentials",
    "author": "Jamshed Sharipov",
    "date": dt.date(2026, 3, 16),
    "blocks": (
        ("title", "Sughd Regional Employment Agency"),
        "Istaravshan, 16 March 2026",
        "Ref. 02-17/311",
        "To the secretariat of the guidelines on micro-credentials",
        "Our agency runs 14 district offices and had 23,000 registered jobseekers at the end of 2025; 1,900 of "
        "them finished a training course last year. We return the reply slip below with our answers.",
        "Many of our jobseekers come back from seasonal work abroad with skills and papers from employers there. "
        "A credential earned abroad should be accepted without making the returning worker sit the test again.",
        "Jobseekers should receive a printed certificate, since many of them have no smartphone and some live "
        "where there is no mobile signal.",
        "Jamshed Sharipov, head of the training department",
        "- - - - - - - - - - - - - - - - cut here - - - - - - - - - - - - - - - -",
        ("h1", "REPLY SLIP"),
        "Please return by 20 March 2026 to the guidelines secretariat.",
        "Name: Jamshed Sharipov",
        "Organisation: Sughd Regional Employment Agency",
        "☒ We wish to contribute to the guidelines     ☐ We have no comments",
        "☒ You may publish our reply     ☐ Please do not publish our reply",
        "Our main points (in a few lines):",
        "Micro-credentials should be offered at the employment office on the day a person registers as "
        "unemployed. Courses should be planned with the employers who announce vacancies at our offices.",
        "Contact person for questions: J. Sharipov, training department, phone +992 3422 6 41 08",
    ),
}

METADATA_TITLE = "Mikrokredencialų konsultacija – gautų pasiūlymų registras"
METADATA_NOTE = (
    "Pastaba: registras papildytas 2026-03-18. Klausimus siųsti sekretoriatui (V. Grigaitienė). "
    "Regionas sujungtuose langeliuose."
)
METADATA_HEADER = (
    "Eil. Nr.", "Failo pavadinimas", "Vardas, pavardė", "Institucija", "Šalis", "Regionas", "Dokumento rūšis",
    "Gavimo data", "Pastabos",
)  # fmt: skip
METADATA_REGION_COLUMN = 5
# (region written once in a cell merged down its block, rows without it)
METADATA_BLOCKS = (
    (
        "ES",
        (
            ("1.", "jira_export_skillbridge_panevezys.csv", "VAITKUTĖ Dovilė", "UAB Skillbridge Panevėžys",
             "Lietuva", "darbo grupės užduotys", "2026-03-12", "Jira eksportas, komentarai stulpeliuose"),
            ("2.", SLOVENIA_BEAMER["file"], "doc. dr. Matej Kovačič", "Pohorje School of Applied Sciences",
             "Slovėnija", "pristatymas", "2026 m. kovo 11 d.", "Skaidrės PDF formatu"),
            ("3.", MALTA_EASY_READ["file"], "Farrugia-Vella, Antoinette", "Mellieħa Self-Advocates Network", "MT",
             "lengvai suprantamas tekstas", "2026-03-13", ""),
            ("4.", BULGARIA_PADLET["file"], "P. Stoyanova", "Pirin Vocational Teachers' Union", "Bulgarija",
             "lenta", "2026-03-12", "Padlet lenta; įrašai ir kolegų"),
            ("5.", "orgmode_komarno_institute_for_labour_market_studies.txt", "Szabó Réka",
             "Komárno Institute for Labour Market Studies", "Slovakija", "užrašai", "2026-03-09",
             "Org formato užrašai"),
        ),
    ),
    (
        "ne ES",
        (
            ("6.", "voicemail_bekaa_valley_agri_food_cooperative.eml", "Elie Nassar",
             "Bekaa Valley Agri-Food Cooperative", "Libanas", "balso pranešimas", "2026-03-10",
             "Automatinė transkripcija"),
            ("7.", "proposal_lovcen_student_parliament.html", "Nikola Bulatović", "Lovćen Student Parliament",
             "ME", "pasiūlymas", "2026-03-14", "Išsaugotas Decidim puslapis"),
            ("8.", EGYPT_RUBRIC["file"], "Dr. Mona El-Sayed", "Mansoura Centre for Training Quality Assurance",
             "Egiptas", "vertinimo lentelė", "2026 m. kovo 10 d.", ""),
            ("9.", TAJIKISTAN_REPLY["file"], "Mr Jamshed Sharipov", "Sughd Regional Employment Agency",
             "Tadžikija", "raštas", "2026-03-16", "Raštas su atsakymo lapeliu"),
            ("10.", "podcast_notes_benghazi_business_womens_association.md", "Salma Elmabrouk",
             "Benghazi Business Women's Association", "Libija", "tinklalaidė", "2026-03-15",
             "Tinklalaidės epizodo aprašas"),
        ),
    ),
)  # fmt: skip
