"""The text of the fourteenth held-out set's built contributions (a two-column PDF article, a Word position with
tracked changes and a text box, PowerPoint slides with a table and a chart, an OpenDocument contribution with
numbered headings, an Excel questionnaire, a Word letter signed by two people) and of its metadata sheet, written
by hand in our own words; ``build.py`` turns each spec into its file in ``corpus/``."""

from __future__ import annotations

import datetime as dt

# An open-university network's article in two columns side by side, a footnote area under a rule at the foot of
# each page (drawn by build.py). Each page: the blocks of the left column, of the right column, and its notes.
NETHERLANDS_ARTICLE = {
    "file": "article_zuiderzee_open_universities.pdf",
    "title": "Small units, open doors: five years of micro-credentials in an open university network",
    "author": "Hester Wijnbergen-Tiel",
    "date": dt.date(2026, 4, 6),
    "byline": "Hester Wijnbergen-Tiel, Zuiderzee Open Universities Network",
    "pages": [
        {
            "left": [
                ("h", "Where we started"),
                ("p", "The Zuiderzee Open Universities Network was formed in 2011 by fourteen institutions that "
                      "teach adults at a distance. Its members offered their first short units in 2021, and by "
                      "the end of 2025 they had recorded 22,300 enrolments and issued 9,850 "
                      "micro-credentials.<super>1</super>"),
                ("p", "Most of our learners combine study with a job. Their median age is 41, and six in ten "
                      "already hold a degree of some kind."),
                ("h", "Study where you are"),
                ("p", "The theory of a micro-credential can be studied entirely online, with the same standing "
                      "as a course followed in a lecture hall. Completion rates of our online units (78 per "
                      "cent) differ little from those of campus units (81 per cent)."),
            ],
            "right": [
                ("h", "Credits that travel"),
                ("p", "Credits a learner has earned with one provider should travel with them to any other "
                      "provider, inside the network and beyond it, without a new examination. Too many of our "
                      "learners were told to repeat a unit they had already passed elsewhere."),
                ("p", "Learners should be able to enrol at any time of the year instead of waiting for an intake "
                      "in September or February."),
                ("h", "Who judges the work"),
                ("p", "We oppose the proposal to place employers' representatives on assessment panels. Judging "
                      "whether learning outcomes have been reached is the task of examiners appointed by the "
                      "institution, who answer for their decisions to its examination board."),
            ],
            "notes": [
                "1  Network annual report 2025, table 3. The figures leave out the two members that joined in "
                "the course of 2025.",
            ],
        },
        {
            "left": [
                ("p", "Employers are welcome when units are designed and when they are reviewed afterwards; the "
                      "judgment on one learner's work is another matter."),
                ("h", "Fees and time"),
                ("p", "A study credit costs 95 euros at most member institutions, and a typical unit carries "
                      "four credits.<super>2</super> An application is processed in five working days on "
                      "average."),
                ("p", "In 2024 three members ran a pilot with 320 care workers in nursing homes, who studied in "
                      "the evening and were assessed at their workplace."),
            ],
            "right": [
                ("h", "What we ask of the guidelines"),
                ("p", "Every provider should publish the learning outcomes of each unit before enrolment opens, "
                      "so that a learner knows what will be assessed before paying anything."),
                ("p", "The network will report on the next two years of its units in the spring of 2028."),
            ],
            "notes": [
                "2  Fees set by each member's board for 2026. Learners over 60 pay 60 euros per credit at three "
                "members.",
            ],
        },
    ],
}  # fmt: skip

