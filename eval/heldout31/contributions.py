"""The text of the thirty-first held-out set's built contributions (eval/heldout31/README.md).

``build.py`` turns each spec into its file: the vocational college's Erasmus+ application excerpt in Word, the
policy institute's impact assessment summary as a PDF, the women's society's logical framework matrix in Excel
and the student union's petition in LibreOffice Writer. Written by hand for this set; names, organisations and
figures are invented.
"""

from __future__ import annotations

import datetime as dt

DENMARK_ERASMUS = {
    "file": "erasmus_proposal_limfjord_vocational_college.docx",
    "title": "KA220-VET application - section excerpt - Limfjord Vocational College",
    "author": "Søren Vestergaard-Lund",
    "date": dt.date(2026, 3, 9),
    "heading": "Erasmus+ Cooperation partnerships in vocational education and training (KA220-VET)",
    "subheading": "Application form - excerpt sent to the micro-credentials consultation",
    # (label, value) rows of the form's project identification table
    "identification": (
        ("Project title", "Modules that add up: micro-credentials for adult electricians"),
        ("Applicant organisation", "Limfjord Vocational College, Aalborg (DK)"),
        ("Contact person", "Søren Vestergaard-Lund, head of adult education"),
        ("Project duration", "24 months"),
        ("Grant requested", "EUR 250,000"),
    ),
    # (section heading, [(form prompt, [answer paragraphs])])
    "sections": (
        (
            "1. Relevance of the project",
            (
                (
                    "Please describe the needs and objectives the project addresses and how they relate to the "
                    "priorities of the action. (max. 3,000 characters)",
                    (
                        "Limfjord Vocational College was founded in 1961 and trains about 3,200 adult learners a "
                        "year, most of them already in work. Many of the electricians who come to us never finished "
                        "their apprenticeship and cannot leave their jobs for a full programme.",
                        "The project builds a set of short modules, each a micro-credential of its own. Learners "
                        "should be able to combine three of the modules into the full journeyman's certificate as "
                        "an electrician, so that short learning adds up to the qualification the labour market knows.",
                    ),
                ),
            ),
        ),
        (
            "2. Quality of the project design and implementation",
            (
                (
                    "How will the content of the activities be defined, and who will be involved? "
                    "(max. 3,000 characters)",
                    (
                        "Nothing is taught before the trade committee for the electrical trade, on which employers "
                        "and unions sit side by side, has approved the content of the module.",
                        "In 2025 our evening classes for adults averaged 14 learners.",
                    ),
                ),
                (
                    "How will the learning outcomes be assessed and validated? (max. 2,000 characters)",
                    (
                        "The final assessment of each module is carried out by an external examiner appointed by "
                        "the trade committee, never by the learner's own teacher alone. This is how Danish "
                        "vocational examinations have long been held, and it is what makes employers trust the "
                        "result.",
                        "Our pass rate in the adult modules was 87 per cent in 2025.",
                    ),
                ),
            ),
        ),
        (
            "3. Impact",
            (
                (
                    "How will the results be made available to other organisations? (max. 2,000 characters)",
                    (
                        "Module descriptions should be published in English as well as in Danish, so that partner "
                        "colleges abroad can use them without translating them again.",
                    ),
                ),
            ),
        ),
    ),
    "footer": "Erasmus+ KA220-VET - Limfjord Vocational College - page excerpt",
}

CYPRUS_IMPACT = {
    "file": "impact_assessment_pentadaktylos_centre_for_policy_appraisal.pdf",
    "title": "Impact assessment summary: regulating micro-credentials in Cyprus",
    "author": "Andria Charalambous",
    "saved": "20260310113000+02'00'",
    "org": "Pentadaktylos Centre for Policy Appraisal",
    "byline": "Andria Charalambous, senior analyst - Nicosia, 10 March 2026",
    "summary_box": (
        "Executive summary",
        "We compared three ways of regulating micro-credentials in Cyprus against four criteria. We recommend "
        "Option A: micro-credentials should stand on their own and should not be assembled into degrees, each "
        "tied to a level and to published learning outcomes.",
    ),
    "blocks": (
        ("h", "1. The problem"),
        "About 2,600 adults took a short course from a Cypriot provider in 2025, but the certificates they "
        "received follow no common rules. The Centre, founded in 2014 with a staff of seven analysts, was asked by "
        "its board to compare the options open to the legislator.",
        ("h", "2. Options compared"),
        ("table",),
        "Ratings: ++ clearly better than today, + better, 0 no change, - worse. Cost figures are the Centre's "
        "estimates for the first three years.",
        ("h", "3. Our preferred option"),
        "Option A is the one we argue for. Micro-credentials should stand on their own and should not be "
        "assembled into degrees: a degree is designed as a whole, and a pile of short courses chosen by the "
        "market is not the same learning. Option B would also cost the state an estimated EUR 1.4 million in "
        "new credit-transfer administration.",
        "Under Option A every micro-credential should carry a level of the Cyprus Qualifications Framework, so "
        "that learners and employers can place it among the qualifications they already know.",
        "Its learning outcomes should be printed on the credential itself, in full sentences, and not only "
        "kept on the provider's website.",
        "The scheme should be reviewed after its first full cycle, in 2029, against data on who earned the "
        "credentials and what they did next.",
        ("h", "4. Monitoring"),
        "The Centre will publish its monitoring indicators in a separate note in June 2026.",
    ),
    "options": (
        (
            "Criterion",
            "Option A: free-standing credentials",
            "Option B: stacking into degrees",
            "Option C: no regulation",
        ),
        ("Cost to the state", "+ EUR 0.3 million", "- EUR 1.4 million", "0"),
        ("Benefit to learners", "++ clear level and outcomes", "+ a route to a degree", "0 unchanged"),
        ("Risk to quality", "+ low", "- degrees diluted", "- high"),
        ("Administrative burden", "+ one register", "- credit transfer at every university", "0"),
    ),  # fmt: skip
}

