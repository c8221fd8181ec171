"""Plain-text titles and a copied post's header: the title is a heading block's first line, never a post's author
line with its headline, nor a line of wrapped prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.text import TextReader

pytestmark = pytest.mark.unit

BODY = "Every course in the port should end with a test on the quay, set by the employers who will hire."


def _read(tmp_path: Path, text: str):
    path = tmp_path / "input.txt"
    path.write_text(text, encoding="utf-8")
    return TextReader().read(path)


def test_a_copied_posts_header_is_left_out_and_never_its_title(tmp_path: Path) -> None:
    post = "Marta Kowalska\nHead of Training at Gdynia Port Academy\n1w • Edited • 🌐\n\nWhat we told the drafters\n\n"
    result = _read(tmp_path, post + BODY + "\n")
    assert [p.text for p in result.passages] == ["What we told the drafters", BODY]
    assert result.properties.title == "What we told the drafters"
    assert any("post's header" in warning for warning in result.warnings)


def test_a_video_transcripts_title_is_its_first_line_over_the_channel_and_views(tmp_path: Path) -> None:
    head = "Port skills in two minutes: our answer to the call\nGdynia Port Academy\n2,045 views  Feb 3, 2026\n\n"
    assert _read(tmp_path, head + BODY + "\n").properties.title == "Port skills in two minutes: our answer to the call"


def test_wrapped_prose_and_a_first_paragraph_without_a_time_line_keep_their_reading(tmp_path: Path) -> None:
    # a short first paragraph is titled as before, by its whole (joined) text, never by its first line
    prose = "Our academy trains 400 dockers a year\nand most of them work for three firms.\n\n" + BODY
    assert _read(tmp_path, prose).properties.title == prose.split("\n\n")[0].replace("\n", " ")
    prose = "We ask for one thing,\nNamely a test on the quay.\n\n" + BODY  # the sentence goes on past its comma
    assert _read(tmp_path, prose).properties.title == "We ask for one thing, Namely a test on the quay."
    # a name and a role over the text, with no time line under them, are the text's own first paragraph
    signed = "Marta Kowalska\nHead of Training\n\n" + BODY
    result = _read(tmp_path, signed)
    assert result.passages[0].text == "Marta Kowalska Head of Training" and result.properties.title == "Marta Kowalska"
