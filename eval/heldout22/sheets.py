"""The twenty-second held-out set's metadata sheet and outline, as text (eval/heldout22/README.md).

``build.py`` writes the sheet as a Czech-speaking secretariat keeps it in Excel (a title row merged across the
table, an empty row, Czech headers, a running number and a notes column the ingest has no field for, ISO country
codes, dates as date cells shown the Czech way, names as each contributor wrote them) and the outline as the
drafting team keeps it in Word: two parts in Heading 1 (system level, provider level), each section a Heading 2
with a "Purpose:" paragraph, its guiding questions a numbered list that Word numbers itself.
"""

from __future__ import annotations

import datetime as dt
import io

from eval.heldout3.build import _fixed_modified
from eval.office_builds import set_properties, stable_zip

SHEET_TITLE = "Konzultace k mikrocertifikátům – přehled doručených příspěvků (stav k 20. 3. 2026)"
SHEET_HEADER = (
    "Č.", "Název souboru", "Jméno a příjmení", "Organizace", "Země (kód ISO)", "EU nebo partner", "Druh příspěvku",
    "Datum doručení", "Poznámka",
)  # fmt: skip
SHEET_ROWS = (
    ("photo_malta_guild_of_dive_instructors.jpeg", "Azzopardi, Marija", "Malta Guild of Recreational Dive Instructors",
     "MT", "EU", "fotografie dokumentu", dt.date(2026, 3, 4), "Vyfoceno telefonem, poslal kolega z cechu"),
    ("forms_export_tuzla_canton_employers.xlsx", "Hadžiahmetović, Selma", "Tuzla Canton Employers' Association",
     "BA", "partner", "dotazník", dt.date(2026, 3, 18), "Export z Microsoft Forms, 3 odpovědi členů"),
    ("reply_ganja_agrarian_college.eml", "Huseynzade, Nargiz", "Ganja Agrarian Vocational College", "AZ", "partner",
     "e-mail", dt.date(2026, 3, 5), "Odpověď přímo do textu výzvy"),
    ("draft_norrbotten_regional_council.docx", "Nyberg, Åsa", "Norrbotten Regional Council, Skills Supply Unit",
     "SE", "EU", "stanovisko", dt.date(2026, 3, 10), "Pozor: obsahuje sledované změny a komentáře"),
    ("slides_kirchberg_finance_skills_institute.pptx", "Dr. Nadine Weber-Schmit",
     "Kirchberg Finance Skills Institute", "LU", "EU", "prezentace", dt.date(2026, 3, 12), ""),
    ("note_tisza_institute_educational_research.md", "Kertész Zsófia", "Tisza Institute for Educational Research",
     "HU", "EU", "poznámky", dt.date(2026, 3, 2), "Poznámky z Obsidianu"),
    ("transcript_khatlon_youth_employment_foundation.txt", "Ms Firuza Rahimova",
     "Khatlon Youth Employment Foundation", "TJ", "partner", "přepis videa", dt.date(2026, 3, 6),
     "Přepis z YouTube"),
    ("leaflet_rhodope_health_workers_union.pdf", "Dimitrova, Rositsa", "Rhodope Union of Health Care Workers",
     "BG", "EU", "leták", dt.date(2026, 3, 11), ""),
    ("linkedin_post_zahle_skills_studio.txt", "Karim Haddad", "Zahle Skills Studio", "LB", "partner",
     "příspěvek na LinkedIn", dt.date(2026, 3, 7), "Zkopírováno z LinkedIn"),
    ("notion_constantine_engineering_students_union.md", "Benali, Yacine",
     "Union of Engineering Students of Constantine", "DZ", "partner", "stanovisko", dt.date(2026, 3, 6),
     "Export z Notion"),
)  # fmt: skip


