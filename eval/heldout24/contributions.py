"""The twenty-fourth held-out set's built contributions, as text (eval/heldout24/README.md).

``build.py`` turns each into the file its contributor sent: the training centre's webinar slides printed as
PowerPoint handouts (three slides a page, lines for notes beside them), the recognition office's comments on the
draft in a comment-resolution table (Word), the employers' association's position grid in LibreOffice Calc with a
colleague's cell comments, and the institute's staff survey downloaded from Google Sheets (one sheet per question).
The Zoom captions, the GitHub discussion, the Mastodon thread, the abstract record, the newsletter and the Telegram
channel export are kept in ``corpus/`` as they were saved.
"""

from __future__ import annotations

import datetime as dt

TURKMENISTAN_HANDOUTS = {
    "file": "handouts_murgab_textile_training_centre.pdf",
    "title": "Micro-credentials in textile training",
    "author": "Merdan Orazgeldiyev",
    "saved": "20260306151204+05'00'",
    "header": "Consultation webinar on micro-credentials",
    "date_line": "06.03.2026",
    "footer": "Murgab Textile Training Centre, Mary",
    # (title, lines): each slide as it was shown, title first
    "slides": (
        ("Micro-credentials in textile training",
         ("Murgab Textile Training Centre, Mary", "Merdan Orazgeldiyev, Director",
          "Consultation webinar, 6 March 2026")),
        ("About the centre",
         ("Opened in 2008 beside the Mary spinning mill", "1,240 learners since 2019",
          "36 teachers and 12 assessors", "A weaving course costs 350 manat")),
        ("Who defines what learners must do",
         ("Engineers from the textile mills should decide together with our teachers what a learner must be able "
          "to do after each module.",)),
        ("How we assess",
         ("Learners should show their skill on the mill's own machines, watched by a master from the mill.",
          "Pass rate in 2025: 81 per cent")),
        ("Certificates from abroad",
         ("A certificate earned abroad should be checked by the state commission before an employer may count it.",)),
        ("Issuing certificates",
         ("Each certificate should be issued both on paper with the centre's stamp and as an electronic record in "
          "the national education database.", "Thank you!")),
    ),
}  # fmt: skip

FRANCE_COMMENTS = {
    "file": "comments_lyon_office_foreign_qualifications.docx",
    "title": "Comments on the draft guidelines on micro-credentials (version 0.3)",
    "author": "Hélène Vautrin-Lacombe",
    "date": dt.date(2026, 3, 13),
    "heading": "Comments on the draft guidelines on micro-credentials (version 0.3)",
    "intro": (
        "Organisation: Lyon Office for Foreign Qualifications",
        "Commenter: Hélène Vautrin-Lacombe, head of the recognition unit",
        "Date: 13/03/2026",
        "Please use one row per comment. Type of comment: ge = general, te = technical, ed = editorial.",
    ),
    "header": ("No.", "Section", "Line(s)", "Type", "Draft text", "Comment", "Proposed change"),
    "rows": (
        ("1", "1", "12", "ge", "This guideline uses the term micro-credential for the record of a small volume of "
         "learning.", "For scale: in 2025 our office received 3,400 requests for recognition, 190 of them for short "
         "courses. A statement of comparability costs €70 and our team has 28 staff.", "No change."),
        ("2", "2.3", "112-115", "te", "Micro-credentials may carry a validity period set by the provider.",
         "We disagree. What a person has shown they can do does not stop being true after a few years; a "
         "micro-credential should never carry an end date.",
         "Delete the sentence, and say that a micro-credential remains valid without limit of time."),
        ("3", "3.2", "160", "te", "Providers should have a quality assurance system.",
         "Only providers whose quality is reviewed by an external agency should be allowed to issue "
         "micro-credentials.", "Replace with: providers subject to external quality review."),
        ("4", "4.1", "201-204", "te", "Recognition officers should compare the foreign micro-credential with "
         "national qualifications.", "A recognition office should judge a foreign micro-credential by its learning "
         "outcomes, its level and its workload, not by the name or the fame of the provider.",
         "Replace with the three criteria: learning outcomes, level, workload."),
        ("5", "4.3", "230-236", "ed", "Certificates should include key information.",
         "Too vague for recognition officers. Each certificate must name the provider, the learning outcomes, the "
         "workload, the form of assessment and the date it was issued.", "List the five items."),
    ),
}  # fmt: skip

