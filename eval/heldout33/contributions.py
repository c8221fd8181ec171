"""The wording of the thirty-third held-out set's built contributions (eval/heldout33/README.md), kept as text so
that ``build.py`` can turn it into the same bytes every time. Names, organisations and figures are invented."""

from __future__ import annotations

import datetime as dt

# A video call's transcript as Word exports it: a title, the date and duration, then one line per turn naming the
# speaker and the time into the call, followed by what was said.
MOLDOVA_TRANSCRIPT = {
    "file": "transcript_cahul_chamber_of_crafts_and_trades.docx",
    "title": "Consultation call - micro-credentials and the crafts",
    "author": "Andrei Munteanu",
    "date": dt.date(2026, 3, 3),
    "started": "March 3, 2026, 10:02AM",
    "duration": "52m 14s",
    "turns": [
        ("Andrei Munteanu", "0:04", "Good morning everyone, and thank you for joining. I chair this call for the "
         "ministry's working group. We have about fifty minutes. Valentina, would you start with the chamber's "
         "view?"),
        ("Valentina Ciobanu", "0:41", "Thank you, Andrei. The Cahul Chamber of Crafts and Trades has 640 member "
         "workshops, from tailors to car mechanics, and we have trained apprentices since the chamber was set up "
         "in 1996. So I will speak for the workshops."),
        ("Valentina Ciobanu", "1:32", "For us the test should be done in the workshop, by the master who trained "
         "the apprentice. Nobody knows better whether a young man can fit a door or rewire a car than the master "
         "who watched him for months."),
        ("Sergiu Botnari", "3:10", "I see it differently. The college should assess, with its own teachers, "
         "otherwise every workshop will have its own standard."),
        ("Valentina Ciobanu", "4:02", "Then let the college write the standard. But each micro-credential should "
         "be written together with the craft guild of its trade, because the guild knows which jobs come in "
         "every week."),
        ("Ludmila Rotaru", "6:45", "From the employment agency's side: we registered 2,300 jobseekers in the "
         "district last year, and about a third of them had worked in a trade without any paper."),
        ("Valentina Ciobanu", "8:20", "That is exactly our people. And many of them go to work in Italy or "
         "Germany for a season. The certificate should be written in Romanian and in English, so that they can "
         "show it to an employer there."),
        ("Valentina Ciobanu", "9:55", "One more thing. Apprentices should get a small stipend while they follow "
         "the course. A boy of seventeen who earns nothing for three months will not come back after the first "
         "one."),
        ("Andrei Munteanu", "47:30", "Thank you all. To sum up: the chamber would like the masters to assess in "
         "the workshop, while the college would keep assessment with its teachers; we will put both views in "
         "the note. Our next call is on 17 March."),
    ],
}  # fmt: skip

# A tender's technical offer in LibreOffice Writer: the contracting authority's numbered requirements quoted in a
# bordered box and in italics, each followed by the bidder's response.
BELGIUM_OFFER = {
    "file": "technical_offer_scheldeveld_training_consultants.odt",
    "title": "Technical offer - Lot 2 - Scheldeveld Training Consultants",
    "author": "Wouter Verhaeghe",
    "date": dt.date(2026, 2, 27),
    "blocks": [
        ("title", "Technical offer"),
        "Call for tenders WVL/2026/014: Design and assessment of micro-credentials for adult learners",
        "Lot 2: Assessment design and quality framework",
        "Contracting authority: West-Flanders Provincial Agency for Lifelong Learning",
        "Tenderer: Scheldeveld Training Consultants BV, Kortrijk",
        ("h", "1. About the tenderer"),
        "Scheldeveld Training Consultants was founded in 2004. We employ 23 certified assessors and have held "
        "ISO 9001 certification since 2011. The estimated value of this lot is EUR 420,000 over three years.",
        ("h", "2. Response to the technical requirements"),
        ("req", "Requirement 2.1. The tenderer shall describe how the assessment of learners will be organised, "
         "and by whom."),
        "Our response: Assessment should be carried out by an independent assessment centre, never by the "
        "learner's own trainer or employer. Whoever teaches or employs a learner has a stake in the result.",
        ("req", "Requirement 2.2. The tenderer shall propose a method for writing the learning outcomes of each "
         "micro-credential."),
        "Our response: Learning outcomes should be written as an action verb, an object and a context, and each "
        "outcome should be assessed on its own. Outcomes that cannot be observed, such as \"understands\", "
        "should not appear.",
        ("req", "Requirement 2.3. The tenderer shall describe the quality assurance of providers that the agency "
         "could apply."),
        "Our response: Each provider should be audited by the agency every three years, with a visit to at least "
        "one running course.",
        ("req", "Requirement 2.4. The tenderer shall state whether and how micro-credentials could lead to "
         "further qualifications."),
        "Our response: Three micro-credentials of the same family should add up to a partial qualification, as "
        "in the welding and care families we designed for two other provinces.",
        ("h", "3. Administrative information"),
        ("req", "Appeals against the award decision may be lodged with the Council of State within 15 days of "
         "notification."),
        "The tenderer accepts the general conditions of the contract. Contact: Wouter Verhaeghe, bid "
        "manager.",
    ],
}  # fmt: skip

# A regional assembly's written question and the department's written answer, as a PDF.
KAZAKHSTAN_ANSWER = {
    "file": "written_answer_karaganda_regional_education_department.pdf",
    "title": "Answer to written question No. 112/2026",
    "author": "Karaganda Regional Education Department",
    "saved": "2026-03-06",
    "org": "Karaganda Regional Maslikhat - Written questions and answers",
    "heading": "Written question No. 112/2026",
    "meta": [
        "Put by: Deputy Yerlan Abenov",
        "Addressed to: Head of the Karaganda Regional Education Department",
        "Date of question: 18 February 2026",
        "Date of answer: 6 March 2026",
    ],
    "question": "Question: The department has announced a regional register of micro-credentials. Can the "
    "department say whether it intends to keep paper certificates, how much the register cost, how long learners "
    "wait for their certificates, and who will be allowed to issue micro-credentials?",
    "answer": [
        "Answer given by Saule Nurpeisova, Head of the Regional Education Department, on behalf of the "
        "department:",
        "1. The regional register was built in 2025 at a cost of 38 million tenge. It holds the 4,100 "
        "micro-credentials issued last year by 27 colleges; learners open it with their individual "
        "identification number.",
        "2. From 1 January 2027 micro-credentials should be issued in digital form only, through the regional "
        "register; the department will then stop printing paper certificates.",
        "3. Learners should receive their micro-credential within ten working days after the final exam. Last "
        "year the average wait was seven weeks.",
        "4. Colleges should be allowed to issue micro-credentials only after the department has accredited the "
        "course in question.",
        "5. Employers who send their workers on micro-credential courses should receive a deduction from the "
        "regional part of their taxes; the department will put a proposal to the maslikhat in April.",
    ],
    "signature": "S. Nurpeisova, Head of Department",
}  # fmt: skip
