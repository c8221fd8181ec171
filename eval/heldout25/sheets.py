"""The twenty-fifth held-out set's outline, as text (eval/heldout25/README.md).

``build.py`` writes it as the drafting team keeps it in Excel: a workbook of three sheets, a "Read me" sheet of
instructions first, then "Guiding questions" (a title row, an empty row, the header "Ref. | Section | Guiding
question | Audience | Lead drafter | Status", one row per question referenced "1.a", "1.b", ..., the section and
its audience written on its first row only) and a "Change log" sheet last. The metadata sheet is kept as text
(``corpus/metadata.csv``).
"""

from __future__ import annotations

import datetime as dt

# (section, audience, lead drafter, [(question, status)])
_SECTIONS = (
    ("Micro-credentials in the qualifications system", "system level", "M. Vos", (
        ("Should micro-credentials be given a level in the national qualifications framework?", "agreed"),
        ("Which providers should be allowed to award micro-credentials?", "agreed"),
        ("Should micro-credentials be recorded in the national register of qualifications?", "agreed"),
        ("Which ministry should be responsible for micro-credentials?", "new"),
        ("How often should the register of micro-credentials be brought up to date?", "new"),
    )),
    ("Designing micro-credentials", "provider level", "K. Peeters", (
        ("How large may a micro-credential be?", "agreed"),
        ("Who should help define the learning outcomes of a micro-credential?", "agreed"),
        ("Can micro-credentials be combined into a larger qualification?", "agreed"),
        ("When and how should courses be scheduled for people in employment?", "reworded"),
        ("How many learning outcomes should a micro-credential have at most?", "new"),
        ("In which language should micro-credentials be taught?", "new"),
    )),
    ("Assessment and quality assurance", "provider level", "K. Peeters", (
        ("Should assessments be allowed to take place remotely?", "agreed"),
        ("How should prior learning be validated?", "agreed"),
        ("How should the quality of providers be assured?", "agreed"),
        ("Who should take part in assessing learners?", "reworded"),
        ("What pass mark should learners reach in the final test?", "new"),
        ("How often should assessors be retrained?", "new"),
    )),
    ("Recognition and digital credentials", "provider level", "A. Janssens", (
        ("Should micro-credentials be issued as digital credentials?", "agreed"),
        ("What should a micro-credential certificate state?", "agreed"),
        ("When should a micro-credential from abroad be recognised?", "agreed"),
        ("Within how many days should a request for recognition be decided?", "new"),
        ("Who should pay for the platform that issues digital credentials?", "new"),
    )),
    ("Funding, access and inclusion", "system level", "M. Vos", (
        ("Who should pay for micro-credentials that employees take?", "agreed"),
        ("How can people in rural areas be reached?", "agreed"),
        ("What support should unemployed learners receive?", "agreed"),
        ("How should learners with disabilities be supported?", "reworded"),
        ("What share of the public training budget should go to micro-credentials?", "new"),
        ("Should learners who drop out get their fee back?", "new"),
    )),
)  # fmt: skip


def _question_rows() -> list[list]:
    rows: list[list] = [
        ["Guidelines on micro-credentials – guiding questions, version 3 (2 March 2026)"],
        [None],
        ["Ref.", "Section", "Guiding question", "Audience", "Lead drafter", "Status"],
    ]
    for number, (section, audience, lead, questions) in enumerate(_SECTIONS, start=1):
        for n, (question, status) in enumerate(questions):
            ref = f"{number}.{'abcdefgh'[n]}"
            first = n == 0
            rows.append([ref, section if first else None, question, audience if first else None,
                         lead if first else None, status])  # fmt: skip
    return rows


QUESTIONS = [q for _, _, _, questions in _SECTIONS for q, _ in questions]

OUTLINE = {
    "title": "Guidelines on micro-credentials - guiding questions",
    "author": "Guidelines secretariat",
    "date": dt.date(2026, 3, 2),
    "sheets": {
        "Read me": {
            "rows": [
                ["How to use this workbook"],
                ["The sheet 'Guiding questions' lists every question the guidelines should answer, one per row."],
                ["Please do not renumber the references; add new questions at the end of their section."],
                ["Status: 'agreed' = kept from version 2, 'reworded' = changed after the February meeting, "
                 "'new' = added in version 3."],
            ],
            "widths": {"A": 110},
            "bold_rows": (1,),
        },
        "Guiding questions": {
            "rows": _question_rows(),
            "widths": {"A": 7, "B": 40, "C": 80, "D": 16, "E": 14, "F": 10},
            "bold_rows": (1, 3),
        },
        "Change log": {
            "rows": [
                ["Date", "Change", "By"],
                ["02/02/2026", "Version 2 sent to the working group", "M. Vos"],
                ["20/02/2026", "Four items reworded after the working group's meeting", "K. Peeters"],
                ["02/03/2026", "Ten items added; version 3", "A. Janssens"],
            ],
            "widths": {"A": 12, "B": 70, "C": 14},
            "bold_rows": (1,),
        },
    },
}  # fmt: skip
