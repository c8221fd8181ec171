"""The wording of the sixteenth held-out set's built contributions (eval/heldout16/build.py turns it into files).

Written by hand, in our own words, for this set only: every name, organisation and figure is invented. The
positions each contribution holds and the gold phrases taken from them are listed in ``drafting_gold.yaml``.
"""

from __future__ import annotations

import datetime as dt

# A two-column position paper with a running header, page numbers and one footnote (Germany).
GERMANY_REPORT = {
    "file": "report_niederrhein_rectors_conference.pdf",
    "title": "Micro-credentials at our universities",
    "author": "Wiebke Harms-Ostendorf",
    "date": dt.date(2025, 2, 24),
    "header": "Niederrhein Rectors' Conference - Position paper 2/2025",
    "heading": "Micro-credentials at our universities",
    "byline": "A position of the Niederrhein Rectors' Conference, adopted by its plenary on 24 February 2025. "
    "Contact: Prof. Dr. Wiebke Harms-Ostendorf, Vice-Chair.",
    "pages": [
        {
            "left": [
                ("h", "1. Where we stand"),
                (
                    "p",
                    "The Niederrhein Rectors' Conference brings together the rectors and presidents of eleven "
                    "universities and universities of applied sciences between Kleve and Krefeld. Since its "
                    "foundation in 1993 it has coordinated continuing education across its member institutions.",
                ),
                (
                    "p",
                    "In the 2024 pilot, member universities offered 38 micro-credentials and counted 1,150 "
                    "enrolments; 61 per cent of the learners were in paid employment while they studied.<super>1"
                    "</super> A typical course ran over ten weeks, and the fee averaged 290 euros for five ECTS "
                    "credits.",
                ),
                ("h", "2. Building blocks towards degrees"),
                (
                    "p",
                    "Micro-credentials earned at any of our universities should be combinable into a certificate "
                    "of advanced study, and credited towards a master's degree where the learning outcomes match. "
                    "Learners should not have to start again because they changed university.",
                ),
            ],
            "right": [
                (
                    "p",
                    "Universities should record each micro-credential a student earns in the Diploma Supplement, "
                    "so that it appears alongside the degree it contributed to.",
                ),
                ("h", "3. Flexible delivery"),
                (
                    "p",
                    "At least half of the learning in a micro-credential should be available online, "
                    "so that people in full-time work can take part. Most of our pilot learners lived more than an "
                    "hour from the campus.",
                ),
                (
                    "p",
                    "Credit transfer between member universities currently takes about six weeks from "
                    "application to decision, and the Conference aims to shorten it.",
                ),
            ],
            "notes": [
                "<super>1</super> Figures from the Conference's survey of member universities, autumn 2024; ten of "
                "the eleven universities replied.",
            ],
        },
        {
            "left": [
                ("h", "4. Keeping content current"),
                (
                    "p",
                    "The content of each micro-credential should be reviewed every three years, in step with the "
                    "accreditation cycle of the degree programmes it draws on. A shorter cycle would tie up academic "
                    "staff in paperwork without improving the teaching.",
                ),
                ("h", "5. Assessment and generative AI"),
                (
                    "p",
                    "Learners should be allowed to use generative AI tools in their assessments, provided they "
                    "declare how they used them. Working with such tools is now part of most graduate jobs, and an "
                    "assessment that forbids them tests a situation that no longer exists.",
                ),
            ],
            "right": [
                ("h", "6. Next steps"),
                (
                    "p",
                    "The quality units of our members met four times in 2024 to compare their assessment "
                    "regulations; the notes of those meetings are available to members on request.",
                ),
                (
                    "p",
                    "The Conference will publish an updated list of its micro-credentials in the autumn of 2025, "
                    "together with the enrolment figures of the second pilot year.",
                ),
            ],
            "notes": [],
        },
    ],
}

