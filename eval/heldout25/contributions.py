"""The text of the twenty-fifth held-out set's built contributions (eval/heldout25/README.md).

``build.py`` turns each of these into the file a contributor sent: the hoteliers' answers typed into the content
controls of the consultation's Word template, the think tank's two-column policy brief as a PDF, the training
centre's submission saved by LibreOffice Writer as RTF, the researcher's conference poster (one PowerPoint slide),
the meeting transcript Teams saved as a Word file, and the union's workbook with one sheet per theme. The survey
export, the HTML e-mail, the meeting note and the wiki page are kept as text in ``corpus/``. Names, organisations
and figures are invented.
"""

from __future__ import annotations

import datetime as dt

CYPRUS_TEMPLATE = {
    "file": "questionnaire_larnaca_bay_hoteliers.docx",
    "title": "Consultation on guidelines for micro-credentials - response template",
    "author": "Guidelines secretariat",
    "date": dt.date(2026, 3, 10),
    "heading": "Consultation on guidelines for micro-credentials",
    # the template's own words, locked in content controls the respondent cannot edit
    "instruction": "Please type your answers in the grey fields. Do not change the questions or the layout of "
    "this form.",
    # (prompt, kind, answer): kind "text" is a rich-text control, "list" a drop-down list, "date" a date picker
    "details": (
        ("Name of respondent", "text", "Andreas Hadjipetrou, Director of Training"),
        ("Organisation", "text", "Larnaca Bay Hoteliers' Association"),
        ("Type of organisation", "list", "Employers' organisation"),
        ("Date", "date", "10/03/2026"),
    ),
    "list_items": (
        "Choose an item.",
        "Public authority",
        "Education or training provider",
        "Employers' organisation",
        "Trade union",
        "Other",
    ),  # fmt: skip
    # (prompt, answer paragraphs or None for a control left showing its placeholder)
    "questions": (
        (
            "1. Please describe your organisation.",
            [
                "The Larnaca Bay Hoteliers' Association was founded in 1979 and brings together 212 hotels, from "
                "family guesthouses to resorts with 600 rooms. In a good year our members employ about 14,000 "
                "people, more than half of them only between April and October.",
            ],
        ),
        (
            "2. Who should be involved in designing micro-credentials?",
            [
                "Head chefs and front-office managers should sit with the trainers when the learning outcomes are "
                "written. A trainer who has never run a breakfast service for 400 guests cannot know what a new cook "
                "must manage on the first morning.",
            ],
        ),
        (
            "3. How should learners be assessed?",
            [
                "The final test should be judged jointly by the trainer and a head of department from a working "
                "hotel. Last season 82 per cent of the 1,150 staff who sat our housekeeping and kitchen tests passed "
                "at the first attempt.",
            ],
        ),
        (
            "4. When and how should courses be offered?",
            [
                "Courses should run between November and March, when most hotels are closed or half empty and staff "
                "have time to learn.",
            ],
        ),
        (
            "5. Who should finance micro-credentials?",
            [
                "The public training fund should cover the fee, so that no hotel has to pay for its staff's "
                "micro-credentials. Hotels already pay a training levy of 0.5 per cent of their payroll into that "
                "fund.",
                "A typical course fee is €35 per person.",
            ],
        ),
        ("6. Any other comments", None),
    ),
    "placeholder": "Click or tap here to enter text.",
}

DENMARK_BRIEF = {
    "file": "brief_oresund_skills_policy_centre.pdf",
    "title": "Small courses, big promises: getting micro-credentials right",
    "author": "Mette Kjærsgaard",
    "saved": "20260306141500+01'00'",
    "masthead": "ØRESUND CENTRE FOR SKILLS POLICY",
    "series": "POLICY BRIEF 3 · MARCH 2026",
    "byline": "Mette Kjærsgaard, Senior Analyst",
    "footer": "oresundskills.dk",
    # the body flows down the left column, then the right one, then page 2; ("h", text) is a heading, ("quote",
    # text) a pull quote set across its column in large italic type, ("box", title, lines) the shaded sidebar
    "blocks": (
        ("h", "Why this matters"),
        "Denmark has offered short vocational courses for adults since 1960, and more than 600,000 course places "
        "are taken each year. What is new is the promise that a short course can be carried into a degree, or "
        "across a border.",
        (
            "box",
            "At a glance",
            (
                "23 pilot programmes",
                "4,600 learners enrolled in 2025",
                "11 universities and university colleges",
                "Average course length: 6 weeks",
            ),
        ),  # fmt: skip
        ("h", "Keep them small"),
        "Our first recommendation is about size: no micro-credential should exceed 10 ECTS credits. Anything "
        "larger is a programme in its own right, and calling it a micro-credential only blurs the line between the "
        "two.",
        ("quote", "“Anything larger is a programme in its own right.”"),
        ("h", "Let them add up"),
        "Universities should let learners count up to 60 ECTS of micro-credentials towards a bachelor's degree. In "
        "our survey of 1,900 adult learners, 41 per cent said they would start a course sooner if they knew it "
        "counted towards a degree.",
        ("h", "Issue them digitally"),
        "Every micro-credential should be issued as a digital credential that follows the European Digital "
        "Credentials for Learning standard. A paper certificate cannot be checked by an employer in another "
        "country without a phone call and a translation. The national pilot platform cost DKK 2.4 million over "
        "its first two years.",
        ("quote", "“A paper certificate cannot be checked without a phone call and a translation.”"),
        ("h", "Show the results"),
        "Providers should publish each year how many of their learners finished and what they were doing six "
        "months later. Learners choose better when they can compare, and providers improve when their results "
        "are visible.",
        ("h", "About this brief"),
        "The Øresund Centre for Skills Policy is an independent think tank founded in 2013 in Copenhagen. This "
        "brief draws on our survey of adult learners and on interviews with 30 course providers.",
    ),
}

