"""The thirty-second held-out set's metadata register and outline (eval/heldout32/README.md), as text.

``build.py`` turns them into files: the Croatian secretariat's register in LibreOffice Calc (a title row, the
group headers "Prilog", "Pošiljatelj", "Kontakt" and "Zaprimanje" merged over the real headers, names written as
the secretariat writes them, dates the Croatian way, a notes column "Napomene", a note under the table) and the
consultation questionnaire in Word used as the outline (an instructions page, a table per theme "No. | Question |
Your answer" with empty answer cells, questions in (a) and (b) parts, footnotes with definitions, a closing "Data
protection" paragraph). Written by hand for this set; the names and organisations are invented.
"""

from __future__ import annotations

import datetime as dt

REGISTER_TITLE = "Javno savjetovanje o smjernicama za mikrokvalifikacije - evidencija zaprimljenih priloga"
# (group header, how many columns it spans): merged over the real headers; a blank group leaves its cell empty
REGISTER_GROUPS = (("", 1), ("Prilog", 3), ("Pošiljatelj", 4), ("Kontakt", 2), ("Zaprimanje", 2))
REGISTER_HEADER = (
    "Rb.", "Naziv datoteke", "Naslov priloga", "Vrsta priloga", "Ime i prezime", "Ustanova", "Zemlja",
    "Skupina zemalja", "E-pošta", "Telefon", "Datum zaprimanja", "Napomene",
)  # fmt: skip
REGISTER_ROWS = (
    (
        "1.",
        "slido_panel_hainaut_employment_and_training_office.xlsx",
        "Pitanja i odgovori s panela (Slido)",
        "Komentar",
        "Vanmechelen, Delphine",
        "Hainaut Employment and Training Office",
        "Belgija",
        "EU",
        "d.vanmechelen@hetf-hainaut.be",
        "+32 65 38 21 40",
        "5. ožujka 2026.",
        "Poslano nakon panela; odgovara samo gđa Vanmechelen",
    ),
    (
        "2.",
        "reddit_ama_parnu_polytechnic_open_academy.html",
        "Reddit AMA o mikrokvalifikacijama",
        "Komentar",
        "Kadri SAAREPUU",
        "Pärnu Polytechnic Open Academy",
        "Estonija",
        "EU",
        "kadri.saarepuu@ppoa.ee",
        "+372 444 7120",
        "8. ožujka 2026.",
        "Spremljena web stranica",
    ),
    (
        "3.",
        "gitlab_issue_agency_for_digital_education_records.md",
        "Prijedlog odgovora (GitLab)",
        "Stajalište",
        "VLĂDESCU Ioana-Cristina",
        "Agency for Digital Education Records",
        "Rumunjska",
        "EU",
        "ioana.vladescu@ader.gov.ro",
        "+40 21 310 4472",
        "9. ožujka 2026.",
        "",
    ),
    (
        "4.",
        "handbook_case_study_szeged_institute_for_adult_learning_research.docx",
        "Priručnik, 4. poglavlje: studija slučaja",
        "Studija slučaja",
        "dr. sc. Bálint Szőke-Halmi",
        "Szeged Institute for Adult Learning Research",
        "Mađarska",
        "EU",
        "szoke-halmi.balint@sialr.hu",
        "+36 62 540 118",
        "6. ožujka 2026.",
        "Poglavlje iz priručnika u pripremi",
    ),
    (
        "5.",
        "factsheet_youth_council_for_skills_and_training.pdf",
        "Informativni list br. 11",
        "Letak",
        "M. Rouvière",
        "Youth Council for Skills and Training (CJCF)",
        "Francuska",
        "EU",
        "contact@cjcf.fr",
        "",
        "9. ožujka 2026.",
        "",
    ),
    (
        "6.",
        "mou_korca_regional_chamber_of_commerce_and_crafts.odt",
        "Memorandum o razumijevanju",
        "Stajalište",
        "Arben Kodheli",
        "Korça Regional Chamber of Commerce and Crafts",
        "Albanija",
        "partnerska zemlja",
        "a.kodheli@cci-korce.al",
        "+355 82 242 310",
        "3. ožujka 2026.",
        "Potpisan s Politehničkim institutom",
    ),
    (
        "7.",
        "pecha_kucha_zenica_metal_and_energy_workers_union.odp",
        "PechaKucha izlaganje",
        "Prezentacija",
        "mr. sc. Emina Mujkanović",
        "Metal and Energy Workers' Union of Zenica-Doboj Canton",
        "Bosna i Hercegovina",
        "partnerska zemlja",
        "obrazovanje@smeze.ba",
        "+387 32 402 155",
        "7. ožujka 2026.",
        "Tekst izlaganja u bilješkama",
    ),
    (
        "8.",
        "tender_specifications_setif_directorate_of_vocational_training.rtf",
        "Tehnička specifikacija natječaja",
        "Stajalište",
        "BOUABDALLAH Yacine",
        "Directorate of Vocational Training and Education of Sétif",
        "Alžir",
        "partnerska zemlja",
        "dfep.setif@mfep.dz",
        "+213 36 84 12 07",
        "4. ožujka 2026.",
        "Dio II. natječajne dokumentacije",
    ),
    (
        "9.",
        "rapporteur_report_ala_too_accreditation_agency.eml",
        "Izvješće izvjestiteljice, 3. sesija",
        "E-pošta",
        "Toktosunova, Aigerim",
        "Ala-Too Accreditation Agency",
        "Kirgistan",
        "partnerska zemlja",
        "a.toktosunova@alatoo-accreditation.kg",
        "+996 312 61 44 02",
        "12. ožujka 2026.",
        "Preporuke na kraju su njezine",
    ),
    (
        "10.",
        "lesson_plan_gjakova_vocational_school_of_electrical_engineering.txt",
        "Nastavni plan s bilješkama",
        "Komentar",
        "Valbona Gashi-Rexhepi",
        "Vocational School of Electrical Engineering Ali Shabani, Gjakova",
        "Kosovo",
        "partnerska zemlja",
        "v.gashi@shmali-shabani.edu.xk",
        "",
        "10. ožujka 2026.",
        "",
    ),
)
REGISTER_FOOTNOTE = "Napomena: evidenciju vodi tajništvo radne skupine; zadnja izmjena 13. ožujka 2026."

