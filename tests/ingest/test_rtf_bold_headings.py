"""An RTF typed with bold headings and no heading styles: its short bold paragraphs are its headings
(ingest.readers.rtf_groups.bold_headings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.rtf import RtfReader

pytestmark = pytest.mark.unit

BOLD = r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}
\pard\b Summary\b0\par
\pard Short courses should end with an assessment.\par
\pard\b 1. Who pays?\b0\par
\pard 1.1 Employers should pay for the courses their staff need.\par
\pard\b 1.2 Public money\b0\par
\pard Public money should go to learners out of work.\par
\pard\b We insist on this point.\b0\par
\pard The rest follows from it.\par
}"""


def _read(tmp_path: Path, text: str) -> list[tuple[tuple[str, ...], str]]:
    path = tmp_path / "evidence.rtf"
    path.write_text(text, encoding="ascii")
    return [(p.location.section_path, p.text) for p in RtfReader().read(path).passages]


def test_short_bold_paragraphs_head_the_text_under_them(tmp_path: Path) -> None:
    read = _read(tmp_path, BOLD)
    assert any(path[-1].endswith("Summary") and text.startswith("Short courses") for path, text in read)
    assert any(path[-1] == "1. Who pays?" and "Employers should pay" in text for path, text in read)
    assert any(path[-1] == "1.2 Public money" and "learners out of work" in text for path, text in read)
    # a bold sentence is emphasis, not a heading
    assert any("We insist on this point." in text for _, text in read)


def test_a_document_with_heading_styles_keeps_them_alone(tmp_path: Path) -> None:
    styled = BOLD.replace(r"\pard\b Summary\b0\par", r"\pard\outlinelevel0 Summary\par")
    read = _read(tmp_path, styled)
    assert any("1. Who pays?" in text for _, text in read)  # bold stays text where headings are styled
