"""The text of the thirty-second held-out set's built contributions (eval/heldout32/README.md).

``build.py`` turns each spec into its file: the employment office's Slido Q&A export in Excel, the research
institute's handbook case study in Word, the youth council's factsheet as a PDF, the chamber's memorandum of
understanding in LibreOffice Writer and the union's Pecha Kucha talk in LibreOffice Impress. Written by hand for
this set; names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

# The Slido export: one row per audience question, its author ("Anonymous" when none was given), likes, state,
# labels and the panel's typed reply with who replied. Only Delphine Vanmechelen's replies are hers; the audience's
# questions and the other panellist's replies are not.
BELGIUM_SLIDO = {
    "file": "slido_panel_hainaut_employment_and_training_office.xlsx",
    "title": "Slido export - Short courses, real jobs",
    "author": "Slido",
    "date": dt.date(2026, 3, 5),
    "event": (
        ("Event name", "Skills Week Hainaut 2026 - Panel: Short courses, real jobs"),
        ("Event code", "#SKW26"),
        ("Event date", "5 March 2026, 14:00-15:30"),
        (
            "Panellists",
            "Delphine Vanmechelen (Hainaut Employment and Training Office); "
            "Pieter-Jan Goossens (Federation of Logistics Training Companies)",
        ),
        ("Moderator", "Host"),
        ("Participants", "214"),
        ("Questions", "8"),
        ("Exported", "2026-03-05 16:02 CET"),
    ),
    "header": ("Question", "Author", "Likes", "Status", "Labels", "Created", "Reply", "Replied by"),
    "rows": (
        (
            "Will micro-credentials get a level in the qualifications framework like diplomas do?",
            "Anonymous",
            41,
            "Answered",
            "Recognition",
            "2026-03-05 14:06",
            "Not if I had my way. I would keep micro-credentials outside the qualifications framework altogether: "
            "employers here read a short course by what it lets someone do, and a level adds paperwork for "
            "providers without telling a hiring manager anything new.",
            "Delphine Vanmechelen",
        ),
        (
            "I have 15 years as a forklift driver. Do I still have to sit the whole course?",
            "Marc D.",
            33,
            "Answered",
            "Validation",
            "2026-03-05 14:11",
            "No. Someone with years on the job can ask us to assess that experience directly, and whoever passes "
            "receives exactly the same credential as the people who followed the course.",
            "Delphine Vanmechelen",
        ),
        (
            "Do I lose my unemployment benefit if I take one of these courses?",
            "Anonymous",
            29,
            "Answered",
            "Funding",
            "2026-03-05 14:19",
            "Here you don't, and that is how it should stay everywhere: a jobseeker who follows a micro-credential "
            "course keeps the full unemployment allowance for the whole length of the course. The Office trains "
            "about 9,000 jobseekers a year and we would lose half of them otherwise.",
            "Delphine Vanmechelen",
        ),
        (
            "Who decides what goes into the courses?",
            "Sofie",
            18,
            "Answered",
            "Design",
            "2026-03-05 14:24",
            "No course of ours starts until two employers from the sector have signed off its content.",
            "Delphine Vanmechelen",
        ),
        (
            "What if the assessor refuses to recognise my experience? Can I appeal somewhere?",
            "Anonymous",
            12,
            "Archived",
            "Validation",
            "2026-03-05 14:31",
            None,
            None,
        ),
        (
            "Are private training companies allowed to issue these too?",
            "Anonymous",
            9,
            "Answered",
            "Quality",
            "2026-03-05 14:37",
            "Any training company should be able to issue them, as long as its clients are satisfied.",
            "Pieter-Jan Goossens",
        ),
        (
            "How much does a course cost?",
            "Anonymous",
            7,
            "Answered",
            "Funding",
            "2026-03-05 14:42",
            "In logistics they cost between 150 and 600 euros, and the company pays for most of them.",
            "Pieter-Jan Goossens",
        ),
        (
            "Will the slides be shared after the session?",
            "Anonymous",
            3,
            "Archived",
            None,
            "2026-03-05 15:20",
            None,
            None,
        ),
    ),
}

# The handbook's case study chapter: a narrative, a shaded "Lessons learned" box (the author's), a side box quoting
# an interviewed employer (not the author) and a figure caption.
HUNGARY_CASE = {
    "file": "handbook_case_study_szeged_institute_for_adult_learning_research.docx",
    "title": "Micro-credentials in practice - Chapter 4: Six short credentials at a bakery chain",
    "author": "Bálint Szőke-Halmi",
    "date": dt.date(2026, 3, 6),
    "running_head": "Micro-credentials in practice: a handbook for adult learning providers",
    "chapter": "Chapter 4. Case study: six short credentials at a bakery chain",
    "byline": "Bálint Szőke-Halmi, Szeged Institute for Adult Learning Research",
    "narrative": (
        (
            "4.1 The company",
            (
                "Aranykalász Bakeries was founded in 1994 as a single shop in Hódmezővásárhely. It now runs 28 shops "
                "and two production sites and employs 410 people, a third of whom joined without any vocational "
                "qualification.",
                "In 2024 the company and a regional vocational training centre designed six short credentials for "
                "its staff, from dough preparation to food safety at the counter. The shortest unit takes four hours; "
                "the longest takes twelve.",
            ),
        ),
        (
            "4.2 How the credentials were built",
            (
                "The trainers visited the production sites for two weeks before writing anything. The shift managers "
                "took part in every drafting meeting, and the company released staff for the sessions on full pay.",
                "By the end of 2025, 236 employees held at least one credential and the pass rate was 94 per cent. "
                "The assessments were filmed for the trainers' own review and the files deleted after the year.",
            ),
        ),
    ),
    "figure": "Figure 4.2: Share of staff holding at least one credential, 2024-2025 (per cent)",
    "figure_rows": (("Quarter", "Share"), ("Q1 2024", "4"), ("Q3 2024", "21"), ("Q1 2025", "39"), ("Q4 2025", "58")),
    "side_box": (
        "In their words: the employer",
        '"We would have paid for any course, as long as it was short and our people were back on the line the '
        "same afternoon. Frankly, a certificate on paper in a frame means more to our bakers than anything on a "
        'phone." - Edit Farkasházi, HR manager, Aranykalász Bakeries (interviewed in November 2025)',
    ),
    "lessons": (
        "Lessons learned",
        (
            "A unit of four hours, properly assessed, is enough to carry a micro-credential; what makes it worth "
            "something is the assessment, not the time spent in a room.",
            "Learning outcomes are best written together with the people who supervise the work: here the shift "
            "managers wrote them with the trainers, line by line.",
            "Practical skills should be assessed at the workplace, during a real shift, and not in a training kitchen.",
            "Short credentials should add up: at Aranykalász the six of them together count towards the "
            "state-recognised qualification of bakery assistant.",
        ),
    ),
    "closing": (
        "Questions for reflection: Which of your courses could be cut into units that stand on their own? Who in "
        "the workplace would write the learning outcomes with you?",
    ),
}

# The youth council's one-page factsheet: three columns, large figures with short captions, the council's
# positions as call-outs.
FRANCE_FACTSHEET = {
    "file": "factsheet_youth_council_for_skills_and_training.pdf",
    "title": "Micro-credentials: what young people told us",
    "author": "Maëlle Rouvière",
    "saved": "20260309101500+01'00'",
    "org": "Youth Council for Skills and Training (CJCF)",
    "headline": "MICRO-CREDENTIALS: WHAT YOUNG PEOPLE TOLD US",
    "strap": "Factsheet No. 11 - March 2026 - Survey of 2,140 people aged 16 to 29 across France",
    "figures": (
        ("62%", "had never heard the word micro-credential before our survey"),
        ("1 in 3", "paid for a short course out of their own pocket in the last two years"),
        ("290 EUR", "average price they paid for one short course"),
        ("12%", "of respondents live with a disability"),
        ("48%", "work or study during the day and can only learn in the evening"),
    ),
    "callouts": (
        "For anyone under 26, a micro-credential course should be paid in full from public money.",
        "Skills gained through volunteering should be validated towards a micro-credential.",
        "Every course should also be available online, at hours that suit young people who work.",
        "Young people should hold seats on the bodies that approve micro-credentials.",
    ),
    "about": (
        "About us: the Youth Council for Skills and Training was created in 2011 and brings together 74 youth "
        "organisations. Spokesperson: Maëlle Rouvière. Survey carried out online from 6 to 27 January 2026."
    ),
}

# The memorandum of understanding between a chamber and a polytechnic, sent by the chamber's vice-president.
ALBANIA_MOU = {
    "file": "mou_korca_regional_chamber_of_commerce_and_crafts.odt",
    "title": "Memorandum of Understanding on joint micro-credentials",
    "author": "Arben Kodheli",
    "date": dt.date(2026, 3, 3),
    "blocks": [
        "Sent to the consultation on micro-credentials by Arben Kodheli, Vice-President of the Korça Regional "
        "Chamber of Commerce and Crafts, as the Chamber's contribution.",
        ("title", "MEMORANDUM OF UNDERSTANDING"),
        'between the Korça Regional Chamber of Commerce and Crafts ("the Chamber") and the Korça Polytechnic '
        'Institute ("the Institute"), together "the Parties", on the joint design and award of '
        "micro-credentials",
        ("h1", "Preamble"),
        "The Chamber, founded in 1991, represents 1,350 member companies of the region. The Institute, founded in "
        "2008, has 2,900 students in eleven programmes. The Parties have run joint evening courses since 2022.",
        ("h1", "Article 1 - Purpose"),
        "The Parties agree to design, deliver and award micro-credentials for adults in employment in the fields "
        "of food processing, textiles and hospitality.",
        ("h1", "Article 2 - Joint design"),
        "Member companies of the Chamber shall take part in writing the learning outcomes of every jointly "
        "designed micro-credential, together with the Institute's lecturers.",
        ("h1", "Article 3 - Practical training"),
        "At least one third of the hours of each course shall take place in a member company of the Chamber, "
        "under a company tutor named by the Chamber.",
        ("h1", "Article 4 - Recognition"),
        "The Parties shall seek the inclusion of each jointly designed micro-credential in the Albanian "
        "Qualifications Framework, and shall prepare the documents the National Agency requires for it.",
        ("h1", "Article 5 - Award"),
        "The Institute shall award the micro-credential, and the certificate shall carry the names of both Parties.",
        ("h1", "Article 6 - Duration"),
        "This Memorandum is concluded for three years from its signature and may be renewed by written "
        "agreement of the Parties.",
        "Signed in Korça on 27 February 2026, in two originals in Albanian and English.",
        "For the Chamber: Arben Kodheli, Vice-President",
        "For the Institute: Prof. Dritan Leka, Rector",
    ],
}

# The union's Pecha Kucha talk: twenty slides shown twenty seconds each, a few words on each slide, the talk in
# the notes.
BOSNIA_PECHA_KUCHA = {
    "file": "pecha_kucha_zenica_metal_and_energy_workers_union.odp",
    "title": "20 x 20: What workers need from micro-credentials",
    "author": "Emina Mujkanović",
    "date": dt.date(2026, 3, 7),
    "slides": [
        {
            "title": "20 x 20: What workers need from micro-credentials",
            "body": [
                "Emina Mujkanović",
                "Metal and Energy Workers' Union, Zenica-Doboj Canton",
                "PechaKucha Night Zenica, Vol. 9",
            ],
            "notes": "Twenty slides, twenty seconds each. I am the union's training officer.",
        },
        {"title": "1996", "body": ["Founded"], "notes": "Our union was founded in 1996 at the steelworks."},
        {"title": "6,800", "body": ["members"], "notes": "Today we have 6,800 members in 37 companies."},
        {"title": "41%", "body": ["over 50"], "notes": "41 per cent of our members are over fifty."},
        {
            "title": "New furnaces",
            "body": ["new skills"],
            "notes": "The new electric furnaces need skills that nobody learned at school.",
        },
        {
            "title": "Short courses",
            "body": ["everywhere"],
            "notes": "Short courses are offered everywhere now, by companies, schools and consultants.",
        },
        {
            "title": "Who passes you?",
            "body": ["?"],
            "notes": "The person who trained you should never be the one who decides whether you pass. An examiner "
            "from outside the company should do that.",
        },
        {
            "title": "Why",
            "body": ["pressure"],
            "notes": "A trainer who is also a colleague is under pressure from both sides, and the certificate "
            "loses its value.",
        },
        {
            "title": "Time",
            "body": ["paid"],
            "notes": "Training for a micro-credential should take place in paid working time, not on Saturdays.",
        },
        {
            "title": "Night shifts",
            "body": ["no energy"],
            "notes": "Nobody learns well after a night shift at the furnace.",
        },
        {
            "title": "Ownership",
            "body": ["yours"],
            "notes": "The credential belongs to the worker, not to the company that paid for the course.",
        },
        {
            "title": "Leaving",
            "body": ["it goes with you"],
            "notes": "When a worker changes employer, the credential goes with them.",
        },
        {
            "title": "A seat",
            "body": ["at the table"],
            "notes": "Trade unions should have a seat on the body that approves micro-credentials.",
        },
        {
            "title": "Why a seat",
            "body": ["we know the jobs"],
            "notes": "We know which skills are really used on the shop floor.",
        },
        {
            "title": "2025",
            "body": ["pilot"],
            "notes": "In 2025 we ran a pilot with 120 workers in welding and crane operation.",
        },
        {"title": "Results", "body": ["108"], "notes": "108 of them finished the course."},
        {"title": "Costs", "body": ["210 KM"], "notes": "The course cost 210 convertible marks per worker."},
        {"title": "Next", "body": ["2027"], "notes": "We plan to extend the pilot to the energy sector in 2027."},
        {"title": "Partners", "body": ["welcome"], "notes": "We are looking for partners among schools and employers."},
        {"title": "Thank you", "body": ["hvala"], "notes": "Thank you. Hvala."},
    ],
}
