"""Outlines published as a PDF (a call for contributions): headings by their type, questions as bullets, numbered
lines or a table's question column, read as Word outlines are (pipeline/drafting/outline_pdf.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit


def _pdf(path: Path, story_of, title: str | None = None, footer: str | None = None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate

    styles = getSampleStyleSheet()
    # as Word sets them: the Title larger than Heading 1 (reportlab's sample sheet gives both 18 points)
    styles["Title"].fontSize, styles["Title"].leading = 26, 32

    def page_footer(canvas, doc):  # noqa: ANN001 - reportlab's callback
        if footer:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(72, 30, f"{footer} - page {doc.page}")

    kwargs = {"title": title} if title else {}
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, **kwargs)
    doc.build(story_of(styles), onFirstPage=page_footer, onLaterPages=page_footer)
    return path


def _bullets(styles, *items: str, kind: str = "bullet"):
    from reportlab.platypus import ListFlowable, ListItem, Paragraph

    return ListFlowable([ListItem(Paragraph(i, styles["BodyText"])) for i in items], bulletType=kind)


def test_a_call_with_a_title_headings_and_bulleted_questions(tmp_path):
    from reportlab.platypus import Paragraph

    def story(st):
        return [
            Paragraph("Call for input: guidelines on short courses", st["Title"]),
            Paragraph("Please reply by 30 June. Answer under each heading.", st["BodyText"]),
            Paragraph("1. Size of a course", st["Heading1"]),
            Paragraph("How large a short course should be.", st["BodyText"]),
            _bullets(st, "What is the smallest workload a course should have?", "Who decides the unit of size?"),
            Paragraph("2. Assessment", st["Heading1"]),
            Paragraph("Audience: providers", st["BodyText"]),
            _bullets(st, "Who should assess the learners?", "How should practical skills be tested?", kind="1"),
        ]

    outline = load_outline(_pdf(tmp_path / "call.pdf", story, title="Call for input: guidelines on short courses"))
    assert outline.title == "Call for input: guidelines on short courses"
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        (
            "1. Size of a course",
            "system",
            ("What is the smallest workload a course should have?", "Who decides the unit of size?"),
        ),
        ("2. Assessment", "provider", ("Who should assess the learners?", "How should practical skills be tested?")),
    ]
    assert outline.sections[0].purpose == "How large a short course should be."


INTRO = (
    "The working group on digital badges was set up by the network's board in the spring. It will prepare short "
    "guidelines for providers and for the authorities that recognise badges. This paper sets out the questions on "
    "which the group would like to hear from members. Please answer under each heading in your own words, with "
    "examples from your own practice where you can."
)


def test_without_a_title_property_the_first_heading_over_the_sections_is_the_title(tmp_path):
    from reportlab.platypus import Paragraph

    def story(st):
        return [
            Paragraph("Consultation on digital badges", st["Heading1"]),
            Paragraph(INTRO, st["BodyText"]),
            Paragraph("Recognition", st["Heading1"]),
            Paragraph("Badges are recognised in many ways today, from a line in a CV to credit.", st["BodyText"]),
            Paragraph("1.1 Who should decide whether a badge counts towards a diploma?", st["BodyText"]),
            Paragraph("Funding", st["Heading1"]),
            Paragraph("Most badges are paid for by employers or by learners themselves.", st["BodyText"]),
            Paragraph("2.1 Who should pay for the assessment?", st["BodyText"]),
            Paragraph("2.2 Should learners who are out of work pay anything at all?", st["BodyText"]),
        ]

    # a one-page call: its footer cannot be told from a page's text, and is no section's
    outline = load_outline(_pdf(tmp_path / "consultation.pdf", story, footer="Badge network, call for input"))
    assert outline.title == "Consultation on digital badges"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Recognition", ("Who should decide whether a badge counts towards a diploma?",)),
        ("Funding", ("Who should pay for the assessment?", "Should learners who are out of work pay anything at all?")),
    ]
    assert outline.sections[1].purpose == "Most badges are paid for by employers or by learners themselves."


def test_questions_in_a_ruled_table_and_a_section_running_onto_the_next_page(tmp_path):
    from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

    def story(st):
        grid = Table([["No.", "Guiding question"], ["1", "How should providers be reviewed?"], ["2", "How often?"]])
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        return [
            Paragraph("Outline for the badge guidelines", st["Title"]),
            Paragraph(INTRO, st["BodyText"]),
            Paragraph("Quality", st["Heading1"]),
            Paragraph("How the quality of badges and of those who issue them is kept.", st["BodyText"]),
            grid,
            Paragraph("Learners", st["Heading1"]),
            Paragraph("What learners need to know and keep.", st["BodyText"]),
            Paragraph("What should learners be told before they enrol?", st["BodyText"]),
            PageBreak(),
            Paragraph("Where should learners keep their badges once they have earned them?", st["BodyText"]),
        ]

    outline = load_outline(_pdf(tmp_path / "outline.pdf", story, title="Outline for the badge guidelines"))
    assert outline.title == "Outline for the badge guidelines"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Quality", ("How should providers be reviewed?", "How often?")),
        (
            "Learners",
            (
                "What should learners be told before they enrol?",
                "Where should learners keep their badges once they have earned them?",
            ),
        ),
    ]


def test_an_introduction_without_questions_is_no_section(tmp_path):
    from reportlab.platypus import Paragraph

    def story(st):
        return [
            Paragraph("Badge guidelines: questions to the network", st["Title"]),
            Paragraph("Introduction", st["Heading1"]),
            Paragraph(INTRO, st["BodyText"]),
            Paragraph("Stacking", st["Heading1"]),
            Paragraph("Whether badges add up to something larger.", st["BodyText"]),
            _bullets(st, "Can several badges be combined into a larger award?"),
        ]

    outline = load_outline(_pdf(tmp_path / "questions.pdf", story, title="Badge guidelines: questions to the network"))
    assert outline.title == "Badge guidelines: questions to the network"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Stacking", ("Can several badges be combined into a larger award?",))
    ]


def test_a_damaged_or_textless_pdf_is_refused_naming_the_file(tmp_path):
    broken = tmp_path / "outline.pdf"
    broken.write_bytes(b"%PDF-1.7\nnot really a PDF")
    with pytest.raises(OutlineError) as refused:
        load_outline(broken)
    assert str(refused.value).startswith(str(broken))

    def story(st):
        from reportlab.platypus import Spacer

        return [Spacer(10, 10)]

    empty = _pdf(tmp_path / "empty.pdf", story)
    with pytest.raises(OutlineError, match=r"empty\.pdf: "):
        load_outline(empty)


def test_headings_in_bold_at_the_body_size_open_sections(tmp_path):
    # as Word prints an outline whose section titles are paragraphs typed in bold, not Heading styles
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    def story(st):
        bold = ParagraphStyle("bold", parent=st["BodyText"], fontName="Helvetica-Bold")
        return [
            Paragraph("Questions for the badge guidelines", st["Title"]),
            Paragraph(INTRO, st["BodyText"]),
            Paragraph("Who issues badges", bold),
            Paragraph("Audience: policy makers", st["BodyText"]),
            Paragraph("1. Which bodies should be allowed to issue badges?", st["BodyText"]),
            Paragraph("2. Should a public register list every issuer?", st["BodyText"]),
            Paragraph("Keeping badges", bold),
            Paragraph("3. Where should learners keep their badges?", st["BodyText"]),
            Paragraph("4. How long should an issuer keep the records behind a badge?", st["BodyText"]),
        ]

    outline = load_outline(_pdf(tmp_path / "questions.pdf", story, title="Questions for the badge guidelines"))
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        (
            "Who issues badges",
            "system",
            ("Which bodies should be allowed to issue badges?", "Should a public register list every issuer?"),
        ),
        (
            "Keeping badges",
            "system",
            (
                "Where should learners keep their badges?",
                "How long should an issuer keep the records behind a badge?",
            ),
        ),
    ]


def test_a_table_cell_holding_several_questions_gives_each_apart(tmp_path):
    from reportlab.platypus import Paragraph, Table, TableStyle

    def story(st):
        cell = Paragraph(
            "How large should a badge be? Who decides its size? Should the size be shown in hours?", st["BodyText"]
        )
        grid = Table(
            [["Section", "Guiding questions"], ["Size", cell], ["Funding", "Who should pay for the assessment?"]],
            colWidths=[100, 300],
        )
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [Paragraph("Badge guidelines: the questions", st["Title"]), Paragraph(INTRO, st["BodyText"]), grid]

    outline = load_outline(_pdf(tmp_path / "grid.pdf", story, title="Badge guidelines: the questions"))
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Size", ("How large should a badge be?", "Who decides its size?", "Should the size be shown in hours?")),
        ("Funding", ("Who should pay for the assessment?",)),
    ]


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("marked", ["heading", "bold"])
def test_a_word_outline_printed_to_pdf_by_libreoffice_reads_as_the_word_file(tmp_path, marked):
    import subprocess

    from docx import Document

    from ingest.readers.legacy import find_office

    if find_office() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs it")
    document = Document()
    document.core_properties.title = ""
    document.add_paragraph("Badge guidelines: outline for the first drafting round", style="Title")
    document.add_paragraph(INTRO)
    questions = {
        "Place of badges in the national system": [
            "Should badges be given a level of the national qualifications framework?",
            "Who should keep the register of badges?",
        ],
        "Design and assessment": [
            "What is the smallest workload a badge should have?",
            "Who should assess the practical part of a badge when the course is taught at the workplace?",
            "Can people who already have the skills earn a badge without taking the course?",
        ],
    }
    for section, asked in questions.items():
        if marked == "heading":
            document.add_heading(section, level=1)
        else:
            document.add_paragraph().add_run(section).bold = True
        document.add_paragraph("Audience: providers" if section.startswith("Design") else "Audience: policy makers")
        for question in asked:
            document.add_paragraph(question, style="List Number")
    word = tmp_path / "outline.docx"
    document.save(str(word))
    subprocess.run(
        [find_office(), "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(word)],
        check=True, capture_output=True, timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    from_word, from_pdf = load_outline(word), load_outline(tmp_path / "out" / "outline.pdf")
    assert from_pdf.title == from_word.title == "Badge guidelines: outline for the first drafting round"
    assert [(s.title, s.audience, s.questions) for s in from_pdf.sections] == [
        (s.title, s.audience, s.questions) for s in from_word.sections
    ]
    assert [s.questions for s in from_pdf.sections] == list(map(tuple, questions.values()))


def test_each_heading_right_above_its_questions_table_opens_its_own_section(tmp_path):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    def story(st):
        head = ParagraphStyle("h", parent=st["BodyText"], fontName="Helvetica-Bold", fontSize=13, leading=17)
        cell = st["BodyText"]

        def grid(theme: int, *questions: str) -> Table:
            rows = [[Paragraph("No.", cell), Paragraph("Guiding question", cell)]]
            rows += [[Paragraph(f"{theme}.{k}", cell), Paragraph(q, cell)] for k, q in enumerate(questions, 1)]
            table = Table(rows, colWidths=[40, 430])  # every theme's table of one width
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
            return table

        return [
            Paragraph("Terms of reference", st["Title"]),
            Paragraph("1. Background", head),
            Paragraph(INTRO, cell),
            Paragraph("2. Themes and guiding questions", head),
            Paragraph("Members answer the questions below in writing.", cell),
            Paragraph("Theme A: Quality", head),  # right above its table, no line between
            grid(1, "How should providers be reviewed?", "How often should a review take place?"),
            Paragraph("Theme B: Learners", head),
            grid(2, "What should learners be told before they enrol?", "Where should learners keep their badges?"),
            Paragraph("Theme C: Money", head),
            grid(3, "Who should pay for a badge course?"),
        ]

    outline = load_outline(_pdf(tmp_path / "tor.pdf", story, title="Terms of reference"))
    assert [(s.title, len(s.questions)) for s in outline.sections] == [
        ("Theme A: Quality", 2),
        ("Theme B: Learners", 2),
        ("Theme C: Money", 1),
    ]
    assert outline.sections[1].questions[0] == "What should learners be told before they enrol?"
