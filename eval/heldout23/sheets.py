"""The twenty-third held-out set's metadata sheet, as text (eval/heldout23/README.md).

``build.py`` writes it as a Hungarian-speaking secretariat keeps it in LibreOffice Calc (.ods): a title merged
across the whole row, an empty row, Hungarian headers, the contributions in two blocks (EU member states, then
partner countries) whose region is written once in a cell merged down the block, a running number, the date as
Hungarians write it, a comments column the ingest has no field for, one name written "Surname, Given name" and one
organisation by its acronym.
"""

from __future__ import annotations

METADATA_TITLE = "Mikrotanúsítványok – beérkezett hozzájárulások nyilvántartása (frissítve: 2026. 03. 23.)"
METADATA_HEADER = (
    "Sorszám", "Fájlnév", "Beküldő", "Szervezet", "Ország", "Térség", "Típus", "Beérkezés dátuma", "Megjegyzés",
)  # fmt: skip
REGION_COLUMN = 5
# (region written once for the block, rows without it)
METADATA_BLOCKS = (
    (
        "EU-tagállam",
        (
            ("1.", "report_nemunas_quality_centre.odt", "Rūta Giedraitienė",
             "Nemunas Centre for Quality in Vocational Training", "Litvánia", "jelentés", "2026. 03. 17.",
             "LibreOffice-ban írt jelentés, táblázattal"),
            ("2.", "letter_marsaskala_learning_centre.rtf", "Camilleri-Zahra, Doreen",
             "Marsaskala Community Learning Centre", "Málta", "levél", "2026. 03. 16.", "WordPad-ben írt levél"),
            ("3.", "blog_norrland_working_life_institute.html", "Henrik Åkerlund",
             "Norrland Institute for Working Life Studies", "Svédország", "blogbejegyzés", "2026. 03. 11.",
             "A weboldal mentve, olvasói hozzászólásokkal"),
            ("4.", "digest_alzette_teachers_federation.txt", "Claudine Reuter-Schmit", "AFT", "Luxemburg",
             "levelezőlista", "2026. 03. 18.", "A levelezőlista napi összesítője; az első üzenet a hozzájárulás"),
            ("5.", "press_release_maritsa_employers_union.pdf", "Stoyan Dragnev", "Maritsa Employers' Union",
             "Bulgária", "sajtóközlemény", "2026. 03. 13.", ""),
        ),
    ),
    (
        "Partnerország",
        (
            ("6.", "form_khatlon_employment_service.pdf", "Firuza Nazarova", "Khatlon Regional Employment Service",
             "Tádzsikisztán", "kérdőív", "2026. 03. 19.", "Kitöltött PDF űrlap"),
            ("7.", "chat_spreca_crafts_association.txt", "Mujkić, Edin", "Spreča Valley Crafts Association",
             "Bosznia-Hercegovina", "csevegés", "2026. 03. 12.", "WhatsApp-exportálás, a titkárság gyűjtötte"),
            ("8.", "screenshot_cedar_coast_hospitals_post.png", "Rania Haddad-Khoury", "Cedar Coast Hospitals",
             "Libanon", "közösségi média", "2026. 03. 14.", "Képernyőkép egy LinkedIn-bejegyzésről"),
            ("9.", "speech_absheron_vocational_education_board.docx", "Elnur Mammadli",
             "Absheron Regional Vocational Education Board", "Azerbajdzsán", "beszéd", "2026. 03. 05.",
             "Elhangzott a bakui konzultáción"),
            ("10.", "Micro-credentials position paper 3c9e1f0a7b2d4e6f8a1b5c7d9e2f4a60.md", "Amine Belkacemi",
             "Oran Student Makers Association", "Algéria", "állásfoglalás", "2026. 03. 15.",
             "Notion-oldal exportja"),
        ),
    ),
)  # fmt: skip
