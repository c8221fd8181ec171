"""The text of the twenty-first held-out set's built contributions (eval/heldout21/README.md), written by hand.

``build.py`` makes the files from these: the winegrowers' letter typed, signed and scanned to a multi-page TIFF
(Pillow), the vocational education council's minutes kept as a Word table "Speaker | Statement" (python-docx),
the petroleum skills centre's slides printed to PDF as notes pages (reportlab), the university's letter in
OpenDocument text with footnotes (its XML written directly) and the policy lab's blog post printed to PDF from a
web browser (reportlab). Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# A typed two-page letter, signed, scanned in greyscale to one multi-page TIFF: no text layer.
MOLDOVA_SCAN = {
    "file": "scan_codru_small_wineries_association.tif",
    "pages": [
        [
            ("head", "ASSOCIATION OF SMALL WINERIES OF CODRU"),
            ("head", "12 Stefan cel Mare Street, Ialoveni, Republic of Moldova"),
            ("right", "Ref. 27/2026, Ialoveni, 9 March 2026"),
            "To the secretariat of the consultation on micro-credentials",
            "Dear Madam, dear Sir,",
            "Our association was set up in 2006 by eleven family estates. Today it brings together 48 member "
            "wineries, which employ about 1,350 people all year round and close to 2,900 seasonal workers at "
            "harvest time. In 2025 we ran a pilot course in cellar hygiene for 64 workers; 14 of them failed "
            "the first test and passed it in the spring. The course fee was 1,200 lei per person, paid by the "
            "estates.",
            "Having discussed the draft questions at our general assembly, we wish to make the following points.",
            "1. Whether a short course is given a level of the national framework should be left to the "
            "provider that designs it. Many of our courses last two or three days and are renewed every season; "
            "a formal levelling procedure would take longer than the course itself.",
        ],
        [
            "2. Cellar workers with five harvests or more behind them should be able to earn the "
            "micro-credential through a practical test alone, without sitting through the course. They already "
            "know the work better than many teachers.",
            "3. A winemaker from a member estate should sit on every assessment panel beside the teacher. Only "
            "a practitioner can judge whether a wine was handled well in the cellar.",
            "4. Training should be brought to the villages in the winter months, when there is little work in "
            "the vineyards. Our members are spread over 31 villages, and a bus to the capital costs a worker a "
            "day's wage.",
            "5. Certificates should be written in Romanian and in English, so that workers who go abroad for "
            "the harvest can show what they have learnt.",
            "We remain at your disposal for any further information.",
            "Yours faithfully,",
            "Lilian Grosu",
            "President of the Association",
        ],
    ],
}

# Minutes of a council's working group, kept as Word tables: a block of particulars, then "Speaker | Statement".
LATVIA_MINUTES = {
    "file": "minutes_vidzeme_vocational_education_council.docx",
    "title": "Minutes of the working group on micro-credentials, meeting 3/2026",
    "author": "Ieva Strode",
    "date": dt.date(2026, 3, 16),
    "heading": "Vidzeme Vocational Education Council - Working group on micro-credentials",
    "particulars": [
        ("Meeting", "3/2026"),
        ("Date and place", "13 March 2026, Valmiera, council office, room 2"),
        ("Chair", "Ieva Strode"),
        ("Present", "Ieva Strode, Martins Liepa, Anda Vitola, Karlis Ozols"),
        ("Minutes taken by", "Anda Vitola"),
    ],
    "header": ("Speaker", "Statement"),
    "rows": [
        (
            "I. Strode",
            "Opened the meeting. The council was founded in 2009 and now has 14 member schools; this is our "
            "third meeting on the consultation. The aim today is to agree the council's reply.",
        ),
        (
            "K. Ozols",
            "Reported on the pilot: 23 courses were run in 2025 across six schools, with 410 learners, and the "
            "average course lasted 64 hours.",
        ),
        (
            "I. Strode",
            "Every micro-credential must be referenced to a level of the national qualifications framework "
            "before it is offered. Without a level, employers and schools have no common yardstick.",
        ),
        ("M. Liepa", "Asked how long the referencing took in the pilot. K. Ozols: between three and seven weeks."),
        (
            "I. Strode",
            "Learning outcomes should be drafted jointly by the school's teachers and at least one employer from "
            "the sector concerned.",
        ),
        (
            "A. Vitola",
            "Noted that the council's budget for 2026 is 186,000 euros, of which 40,000 euros go to the pilot.",
        ),
        (
            "I. Strode",
            "Adults with relevant work experience should be able to have it validated and receive the "
            "micro-credential after an assessment only.",
        ),
        (
            "M. Liepa",
            "Agreed, and proposed that the council also say something on size. After discussion: a "
            "micro-credential should not exceed 10 ECTS credits; anything larger is a module of a full "
            "programme.",
        ),
        (
            "I. Strode",
            "Providers should go through an external review by the national quality agency every five years. "
            "The meeting agreed the five points above as the council's reply.",
        ),
        ("I. Strode", "Closed the meeting at 16:40. Next meeting: 10 April 2026."),
    ],
}

# A deck printed from the presentation program as "Notes Pages": one portrait page per slide, the slide in a
# frame at the top, the speaker's notes under it, the page number at the foot.
KAZAKHSTAN_NOTES_PAGES = {
    "file": "notes_pages_atyrau_petroleum_skills_centre.pdf",
    "title": "Micro-credentials in oil and gas: what a training centre needs",
    "author": "Askar Zhakupov",
    "footer": "Atyrau Petroleum Skills Centre",
    "pages": [
        (
            "Micro-credentials in oil and gas",
            ["What a company training centre needs", "Askar Zhakupov, Director", "Consultation webinar, March 2026"],
            [
                "Good morning. I will go through four points that matter to a training centre owned by "
                "industry. Our centre opened in 2011 and trains about 5,600 people a year, with 37 instructors "
                "and two drilling simulators on which we train groups of 12.",
            ],
        ),
        (
            "Small units",
            ["1 ECTS can be enough", "Safety procedures are short by nature", "25 to 30 hours"],
            [
                "A micro-credential of a single ECTS credit should be allowed. A gas detection course or a "
                "confined space entry procedure takes 25 to 30 hours, and stretching it to fill a larger unit "
                "helps nobody.",
                "Our standard course fee is 85,000 tenge; most participants are sent by their employers.",
            ],
        ),
        (
            "Who assesses, who issues",
            ["An engineer from the company on the panel", "Licensed company centres issue"],
            [
                "Assessment panels should include an engineer from the company where the candidate works, "
                "because the engineer knows the installations the candidate will operate.",
                "Company training centres should be allowed to issue micro-credentials once the ministry has "
                "licensed them. We already hold a licence for occupational safety training, renewed in 2024.",
            ],
        ),
        (
            "The certificate",
            ["Kazakh, Russian, English", "A QR code to the register entry"],
            [
                "Certificates should be issued in Kazakh, Russian and English; our contractors come from "
                "eleven countries.",
                "Each digital certificate should carry a QR code that leads to the issuer's entry in the "
                "public register, so that a site manager can check it on the spot.",
                "Thank you. Questions are welcome in the chat.",
            ],
        ),
    ],
}

# A letter from a vice-rector in OpenDocument text: letterhead lines, date, salutation, body with footnotes,
# closing and signature. Footnotes: (paragraph index, note text).
GREECE_LETTER = {
    "file": "letter_ionian_coast_university.odt",
    "title": "Letter on the consultation on micro-credentials",
    "author": "Eleni Vourvachaki",
    "date": dt.date(2026, 3, 11),
    "paragraphs": [
        "IONIAN COAST UNIVERSITY",
        "Office of the Vice-Rector for Academic Affairs",
        "Preveza, 11 March 2026",
        "Dear colleagues,",
        (
            "Thank you for inviting the University to comment. We have offered short courses since 2019, and in "
            "the last academic year 146 of them were open to the public, attended by about 1,140 people who were "
            "not our students.",
            "Figures of the University's Centre for Lifelong Learning for 2024-2025. The usual fee for a short "
            "course was 250 euros.",
        ),
        (
            "Our Senate discussed the consultation questions in March and asked me to convey its views on "
            "three matters.",
            "The Senate adopted these views on 4 March 2026 by 31 votes to 3.",
        ),
        (
            "First, short courses taken outside the university should never shorten the studies of a degree "
            "student. A degree is a coherent programme, and its credits are earned inside it.",
            None,
        ),
        (
            "Second, before recognising a micro-credential from another country, a recognition officer should "
            "check who assessed the learner and how, not only the title and the number of hours. Our "
            "recognition office handled 212 requests last year.",
            "Most of them concerned certificates from neighbouring countries; none concerned a micro-credential yet.",
        ),
        (
            "Third, each certificate should say how the learner was assessed, whether by a written examination, "
            "a project or an observed practical task.",
            None,
        ),
        (
            "Finally, micro-credentials offered by a university should pass through the same internal quality "
            "procedure as its degree courses.",
            None,
        ),
        "With kind regards,",
        "Professor Eleni Vourvachaki",
        "Vice-Rector for Academic Affairs",
    ],
}

# A blog post printed to PDF from a web browser: the date and page title in the header of every page, the
# address and page count in the footer, the site's menu above the post and related posts under it.
CROATIA_BROWSER_PRINT = {
    "file": "printout_adriatic_policy_lab_blog.pdf",
    "title": "Who should pay for micro-credentials? | Adriatic Policy Lab",
    "printed": "19/03/2026, 11:02",
    "url": "https://www.adriaticpolicylab.hr/blog/who-should-pay-for-micro-credentials",
    "menu": "Adriatic Policy Lab     Research     Events     Blog     About us     Donate",
    "post_title": "Who should pay for micro-credentials?",
    "byline": "Nives Jurman Kralj, 17 March 2026, 6 min read",
    "paragraphs": [
        "Adriatic Policy Lab is an independent research group founded in 2018 in Rijeka. This month we "
        "surveyed 1,050 adults in Croatia about short courses; 41 per cent had taken at least one in the last "
        "three years, and 12 per cent said they had once had a complaint about their provider. The average fee "
        "they reported was 320 euros.",
        "Micro-credentials are coming, and with them the question of the bill. Our answer is simple, and we "
        "know it is not popular.",
        "Adults in Croatia already pay for most of their courses. Of those in our survey who had taken a short "
        "course, 58 per cent had paid the whole fee themselves, 23 per cent had it paid by their employer and "
        "19 per cent by a public programme. Those who paid themselves finished their course more often.",
        "The learner should pay the full fee for a micro-credential, with a public loan for those who cannot "
        "afford it. A course paid by someone else is too easily abandoned halfway, and public money spent on "
        "fees mostly reaches people who would have enrolled anyway.",
        "Every micro-credential should come as a digital certificate that an employer can verify online in "
        "seconds. Paper certificates are forged, and checking them by telephone wastes everyone's time.",
        "Providers should publish the share of learners who complete each micro-credential. In our survey, "
        "17 providers were named by respondents, and only three of them publish anything of the kind.",
        "Each micro-credential should be reviewed against labour-market data every three years and withdrawn "
        "if no employer asks for it any more.",
        "Loans for short courses are new in Croatia. The amounts are small, a few hundred euros, and the "
        "experience of student loans in other countries suggests that most borrowers repay them within two "
        "years of finishing.",
        "We will present the full survey at our spring conference in Rijeka on 22 April.",
    ],
    "after": [
        "Share this post:  Facebook   LinkedIn   E-mail",
        "Related posts",
        "Adult learning in Croatia: ten years of data",
        "What employers say about short courses",
        "Subscribe to our newsletter",
    ],
}
