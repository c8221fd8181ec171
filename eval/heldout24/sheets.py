"""The twenty-fourth held-out set's metadata sheet and outline, as text, and their builders (eval/heldout24/README.md).

The sheet is kept as a Finnish-speaking secretariat keeps it in Excel: a title merged across the row, a line saying
when it was last updated, Finnish headers, the rows in two blocks whose region is written once in a cell merged down
the block, a running number, names as people write them (a title, surname first), dates the Finnish way and a notes
column. The outline is the drafting team's working document in LibreOffice Writer: a title, a note, then one table
"No. | Guiding question | Audience | Lead drafter" in which each section is a row of its own merged across the
table's width, its questions in the rows under it.
"""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from eval.heldout3.build import _fixed_modified
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package
from eval.office_builds import stable_zip

SHEET_TITLE = "Mikrotunnisteet – kuulemiseen saapuneet kannanotot"
SHEET_UPDATED = "Päivitetty 17.3.2026 / sihteeristö"
SHEET_HEADER = ("Nro", "Alue", "Tiedosto", "Lähettäjä", "Organisaatio", "Maa", "Tyyppi", "Saapunut", "Huomautukset")
REGION_COLUMN = 1
# (region written once for the block, rows without it: file, sender, organisation, country, kind, date, notes)
SHEET_BLOCKS = (
    ("EU-jäsenmaa", (
        ("Learning Matters - March 2026.eml", "Stylianou-Pavlou, Eleni", "Larnaca Adult Learning Association",
         "Kypros", "uutiskirje", dt.date(2026, 3, 10), "Johtajan kirjoitus uutiskirjeen alussa"),
        ("thread_lillebaelt_metalworkers.txt", "Brøndum, Rasmus", "Lillebælt Metalworkers' Union", "Tanska",
         "some-ketju", dt.date(2026, 3, 11), "Kopioitu Mastodonista"),
        ("discussion-42-consultation-response.md", "Kaarel Pärnoja", "Tartu Open Credentials Lab", "Viro",
         "keskustelu", dt.date(2026, 3, 12), "GitHub-keskustelu; vain ylläpitäjän viestit ovat kannanotto"),
        ("comments_lyon_office_foreign_qualifications.docx", "Mme Hélène Vautrin-Lacombe",
         "Lyon Office for Foreign Qualifications", "Ranska", "kommentit", dt.date(2026, 3, 13),
         "Kommenttitaulukko luonnoksesta 0.3"),
        ("Micro-credentials staff consultation (responses).xlsx", "prof. Ioana Bălănescu",
         "Lower Danube Institute of Technology", "Romania", "kysely", dt.date(2026, 3, 16),
         "Henkilöstökysely, Google Sheets"),
    )),
    ("Kumppanimaa", (
        ("meeting_saved_closed_caption.txt", "Aizada Sooronbaeva", "Karakol Mountain Tourism Skills Council",
         "Kirgisia", "kokous", dt.date(2026, 3, 3), "Zoom-tekstitys, puheenjohtajana Tobias"),
        ("handouts_murgab_textile_training_centre.pdf", "Orazgeldiyev, Merdan", "Murgab Textile Training Centre",
         "Turkmenistan", "esitys", dt.date(2026, 3, 6), "Webinaarin monisteet"),
        ("messages.html", "Vesna Kostadinovska", "Bitola Chamber of Crafts", "Pohjois-Makedonia", "viestit",
         dt.date(2026, 3, 12), "Telegram-kanavan vienti"),
        ("position_grid_izmir_logistics_employers.ods", "Dr. Levent Aydınoğlu",
         "İzmir Logistics Employers' Association", "Turkki", "kannanotto", dt.date(2026, 3, 5), ""),
        ("abstract_MC26-0147.txt", "Ben-Ami, Yael", "Arava College of Applied Engineering", "Israel", "tiivistelmä",
         dt.date(2026, 3, 4), "Konferenssin abstrakti"),
    )),
)  # fmt: skip


