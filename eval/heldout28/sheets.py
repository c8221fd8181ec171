"""The twenty-eighth held-out set's metadata sheet: the secretariat's SharePoint list "Inkomna bidrag" exported to
Excel by a Swedish-speaking secretariat (eval/heldout28/README.md).

SharePoint's export gives one row per list item with the list's own columns after the ones the secretariat made
("Objekttyp", "Sökväg", "Skapad", "Skapad av", "Ändrad", "Ändrad av"); the secretariat then put a title over it,
merged across the columns, and a line saying when it was exported. Headers are Swedish, countries are written in
Swedish, dates the Swedish way (2026-03-12), and names as the people who typed the items wrote them.
"""

from __future__ import annotations

import datetime as dt
import io

from eval.office_builds import stable_zip

HEADER = (
    "Filnamn", "Rubrik", "Avsändare", "Myndighet/organisation", "Ursprungsland", "Ländergrupp", "Typ av bidrag",
    "Inkom den", "Språk", "Anteckningar", "Objekttyp", "Sökväg", "Skapad", "Skapad av", "Ändrad", "Ändrad av",
)  # fmt: skip
_PATH = "sites/riktlinjer-mikromeriter/Lists/Inkomna bidrag"
# file, title, sender, organisation, country, group, kind, received, language, notes, created, created by,
# modified, modified by
ROWS = (
    (
        "delphi_round2_hudec_povazie_sector_skills_council.xlsx",
        "Delphienkät omgång 2, panelist P07",
        "Hudec, Marek, Ing.",
        "Považie Sector Skills Council for Engineering",
        "Slovakien",
        "EU",
        "enkätsvar",
        dt.date(2026, 3, 9),
        "engelska",
        "Egna kommentarer i kolumn F",
        dt.datetime(2026, 3, 9, 14, 2),
        "Öhrvall, Karin",
        dt.datetime(2026, 3, 9, 14, 2),
        "Öhrvall, Karin",
    ),
    (
        "joint_statement_aegean_network_lifelong_learning_centres.pdf",
        "Joint statement on micro-credentials",
        "Dr E. Vasilaki",
        "Aegean Network of Lifelong Learning Centres",
        "Grekland",
        "EU",
        "gemensamt uttalande",
        dt.date(2026, 3, 10),
        "engelska",
        "Sex undertecknare; kontaktperson för nätverket",
        dt.datetime(2026, 3, 10, 9, 31),
        "Öhrvall, Karin",
        dt.datetime(2026, 3, 11, 8, 12),
        "Berg, Olof",
    ),
    (
        "bilingual_comments_zlatibor_employers_chamber.odt",
        "Komentari / Comments",
        "mr Dragana Petković",
        "Zlatibor Employers' Chamber",
        "Serbien",
        "Partnerland",
        "synpunkter",
        dt.date(2026, 3, 11),
        "serbiska, engelska",
        "Tvåspråkig tabell",
        dt.datetime(2026, 3, 11, 16, 45),
        "Berg, Olof",
        dt.datetime(2026, 3, 11, 16, 45),
        "Berg, Olof",
    ),
    (
        "evernote_kralova_moravian_quality_agency.html",
        "Micro-credentials consultation - our answer",
        "doc. Ing. Jana Králová",
        "Moravian Quality Agency for Further Education",
        "Tjeckien",
        "EU",
        "anteckningar",
        dt.date(2026, 3, 12),
        "engelska",
        "",
        dt.datetime(2026, 3, 12, 16, 20),
        "Öhrvall, Karin",
        dt.datetime(2026, 3, 12, 16, 20),
        "Öhrvall, Karin",
    ),
    (
        "draft_opinion_lubusz_centre_vocational_education.docx",
        "Opinion on micro-credentials (draft)",
        "dr hab. Tomasz Gawroński",
        "Lubusz Centre for Vocational Education",
        "Polen",
        "EU",
        "yttrande",
        dt.date(2026, 3, 13),
        "engelska",
        "Utkast med granskarnas kommentarer kvar; slutversion utlovad",
        dt.datetime(2026, 3, 13, 17, 5),
        "Berg, Olof",
        dt.datetime(2026, 3, 16, 10, 40),
        "Öhrvall, Karin",
    ),
    (
        "talking_points_delta_private_training_providers.txt",
        "Talking points, panel 2",
        "Eng. Hossam Farouk",
        "Delta Association of Private Training Providers",
        "Egypten",
        "Partnerland",
        "talarpunkter",
        dt.date(2026, 3, 16),
        "engelska",
        "Skickat efter panelen",
        dt.datetime(2026, 3, 16, 13, 58),
        "Berg, Olof",
        dt.datetime(2026, 3, 16, 13, 58),
        "Berg, Olof",
    ),
    (
        "hackmd_youth_skills_lab_niksic.md",
        "Micro-credentials - our input",
        "Šćepanović M.",
        "Youth Skills Lab Nikšić",
        "Montenegro",
        "Partnerland",
        "synpunkter",
        dt.date(2026, 3, 12),
        "engelska",
        "Exporterad från HackMD",
        dt.datetime(2026, 3, 12, 11, 7),
        "Öhrvall, Karin",
        dt.datetime(2026, 3, 12, 11, 7),
        "Öhrvall, Karin",
    ),
    (
        "meeting_invitation_northern_moldova_employment_service.eml",
        "Inbjudan till möte 17 mars",
        "CEBOTARI-LUNGU Natalia",
        "Northern Moldova Employment Service",
        "Moldavien",
        "Partnerland",
        "e-post",
        dt.date(2026, 3, 10),
        "engelska",
        "Mötesinbjudan; förslagen står i inbjudan",
        dt.datetime(2026, 3, 10, 10, 22),
        "Berg, Olof",
        dt.datetime(2026, 3, 10, 10, 22),
        "Berg, Olof",
    ),
    (
        "pitch_deck_pamir_skills_cloud.odp",
        "Pamir Skills Cloud - micro-credentials that travel",
        "Farrukh Sharipov",
        "Pamir Skills Cloud",
        "Tadzjikistan",
        "Partnerland",
        "presentation",
        dt.date(2026, 3, 5),
        "engelska",
        "",
        dt.datetime(2026, 3, 5, 15, 30),
        "Öhrvall, Karin",
        dt.datetime(2026, 3, 5, 15, 30),
        "Öhrvall, Karin",
    ),
    (
        "decision_record_ljubljana_digital_learning_records.md",
        "ADR-0007 European Digital Credentials",
        "mag. Urška Kovačič",
        "Ljubljana Centre for Digital Learning Records",
        "Slovenien",
        "EU",
        "beslutsunderlag",
        dt.date(2026, 3, 6),
        "engelska",
        "Beslutsdokument från plattformens team",
        dt.datetime(2026, 3, 6, 8, 49),
        "Berg, Olof",
        dt.datetime(2026, 3, 6, 8, 49),
        "Berg, Olof",
    ),
)
TITLE = "Inkomna bidrag - riktlinjer för mikromeriter"
EXPORTED = "Exporterad från SharePoint 2026-03-17 09:12 (listvy: Alla objekt)"


