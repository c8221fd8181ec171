"""The fifteenth held-out set's metadata sheet and outline, written by hand. ``build.py`` writes them.

The sheet is kept loosely, as a busy secretariat keeps one: short headers ("Org.", "Country / territory"),
countries as ISO codes in some rows and in full in others, regions abbreviated ("EU MS", "W. Balkans"), dates in
three styles, free text in "Notes", an empty row left in the middle, and one row naming two people (the two
panellists of the brewers' panel).

The outline is written once, as sections and guiding questions, and built two ways: as the drafting team wrote it
in Word (``outline_list_styles.docx``: sections in Word's "List Number" style, questions in "List Number 2", an
italic note under each section title, one question followed by "(see the 2024 survey)"), which the outline loader
misreads (eval/heldout15/README.md), and as the table it reads (``outline.tsv``: "Chapter", "Question"), which the
runner uses.
"""

from __future__ import annotations

import datetime as dt

METADATA = {
    "file": "metadata.xlsx",
    "title": "Micro-credentials consultation - inputs log",
    "author": "Consultation secretariat",
    "date": dt.date(2026, 3, 13),
    "sheets": {
        "Inputs": {
            "rows": [
                (
                    "Filename",
                    "Contributor(s)",
                    "Org.",
                    "Country / territory",
                    "Region",
                    "Input type",
                    "Received",
                    "Notes",
                ),
                (
                    "scan_kaarnavaara_fire_rescue_college.pdf",
                    "Marjatta Heikkilä-Ruotsalainen",
                    "Kaarnavaara Fire and Rescue College",
                    "Finland",
                    "EU",
                    "Letter",
                    "2 Mar 2026",
                    "Came by post, signed original; scanned by us on arrival",
                ),
                (
                    "form_hron_valley_consumer_protection.pdf",
                    "Ľubica Kováčiková-Brezinská",
                    "Hron Valley Consumer Protection Association",
                    "Slovakia",
                    "EU member state",
                    "Response form",
                    "3 March 2026",
                    "Used the template form; all sections filled in",
                ),
                (
                    "recommendations_ballyconra_hospitals_trust.docx",
                    "Róisín Gilsenan",
                    "Ballyconra University Hospitals Trust",
                    "Ireland",
                    "EU MS",
                    "Recommendations",
                    "2026-03-04",
                    "Agreed by the Trust's education committee (see intro)",
                ),
                (
                    "slides_podillia_game_developers.pptx",
                    "Oleksandra Tkachenko-Hrytsai",
                    "Podillia Game Developers Association",
                    "UA",
                    "Eastern Partnership",
                    "Slides",
                    "5 March 2026",
                    "Shown at the online meeting 5/3 - text only in the speaker notes!",
                ),
                (
                    "slides_zarafshan_water_utility_academy.odp",
                    "Dilfuza Rakhimova-Nurmatova",
                    "Zarafshan Water Utility Academy",
                    "Uzbekistan",
                    "Central Asia",
                    "Presentation",
                    "2026-03-06",
                    "LibreOffice file; asked for a pptx, never came",
                ),
                (
                    "email_georgian_erasmus_desk.eml",
                    "Tamar Chkhaidze-Lomidze",
                    "Georgian National Erasmus+ Desk for Adult and Vocational Learning",
                    "GE",
                    "Eastern Partnership",
                    "E-mail",
                    "7 Mar. 2026",
                    "Sent to the functional mailbox",
                ),
                (None, None, None, None, None, None, None, None),
                (
                    "panel_kashubian_craft_brewers.txt",
                    "W. Szczepaniak; J. Brzozowska",
                    "Kashubian Craft Brewers' Association",
                    "PL",
                    "EU",
                    "Panel transcript",
                    "2026-03-08",
                    "Panel at Baltic Beer Days, Gdansk; moderator not a contributor",
                ),
                (
                    "brief_alentejo_disability_rights_federation.md",
                    "Inês Vasconcelos Pimentel",
                    "Alentejo Federation of Disability Rights Organisations",
                    "Portugal",
                    "EU",
                    "Policy brief",
                    "9 March 2026",
                    "Markdown, footnotes at the end",
                ),
                (
                    "input_shkoder_translators_guild.rtf",
                    "Entela Kraja-Dervishi",
                    "Shkodër Guild of Translators and Interpreters",
                    "Albania",
                    "W. Balkans",
                    "Written input",
                    "2026-03-10",
                    None,
                ),
                (
                    "page_kroumirie_forestry_school.html",
                    "Habib Ben Amor Gharbi",
                    "Kroumirie Forestry Training School",
                    "Tunisia",
                    "Southern Neighbourhood",
                    "Web page",
                    "11 March 2026",
                    "Saved from their website (FAQ page)",
                ),
            ],
            "widths": {"A": 46, "B": 32, "C": 44, "D": 18, "E": 22, "F": 18, "G": 14, "H": 52},
            "bold_rows": (1,),
        }
    },
}

SURVEY_NOTE = "(see the 2024 survey)"

# (section title, the italic note under it, questions)
SECTIONS = (
    ("Micro-credentials in the qualifications system",
     "This section covers the framework, the register and what may be called a micro-credential.",
     ("Should micro-credentials be listed in the national register of qualifications?",
      "Should micro-credentials have a place in the national qualifications framework?",
      "What conditions must a course meet to be called a micro-credential?",
      "Who should decide at which framework level a micro-credential is placed?",
      "Should micro-credentials be allowed to replace apprenticeships?")),
    ("Design and workload",
     "This section covers units of workload, occupational standards and who takes part in design.",
     ("How should the workload of a micro-credential be expressed?",
      "Who should be consulted when a micro-credential is designed?",
      "How should micro-credentials be linked to occupational standards?",
      "How many micro-credentials may a learner take at the same time?",
      "How long should a micro-credential course last at most?")),
    ("Assessment",
     "This section covers who assesses, where, how and in which language.",
     ("Can the person who taught a course also assess its learners?",
      "Should remote proctoring be used for online examinations?",
      "In which language should candidates be assessed?",
      "How should practical skills be demonstrated?",
      f"What adjustments should be made for candidates with disabilities? {SURVEY_NOTE}",
      "How long should providers keep assessment records?")),
    ("Quality, validity and recognition",
     "This section covers quality review, renewal and recognition across borders.",
     ("How should the quality of micro-credentials be assured?",
      "Which criteria should a provider meet before it is allowed to issue micro-credentials?",
      "For how long should a micro-credential stay valid?",
      "Should a micro-credential obtained in another country be accepted without a new test?",
      "Who should translate a micro-credential that is presented abroad?")),
    ("Digital credentials, information and funding",
     "This section covers digital formats, information before enrolment and who pays.",
     ("In which format should digital credentials be issued?",
      "Who should decide who can see a learner's digital credential?",
      "What information should learners receive before they enrol?",
      "Should learners who withdraw get their money back?",
      "Who should pay for the training of learners with disabilities?",
      "How much should a learner pay to resit a failed assessment?",
      "Should a digital credential be revoked when the provider that issued it closes down?")),
)  # fmt: skip

OUTLINE_WORD = {
    "file": "outline_list_styles.docx",
    "title": "Guidelines on micro-credentials: outline for drafting",
    "author": "Guideline drafting team",
    "date": dt.date(2026, 3, 12),
    "sections": SECTIONS,
}

OUTLINE_TABLE = {"file": "outline.tsv", "sections": SECTIONS}
