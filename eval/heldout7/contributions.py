"""The wording of the seventh held-out set's built contributions (eval/heldout7/README.md), kept in one place.

``build.py`` turns each spec into its file: the quality agency's two-page paper (PDF), the ministry's note with
footnotes and a text box (.docx), the MOOC platform's Impress slides (.odp), the trade unions' letter (.odt) and
the hospital trust's slides with a chart (.pptx). The other contributions are kept as text in ``corpus/``.
Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# A quality-assurance agency's short paper: numbered headings, two pages, a references list at the end.
PORTUGAL_PAPER = {
    "file": "paper_portuguese_quality_agency.pdf",
    "title": "Quality assurance of micro-credentials: notes from an external review agency",
    "author": "Rui Sardinha Carvalho",
    "date": dt.date(2026, 2, 16),
    "pages": [
        [
            ("title", "Quality assurance of micro-credentials: notes from an external review agency"),
            (
                "p",
                "Rui Sardinha Carvalho, Portuguese Agency for Quality in Vocational and Adult Qualifications, "
                "Lisbon, February 2026",
            ),
            ("h", "1. Introduction"),
            (
                "p",
                "The Agency was set up in 2009 to review the providers of vocational and adult qualifications "
                "in mainland Portugal and the autonomous regions. In 2025 it completed 212 reviews, 31 of them of "
                "providers that already award short courses with a certificate. A full review costs the provider "
                "1,800 euros and takes about fourteen weeks from the visit to the published report.",
            ),
            (
                "p",
                "This paper sets out what our reviewers have learned from those 31 providers and what we ask of "
                "the European guidelines. It draws on the review reports and on a meeting with twelve providers "
                "held in Coimbra in November 2025.",
            ),
            ("h", "2. Size and learning outcomes"),
            (
                "p",
                "The courses we reviewed ranged from 8 hours to more than 300 hours of learning. The longest "
                "ones were in practice small diplomas, and learners and employers could no longer tell them apart "
                "from a full qualification. A micro-credential should not be larger than 5 ECTS credits; anything "
                "bigger belongs in the ordinary catalogue of qualifications.",
            ),
            (
                "p",
                "In eleven of the 31 reviews the stated outcomes were lists of topics covered. Learning outcomes "
                "should be written as observable actions that the holder can perform in a real workplace, so that "
                "an assessor can check them and an employer can read them.",
            ),
        ],
        [
            ("h", "3. How providers are reviewed"),
            (
                "p",
                "A review of every single short course would cost more than many of the courses themselves. "
                "Providers of micro-credentials should be reviewed as institutions once every five years rather "
                "than course by course, with a sample of their courses examined at each visit.",
            ),
            ("h", "4. Assessment at a distance"),
            (
                "p",
                "Nine of the providers we reviewed assess learners online. We found no difference in pass rates "
                "between their remote and their on-site candidates in 2024 and 2025. Final assessments may be "
                "taken online provided the candidate's identity is checked with a live camera at the start and "
                "during the test.",
            ),
            ("h", "5. Conclusion"),
            (
                "p",
                "The Agency will revise its review handbook in 2026 and publish the new version in Portuguese "
                "and English. Our staff of 46 reviewers will receive two days of training on micro-credentials "
                "before the first reviews under the new handbook.",
            ),
            ("h", "References"),
            (
                "p",
                "[1] Council of the European Union (2022). Recommendation on a European approach to "
                "micro-credentials for lifelong learning and employability.",
            ),
            (
                "p",
                "[2] Portuguese Agency for Quality in Vocational and Adult Qualifications (2025). Annual review "
                "report 2025. Lisbon.",
            ),
            (
                "p",
                "[3] European Association for Quality Assurance in Higher Education (2015). Standards and "
                "Guidelines for Quality Assurance in the European Higher Education Area.",
            ),
        ],
    ],
}

# A ministry of labour's note in Word: numbered headings, footnotes with the sources of its figures, and a text
# box holding its key message.
MOLDOVA_NOTE = {
    "file": "note_moldova_ministry_of_labour.docx",
    "title": "Micro-credentials in the employment policy of the Republic of Moldova",
    "author": "Natalia Ciobanu",
    "date": dt.date(2026, 3, 4),
    "textbox": "Key message: no micro-credential outside the register. A course that is not in the register "
    "cannot be trusted by an employer, funded by an employment office or recognised abroad.",
    "blocks": [
        ("h1", "1. Background"),
        (
            "fn",
            "The national register of qualifications was launched in 2018 and lists 1,140 qualifications "
            "today, of which 96 are short vocational courses.",
            "Register of qualifications, annual extract of 31 December 2025.",
        ),
        (
            "fn",
            "In 2025 the employment offices sent 9,300 registered jobseekers to training courses, and 71 per "
            "cent of them finished their course.",
            "National Employment Agency, activity report 2025, table 4.",
        ),
        "A request to enter a new qualification in the register is processed in 30 working days, and the "
        "Directorate received 58 such requests in 2025.",
        ("h1", "2. Our positions"),
        "Every micro-credential must be entered in the national register of qualifications before it can be "
        "offered to learners, whoever the provider is. Employers, employment offices and learners need one "
        "place where they can see what a course is worth.",
        "Micro-credentials should be issued as digital credentials in the European Digital Credentials for "
        "Learning format, so that a worker who moves to an EU member state carries proof an employer there "
        "can verify.",
        "Employment offices should pay the full course fee of every registered jobseeker who takes a "
        "micro-credential course listed in the register.",
        (
            "fn",
            "A micro-credential issued in an EU member state should be accepted in Moldova on the same terms as "
            "a Moldovan one whenever it states its learning outcomes, its workload and its level.",
            "This follows the Law on the recognition of qualifications as amended in 2024.",
        ),
        ("h1", "3. Next steps"),
        "The Directorate will present a draft order on micro-credentials to the Government in the autumn of "
        "2026, after a consultation with the social partners.",
    ],
}

# A MOOC platform's slides made in LibreOffice Impress: short lines on the slides, the reasoning in the notes.
NETHERLANDS_SLIDES = {
    "file": "slides_leerwijd_open_courses.odp",
    "title": "Open courses and micro-credentials: the view of a MOOC platform",
    "author": "Femke Jansen",
    "date": dt.date(2026, 2, 24),
    "slides": [
        {
            "title": "Open courses and micro-credentials",
            "body": ["Femke Jansen, Leerwijd Open Courses", "Utrecht, February 2026"],
            "notes": "",
        },
        {
            "title": "Leerwijd in figures",
            "body": [
                "Founded 2014",
                "410,000 registered learners",
                "62 courses",
                "Certificate: 49 euros",
                "11% complete a course",
            ],
            "notes": "Leerwijd started in 2014 with three courses from two universities of applied sciences. "
            "Today it runs 62 courses with 410,000 registered learners. A verified certificate costs 49 euros, "
            "and about one learner in nine completes the course they start.",
        },
        {
            "title": "Open learning, paid certificate",
            "body": ["Course material: free for everyone", "Fee only for the assessed certificate"],
            "notes": "The learning material of a micro-credential should be open to everyone at no cost, and "
            "only the assessment and the certificate should carry a fee. Free material is what brings people "
            "who would never enrol in a paid course.",
        },
        {
            "title": "Registers",
            "body": ["Listing in a national register: our choice", "Not a condition for offering a course"],
            "notes": "Providers should be free to decide whether they list a course in a national register. "
            "Listing should stay voluntary: a course that is updated every few months cannot wait for a "
            "register entry each time.",
        },
        {
            "title": "Exams at home",
            "body": ["Proctored online exams", "Identity check by webcam"],
            "notes": "Proctored online exams are a sound way to assess a micro-credential. Our learners live in "
            "43 countries, and an exam hall is out of reach for most of them. In 2025 we ran 14,600 proctored "
            "exams.",
        },
        {
            "title": "Verification",
            "body": ["One link per certificate", "Checked by anyone"],
            "notes": "Every certificate should carry a link at which anyone can check it online without creating "
            "an account.",
        },
    ],
}

# A trade union confederation's letter from LibreOffice Writer: no headings, a letterhead, paragraphs, a close.
SERBIA_LETTER = {
    "file": "letter_vojvodina_union_confederation.odt",
    "title": "Letter on the European guidelines for micro-credentials",
    "author": "Dragana Milošević",
    "date": dt.date(2026, 3, 11),
    "blocks": [
        "Confederation of Free Trade Unions of Vojvodina",
        "Novi Sad, 11 March 2026",
        "To the guideline team",
        "Dear colleagues,",
        "Thank you for inviting our Confederation to comment on the guidelines. We represent 64,000 members in "
        "38 unions, most of them in food processing, metalworking and public services. Last year our education "
        "fund paid for 1,150 members to attend short courses, at an average cost of 14,000 dinars per course.",
        "We ask that workers gain a statutory right to five days of paid learning leave a year to complete "
        "micro-credential courses. Without it, training remains a privilege of those whose employer agrees.",
        "Workers should be able to combine several micro-credentials into a recognised vocational qualification "
        "instead of starting again from the beginning when they want a full certificate.",
        "Public funds for micro-credentials should go first to workers with no more than primary education, "
        "since they are the least likely to be trained by their employers.",
        "Trade unions should have a seat on the bodies that approve micro-credentials for the register, next to "
        "employers and the ministry.",
        "In 2024 our members took part in a survey on training: 37 per cent said they had never been offered a "
        "course by their employer, and 12 per cent had paid for a course themselves.",
        "Yours sincerely,",
        "Dragana Milošević",
        "Head of Education and Training",
    ],
}

# A hospital trust's slides: short bullets and a chart of completions, no speaker notes.
LITHUANIA_SLIDES = {
    "file": "slides_klaipeda_coastal_hospitals.pptx",
    "title": "Micro-credentials for nursing staff",
    "author": "Rasa Petrauskienė",
    "date": dt.date(2026, 3, 2),
    "slides": [
        {
            "title": "Micro-credentials for nursing staff",
            "body": ["Rasa Petrauskienė", "Klaipėda Coastal Hospitals Trust", "March 2026"],
        },
        {
            "title": "Our trust",
            "body": ["Four hospitals, 2,300 staff", "1,050 nurses", "19 short clinical courses since 2021"],
        },
        {
            "title": "Nurses completing a course",
            "chart": {
                "title": "Nurses completing a clinical course",
                "categories": ["2022", "2023", "2024", "2025"],
                "series": "Nurses",
                "values": [84, 131, 176, 229],
            },
        },
        {
            "title": "What we ask",
            "body": [
                "Each credential should state which tasks the nurse may perform without supervision",
                "Clinical certificates should lapse after three years unless the holder is reassessed",
                "Paid study leave for every nurse taking a course",
                "A credential from one hospital should be valid in every hospital of the country",
            ],
        },
        {
            "title": "Next steps",
            "body": ["Six new courses in 2026", "Intensive care, wound care, dialysis"],
        },
    ],
}
