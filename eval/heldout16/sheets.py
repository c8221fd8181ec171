"""The sixteenth held-out set's metadata sheet, as the consultation's Spanish-speaking secretariat keeps it by hand
in Excel: a title row and an empty row above the header, Spanish headers, country, region and type names, dates
written out in Spanish, one country as its ISO code, free text in "Observaciones"."""

from __future__ import annotations

import datetime as dt

_EU = "Estado miembro de la UE"
_HEADER = (
    "Archivo", "Autor/a", "Organización", "País", "Región", "Tipo de contribución", "Fecha de recepción",
    "Observaciones",
)  # fmt: skip

METADATA = {
    "file": "metadata.xlsx",
    "title": "Consulta sobre microcredenciales - contribuciones recibidas",
    "author": "Secretaría de la consulta",
    "date": dt.date(2025, 3, 14),
    "sheets": {
        "Contribuciones": {
            "rows": [
                (
                    "Consulta sobre microcredenciales - contribuciones recibidas (ronda de marzo de 2025)",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ),
                (None,) * 8,
                _HEADER,
                (
                    "report_niederrhein_rectors_conference.pdf",
                    "Wiebke Harms-Ostendorf",
                    "Niederrhein Rectors' Conference",
                    "Alemania",
                    _EU,
                    "Documento de posición",
                    "3 de marzo de 2025",
                    "Documento en dos columnas; aprobado por el pleno el 24 de febrero",
                ),
                (
                    "submission_veluwe_ijssel_pharmacists_chamber.docx",
                    "Maartje Verhoeckx-Dijkhuis",
                    "Veluwe and IJssel Chamber of Community Pharmacists",
                    "Países Bajos",
                    _EU,
                    "Contribución escrita",
                    "5 de marzo de 2025",
                    "Llegó con los comentarios de un revisor interno sin resolver",
                ),
                (
                    "letter_ida_viru_employment_service.doc",
                    "Pille Põldsaar-Lepik",
                    "Ida-Viru Public Employment and Career Service",
                    "EE",
                    _EU,
                    "Contribución escrita",
                    "28 de febrero de 2025",
                    "Formato Word 97-2003",
                ),
                (
                    "slide_sahel_bus_coach_operators.pptx",
                    "Chokri Ben Slimane-Jaziri",
                    "Sahel Federation of Bus and Coach Operators",
                    "Túnez",
                    "Mediterráneo Meridional",
                    "Presentación",
                    "4 de marzo de 2025",
                    "Una sola diapositiva",
                ),
                (
                    "contribution_kvarner_museum_educators.odt",
                    "Nives Marušić-Grgurina",
                    "Kvarner Network of Museum Educators",
                    "Croacia",
                    _EU,
                    "Contribución escrita",
                    "1 de marzo de 2025",
                    None,
                ),
                (
                    "re_attica_cybersecurity_centre.eml",
                    "Spyridon Kalogeropoulos-Vlachos",
                    "Attica Cybersecurity Competence Centre",
                    "Grecia",
                    _EU,
                    "Contribución escrita",
                    "6 de marzo de 2025",
                    "Respuesta por correo; cita un mensaje interno de una colega",
                ),
                (
                    "minutes_tikves_rural_women_cooperative.txt",
                    "Biljana Stojanovska-Trajkova",
                    "Tikveš Rural Women's Cooperative",
                    "Macedonia del Norte",
                    "Balcanes Occidentales",
                    "Acta de reunión",
                    "12 de febrero de 2025",
                    "Acta de la junta; solo cuentan las intervenciones de la presidenta",
                ),
                (
                    "positions_kutaisi_choreography_conservatory.md",
                    "Ketevan Abashidze-Tsereteli",
                    "Kutaisi Conservatory of Choreography",
                    "Georgia",
                    "Asociación Oriental",
                    "Documento de posición",
                    "7 de marzo de 2025",
                    None,
                ),
                (
                    "blog_kopru_refugee_education.html",
                    "Elif Sarıkaya-Durmuş",
                    "Köprü Refugee Education Initiative",
                    "Turquía",
                    "Balcanes Occidentales y Turquía",
                    "Contribución escrita",
                    "10 de marzo de 2025",
                    "Entrada de blog guardada desde el navegador",
                ),
                (
                    "scan_danube_maritime_training_academy.tif",
                    "Oleh Sydorenko-Marchuk",
                    "Danube Maritime Training Academy",
                    "Ucrania",
                    "Asociación Oriental",
                    "Contribución escrita",
                    "13 de marzo de 2025",
                    "Carta escaneada, dos páginas",
                ),
            ],
            "widths": {"A": 46, "B": 30, "C": 44, "D": 18, "E": 26, "F": 24, "G": 24, "H": 50},
            "bold_rows": (3,),
        }
    },
}