def build_sheet() -> bytes:
    """The secretariat's workbook: the title merged across the table's width, an empty row, the header in bold,
    a numbered row per contribution, dates shown as "4. 3. 2026"."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Příspěvky"
    sheet.append([SHEET_TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(SHEET_HEADER))
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([])
    sheet.append(list(SHEET_HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for number, row in enumerate(SHEET_ROWS, start=1):
        sheet.append([number, *row])
        sheet.cell(row=sheet.max_row, column=8).number_format = "d. m. yyyy"
    for column, width in zip("ABCDEFGHI", (4, 48, 24, 44, 14, 12, 22, 15, 44), strict=True):
        sheet.column_dimensions[column].width = width
    stamp = dt.datetime(2026, 3, 20, 15, 30)
    book.properties.creator = "Sekretariát konzultace"
    book.properties.lastModifiedBy = "Sekretariát konzultace"
    book.properties.created = stamp
    out = io.BytesIO()
    book.save(out)  # openpyxl stamps the save time as modified: the sheet's last update instead
    return stable_zip(_fixed_modified(out.getvalue(), stamp.strftime("%Y-%m-%dT%H:%M:%SZ")))


OUTLINE_TITLE = "Guidelines on micro-credentials: outline for the second drafting round"
OUTLINE_INTRO = (
    "This outline lists the guiding questions each section of the guidelines should answer. Part A is written for "
    "policy makers, Part B for providers and practitioners. Please draft from the contributions received by 20 March."
)
OUTLINE_PARTS = (
    ("Part A. System level", (
        ("Micro-credentials in the qualifications system",
         "To advise ministries and agencies on the place of micro-credentials in national systems.",
         ("Should micro-credentials be entered in the national register of qualifications?",
          "Can micro-credentials count towards a full qualification such as a diploma or a degree?",
          "Should micro-credentials replace initial vocational education for school leavers?",
          "Should there be national statistics on the people who earn micro-credentials?",
          "Who should pay the fee for entering a micro-credential in the register?",
          "How many new micro-credentials should a provider be allowed to register each year?")),
        ("Funding and access",
         "To set out who carries the cost and how learners far from providers can take part.",
         ("Who should pay for a micro-credential?",
          "How can learners in remote or rural areas take part in micro-credential courses?",
          "Should the time spent on a micro-credential count as working time?",
          "What share of a micro-credential may be taught online?",
          "How should learners with disabilities be supported to earn micro-credentials?")),
    )),
    ("Part B. Provider level", (
        ("Designing micro-credentials",
         "To guide qualification and curriculum developers.",
         ("What is the smallest workload a micro-credential should have?",
          "Who should take part in writing the learning outcomes of a micro-credential?",
          "How should the learning outcomes of a micro-credential be written?",
          "What should a micro-credential state about what the holder achieved?",
          "How often should the learning outcomes of a micro-credential be reviewed?",
          "How many micro-credentials should be needed to obtain a full qualification?")),
        ("Assessment and quality assurance",
         "To guide assessors and quality assurance bodies.",
         ("Who should assess the practical part of a micro-credential?",
          "Should practical skills be shown in real working conditions during the assessment?",
          "How should the quality of micro-credentials be assured?",
          "Can people who already have the skills obtain a micro-credential without taking the course?",
          "What qualifications should assessors of micro-credentials hold?",
          "How should a learner appeal against an assessment result?",
          "How long should assessment records be kept?")),
        ("Recognition, portability and digital credentials",
         "To guide recognition officers and issuers of credentials.",
         ("Should micro-credentials be issued in digital form, on paper, or both?",
          "In which languages should micro-credentials be issued?",
          "How can learners take their micro-credentials with them when they change institution?",
          "How should employers reward staff who earn micro-credentials?",
          "What should happen to learners' credentials when the provider that issued them closes?")),
    )),
)  # fmt: skip


def build_outline() -> bytes:
    """The outline in Word: a Title, an introduction, each part a Heading 1, each section a Heading 2 over a
    "Purpose:" paragraph and its questions in the List Number style (Word numbers them; no number in the text)."""
    from docx import Document

    doc = Document()
    set_properties(
        doc.core_properties, {"title": OUTLINE_TITLE, "author": "Drafting team", "date": dt.date(2026, 3, 20)}
    )
    doc.add_paragraph(OUTLINE_TITLE, style="Title")
    doc.add_paragraph(OUTLINE_INTRO)
    for part, sections in OUTLINE_PARTS:
        doc.add_heading(part, level=1)
        for title, purpose, questions in sections:
            doc.add_heading(title, level=2)
            doc.add_paragraph(f"Purpose: {purpose}")
            for question in questions:
                doc.add_paragraph(question, style="List Number")
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())