# A nursing council's position in Word: a text box with its key message beside the title, numbered headings,
# and one position sentence left with a colleague's edit not yet accepted (a deletion and an insertion).
GERMANY_POSITION = {
    "file": "position_lower_franconia_nursing_council.docx",
    "title": "Position of the Nursing Council of Lower Franconia on micro-credentials for nurses",
    "author": "Hiltrud Oberndörfer",
    "reviser": "Konrad Weißgerber",
    "date": dt.date(2026, 4, 9),
    "textbox": "Our key message: micro-credentials add to a nurse's initial education and are never a shortcut "
               "through it.",
    "blocks": [
        ("h1", "1. Background"),
        "The Council registers the nurses who work in the districts of Lower Franconia and approves the "
        "continuing education courses they may count towards their registration. It was founded in 1994 and "
        "keeps 31,400 nurses on its register. Since 2023 it has examined 46 applications from providers that "
        "want to offer short courses with a certificate.",
        "Each registered nurse has to complete 40 hours of refresher training over five years to keep the "
        "registration.",
        ("h1", "2. Our positions"),
        ("tracked", "In every micro-credential, and not only in nursing, at least ", "half", "two thirds",
         " of the final mark should come from practical tasks observed at the workplace."),
        "The practical part should be assessed by a registered nurse who has worked on a ward for at least five "
        "years.",
        "Micro-credentials approved by the Council should count towards the refresher training that nurses must "
        "complete to keep their registration.",
        "The Council should approve every micro-credential offered to nurses in Lower Franconia before its "
        "first course starts.",
        ("h1", "3. Practical matters"),
        "An assessment on the ward takes about three hours for each candidate. Hospitals of the region have "
        "offered 58 places for such assessments in 2026.",
        "Würzburg, 9 April 2026",
    ],
}  # fmt: skip

# A wind-energy training centre's slides: a table slide of its courses, a chart slide whose chart has a title,
# the reasoning in the speaker notes, the asks on the last slide.
TURKEY_SLIDES = {
    "file": "slides_aegean_wind_energy_training.pptx",
    "title": "Training the people who keep turbines turning",
    "author": "Levent Özbilgin",
    "date": dt.date(2026, 4, 3),
    "slides": [
        {"title": "Training the people who keep turbines turning",
         "body": ["Aegean Wind Energy Training Centre", "Input to the consultation on micro-credentials, April 2026"],
         "notes": ""},
        {"title": "Who we are",
         "body": ["Founded in 2014 on the Aegean coast", "Six training towers and two nacelle mock-ups",
                  "1,870 technicians trained since we opened"],
         "notes": "The centre was set up by three turbine operators and the regional development agency. Most of "
                  "our learners come from the service crews of wind farms along the coast."},
        {"title": "Our courses in 2025",
         "table": [["Course", "Hours", "Fee (TRY)", "Learners"],
                   ["Basic safety", "40", "18,500", "412"],
                   ["Blade inspection and repair", "64", "31,000", "96"],
                   ["Electrical maintenance", "80", "36,000", "148"]],
         "notes": "Basic safety is the course every technician needs before climbing; the two others are taken "
                  "by technicians with a few years in service."},
        {"title": "Growth",
         "chart": {"title": "Learners trained per year, 2019-2025",
                   "categories": ["2019", "2020", "2021", "2022", "2023", "2024", "2025"],
                   "values": [180, 95, 210, 260, 330, 380, 415]},
         "notes": "The dip in 2020 came from the pandemic, when the towers were closed for five months."},
        {"title": "Practice on real towers",
         "body": ["Real towers, real height", "A simulator prepares, it does not replace"],
         "notes": "Work at height must be practised on a real tower. A simulator may prepare a learner for the "
                  "climb, but it can never replace it."},
        {"title": "Who assesses",
         "body": ["Assessors who have climbed turbines themselves"],
         "notes": "Assessors should be technicians who have worked on turbines themselves, with at least three "
                  "years in a service crew."},
        {"title": "Our asks",
         "body": ["Micro-credentials should be for adults: the minimum age should be 18 for every course",
                  "Basic safety modules should be renewed every two years",
                  "A manufacturer's certificate already held should count towards our micro-credentials"],
         "notes": ""},
    ],
}  # fmt: skip

