"""The thirty-first held-out set's register and outline, as text (eval/heldout31/README.md).

``build.py`` makes from them the Greek secretariat's register in Excel (a title row over a frozen header, a second
sheet with the lists its dropdowns draw on) and the working group's terms of reference as a PDF (a cover page, a
background, the themes and guiding questions in a table, a timeline, two annexes). Written by hand for this set.
"""

from __future__ import annotations

import datetime as dt

REGISTER_TITLE = "Διαβούλευση για τις μικροπιστοποιήσεις - Μητρώο εισερχόμενων συνεισφορών (ενημ. 18/3/2026)"
REGISTER_HEADER = (
    "Α/Α", "Όνομα αρχείου", "Ονοματεπώνυμο", "Φορέας", "Χώρα", "Ομάδα χωρών", "Είδος εγγράφου",
    "Ημερομηνία παραλαβής", "Παρατηρήσεις",
)  # fmt: skip
# one row per contribution; a date is a date cell (shown dd/mm/yyyy) or the text the clerk typed
REGISTER_ROWS = (
    ("1", "typeform_klaralven_study_association.csv", "SJÖBERG Linnea", "Klarälven Study Association", "Σουηδία",
     "ΕΕ", "ερωτηματολόγιο", dt.date(2026, 3, 9), "εξαγωγή Typeform, η απάντησή της είναι η γραμμή 2"),
    ("2", "erasmus_proposal_limfjord_vocational_college.docx", "Vestergaard-Lund, Søren",
     "Limfjord Vocational College", "Δανία", "ΕΕ", "έγγραφο", "9/3/2026", "απόσπασμα αίτησης Erasmus+"),
    ("3", "impact_assessment_pentadaktylos_centre_for_policy_appraisal.pdf", "A. Charalambous",
     "Pentadaktylos Centre for Policy Appraisal", "Κύπρος", "ΕΕ", "έκθεση", dt.date(2026, 3, 10), ""),
    ("4", "catalogue_esch_belval_school_of_continuing_engineering.html", "Dr Marc Feltgen",
     "Esch-Belval School of Continuing Engineering", "LU", "ΕΕ", "ιστοσελίδα", "10 Μαρτίου 2026",
     "σελίδα καταλόγου, βλ. σημείωμα διευθυντή"),
    ("5", "written_evidence_kurzeme_regional_employers_chamber.rtf", "Ozols-Liepiņš Kristaps",
     "Kurzeme Regional Employers' Chamber", "Λετονία", "ΕΕ", "υπόμνημα", dt.date(2026, 3, 11), "MCR 017"),
    ("6", "signal_chat_hama_federation_of_small_workshops.txt", "κ. Yaman Al-Hamwi",
     "Hama Federation of Small Workshops", "SY", "Εταίρος", "συνομιλία", "14/3/2026",
     "μηνύματα προς το υπουργείο (F. Qassab)"),
    ("7", "rfc_galil_open_credentials_foundation.md", "Prof. Oren Mizrahi-Katz", "Galil Open Credentials Foundation",
     "Ισραήλ", "Εταίρος", "κείμενο", dt.date(2026, 3, 2), ""),
    ("8", "logframe_jenin_womens_vocational_development_society.xlsx", "Lina Jaradat",
     "Jenin Women's Vocational Development Society", "PS", "Εταίρος", "πίνακας", "11.03.2026", ""),
    ("9", "petition_lankaran_student_union_council.odt", "Orkhan Babayev", "Lankaran Student Union Council",
     "Αζερμπαϊτζάν", "Εταίρος", "αναφορά", dt.date(2026, 3, 12), "1.284 υπογραφές"),
    ("10", "motion_dashoguz_union_of_construction_workers.eml", "Berdiyeva G.",
     "Dashoguz Union of Construction Workers", "Τουρκμενιστάν", "Εταίρος", "επιστολή", "12/3/2026",
     "ψήφισμα συνεδρίου"),
)  # fmt: skip
# the second sheet: the values the register's dropdowns offer
LISTS_HEADER = ("Είδος εγγράφου", "Ομάδα χωρών", "Κατάσταση")
LISTS_COLUMNS = (
    ("επιστολή", "έγγραφο", "έκθεση", "ερωτηματολόγιο", "ιστοσελίδα", "κείμενο", "πίνακας", "συνομιλία",
     "υπόμνημα", "αναφορά", "άλλο"),
    ("ΕΕ", "Εταίρος"),
    ("παραλήφθηκε", "σε επεξεργασία", "ολοκληρώθηκε"),
)  # fmt: skip