# A Word submission whose author's text carries a reviewer's comments, with one table (the Netherlands). Each
# comment is (the paragraph's index among the blocks, its text); the reviewer is not the contributor.
NETHERLANDS_SUBMISSION = {
    "file": "submission_veluwe_ijssel_pharmacists_chamber.docx",
    "title": "Micro-credentials for pharmacy teams",
    "author": "Maartje Verhoeckx-Dijkhuis",
    "date": dt.date(2025, 3, 5),
    "reviewer": ("Joost Bakhuizen", "JB"),
    "blocks": [
        ("h1", "About the Chamber"),
        "The Veluwe and IJssel Chamber of Community Pharmacists represents 212 community pharmacies and about "
        "1,900 pharmacy assistants in the east of the Netherlands. In 2023 the Chamber's education committee "
        "approved a first series of short courses for pharmacy teams, listed below.",
        (
            "table",
            [
                ("Course", "Learning hours", "Fee"),
                ("Vaccination in the pharmacy", "24", "310 euros"),
                ("Medication review for older patients", "40", "480 euros"),
                ("Dispensing in palliative care", "16", "225 euros"),
            ],
        ),
        "Pilot pharmacies were chosen if they had at least two pharmacists on staff and a private consultation "
        "room. Sixty-three pharmacies took part in the first round.",
        ("h1", "Our positions"),
        "Every micro-credential must include a period of supervised practice in a real workplace; for our members "
        "that means a working pharmacy. Counselling a patient at the counter cannot be learned from a screen.",
        "No more than a third of the learning hours should take place online. The rest belongs in the pharmacy "
        "and in small groups with a tutor.",
        "Course content should be revised every year, because medicines, dosage guidance and reimbursement rules "
        "change that often.",
        "Employers should be able to confirm online, from the certificate's own number, that a certificate is "
        "authentic.",
        "Pharmacy assistants who complete a micro-credential should have it counted towards the registration "
        "points they must collect every five years.",
    ],
    "comments": [
        (
            5,
            "I would soften this: a placement could be offered where a pharmacy has room for a trainee, but it "
            "should not be compulsory for everyone.",
        ),
        (6, "The board talked about half online in January - check the minutes before we send this?"),
        (7, "Every two years would be more realistic for the smaller pharmacies."),
    ],
}

# A letter written in Word and sent as a Word 97-2003 .doc (Estonia): build.py writes the .docx to src/ and
# converts it with LibreOffice.
ESTONIA_LETTER = {
    "file": "src/letter_ida_viru_employment_service.docx",
    "doc": "letter_ida_viru_employment_service.doc",
    "title": "Micro-credentials and jobseekers: input from Ida-Viru",
    "author": "Pille Põldsaar-Lepik",
    "date": dt.date(2025, 2, 28),
    "blocks": [
        ("h1", "Our service"),
        "The Ida-Viru Public Employment and Career Service advises jobseekers and employers in north-east Estonia "
        "from its offices in Narva, Jõhvi and Kohtla-Järve. Since 2019 it has issued training vouchers that "
        "registered jobseekers can spend on courses from approved providers.",
        "In 2024 we issued 3,420 training vouchers with an average value of 780 euros. A voucher application is "
        "decided within ten working days, and 71 per cent of voucher holders were in work six months after their "
        "course ended.",
        ("h1", "What we ask for"),
        "Every jobseeker should see a career counsellor before choosing a micro-credential, so that the course "
        "leads towards work that actually exists in the region.",
        "People who can already do the job should be able to go straight to the final assessment and receive the "
        "micro-credential if they pass it.",
        "A work placement may be part of a micro-credential when a local employer can offer one. Most employers "
        "here are small firms that cannot take trainees, so providers should be free to leave it out.",
        "Jobseekers should keep their unemployment benefit for as long as they are enrolled on a micro-credential "
        "course.",
        "Training vouchers should cover the assessment fee as well as the course itself.",
        "Yours sincerely,",
        "Pille Põldsaar-Lepik",
        "Head of Training Services",
    ],
}

# A one-slide deck whose slide is a table of positions, with context in the speaker notes (Tunisia).
TUNISIA_SLIDE = {
    "file": "slide_sahel_bus_coach_operators.pptx",
    "title": "Micro-credentials for drivers: the Federation's positions",
    "author": "Chokri Ben Slimane-Jaziri",
    "date": dt.date(2025, 3, 4),
    "rows": [
        ("Topic", "Our position", "Why"),
        (
            "Updating content",
            "Course content should be updated only when the national occupational standard for "
            "drivers changes, not on a fixed calendar.",
            "Our trainers already revise material whenever the regulations move; a timetable adds nothing.",
        ),
        (
            "What the certificate says",
            "The certificate should list the tasks the driver is able to carry out, "
            "such as securing a wheelchair or handling a breakdown on the motorway.",
            "A dispatcher reading it must know at once where to place the driver.",
        ),
        (
            "Size of courses",
            "Eco-driving, passenger assistance and first aid should each be a separate micro-credential.",
            "A driver can complete one between two timetable changes.",
        ),
        (
            "Where to assess",
            "The practical assessment should take place on a bus in ordinary traffic.",
            "A closed yard does not show how a driver copes with passengers and other road users.",
        ),
        (
            "Training time",
            "Drivers should be trained during paid working hours, not on their rest days.",
            "Rest periods are fixed by law and protect road safety.",
        ),
    ],
    "notes": "The Federation was founded in 1987 and has 54 member companies running 2,700 buses and coaches in "
    "the Sahel governorates. Last year 640 drivers attended the Federation's refresher days, and renewing a "
    "driver's professional card currently takes about three weeks.",
}

