"""The text of the thirty-fifth held-out set's built contributions (eval/heldout35/README.md), kept here so that
``build.py`` makes the same bytes every time: the recognition board's decision (PDF), the quality agency's
glossary-led position paper (OpenDocument text with footnotes), the labour directorate's briefing note (Word), the
research institute's focus-group findings (PowerPoint) and the tourism skills council's ranking workbook (Excel).
Written by hand for this set; names, organisations and figures are invented."""

from __future__ import annotations

import datetime as dt

IRELAND_DECISION = {
    "file": "board_decision_shannon_credit_recognition_board.pdf",
    "title": "Decision RB/2026/014",
    "author": "Shannon Credit Recognition Board",
    "date": dt.date(2026, 3, 4),
    "saved": "2026-03-04",
    "org": "Shannon Credit Recognition Board",
    "heading": "Decision of the Board in appeal RB/2026/014",
    "meta": (
        "Appellant: Ms A. (name withheld)",
        "Respondent: Limerick Institute of Further Learning, Admissions Office",
        "Subject: refusal to recognise a micro-credential in welding inspection for admission with advanced standing",
        "Hearing: 24 February 2026 (written procedure)",
        "Board: Fionnuala Devereux-Quinlan (chair), two members",
    ),
    "sections": (
        (
            "The appeal",
            (
                "1. The Board was established in 2019 to hear appeals against decisions on the recognition of prior "
                "credentials. It decided 37 appeals in 2025, of which 11 were upheld.",
                "2. The appellant holds a micro-credential in welding inspection, described as 125 hours and "
                "placed by the issuer at EQF level 5, awarded in 2025 by a private training company based outside "
                "the State. She scored 62 per cent in its final examination.",
                "3. The Institute refused to count the credential towards the first year of its Higher Certificate "
                "in Engineering, on the ground that the issuing company is not accredited by any public authority.",
            ),
        ),
        (
            "The appellant's arguments",
            (
                "4. The appellant submitted that the course had been taught by experienced engineers and that the "
                "company's lack of accreditation should not be held against her.",
                "5. She argued further that the 125 hours stated on her certificate were more than the Institute "
                "itself requires for the module in question, and that the hours alone should have settled the matter.",
                "6. She asked the Board to direct the Institute to recognise the credential in full.",
            ),
        ),
        (
            "The Board's reasoning",
            (
                "7. A micro-credential issued by a provider that no public authority has accredited cannot be "
                "recognised by this Board, however good the teaching may have been. Recognition rests on the "
                "assurance that someone independent has checked how the provider assesses; without it there is "
                "nothing for the Board to rely on.",
                "8. Nor does the number of hours decide the matter. What the Board weighs is what the holder has shown "
                "she can do; hours printed on a certificate carry little weight on their own.",
                "9. A credential that is to be recognised should state its learning outcomes, its workload, how it "
                "was assessed and which authority accredited the provider. The appellant's certificate states only "
                "the hours and the title.",
                "10. The Board notes that the Institute took eleven weeks to decide the appellant's application. "
                "Applicants are entitled to a decision within six weeks of a complete application, and the Board "
                "expects institutions to keep to that.",
            ),
        ),
        (
            "Decision",
            (
                "11. The appeal is dismissed. The Institute's refusal stands.",
                "12. The appellant may apply again if the issuing company obtains accreditation, or through the "
                "Institute's own assessment of prior learning. No order as to costs.",
            ),
        ),
    ),
    "signature": "Fionnuala Devereux-Quinlan, Chair, for the Board. Dated 4 March 2026.",
}