LIBYA_SUBMISSION = {
    "file": "submission_misrata_vocational_training_centre.rtf",
    "title": "Contribution to the consultation on micro-credentials",
    "author": "Khaled Bensaud",
    "created": (2026, 3, 8, 10, 12),
    # ("title" | "h" | "p", text) or ("table", rows): the first row of a table is its header
    "blocks": (
        ("title", "Misrata Vocational Training Centre – Contribution to the consultation on micro-credentials"),
        ("p", "Prepared by Khaled Bensaud, Director of Studies, 8 March 2026"),
        ("h", "1. About the Centre"),
        ("p", "The Centre opened in 1998 and trains about 1,600 young people and adults a year in 12 workshops. "
              "Courses are taught in Arabic, with manuals in English for the electrical and welding trades. Last "
              "year 78 per cent of candidates passed their final test. We have 14 assessors, all of them former "
              "technicians."),
        ("p", "In 2025 the Ministry of Labour opened two new centres in the region. Our short courses in 2025 were "
              "the following."),
        ("table", (
            ("Course", "Hours", "Learners in 2025", "Fee (LYD)"),
            ("Industrial electrics", "180", "240", "350"),
            ("Welding", "160", "210", "300"),
            ("Air-conditioning repair", "120", "150", "250"),
            ("Solar panel installation", "90", "120", "200"),
        )),
        ("h", "2. Our positions"),
        ("table", (
            ("Topic", "Position of the Centre"),
            ("Assessment", "No assessment should be held at a distance: every candidate must carry out the practical "
                           "task in person, in front of an examiner."),
            ("Learning outcomes", "The outcomes of each course should be agreed with the firms that will hire our "
                                  "graduates."),
            ("Certificates", "The certificate should list each task the holder has shown they can perform."),
            ("Quality", "Our courses should be inspected by the national quality body every two years, and the "
                        "report made public."),
        )),
        ("p", "We remain at your disposal for any question."),
        ("p", "Khaled Bensaud"),
    ),
}  # fmt: skip

KOSOVO_POSTER = {
    "file": "poster_prizren_education_research_institute.pptx",
    "title": "Short courses, real jobs?",
    "author": "Drilona Gashi-Berisha",
    "date": dt.date(2026, 2, 18),
    "banner": "Short courses, real jobs? Graduates of 46 short vocational courses in Kosovo, 2022–2025",
    "authors": "Drilona Gashi-Berisha · Prizren Institute for Education Research · Balkan Skills Conference, "
    "Skopje, 20–21 February 2026",
    # (panel heading, paragraphs): each panel a group of a heading bar and a text box, in three columns
    "panels": (
        ("Background", (
            "Since 2021 the Ministry of Education, Science, Technology and Innovation has funded short courses in "
            "14 municipalities. Little is known about what happens to their graduates.",
        )),
        ("Method", (
            "We surveyed 640 graduates of 46 courses by telephone between May and September 2025 and read the "
            "course descriptions. The courses listed between 4 and 11 learning outcomes each.",
        )),
        ("Findings", (
            "58% were employed six months after the course.",
            "71% said an employer had never heard of their certificate.",
            "Graduates from villages were half as likely to have taken part.",
        )),
        ("Recommendations", (
            "1. Each short course should be placed on one of the eight levels of the Kosovo qualifications "
            "framework.",
            "2. The certificate should state the learning outcomes, the workload in hours and how they were "
            "assessed.",
            "3. Mobile training units should take the courses to villages where there is no vocational school.",
            "4. A short course that has been assessed should count towards the full vocational qualification in "
            "the same trade.",
        )),
        ("References", (
            "Gashi-Berisha, D. (2025). Tracing the graduates of short courses. PIER Working Paper 7.",
        )),
    ),
    "qr_caption": "Scan for the full report",
}  # fmt: skip