TURKIYE_GRID = {
    "file": "position_grid_izmir_logistics_employers.ods",
    "title": "Micro-credentials: position grid",
    "author": "Levent Aydınoğlu",
    "date": dt.date(2026, 3, 5),
    "sheet": "Position",
    "heading": "İzmir Logistics Employers' Association – micro-credentials position grid (board meeting 4 March 2026)",
    "header": ("Topic", "Our position", "Why", "Status"),
    # (cells, {column index: (comment author, comment)})
    "rows": (
        (("Validity", "Every micro-credential should state an expiry date no later than three years after it is "
          "issued, and be renewed through a short refresher course.", "Rules, vehicles and software change quickly "
          "in our sector.", "Agreed"),
         {3: ("Selin Kaya", "The dangerous-goods certificate for drivers is already renewed every five years.")}),
        (("Funding", "Public funds should be paid to accredited training providers under contracts, never handed "
          "to people as vouchers.", "Contracts let the state ask for results.", "Agreed"),
         {1: ("Selin Kaya", "Check with the board whether we mention the 2025 voucher pilot.")}),
        (("Awarding", "Employers' associations should be allowed to award micro-credentials for the courses they "
          "run themselves.", "Our academy trains more drivers than any school in the province.", "Agreed"), {}),
        (("Design", "Each micro-credential should be built around one task that a driver or a warehouse worker "
          "really performs, such as loading dangerous goods or planning a route.", "Employers hire for tasks, not "
          "for course titles.", "To discuss"), {}),
    ),
    "figures_sheet": "Figures",
    "figures": (
        ("Item", "Value"),
        ("Founded", "2001"),
        ("Member companies", "380"),
        ("Employees in member companies", "52,000"),
        ("Drivers trained at the academy in 2025", "1,100"),
        ("Fee for the forklift course (lira)", "4,500"),
    ),
}  # fmt: skip

ROMANIA_SURVEY = {
    "file": "Micro-credentials staff consultation (responses).xlsx",
    "title": "Micro-credentials staff consultation (responses)",
    "author": "Ioana Bălănescu",
    "date": dt.datetime(2026, 3, 16, 8, 12, 40),
    "columns": ("Timestamp", "Faculty", "Your role", "Answer"),
    # (sheet name, the question over the table, rows of (timestamp, faculty, role, answer))
    "sheets": (
        ("Read me", "Lower Danube Institute of Technology – staff consultation on micro-credentials, compiled by the "
         "Vice-Rector's office for the European guideline team. One sheet per question.", ()),
        ("Q1 Framework level", "Should micro-credentials have a level in the national qualifications framework?", (
            ("02/03/2026 09:14:22", "Mechanical Engineering", "Lecturer",
             "Micro-credentials should be given a level in the national qualifications framework, otherwise "
             "employers cannot tell a weekend seminar from a semester of study."),
            ("02/03/2026 11:40:05", "Naval Architecture", "Professor", "Yes, a level for each of them."),
            ("03/03/2026 08:02:51", "Lifelong Learning Department", "Coordinator",
             "We ran 14 micro-credentials in the 2025 pilot, with 410 learners in total."),
        )),
        ("Q2 Register", "Should micro-credentials be listed in the national register of qualifications?", (
            ("02/03/2026 09:20:43", "Mechanical Engineering", "Lecturer",
             "Each micro-credential the institute offers should appear in the national register of qualifications, "
             "with its level and its credits."),
            ("04/03/2026 14:31:10", "Economics", "Administrator",
             "The register already lists 214 providers from our county, and we are one of them."),
        )),
        ("Q3 Digital certificates", "In what form should certificates be issued?", (
            ("02/03/2026 09:25:19", "Computer Science", "Associate professor",
             "Certificates should be issued digitally in the Europass format, so that graduates can add them to "
             "their Europass profile in one click."),
            ("05/03/2026 10:12:37", "Lifelong Learning Department", "Coordinator",
             "The pilot certificates were printed; 410 paper certificates were handed out at two ceremonies."),
        )),
        ("Q4 Quality", "How should the quality of micro-credentials be assured?", (
            ("03/03/2026 12:48:02", "Quality Office", "Head of office",
             "The institute's own quality assurance system should be enough; a micro-credential should not need an "
             "accreditation of its own."),
            ("06/03/2026 16:05:44", "Naval Architecture", "Professor",
             "The national agency last evaluated the whole institute in 2023, with a high degree of confidence."),
        )),
        ("Q5 Fees", "What did learners pay in the pilot?", (
            ("04/03/2026 09:55:13", "Lifelong Learning Department", "Coordinator",
             "The fee for one micro-credential in the pilot was 600 lei; nine faculties took part."),
        )),
    ),
}  # fmt: skip
