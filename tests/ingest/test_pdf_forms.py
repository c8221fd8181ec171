"""PDF forms: each filled field's label and the value the contributor gave, as a passage of the page; the label is
the form's words, never the respondent's."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.model import QUOTE_MARK
from ingest.readers.pdf import PdfReader
from pipeline.drafting.support import without_quotes

pytestmark = pytest.mark.unit

ANSWER = "Yes, every micro-credential should carry a level of the framework so that employers can compare it."


def form_pdf(path: Path) -> Path:
    """A consultation form of two pages: text fields with and without tooltips, check boxes, a list, a field left
    empty."""
    c = canvas.Canvas(str(path), pagesize=A4)
    form = c.acroForm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 790, "Consultation response form")
    c.setFont("Helvetica", 11)
    c.drawString(72, 740, "Name of organisation:")
    form.textfield(name="org", tooltip="Name of organisation", x=230, y=735, width=250, height=18,
                   value="Chamber of Crafts of Styria")  # fmt: skip
    c.drawString(72, 700, "1. Should micro-credentials be placed in the national qualifications framework?")
    form.textfield(name="q1", tooltip="Q1. Should micro-credentials be placed in the NQF?", x=72, y=640, width=450,
                   height=50, value=ANSWER, fieldFlags="multiline")  # fmt: skip
    c.drawString(72, 610, "We agree to the publication of this response")
    form.checkbox(name="publish", tooltip="Agree to publication", x=360, y=605, size=14, checked=True)
    c.drawString(72, 580, "We ask to stay anonymous")
    form.checkbox(name="anonymous", tooltip="Anonymous", x=360, y=575, size=14, checked=False)
    c.drawString(72, 550, "Sector:")
    form.choice(name="sector", tooltip="Sector", value="Health", options=["Construction", "Health", "Tourism"],
                x=230, y=545, width=150, height=18)  # fmt: skip
    c.drawString(72, 520, "Further comments")
    form.textfield(name="Text7", x=230, y=515, width=300, height=18, value="Funding should follow the learner.")
    form.textfield(name="empty", tooltip="Other remarks", x=230, y=490, width=250, height=18, value="")
    c.drawString(72, 460, "Preferred level:")
    for n, level in enumerate(("Level4", "Level5", "Level6")):
        form.radio(name="level", tooltip="Preferred level", value=level, selected=level == "Level5", x=230 + 40 * n,
                   y=455, size=14)  # fmt: skip
    form.textfield(name="internal", tooltip="Office use", x=230, y=420, width=200, height=18, value="ref 2291",
                   annotationFlags="hidden")  # fmt: skip
    c.showPage()
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Contact person")
    form.textfield(name="contact_person", x=72, y=700, width=250, height=18, value="Maria Huber")
    c.showPage()
    c.save()
    return path


@pytest.fixture(scope="module")
def passages(tmp_path_factory: pytest.TempPathFactory) -> list:
    return list(PdfReader().read(form_pdf(tmp_path_factory.mktemp("form") / "form.pdf")).passages)


def _answers(passages: list) -> list:
    """The passages holding the contributor's answers: what is left of them without quoted lines."""
    return [p for p in passages if without_quotes(p.text).strip()]


def test_filled_fields_are_read_with_their_labels_in_page_order(passages: list) -> None:
    fields = _answers(passages)
    assert [p.location.label for p in fields] == ["page 1", "page 2"]
    assert fields[0].text == (
        f"{QUOTE_MARK}Name of organisation\nChamber of Crafts of Styria\n\n"
        f"{QUOTE_MARK}Q1. Should micro-credentials be placed in the NQF?\n{ANSWER}\n\n"
        f"{QUOTE_MARK}Agree to publication\nYes\n\n"
        f"{QUOTE_MARK}Sector\nHealth\n\n"
        f"{QUOTE_MARK}Further comments\nFunding should follow the learner.\n\n"  # no tooltip: the printed label
        f"{QUOTE_MARK}Preferred level\nLevel5"  # a radio group is one field: the option chosen
    )
    assert fields[1].text == f"{QUOTE_MARK}contact person\nMaria Huber"  # a worded name, no label printed beside it


def test_unanswered_fields_say_nothing(passages: list) -> None:
    text = "\n".join(p.text for p in passages)
    assert "Anonymous" not in text and "Other remarks" not in text
    assert "ref 2291" not in text  # a hidden field
    assert "Off" not in text


def test_a_question_is_never_the_respondents_words(passages: list) -> None:
    """What drafting may quote as the contributor's: the values, never the form's questions."""
    own = without_quotes(next(p.text for p in _answers(passages)))
    assert ANSWER in own and "Funding should follow the learner." in own
    assert "Should micro-credentials" not in own and "Further comments" not in own


def test_the_printed_page_is_the_forms_wording(passages: list) -> None:
    """The page's own text (title, questions) is kept to be found, as quoted lines: the respondent typed none of it."""
    assert passages[0].text.startswith(f"{QUOTE_MARK}Consultation response form")
    assert f"{QUOTE_MARK}Name of organisation:" in passages[0].text
    own = "\n".join(without_quotes(p.text) for p in passages)
    assert "Consultation response form" not in own and "We agree to the publication" not in own
    assert "Contact person" not in own  # page 2's printed label, over a field whose name labels its value


