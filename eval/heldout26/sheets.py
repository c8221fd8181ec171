"""The twenty-sixth held-out set's metadata register and outline, as text (eval/heldout26/README.md).

``build.py`` writes the register as a Romanian-speaking secretariat keeps it in Excel (a title merged across the
columns, an empty row, Romanian headers, names written as people write them, dates the Romanian way, a notes
column) and the outline as the call for contributions a network publishes as a PDF (a letterhead, an
introduction, numbered themes with their questions, the deadline and a contact).
"""

from __future__ import annotations

import datetime as dt

REGISTER = {
    "title": "Consultare privind microcertificatele – registrul contribuțiilor primite (actualizat la 13.03.2026)",
    "author": "Mihaela Vlădescu",
    "date": dt.date(2026, 3, 13),
    "sheet": "Registru",
    "header": (
        "Nr. crt.", "Denumire fișier", "Expeditor", "Organizație", "Țara", "Regiune", "Tip document",
        "Data primirii", "Observații",
    ),
    "rows": (
        ("1", "comments_mittelweser_university_alliance.docx", "Prof. Dr. Henrike Osterkamp",
         "Hochschulverbund Mittelweser", "Germania", "UE", "comentarii", "09.03.2026",
         "modificările urmărite nu au fost acceptate"),
        ("2", "email_tiszazug_chamber_of_crafts.eml", "PÁLINKÁS-KERTÉSZ Zsófia", "Tiszazug Chamber of Crafts",
         "Ungaria", "UE", "e-mail", "12.03.2026", "documentul PDF atașat"),
        ("3", "positions_werkplein_ijsselvallei.pdf", "Terpstra, Roos", "Werkplein IJsselvallei", "Olanda",
         "UE", "tabel", "10.03.2026", None),
        ("4", "phone_note_irbid_directorate_of_education.rtf", "Mr Basel Tarawneh",
         "Irbid Directorate of Education", "Iordania", "partener", "notă telefonică", "11.03.2026",
         "notă redactată de secretariat (T. Marstrand)"),
        ("5", "working_paper_buna_institute_skills_research.odt", "Dr Elira Manaj-Kola",
         "Buna Institute for Skills Research", "Albania", "partener", "document de lucru", "06.03.2026", None),
        ("6", "slack_thread_fernhollow_learning.txt", "Brannigan, A.", "Fernhollow Learning Ltd", "Irlanda", "UE",
         "conversație", "10.03.2026", "trimis ca export al discuției"),
        ("7", "amendments_alto_sannio_industrial_association.xlsx", "Dott.ssa Lucrezia Ferrandina",
         "Associazione Industriali Alto Sannio", "Italia", "UE", "amendamente", "11.03.2026", None),
        ("8", "mind_map_naryn_youth_council.md", "Aidai Sultanbekova", "Naryn Youth Council", "Kârgâzstan",
         "partener", "hartă mentală", "12.03.2026", None),
        ("9", "oped_nablus_adult_learning_collective.html", "Hanan Qaddoumi-Sabbagh",
         "Nablus Adult Learning Collective", "Palestina", "partener", "articol de opinie", "08.03.2026",
         "publicat în The Levant Ledger"),
        ("10", "trello_board_souss_training_quality_observatory.csv", "OUAZZANI-TAHIRI Hicham",
         "Souss Training Quality Observatory", "Maroc", "partener", "export Trello", "13.03.2026", None),
    ),
    "widths": {"A": 8, "B": 46, "C": 28, "D": 34, "E": 14, "F": 10, "G": 18, "H": 13, "I": 40},
}  # fmt: skip

CALL = {
    "title": "Call for contributions: guidelines on micro-credentials",
    "author": "Danube-Adriatic Learning Network",
    "saved": "20260216093000+01'00'",
    "letterhead": (
        "Danube-Adriatic Learning Network",
        "Secretariat · Strada Știrbei Vodă 21, Bucharest · consultation@mc-guidelines.example.eu",
    ),
    "introduction": [
        "The Danube-Adriatic Learning Network is preparing guidelines on micro-credentials for education and "
        "training providers, employers and public authorities in the European Union and in its partner countries. "
        "Before we draft them, we would like to hear from those who design, pay for, award and use "
        "micro-credentials.",
        "We invite you to answer any of the questions below that concern you. You do not need to answer all of "
        "them, and you may send your contribution in any form and format that suits you: a letter, a paper, a "
        "table or a note of your own.",
    ],
    "themes": (
        ("Scope and purpose", (
            "Which organisations should be able to issue micro-credentials?",
            "What is the smallest learning experience that can lead to a micro-credential?",
            "Should micro-credentials be open to people without a school-leaving certificate?",
            "Which body should keep the national list of micro-credential providers?",
            "How many micro-credentials may one learner hold?",
        )),
        ("Design and standards", (
            "Who should take part in writing the learning outcomes?",
            "What information must a micro-credential certificate contain?",
            "Should micro-credentials count towards a full degree or qualification?",
            "Should every micro-credential end with an assessment?",
            "How many hours of learning should one ECTS credit stand for?",
            "In which language should learning outcomes be written?",
        )),
        ("Assessment, quality and trust", (
            "How should the quality of providers be checked?",
            "How long should a micro-credential remain valid?",
            "Should learners be able to take assessments online?",
            "What pass mark should a learner reach?",
            "How should complaints by learners be handled?",
            "How long should providers keep assessment records?",
        )),
        ("Recognition and portability", (
            "How should micro-credentials from other countries be recognised?",
            "Should micro-credentials be issued in digital form?",
            "Should micro-credentials be entered in a national register?",
            "Within how many weeks should a recognition decision be taken?",
            "Who should pay for the verification of digital credentials?",
        )),
        ("Financing and access", (
            "How should learners' fees be covered?",
            "How can people in remote areas be reached?",
            "What should employers contribute?",
            "What support should learners with disabilities receive?",
            "What share of the fee should the state cover for unemployed people?",
            "How much should the state spend per learner each year?",
        )),
    ),
    "closing": [
        "Deadline: please send your contribution by Friday 13 March 2026, 17:00 CET. Contributions received after "
        "the deadline will be read, but may not be reflected in the first draft.",
        "Contact: Mihaela Vlădescu, consultation secretariat, consultation@mc-guidelines.example.eu, "
        "+40 21 555 0142.",
    ],
}  # fmt: skip
