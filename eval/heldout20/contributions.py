"""The text of the twentieth held-out set's built contributions (eval/heldout20/README.md), written by hand.

``build.py`` makes the files from these: the accountants' association's statement saved from Word as a "Web Page"
(windows-1250, Word's own list marks), the adult education network's two-column newsletter (reportlab), the
employment centre's e-mail whose only body is HTML (quoted-printable), the online academy's macro-enabled deck
(python-pptx, saved as .pptm), the universities' network's Impress slides with speaker notes, the technical
education directorate's note with Word's automatic numbering (python-docx), the metalworkers' federation's SWOT
workbook (openpyxl) and the library's note typed in Notepad (UTF-16 with a byte-order mark, CRLF). Names,
organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# Saved from Word with "Save as: Web Page (*.htm; *.html)": Word's own markup, kept in the system code page.
CROATIA_PAGE = {
    "file": "stajaliste_zagorje_accountants_auditors.htm",
    "title": "Position of the Zagorje Association of Accountants and Auditors on micro-credentials",
    "author": "Tihana Mlinarić",
    "date": dt.date(2026, 3, 9),
    "heading": "Position of the Zagorje Association of Accountants and Auditors on micro-credentials",
    "intro": [
        "The Zagorje Association of Accountants and Auditors was founded in 1994 in Krapina and today has 2,860 "
        "members, most of them in small accounting offices. Our members must collect 40 hours of continuing "
        "professional development every year to keep their licence; the annual membership fee is 140 euros.",
        "We welcome the consultation and set out our position below.",
    ],
    # (number, text, [lettered sub-items])
    "numbered": [
        (
            "1.",
            "Each micro-credential should be accredited individually by the national quality agency before the "
            "first learner enrols. A provider's good name is no guarantee that every short course it sells is "
            "sound.",
            [],
        ),
        (
            "2.",
            "The certificate should state the learning outcomes, the workload in hours, the level and the "
            "assessment method, so that a client or an employer knows what the holder can do.",
            [],
        ),
        (
            "3.",
            "The continuing development hours our profession must collect should be countable in micro-credentials:",
            [
                ("a)", "a micro-credential in tax law or auditing standards should count in full;"),
                ("b)", "a general course in office software should not count."),
            ],
        ),
        (
            "4.",
            "The final assessment should be a written case study marked by two independent assessors, never a "
            "multiple-choice quiz alone.",
            [],
        ),
    ],
    "closing": "Krapina, 9 March 2026",
    "signature": ["Tihana Mlinarić", "Secretary General"],
}

# A members' newsletter laid out in two columns, saved from the layout program as PDF.
AUSTRIA_NEWSLETTER = {
    "file": "newsletter_vorarlberg_adult_education_network.pdf",
    "title": "Vorarlberg Adult Learning Bulletin, Issue 27",
    "author": "Barbara Moosbrugger",
    "date": dt.date(2026, 3, 11),
    "masthead": "Vorarlberg Adult Learning Bulletin",
    "issue": "Issue 27 | March 2026 | News for the 14 adult education centres of the network",
    "footer": "Vorarlberg Network of Adult Education Centres | Bulletin 27",
    "articles": [
        (
            "From the board: our answer on micro-credentials",
            [
                "In February the board discussed the draft guidelines on micro-credentials and agreed the answer "
                "that Barbara Moosbrugger, our chair, has sent to the consultation. We print its main points here "
                "so that every centre knows what we have said in its name.",
                "Providers holding a certified quality management system should be able to offer micro-credentials "
                "without a separate approval for each course. Our centres already pass an external audit of their "
                "whole organisation, and a second check of every short course would only add paperwork and delay.",
                "The certificate must name the learning outcomes, the hours of study and how the learning was "
                "assessed. A list of topics covered tells an employer nothing.",
                "Adults with low basic skills should be offered a free preparatory module before a micro-credential, "
                "because they are the ones who stay away when the first step is too large.",
                "Micro-credentials earned at an adult education centre should count towards the apprenticeship "
                "examination that adults can sit without having served an apprenticeship.",
            ],
        ),
        (
            "News from the centres",
            [
                "The network counted 31,500 course enrolments in 2025, 4 per cent more than the year before. "
                "Course fees ranged from 120 to 380 euros, and the province's budget for adult education stood at "
                "2.3 million euros.",
                "The centre in Dornbirn opened a second language lab in January. The centre in Bludenz has moved "
                "to the old post office building; its courses start again on 6 April.",
                "The network was founded in 1972 by five centres; it has held the province's quality seal for adult "
                "education since 2012.",
            ],
        ),
        (
            "Portrait: the centre in Hohenems",
            [
                "The smallest centre of the network has two rooms above the town library and one employee, Sabine, "
                "who plans 70 courses a year with 35 freelance trainers. Its best-selling course is still beginners' "
                "Italian, followed by smartphone basics for people over 60.",
                "Since last autumn the centre has also run evening courses in bookkeeping for small firms, in "
                "cooperation with the regional chamber. Twelve people finished the first round in January; a "
                "second round starts in May.",
                "Sabine says the hardest part of her job is finding rooms: the library closes at seven, and the "
                "school gym is booked until nine.",
            ],
        ),
        (
            "Ten years of the learning café",
            [
                "The learning café in Feldkirch celebrated its tenth birthday in February. Every Tuesday afternoon, "
                "volunteers help adults with homework for their courses, with forms from the authorities and with "
                "their first steps on a computer. Since 2016 the café has counted more than 9,000 visits.",
                "The café is run by 22 volunteers, most of them retired teachers. It costs the network about 6,000 "
                "euros a year for rooms, coffee and two laptops, paid by a local bank's foundation.",
                "At the birthday party the mayor thanked the volunteers and promised a larger room in the new town "
                "hall, which is to open in 2027.",
            ],
        ),
        (
            "Dates for your diary",
            [
                "18 April: spring meeting of centre managers in Feldkirch. 22 May: training day for course "
                "planners. The summer semester runs from February to June, the autumn semester from September to "
                "January.",
            ],
        ),
    ],
}

# An e-mail sent from Outlook in HTML only (no plain-text part), quoted-printable.
KAZAKHSTAN_EMAIL = {
    "file": "email_shymkent_city_employment_centre.eml",
    "from": '"Sadvakasova Aigerim" <a.sadvakasova@shymkent-employment.example.kz>',
    "to": "Micro-credentials Consultation <consultation@guidelines.example.eu>",
    "subject": "Micro-credentials: comments of the Shymkent City Employment Centre",
    "date": "Thu, 12 Mar 2026 15:47:09 +0500",
    "message_id": "<DB9PR02MB7311A5C0E2F4B1D8C3@DB9PR02MB7311.eurprd02.prod.outlook.example>",
    "greeting": "Dear colleagues,",
    "paragraphs": [
        "Thank you for the invitation. The Shymkent City Employment Centre was set up in 2001; at the end of "
        "February we had 4,200 registered jobseekers, and 870 of them finished a funded course in 2025. We paid "
        "96,000 tenge per participant on average, and 61 per cent of last year's participants were employed "
        "within six months.",
        "Our comments:",
    ],
    "bullets": [
        "Jobseekers should be able to take a micro-credential course free of charge when it prepares them for an "
        "occupation that is in demand in the region.",
        "Every micro-credential funded by the employment centre should include at least two weeks of practice "
        "with an employer.",
        "Employers should help choose which micro-credentials the state funds, through the regional council for "
        "skills.",
        "Whether an employee gets time off for a micro-credential is a matter for the employer and the employee "
        "to settle between them; the law should not impose it.",
    ],
    "after": "We would be glad to present our experience at the April meeting.",
    "closing": "Kind regards,",
    "signature": [
        "Aigerim Sadvakasova",
        "Head of Vocational Training Department",
        "Shymkent City Employment Centre",
        "Tel. +7 7252 00 00 00",
    ],
}

# A deck saved as a macro-enabled presentation (.pptm): its last slide's button runs a voting macro.
LATVIA_DECK = {
    "file": "slides_baltic_byte_academy.pptm",
    "title": "Micro-credentials online: the view of Baltic Byte Academy",
    "author": "Edgars Kalniņš",
    "date": dt.date(2026, 3, 13),
    # ("title", title, subtitle) | ("section", title) | ("bullets", title, [(level, text)]) | ("vote", title, text)
    "slides": [
        ("title", "Micro-credentials online", "Baltic Byte Academy, Ventspils | consultation round table, March 2026"),
        ("section", "Who we are"),
        (
            "bullets",
            "Baltic Byte Academy in figures",
            [
                (0, "Founded in 2018 in Ventspils"),
                (0, "46,000 registered learners, 9,300 of them active in 2025"),
                (0, "Courses in Latvian, English and Russian, four to six weeks each"),
                (0, "Subscription: 19 euros a month"),
                (0, "Completion rate: 38 per cent of those who start a course"),
                (0, "Learner data kept on servers in Frankfurt"),
            ],
        ),
        ("section", "What we propose"),
        (
            "bullets",
            "Levels and size",
            [
                (0, "Short online courses do not belong in the national qualifications framework"),
                (1, "Employers read the skills on a credential, not a level number"),
                (
                    0,
                    "A micro-credential of a single ECTS credit is worth issuing when it certifies one clearly "
                    "defined skill",
                ),
                (1, "Example: writing SQL queries for reports"),
            ],
        ),
        (
            "bullets",
            "Trust and assessment",
            [
                (0, "Every credential should be digitally signed so that an employer can verify it online in seconds"),
                (0, "Online assessment with identity checks should count the same as assessment in a classroom"),
                (1, "Our learners sit tests from 31 countries"),
            ],
        ),
        ("vote", "Quick poll", "Do you agree? Click the button to vote (the counting macro runs in the room)."),
    ],
}

# Impress slides with a few words each; the speaker's notes carry the network's positions in full.
MOLDOVA_SLIDES = {
    "file": "slides_prut_valley_universities_network.odp",
    "title": "Micro-credentials in Moldovan universities",
    "author": "Mariana Cojocaru",
    "date": dt.date(2026, 3, 10),
    "slides": [
        {
            "title": "Micro-credentials in Moldovan universities",
            "body": ["Prut Valley Universities Network", "Mariana Cojocaru, coordinator for lifelong learning"],
            "notes": "Good morning. I speak for five universities of the Prut valley.",
        },
        {
            "title": "Our network",
            "body": ["5 universities", "Founded 2011", "312 staff in lifelong learning", "1,480 learners in 2025"],
            "notes": (
                "The network was founded in 2011. Last year 1,480 adults took a short course with us, and a course "
                "costs 1,500 lei on average."
            ),
        },
        {
            "title": "Degrees and stacking",
            "body": ["Degrees stay degrees", "Minimum size"],
            "notes": (
                "Our first point is firm. A bachelor's degree should never be obtainable by stacking "
                "micro-credentials alone; a degree is more than the sum of short courses, it needs a final thesis "
                "and years of study under one programme.\n"
                "Second, no micro-credential should be smaller than 3 ECTS credits. Anything smaller cannot be "
                "assessed seriously and would flood the register."
            ),
        },
        {
            "title": "Credit between universities",
            "body": ["Mutual recognition", "Outcomes written together"],
            "notes": (
                "Universities should recognise micro-credentials from other universities in the network as credits "
                "within their study programmes, without a new examination.\n"
                "And the learning outcomes of every micro-credential should be written jointly by academic staff "
                "and employers, so that both can stand behind them."
            ),
        },
        {
            "title": "Thank you",
            "body": ["Questions?"],
            "notes": "",
        },
    ],
}

# A note on the directorate's letterhead; its paragraphs are numbered by Word (List Number), never typed.
EGYPT_NOTE = {
    "file": "note_nile_delta_technical_education.docx",
    "title": "Note on micro-credentials in technical education",
    "author": "Hossam El-Sherbiny",
    "date": dt.date(2026, 3, 16),
    "header": "Nile Delta Directorate of Technical Education | Tanta",
    "reference": "Ref. NDTE/2026/114",
    "heading": "Note on micro-credentials in technical education",
    "intro": (
        "The Directorate oversees 212 technical schools with 148,000 students in four governorates. It was "
        "established in 1989. A short course at our schools costs a learner 350 Egyptian pounds."
    ),
    # (level, text): level 0 is "List Number", level 1 "List Number 2"
    "points": [
        (
            0,
            "Every micro-credential issued by a technical school should be referenced to a level of the national "
            "qualifications framework, so that it has the same standing as our diplomas.",
        ),
        (
            0,
            "Each certificate should carry a QR code that opens the Directorate's verification page, so that "
            "employers at home and abroad can check it.",
        ),
        (0, "Micro-credentials should first be introduced in three sectors:"),
        (1, "renewable energy installation;"),
        (1, "automotive maintenance;"),
        (1, "textile machine operation."),
        (0, "Assessment should be carried out by a committee that includes an employer representative."),
    ],
    "closing": "Dr. Hossam El-Sherbiny, Director General",
}

# The federation's SWOT analysis in a workbook: a 2 x 2 grid of cells with line breaks, its asks under it.
SPAIN_SWOT = {
    "file": "swot_cantabrian_metal_shipyard_workers.xlsx",
    "title": "Micro-credentials in the metal sector: SWOT and asks",
    "author": "Nerea Arrizabalaga Goñi",
    "date": dt.date(2026, 3, 12),
    "sheet": "SWOT",
    "heading": "Cantabrian Metal and Shipyard Workers' Federation - micro-credentials SWOT (March 2026)",
    "grid": [
        ("Strengths", "Weaknesses"),
        (
            "• 18,400 members in 62 shipyards and workshops\n• Founded in 1977\n• Our own training school in "
            "Santander since 1998",
            "• Average age of members: 47\n• Only 1 in 5 members took any course in 2025\n• Courses held in the "
            "evening after a shift",
        ),
        ("Opportunities", "Threats"),
        (
            "• 1,100 apprentices in the sector\n• New welding and naval electrics standards from 2027",
            "• Courses that only the employer chooses\n• Certificates no other yard knows",
        ),
    ],
    "asks_heading": "What we ask of the guidelines",
    "asks": [
        "1. Employers must grant paid training leave of at least 20 hours a year for micro-credentials.",
        "2. Practical skills should be assessed in the workshop by an assessor who has worked in the trade.",
        "3. A micro-credential should be recognised in the collective agreement and lead to a higher job "
        "classification.",
        "4. Experienced workers should have what they already know validated, so that they only study the "
        "parts they lack.",
    ],
    "members_sheet": "Members",
    "members_title": "Members by province (1 January 2026)",
    "members": [
        ("Province", "Members", "Workplaces"),
        ("Santander", 9800, 31),
        ("Torrelavega", 4100, 17),
        ("Castro Urdiales", 2600, 9),
        ("Other", 1900, 5),
    ],
}

# A note typed in Windows Notepad: UTF-16 with a byte-order mark, CRLF, headings underlined with = and -.
UKRAINE_NOTE = {
    "file": "note_poltava_city_library_learning_centre.txt",
    "lines": [
        "POLTAVA CITY LIBRARY - LEARNING CENTRE",
        "======================================",
        "Input to the consultation on micro-credentials",
        "Prepared by: Oksana Hnatiuk, head of the learning centre",
        "Date: 11.03.2026",
        "",
        "About us",
        "--------",
        "The library was founded in 1899. Its learning centre has 18 computers and in 2025 ran 62 workshops "
        "for 1,340 visitors, most of them over 45. During the power cuts of last winter the workshops went on "
        "with a generator.",
        "",
        "What we propose",
        "---------------",
        "(a) Adults who learned on their own, from online tutorials or at work, should be able to have that "
        "learning assessed and certified as a micro-credential without attending a course.",
        "",
        "(b) Public libraries should be allowed to host the assessments of micro-credentials for people who "
        "live in small towns far from any provider.",
        "",
        "(c) Learners should get free help to set up a digital wallet and to share their credentials from it; "
        "many of our visitors have never used one.",
        "",
        "(d) Displaced people should be able to restore a lost micro-credential from the issuer's records "
        "without sitting the assessment again.",
        "",
        "O. Hnatiuk",
    ],
}
