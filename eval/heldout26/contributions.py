"""The twenty-sixth held-out set's built contributions, as text (eval/heldout26/README.md).

``build.py`` turns each into the file its writer sent: the universities' comments as a Word file with tracked
changes and a colleague's comment left in it, the chamber's paper as a PDF attached to a short e-mail, the
employment service's table of positions printed from a spreadsheet to a landscape PDF, the institute's working
paper in OpenDocument text with a cover page and its positions in footnotes, and the employers' amendments as a
workbook. Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# Germany: an association of universities of applied sciences. A paragraph is a list of runs: a plain string,
# ("ins", text) for an insertion tracked by the author, ("del", text) for a deletion; ("comment", text, note)
# is a plain run a colleague commented on.
GERMANY_TRACKED = {
    "file": "comments_mittelweser_university_alliance.docx",
    "title": "Comments of the Hochschulverbund Mittelweser on the consultation on micro-credentials",
    "author": "Henrike Osterkamp",
    "date": dt.date(2026, 3, 9),
    "reviewer": ("Jannis Wöhrle", "JW"),
    "change_date": "2026-03-09T10:12:00Z",
    "paragraphs": [
        ["Comments of the Hochschulverbund Mittelweser on the consultation on micro-credentials"],
        [
            "The Hochschulverbund Mittelweser was founded in 1998 and brings together 14 universities of applied "
            "sciences with some 61,000 students. In 2025 our members offered 212 short courses of between 2 and 10 "
            "ECTS credits, at fees from €90 to €480.",
        ],
        [
            "Only universities ",
            ("ins", "and state-recognised vocational schools "),
            "should award micro-credentials",
            ("del", ", because only they are subject to accreditation"),
            ". A certificate from a training firm may be useful to its customers, but it should not carry the same "
            "name.",
        ],
        [
            (
                "comment",
                "Every micro-credential should close with a check of what the learner can actually do",
                "Do we want to say 'graded'? Some members only use pass/fail. JW",
            ),
            "; a paper that only says someone sat through the sessions is ",
            ("del", "simply "),
            "not a micro-credential.",
        ],
        [
            "The credits of a micro-credential should be credited towards a bachelor's or master's programme at any "
            "member university",
            ("ins", ", provided the learning outcomes fit the programme"),
            ".",
        ],
        [
            "Each micro-credential should be issued as a European Digital Credential for Learning, sealed "
            "electronically by the university",
            ("del", " and printed on request"),
            ".",
        ],
        [
            ("del", "Transcripts are kept by each member's examination office. "),
            "A pilot wallet run by three of our members in 2024 cost €310,000 and was used by 1,900 students.",
        ],
        ["Prof. Dr. Henrike Osterkamp, Vice-President for Continuing Education"],
    ],
}

# Hungary: a chamber of crafts. The e-mail's body is a covering note; the paper is the attached PDF.
HUNGARY_MAIL = {
    "file": "email_tiszazug_chamber_of_crafts.eml",
    "from": ("Pálinkás-Kertész Zsófia", "palinkas.zsofia@tiszazugkamara.example.hu"),
    "to": ("Micro-credentials consultation", "consultation@mc-guidelines.example.eu"),
    "subject": "Contribution of the Tiszazug Chamber of Crafts",
    "date": "Thu, 12 Mar 2026 16:41:07 +0100",
    "message_id": "<a7c2e1f0.4410@tiszazugkamara.example.hu>",
    "boundary": "----=_Part_18822_40117.1773330067",
    "body": [
        "Dear Sir or Madam,",
        "Please find attached the contribution of our chamber to the consultation on micro-credentials. In case "
        "the file does not open on your side, our points in short: a master craftsman who has trained apprentices "
        "for years should be able to certify what they learned in his workshop; the learning outcomes should be "
        "drafted by master craftsmen together with the vocational teachers; each apprentice should receive a "
        "training voucher that he spends at the workshop or school of his choice; the final test should be a piece "
        "of work made in front of two masters.",
        "Kind regards,\nZsófia Pálinkás-Kertész\nhead of the training department\nTiszazug Chamber of Crafts",
    ],
    "attachment": {
        "filename": "Tiszazug_chamber_micro-credentials_2026.pdf",
        "title": "Micro-credentials in the crafts: the position of the Tiszazug Chamber of Crafts",
        "author": "Zsófia Pálinkás-Kertész",
        "saved": "20260312161502+01'00'",
        "blocks": [
            ("h", "Micro-credentials in the crafts"),
            "The Tiszazug Chamber of Crafts was set up in 1872 and today has 3,400 member businesses, from "
            "bakeries to joiners' shops. In 2025, 640 apprentices trained in our members' workshops and 83 per cent "
            "of those who sat the journeyman's examination passed it. The examination fee is HUF 28,000.",
            ("h", "Who certifies"),
            "A master craftsman who has trained apprentices for years should be able to certify what they learned "
            "in his workshop. The knowledge is his; a school could only copy it.",
            ("h", "Designing the courses"),
            "The learning outcomes should be drafted by master craftsmen together with the vocational teachers, so "
            "that they describe the work as it is really done.",
            ("h", "Assessment"),
            "The final test should be a piece of work made in front of two masters, never a written test alone.",
            ("h", "Funding"),
            "Each apprentice should receive a training voucher that he spends at the workshop or school of his "
            "choice. The chamber would gladly help to hand the vouchers out.",
        ],
    },
}

# The Netherlands: a regional public employment service. Its table of positions, kept in a spreadsheet and
# printed to PDF in landscape over two pages, the header row repeated.
NETHERLANDS_PRINT = {
    "file": "positions_werkplein_ijsselvallei.pdf",
    "title": "Consultatie microcredentials - standpunten Werkplein IJsselvallei",
    "author": "R. Terpstra",
    "saved": "20260310111820+01'00'",
    "sheet": "Standpunten",
    "header": ("No.", "Theme", "Our position", "Rationale", "Contact"),
    "rows": (
        ("1", "About us",
         "Werkplein IJsselvallei is the public employment service of nine municipalities along the IJssel.",
         "Some 4,800 jobseekers were registered with us at the end of 2025; 1,150 of them started a course that "
         "year. The average course we paid for cost €640 and took about 60 hours. We contract 23 training "
         "providers.", "R. Terpstra"),
        ("2", "Size",
         "A course lasting two full days should already be enough to earn a micro-credential.",
         "Many of our clients cannot leave work or care duties for weeks. Short blocks are what they can "
         "manage.", "R. Terpstra"),
        ("3", "Assessment",
         "For refresher courses, taking part from the first to the last session should be enough; a test would "
         "frighten older jobseekers away.",
         "Of the jobseekers over 55 who were offered a course with an exam in 2025, fewer than half turned up. "
         "They have not sat an exam for thirty years.", "R. Terpstra"),
        ("4", "Funding",
         "Every adult should have a personal training budget from which they choose and pay for courses "
         "themselves.",
         "People choose better when the money is theirs to spend. A budget that follows the person also "
         "follows them from one job to the next.", "M. de Wit"),
        ("5", "Employers",
         "Employers who take on a jobseeker should give them time off in working hours to finish the course.",
         "A course dropped on the first day of a new job is money lost. In 2025, 212 of our clients found work "
         "before their course ended, and only 64 of them completed it afterwards.", "M. de Wit"),
        ("6", "Figures",
         "For information only: the figures below come from our own records and are not a position.",
         "In 2025 we paid for 1,150 courses with 23 providers. Welding, forklift driving, bookkeeping and care "
         "work were the four largest subjects. Most courses started in September or January; the waiting time "
         "for a place was five weeks on average. The regional training desk answered 2,300 questions by "
         "telephone.", "R. Terpstra"),
        ("7", "Contact",
         "Questions about this table can be sent to the regional training desk.",
         "Answers are given within the working week.", "R. Terpstra"),
    ),
}  # fmt: skip

# Albania: a research institute's working paper, a cover page, the positions in footnotes to the text.
ALBANIA_ODT = {
    "file": "working_paper_buna_institute_skills_research.odt",
    "title": "Short courses, lasting value: micro-credentials in Albania",
    "author": "Elira Manaj-Kola",
    "date": dt.date(2026, 3, 6),
    "cover": [
        "Buna Institute for Skills Research",
        "Working Paper 4/2026",
        "Short courses, lasting value: micro-credentials in Albania",
        "Dr Elira Manaj-Kola",
        "Shkodër, March 2026",
    ],
    "paragraphs": [
        ("h", "1. Introduction"),
        "The Buna Institute for Skills Research was founded in 2011. This paper draws on a survey of 1,320 people "
        "who completed a short course in 2023 or 2024; 58 per cent of them were employed a year later. The courses "
        "they followed were taught in Albanian and, in tourism and information technology, in English.",
        ("h", "2. What the survey tells us"),
        (
            "Graduates valued their certificates long after the course had ended, whatever its subject.",
            "In our view a micro-credential, once earned, should belong to its holder for life, with no end date on "
            "the certificate.",
        ),
        (
            "Few providers could say what had become of their graduates.",
            "Providers should publish every year the share of learners who completed their course and found work.",
        ),
        (
            "Several graduates had collected three or four certificates in the same field and asked what they were "
            "worth together.",
            "Three or more related micro-credentials should together earn a vocational certificate at level 4.",
        ),
        (
            "Employers found the certificates hard to compare.",
            "The certificate should show the number of hours the learner actually spent in practice.",
        ),
        ("h", "3. Conclusion"),
        "Short courses already reach people whom the longer programmes miss. The rules now being written will "
        "decide whether their certificates keep their value.",
    ],
}

# Italy: an employers' association's amendments to the consultation's draft text, kept as a workbook.
ITALY_AMENDMENTS = {
    "file": "amendments_alto_sannio_industrial_association.xlsx",
    "title": "Proposte di emendamento - Associazione Industriali Alto Sannio",
    "author": "Lucrezia Ferrandina",
    "date": dt.date(2026, 3, 11),
    "sheets": {
        "Amendments": {
            "rows": [
                [
                    "Associazione Industriali Alto Sannio – proposed amendments to the draft guidelines of 20 February "
                    "2026",
                    None,
                    None,
                    None,
                    None,
                ],
                [None, None, None, None, None],
                ["No.", "Paragraph", "Draft text", "Proposed amendment", "Justification"],
                [
                    "1",
                    "2.3",
                    "Learning outcomes are defined by the provider.",
                    "Learning outcomes are defined together with the companies of the sector in which the graduates "
                    "will work.",
                    "Our 1,320 member firms employ some 48,000 people; they know which tasks a new employee must be "
                    "able to carry out.",
                ],
                [
                    "2",
                    "4.1",
                    "Micro-credentials from other countries may be recognised.",
                    "A micro-credential awarded in another Member State should be accepted automatically, without a "
                    "new assessment.",
                    "Our firms hire workers trained in Germany, Romania and Spain; a second assessment costs them "
                    "months.",
                ],
                [
                    "3",
                    "5.2",
                    "Employers are encouraged to support their staff.",
                    "Employers should grant up to 40 hours of paid leave a year for courses leading to a "
                    "micro-credential.",
                    "A fixed number of hours lets small firms plan; in 2025 the region spent €2.1 million on training "
                    "vouchers, mostly in large firms.",
                ],
                [
                    "4",
                    "5.4",
                    "Courses are offered where providers are established.",
                    "Small firms in the mountain valleys should be able to host courses on their own premises.",
                    "The nearest training centre is often an hour's drive away.",
                ],
                [
                    "5",
                    "1.1",
                    "(no change)",
                    None,
                    "The Association was founded in 1946 and takes part in this consultation for the first time.",
                ],
            ],
            "widths": {"A": 6, "B": 11, "C": 38, "D": 52, "E": 52},
            "bold_rows": (3,),
        },
        "Contact": {
            "rows": [
                ["Contact"],
                ["Dott.ssa Lucrezia Ferrandina, education and training area"],
                ["Associazione Industriali Alto Sannio, Benevento"],
            ],
            "widths": {"A": 60},
        },
    },
}
