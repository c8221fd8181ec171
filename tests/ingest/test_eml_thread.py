"""E-mails that reach the team through other hands: only the contributor's own message is credited to them.

Each test builds its message in code, reads it as ingest does (the e-mail reader, then ingest.forwards with the
contributor the metadata sheet names) and checks what would be stored in the contributor's name.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.forwards import own_forwards
from ingest.readers import reader_for
from ingest.readers.eml_thread import MAX_DEPTH, is_forward_subject, messages

pytestmark = pytest.mark.unit

CONTRIBUTION = (
    "Every micro-credential should state its workload in hours as well as in ECTS credits.\n\n"
    "Recognition officers need the assessment method written on the certificate.\n"
)
OWN = CONTRIBUTION.strip().replace("\n\n", "\n")  # its two paragraphs, as kept


def save(tmp_path: Path, body: str, subject: str, sender: str = "Secretariat <secretariat@example.eu>") -> Path:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "drafting-team@example.eu"
    msg["Subject"] = subject
    msg.set_content(body)
    path = tmp_path / "input.eml"
    path.write_bytes(bytes(msg))
    return path


def credited(path: Path, contributor: str, organisation: str = "") -> tuple[str, list[str]]:
    """What ingest stores in the contributor's name, and the warnings on what it left out."""
    result = reader_for(path).read(path)
    kept, notes = own_forwards(result.passages, contributor, organisation, result.properties.author)
    return "\n".join(p.text for p in kept), notes


TWICE = (
    "Dear drafting team,\n\nPlease find below the contribution of Jan Novak, forwarded to us by the regional "
    "office. FYI.\n\nBest regards,\nSecretariat\n\n"
    "---------- Forwarded message ---------\nFrom: Regional Office Brno <office@brno.example.cz>\n"
    "Date: Mon, 2 Mar 2026 at 10:00\nSubject: Fwd: Input on micro-credentials\nTo: <secretariat@example.eu>\n\n"
    "Hello, passing this on as promised. We should all support this.\n\nPetra\n\n"
    "---------- Forwarded message ---------\nFrom: Jan Novak <jan.novak@example.cz>\n"
    "Date: Fri, 27 Feb 2026 at 16:05\nSubject: Input on micro-credentials\nTo: <office@brno.example.cz>\n\n"
    + CONTRIBUTION
    + "\nKind regards,\nJan Novak\n"
)


def test_a_message_forwarded_twice_credits_only_the_contributors_own_text(tmp_path: Path) -> None:
    path = save(tmp_path, TWICE, "Fwd: Fwd: Input on micro-credentials")
    text, notes = credited(path, "Jan Novak")
    assert text == OWN
    assert "Please find below" not in text and "passing this on" not in text
    assert notes == [
        "the forwarding note of Secretariat is left out: the forwarded message is Jan Novak's",
        "the forwarding note of Regional Office Brno is left out: the forwarded message is Jan Novak's",
    ]


def test_each_message_of_a_double_forward_names_its_author_and_the_messages_holding_it(tmp_path: Path) -> None:
    path = save(tmp_path, TWICE, "Fwd: Fwd: Input on micro-credentials")
    passages = reader_for(path).read(path).passages
    paths = {p.location.section_path for p in passages}
    assert paths == {
        (),
        ("Forwarded message from Regional Office Brno",),
        ("Forwarded message from Regional Office Brno", "Forwarded message from Jan Novak"),
    }
    assert not any("jan.novak@example.cz" in p.text or "Kind regards" in p.text for p in passages)


def test_when_no_message_names_the_contributor_no_forwarders_note_is_credited_to_them(tmp_path: Path) -> None:
    # the sheet names an organisation none of the senders is recognisably part of: the innermost message is the
    # contribution, the two covering notes are forwarders' words, and a warning asks to check the sheet
    path = save(tmp_path, TWICE, "Fwd: Fwd: Input on micro-credentials")
    text, notes = credited(path, "", "Moravian Chamber of Crafts")
    assert text == OWN
    assert any("innermost forwarded message (from Jan Novak)" in n and "check the metadata" in n for n in notes)


