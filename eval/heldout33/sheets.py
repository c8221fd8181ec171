"""The thirty-third held-out set's register, as the consultation's Slovak secretariat keeps it in Excel and saves
it as "CSV (oddelený bodkočiarkou)": a title line padded with semicolons above the header, Slovak headers,
countries, groups and kinds in Slovak, names as people write them (titles, initials, surname first or in
capitals), dates the Slovak way ("26. 2. 2026") and a notes column. ``build.py`` writes it in Windows-1250."""

from __future__ import annotations

_TITLE = "Konzultácia k mikrocertifikátom – register doručených príspevkov (stav k 12. 3. 2026)"
HEADER = (
    "P. č.", "Názov súboru", "Meno a priezvisko", "Organizácia", "Krajina", "Skupina krajín", "Typ príspevku",
    "Dátum doručenia", "Poznámky",
)  # fmt: skip
ROWS = (
    ("1", "limesurvey_results_parnu_county_adult_education_roundtable.csv", "SAAREPERA Kadri",
     "Pärnu County Adult Education Roundtable", "Estónsko", "EÚ", "odpoveď v dotazníku", "26. 2. 2026",
     "export z LimeSurvey, jej odpoveď je č. 16"),
    ("2", "transcript_cahul_chamber_of_crafts_and_trades.docx", "Ing. Valentina Ciobanu",
     "Cahul Chamber of Crafts and Trades", "Moldavsko", "partnerská krajina", "prepis hovoru", "3. 3. 2026",
     "prepis z Teams, hovorili aj ďalší"),
    ("3", "technical_offer_scheldeveld_training_consultants.odt", "Verhaeghe, Wouter",
     "Scheldeveld Training Consultants", "Belgicko", "EÚ", "technická ponuka", "27. 2. 2026",
     "časť ponuky zo súťaže, so súhlasom"),
    ("4", "syllabus_marsaxlokk_institute_of_maritime_skills.html", "Dr. Roderick Camilleri",
     "Marsaxlokk Institute of Maritime Skills", "Malta", "EÚ", "sylabus kurzu", "2. 3. 2026",
     "pozri poznámku vedúceho kurzu"),
    ("5", "facebook_post_elbasan_vocational_teachers_association.html", "B. Dervishaj",
     "Elbasan Vocational Teachers' Association", "Albánsko", "partnerská krajina", "príspevok na Facebooku",
     "5. 3. 2026", "uložená stránka skupiny"),
    ("6", "peer_review_alentejo_institute_of_educational_research.txt", "Figueira Matos, Rui",
     "Alentejo Institute of Educational Research", "Portugalsko", "EÚ", "posudok", "9. 3. 2026",
     "recenzia článku, rukopis je dôverný"),
    ("7", "dissenting_opinion_savinja_regional_council_for_adult_education.rtf", "Mgr. Urška Kranjec",
     "Savinja Regional Council for Adult Education", "Slovinsko", "EÚ", "odlišné stanovisko", "6. 3. 2026",
     "platí len časť B"),
    ("8", "have_your_say_kutaisi_teachers_trade_union.eml", "Levan Gogichaishvili, PhD",
     "Kutaisi Teachers' Trade Union", "Gruzínsko", "partnerská krajina", "pripomienka", "10. 3. 2026",
     "kópia z portálu Have your say"),
    ("9", "written_answer_karaganda_regional_education_department.pdf", "NURPEISOVA Saule",
     "Karaganda Regional Education Department", "Kazachstan", "partnerská krajina", "písomná odpoveď",
     "6. 3. 2026", "odpoveď na otázku poslanca"),
    ("10", "ama_sfax_digital_skills_hub.md", "Amira Trabelsi", "Sfax Digital Skills Hub", "Tunisko",
     "partnerská krajina", "diskusia", "11. 3. 2026", "vlákno z Redditu uložené ako text"),
)  # fmt: skip


def _line(cells) -> str:
    """One line as Excel writes it: a cell holding the separator or a quote is quoted, the others are not."""
    out = []
    for cell in cells:
        out.append('"' + cell.replace('"', '""') + '"' if (";" in cell or '"' in cell) else cell)
    return ";".join(out)


REGISTER_LINES = (
    _line((_TITLE,) + ("",) * (len(HEADER) - 1)),
    _line(HEADER),
    *(_line(row) for row in ROWS),
    _line(("",) * len(HEADER)),
    _line(("Spracovala: M. Horváthová, sekretariát",) + ("",) * (len(HEADER) - 1)),
)
