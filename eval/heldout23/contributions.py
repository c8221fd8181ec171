"""The text of the twenty-third held-out set's built contributions (eval/heldout23/README.md).

``build.py`` turns each of these into the file a contributor sent: the employment service's filled PDF form, the
quality centre's report in OpenDocument text, the learning centre's letter saved by WordPad as RTF, the hospital
group's post captured as a screenshot, the agency's speech in Word and the employers' union's press release as a
PDF. The chat export, the mailing-list digest, the Notion page and the saved blog page are kept as text in
``corpus/``. Names, organisations and figures are invented.
"""

from __future__ import annotations

import datetime as dt

TAJIKISTAN_FORM = {
    "file": "form_khatlon_employment_service.pdf",
    "title": "Consultation on micro-credentials - response form",
    "author": "Guidelines secretariat",
    "saved": "20260319114000+05'00'",  # when the respondent saved the filled form, in Dushanbe's time
    "heading": "Consultation on micro-credentials: response form",
    "intro": "Please type your answers into the fields. Save the form and send it to the secretariat by 20 March 2026.",
    # (kind, name, label, value, lines): the respondent typed the values; the labels are the form's own
    "fields": (
        ("text", "respondent", "Name of respondent", "Firuza Nazarova", 1),
        ("text", "organisation", "Organisation", "Khatlon Regional Employment Service", 1),
        ("text", "country", "Country", "Tajikistan", 1),
        ("choice", "orgtype", "Type of organisation", "Public employment service", 1),
        ("check", "publish", "I agree that my answers may be published", "Yes", 1),
        (
            "text", "about", "1. About your organisation",
            "The Khatlon Regional Employment Service was set up in 2004 and has eleven district offices. At the end "
            "of 2025 it had 6,820 registered jobseekers, and 1,430 of them took a vocational course during the year. "
            "A course at the regional training centre costs 450 somoni, and the assessment fee at the testing centre "
            "is 120 somoni.",
            5,
        ),
        (
            "text", "skills", "2. Skills gained outside formal education",
            "Jobseekers who already know a trade should be able to have their skills tested and certified without "
            "sitting through the whole course. Many of our clients learned welding or sewing while working in Russia "
            "and come home with no paper to show for it.",
            4,
        ),
        (
            "text", "digital", "3. Digital certificates",
            "Certificates should be issued and kept in the state e-government portal, where any employer in the "
            "country can look them up. Paper certificates are easy to forge and get lost when families move.",
            4,
        ),
        (
            "text", "funding", "4. Funding",
            "For registered jobseekers the whole cost of the course should be covered by the employment service, not "
            "by the jobseeker.",
            3,
        ),
        (
            "text", "access", "5. Access",
            "Courses should be held in the district centres so that people from the mountain villages do not need to "
            "travel to Bokhtar or Dushanbe. In 2025 the Ministry of Labour opened two new testing centres in the "
            "region.",
            4,
        ),
    ),
    "options": (
        "Ministry or public authority", "Public employment service", "Education or training provider",
        "Employer or business organisation", "Trade union", "Student or learner organisation", "Other",
    ),
}  # fmt: skip

LITHUANIA_REPORT = {
    "file": "report_nemunas_quality_centre.odt",
    "title": "Micro-credentials and quality assurance",
    "author": "Rūta Giedraitienė",
    "date": dt.date(2026, 3, 17),
    "blocks": [
        ("title", "Micro-credentials and quality assurance: contribution of the Nemunas Centre for Quality in "
                  "Vocational Training"),
        "Prepared by Rūta Giedraitienė, Head of the Evaluation Division, Kaunas, March 2026",
        ("h1", "1. About the Centre"),
        "The Nemunas Centre for Quality in Vocational Training was established in 2009 and evaluates vocational "
        "schools, colleges and private training companies. Nineteen evaluators work for the Centre, and its "
        "evaluation panels met 46 times in 2025. At the end of that year the national register held 1,240 "
        "qualifications, 37 of them micro-credentials entered as a pilot.",
        ("h1", "2. What our evaluations show"),
        "The table gives the providers the Centre evaluated in the last three years and the decisions taken.",
        ("table", [
            ("Year", "Providers evaluated", "Positive decisions", "Negative decisions"),
            ("2023", "41", "36", "5"),
            ("2024", "47", "40", "7"),
            ("2025", "52", "45", "7"),
        ]),
        "Most negative decisions concerned short courses whose content nobody outside the provider had seen.",
        ("h1", "3. Recommendations"),
        ("h2", "3.1 The register"),
        "Every micro-credential that leads to a certificate must be entered in the national register of "
        "qualifications before the first learner enrols.",
        ("h2", "3.2 Level and size"),
        "Each micro-credential should be given a level of the Lithuanian qualifications framework, so that learners "
        "and employers can compare it with other qualifications. No micro-credential should be smaller than 2 ECTS "
        "credits.",
        ("h2", "3.3 External evaluation"),
        "Providers should undergo an external evaluation every four years, carried out by evaluators who have no "
        "ties to the provider.",
    ],
}  # fmt: skip