@pytest.mark.parametrize(
    "marker",
    [
        "-----Original Message-----\nFrom: Jan Novak [mailto:jan.novak@example.cz]\nSent: Friday, 27 February 2026"
        " 16:05\nTo: Secretariat\nSubject: Input on micro-credentials\n",
        "________________________________\nFrom: Jan Novak <jan.novak@example.cz>\nSent: 27 February 2026 16:05\n"
        "To: Secretariat <secretariat@example.eu>\nSubject: Input on micro-credentials\n",
        "Begin forwarded message:\n\n> From: Jan Novak <jan.novak@example.cz>\n> Subject: Input on micro-credentials"
        "\n> Date: 27 February 2026 at 16:05:00 CET\n> To: secretariat@example.eu\n>\n",
        "---------- Weitergeleitete Nachricht ---------\nVon: Jan Novak <jan.novak@example.cz>\nDatum: Fr., 27. Feb."
        " 2026 um 16:05\nBetreff: Input on micro-credentials\nAn: <secretariat@example.eu>\n\n",
        "-------- Message transféré --------\nSujet : Input\nDate : Fri, 27 Feb 2026 16:05\nDe : Jan Novak "
        "<jan.novak@example.cz>\nPour : secretariat@example.eu\n\n",
    ],
    ids=["outlook-original", "outlook-block", "apple-mail", "german", "french"],
)
def test_forwards_in_other_clients_keep_the_contributors_text_not_the_covering_note(
    tmp_path: Path, marker: str
) -> None:
    quoted = marker.startswith("Begin")
    contribution = "\n".join(f"> {line}" if quoted else line for line in CONTRIBUTION.split("\n"))
    body = "FYI, see the input below.\n\nSecretariat\n\n" + marker + contribution + "\n"
    path = save(tmp_path, body, "FW: Input on micro-credentials")
    text, notes = credited(path, "Jan Novak")
    assert text == OWN
    assert notes == ["the forwarding note of Secretariat is left out: the forwarded message is Jan Novak's"]


def test_a_secretariats_reply_over_the_contributors_quoted_message_is_not_theirs(tmp_path: Path) -> None:
    body = (
        "Thank you, we have logged your input as contribution 12 and will consider all of it.\n\n"
        "On Fri, 27 Feb 2026 at 16:05, Jan Novak <jan.novak@example.cz> wrote:\n"
        + "".join(f"> {line}\n" for line in CONTRIBUTION.split("\n"))
    )
    path = save(tmp_path, body, "Re: Input on micro-credentials")
    text, notes = credited(path, "Jan Novak")
    assert text == OWN
    assert notes == ["the forwarding note of Secretariat is left out: the forwarded message is Jan Novak's"]


def test_a_contributors_reply_keeps_their_answer_and_leaves_out_the_quoted_call(tmp_path: Path) -> None:
    body = (
        "Am 2. März 2026 um 10:00 schrieb Drafting team <team@example.eu>:\n"
        "> In our team the view is that no micro-credential should exceed 3 ECTS credits.\n\n" + CONTRIBUTION
    )
    path = save(tmp_path, body, "AW: call for input", sender="Jan Novak <jan.novak@example.cz>")
    text, notes = credited(path, "Jan Novak")
    assert text == OWN  # the answer below the quote (bottom-posting) is still the writer's
    assert notes == ["an earlier message of the thread from Drafting team is left out: it is not Jan Novak's own text"]