def build_sheet() -> bytes:
    """The secretariat's workbook: the title merged across the table's width, the update line, an empty row, the
    header in bold, then each block's rows with the region merged down the block and dates shown as "10.3.2026"."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Kannanotot"
    width = len(SHEET_HEADER)
    sheet.append([SHEET_TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([SHEET_UPDATED])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet["A2"].font = Font(italic=True)
    sheet.append([])
    sheet.append(list(SHEET_HEADER))
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    number = 0
    for region, rows in SHEET_BLOCKS:
        first = sheet.max_row + 1
        for row in rows:
            number += 1
            values = [f"{number}.", region if sheet.max_row + 1 == first else None, *row]
            sheet.append(values)
            sheet.cell(row=sheet.max_row, column=8).number_format = "d.m.yyyy"
        sheet.merge_cells(start_row=first, start_column=REGION_COLUMN + 1, end_row=sheet.max_row,
                          end_column=REGION_COLUMN + 1)  # fmt: skip
        sheet.cell(row=first, column=REGION_COLUMN + 1).alignment = Alignment(vertical="center")
    for column, width_ in zip("ABCDEFGHI", (5, 14, 46, 26, 40, 16, 14, 11, 44), strict=True):
        sheet.column_dimensions[column].width = width_
    stamp = dt.datetime(2026, 3, 17, 14, 5)
    book.properties.creator = "Sihteeristö"
    book.properties.lastModifiedBy = "Sihteeristö"
    book.properties.created = stamp
    out = io.BytesIO()
    book.save(out)  # openpyxl stamps the save time as modified: the sheet's last update instead
    return stable_zip(_fixed_modified(out.getvalue(), stamp.strftime("%Y-%m-%dT%H:%M:%SZ")))


OUTLINE_TITLE = "Guidelines on micro-credentials – working outline, drafting round 2"
OUTLINE_NOTE = (
    "Each section below is followed by its guiding questions. Drafters: answer from the contributions only, and "
    "mark any question that no contribution answers. Version of 16 March 2026."
)
OUTLINE_HEADER = ("No.", "Guiding question", "Audience", "Lead drafter")
# (section title, audience, lead drafter's initials, questions)
OUTLINE_SECTIONS = (
    ("1. Micro-credentials in the national qualifications system", "Policy makers", "TL", (
        "Should micro-credentials have a place in the national qualifications framework?",
        "Should micro-credentials be listed in the national register of qualifications?",
        "Which organisations should be allowed to award micro-credentials?",
        "Which body should accredit the providers of micro-credentials?",
        "How should the quality of micro-credentials be assured?",
    )),
    ("2. Designing micro-credentials", "Qualification and curriculum developers", "MR", (
        "What is the smallest amount of learning that can make a micro-credential?",
        "Who should take part in deciding what learners must be able to do?",
        "How should the learning outcomes of a micro-credential be written down?",
        "Can several micro-credentials add up to a degree?",
        "How many ECTS credits from micro-credentials may count towards a bachelor's degree?",
    )),
    ("3. Assessment and validation", "Assessors and providers", "TL", (
        "Where and how should learners be assessed?",
        "How many assessors should sit on an assessment panel?",
        "Can experienced workers obtain a micro-credential for skills they already have?",
        "What pass mark should learners reach?",
        "How long should providers keep assessment records?",
    )),
    ("4. Recognition, validity and certificates", "Recognition officers and providers", "AK", (
        "Should micro-credentials from other countries be accepted without an individual evaluation?",
        "What should a recognition officer look at when judging a foreign micro-credential?",
        "What information must a micro-credential certificate show?",
        "Should micro-credentials expire?",
        "In what form should micro-credential certificates be issued?",
        "How quickly should a recognition decision be made?",
        "Who should pay the fee for issuing a certificate?",
    )),
    ("5. Funding and access", "Policy makers", "MR", (
        "How should public money for micro-credentials reach learners?",
        "Should employees be able to take part during working hours?",
        "How can learners who live far from a training centre take part?",
        "How much should a micro-credential course cost a learner?",
        "What share of the national training budget should go to micro-credentials?",
        "In which languages should micro-credential courses be offered?",
    )),
)  # fmt: skip

_OUTLINE_STYLES = (
    '<style:style style:name="Grid" style:family="table"><style:table-properties style:width="17cm" '
    'table:align="margins"/></style:style><style:style style:name="Cell" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Band" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" '
    'fo:background-color="#dde8f3" fo:border="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Strong" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
    '</style:style><style:style style:name="Note" style:family="paragraph"><style:text-properties '
    'fo:font-style="italic"/></style:style></office:automatic-styles>'
)


def _cell(text: str, style: str = "Cell", para: str = "Body", span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    return (
        f'<table:table-cell table:style-name="{style}"{spanned} office:value-type="string">'
        f'<text:p text:style-name="{para}">{escape(text)}</text:p></table:table-cell>'
    )


def build_outline() -> bytes:
    """The outline in Writer: the title, an italic note, then one table whose header row is bold, each section a
    bold row merged across the four columns (the cells it covers written as ``table:covered-table-cell``), and
    its questions numbered "1.1", "1.2" ... in the rows under it."""
    width = len(OUTLINE_HEADER)
    rows = [
        "<table:table-header-rows><table:table-row>"
        + "".join(_cell(h, para="Strong") for h in OUTLINE_HEADER)
        + "</table:table-row></table:table-header-rows>"
    ]
    for number, (title, audience, lead, questions) in enumerate(OUTLINE_SECTIONS, start=1):
        covered = "<table:covered-table-cell/>" * (width - 1)
        rows.append(f"<table:table-row>{_cell(title, 'Band', 'Strong', width)}{covered}</table:table-row>")
        for n, question in enumerate(questions, start=1):
            cells = (f"{number}.{n}", question, audience, lead)
            rows.append("<table:table-row>" + "".join(_cell(c) for c in cells) + "</table:table-row>")
    table = (
        f'<table:table table:name="Outline" table:style-name="Grid"><table:table-column '
        f'table:number-columns-repeated="{width}"/>{"".join(rows)}</table:table>'
    )
    body = (
        f'<text:p text:style-name="Title">{escape(OUTLINE_TITLE)}</text:p>'
        f'<text:p text:style-name="Note">{escape(OUTLINE_NOTE)}</text:p>{table}'
    )
    styles = _TEXT_STYLES.replace("</office:automatic-styles>", _OUTLINE_STYLES)
    content = (
        f"{_HEAD}<office:document-content {_NS}>{styles}<office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    meta = {"title": OUTLINE_TITLE, "author": "Drafting team", "date": dt.date(2026, 3, 16)}
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(meta)})