MALTA_LETTER = {
    "file": "letter_marsaskala_learning_centre.rtf",
    "title": "",
    "author": "",
    # paragraphs as typed in WordPad: the address lines, the date, the salutation, the body, the closing
    "paragraphs": [
        "Marsaskala Community Learning Centre",
        "Triq il-Gardiel, Marsaskala MSK 2310",
        "16 March 2026",
        "The Drafting Team",
        "Guidelines on Micro-credentials",
        "Dear Sir or Madam,",
        "Re: Consultation on micro-credentials",
        "Our centre opened in 2011 in the old primary school building and now runs 34 evening courses a year for "
        "about 520 adults, most of them over forty. A ten-week course costs €60; pensioners pay half. Most of our "
        "classes are taught in English, some in Maltese, and we have a waiting list for the computer courses run "
        "with the council of Ħaż-Żabbar.",
        "In my experience the tutor who taught a group is the person best placed to judge what those learners can "
        "do, and I would not hand their assessment to an outsider who has never seen them at work.",
        "Every course should be open to learners with a disability: handouts in large print, a hearing loop in the "
        "room and a sign language interpreter when a deaf learner enrols.",
        "Micro-credentials for adults should be offered in the evenings and on Saturdays, when people who work can "
        "attend.",
        "Older learners should have a mentor they can call during the whole course.",
        "Yours faithfully,",
        "Doreen Camilleri-Zahra",
        "Coordinator",
    ],
}  # fmt: skip

LEBANON_SCREENSHOT = {
    "file": "screenshot_cedar_coast_hospitals_post.png",
    "name": "Rania Haddad-Khoury",
    "degree": "· 2nd",
    "headline": "Director of Human Resources at Cedar Coast Hospitals",
    "when": "3d · Edited",
    "paragraphs": [
        "A few thoughts for the consultation on micro-credentials, after a year of running our own short courses.",
        "Our group runs four hospitals with 2,300 staff. Last year 640 nurses completed at least one short course "
        "in our training unit. Nurses in Lebanon renew their licence every five years.",
        "1. Hospitals that train their own nurses should be able to certify those skills themselves, without a "
        "university in between.",
        "2. Nurses with years on the ward should be able to prove what they can do through an assessment, without "
        "repeating the training.",
        "3. Every certificate should carry a code that an employer can check online.",
        "4. When a hospital asks a nurse to take a course, the hospital should pay for it.",
        "#microcredentials #nursing #healthcareHR",
    ],
    "counts": "214 reactions · 37 comments · 12 reposts",
    "buttons": ("Like", "Comment", "Repost", "Send"),
}

AZERBAIJAN_SPEECH = {
    "file": "speech_absheron_vocational_education_board.docx",
    "title": "Speech at the regional consultation on micro-credentials",
    "author": "Elnur Mammadli",
    "date": dt.date(2026, 3, 5),
    "blocks": [
        ("bold", "CHECK AGAINST DELIVERY"),
        ("bold", "Speech by Elnur Mammadli, Deputy Chair of the Absheron Regional Vocational Education Board"),
        ("italic", "Regional consultation on micro-credentials, Baku, 5 March 2026 (8 minutes)"),
        "Distinguished guests, dear colleagues,",
        "[SLIDE 1]",
        "Thank you for coming. The Board oversees 23 colleges with about 31,000 students, and this year the state "
        "allocated 3.2 million manat to the training of adults in our region. Seven graduates in ten find work "
        "within a year.",
        "[SLIDE 2] [pause]",
        "Let me be clear about the register. No learner should receive a certificate for a programme that is not "
        "listed in the state register. A certificate that nobody can find in the register protects nobody.",
        "[SLIDE 3]",
        "Second, assessment. The final assessment should be carried out by an independent assessment centre, never "
        "by the college that did the teaching. Today a learner pays an assessment fee of 40 manat, and the Ministry "
        "of Science and Education approved the list of assessment centres last year.",
        "[SLIDE 4]",
        "Third, the content. Learning outcomes should be built on the occupational standards, so that a "
        "micro-credential means the same in Sumgait as in Lankaran.",
        "Finally, every college in the region should offer at least two micro-credentials for adults by 2028.",
        "[Thank the organisers. Invite questions.]",
        "Thank you.",
    ],
}  # fmt: skip

BULGARIA_PRESS_RELEASE = {
    "file": "press_release_maritsa_employers_union.pdf",
    "title": "Press release - Employers want a say in micro-credentials",
    "author": "Maritsa Employers' Union",
    "saved": "20260313091500+02'00'",
    "letterhead": "MARITSA EMPLOYERS' UNION (MEU)",
    "address": "12 Tsar Boris III Obedinitel Blvd, 4000 Plovdiv, Bulgaria  ·  www.meu-plovdiv.bg",
    "label": "PRESS RELEASE",
    "release": "For immediate release",
    "headline": "Employers want a say in micro-credentials, not a new register",
    "paragraphs": [
        "PLOVDIV, 13 March 2026 – The Maritsa Employers' Union (MEU) today sent its contribution to the European "
        "consultation on guidelines for micro-credentials. The union, founded in 1992, brings together 640 "
        "companies with some 48,000 employees in the Plovdiv region.",
        "“Entry in the national register must remain a free choice for training companies,” said Stoyan Dragnev, "
        "chairman of MEU. “A firm that trains its own welders should not wait a year for an official number "
        "before it can start.”",
        "Mr Dragnev added that companies should have a seat at the table when the learning outcomes of a "
        "micro-credential are drafted, because they know best which skills are missing on the shop floor. In a "
        "survey of MEU members in January, 58 per cent reported a shortage of qualified welders.",
        "The union also holds that the quality of a training company should be judged by what its graduates can "
        "do on the job, on the basis of employers' feedback collected after every course.",
        "Finally, MEU asks that the state pay half the cost of micro-credentials for employees of firms with fewer "
        "than 50 staff. A short course at a private training centre in Plovdiv costs about 250 leva today.",
    ],
    "after": [
        "###",
        "Notes to editors",
        "The Maritsa Employers' Union is a member of a national employers' confederation. Its contribution to the "
        "consultation is available on request.",
        "Media contact: Petya Ivanova, press office, +359 32 600 412, press@meu-plovdiv.bg",
    ],
}  # fmt: skip
