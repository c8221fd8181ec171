"""Outlines saved as e-mails (.eml): questions in the message, plain or HTML, or the outline attached
(pipeline/drafting/outline_eml.py)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit


def _mail(path: Path, subject: str, text: str | None = None, html: str | None = None, attach=()) -> Path:
    message = EmailMessage()
    message["From"] = "Chair of the drafting group <chair@badges.example>"
    message["To"] = "drafters@badges.example"
    message["Subject"] = subject
    message.set_content(text or "Please see the attachment.")
    if html is not None:
        message.add_alternative(html, subtype="html")
    for name, data in attach:
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    path.write_bytes(bytes(message))
    return path


PLAIN = """Dear colleagues,

here are the sections and questions for the first drafting round.

Section 1: Place in the national system
Audience: policy makers
1.1 Should badges be given a level of the national qualifications framework?
1.2 Who should keep the register of badges?

Section 2: Assessment
Audience: providers
2.1 Who should assess the practical part of a badge?

Could I have your drafts by Friday?

Best regards,
Ana Lindqvist
Chair of the drafting group
"""


def test_questions_written_in_the_message(tmp_path):
    outline = load_outline(_mail(tmp_path / "outline.eml", "Fwd: Outline for the badge guidelines", PLAIN))
    assert outline.title == "Outline for the badge guidelines"
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        (
            "Place in the national system",
            "system",
            (
                "Should badges be given a level of the national qualifications framework?",
                "Who should keep the register of badges?",
            ),
        ),
        ("Assessment", "provider", ("Who should assess the practical part of a badge?",)),
    ]
    assert [s.id for s in outline.sections] == ["place-in-the-national-system", "assessment"]


CLOSING = """Hello all,

Part 1 - Teachers' workload
1.1 How many hours of marking should a week hold?
1.2 Who should plan the timetable of the
practical lessons?

Part 2 - Parents
2.1 How should parents hear of a pupil's results?

The minutes of the last meeting will follow on Monday. Would you please
tell me whether you can come to the school on 3 June?

Thanks,
Oskar
"""


def test_a_request_after_a_statement_closing_the_message_is_no_question(tmp_path):
    outline = load_outline(_mail(tmp_path / "school.eml", "Re: School handbook questions", CLOSING))
    assert [(s.title, s.questions) for s in outline.sections] == [
        (
            "Teachers' workload",
            (
                "How many hours of marking should a week hold?",
                "Who should plan the timetable of the practical lessons?",
            ),
        ),
        ("Parents", ("How should parents hear of a pupil's results?",)),
    ]


def test_a_paragraph_that_only_asks_the_matter_is_still_a_question(tmp_path):
    text = CLOSING.replace(
        "The minutes of the last meeting will follow on Monday. Would you please\n"
        "tell me whether you can come to the school on 3 June?",
        "Part 3 - Pupils\nTeachers mark all homework now. Should pupils mark\neach other's homework?",
    )
    outline = load_outline(_mail(tmp_path / "school.eml", "School handbook questions", text))
    assert outline.sections[-1].title == "Pupils"
    assert outline.sections[-1].questions == (
        "Teachers mark all homework now. Should pupils mark each other's homework?",
    )


def test_an_html_message_with_headings_and_numbered_questions(tmp_path):
    html = (
        "<html><body><p>Dear all,</p><p>the outline for the second round:</p>"
        "<h2>Recognition</h2><ol><li>Who should decide whether a badge counts towards a diploma?</li>"
        "<li>Should a badge from abroad be recognised as a national one?</li></ol>"
        "<h2>Funding</h2><ol><li>Who should pay for the assessment?</li></ol>"
        "<p>Kind regards,<br>Ana</p></body></html>"
    )
    outline = load_outline(_mail(tmp_path / "round2.eml", "Outline, second round", "(see the HTML part)", html))
    assert outline.title == "Outline, second round"
    assert [(s.title, s.questions) for s in outline.sections] == [
        (
            "Recognition",
            (
                "Who should decide whether a badge counts towards a diploma?",
                "Should a badge from abroad be recognised as a national one?",
            ),
        ),
        ("Funding", ("Who should pay for the assessment?",)),
    ]


def test_an_outline_attached_to_a_message_that_asks_nothing(tmp_path):
    attached = b"title: Badge guidelines\nsections:\n  - title: Funding\n    questions:\n      - Who should pay?\n"
    mail = _mail(tmp_path / "mail.eml", "Outline attached", "Dear all, the outline is attached.\nAna", attach=[
        ("outline.yaml", attached), ("minutes.xyz", b"not an outline")
    ])  # fmt: skip
    outline = load_outline(mail)
    assert outline.title == "Badge guidelines"
    assert [(s.title, s.questions) for s in outline.sections] == [("Funding", ("Who should pay?",))]


def test_a_message_without_questions_or_outline_is_refused_naming_the_file(tmp_path):
    mail = _mail(tmp_path / "note.eml", "Meeting", "Dear all, see you on Monday.\nAna")
    with pytest.raises(OutlineError, match=r"note\.eml: the e-mail's text asks no question .* 0 attached"):
        load_outline(mail)


def test_a_broken_attachment_is_named_with_the_message(tmp_path):
    mail = _mail(tmp_path / "mail.eml", "Outline", "Attached.", attach=[("outline.docx", b"not a zip")])
    with pytest.raises(OutlineError) as refused:
        load_outline(mail)
    message = str(refused.value)
    assert message.startswith(f"{tmp_path / 'mail.eml'}: attachment outline.docx")
    assert "/tmp/outline-" not in message