CROATIA_GLOSSARY = {
    "file": "glossary_paper_dalmatian_agency_for_quality_in_adult_learning.odt",
    "title": "Micro-credentials: terms and positions",
    "author": "Ivana Bašić-Kordun",
    "date": dt.date(2026, 3, 2),
    "heading": "Micro-credentials: terms and positions of the Dalmatian Agency for Quality in Adult Learning",
    "intro": (
        "Split, 2 March 2026. Prepared by Ivana Bašić-Kordun, Head of Accreditation. The Agency was set up in "
        "2008 and has reviewed 214 adult education institutions since then; its accreditation was renewed by "
        "the national authority in 2024."
    ),
    "terms": (
        (
            "Micro-credential",
            "a record of the learning outcomes a person has achieved after a small volume of "
            "learning, assessed against transparent criteria.",
        ),
        (
            "Provider",
            "any institution, company or association that designs a course, assesses learners and issues the record.",
        ),
        (
            "Institutional accreditation",
            "the decision of a quality agency that a provider's own procedures for "
            "designing courses and assessing learners can be trusted, taken after an external review.",
        ),
        (
            "Learning outcome",
            "a statement of what a learner knows and can do at the end, written so that it can be assessed.",
        ),
        ("Assessor", "the person who decides whether the learner has achieved the outcomes."),
    ),
    "positions": (
        (
            "No provider should issue a single micro-credential before it has passed an institutional "
            "accreditation. A learner who pays for a credential that later turns out to mean nothing has no remedy.",
            "The regional employers' federation has argued that accreditation should be waived for companies that "
            "train only their own staff (position of 12 January 2026).",
        ),
        (
            "Accreditation should be of the institution, not of each course separately; once accredited, a provider "
            "designs and changes its own courses without asking us each time. Course-by-course approval is what "
            "made the old system so slow.",
            None,
        ),
        (
            "The value of a micro-credential lies in the learning outcomes it attests, not in the time spent in a "
            "classroom. The Agency will not review any course description that states hours but no outcomes.",
            "The Ministry's working paper of November 2025 proposes a minimum of 30 hours for every micro-credential.",
        ),
        (
            "Assessment should be carried out by someone other than the course's own teacher, at least for the final "
            "task. In 2025, 19 of the 41 institutions we reviewed let the teacher alone decide every result.",
            "The adult educators' association holds that the teacher knows the learner best and should assess alone "
            "(reply to the Agency's survey, 2025).",
        ),
    ),
}

AZERBAIJAN_BRIEFING = {
    "file": "briefing_note_ganja_directorate_of_labour_and_employment.docx",
    "title": "Briefing note: recording micro-credentials",
    "author": "Rashad Mammadli",
    "date": dt.date(2026, 2, 27),
    "header": (
        ("BRIEFING NOTE", ""),
        ("For:", "Deputy Head of the Executive Authority"),
        (
            "From:",
            "Rashad Mammadli, Head of Vocational Training Unit, Ganja Regional Directorate of Labour and Employment",
        ),
        ("Date:", "27 February 2026"),
        ("Reference:", "GDLE/VT/2026/031"),
        ("Classification:", "For official use"),
    ),
    "blocks": (
        ("h", "1. Purpose"),
        "To recommend how micro-credentials awarded in the region should be recorded, and how they should reach "
        "people outside the city, before the Directorate answers the national consultation on 10 March.",
        ("h", "2. Background"),
        "The Directorate funded 2,640 training places in 2025, 71 per cent of them for registered jobseekers. "
        "Certificates are kept by each of the 23 providers on paper or in their own spreadsheets. The regional "
        "jobseekers' database was built in 2021 for 2.4 million manat and already holds 48,000 records.",
        'At the meeting of 19 February the Deputy Head asked: "Can an employer check a certificate without '
        'calling the college?" At present the answer is no.',
        ("h", "3. Options considered"),
        "Option A: leave records with each provider, as now. Cheapest, but employers and the Directorate cannot "
        "check anything quickly.",
        "Option B: give every learner a digital wallet on a phone application and let the learner decide what to "
        "share. Modern, but about a third of our jobseekers have no smartphone, and no supplier has offered one "
        "in Azerbaijani.",
        "Option C: one state database, extended from the jobseekers' database.",
        ("h", "4. Recommendation"),
        "Option C. Every micro-credential awarded in the region should be recorded in a single state database, "
        "and employers should be able to check any of them by entering the holder's personal identification "
        "number. A record that only the holder can open helps nobody who is hiring.",
        "Each micro-credential should be tied to one of the occupational standards approved by the Ministry, so "
        "that an employer knows which job it prepares for.",
        "Mobile training units should travel to the villages of the region on a fixed monthly timetable, with "
        "the assessor on the same bus; people in Goygol or Samukh should not have to come to Ganja to be "
        "trained or tested.",
        ("h", "5. Next steps"),
        "If you agree, the Unit will draft the Directorate's consultation answer on this basis by 6 March and "
        "consult the IT department on extending the database.",
    ),
}