TURKMENISTAN_TRANSCRIPT = {
    "file": "transcript_mary_vocational_education_department.docx",
    "title": "Interview - micro-credentials consultation (Mary province)",
    "author": "Liisa Kask",
    "date": dt.date(2026, 3, 4),
    "when": "March 4, 2026, 7:02AM",
    "length": "38m 14s",
    "started": "Liisa Kask started transcription",
    "stopped": "Liisa Kask stopped transcription",
    # (speaker, time stamp, text): Liisa Kask interviews for the secretariat
    "turns": (
        ("Liisa Kask", "0:05", "Good morning, and thank you for making time for us. Could you first say a few words "
                               "about your department?"),
        ("Ogulgerek Nurmuradova", "0:21", "Good morning. Our department oversees 19 vocational schools in Mary "
                                          "province, with about 7,400 students. Courses are taught in Turkmen, and "
                                          "some in Russian. The Ministry of Education approved a new list of "
                                          "professions last year."),
        ("Liisa Kask", "1:48", "Thank you. Let us start with certificates. What form should they take, in your "
                               "view?"),
        ("Ogulgerek Nurmuradova", "2:02", "In our view the certificate should be issued on paper and carry the seal "
                                          "of the department. A digital copy can be useful, but only for "
                                          "information, it cannot replace the paper."),
        ("Liisa Kask", "4:37", "And where should the short programmes be recorded?"),
        ("Ogulgerek Nurmuradova", "4:44", "All approved short programmes should be listed in the ministry's single "
                                          "catalogue of qualifications. The catalogue was last revised in 2024 and it "
                                          "holds 310 qualifications."),
        ("Liisa Kask", "9:15", "Many of the learners are unemployed. What would help them?"),
        ("Ogulgerek Nurmuradova", "9:23", "Jobseekers who enrol in a course should receive a monthly stipend while "
                                          "they study, otherwise they leave for seasonal work in the cotton fields."),
        ("Liisa Kask", "14:50", "One more question, on the final examination."),
        ("Ogulgerek Nurmuradova", "14:58", "An examination board of three people, one of them from the employer, "
                                           "should assess every candidate. That is how our schools already work for "
                                           "the long programmes."),
        ("Liisa Kask", "37:40", "Thank you very much, that is very helpful. We will send you the notes."),
    ),
}  # fmt: skip

ARMENIA_WORKBOOK = {
    "file": "workbook_lori_healthcare_workers_union.xlsx",
    "title": "Contribution to the consultation on micro-credentials",
    "author": "Lusine Hovakimyan",
    "date": dt.date(2026, 3, 12),
    "sheets": {
        "Cover": {
            "rows": [
                ["Lori Region Healthcare Workers' Union"],
                ["Contribution to the consultation on micro-credentials"],
                ["Contact: Lusine Hovakimyan, Vice-chair"],
                ["Date: 12.03.2026"],
                [None],
                ["Each sheet covers one theme. Column C gives our position, column D our reasons."],
                ["The union was founded in 1996 and has 2,900 members in 41 hospitals and clinics. Its own training "
                 "budget is 18 million dram a year."],
            ],
            "widths": {"A": 100},
            "bold_rows": (1,),
        },
        "Funding": {
            "rows": [
                ["No.", "Issue", "Our position", "Reasons"],
                [1, "Cost of courses", "An employer that requires a course of its staff should bear its full cost.",
                 "A nurse earns about 180,000 dram a month, and a course costs 45,000 dram."],
            ],
            "widths": {"A": 6, "B": 22, "C": 60, "D": 50},
            "bold_rows": (1,),
        },
        "Access": {
            "rows": [
                ["No.", "Issue", "Our position", "Reasons"],
                [2, "Rural staff", "Nurses in mountain villages should be able to follow the theory online and do the "
                 "practice at the nearest district hospital.", "38 of the clinics where our members work are more "
                 "than 60 km from Vanadzor."],
                [3, "Timing", "Courses should be held during paid working hours, not on days off.",
                 "Most members work 12-hour shifts."],
            ],
            "widths": {"A": 6, "B": 22, "C": 60, "D": 50},
            "bold_rows": (1,),
        },
        "Recognition": {
            "rows": [
                ["No.", "Issue", "Our position", "Reasons"],
                [4, "Licence renewal", "Micro-credentials should count towards the continuing education credits a "
                 "nurse needs to renew her licence.", "A licence is renewed every five years with 50 credits."],
            ],
            "widths": {"A": 6, "B": 22, "C": 60, "D": 50},
            "bold_rows": (1,),
        },
    },
}  # fmt: skip