PALESTINE_LOGFRAME = {
    "file": "logframe_jenin_womens_vocational_development_society.xlsx",
    "title": "Logical framework - Women's Skills for Work",
    "author": "Lina Jaradat",
    "date": dt.date(2026, 3, 11),
    "sheets": {
        "Logframe": {
            "rows": (
                ("Logical framework matrix - Women's Skills for Work (proposal, March 2026)", None, None, None, None),
                ("Jenin Women's Vocational Development Society, founded 2009 - budget USD 180,000 over 3 years",
                 None, None, None, None),
                (None, None, None, None, None),
                ("", "Intervention logic", "Objectively verifiable indicators", "Sources of verification",
                 "Assumptions"),
                ("Overall objective", "More women in the Jenin governorate in paid work",
                 "Women's labour force participation in the governorate rises from 17% (2024)",
                 "Labour force survey", None),
                ("Specific objective", "Women earn micro-credentials that employers in the area accept",
                 "600 women hold a micro-credential by the end of 2028", "Society's training records",
                 "Our registration with the ministry, valid until 2028, is renewed"),
                ("Result 1", "Blended courses in tailoring, food processing and bookkeeping",
                 "Three courses running from 2027", "Course reports", "Trainers stay with the project"),
                ("Result 2", "A crèche and a transport scheme in place at the centre",
                 "80% of trainees with young children use the crèche", "Attendance lists",
                 "Families support women's training"),
                ("Activities", "Recruit trainers; equip the centre; agree the courses with employers",
                 "Means: USD 180,000", "Budget", "Roads stay open"),
                (None, None, None, None, None),
                ("Recommendations of the applicant for the national guidelines", None, None, None, None),
                ("1", "A micro-credential should be awarded only to a learner who has attended at least 80 per "
                 "cent of the sessions; a single test at the end cannot show that the skill was built.",
                 None, None, None),
                ("2", "Trainees from the villages should receive a transport allowance for every day they come "
                 "to the centre.", None, None, None),
                ("3", "Every training centre should have a crèche beside the training room, so that mothers of "
                 "young children can take part.", None, None, None),
                ("4", "Part of every course should be taught online, so that women who cannot travel every day "
                 "can still follow it.", None, None, None),
            ),
            "widths": {"A": 22, "B": 60, "C": 36, "D": 26, "E": 34},
            "bold_rows": (1, 4, 11),
        },
    },
}  # fmt: skip

AZERBAIJAN_PETITION = {
    "file": "petition_lankaran_student_union_council.odt",
    "title": "Make micro-credentials fair for students in the regions",
    "author": "Orkhan Babayev",
    "date": dt.date(2026, 3, 12),
    "blocks": [
        ("title", "Make micro-credentials fair for students in the regions"),
        "Petition to: Ministry of Science and Education of the Republic of Azerbaijan",
        "Started by: Orkhan Babayev, Lankaran Student Union Council",
        "1,284 have signed. Let's get to 2,000!",
        ("h", "Why this matters"),
        "The Lankaran Student Union Council was founded in 2011 and speaks for about 9,600 students at three "
        "universities and colleges in the south of the country. The ministry wants to introduce micro-credentials "
        "next year. For students in Baku they will be one more option. For us, Baku is four hours away by bus, "
        "and every course held there costs a week of our stipend.",
        ("h", "We call on the ministry to"),
        ("n", "Make every micro-credential course free of charge for every student, whatever university they "
         "attend."),
        ("n", "Put recorded lectures online so that students in the districts can watch them without "
         "travelling to Baku."),
        ("n", "Give any student who disagrees with a grade the right to a second marker within ten days."),
        ("n", "Reimburse the bus fare of students who come from the districts to sit an exam."),
        ("h", "Updates"),
        "10 March 2026: we handed the first 1,000 signatures to the deputy minister's office.",
        "Share this petition with your classmates.",
    ],
}  # fmt: skip
