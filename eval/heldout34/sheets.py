"""The Hungarian secretariat's register of contributions (eval/heldout34/README.md) as ``build.py`` writes it into
``corpus/metadata.xlsx``: an instructions sheet first, then the register with a title row merged across the
columns, an empty row, the header on row 3, the country group merged over the rows it covers, names family name
first as Hungarians write them, dates written out in Hungarian, a notes column, and one contribution withdrawn
(its file is not in the corpus)."""

from __future__ import annotations

INSTRUCTIONS = [
    "Útmutató a nyilvántartáshoz",
    "",
    "1. Minden beérkezett hozzájárulás külön sorba kerül a „Nyilvántartás” munkalapon.",
    "2. A fájlnév pontosan egyezzen a megosztott mappában lévő fájl nevével.",
    "3. A nevet úgy írjuk, ahogy a beküldő aláírta, családnévvel kezdve.",
    "4. Visszavont hozzájárulásnál a fájlt töröljük a mappából, a sort megtartjuk, és a Megjegyzés oszlopba "
    "beírjuk: visszavonta.",
    "5. Kérdés esetén: Mészáros Klára, titkárság.",
]

TITLE = "Mikrotanúsítványok – konzultáció: beérkezett hozzájárulások nyilvántartása (állapot: 2026. március 13.)"

HEADER = [
    "Ssz.",
    "Fájl neve",
    "Beküldő",
    "Szervezet",
    "Ország",
    "Országcsoport",
    "A hozzájárulás jellege",
    "Beérkezés dátuma",
    "Megjegyzés",
]

# (group, rows): the group is written once and merged down over its rows, as the secretariat did
GROUPS = [
    (
        "EU-tagállam",
        [
            [
                "mentimeter_results_panevezys_regional_employers_alliance.xlsx",
                "Stankūnaitė Dovilė",
                "Panevėžys Regional Employers' Alliance",
                "Litvánia",
                "szavazási eredmények (Mentimeter)",
                "2026. március 5.",
                "Az előadó jegyzetei a „Presenter notes” lapon.",
            ],
            [
                "miro_board_shannonside_lifelong_learning_centre.pdf",
                "Brannigan Aoife",
                "Shannonside Lifelong Learning Centre",
                "Írország",
                "workshop tábla (Miro, PDF)",
                "2026. február 13.",
                "",
            ],
            [
                "etherpad_weiterbildungsnetz_oberlausitz.html",
                "Pfeiffenberger Jonas",
                "Weiterbildungsnetz Oberlausitz e.V.",
                "Németország",
                "közös jegyzet (Etherpad)",
                "2026. február 27.",
                "Több szerző; a végleges szöveget Pfeiffenberger Jonas küldte.",
            ],
            [
                "self_evaluation_plovdiv_college_of_applied_informatics.rtf",
                "Marinova-Gergova Tsvetelina dr.",
                "Plovdiv College of Applied Informatics",
                "Bulgária",
                "önértékelési jelentés (kivonat)",
                "2026. március 2.",
                "",
            ],
            [
                "manifesto_lijst_vooruit_hanzeveld_student_council.txt",
                "van der Steeg Femke",
                "Lijst Vooruit (Hanzeveld Student Council)",
                "Hollandia",
                "választási program",
                "2026. március 9.",
                "",
            ],
            [
                "velemeny_gyori_felnottkepzesi_egyesulet.pdf",
                "Pálfi-Kerekes Judit dr.",
                "Győri Felnőttképzési Egyesület",
                "Magyarország",
                "vélemény",
                "2026. február 20.",
                "visszavonta (2026. március 10., e-mailben); a fájlt töröltük",
            ],
        ],
    ),
    (
        "partnerország",
        [
            [
                "slides_with_notes_novi_sad_regional_qualifications_office.pdf",
                "Dragičević-Lukić Jelena dr.",
                "Regional Qualifications Office Novi Sad",
                "Szerbia",
                "előadás jegyzetekkel (PDF)",
                "2026. február 24.",
                "",
            ],
            [
                "cover_letter_irbid_directorate_of_vocational_training.docx",
                "Qudah Rania",
                "Irbid Directorate of Vocational Training",
                "Jordánia",
                "kísérőlevél melléklettel",
                "2026. március 1.",
                "Az álláspont a mellékletben.",
            ],
            [
                "CHANGELOG_kapadokya_learning_cloud.md",
                "Karabulutoğlu Emre",
                "Kapadokya Learning Cloud",
                "Törökország",
                "változásnapló",
                "2026. február 17.",
                "",
            ],
            [
                "corrigendum_bekaa_skills_initiative.eml",
                "Haddad-Sfeir Nadine",
                "Bekaa Skills Initiative",
                "Libanon",
                "helyesbítés (e-mail)",
                "2026. március 4.",
                "A március 2-i beküldést helyesbíti; csak ez a változat van a mappában.",
            ],
            [
                "jury_report_shirak_recognition_centre.odt",
                "Ter-Grigoryan Anahit dr.",
                "Shirak Recognition Centre",
                "Örményország",
                "zsűri jelentés",
                "2026. március 12.",
                "",
            ],
        ],
    ),
]

KEPT_BY = "Vezette: Mészáros Klára (titkárság)"
