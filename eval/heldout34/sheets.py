"""The Bulgarian secretariat's register of contributions (eval/heldout34/README.md) as ``build.py`` writes it into
``corpus/metadata.xlsx``: an instructions sheet first, then the register with a title row merged across the
columns, an empty row, the header on row 3, the country group merged down over the rows it covers, names as the
secretariat wrote them (titles "д-р", "доц.", "инж." before the name, a Bulgarian's name in Cyrillic, two family
names first with a comma), dates written the Bulgarian way ("05.03.2026 г."), a notes column, and one contribution
withdrawn (its file is not in the corpus). Hungarian, the first choice, was taken by heldout23's sheet."""

from __future__ import annotations

INSTRUCTIONS = [
    "Указания за попълване на регистъра",
    "",
    "1. Всеки получен принос се вписва на отделен ред в лист „Регистър“.",
    "2. Името на файла трябва да съвпада точно с името на файла в споделената папка.",
    "3. Името на подателя се изписва така, както е подписан приносът; българските имена – на кирилица.",
    "4. При оттеглен принос файлът се изтрива от папката, редът се запазва, а в колона „Забележка“ се пише: оттеглен.",
    "5. Въпроси: Мария Стоянова, секретариат.",
]

TITLE = "Консултация относно микроквалификациите – регистър на получените приноси (към 13.03.2026 г.)"

HEADER = [
    "№",
    "Име на файла",
    "Подател",
    "Организация",
    "Държава",
    "Група държави",
    "Вид на приноса",
    "Дата на получаване",
    "Забележка",
]

# (group, rows): the group is written once and merged down over its rows, as the secretariat did
GROUPS = [
    (
        "ЕС",
        [
            [
                "mentimeter_results_panevezys_regional_employers_alliance.xlsx",
                "STANKŪNAITĖ, Dovilė",
                "Panevėžys Regional Employers' Alliance",
                "Литва",
                "резултати от гласуване (Mentimeter)",
                "05.03.2026 г.",
                "Бележките на презентатора са в лист „Presenter notes“.",
            ],
            [
                "miro_board_shannonside_lifelong_learning_centre.pdf",
                "Aoife Brannigan",
                "Shannonside Lifelong Learning Centre",
                "Ирландия",
                "табло от работна среща (Miro, PDF)",
                "13.02.2026 г.",
                "",
            ],
            [
                "etherpad_weiterbildungsnetz_oberlausitz.html",
                "Jonas Pfeiffenberger",
                "Weiterbildungsnetz Oberlausitz e.V.",
                "Германия",
                "общ документ (Etherpad)",
                "27.02.2026 г.",
                "Няколко автори; окончателният текст е изпратен от Jonas Pfeiffenberger.",
            ],
            [
                "self_evaluation_plovdiv_college_of_applied_informatics.rtf",
                "доц. д-р Цветелина Маринова-Гергова",
                "Колеж по приложна информатика – Пловдив",
                "България",
                "доклад за самооценка (извлечение)",
                "02.03.2026 г.",
                "",
            ],
            [
                "manifesto_lijst_vooruit_hanzeveld_student_council.txt",
                "van der Steeg, Femke",
                "Lijst Vooruit (Hanzeveld Student Council)",
                "Нидерландия",
                "предизборна програма",
                "09.03.2026 г.",
                "",
            ],
            [
                "stanovishte_sdruzhenie_obuchenie_vazrastni_ruse.pdf",
                "д-р Петя Колева-Димова",
                "Сдружение за обучение на възрастни – Русе",
                "България",
                "становище",
                "20.02.2026 г.",
                "оттеглен на 10.03.2026 г. (по имейл); файлът е изтрит",
            ],
        ],
    ),
    (
        "държава партньор",
        [
            [
                "slides_with_notes_novi_sad_regional_qualifications_office.pdf",
                "д-р Jelena Dragičević-Lukić",
                "Regional Qualifications Office Novi Sad",
                "Сърбия",
                "презентация с бележки (PDF)",
                "24.02.2026 г.",
                "",
            ],
            [
                "cover_letter_irbid_directorate_of_vocational_training.docx",
                "инж. Rania Qudah",
                "Irbid Directorate of Vocational Training",
                "Йордания",
                "придружително писмо с приложение",
                "01.03.2026 г.",
                "Позицията е в приложението.",
            ],
            [
                "CHANGELOG_kapadokya_learning_cloud.md",
                "Emre Karabulutoğlu",
                "Kapadokya Learning Cloud",
                "Турция",
                "дневник на промените",
                "17.02.2026 г.",
                "",
            ],
            [
                "corrigendum_bekaa_skills_initiative.eml",
                "Nadine Haddad-Sfeir",
                "Bekaa Skills Initiative",
                "Ливан",
                "поправка (имейл)",
                "04.03.2026 г.",
                "Поправя приноса от 02.03.2026 г.; в папката е само тази версия.",
            ],
            [
                "jury_report_shirak_recognition_centre.odt",
                "д-р Anahit Ter-Grigoryan",
                "Shirak Recognition Centre",
                "Армения",
                "доклад на журито",
                "12.03.2026 г.",
                "",
            ],
        ],
    ),
]

KEPT_BY = "Води регистъра: Мария Стоянова (секретариат)"
