"""The nineteenth held-out set's metadata sheet and outline, as text (eval/heldout19/README.md).

``build.py`` writes the sheet as a Flemish secretariat exports its shared spreadsheet "as tab-separated values":
UTF-8 without a byte-order mark, tabs between cells, LF line ends, a title line and an empty line above the
header, Dutch headers, a notes column. It writes the outline as the drafting team keeps it in Word: a Title,
each section a paragraph typed in bold (no heading style), its guiding questions in a table "No. | Guiding
question | Drafter".
"""

from __future__ import annotations

import datetime as dt

METADATA_TITLE = "Raadpleging microcredentials: ontvangen bijdragen (bijgewerkt 19/03/2026)"
# Dutch headers; countries and regions in Dutch; one name written surname first, as a register lists it; a notes
# column the ingest has no field for.
METADATA_ROWS = (
    ("Bestand", "Naam", "Organisatie", "Land", "Regio", "Soort bijdrage", "Datum ontvangst", "Opmerkingen"),
    (
        "slides_algarve_hospitality_skills_partnership.pptx",
        "Inês Moutinho Carvalhal",
        "Algarve Hospitality Skills Partnership",
        "Portugal",
        "EU-lidstaat",
        "presentatie",
        "10-03-2026",
        "Dia's met tabellen",
    ),
    (
        "scan_imereti_regional_employment_office.pdf",
        "Nino Tsiklauri",
        "Imereti Regional Employment Office",
        "Georgië",
        "partnerland",
        "brief",
        "12-03-2026",
        "Per post ontvangen, ingescand",
    ),
    (
        "workbook_zilina_adult_education_centre.xlsx",
        "Marek Hrušovský",
        "Žilina Centre for Adult Education",
        "Slowakije",
        "EU-lidstaat",
        "schriftelijke bijdrage",
        "06-03-2026",
        "Standpunten in de kolom Notes",
    ),
    (
        "report_apennine_institute_lifelong_learning.docx",
        "Ottavio Scarpellini",
        "Apennine Institute for Lifelong Learning Research",
        "Italië",
        "EU-lidstaat",
        "rapport",
        "13-03-2026",
        "",
    ),
    (
        "statement_montenegrin_alliance_accessible_learning.htm",
        "Milica Radunović",
        "Montenegrin Alliance for Accessible Learning",
        "Montenegro",
        "partnerland",
        "standpunt",
        "14-03-2026",
        "Webpagina opgeslagen uit Word",
    ),
    (
        "chat_monastir_textile_workers_union.txt",
        "Hédi Ben Slimane",
        "Monastir Textile and Clothing Workers' Union",
        "Tunesië",
        "partnerland",
        "chatbericht",
        "12-03-2026",
        "Export van de WhatsApp-groep; alleen de punten van Hédi tellen",
    ),
    (
        "blog_zarqa_coding_bootcamps_alliance.md",
        "Rania Haddadin",
        "Zarqa Coding Bootcamps Alliance",
        "Jordanië",
        "partnerland",
        "blogbericht",
        "09-03-2026",
        "",
    ),
    (
        "reply_ghent_port_logistics_training_fund.eml",
        "Vandenbroucke, Pieter",
        "Ghent Port Logistics Training Fund",
        "België",
        "EU-lidstaat",
        "e-mail",
        "17-03-2026",
        "Antwoorden tussen onze vragen",
    ),
    (
        "poster_kainuu_forest_machine_operators.pdf",
        "Aino Heikkilä",
        "Kainuu Forest Machine Operators' Association",
        "Finland",
        "EU-lidstaat",
        "posterpresentatie",
        "18-03-2026",
        "",
    ),
    (
        "comments_samarkand_college_of_tourism_and_crafts.docx",
        "Dilnoza Rakhimova",
        "Samarkand College of Tourism and Crafts",
        "Oezbekistan",
        "partnerland",
        "commentaarformulier",
        "16-03-2026",
        "",
    ),
)

# The outline: (section title, introductory sentence or None, [(question, drafter)]). 28 questions, 18 the
# corpus answers and 10 it does not (drafting_gold.yaml says which).
OUTLINE = {
    "title": "Guidelines on micro-credentials: guiding questions for the drafting round of April",
    "author": "Guideline drafting team",
    "date": dt.date(2026, 3, 20),
    "sections": [
        (
            "Micro-credentials and the national qualifications system",
            "The questions below are for the system-level chapter; each drafter answers the ones beside their name.",
            [
                ("Should each micro-credential be given a level in the National Qualifications Framework?", "AV"),
                ("Should micro-credentials be entered in the national register of qualifications?", "AV"),
                ("Which providers should be allowed to award micro-credentials?", "KD"),
                ("Which body should hear learners' appeals against an assessment result?", "KD"),
                ("Should micro-credentials expire after a fixed number of years?", "AV"),
            ],
        ),
        (
            "Designing micro-credentials",
            None,
            [
                ("Who should decide the content of a micro-credential?", "LM"),
                ("How large should a micro-credential be?", "LM"),
                ("How should the workload of a micro-credential be expressed?", "LM"),
                ("In which languages should micro-credential courses be offered?", "KD"),
                ("How many hours of learning should one ECTS credit stand for?", "LM"),
                ("How many employers should sit on the panel that designs a micro-credential?", "KD"),
            ],
        ),
        (
            "Assessment",
            None,
            [
                ("Where should practical skills be assessed?", "SB"),
                ("Should exams taken at home under webcam supervision be accepted?", "SB"),
                ("What adjustments should be made to assessments for learners with disabilities?", "SB"),
                ("How should experienced workers gain a micro-credential without taking the course?", "AV"),
                ("What minimum score should a candidate need to pass?", "SB"),
                ("How many candidates may one assessor examine in a day?", "SB"),
                ("What qualifications should a workplace mentor hold?", "LM"),
            ],
        ),
        (
            "Recognition and digital credentials",
            None,
            [
                ("In which format should micro-credentials be issued digitally?", "KD"),
                ("What should a credential show besides the learning outcomes?", "KD"),
                (
                    "Should a micro-credential earned in one country be recognised in a neighbouring one without a "
                    "new test?",
                    "AV",
                ),
                ("How long should assessment records be kept?", "SB"),
            ],
        ),
        (
            "Access, guidance and funding",
            None,
            [
                ("Who should pay for micro-credentials that employees take?", "LM"),
                ("Should learners receive guidance before they enrol?", "KD"),
                ("How should courses be made accessible to learners with disabilities?", "SB"),
                ("Should jobseekers keep their benefits while they take a micro-credential course?", "AV"),
                ("How much should a retake of a failed assessment cost?", "LM"),
                ("By how much should providers' fees for micro-credentials be capped?", "AV"),
            ],
        ),
    ],
}