def test_long_form_wording_keeps_its_mark_on_every_sentence() -> None:
    from ingest.readers.pdf_forms import LONG_LINE, form_wording

    instructions = " ".join(f"Answer question {n} in no more than two hundred words." for n in range(12))
    assert len(instructions) > LONG_LINE
    quoted = form_wording(f"Instructions\n{instructions}")
    assert all(line.startswith(QUOTE_MARK) for line in quoted.split("\n"))
    assert quoted.count("\n") == 12 and without_quotes(quoted) == ""


def test_a_page_without_filled_fields_stays_the_writers(tmp_path: Path) -> None:
    """A policy paper whose second page holds a form nobody filled: its first page is the writer's text."""
    path = tmp_path / "paper.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "Providers should publish the learning outcomes of every micro-credential.")
    c.showPage()
    c.drawString(72, 760, "Reply slip")
    c.acroForm.textfield(name="reply", tooltip="Your reply", x=72, y=700, width=250, height=18, value="")
    c.showPage()
    c.save()
    result = PdfReader().read(path)
    assert result.passages[0].text.startswith("Providers should publish")
    assert QUOTE_MARK not in result.passages[0].text


def _damaged(path: Path) -> Path:
    """The same file with its cross-reference table's keyword broken: pypdf refuses it, PDFium repairs it."""
    damaged = path.with_name(f"damaged-{path.name}")
    damaged.write_bytes(path.read_bytes().replace(b"\nxref\n", b"\nxrex\n"))
    return damaged


def test_a_form_pypdf_cannot_open_has_its_fields_read_by_pdfium(tmp_path: Path) -> None:
    result = PdfReader().read(_damaged(form_pdf(tmp_path / "form.pdf")))
    assert result.engine == "pypdfium2"
    fields = _answers(result.passages)
    assert [p.location.label for p in fields] == ["page 1", "page 2"]
    assert fields[0].text == (
        f"{QUOTE_MARK}Name of organisation\nChamber of Crafts of Styria\n\n"
        f"{QUOTE_MARK}Q1. Should micro-credentials be placed in the NQF?\n{ANSWER}\n\n"
        f"{QUOTE_MARK}Agree to publication\nYes\n\n"
        f"{QUOTE_MARK}Sector\nHealth\n\n"
        "Funding should follow the learner.\n\n"  # PDFium gives no printed label beside it: the value alone
        f"{QUOTE_MARK}Preferred level\nLevel5"
    )
    assert fields[1].text == f"{QUOTE_MARK}contact person\nMaria Huber"
    assert result.passages[0].text.startswith(f"{QUOTE_MARK}Consultation response form")  # the form's wording
    text = "\n".join(p.text for p in result.passages)
    assert "ref 2291" not in text and "Other remarks" not in text and "Anonymous" not in text


def _xfa_only(path: Path) -> Path:
    """A printed page whose form is XFA only: an AcroForm holding no fields, its answers in the XML."""
    from pypdf import PdfReader as Pypdf
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(72, 760, "Consultation response form (dynamic)")
    c.save()
    writer = PdfWriter(clone_from=Pypdf(path))
    xml = DecodedStreamObject()
    xml.set_data(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'><answer>Level 5</answer></xdp:xdp>")
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(
        writer._root_object.__class__(
            {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): writer._add_object(xml)}
        )
    )
    writer.write(path)
    return path


@pytest.mark.parametrize("damaged", [False, True], ids=["pypdf", "pdfium"])
def test_an_xfa_only_form_is_said_to_have_unread_fields(tmp_path: Path, damaged: bool) -> None:
    path = _xfa_only(tmp_path / "xfa.pdf")
    result = PdfReader().read(_damaged(path) if damaged else path)
    assert result.passages[0].text.startswith("Consultation response form")
    assert any("an XFA form" in w and "were not read" in w for w in result.warnings), result.warnings


def test_a_page_of_a_filled_form_left_blank_is_still_the_forms(tmp_path: Path) -> None:
    """A filled form whose last page the respondent left blank: that page's questions are the form's too."""
    path = tmp_path / "partly.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, (question, answer) in enumerate(
        (("Name of organisation", "Chamber of Crafts"), ("Country", "Austria"), ("Sector", "Health"))
    ):
        c.drawString(72, 760 - 40 * n, f"{question}:")
        c.acroForm.textfield(name=f"f{n}", tooltip=question, x=250, y=755 - 40 * n, width=200, height=18, value=answer)
    c.showPage()
    c.drawString(72, 760, "4. How should assessment of micro-credentials be quality assured?")
    c.acroForm.textfield(name="q4", tooltip="Question 4", x=72, y=700, width=400, height=40, value="")
    c.showPage()
    c.save()
    passages = PdfReader().read(path).passages
    page2 = [p for p in passages if p.location.page == 2]
    assert page2 and all(not without_quotes(p.text).strip() for p in page2)
    assert f"{QUOTE_MARK}4. How should assessment" in page2[0].text


def test_a_check_box_without_a_tooltip_is_named_by_the_words_printed_right_of_it(tmp_path: Path) -> None:
    path = tmp_path / "boxes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Your answer:")
    c.acroForm.textfield(name="answer", x=160, y=755, width=300, height=18, value="Assessment should be external.")
    c.drawString(72, 720, "Consent")  # a heading left of the box's row names the group, not the box
    c.acroForm.checkbox(name="chk2", x=150, y=715, size=12, checked=True)
    c.drawString(170, 718, "We agree that this reply may be published")
    c.showPage()
    c.save()
    text = "\n".join(p.text for p in PdfReader().read(path).passages)
    assert f"{QUOTE_MARK}We agree that this reply may be published\nYes" in text
    assert f"{QUOTE_MARK}Your answer\nAssessment should be external." in text
