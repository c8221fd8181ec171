"""Minutes written in Word, OpenDocument, RTF or PDF read as the same minutes written as plain text (ingest.turns).

Each record is built in the test in every format, its labels as writers set them (in bold in Word and PDF, the
decisions under a heading and as a bulleted list), read by the format's reader and passed to ``own_turns``: the
contributor keeps their own turns only, never the chair's or another member's nor the meeting's decisions, and a
body whose minutes these are keeps the decisions and no member's turn, whatever the format.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from ingest.model import Passage
from ingest.readers import reader_for
from ingest.turns import own_turns
from tests.ingest.test_odf import h, p, write_odf

pytestmark = pytest.mark.integration

TITLE = "Minutes of the steering group on micro-credentials, 3 June 2026"
PRESENT = "Present: Eva Lindqvist (chair), Ana Horvat, Marko Petrovski, Ivo Kranjc"
TURNS = [
    ("Lindqvist", "We open with the question of the register and of the minimum size of a micro-credential."),
    ("Horvat", "Short courses of 1 ECTS belong in the national register, because students take them."),
    (
        "Petrovski",
        "The register should list only credentials of 5 ECTS or more, to keep it readable for employers and for "
        "the learners who compare the offers of several providers before they enrol.",
    ),
    ("Kranjc", "Employers want the workload shown on every certificate, whatever its size."),
    ("Lindqvist", "Thank you. We need a decision today."),
]
DECISIONS = ["The register lists credentials of 3 ECTS or more from 2027.", "Horvat: survey the students by May."]


def _txt(path: Path) -> Path:
    lines = [TITLE, PRESENT, *(f"{name}: {text}" for name, text in TURNS), "Decisions:", *DECISIONS]
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def _docx(path: Path, headings: bool = True) -> Path:
    document = docx.Document()
    document.add_heading(TITLE, level=1) if headings else document.add_paragraph(TITLE)
    document.add_paragraph(PRESENT)
    for name, text in TURNS:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{name}:").bold = True
        paragraph.add_run(f" {text}")
    if headings:
        document.add_heading("Decisions", level=2)
    else:
        document.add_paragraph().add_run("Decisions:").bold = True
    for decision in DECISIONS:
        document.add_paragraph(decision, style="List Bullet")
    document.save(str(path))
    return path


def _odt(path: Path) -> Path:
    turns = "".join(p(f'<text:span text:style-name="Strong">{name}:</text:span> {text}') for name, text in TURNS)
    items = "".join(f"<text:list-item>{p(decision)}</text:list-item>" for decision in DECISIONS)
    return write_odf(
        path, "text", h(1, TITLE) + p(PRESENT) + turns + h(2, "Decisions") + f"<text:list>{items}</text:list>"
    )


def _rtf(path: Path) -> Path:
    paragraphs = [
        f"\\pard\\plain\\outlinelevel0 {TITLE}\\par",
        f"\\pard\\plain {PRESENT}\\par",
        *(f"\\pard\\plain {{\\b {name}:}} {text}\\par" for name, text in TURNS),
        "\\pard\\plain\\outlinelevel1 Decisions\\par",
        *(f"\\pard\\plain \\bullet  {decision}\\par" for decision in DECISIONS),
    ]
    path.write_text("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\n" + "\n".join(paragraphs) + "}", encoding="ascii")
    return path


def _pdf(path: Path) -> Path:
    styles = getSampleStyleSheet()
    flow = [Paragraph(TITLE, styles["Heading1"]), Paragraph(PRESENT, styles["Normal"]), Spacer(1, 6)]
    for name, text in TURNS:
        flow += [Paragraph(f"<b>{name}:</b> {text}", styles["Normal"]), Spacer(1, 6)]
    flow.append(Paragraph("Decisions", styles["Heading2"]))
    flow.append(ListFlowable([ListItem(Paragraph(d, styles["Normal"])) for d in DECISIONS], bulletType="bullet"))
    SimpleDocTemplate(str(path), pagesize=A4).build(flow)
    return path


BUILDS: dict[str, Callable[[Path], Path]] = {
    "minutes.txt": _txt,
    "minutes.docx": _docx,
    "plain.docx": lambda path: _docx(path, headings=False),
    "minutes.odt": _odt,
    "minutes.rtf": _rtf,
    "minutes.pdf": _pdf,
}


@pytest.fixture(params=sorted(BUILDS))
def record(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Passage, ...]:
    """The minutes built in one format and read by its reader."""
    path = BUILDS[request.param](tmp_path / request.param)
    return reader_for(path).read(path).passages


def _flat(passages: list[Passage]) -> str:
    return re.sub(r"\s+", " ", " ".join(p.text for p in passages))


def test_a_member_keeps_only_their_own_turn(record) -> None:
    kept, warnings = own_turns(record, "Ana Horvat", "Student Union")
    text = _flat(kept)
    assert TURNS[1][1] in text
    for name, words in [*TURNS[:1], *TURNS[2:]]:
        assert words not in text, name  # another speaker's words are never the contributor's
    assert not any(decision in text for decision in DECISIONS)  # the meeting's decisions are the meeting's
    assert "only the turns of Horvat" in warnings[0] and all(n in warnings[0] for n in ("Lindqvist", "Petrovski"))


def test_the_chair_keeps_both_turns_and_nobody_elses(record) -> None:
    kept, _ = own_turns(record, "Eva Lindqvist", "Regional Council")
    text = _flat(kept)
    assert TURNS[0][1] in text and TURNS[4][1] in text
    assert not any(words in text for _, words in TURNS[1:4])


def test_the_bodys_own_minutes_keep_the_decisions_and_no_members_turn(record) -> None:
    kept, _ = own_turns(record, "Steering Group on Micro-credentials", "")
    text = _flat(kept)
    assert all(decision.split(": ")[-1] in text for decision in DECISIONS)
    assert not any(words in text for _, words in TURNS)