# The questionnaire used as the outline.
QUESTIONNAIRE = {
    "title": "Public consultation on guidelines for micro-credentials - Questionnaire",
    "author": "Working Group Secretariat",
    "date": dt.date(2026, 2, 16),
    "issuer": "Micro-credentials Guidelines Working Group - Secretariat",
    "reference": "Ref. MCGWG/Q/2026-01",
    "heading": "Public consultation on guidelines for micro-credentials",
    "subheading": "Questionnaire for stakeholders",
    "instructions_heading": "How to complete this questionnaire",
    "instructions": (
        'Please type your answers in the column "Your answer". The cells grow as you type.',
        "You may answer only the themes that concern you; leave the other cells empty.",
        "Where a question has parts (a) and (b), please answer each part separately.",
        "Terms marked with a number are explained in the footnotes.",
        "Please return the completed questionnaire by 31 March 2026 to the secretariat's e-mail address, "
        "together with any paper you wish to attach.",
    ),
    "respondent_heading": "About you",
    "respondent": ("Name", "Organisation", "Country", "Type of organisation", "E-mail"),
    # (theme heading, [(number, question, footnote or None)]); a number "" continues the row above as its part (b)
    "themes": (
        (
            "Theme 1: Micro-credentials in the qualification system",
            (
                (
                    "1.1",
                    "Should micro-credentials be included in the national qualifications framework?",
                    "A national qualifications framework (NQF) classifies qualifications by level according to the "
                    "learning outcomes they certify.",
                ),
                (
                    "1.2",
                    "(a) Should experience gained at work or in volunteering count towards a micro-credential?",
                    None,
                ),
                ("", "(b) Which body should hear appeals when such experience is not recognised?", None),
                ("1.3", "Can several micro-credentials be combined towards a larger qualification?", None),
                ("1.4", "What fee should be charged for entering a micro-credential in the national register?", None),
            ),
        ),
        (
            "Theme 2: Design of micro-credentials",
            (
                (
                    "2.1",
                    "What is the minimum size of a micro-credential?",
                    "Size may be expressed in ECTS credits (European Credit Transfer and Accumulation System; one "
                    "credit corresponds to 25 to 30 hours of learning) or in hours.",
                ),
                (
                    "2.2",
                    "How should the learning outcomes of a micro-credential be written?",
                    "A micro-credential is the record of the learning outcomes that a learner has achieved following "
                    "a small volume of learning, assessed against transparent standards.",
                ),
                ("2.3", "What role should employers play in defining learning outcomes?", None),
                ("2.4", "How much of a course should take place in a company?", None),
                ("2.5", "What is the maximum size of a micro-credential?", None),
                ("2.6", "For how many years should a micro-credential remain valid?", None),
            ),
        ),
        (
            "Theme 3: Assessment and quality assurance",
            (
                ("3.1", "Who should assess learners for a micro-credential?", None),
                ("3.2", "How should practical skills be assessed?", None),
                ("3.3", "(a) Must providers be accredited before they issue micro-credentials?", None),
                ("", "(b) How often should that accreditation be renewed?", None),
                ("3.4", "In which language should assessments be held?", None),
                ("3.5", "What pass mark should be required?", None),
                ("3.6", "How long should providers keep assessment records?", None),
            ),
        ),
        (
            "Theme 4: Access and funding",
            (
                ("4.1", "Who should pay for courses leading to micro-credentials?", None),
                ("4.2", "Should jobseekers keep their benefits while they train?", None),
                ("4.3", "How can courses reach adults who work during the day?", None),
                ("4.4", "What share of the cost should employers bear?", None),
                ("4.5", "Should learners with disabilities be given priority for places?", None),
                ("4.6", "What is the highest fee a provider should be allowed to charge?", None),
            ),
        ),
        (
            "Theme 5: Digital credentials",
            (
                (
                    "5.1",
                    "Should micro-credentials be issued only in digital form?",
                    "A digital credential is a credential issued electronically and sealed so that its origin and "
                    "integrity can be checked by machine, for example in the European Digital Credentials for "
                    "Learning format.",
                ),
                ("5.2", "What information should the record of a micro-credential contain?", None),
                ("5.3", "How should employers be able to check that a credential is genuine?", None),
                ("5.4", "Who should pay for the national digital wallet?", None),
            ),
        ),
    ),
    "closing_heading": "Data protection",
    "closing": (
        "The secretariat processes the personal data you give in this questionnaire only to run the consultation, "
        "in line with Regulation (EU) 2018/1725. Answers may be published with the name of the organisation but "
        "without the names of individuals, unless you object in your covering e-mail. Personal data are deleted "
        "twelve months after the guidelines are adopted.",
        "Thank you for your contribution.",
    ),
}
