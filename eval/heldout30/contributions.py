"""The text of the thirtieth held-out set's built files (eval/heldout30/README.md), written by hand.

``build.py`` turns each spec into its file: the care professions' annual report chapter (PDF), the trainer's
reflective journal (LibreOffice Writer), the women entrepreneurs' grant application form (Word) and the working
group's deck of guiding questions (LibreOffice Impress). The other contributions and the metadata sheet are kept
as text in ``corpus/``.
"""

from __future__ import annotations

import datetime as dt

AUSTRIA_ANNUAL_REPORT = {
    "file": "annual_report_styrian_association_of_care_professions.pdf",
    "title": "Annual Report 2025",
    "author": "Styrian Association of Care Professions",
    "saved": "20260302101500+01'00'",
    "running_header": "Annual Report 2025  |  Styrian Association of Care Professions",
    "foreword_heading": "Foreword by the Chairperson",
    "foreword": (
        "Dear members, dear partners,",
        "2025 was the year in which short courses stopped being an extra and became part of how nurses, care "
        "assistants and home-care workers in Styria keep up with their work. One in four of our members completed "
        "at least one of them. With the European debate on micro-credentials now reaching Austria, the board "
        "agreed in December on what we will ask of the guidelines.",
        "First, the assessment has to be done by a person who took no part in the teaching. A lecturer who has "
        "spent six weeks with a group cannot judge its members with the distance that patients are entitled to "
        "expect.",
        "Second, every provider should be accredited by an independent quality agency before it issues a single "
        "credential. In a profession where mistakes hurt people, a course cannot simply certify itself.",
        "Third, a care skill is only proven at the bedside. Learners should show what they can do on a ward, "
        "watched by an experienced colleague, and not only by ticking boxes in a written test.",
        "Fourth, a micro-credential has to be worth something on the payslip. Employers in hospitals and care "
        "homes should count a completed micro-credential when they decide on a nurse's salary grade and on "
        "promotion.",
        "I thank our volunteers, the staff of the office in Graz and the 38 trainers who taught for us this year.",
    ),
    "signature": ("Christiane Haidegger", "Chairperson"),
    "chapter_heading": "2  Education and training in 2025",
    "chapter": (
        "The association has offered continuing education since it was founded in 1951. In 2025 the education "
        "department ran its courses in Graz, Leoben and Bad Radkersburg and, for the first time, two of them in "
        "the evenings for night-shift staff.",
        "Demand came above all from home care: palliative care, wound management and the new documentation "
        "software. The recognition office also handled applications from nurses trained abroad, most of them "
        "from Bosnia and Herzegovina, the Philippines and India.",
    ),
    "key_figures": (
        ("4,870", "members"),
        ("212", "short courses offered"),
        ("91 %", "pass rate in final assessments"),
        ("312", "applications from nurses trained abroad"),
        ("EUR 96", "yearly membership fee"),
    ),
    "pullout": "1 in 4 members completed a short course in 2025",
}

PORTUGAL_JOURNAL = {
    "file": "trainer_journal_penafiel_vocational_school_of_trades.odt",
    "title": "Reflective journal - Module 14, Electrical installations",
    "author": "Joana Carvalhais",
    "date": dt.date(2026, 3, 9),
    "blocks": [
        ("title", "Reflective journal - Module 14, Electrical installations"),
        "Trainer: Joana Carvalhais. Penafiel Vocational School of Trades (founded 1991, 640 students). Class: "
        "2nd year electricians, 19 learners. Kept for the school's quality file and, this term, for the "
        "consultation on micro-credentials.",
        ("h", "Monday, 2 February 2026"),
        "First session of the module since it was revised in September. Two learners missing (bus strike). The "
        "new wiring boards arrived; we spent most of the morning unpacking them.",
        "Thinking about the consultation paper the director passed round: whoever taught the module has watched "
        "the learner for weeks and should be the one to sign the result. I know which of them checks the "
        "earthing twice and which one guesses.",
        ("h", "Thursday, 12 February 2026"),
        "Site visit to a client's house in Paredes with six of them. They worked better in one afternoon there "
        "than in a week at the bench. The final task of a module should be done in a real workshop or at a "
        "customer's home, in front of the person who pays for the work.",
        ("h", "Wednesday, 25 February 2026"),
        "Read the outcomes of the module aloud to the class. Nobody understood 'apply regulatory frameworks to "
        "low-voltage contexts'. Outcomes should be written in words a sixteen-year-old can follow without "
        "asking the teacher what they mean.",
        ("h", "Friday, 6 March 2026"),
        "Staff meeting. My view, which I will send: the modules of the national catalogue should be allowed to "
        "add up, one by one, to a full diploma, also for adults who come back after years away.",
        "And once earned, a micro-credential should stay valid for the rest of the holder's life. Regulations "
        "change, but the fact that someone learned the trade does not.",
    ],
}