def test_an_outlook_block_under_a_reply_subject_is_history_and_one_under_fw_a_forward() -> None:
    body = "Our view is above.\n\nFrom: Drafting team\nSent: 2 March 2026\nSubject: call\n\nSend your views.\n"
    reply, _ = messages(body, "RE: call")
    forward, _ = messages(body, "WG: call")
    assert reply[-1].path == ("Earlier message from Drafting team",)
    assert forward[-1].path == ("Forwarded message from Drafting team",)
    forwards = ("Fwd: x", "TR: x", "Re: Fwd: x", "WG: x", "VL: x")
    others = ("Re: x", "AW: x", "Frage: x", "VS: x", "Input")  # "VS:" answers in Finnish, forwards in Danish
    assert [is_forward_subject(s) for s in forwards] == [True] * 5
    assert not any(is_forward_subject(s) for s in others)


def test_answers_between_quoted_lines_are_kept_and_the_quoted_lines_are_not() -> None:
    thread, quoted = messages("> Should credits be required?\nYes, 5 ECTS at least.\n", "Re: x")
    assert [(m.path, m.text) for m in thread] == [((), "Yes, 5 ECTS at least.")]
    assert quoted


@pytest.mark.integration
def test_ingesting_a_double_forward_stores_only_the_contributors_words_under_their_name(tmp_path: Path, minilm) -> None:
    from pipeline.index.workspace_index import Index
    from pipeline.workspace import Workspace
    from tests.conftest import make_settings

    folder = tmp_path / "mail"
    folder.mkdir()
    save(folder, TWICE, "Fwd: Fwd: Input on micro-credentials")
    (folder / "metadata.csv").write_text(
        "file,contributor,organisation,country\ninput.eml,Jan Novak,Moravian Chamber of Crafts,Czechia\n",
        encoding="utf-8",
    )
    settings = make_settings(tmp_path / "ws")
    with Index(settings, embedder=minilm) as index, Workspace(settings, index) as ws:
        outcomes, _ = ws.ingest_paths([folder], metadata=folder / "metadata.csv")
        (outcome,) = [o for o in outcomes if o.file == "input.eml"]
        assert outcome.status == "ingested"
        stored = " ".join(c.text for c in ws.index.manifest.all_chunks() if c.file == "input.eml")
    assert "workload in hours" in stored and "assessment method" in stored
    assert "Please find below" not in stored and "passing this on" not in stored
    assert any("forwarding note of Regional Office Brno is left out" in w for w in outcome.warnings)


def test_a_sentence_that_speaks_of_a_forwarded_message_is_the_writers_own() -> None:
    body = "Please see the forwarded message below\nWe support a register entry for every micro-credential.\n"
    thread, quoted = messages(body, "Our view")
    assert [(m.path, m.text) for m in thread] == [((), body.strip())]
    assert not quoted


def test_a_body_nesting_thousands_of_forwards_is_read_to_a_bounded_depth() -> None:
    body = "Our view.\n" + "---------- Forwarded message ---------\nFrom: X <x@example.eu>\n\nText.\n" * 3000
    thread, quoted = messages(body, "Fwd: x")
    assert thread[0].text == "Our view." and quoted
    assert max(len(m.path) for m in thread) == MAX_DEPTH


def test_a_long_inline_reply_reads_every_answer_without_exhausting_the_stack() -> None:
    body = "On Mon, 2 Mar 2026, Drafting team <team@example.eu> wrote:\n> Question?\nAnswer.\n" * 3000
    thread, _ = messages(body, "Re: x")
    assert sum(m.text.count("Answer.") for m in thread if not m.path) == 3000
    assert {m.path for m in thread} == {(), ("Earlier message from Drafting team",)}


def save_html(tmp_path: Path, html: str, subject: str, sender: str = "Secretariat <secretariat@example.eu>") -> Path:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "drafting-team@example.eu", subject
    msg.set_content(f"<html><body>{html}</body></html>", subtype="html")
    path = tmp_path / "input.eml"
    path.write_bytes(bytes(msg))
    return path


CONTRIBUTION_HTML = (
    "<p>Every micro-credential should state its workload in hours as well as in ECTS credits.</p>"
    "<p>Recognition officers need the assessment method written on the certificate.</p>"
)


