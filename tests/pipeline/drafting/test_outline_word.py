"""Word outlines written without Heading 1: bold or numbered sections, question tables, Heading 2 groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit


def save(document, path: Path) -> Path:
    document.save(str(path))
    return path


def bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def test_sections_in_bold_with_a_bold_title_and_labelled_instructions(tmp_path):
    import docx

    document = docx.Document()
    bold(document, "Guidelines on micro-credentials")
    bold(document, "1. Recognition")
    document.add_paragraph("Target audience - recognition officers")
    document.add_paragraph("Guiding questions:")
    document.add_paragraph("Describe how learners are informed about decisions")
    document.add_paragraph("Explain the appeal procedure")
    bold(document, "2. Funding")
    document.add_paragraph("How funding is organised.")
    document.add_paragraph("Who pays for short courses?")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert outline.title == "Guidelines on micro-credentials"
    recognition, funding = outline.sections
    assert (recognition.title, recognition.audience) == ("1. Recognition", "provider")
    assert recognition.questions == (
        "Describe how learners are informed about decisions",
        "Explain the appeal procedure",
    )
    assert (funding.title, funding.purpose, funding.questions) == (
        "2. Funding",
        "How funding is organised.",
        ("Who pays for short courses?",),
    )


def test_sections_as_a_numbered_list_with_questions_one_level_down(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Outline", style="Title")
    document.add_paragraph("Stackability", style="List Number")
    document.add_paragraph("Can credits be combined across providers?", style="List Number 2")
    document.add_paragraph("Validation of prior learning", style="List Number")
    document.add_paragraph("Describe how prior learning is assessed", style="List Number 2")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Stackability", ("Can credits be combined across providers?",)),
        ("Validation of prior learning", ("Describe how prior learning is assessed",)),
    ]


def test_a_numbered_question_list_with_details_is_not_taken_for_sections(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Consultation on micro-credentials", style="Title")
    document.add_paragraph("Who should register micro-credentials?", style="List Number")
    document.add_paragraph("Describe how learners are informed", style="List Number")
    document.add_paragraph("what they receive", style="List Bullet 2")
    (section,) = load_outline(save(document, tmp_path / "outline.docx")).sections
    assert section.title == "Consultation on micro-credentials"
    assert section.questions == (
        "Who should register micro-credentials?",
        "Describe how learners are informed: what they receive",
    )


def test_questions_in_a_table_under_heading_1_and_a_heading_2_per_question_group(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Assessment", style="Heading 1")
    document.add_paragraph("How learning outcomes are assessed.")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(
        table.rows, [("No.", "Guiding question"), ("1", "Who assesses learners"), ("2", "")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = cells
    document.add_paragraph("Quality assurance", style="Heading 1")
    document.add_paragraph("External review", style="Heading 2")
    document.add_paragraph("Which agency reviews providers?", style="List Bullet")
    document.add_paragraph("Is a self-assessment enough?", style="Heading 3")
    assessment, qa = load_outline(save(document, tmp_path / "outline.docx")).sections
    assert (assessment.purpose, assessment.questions) == (
        "How learning outcomes are assessed.",
        ("Who assesses learners",),
    )
    assert qa.questions == ("Which agency reviews providers?", "Is a self-assessment enough?")


def test_one_heading_1_over_heading_2_sections_is_the_title_and_a_theme_table_makes_sections(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Micro-credential guidelines", style="Heading 1")
    for title in ("Stackability", "Portability"):
        document.add_paragraph(title, style="Heading 2")
        document.add_paragraph(f"What limits {title.lower()}?", style="List Bullet")
    outline = load_outline(save(document, tmp_path / "headed.docx"))
    assert outline.title == "Micro-credential guidelines"
    assert [s.title for s in outline.sections] == ["Stackability", "Portability"]

    document = docx.Document()
    document.add_paragraph("Call for evidence")
    table = document.add_table(rows=4, cols=2)
    rows = [("Theme", "Question"), ("Funding", "Who pays?"), ("Funding", "Who decides?"), ("Quality", "Who reviews?")]
    for row, cells in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = cells
    outline = load_outline(save(document, tmp_path / "table.docx"))
    assert outline.title == "Call for evidence"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Funding", ("Who pays?", "Who decides?")),
        ("Quality", ("Who reviews?",)),
    ]


def test_typed_section_marks_in_plain_paragraphs_and_a_file_without_any_is_refused(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Outline")
    document.add_paragraph("Section 1: Funding")
    document.add_paragraph("Q1. Who pays?")
    (section,) = load_outline(save(document, tmp_path / "typed.docx")).sections
    assert (section.title, section.questions) == ("Funding", ("Who pays?",))

    document = docx.Document()
    document.add_paragraph("We would like to hear from you.")
    document.add_paragraph("Send your views by March.")
    with pytest.raises(OutlineError, match=r"prose\.docx: no Heading 1 paragraphs; .*make it bold"):
        load_outline(save(document, tmp_path / "prose.docx"))


def test_a_question_cell_holding_several_paragraphs_gives_a_question_each(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Recognition", style="Heading 1")
    table = document.add_table(rows=2, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Topic", "Guiding questions"
    table.rows[1].cells[0].text = "Evidence"
    cell = table.rows[1].cells[1]
    cell.text = "Which evidence is required?"
    cell.add_paragraph("• Describe how long a decision takes")
    (section,) = load_outline(save(document, tmp_path / "outline.docx")).sections
    assert section.questions == ("Which evidence is required?", "Describe how long a decision takes")


def test_a_one_column_table_without_a_header_gives_the_questions_that_ask_or_instruct(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Recognition", style="Heading 1")
    table = document.add_table(rows=3, cols=1)
    for row, text in zip(
        table.rows, ["Describe the recognition procedure", "Recognition officers", "Who decides?"], strict=True
    ):
        row.cells[0].text = text
    (section,) = load_outline(save(document, tmp_path / "outline.docx")).sections
    assert section.questions == ("Describe the recognition procedure", "Who decides?")


def test_a_custom_heading_style_with_an_outline_level_marks_the_sections(tmp_path):
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    style = document.styles.add_style("Abschnitt", WD_STYLE_TYPE.PARAGRAPH)  # a team's own heading style
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    style.element.get_or_add_pPr().append(level)
    document.add_paragraph("Anerkennung", style="Abschnitt")
    document.add_paragraph("Wer entscheidet über die Anerkennung?")
    document.add_paragraph("Finanzierung", style="Abschnitt")
    document.add_paragraph("Wer zahlt?")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Anerkennung", ("Wer entscheidet über die Anerkennung?",)),
        ("Finanzierung", ("Wer zahlt?",)),
    ]


def test_a_bold_first_line_over_an_introduction_is_the_title_not_a_section(tmp_path):
    import docx

    document = docx.Document()
    bold(document, "Consultation on micro-credentials")
    document.add_paragraph("We invite written input by 30 April.")
    bold(document, "Funding")
    document.add_paragraph("Who pays for short courses?")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert outline.title == "Consultation on micro-credentials"
    assert [(s.title, s.questions) for s in outline.sections] == [("Funding", ("Who pays for short courses?",))]


def test_a_note_in_a_question_cell_is_left_out_and_made_no_purpose(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Guidelines", style="Title")
    document.add_paragraph("Funding", style="Heading 1")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "No.", "Guiding question"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Who pays for assessment? (see the 2023 survey)"
    table.cell(2, 0).text, table.cell(2, 1).text = "2", "Should employers contribute"
    table.cell(2, 1).add_paragraph("[optional]")  # the note on a line of its own in the cell
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    (funding,) = outline.sections
    assert funding.questions == ("Who pays for assessment?", "Should employers contribute")
    assert funding.purpose == "Funding"


def test_list_number_sections_with_list_number_2_questions_and_an_italic_note(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Guidelines on micro-credentials")
    for title, note, questions in [
        (
            "Recognition",
            "Drafted by the working group on recognition.",
            ["How should foreign micro-credentials be recognised?", "Set out the evidence a recognition officer needs"],
        ),
        ("Funding", "Please keep each answer short.", ["Who pays for assessment?", "Should employers contribute?"]),
    ]:
        document.add_paragraph(title, style="List Number")
        document.add_paragraph().add_run(note).italic = True
        for question in questions:
            document.add_paragraph(question, style="List Number 2")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert outline.title == "Guidelines on micro-credentials"
    assert [(s.title, s.purpose, s.questions) for s in outline.sections] == [
        (
            "Recognition",
            "Drafted by the working group on recognition.",
            ("How should foreign micro-credentials be recognised?", "Set out the evidence a recognition officer needs"),
        ),
        ("Funding", "Please keep each answer short.", ("Who pays for assessment?", "Should employers contribute?")),
    ]


def test_typed_roman_numbered_sections_with_lettered_questions_and_an_instruction(tmp_path):
    import docx

    document = docx.Document()
    for text in [
        "Guidelines on micro-credentials",
        "I. REGISTERS",
        "(a) Should micro-credentials be listed in the national register?",
        "(b) Who keeps the register up to date?",
        "II. Recognition",
        "a) How should foreign micro-credentials be recognised?",
        "b) Set out the minimum workload a micro-credential must have",
    ]:
        document.add_paragraph(text)
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert outline.title == "Guidelines on micro-credentials"
    assert [(s.title, s.questions) for s in outline.sections] == [
        (
            "I. REGISTERS",
            ("Should micro-credentials be listed in the national register?", "Who keeps the register up to date?"),
        ),
        (
            "II. Recognition",
            (
                "How should foreign micro-credentials be recognised?",
                "Set out the minimum workload a micro-credential must have",
            ),
        ),
    ]


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("Micro-credentials in Poland: guiding questions", "Micro-credentials in Poland: guiding questions"),
        ("Please send your answers to the secretariat by 3 March.", "Guidelines"),  # an introduction, no title
    ],
)
def test_a_plain_first_paragraph_above_heading_1_sections_is_the_title(tmp_path, first, expected):
    import docx

    document = docx.Document()
    document.add_paragraph(first)  # typed as body text, not in the Title style; no title property
    document.add_heading("Recognition", level=1)
    document.add_paragraph("Who decides on recognition?", style="List Number")
    document.add_heading("Funding", level=1)
    document.add_paragraph("Who pays for short courses?", style="List Number")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert outline.title == expected
    assert [s.title for s in outline.sections] == ["Recognition", "Funding"]


def test_rows_merged_across_a_question_table_open_sections_as_in_writer(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Consultation outline on adult literacy", style="Title")
    table = document.add_table(rows=5, cols=3)
    for row, cells in zip(
        table.rows,
        [
            ("No.", "Guiding question", "Audience"),
            ("Reading in the workplace",) * 3,
            ("1", "Which employers offer reading classes?", "Policy makers"),
            ("Teachers",) * 3,
            ("2", "What training should literacy teachers have?", "Providers"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for n in (1, 3):  # merged as Word merges cells: one cell over the row, its text once
        row = table.rows[n]
        text = row.cells[0].text
        merged = row.cells[0].merge(row.cells[2])
        merged.text = text
    path = tmp_path / "outline.docx"
    document.save(str(path))
    outline = load_outline(path)
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        ("Reading in the workplace", "system", ("Which employers offer reading classes?",)),
        ("Teachers", "provider", ("What training should literacy teachers have?",)),
    ]


def _tracked(paragraph, kind: str, text: str) -> None:
    """Append ``text`` to ``paragraph`` as a tracked insertion (kind "ins") or deletion (kind "del")."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tag = "w:t" if kind == "ins" else "w:delText"
    paragraph._p.append(
        parse_xml(
            f'<w:{kind} {nsdecls("w")} w:id="1" w:author="Editor" w:date="2026-03-02T10:00:00Z">'
            f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r></w:{kind}>'
        )
    )


def test_an_outline_with_tracked_changes_asks_what_it_asks_once_they_are_accepted(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Recognition", level=1)
    document.add_paragraph("Who should recognise a sailing badge from abroad?", style="List Number")
    # a question the editor inserted
    _tracked(document.add_paragraph(style="List Number"), "ins", "How long should a recognition decision take?")
    # a question the editor struck out
    _tracked(document.add_paragraph(style="List Number"), "del", "Should badges carry a photograph?")
    # a question with one word replaced
    changed = document.add_paragraph("What is the smallest ", style="List Number")
    _tracked(changed, "del", "size")
    _tracked(changed, "ins", "workload")
    changed.add_run(" a badge should have?")
    outline = load_outline(save(document, tmp_path / "outline.docx"))
    assert outline.sections[0].questions == (
        "Who should recognise a sailing badge from abroad?",
        "How long should a recognition decision take?",
        "What is the smallest workload a badge should have?",
    )