UZBEKISTAN_FORM = {
    "file": "application_form_fergana_valley_women_entrepreneurs_union.docx",
    "title": "Small Grants for Skills 2026 - Application form",
    "author": "Malika Tursunbaeva",
    "date": dt.date(2026, 3, 10),
    "programme": "SMALL GRANTS FOR SKILLS 2026",
    "form_title": "Application form - Part B: Description of the action",
    "instructions": (
        "Complete every field in English. Do not exceed the number of characters shown. Fields in grey are "
        "completed by the programme office."
    ),
    "fields": (
        ("Reference (office use)", "SGS-2026-UZ-0417"),
        ("1. Applicant organisation", "Fergana Valley Women Entrepreneurs' Union, Margilan"),
        ("2. Contact person", "Malika Tursunbaeva, Chair of the Board"),
        ("3. Title of the action", "Skills close to home: micro-credentials for women who run small businesses"),
        (
            "4.1 Relevance of the action (max. 2,000 characters)",
            "Our union was founded in 2016 and has 1,340 members in six districts, women aged 18 to 60 who run "
            "sewing workshops, bakeries, small shops and silk weaving businesses. Most of them have never been "
            "offered any training after school. The action tests micro-credentials for them and draws lessons "
            "for the national guidelines.",
        ),
        (
            "4.2 Approach (max. 3,000 characters)",
            "The courses should come to the district towns and villages, close to where the women live, and take "
            "place in the mahalla centre or a member's workshop rather than in the regional capital. "
            "Funding should reach the learner as a voucher that a woman can spend with any approved provider of "
            "her choice, instead of being paid to one training centre in advance. "
            "The woman herself should keep her certificates and decide which bank or employer may see them; "
            "our members have been refused loans because a former employer held their papers. "
            "Assessment should be a practical task carried out in the learner's own business, such as costing an "
            "order or keeping a week's accounts, not an examination in a classroom.",
        ),
        (
            "4.3 Expected results (max. 1,500 characters)",
            "240 women complete at least one micro-credential; 60 of them apply for a microloan within a year.",
        ),
        ("5. Amount requested (EUR)", "48,000"),
    ),
    "counts": ("Characters used: 321 / 2,000", "Characters used: 702 / 3,000", "Characters used: 97 / 1,500"),
}

OUTLINE_DECK = {
    "title": "Micro-credentials: guiding questions for the guidelines",
    "author": "Working Group 3 - Skills and Qualifications",
    "date": dt.date(2026, 2, 10),
    "slides": [
        {
            "title": "Micro-credentials: guiding questions for the guidelines",
            "body": [
                "Working Group 3 - Skills and Qualifications",
                "Meeting of 10 February 2026, Brussels and online",
                "Presented by the chair, Henrikke Vestergaard-Lund",
            ],
            "notes": "Welcome everyone. Introduce the two new members from the partner countries.",
        },
        {
            "title": "Why we ask",
            "body": [
                "The guidelines should rest on what stakeholders actually do and want",
                "We have contributions from ten organisations in EU and partner countries",
                "Each question below should be answered from the contributions, or flagged as a gap",
                "Where contributors disagree, the guidelines should say so",
            ],
            "notes": "Stress that a gap is a useful result: it tells us where to consult further.",
        },
        {
            "title": "1. Recognition and progression",
            "body": [
                "1.1 Should micro-credentials be combinable towards a full qualification?",
                "1.2 Should employers take micro-credentials into account in pay and promotion?",
                "1.3 Who should decide whether a micro-credential obtained abroad is equivalent to a national one?",
                "1.4 Should skills acquired through work experience be recognised as micro-credentials?",
                "1.5 How many micro-credentials should be required to complete a full qualification?",
                "1.6 Should micro-credentials be referenced to the national qualifications framework?",
            ],
            "notes": "",
        },
        {
            "title": "2. Design of micro-credentials",
            "body": [
                "2.1 What should be the size of a micro-credential?",
                "2.2 Should employers take part in designing course content?",
                "2.3 How often should the content of a micro-credential be reviewed?",
                "2.4 Should micro-credential courses be delivered online?",
                "2.5 What is the minimum number of participants for a course to run?",
                "2.6 Should learning outcomes be understandable to learners?",
            ],
            "notes": "",
        },
        {
            "title": "3. Assessment and quality",
            "body": [
                "3.1 Who should assess the learners' performance?",
                "3.2 Should providers be approved by an external quality body?",
                "3.3 What pass mark should assessments set?",
                "3.4 Should assessment include a demonstration in a real work setting?",
                "3.5 How should learners be able to appeal an assessment result?",
                "3.6 How long should providers keep assessment records?",
            ],
            "notes": (
                "Extra guidance for the drafters on this theme:\n"
                "Quote contributors on who assesses and on approval of providers; the working group expects "
                "views to differ here.\n"
                "Do not infer a pass mark or an appeal procedure from figures on pass rates or complaints: if "
                "no contributor proposes one, record a gap."
            ),
        },
        {
            "title": "4. Access and funding",
            "body": [
                "4.1 Who should bear the cost of micro-credentials?",
                "4.2 How can learners outside the big cities take part?",
                "4.3 What fee should be charged for resitting an assessment?",
                "4.4 How should assessment be adapted for learners with disabilities?",
                "4.5 Should an upper age limit apply to publicly funded places?",
                "4.6 Should individual learning accounts or vouchers be used to fund micro-credentials?",
            ],
            "notes": "Remind members that course fees quoted in contributions are context, not proposals.",
        },
        {
            "title": "5. Issuing and records",
            "body": [
                "5.1 Should micro-credentials be issued in a verifiable digital form?",
                "5.2 Who should hold and control a learner's record of micro-credentials?",
                "5.3 Should micro-credentials expire after a number of years?",
                "5.4 Who should pay for the platform that issues digital credentials?",
            ],
            "notes": "",
        },
        {
            "title": "Next steps",
            "body": [
                "20 March: consultation closes",
                "3 April: first draft of the guidelines circulated to the working group",
                "24 April: working group meeting to discuss the draft",
                "June: guidelines presented to the Advisory Committee",
            ],
            "notes": "Ask for volunteers to read the draft sections on funding and on records.",
        },
    ],
}