@pytest.mark.parametrize(
    ("html", "subject"),
    [
        (  # Gmail: the forward's header lines set apart by <br>, the sender's name in bold
            "<div>FYI, please find below the input.</div><div class='gmail_quote'><div class='gmail_attr'>"
            "---------- Forwarded message ---------<br>From: <strong>Jan Novak</strong> &lt;jan.novak@example.cz&gt;"
            "<br>Date: Fri, 27 Feb 2026<br>Subject: Input<br>To: &lt;secretariat@example.eu&gt;<br></div><br>"
            f"{CONTRIBUTION_HTML}</div>",
            "Fwd: Input",
        ),
        (  # Apple Mail or Thunderbird: a reply quoting the contributor's message in a blockquote
            "<p>Thank you, logged as contribution 12.</p><p>On 27 Feb 2026, at 16:05, Jan Novak "
            f"&lt;jan.novak@example.cz&gt; wrote:</p><blockquote type='cite'>{CONTRIBUTION_HTML}</blockquote>",
            "Re: Input",
        ),
        (  # Outlook: a forward's header block in bold labels under a rule
            "<p>For the drafting team.</p><hr><div id='divRplyFwdMsg'><b>From:</b> Jan Novak "
            "&lt;jan.novak@example.cz&gt;<br><b>Sent:</b> Friday, 27 February 2026 16:05<br><b>To:</b> Secretariat"
            f"<br><b>Subject:</b> Input</div>{CONTRIBUTION_HTML}",
            "FW: Input",
        ),
    ],
    ids=["gmail-forward", "cite-reply", "outlook-forward"],
)
def test_an_html_e_mail_forwarding_or_quoting_the_contributor_credits_only_their_text(
    tmp_path: Path, html: str, subject: str
) -> None:
    text, notes = credited(save_html(tmp_path, html, subject), "Jan Novak")
    assert text == OWN
    assert notes == ["the forwarding note of Secretariat is left out: the forwarded message is Jan Novak's"]


def test_an_html_reply_keeps_the_senders_answer_without_the_quoted_call(tmp_path: Path) -> None:
    html = (
        f"{CONTRIBUTION_HTML}<div class='gmail_quote'><div class='gmail_attr'>On Mon, 2 Mar 2026 at 10:00, Drafting "
        "team &lt;team@example.eu&gt; wrote:<br></div><blockquote class='gmail_quote'><p>In our view no "
        "micro-credential should exceed 3 ECTS credits.</p></blockquote></div>"
    )
    path = save_html(tmp_path, html, "Re: call", sender="Jan Novak <jan.novak@example.cz>")
    text, notes = credited(path, "Jan Novak")
    assert text == OWN
    assert notes == ["an earlier message of the thread from Drafting team is left out: it is not Jan Novak's own text"]


CALL = "> Dear colleagues, please send us your views on micro-credentials by 10 March.\n"


def test_a_reply_from_a_sender_the_sheet_does_not_name_is_the_contributors_answer(tmp_path: Path) -> None:
    # the sheet gives the file to a ministry; a staff member sent the answer: the body is the ministry's input, as
    # the sheet says, and the call it answers (the drafting team's words) is left out
    body = CONTRIBUTION + "\nOn Mon, 2 Mar 2026 at 10:00, Drafting team <team@example.eu> wrote:\n" + CALL
    path = save(tmp_path, body, "Re: call for input", sender="Petra Dvorak <petra.dvorak@msmt.example.cz>")
    text, notes = credited(path, "", "Ministry of Education")
    assert text == OWN
    assert notes == [
        "an earlier message of the thread from Drafting team is left out: it is not Ministry of Education's own text"
    ]


