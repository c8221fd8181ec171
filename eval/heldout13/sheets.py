"""The thirteenth held-out set's two workbooks, written by hand: the metadata sheet a French-speaking secretariat
keeps (a title row and a blank row above the header, French headers, countries in French) and the outline as a
drafting team keeps it in Excel (the section written once in a merged cell over its questions' rows, question
numbers, the question, notes for drafters). ``build.py`` writes them."""

from __future__ import annotations

import datetime as dt

_EU = "État membre de l'UE"

METADATA = {
    "file": "metadata.xlsx",
    "title": "Consultation round 3 - inputs received",
    "author": "Secrétariat de la consultation",
    "date": dt.date(2026, 3, 16),
    "sheets": {
        "Contributions": {
            "rows": [
                ("Consultation round 3 - inputs received", None, None, None, None, None, None),
                (None, None, None, None, None, None, None),
                ("Fichier", "Nom", "Organisme", "Pays", "Région", "Type de contribution", "Date de réception"),
                ("report_pannonian_universities_alliance.pdf", "Boglárka Szentgyörgyi",
                 "Alliance of Pannonian Universities for Lifelong Learning", "Hongrie", _EU, "Rapport",
                 "02/03/2026"),
                ("minutes_opole_silesia_crafts_chamber.docx", "Wiesława Chmielowska-Gąsior",
                 "Chamber of Skilled Crafts of Opole Silesia", "Pologne", _EU, "Procès-verbal", "05/03/2026"),
                ("slides_morava_railway_training_centre.pptx", "Miroslav Pejčinović",
                 "Morava Railway Operators' Training Centre", "Serbie", "Balkans occidentaux", "Présentation",
                 "26/02/2026"),
                ("slides_troodos_cybersecurity_centre.odp", "Stelios Koumoullis",
                 "Troodos Cybersecurity Competence Centre", "Chypre", _EU, "Présentation", "06/03/2026"),
                ("survey_vltava_dental_hygienists.csv", "Blanka Hrdličková",
                 "Vltava Association of Dental Hygienists", "Tchéquie", _EU, "Réponse au questionnaire",
                 "09/03/2026"),
                ("fwd_casa_deschisa_refugee_integration.eml", "Corina Țurcanu-Bălan",
                 "Casa Deschisă Refugee Integration Association", "Moldavie", "Partenariat oriental", "Courriel",
                 "13/03/2026"),
                ("letter_sar_planina_mountain_guides.odt", "Bojan Trajkoski",
                 "Šar Planina Federation of Mountain Guides", "Macédoine du Nord", "Balkans occidentaux",
                 "Lettre", "11/03/2026"),
                ("faq_zemgale_organic_farming_institute.md", "Dace Strautmane",
                 "Zemgale Institute of Organic Farming", "Lettonie", _EU, "Foire aux questions", "04/03/2026"),
                ("page_karaganda_labour_market_research.html", "Gulnara Zhaksybekova",
                 "Karaganda Regional Employment Service, Labour Market Research Unit", "Kazakhstan",
                 "Asie centrale", "Page web", "10/03/2026"),
                ("input_alexandria_student_housing.txt", "Yasmine Abou-Zeid Rashwan",
                 "Alexandria Student Housing Association", "Égypte", "Voisinage méridional",
                 "Contribution écrite", "12/03/2026"),
            ],
            "widths": {"A": 44, "B": 28, "C": 48, "D": 18, "E": 22, "F": 24, "G": 16},
            "bold_rows": (1, 3),
        },
    },
}  # fmt: skip

# (section, [(number, question, note or None), ...]): column A holds the section once, merged over its rows
OUTLINE_SECTIONS = [
    ("A. Place in the qualifications system", [
        ("A.1", "Should the certificate show the micro-credential's level in the national qualifications "
                "framework?", None),
        ("A.2", "Should a micro-credential exempt its holder from part of a full qualification?",
         "Raised at the February round table"),
        ("A.3", "Who should keep the national register of micro-credentials?", None),
        ("A.4", "Should providers be allowed to call a micro-credential a diploma?", "Check the 2022 Council "
                "Recommendation's wording"),
    ]),
    ("B. Design and learning outcomes", [
        ("B.1", "What is the minimum volume of learning for a micro-credential?", None),
        ("B.2", "How should learning outcomes be formulated?", None),
        ("B.3", "Can several micro-credentials be combined into a larger qualification?", "Stackability"),
        ("B.4", "How many learning outcomes should a micro-credential have at most?", None),
        ("B.5", "What should be required of applicants before they are admitted?", None),
        ("B.6", "What role should employers play in designing micro-credentials?", "Kept from the 2025 outline"),
    ]),
    ("C. Assessment and quality assurance", [
        ("C.1", "Where should practical skills be assessed?", None),
        ("C.2", "Can people with experience obtain the credential without attending the course?",
         "Validation of prior learning"),
        ("C.3", "Which criteria should be used to accredit providers of micro-credentials?", None),
        ("C.4", "How much should an external quality review of a provider cost?", None),
        ("C.5", "Should assessments be recorded on video?", "New in round 3"),
    ]),
    ("D. Certificates and digital credentials", [
        ("D.1", "How should a candidate's result be shown on the certificate?", None),
        ("D.2", "In which languages should the certificate be issued?", None),
        ("D.3", "What information should a digital credential contain?", None),
        ("D.4", "How can a third party verify that a micro-credential is authentic?", None),
        ("D.5", "Who should issue the electronic seals used to sign digital credentials?", None),
        ("D.6", "How long should a micro-credential remain valid?", None),
    ]),
    ("E. Recognition, funding and access", [
        ("E.1", "Should micro-credentials obtained abroad be recognised on the same terms as national ones?",
         None),
        ("E.2", "How long should a decision on recognising a foreign micro-credential take?", None),
        ("E.3", "Who should pay for the micro-credentials of jobseekers?", None),
        ("E.4", "Should employers contribute to the cost of training their staff?", None),
        ("E.5", "How can refugees and other newcomers be helped to take part?", "Ask the partner countries"),
        ("E.6", "What is the maximum fee a provider should charge for a micro-credential?", None),
        ("E.7", "Should learners be able to deduct micro-credential fees from their income tax?", None),
    ]),
]  # fmt: skip

OUTLINE = {
    "file": "outline.xlsx",
    "title": "Guidelines on micro-credentials - outline for drafting",
    "author": "Drafting team",
    "date": dt.date(2026, 3, 16),
    "sections": OUTLINE_SECTIONS,
}