TERMS = {
    "title": "Terms of Reference: stakeholder consultation on the Guidelines on micro-credentials",
    "author": "Secretariat of the Working Group on Micro-credentials",
    "saved": "20260220100000+02'00'",
    "cover": (
        "Working Group on Micro-credentials",
        "TERMS OF REFERENCE",
        "Stakeholder consultation on the Guidelines on micro-credentials",
        "Ref. WG-MC/2026/03 - Version 1.1",
        "Athens, 20 February 2026",
    ),
    "background": (
        "1. Background",
        (
            "Micro-credentials certify the learning outcomes of short, transparently assessed learning "
            "experiences. Since the Council Recommendation of June 2022 on a European approach to "
            "micro-credentials, countries in the European Union and beyond have begun to build them into their "
            "education and training systems, at different speeds and in different ways.",
            "The Working Group was set up in 2025 to prepare guidelines that providers, authorities and employers "
            "in member states and partner countries can use. These terms of reference set out what the Working "
            "Group asks of stakeholders in this consultation.",
        ),
    ),
    "purpose": (
        "2. Purpose and scope",
        (
            "The consultation collects the positions of learners, providers, employers, trade unions, civil "
            "society and public authorities. Contributions may take any form. They will be summarised in the "
            "guidelines with their sources; no contribution will be published in full without consent.",
        ),
    ),
    "themes_heading": "3. Themes and guiding questions",
    "themes_intro": "Contributors need not answer every question. The numbering is for reference only.",
    "themes": (
        (
            "Recognition and portability",
            "How micro-credentials are accepted across institutions, sectors and borders.",
            (
                "Should micro-credentials be stackable towards a full qualification?",
                "How should micro-credentials obtained abroad be recognised?",
                "What role should employers play in defining the content of micro-credentials?",
                "Should each micro-credential be referenced to a qualifications framework level?",
                "Which body should settle disputes about the recognition of a micro-credential?",
                "For how many years should a micro-credential remain valid?",
            ),
        ),
        (
            "Design and quality",
            "What a micro-credential is made of and how its quality is secured.",
            (
                "What is the smallest workload a micro-credential should represent?",
                "What information must a micro-credential contain?",
                "What quality assurance should apply to providers?",
                "Should courses leading to micro-credentials be available online?",
                "What is the largest group of learners a course should have?",
                "What qualifications should trainers hold?",
            ),
        ),
        (
            "Assessment and award",
            "How learning is checked before a micro-credential is awarded.",
            (
                "Can prior work experience replace following a course?",
                "Where should practical skills be assessed?",
                "Who should carry out the final assessment?",
                "How can learners contest an assessment result?",
                "What minimum score should be required to pass?",
                "In which language should learners be assessed?",
            ),
        ),
        (
            "Access and funding",
            "Who can take part, and on what terms.",
            (
                "Should learners contribute to the cost of their training?",
                "Should employees be trained during their paid hours?",
                "How should learners living far from training centres be supported?",
                "What would help learners who look after children to participate?",
                "What share of the cost should public budgets cover?",
                "Should jobseekers be given priority for places?",
            ),
        ),
        (
            "Digital credentials",
            "How micro-credentials are issued, stored and checked in digital form.",
            (
                "What technology should underpin the issuing and verification of digital micro-credentials?",
                "Can learners move their credentials freely between platforms?",
                "How long should providers keep assessment records?",
                "Who should fund the verification infrastructure?",
            ),
        ),
    ),
    "timeline_heading": "4. Timeline",
    "timeline": (
        ("Step", "Date", "Responsible"),
        ("Consultation opens", "23 February 2026", "Secretariat"),
        ("Deadline for contributions", "16 March 2026", "Stakeholders"),
        ("Synthesis of contributions", "April 2026", "Secretariat"),
        ("First draft of the guidelines", "May 2026", "Working Group"),
        ("Validation meeting", "June 2026", "Working Group and stakeholders"),
    ),
    "annex": (
        "Annex I. How to submit a contribution",
        (
            "Contributions may be sent in any common file format to the secretariat's address. Please name your "
            "organisation and country. The secretariat confirms receipt within three working days.",
            "Annex II. Abbreviations: ECTS, European Credit Transfer and Accumulation System; EQF, European "
            "Qualifications Framework; WG-MC, Working Group on Micro-credentials.",
        ),
    ),
}
