"""The eighteenth held-out set's metadata sheet and outline, as text, and their builders.

The sheet is the one a Dutch-speaking secretariat keeps in its spreadsheet and exports as tab-separated text
("Tekst (tab-gescheiden)"): a title line and an empty line above the header, Dutch headers, countries in Dutch,
names as the senders signed them, and a free-text column of remarks. The outline is the drafting team's working
outline in LibreOffice Writer: the document's title as the only Heading 1, each section a Heading 2 with an
"Audience:" line under it, its questions a bulleted list, an italic note of the editors at the top.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package

SHEET_TITLE = "Raadpleging microcredentials - ontvangen bijdragen (bijgewerkt 20-03-2026)"
SHEET_HEADER = (
    "Bestandsnaam",
    "Indiener",
    "Organisatie",
    "Land van herkomst",
    "Landengroep",
    "Soort bijdrage",
    "Ontvangen op",
    "Opmerkingen",
)
SHEET_ROWS = (
    (
        "comments_lakeland_vocational_colleges.odt",
        "Tuulikki Rautavaara-Heinonen",
        "Lakeland Federation of Vocational Colleges",
        "Finland",
        "EU-lidstaat",
        "Commentaar",
        "09-03-2026",
        "Met wijzigingen bijhouden; versie voor het bestuur",
    ),
    (
        "email_suir_valley_food_skillnet.eml",
        "Devereux-Keane, Órla",
        "Suir Valley Food Processing Skillnet",
        "Ierland",
        "EU-lidstaat",
        "E-mail",
        "12-03-2026",
        "Word-bijlage bij de e-mail",
    ),
    (
        "form_ostrava_career_counsellors.pdf",
        "Radka Vlčková-Šindelářová",
        "Ostrava Region Association of Career Counsellors",
        "Tsjechië",
        "EU-lidstaat",
        "Formulier",
        "10-03-2026",
        "",
    ),
    (
        "memo_apennine_valleys_labour_directorate.rtf",
        "Ludovica Sansoverino-Ricci",
        "Apennine Valleys Regional Labour Directorate",
        "Italië",
        "EU-lidstaat",
        "Memo",
        "05-03-2026",
        "Interne memo, doorgestuurd door het kabinet",
    ),
    (
        "wiki_open_credentials_commons_portugal.html",
        "Inês Barroso-Quintela",
        "Open Credentials Commons Portugal",
        "Portugal",
        "EU-lidstaat",
        "Webpagina",
        "11-03-2026",
        "Wikipagina opgeslagen uit de browser",
    ),
    (
        "slides_zarqa_industrial_training_partnership.pptx",
        "Rania Haddadin-Obeidat",
        "Zarqa Industrial Estates Training Partnership",
        "Jordanië",
        "Partnerland",
        "Presentatie",
        "16-03-2026",
        "",
    ),
    (
        "speech_namangan_polytechnic_institute.txt",
        "RAKHMATULLAYEVA-USMONOVA Dilnoza",
        "Namangan Polytechnic Institute",
        "Oezbekistan",
        "Partnerland",
        "Lezing",
        "14-04-2026",
        "Uitgesproken tekst; rondetafel in Namangan",
    ),
    (
        "positions_boka_students_council.csv",
        "Milica Vujošević-Marković",
        "Boka Students' Council",
        "Montenegro",
        "Partnerland",
        "Standpunt",
        "04-03-2026",
        "Export uit hun enquêtetool",
    ),
    (
        "decision_record_gyumri_software_skills.md",
        "Lusine Gevorgyan-Papazian",
        "Shirak Software Skills Association",
        "Armenië",
        "Partnerland",
        "Beleidsnotitie",
        "02-03-2026",
        "",
    ),
    (
        "template_elbasan_construction_workers_union.docx",
        "Kolonja-Hysaj, Besnik",
        "Elbasan Construction and Wood Workers' Union",
        "Albanië",
        "Partnerland",
        "Reactie",
        "18-03-2026",
        "Vraag 5 niet ingevuld",
    ),
)


def build_sheet() -> bytes:
    """The sheet as the spreadsheet exports tab-separated text: the title line, an empty line, the header and
    the rows, CRLF line ends, UTF-8."""
    lines = [SHEET_TITLE, "", "\t".join(SHEET_HEADER), *("\t".join(row) for row in SHEET_ROWS)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


OUTLINE = {
    "title": "Guidelines on micro-credentials: working outline",
    "author": "Drafting team",
    "note": "Working outline agreed by the editors on 20 March 2026. Each section lists the questions its draft "
    "has to answer.",
    "sections": [
        (
            "Micro-credentials in the qualifications system",
            "policy makers",
            [
                "At which levels of the national qualifications framework should micro-credentials be placed?",
                "Should micro-credentials be entered in the national register of qualifications?",
                "Which institutions should be allowed to issue micro-credentials?",
                "Can several micro-credentials be combined into a larger award?",
                "How many micro-credentials should be needed to earn a regional vocational certificate?",
                "Which body should keep the national register of qualifications up to date?",
            ],
        ),
        (
            "Designing and offering micro-credentials",
            "qualification and curriculum developers",
            [
                "Who should take part in drawing up the content of a micro-credential?",
                "How should the size of a micro-credential be expressed?",
                "In which language should courses be taught?",
                "How can working people and learners far from training centres attend the courses?",
                "What is the longest a micro-credential course should last?",
                "How many learners should one trainer teach at a time?",
            ],
        ),
        (
            "Assessment and validation",
            "assessors",
            [
                "Where and by whom should practical skills be assessed?",
                "How should skills acquired outside formal education be validated?",
                "How many attempts at the final assessment should a learner be allowed?",
                "What qualifications should the assessors of micro-credentials hold?",
            ],
        ),
        (
            "Quality, validity and recognition",
            "recognition officers",
            [
                "How should the quality of micro-credentials be assured?",
                "How long should a micro-credential remain valid?",
                "How can an employer check that a credential is genuine?",
                "In which format should credentials be issued so that they are recognised in other countries?",
                "How quickly should a decision on recognising a credential be made?",
                "Who should hear appeals when recognition of a credential is refused?",
            ],
        ),
        (
            "Certificates, data and funding",
            "policy makers",
            [
                "Who should pay for micro-credentials?",
                "What should a credential state about the learning achieved?",
                "In which languages should credentials be issued?",
                "Who should decide where a learner's credentials are kept?",
                "How much should learners pay for a digital wallet?",
                "How long should providers keep the records of assessments?",
            ],
        ),
    ],
    "date": None,
}

_OUTLINE_STYLES = _TEXT_STYLES.replace(
    "</office:automatic-styles>",
    '<style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-style="italic"/>'
    '</style:style><text:list-style style:name="Bullets"><text:list-level-style-bullet text:level="1" '
    'text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" '
    'fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/></style:list-level-properties>'
    "</text:list-level-style-bullet></text:list-style></office:automatic-styles>",
)


def build_outline_odt() -> bytes:
    """The working outline in Writer: Heading 1 the document, Heading 2 each section with its "Audience:" line
    and its questions as a bulleted list, the editors' note in italics under the title."""
    import datetime as dt

    parts = [
        f'<text:h text:style-name="H1" text:outline-level="1">{escape(OUTLINE["title"])}</text:h>',
        f'<text:p text:style-name="Note"><text:span text:style-name="Note">{escape(OUTLINE["note"])}</text:span>'
        "</text:p>",
    ]
    for title, audience, questions in OUTLINE["sections"]:
        parts.append(f'<text:h text:style-name="H2" text:outline-level="2">{escape(title)}</text:h>')
        parts.append(f'<text:p text:style-name="Body">Audience: {escape(audience)}</text:p>')
        items = "".join(
            f'<text:list-item><text:p text:style-name="Body">{escape(q)}</text:p></text:list-item>' for q in questions
        )
        parts.append(f'<text:list text:style-name="Bullets">{items}</text:list>')
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_OUTLINE_STYLES}<office:body><office:text>"
        f"{''.join(parts)}</office:text></office:body></office:document-content>"
    )
    meta = {"title": OUTLINE["title"], "author": OUTLINE["author"], "date": dt.date(2026, 3, 20)}
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(meta)})