# A library association's contribution in LibreOffice Writer, its headings numbered by hand "1.", "1.1".
CROATIA_CONTRIBUTION = {
    "file": "contribution_slavonia_public_libraries.odt",
    "title": "Libraries as places of learning",
    "author": "Željka Šušnjar",
    "date": dt.date(2026, 4, 2),
    "blocks": [
        ("title", "Libraries as places of learning"),
        "Contribution of the Slavonia Public Libraries Association to the consultation on micro-credentials.",
        ("h1", "1. About the association"),
        ("h2", "1.1 Members"),
        "The association was founded in 1998 and brings together 68 public libraries and branch libraries in "
        "five counties of eastern Croatia.",
        ("h2", "1.2 Learning in our libraries"),
        "In 2025 member libraries ran 1,940 workshops, most of them on digital skills, attended by about 23,000 "
        "people. A branch may host a course when it has a room for twelve people, ten computers and step-free "
        "access.",
        ("h1", "2. Our proposals"),
        ("h2", "2.1 Plain language"),
        "Every micro-credential should be described in plain language that a learner can understand without "
        "help from a teacher.",
        ("h2", "2.2 Libraries as places to learn"),
        "Public libraries should be recognised as places where micro-credential courses can be taught and "
        "assessed.",
        ("h2", "2.3 Older learners"),
        "Courses in digital skills that lead to a micro-credential should be free of charge for people over 65.",
        ("h2", "2.4 One catalogue"),
        "Learners should find every micro-credential offered in their county in one public catalogue, searchable "
        "by topic and by town.",
        ("h1", "3. Contact"),
        "Osijek, 2 April 2026. The association's office answers questions on this contribution.",
    ],
}  # fmt: skip

# A logistics employers' federation's answers to the secretariat's questionnaire, one row per question and the
# federation's answer in the next column.
ROMANIA_QUESTIONNAIRE = {
    "file": "questionnaire_romanian_logistics_employers.xlsx",
    "title": "Consultation on micro-credentials - questionnaire",
    "author": "Valentin Cojocaru",
    "date": dt.date(2026, 4, 13),
    "sheets": {
        "Questionnaire": {
            "rows": [
                ("No.", "Question", "Answer"),
                (1, "Name of the organisation", "Federation of Road Haulage and Logistics Employers of Romania"),
                (2, "Members", "412 member companies, employing about 58,000 drivers and warehouse staff"),
                (3, "Should a guidance interview be a condition for enrolling in a micro-credential?",
                 "A guidance interview may be offered to learners who ask for one, but it should not be a "
                 "condition for enrolling. Drivers often sign up between two trips and cannot wait for an "
                 "appointment."),
                (4, "Who should take part in assessing learners?",
                 "An employers' representative should sit on every assessment panel, so that the result shows "
                 "what the job really requires."),
                (5, "What should a certificate state?",
                 "The certificate should list the equipment the holder is competent to operate, such as the "
                 "forklift classes and the types of crane."),
                (6, "When should courses take place?",
                 "Courses should be timetabled in the evenings and at weekends so that drivers do not lose "
                 "shifts."),
                (7, "How large is the shortage of drivers?",
                 "Our members estimate that about 7,500 drivers will be missing in Romania in 2026."),
                (8, "Do your members already train their staff?",
                 "Yes. In 2025 member companies trained 3,260 warehouse workers in internal courses of 16 to 24 "
                 "hours."),
            ],
            "widths": {"A": 6, "B": 60, "C": 90},
            "bold_rows": (1,),
        },
    },
}  # fmt: skip