def test_an_unnamed_senders_own_input_over_a_forward_is_kept_and_the_forward_left_out(tmp_path: Path) -> None:
    # a ministry official writes the ministry's input and passes on a regional office's message below it: the
    # input is the ministry's, the office's message someone else's words
    body = (
        CONTRIBUTION + "\n---------- Forwarded message ---------\nFrom: Regional Office Brno <office@brno.example.cz>\n"
        "Date: Mon, 2 Mar 2026 at 10:00\nSubject: Fees\n\n"
        "In our region, fees for short courses should be capped at 50 euros.\n"
    )
    path = save(tmp_path, body, "Fwd: Fees", sender="Petra Dvorak <petra.dvorak@msmt.example.cz>")
    text, notes = credited(path, "", "Ministry of Education")
    assert text == OWN
    assert "capped at 50 euros" not in text
    assert notes[0].startswith("a forwarded message from Regional Office Brno is left out")


@pytest.mark.parametrize(
    "note",
    [
        "",
        "Please find below the input from our member.",
        "FYI, passing this on from the regional office.",
        "I am forwarding the message below, as agreed.",
        "Veuillez trouver ci-dessous la contribution.",
        "Anbei die weitergeleitete Stellungnahme.",
    ],
    ids=["empty", "please-find", "fyi", "forwarding", "french", "german"],
)
def test_a_plain_covering_note_over_a_forward_gives_way_to_the_forwarded_message(tmp_path: Path, note: str) -> None:
    body = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: Jan Novak <jan.novak@example.cz>\n"
        "Date: Fri, 27 Feb 2026 at 16:05\nSubject: Input\n\n" + CONTRIBUTION
    )
    path = save(tmp_path, body, "Fwd: Input")
    text, notes = credited(path, "", "Moravian Chamber of Crafts")
    assert text == OWN
    assert any("innermost forwarded message (from Jan Novak)" in n for n in notes)


@pytest.mark.parametrize(
    ("header_name", "sheet_name"),
    [("José Müller", "Jose Muller"), ("Jose Muller", "José Müller"), ("ŁUKASZ WÓJCIK", "Łukasz Wójcik")],
)
def test_the_contributor_is_found_in_a_forward_header_without_accents_and_case(
    tmp_path: Path, header_name: str, sheet_name: str
) -> None:
    body = (
        "FYI, see the input below.\n\nSecretariat\n\n---------- Forwarded message ---------\n"
        f"From: {header_name} <jm@example.es>\nDate: Fri, 27 Feb 2026 at 16:05\nSubject: Input\n\n" + CONTRIBUTION
    )
    path = save(tmp_path, body, "Fwd: Input")
    text, notes = credited(path, sheet_name)
    assert text == OWN
    assert notes == [f"the forwarding note of Secretariat is left out: the forwarded message is {sheet_name}'s"]


QUOTATION = "<blockquote><p>Learning outcomes shall be written so that they can be assessed.</p></blockquote>"


def test_a_quotation_the_writer_put_in_their_own_html_text_is_kept_as_a_quotation(tmp_path: Path) -> None:
    html = (
        "<p>Every micro-credential should state its workload in hours as well as in ECTS credits.</p>"
        f"<p>Our law already says:</p>{QUOTATION}"
        "<p>Recognition officers need the assessment method written on the certificate.</p>"
    )
    path = save_html(tmp_path, html, "Input", sender="Jan Novak <jan.novak@example.cz>")
    result = reader_for(path).read(path)
    text, notes = credited(path, "Jan Novak")
    assert text.split("\n") == [
        "Every micro-credential should state its workload in hours as well as in ECTS credits.",
        "Our law already says:",
        "> Learning outcomes shall be written so that they can be assessed.",  # kept, marked as someone's words
        "Recognition officers need the assessment method written on the certificate.",
    ]
    assert notes == [] and not any("quoted" in w for w in result.warnings)


