"""The text of the fifteenth held-out set's built contributions, written by hand: a fire and rescue college's
letter (printed, signed and scanned: ``build.py`` renders it as a 300 dpi image inside a PDF with no text layer),
a consumer protection association's filled response form (PDF), a hospitals trust's recommendations in a Word
table of two columns under a running header and footer, a game developers' association's slides whose only text
on the slides is their titles (the positions are in the speaker notes) and a water utility academy's Impress
slides. ``build.py`` turns each spec into its file."""

from __future__ import annotations

import datetime as dt

# Finland: the letter as it was typed before it was printed and scanned. Each entry is a paragraph; ("right", t)
# is set flush right (the date), ("gap",) leaves a blank line.
FINLAND_LETTER = {
    "file": "scan_kaarnavaara_fire_rescue_college.pdf",
    "title": "Scanned letter from Kaarnavaara Fire and Rescue College",
    "author": "Kaarnavaara Fire and Rescue College",
    "date": dt.date(2026, 3, 2),
    "paragraphs": [
        "Kaarnavaara Fire and Rescue College",
        "Opistotie 4, 96910 Rovaniemi, Finland",
        ("gap",),
        ("right", "2 March 2026"),
        "To the guideline team on micro-credentials",
        ("gap",),
        "Dear colleagues,",
        "Our college has trained firefighters, rescue divers and volunteer crews in Lapland since 1961. Each "
        "year about 1,240 learners pass through our courses, taught by 19 full-time instructors. Since 2024 we "
        "have offered three short modules as micro-credentials: smoke diving, water rescue on ice and incident "
        "command for small crews. The smoke diving module runs over six days and costs 380 euros. In the 2025 "
        "pilot, 57 of the 64 volunteers who took it passed.",
        "We ask the guidelines to say five things. First, every micro-credential that certifies a safety skill "
        "should lapse after two years unless its holder passes a refresher assessment. Skills with breathing "
        "apparatus fade quickly, and an old certificate gives false comfort.",
        "Second, the practical part of a rescue micro-credential has to be assessed on a live-fire training "
        "ground. A written test cannot show that a learner keeps calm in heat and smoke.",
        "Third, a rescue credential earned in Finland should count in any other European country without a "
        "second examination, because crews now cross borders to fight large forest fires.",
        "Fourth, volunteer firefighters should be able to take the same micro-credentials as career staff, "
        "free of charge.",
        "Fifth, each micro-credential should be entered in the national register of qualifications, so that "
        "rescue departments can look it up when they recruit.",
        ("gap",),
        "Yours sincerely,",
        "Marjatta Heikkilä-Ruotsalainen",
        "Head of Continuing Training",
    ],
}

# Slovakia: a response form printed from the consultation's template and filled in on screen, then saved as a
# flat PDF. Each field is (label, filled-in value); the last fields are the consultation's questions.
SLOVAKIA_FORM = {
    "file": "form_hron_valley_consumer_protection.pdf",
    "title": "Consultation response form: micro-credentials",
    "author": "Hron Valley Consumer Protection Association",
    "date": dt.date(2026, 3, 3),
    "heading": "Consultation on micro-credentials: response form",
    "intro": "Please fill in one form per organisation. Answers may be published with the name of the organisation.",
    "fields": [
        ("Name of organisation", "Hron Valley Consumer Protection Association"),
        ("Contact person", "Ľubica Kováčiková-Brezinská, legal adviser"),
        ("Country", "Slovakia"),
        (
            "A. About your organisation",
            "We are a non-profit association founded in 2006 in Banská Bystrica. In 2025 we received 2,310 "
            "consumer complaints, of which 412 concerned paid training courses. Handling a complaint took 38 days "
            "on average.",
        ),
        (
            "B. What should providers tell learners before they enrol?",
            "Before a learner enrols, the provider must state the total price in writing, including assessment "
            "and certificate fees. Hidden examination charges were the most frequent complaint about courses "
            "that we received.",
        ),
        (
            "C. Withdrawal and refunds",
            "A learner who withdraws within fourteen days of enrolling should get the full fee back, whatever "
            "the course.",
        ),
        (
            "D. Use of the term micro-credential",
            "A course should only be advertised as a micro-credential if it ends with an assessment of its "
            "learning outcomes. Attendance certificates sold under that name mislead consumers.",
        ),
        ("E. Complaints", "Every provider should name an independent body to which learners can take a complaint."),
        (
            "F. Any other comments",
            "Our membership fee is 12 euros a year. We ran two information days for learners in 2025, attended "
            "by 140 people.",
        ),
    ],
}

