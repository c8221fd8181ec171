"""The text of the twenty-seventh held-out set's built contributions (eval/heldout27/README.md).

``build.py`` turns each of these into the file a contributor sent: a dual-learning centre's position paper printed
to PDF from Word with line numbers in the margin, a directorate's fax (a cover sheet and a letter) saved by WordPad
as RTF, a training centre's risk register in Excel, an artisans' confederation's options paper in Word (a table of
options per topic, then the option it prefers), an adult education institute's draft rulebook of articles with
explanatory notes in LibreOffice Writer, and a youth network's square social-media carousel made in PowerPoint.
The forum thread, the outliner page, the board export and the e-mail are kept as text in ``corpus/``. Names,
organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

BELGIUM_PAPER = {
    "file": "position_paper_kempen_centre_for_dual_learning.pdf",
    "title": "Micro-credentials in dual learning: position of the Kempen Centre",
    "author": "Annelies Verhaegen",
    "saved": "20260310113012+01'00'",
    "byline": "Kempen Centre for Dual Learning · Annelies Verhaegen, policy officer · 10 March 2026",
    # ("h", heading) or a body paragraph; Word numbers every line of the body in the left margin, page by page
    "blocks": (
        ("h", "1. Who we are"),
        "The Kempen Centre for Dual Learning was set up in 2009 and places about 1,100 learners a year in 380 partner "
        "companies, from bakeries in Turnhout to chemical plants in the port of Antwerp. A learner spends three days a "
        "week at the company and two days at the centre. Our registration fee is 35 euros per module, and last year "
        "64 per cent of our learners finished their module within the planned time.",
        "We welcome the consultation. Most of our modules are already short and built around one trade task, so "
        "they are close to what the European approach calls a micro-credential. What follows is the position "
        "our board adopted on 4 March 2026.",
        ("h", "2. A place among the qualifications"),
        "Short programmes deserve a level in the Flemish qualifications structure, just as full diplomas have one, "
        "so that a learner and an employer can see at a glance how demanding they are. Without a level, a module of "
        "two hundred hours and an afternoon's introduction look the same on paper.",
        "Every approved micro-credential should be entered in the public database of qualifications, where "
        "employers and guidance counsellors already look for courses. That database listed 1,260 entries at the "
        "end of 2025, most of them full qualifications.",
        ("h", "3. Writing the outcomes"),
        "The learning outcomes should be drafted together by the company mentor and the centre's teacher, since "
        "the mentor knows what the job asks and the teacher knows how a class can reach it. In our pilot with "
        "eleven bakeries this took two meetings per module.",
        ("h", "4. The certificate"),
        "The certificate should be issued digitally, with a printed copy for learners who ask for one. Many of our "
        "learners apply for jobs from their phone, and a file they can forward is worth more to them than a sheet "
        "of paper in a drawer.",
        ("h", "5. Contact"),
        "For questions on this paper, please write to the policy unit of the centre.",
    ),
}

ALGERIA_FAX = {
    "file": "fax_tlemcen_vocational_training_directorate.rtf",
    "title": "Fax - contribution micro-credentials",
    "author": "Secretariat DFP Tlemcen",
    "created": (2026, 3, 11, 9, 40),
    # the cover sheet's table, as the directorate's fax template has it
    "cover": (
        ("To:", "Guidelines secretariat, micro-credentials consultation"),
        ("Fax:", "+32 2 555 01 90"),
        ("From:", "Rachid Benmansour, Director"),
        ("Fax:", "+213 43 27 14 09"),
        ("Pages:", "2 (including this page)"),
        ("Date:", "11/03/2026"),
        ("Subject:", "Contribution to the consultation on micro-credentials"),
    ),
    "cover_note": "If you do not receive all pages, please call +213 43 27 14 10.",
    "salutation": "Dear Madam, Dear Sir,",
    "body": (
        "Please find below the contribution of the Directorate of Vocational Training of the Wilaya of Tlemcen to "
        "the consultation on micro-credentials.",
        "Our directorate supervises 27 vocational training centres and institutes in the wilaya, with 9,400 "
        "trainees in the 2025-2026 session. The accreditation of our main institute was renewed by the ministry in "
        "2024, and we employ 9 assessors for the practical examinations of the February and June sessions.",
        "First, a micro-credential should remain valid for five years, after which its holder should renew it "
        "through a short refresher assessment. Techniques in welding, electricity and refrigeration change, and an "
        "employer must know that the holder is still up to date.",
        "Second, training leading to a micro-credential should be free of charge for the trainee and financed by "
        "the state budget, as all initial vocational training in Algeria already is.",
        "Third, trainees should be assessed in the centre's workshop on a real job, under the eyes of an assessor "
        "who works in the trade.",
        "Fourth, young people who are neither working nor studying should be offered a free place and a transport "
        "allowance at the nearest centre, since many of them live in the mountain communes far from Tlemcen.",
        "We remain at your disposal for any further information.",
    ),
    "closing": "Yours faithfully,",
    "signature": ("Rachid Benmansour", "Director of Vocational Training", "Wilaya of Tlemcen"),
}

AZERBAIJAN_REGISTER = {
    "file": "risk_register_shaki_silk_and_textile_training_centre.xlsx",
    "title": "Micro-credentials pilot - risk register",
    "author": "Türkan Rzayeva",
    "date": dt.date(2026, 3, 6),
    "sheets": {
        "Risk register": {
            "rows": [
                ["Micro-credentials pilot – risk register (Shaki Silk and Textile Training Centre)"],
                ["Prepared by Türkan Rzayeva, deputy director · version 2 · 6 March 2026"],
                [None],
                ["ID", "Risk", "Likelihood", "Impact", "What we recommend", "Owner"],
                [
                    "R1",
                    "Employers do not trust short certificates and keep hiring by word of mouth",
                    "Medium",
                    "High",
                    "Every micro-credential should pass an external quality review by the State Agency for "
                    "Vocational Education before it is first offered.",
                    "State agency",
                ],
                [
                    "R2",
                    "Courses teach what the centre happens to offer rather than what the workshops need",
                    "High",
                    "High",
                    "Owners of carpet workshops and silk farms should be asked what each course must teach "
                    "before its outcomes are fixed.",
                    "Centre",
                ],
                [
                    "R3",
                    "Women in the villages cannot travel to courses in town",
                    "High",
                    "Medium",
                    "Trainers should travel to the villages in the winter months, when there is little work in the "
                    "orchards.",
                    "Centre",
                ],
                [
                    "R4",
                    "Training given by cooperatives goes unrecognised because only state colleges certify",
                    "Medium",
                    "Medium",
                    "Agricultural and craft cooperatives should be allowed to issue "
                    "micro-credentials to their own members.",
                    "Ministry",
                ],
                [
                    "R5",
                    "Fewer enrolments in spring 2026 than planned",
                    "Low",
                    "Medium",
                    "Monitor enrolment each month",
                    "Centre",
                ],
            ],
            "widths": {"A": 6, "B": 42, "C": 12, "D": 10, "E": 60, "F": 14},
            "bold_rows": (4,),
        },
        "Figures": {
            "rows": [
                ["Item", "Value"],
                ["Centre founded", "1998"],
                ["Trainees in 2025", "1,430"],
                ["Accredited providers in the region", "42"],
                ["Languages of teaching", "Azerbaijani and Russian"],
                ["Course fee", "60 manat"],
            ],
            "widths": {"A": 36, "B": 26},
            "bold_rows": (1,),
        },
    },
}

ITALY_OPTIONS = {
    "file": "options_paper_umbrian_artisan_workshops.docx",
    "title": "Micro-credentials: options and preferences",
    "author": "Giulia Ferracuti",
    "date": dt.date(2026, 3, 9),
    "intro": (
        "The Confederation groups 1,850 artisan workshops in Umbria, from the ceramics of Deruta to the weavers of "
        "the Valnerina. Its training school, founded in 1986, runs about 40 short courses a year, and our courses "
        "list between five and nine learning outcomes each. Training in our sector is partly paid for by the 0.30 "
        "per cent of payroll that employers pay into the inter-professional funds.",
        "For each question below we set out the options our working group discussed, then the option the board "
        "prefers.",
    ),
    # (heading, [(option, what it means, for, against)], preferred option)
    "topics": (
        (
            "1. Size of a micro-credential",
            (
                (
                    "Option A: no lower limit",
                    "Any course, however short, can lead to a micro-credential.",
                    "Flexible; suits demonstrations at fairs.",
                    "A credential may then stand for very little.",
                ),
                (
                    "Option B: a floor",
                    "A minimum volume of learning is set nationally.",
                    "Employers know what to expect.",
                    "Some short courses would no longer qualify.",
                ),
            ),
            "Option B. A micro-credential should require at least 2 ECTS credits, about fifty hours of learning, "
            "or it says too little about what the holder can do.",
        ),
        (
            "2. Funding",
            (
                (
                    "Option A: public money only",
                    "The region pays the whole course.",
                    "No barrier for anyone.",
                    "Places are booked and then left empty.",
                ),
                (
                    "Option B: a shared cost",
                    "The region pays most of the course and the learner the rest.",
                    "Learners commit to finishing.",
                    "A barrier for those on low incomes.",
                ),
            ),
            "Option B. Learners should pay part of the fee themselves, because people value a course more when they "
            "have put some of their own money into it; the rest should come from the regional fund.",
        ),
        (
            "3. Assessment",
            (
                (
                    "Option A: a written test",
                    "A multiple-choice test at the end of the course.",
                    "Cheap and quick to mark.",
                    "Says nothing about the hands.",
                ),
                (
                    "Option B: a piece of work",
                    "The learner makes an object in the workshop.",
                    "Shows the skill itself.",
                    "Takes a master's time.",
                ),
            ),
            "Option B. The assessment should consist of a real piece made in the workshop and judged by a master "
            "artisan, not of a written test.",
        ),
        (
            "4. Building towards a qualification",
            (
                (
                    "Option A: stand-alone credentials",
                    "Each credential stays on its own.",
                    "Simple to run.",
                    "Learners collect certificates that lead nowhere.",
                ),
                (
                    "Option B: stackable credentials",
                    "Credentials in one craft add up to a qualification.",
                    "A clear path for adults.",
                    "Needs agreement with the region.",
                ),
            ),
            "Option B. Four micro-credentials in the same craft should together lead to the regional qualification "
            "of craft operator.",
        ),
    ),
    "footer": "Confederation of Umbrian Artisan Workshops – training school – Perugia",
}

BOSNIA_RULEBOOK = {
    "file": "draft_rulebook_zenica_doboj_adult_education_institute.odt",
    "title": "Proposal: Rulebook on micro-credentials in adult education",
    "author": "Amra Hodžić-Begović",
    "date": dt.date(2026, 3, 12),
    "blocks": [
        ("title", "Proposal: Rulebook on micro-credentials in adult education (working draft with explanatory notes)"),
        "The Adult Education Institute of Zenica-Doboj Canton submits the following draft articles to the "
        "consultation. The Institute was established in 2008 and has kept the examination records of adult "
        "learners on paper since 2011. Each article is followed by a note explaining it.",
        ("h", "Article 1 – Subject"),
        "This Rulebook sets out how micro-credentials are designed, awarded and recognised in the adult education "
        "system of the Canton.",
        ("h2", "Explanatory note"),
        "In 2025 the Institute approved 118 adult education programmes, 37 of them shorter than 60 hours.",
        ("h", "Article 2 – Place in the qualifications framework"),
        "Each micro-credential shall be placed at one of the levels of the Qualifications Framework of Bosnia and "
        "Herzegovina.",
        ("h2", "Explanatory note"),
        "The Framework was adopted in 2011 and has eight levels; the Institute's programmes currently sit between "
        "levels 2 and 5.",
        ("h", "Article 3 – The certificate"),
        "The certificate shall state the learning outcomes, the level, the workload in hours and the form of "
        "assessment.",
        ("h2", "Explanatory note"),
        "Certificates issued by the Institute's 14 licensed providers currently show only the title of the "
        "programme and its dates.",
        ("h", "Article 4 – Towards a full qualification"),
        "A learner holding micro-credentials that together cover all the units of a qualification shall be awarded "
        "that qualification without a further examination.",
        ("h", "Article 5 – Micro-credentials obtained abroad"),
        "A micro-credential obtained abroad shall be recognised on the basis of its learning outcomes, regardless "
        "of the number of hours.",
        ("h2", "Explanatory note"),
        "About 2,600 people from the Canton work in Germany, Austria and Slovenia each season.",
    ],
}

PALESTINE_CAROUSEL = {
    "file": "carousel_nablus_young_entrepreneurs_network.pptx",
    "title": "Micro-credentials: what young people in Nablus want",
    "author": "Rami Daraghmeh",
    "date": dt.date(2026, 3, 8),
    "handle": "@NablusYEN",
    # (big line, small line); the first is the cover, the last the call to comment
    "slides": (
        ("Micro-credentials: 4 things young people in Nablus want", "Swipe →"),
        (
            "A one-day workshop of six hours is enough to earn a micro-credential.",
            "As long as the skill is tested at the end of the day.",
        ),
        (
            "Young people in the camps and villages should be able to follow every course on their phones.",
            "Most of our members have a phone, few have a laptop.",
        ),
        (
            "Young people who are out of work should be reached through the youth centres and the social media pages "
            "they already follow.",
            "Not through posters at the ministry.",
        ),
        (
            "Every credential should be shareable as a link on a CV or a LinkedIn profile.",
            "Employers in Ramallah hire from LinkedIn.",
        ),
        (
            "About us",
            "Founded in 2019 · 640 members · courses taught in Arabic, with English terms for software "
            "tools · course fee 40 shekels",
        ),
        ("Tell us what you think", "Comment below or write to us · #MicroCredentialsPS"),
    ),
}
