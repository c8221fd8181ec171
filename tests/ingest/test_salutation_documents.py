"""A letter's salutation ("Dear colleagues,") in Word, OpenDocument, RTF, e-mail and PDF: left out as in plain text.

The Word, OpenDocument and RTF cases are written once as blocks and built in the three formats (the builders of
test_signature_documents), so the readers are held to one behaviour: the greeting opening the body goes, its
paragraph keeps its number so the others keep theirs, and a sentence that merely opens with "Dear", a greeting
below the body's first prose or a heading worded as a greeting stays.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.readers.eml import EmlReader
from ingest.readers.pdf import PdfReader
from tests.ingest.test_pdf_closing import BODY as PRINTED
from tests.ingest.test_pdf_closing import letter_pdf
from tests.ingest.test_signature_documents import BODY, BUILDERS, DEAR, LAST, SIGNATURE, Block

pytestmark = pytest.mark.unit

HEAD = ["Riga Adult Learning Centre", "12 May 2026"]
INVITED = "Dear members of the board are invited to send their figures on completion rates by the end of May."


@pytest.fixture(params=sorted(BUILDERS))
def read(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str, list[Block]], list[tuple[str, str]]]:
    """Build ``blocks`` as a .docx, an .odt or an .rtf and read them back as (location label, text) pairs."""
    build, reader = BUILDERS[request.param]
    return lambda name, blocks: [(x.location.label, x.text) for x in reader(build(tmp_path / name, blocks))]


def _texts(passages: list[tuple[str, str]]) -> list[str]:
    return [line for _, text in passages for line in text.split("\n")]


def test_the_salutation_opening_a_letter_is_left_out_and_the_others_keep_their_numbers(read) -> None:
    letter = read("letter", [*HEAD, DEAR, BODY, LAST, *SIGNATURE])
    assert _texts(letter) == [*HEAD, BODY, LAST]  # the closing and signature go too
    # the greeting was paragraph 3: the body's paragraphs are still 4 and 5, as an editor counts them in the file
    assert [label for label, _ in letter] == ["paragraphs 1-2", "paragraphs 4-5"]


def test_a_salutation_on_the_first_line_of_a_paragraph_leaves_the_rest_of_it(read) -> None:
    letter = read("joined", [f"{DEAR}\n{BODY}", LAST])
    assert _texts(letter) == [BODY, LAST]


def test_a_sentence_opening_with_dear_and_a_greeting_below_the_prose_stay(read) -> None:
    blocks = [INVITED, BODY, "Dear colleagues,", LAST]
    assert _texts(read("body", blocks)) == blocks


def test_a_heading_worded_as_a_greeting_is_a_heading(read) -> None:
    passages = read("heading", [("heading", "Dear Europe,"), BODY])
    assert passages[0][0].endswith("Dear Europe,") and _texts(passages) == [BODY]


def test_a_letter_after_a_letterhead_table_loses_its_salutation(read) -> None:
    passages = read("table", [("table", [["Ref.", "2026/14"], ["Date", "12 May 2026"]]), DEAR, BODY])
    assert DEAR not in "\n".join(_texts(passages)) and BODY in _texts(passages)


def _message(body: str, *, subtype: str = "plain") -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Anna Berzina <anna@example.lv>", "team@example.eu", "Our input"
    msg.set_content(body, subtype=subtype)
    return msg


def _eml(tmp_path: Path, msg: EmailMessage) -> list[tuple[str, str]]:
    path = tmp_path / "input.eml"
    path.write_bytes(bytes(msg))
    return [(p.location.label, p.text) for p in EmlReader().read(path).passages]


def test_each_message_of_a_forward_loses_its_salutation_and_keeps_its_paragraph_numbers(tmp_path: Path) -> None:
    body = (
        f"Hello everyone!\n\nPlease find the centre's view below.\n\n---------- Forwarded message ---------\n"
        f"From: Riga Adult Learning Centre\nDate: 1 March 2026\n\n{DEAR}\n\n{BODY}\n\n{INVITED}\n"
    )
    passages = _eml(tmp_path, _message(body))
    assert [text for _, text in passages] == ["Please find the centre's view below.", BODY, INVITED]
    assert [label for label, _ in passages] == ["paragraph 2", "paragraph 4", "paragraph 5"]


def test_an_html_message_loses_its_salutation_and_its_label_starts_after_it(tmp_path: Path) -> None:
    html = f"<html><body><p>{DEAR}</p><p>{BODY}</p><p>{INVITED}</p></body></html>"
    assert _eml(tmp_path, _message(html, subtype="html")) == [("paragraphs 2-3", f"{BODY}\n{INVITED}")]


def test_an_html_message_opening_with_its_text_is_unchanged(tmp_path: Path) -> None:
    html = f"<html><body><p>{INVITED}</p><p>Dear colleagues,</p><p>{BODY}</p></body></html>"
    assert _eml(tmp_path, _message(html, subtype="html")) == [
        ("paragraphs 1-3", f"{INVITED}\nDear colleagues,\n{BODY}")
    ]


def test_a_pdf_letter_loses_the_salutation_of_its_first_page_only(tmp_path: Path) -> None:
    # the greeting straight over the first paragraph, at the line spacing
    path = letter_pdf(tmp_path / "letter.pdf", [[*HEAD, DEAR, *PRINTED], [DEAR, PRINTED[1]]])
    text = [p.text for p in PdfReader().read(path).passages]
    assert text[0] == "\n".join([*HEAD, *(" ".join(lines) for lines in PRINTED)])
    assert text[1].startswith(f"{DEAR}\n")  # on a later page it opens no letter: text


def test_a_pdf_paragraph_opening_with_dear_is_kept(tmp_path: Path) -> None:
    invited = [
        "Dear colleagues of the working group are invited to send their figures on completion rates and",
        "on the number of learners by the end of May, so that the register can be checked against them.",
    ]
    path = letter_pdf(tmp_path / "report.pdf", [[invited, *PRINTED]])
    assert PdfReader().read(path).passages[0].text.startswith(" ".join(invited) + "\n")