@pytest.mark.parametrize(
    "history",
    [
        "<p>On Mon, 2 Mar 2026 at 10:00, Drafting team &lt;team@example.eu&gt; wrote:</p>"
        "<blockquote><p>In our view no micro-credential should exceed 3 ECTS credits.</p></blockquote>",
        "<blockquote type='cite'><p>In our view no micro-credential should exceed 3 ECTS credits.</p></blockquote>",
        "<blockquote cite='mid:123@example.eu'><p>In our view no micro-credential should exceed 3 ECTS credits."
        "</p></blockquote>",
        "<blockquote><div>From: Drafting team &lt;team@example.eu&gt;<br>Sent: Monday, 2 March 2026 10:00<br>"
        "Subject: call</div><p>In our view no micro-credential should exceed 3 ECTS credits.</p></blockquote>",
    ],
    ids=["wrote-line", "type-cite", "cite-address", "header-inside"],
)
def test_a_blockquote_quoting_an_earlier_message_is_left_out(tmp_path: Path, history: str) -> None:
    path = save_html(tmp_path, CONTRIBUTION_HTML + history, "Re: call", sender="Jan Novak <jan.novak@example.cz>")
    text, _ = credited(path, "Jan Novak")
    assert text == OWN
    assert "3 ECTS" not in text


@pytest.mark.parametrize(
    "receipt",
    [
        "Thanks, received.",
        "Noted with thanks",
        "Dear Jan,\n\nMany thanks, well received.\n\nBest regards,\nPetra",
        "Merci, bien reçu.",
        "Danke, erhalten.",
    ],
    ids=["thanks-received", "noted", "greeting-and-name", "french", "german"],
)
def test_a_bare_receipt_over_a_quoted_input_gives_way_to_the_input(tmp_path: Path, receipt: str) -> None:
    # the secretariat acknowledged the input and the reply was filed; neither the sender nor the quoted author is
    # the sheet's contributor (an organisation): the quoted input is theirs, the receipt nobody's view
    body = f"{receipt}\n\nOn Fri, 27 Feb 2026 at 16:05, Jan Novak <jan.novak@example.cz> wrote:\n" + "".join(
        f"> {line}\n" for line in CONTRIBUTION.splitlines()
    )
    path = save(tmp_path, body, "Re: Input on micro-credentials")
    text, notes = credited(path, "", "Moravian Chamber of Crafts")
    assert text == OWN
    assert any(
        n.startswith("the quoted message (from Jan Novak) is read as Moravian Chamber of Crafts's contribution")
        for n in notes
    )


@pytest.mark.parametrize(
    "reply",
    [
        "Thanks, but we disagree: fees should not be capped.",
        "Thank you. Our chamber recommends that every course lists its assessment method.",
    ],
    ids=["thanks-with-a-view", "thanks-then-input"],
)
def test_a_reply_that_thanks_and_says_more_keeps_its_own_text(tmp_path: Path, reply: str) -> None:
    quoted = "".join(f"> {line}\n" for line in OWN.splitlines())
    body = f"{reply}\n\nOn Fri, 27 Feb 2026 at 16:05, Jan Novak <jan.novak@example.cz> wrote:\n{quoted}"
    path = save(tmp_path, body, "Re: Input on micro-credentials")
    text, _ = credited(path, "", "Moravian Chamber of Crafts")
    assert text == reply


def test_a_receipt_keeps_the_message_it_answers_not_the_call_that_one_quotes(tmp_path: Path) -> None:
    answer = "".join(f"> {line}\n" for line in CONTRIBUTION.splitlines())
    body = (
        "Thanks, received.\n\nOn Fri, 27 Feb 2026 at 16:05, Jan Novak <jan.novak@example.cz> wrote:\n"
        + answer
        + "> On Mon, 2 Feb 2026 at 09:00, Drafting team <team@example.eu> wrote:\n"
        + ">> Please send us your views on the workload of micro-credentials.\n"
    )
    path = save(tmp_path, body, "Re: Re: call for input")
    text, _ = credited(path, "", "Moravian Chamber of Crafts")
    assert text == OWN