# An OpenDocument text with headings and footnotes (Croatia). ("fn", paragraph, note) ends a paragraph with a
# footnote mark and the note's text.
CROATIA_CONTRIBUTION = {
    "file": "contribution_kvarner_museum_educators.odt",
    "title": "Museum educators and micro-credentials",
    "author": "Nives Marušić-Grgurina",
    "date": dt.date(2025, 3, 1),
    "blocks": [
        ("title", "Museum educators and micro-credentials"),
        ("h1", "Who we are"),
        (
            "fn",
            "The Kvarner Network of Museum Educators links 27 museums, galleries and memorial collections from "
            "Rijeka to the islands of Krk and Cres. Its members guided about 96,000 school pupils through "
            "exhibitions in 2024.",
            "The figure counts organised school visits only; families and tourists are not included.",
        ),
        "Fees for the network's own courses have been 45 euros per day since 2022, and the network pays the fee "
        "for members from museums with fewer than five staff.",
        ("h1", "Recognition of museum learning"),
        "Each micro-credential for museum educators should be placed at a level of the Croatian Qualifications "
        "Framework, so that employers outside the museum world can read it.",
        "Short courses taken over several years should build up, piece by piece, into a recognised qualification "
        "in heritage education.",
        ("h1", "Assessment"),
        (
            "fn",
            "The practical part should be assessed while the candidate leads a real group of visitors through "
            "an exhibition.",
            "In our 2023 trial, 14 of the 16 candidates preferred this to a written task.",
        ),
        ("h1", "Access"),
        (
            "fn",
            "Volunteers who guide visitors should be admitted to micro-credentials on the same terms as paid staff.",
            "Volunteer guides make up about a third of the people who lead tours in our member museums.",
        ),
    ],
}

# A typed letter of two pages, scanned to a two-page TIFF (Ukraine). ("right", t) is set flush right; ("gap",)
# leaves a blank line; ("page",) starts the next page.
UKRAINE_SCAN = {
    "file": "scan_danube_maritime_training_academy.tif",
    "title": "Danube Maritime Training Academy",
    "author": "Oleh Sydorenko-Marchuk",
    "date": dt.date(2025, 3, 11),
    "paragraphs": [
        "DANUBE MARITIME TRAINING ACADEMY",
        "Izmail, Ukraine",
        ("right", "11 March 2025"),
        ("gap",),
        "To the consultation team on micro-credentials",
        "Dear colleagues,",
        "The Danube Maritime Training Academy has prepared officers and ratings for river and sea shipping since "
        "1962. Its simulator centre, rebuilt in 2019, runs a full-mission bridge and an engine-room simulator. "
        "Last year 730 seafarers attended its short courses, most of which last five days.",
        "In our view, not more than one third of any micro-credential should be delivered at a distance. "
        "Watchkeeping, firefighting and survival skills are learned on equipment, not on a laptop.",
        "The practical assessment should take place on a full-mission bridge simulator, with the candidate "
        "standing a complete watch under the eyes of an examiner.",
        ("page",),
        "Micro-credentials completed at the Academy should be recognised by the maritime administration as part "
        "of the training required for a certificate of competency. Today a seafarer has to repeat the same "
        "content in a longer approved course.",
        "Shipping companies should pay for the courses their crews need, because the companies are the first to "
        "gain from the skills.",
        "Since 2022 many of our students have studied while displaced: 118 of them completed their courses at "
        "partner centres in Romania and Bulgaria.",
        "Yours faithfully,",
        "Capt. Oleh Sydorenko-Marchuk",
        "Rector",
    ],
}
