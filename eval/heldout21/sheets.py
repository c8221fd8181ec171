"""The twenty-first held-out set's metadata sheet, as text (eval/heldout21/README.md).

``build.py`` writes it as an Italian-speaking secretariat's spreadsheet saves it with Excel's "CSV (semicolon
delimited)" on Windows: Windows-1252, semicolons between cells, CRLF line ends, a title row and an empty row above
the header (each padded with semicolons to the header's width, as Excel writes a row whose other cells are
empty), Italian headers, names written as the register lists them, SURNAME in capitals before the given name, and
a notes column the ingest has no field for.
"""

from __future__ import annotations

METADATA_TITLE = "Consultazione sulle micro-credenziali - contributi pervenuti (aggiornato al 20/03/2026)"
METADATA_ROWS = (
    (
        "Nome del file", "Cognome e nome", "Ente di appartenenza", "Paese di provenienza", "UE / paese partner",
        "Tipo di documento", "Pervenuto il", "Annotazioni",
    ),
    (
        "scan_codru_small_wineries_association.tif", "GROSU Lilian", "Association of Small Wineries of Codru",
        "Moldavia", "Paese partner", "lettera", "09/03/2026", "Lettera cartacea, scansionata in due pagine",
    ),
    (
        "minutes_vidzeme_vocational_education_council.docx", "STRODE Ieva",
        "Vidzeme Vocational Education Council", "Lettonia", "Stato membro UE", "verbale", "16/03/2026",
        "Verbale della riunione 3/2026",
    ),
    (
        "notes_pages_atyrau_petroleum_skills_centre.pdf", "ZHAKUPOV Askar", "Atyrau Petroleum Skills Centre",
        "Kazakistan", "Paese partner", "presentazione", "12/03/2026", "Diapositive stampate con le note",
    ),
    (
        "positions_posavje_adult_education_network.md", "ZUPAN Mojca",
        "Posavje Network of Adult Education Providers", "Slovenia", "Stato membro UE", "contributo scritto",
        "06/03/2026", "",
    ),
    (
        "letter_ionian_coast_university.odt", "VOURVACHAKI Eleni", "Ionian Coast University", "Grecia",
        "Stato membro UE", "lettera", "11/03/2026", "Firmata dalla prorettrice",
    ),
    (
        "gdoc_sula_valley_it_cluster.html", "HRYTSENKO Oksana", "Sula Valley IT Cluster", "Ucraina",
        "Paese partner", "contributo scritto", "13/03/2026", "Esportato da Google Docs",
    ),
    (
        "deck_sumadija_students_council.md", "LAZAROV Teodora",
        "Šumadija Students' Council of Applied Sciences", "Serbia", "Paese partner", "presentazione",
        "14/03/2026", "",
    ),
    (
        "email_inntal_education_directorate.eml", "PÖLZL-AIGNER Katharina",
        "Inntal Regional Education Directorate", "Austria", "Stato membro UE", "e-mail", "17/03/2026",
        "Unità per l'educazione degli adulti",
    ),
    (
        "printout_adriatic_policy_lab_blog.pdf", "JURMAN KRALJ Nives", "Adriatic Policy Lab", "Croazia",
        "Stato membro UE", "articolo", "19/03/2026", "Stampato dal sito web",
    ),
    (
        "text_oued_massa_agricultural_institute.txt", "AIT-LAHCEN Youssef",
        "Oued Massa Institute of Applied Agricultural Technology", "Marocco", "Paese partner",
        "contributo scritto", "10/03/2026", "Testo copiato dal PDF originale",
    ),
)  # fmt: skip