# Ireland: a short submission whose recommendations stand in a table of two columns (the recommendation, the
# reason), under a running header and over a running footer on every page.
IRELAND_SUBMISSION = {
    "file": "recommendations_ballyconra_hospitals_trust.docx",
    "title": "Submission on micro-credentials",
    "author": "Róisín Gilsenan",
    "date": dt.date(2026, 3, 4),
    "header": "Ballyconra University Hospitals Trust | Education and Workforce Development",
    "footer": "Submission to the micro-credentials guideline team, March 2026 | Page 1",
    "blocks": [
        ("h1", "Submission on micro-credentials"),
        "The Trust runs three hospitals with 6,400 staff. In 2024 it piloted five micro-credentials for nurses "
        "and health care assistants: 212 staff enrolled and 188 completed. Developing one module cost about "
        "9,700 euros, most of it in clinical educators' time.",
        "The pilot was reviewed by the Trust's education committee in January 2026. The recommendations below "
        "were agreed by the committee and by the directors of nursing of the three hospitals.",
        ("h1", "Our recommendations"),
        (
            "table",
            [
                ("Recommendation", "Why"),
                (
                    "No one should be assessed by the person who taught them: an independent assessor must confirm "
                    "every result.",
                    "Our clinical educators are also line managers, and in the pilot the results they gave their own "
                    "teams were too generous.",
                ),
                (
                    "Workload should be expressed in the continuing professional development points that the nursing "
                    "regulator already uses.",
                    "Nurses count these points for their registration every year; credits or hours mean little to "
                    "them.",
                ),
                (
                    "An independent body should review every provider's micro-credentials before they are offered "
                    "to staff.",
                    "Several private courses sold to our staff in 2025 taught practices the Trust no longer allows.",
                ),
                (
                    "Each clinical micro-credential should be built around tasks listed in the national scope of "
                    "practice for the profession concerned.",
                    "A nurse's scope of practice is what the regulator holds them to; a credential outside it is "
                    "of no use on the ward.",
                ),
                (
                    "Staff taking a micro-credential should be given half a day of protected learning time each week.",
                    "Without it, learning happens after night shifts, and half of the pilot's drop-outs said so.",
                ),
            ],
        ),
        "Róisín Gilsenan, Director of Nursing Education",
    ],
}

# Ukraine: slides shown at an online meeting; the slides carry their titles only, what was said is in the notes.
UKRAINE_SLIDES = {
    "file": "slides_podillia_game_developers.pptx",
    "title": "Micro-credentials for game development",
    "author": "Oleksandra Tkachenko-Hrytsai",
    "date": dt.date(2026, 3, 5),
    "slides": [
        {
            "title": "Micro-credentials for game development",
            "notes": "Presentation by Oleksandra Tkachenko-Hrytsai, Podillia Game Developers Association, at the "
            "consultation's online meeting of 5 March 2026.",
        },
        {
            "title": "Who we are",
            "notes": "Our association was founded in Vinnytsia in 2014 and now brings together 140 studios and "
            "about 2,900 developers. Since 2022, 41 member studios have moved in part or in whole, and "
            "many of our people work from abroad. Our 2025 bootcamp trained 310 learners in game design, "
            "3D art and quality assurance testing.",
        },
        {
            "title": "Who assesses",
            "notes": "Trainers may assess their own learners. In our studios the mentor who coached a junior every "
            "day knows best whether the work is good enough, and an outside examiner would add cost "
            "without adding judgement.",
        },
        {
            "title": "Show the work",
            "notes": "Learning outcomes should be proven with a finished piece of work, such as a playable level or "
            "a tested build, not with a multiple-choice test.",
        },
        {
            "title": "Badges",
            "notes": "Each credential should be issued as an Open Badge that a developer can display on a "
            "portfolio site or a professional network.",
        },
        {
            "title": "Access for everyone",
            "notes": "Every learning platform used for a micro-credential should work for people who navigate with "
            "a keyboard only or who listen to the page instead of reading it.",
        },
        {
            "title": "Learning from anywhere",
            "notes": "Learners who had to leave Ukraine should be able to take our micro-credentials online from "
            "wherever they now live.",
        },
    ],
}

# Uzbekistan: Impress slides with a few short lines each; the positions are in the speaker notes.
UZBEKISTAN_SLIDES = {
    "file": "slides_zarafshan_water_utility_academy.odp",
    "title": "Micro-credentials for water supply operators",
    "author": "Dilfuza Rakhimova-Nurmatova",
    "date": dt.date(2026, 3, 6),
    "slides": [
        {
            "title": "Micro-credentials for water supply operators",
            "body": ["Zarafshan Water Utility Academy, Samarkand", "Consultation meeting, 6 March 2026"],
            "notes": "",
        },
        {
            "title": "The Academy",
            "body": ["Founded in 1998", "23 regional utilities", "4,100 operators trained since 2019"],
            "notes": "The Academy trains operators for 23 regional water utilities. Since 2019 more than 4,100 "
            "operators have completed our courses. Travel from the furthest pumping stations to Samarkand "
            "can take up to 14 hours.",
        },
        {
            "title": "Pilot 2025",
            "body": ["Chlorination safety", "Pump maintenance", "Leak detection", "280 enrolled, 251 passed"],
            "notes": "In 2025 we piloted three micro-credentials: chlorination safety, pump maintenance and leak "
            "detection. 280 operators enrolled and 251 passed the final test.",
        },
        {
            "title": "Validity",
            "body": ["Refresher every five years"],
            "notes": "Safety micro-credentials should remain valid for five years before a refresher is required. "
            "A shorter cycle would take operators away from stations that already run with too few "
            "staff.",
        },
        {
            "title": "Testing at a distance",
            "body": ["Final tests online", "Remote proctoring"],
            "notes": "Final tests should be taken online under remote proctoring, so that operators at distant "
            "pumping stations do not have to travel for a single examination.",
        },
        {
            "title": "Standards and quality",
            "body": ["One unit of the occupational standard", "External audit"],
            "notes": "Each micro-credential should match one unit of the national occupational standard for water "
            "supply operators.\nOutside auditors should check the Academy's programmes every three "
            "years, and we would welcome it.",
        },
        {
            "title": "Languages",
            "body": ["Uzbek and Russian"],
            "notes": "Courses should be offered in both Uzbek and Russian, because many senior operators were "
            "trained in Russian.",
        },
    ],
}