# A conservatory's letter in Word, with no headings, signed by its rector and a vice-rector side by side.
UZBEKISTAN_LETTER = {
    "file": "letter_fergana_conservatory.docx",
    "title": "Contribution on micro-credentials in music education",
    "author": "Dilshod Rakhmatullaev",
    "date": dt.date(2026, 4, 14),
    "blocks": [
        "Fergana Valley Conservatory of Music",
        "Fergana, 14 April 2026",
        "To the secretariat of the consultation on micro-credentials",
        "Subject: contribution on micro-credentials in music education",
        "Dear colleagues,",
        "The Fergana Valley Conservatory of Music was founded in 1961 and today teaches 740 students in "
        "performance, composition and music teaching. Since 2023 it has also offered evening courses for adults, "
        "among them choir conducting and the repair of traditional instruments; 215 adults took part in 2025.",
        "Micro-credentials should have no lower age limit at all. In music, gifted children often reach a "
        "professional standard at twelve or thirteen, and a certificate should record that standard when it is "
        "reached.",
        "Performances should be judged by a jury of at least three musicians, never by a single examiner.",
        "A recording of a live performance should be accepted as evidence in the assessment when a candidate "
        "cannot travel to Fergana.",
        "Course descriptions should be published in Uzbek, Russian and English, so that musicians from the "
        "neighbouring countries can apply.",
        "The adult courses cost 450,000 sum a month, and a course lasts four months.",
        "We would be glad to host one of the consultation's meetings in Fergana.",
        "Yours sincerely,",
        ("signatures", [("Dilshod Rakhmatullaev", "Rector"),
                        ("Gulchehra Nazarova", "Vice-Rector for Continuing Education")]),
    ],
}  # fmt: skip

# The metadata sheet as an Italian secretariat saves it from Excel: semicolons, Windows-1252, CRLF, Italian
# headers and countries, one row with trailing spaces, one name written "SURNAME Firstname".
_EU = "Stato membro UE"
METADATA_ROWS = [
    ("File", "Nome e cognome", "Ente", "Paese", "Regione", "Tipo di contributo", "Data di ricezione"),
    ("article_zuiderzee_open_universities.pdf", "Hester Wijnbergen-Tiel", "Zuiderzee Open Universities Network",
     "Paesi Bassi", _EU, "Articolo", "06/04/2026"),
    ("position_lower_franconia_nursing_council.docx", "Hiltrud Oberndörfer", "Nursing Council of Lower Franconia",
     "Germania", _EU, "Documento di posizione", "09/04/2026"),
    ("slides_aegean_wind_energy_training.pptx", "ÖZBILGIN Levent", "Aegean Wind Energy Training Centre",
     "Turchia", "Paese candidato", "Presentazione", "03/04/2026"),
    ("contribution_slavonia_public_libraries.odt", "Željka Šušnjar", "Slavonia Public Libraries Association",
     "Croazia", _EU, "Contributo scritto", "02/04/2026"),
    ("re_pelagonia_youth_council.eml", "Marija Todorovska", "Pelagonia Regional Youth Council",
     "Macedonia del Nord", "Balcani occidentali", "E-mail", "07/04/2026"),
    ("faq_sousse_pharmacists_chamber.txt", "Mounir Belhadj Ammar", "Regional Chamber of Pharmacists of Sousse",
     "Tunisia", "Mediterraneo meridionale", "Domande frequenti", "08/04/2026"),
    ("questionnaire_romanian_logistics_employers.xlsx", "Valentin Cojocaru   ",
     "Federation of Road Haulage and Logistics Employers of Romania   ", "Romania   ", _EU + "  ", "Questionario ",
     "13/04/2026 "),
    ("positions_romano_drom_education.md", "Alžbeta Horváthová", "Romano Drom Education Association",
     "Slovacchia", _EU, "Documento di posizione", "10/04/2026"),
    ("page_georgia_penitentiary_education.html", "Tinatin Lomidze",
     "Penitentiary Education Service, Ministry of Justice of Georgia", "Georgia", "Partenariato orientale",
     "Pagina web", "03/04/2026"),
    ("letter_fergana_conservatory.docx", "Dilshod Rakhmatullaev, Gulchehra Nazarova",
     "Fergana Valley Conservatory of Music", "Uzbekistan", "Asia centrale", "Lettera", "14/04/2026"),
]  # fmt: skip