GREECE_FINDINGS = {
    "file": "focus_group_findings_thessaloniki_institute_for_labour_studies.pptx",
    "title": "What adult learners want from micro-credentials: focus group findings",
    "author": "Despina Karamanoli",
    "date": dt.date(2026, 3, 5),
    "slides": (
        {
            "title": "What adult learners want from micro-credentials",
            "body": [
                "Findings from six focus groups, February 2026",
                "Thessaloniki Institute for Labour Studies · Dr Despina Karamanoli",
            ],
            "notes": "",
        },
        {
            "title": "Method",
            "body": [
                "6 groups, 47 participants, Thessaloniki, Kavala and Serres",
                "Employed and unemployed adults aged 24 to 61",
                "90 minutes each, moderated in Greek, 20-euro voucher per participant",
            ],
            "notes": "The Institute was founded in 1997. Recruitment through two employment offices and three "
            "unions; 9 of the 47 had taken a short course in the last year.",
        },
        {
            "title": "What participants said: length",
            "body": [
                "\u201cI want something I can finish over two weekends.\u201d (woman, 38, retail)",
                "\u201cForty hours is a lot when you have kids.\u201d (man, 44, logistics)",
                "\u201cIf it is too short, nobody will take it seriously.\u201d (man, 29, unemployed)",
            ],
            "notes": "Quotes are participants' words, translated; they are not the Institute's recommendations.",
        },
        {
            "title": "What participants said: assessment and employers",
            "body": [
                "\u201cThe teacher who likes you passes you.\u201d (woman, 51, care)",
                "\u201cMy boss has never heard of these things.\u201d (man, 33, hospitality)",
            ],
            "notes": "",
        },
        {
            "title": "Our recommendations",
            "body": [
                "Units of 8-10 hours, each assessed",
                "Employers at the table when outcomes are written",
                "Assessor \u2260 teacher",
                "One plain sentence on the certificate",
            ],
            "notes": "First, design micro-credentials as units of eight to ten hours of learning, each assessed on "
            "its own, which people can collect one at a time. Second, employers should sit with the "
            "teachers when the learning outcomes are written, not be asked to comment on a finished "
            "draft. Third, the final assessment should be done by someone who did not teach the group. "
            "Fourth, every credential should say in one plain sentence what its holder can do, in words an "
            "employer understands without a glossary.",
        },
        {
            "title": "Thank you",
            "body": ["Full report (Greek) available on request", "d.karamanoli@tils.example.gr"],
            "notes": "",
        },
    ),
}

MONTENEGRO_RANKING = {
    "file": "ranking_workbook_boka_coastal_tourism_skills_council.xlsx",
    "title": "Ranking of the Ministry's proposals on micro-credentials",
    "author": "Milena Šćekić",
    "date": dt.date(2026, 3, 9),
    "sheets": {
        "Ranking": {
            "rows": (
                ("Boka Coastal Tourism Skills Council: ranking of the Ministry's ten proposals", None, None, None),
                ("Meeting of 6 March 2026, Kotor; 14 members present, each with three votes", None, None, None),
                ("Rank", "Proposal (Ministry working paper, January 2026)", "Votes", "Council comment"),
                (
                    1,
                    "Give each micro-credential a level of the Montenegrin Qualifications Framework",
                    31,
                    "Every micro-credential should have a level in the national framework, printed on the certificate "
                    "itself, so a hotel in Budva and one in Dubrovnik read it the same way.",
                ),
                (
                    2,
                    "Involve employers in the design of micro-credentials",
                    26,
                    "Hotel and restaurant managers should write the learning outcomes together with the teachers. "
                    "We have 64 member businesses ready to send someone.",
                ),
                (
                    3,
                    "Schedule courses outside peak working periods",
                    22,
                    "Courses should run between November and March, when the season is over and staff have time.",
                ),
                (
                    4,
                    "Learners contribute to the cost of their micro-credential",
                    18,
                    "Every learner should pay part of the fee, even a small part; people value what they have paid "
                    "for. Our pilot in 2025 charged 30 euros of a 240-euro course.",
                ),
                (5, "Publish a national catalogue of micro-credentials", 14, None),
                (6, "Recognise micro-credentials issued abroad", 12, None),
                (7, "Allow micro-credentials to be combined into a qualification", 9, None),
                (8, "Train assessors in every municipality", 7, None),
                (9, "Pay teachers for the design of new courses", 3, None),
                (10, "Set up a helpline for learners", 0, None),
            ),
            "widths": {"A": 8, "B": 60, "C": 8, "D": 70},
            "bold_rows": (1, 3),
        },
        "Notes": {
            "rows": (
                (
                    "The Council was founded in 2016 and brings together 64 hotels, restaurants and marinas of the "
                    "Bay of Kotor.",
                ),
                ("Proposals ranked 5 to 10 were not discussed for lack of time.",),
                ("Signed for the Council: Vuk Radonjić, chair; Milena Šćekić, secretary. Tivat, 9 March 2026.",),
            ),
            "widths": {"A": 110},
        },
    },
}