def build_sharepoint_export() -> bytes:
    """metadata.xlsx as the secretariat keeps it: the title merged over the columns, the export line, the header,
    then the items; dates and times as real cells shown the Swedish way."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from eval.heldout3.build import _fixed_modified

    when = dt.datetime(2026, 3, 17, 9, 12)
    book = Workbook()
    book.properties.creator = "Karin Öhrvall"
    book.properties.title = TITLE
    book.properties.created = when
    book.properties.lastModifiedBy = "Karin Öhrvall"
    sheet = book.active
    sheet.title = "Inkomna bidrag"
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([EXPORTED])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADER))
    sheet.append(list(HEADER))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for file, title, sender, org, country, group, kind, received, lang, notes, created, by, changed, by2 in ROWS:
        sheet.append(
            [file, title, sender, org, country, group, kind, received, lang, notes or None, "Objekt", _PATH,
             created, by, changed, by2]
        )  # fmt: skip
    for row in sheet.iter_rows(min_row=4):
        row[7].number_format = "yyyy-mm-dd"
        row[12].number_format = row[14].number_format = "yyyy-mm-dd hh:mm"
    for letter, width in zip(
        "ABCDEFGHIJKLMNOP", (52, 40, 26, 44, 14, 13, 20, 11, 16, 40, 9, 44, 16, 16, 16, 16), strict=True
    ):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))
