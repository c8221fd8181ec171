"""Transcripts: only the contributor's own turns are read as their words (ingest.turns)."""

from __future__ import annotations

import pytest

from ingest.model import Location, Passage
from ingest.turns import is_own, own_turns

pytestmark = pytest.mark.unit


def passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


HEARING = passages(
    "Hearing on micro-credentials, 12 March 2026",
    "Chair: Welcome. The ministry proposes that every micro-credential carry at least 5 ECTS.",
    "Ms Horvat (Student Union): We think a minimum of 5 ECTS would shut out short workplace courses.",
    "Students should be able to stack credentials of 1 or 2 ECTS.",
    "Mr Petrov (Ministry): The register cannot list credentials below 3 ECTS.",
    "Chair: Thank you both. Ms Horvat: Our members want the register to show every credential.",
)


def texts(kept: list[Passage]) -> str:
    return "\n".join(p.text for p in kept)


def test_a_hearing_keeps_the_contributors_turns_and_front_matter_and_drops_the_others():
    kept, warnings = own_turns(HEARING, "Ana Horvat", "Student Union")
    text = texts(kept)
    assert "Hearing on micro-credentials" in text  # the document's own heading
    assert "shut out short workplace courses" in text
    assert "stack credentials of 1 or 2 ECTS" in text  # her turn goes on in the next paragraph
    assert "Our members want the register" in text  # a turn that starts after a sentence's end
    assert "ministry proposes" not in text and "cannot list credentials below 3 ECTS" not in text
    assert "Thank you both" not in text
    assert len(warnings) == 1 and "Chair" in warnings[0] and "Mr Petrov (Ministry)" in warnings[0]
    # what is kept stays word for word and at its location
    assert {p.location.label for p in kept} == {"paragraph 1", "paragraph 3", "paragraph 4", "paragraph 6"}


def test_an_organisation_as_contributor_keeps_the_turns_of_its_speaker():
    kept, _ = own_turns(HEARING, "Student Union", "Student Union")
    assert "shut out short workplace courses" in texts(kept)
    assert "ministry proposes" not in texts(kept)


def test_no_speaker_matching_the_contributor_keeps_no_turn():
    kept, warnings = own_turns(HEARING, "Ivo Kranjc", "Chamber of Crafts")
    assert texts(kept) == "Hearing on micro-credentials, 12 March 2026"
    assert "do not include Ivo Kranjc" in warnings[0]


def test_an_interview_keeps_the_respondents_answers():
    kept, _ = own_turns(
        passages(
            "Interviewer: Many providers find the fees too high.",
            "Respondent: Fees for external review should be capped at 800 euros per unit.",
            "Interviewer: And recognition abroad?",
            "Respondent: Recognition abroad depends on the learning outcomes being written down.",
        ),
        "Nadia Karimova",
        "Open Skills Platform",
    )
    assert "capped at 800 euros" in texts(kept) and "depends on the learning outcomes" in texts(kept)
    assert "fees too high" not in texts(kept)


@pytest.mark.parametrize(
    "brief",
    [
        passages(
            "Main message: micro-credentials need quality assurance.",
            "Recommendation 1: Register every credential.",
            "Recommendation 2: Publish the learning outcomes.",
            "Background: Ten providers issue them today.",
        ),
        passages(
            "Question 1: Should micro-credentials be levelled?",
            "Answer: Yes, on the same terms as other qualifications.",
            "Question 2: Who should issue them?",
            "Answer: Accredited providers and employers with a quality label.",
        ),
        passages("Note: the figures are from 2024. Costs: 300 euros. Duration: 6 weeks. Key point: fees vary."),
    ],
)
def test_labels_of_a_brief_or_a_consultation_form_are_not_speakers(brief):
    kept, warnings = own_turns(brief, "Ana Horvat", "Student Union")
    assert kept == brief and warnings == []


def test_named_speakers_without_titles_count_when_they_take_turns():
    kept, _ = own_turns(
        passages(
            "Ana Horvat: Short courses need a place in the register.",
            "Marko Ilic: The register should only list credentials of 3 ECTS or more.",
            "Ana Horvat: Then most workplace courses would be left out.",
        ),
        "Marko Ilic",
        "",
    )
    assert texts(kept) == "Marko Ilic: The register should only list credentials of 3 ECTS or more."


def test_a_brief_quoting_a_few_people_among_its_own_paragraphs_is_no_transcript():
    own = [f"Our association asks for a register entry for every credential, point {k}." for k in range(12)]
    brief = passages(
        "Minister Novak: We will fund short courses for adults from next year.",
        *own[:4],
        "Commissioner Berg: Europe needs a common format for credentials.",
        *own[4:8],
        "Minister Novak: Quality comes first.",
        *own[8:],
    )
    kept, warnings = own_turns(brief, "Ana Horvat", "Adult Learning Association")
    assert kept == brief and warnings == []


# the contributor speaks last; what the record adds after her turn is not her words
CLOSING = passages(
    "Hearing on micro-credentials, 12 March 2026",
    "Chair: Welcome. The ministry proposes that every micro-credential carry at least 5 ECTS.",
    "Mr Petrov (Ministry): The register cannot list credentials below 3 ECTS.",
    "Ms Horvat (Student Union): We think a minimum of 5 ECTS would shut out short workplace courses.",
    "Students should be able to stack credentials of 1 or 2 ECTS.",
)


@pytest.mark.parametrize(
    ("end_matter", "named"),
    [
        (
            ["Annex: list of participants", "Marko Ilic, Ministry of Education", "Ivo Kranjc, Chamber of Crafts"],
            "annex",
        ),
        (["Written submission attached:", "The union asks that every credential of 1 ECTS be registered."], "annex"),
        (["APPENDIX 2", "Fees charged by the ten largest providers in 2025 ranged from 40 to 900 euros."], "annex"),
        (["END OF TRANSCRIPT", "Certified true record of the proceedings, the hearing clerk."], "end matter"),
        (["[end of hearing]", "The committee thanks all participants for their time."], "end matter"),
        (["The hearing was adjourned at 12:30.", "Next hearing: 3 April, on funding."], "end matter"),
        (["List of participants", "Ms Horvat (Student Union), Mr Petrov (Ministry), Dr Novak (Chair)"], "end matter"),
        (["Transcribed by Ivana Lukic, Parliamentary Services, who takes responsibility for errors."], "end matter"),
        (["Closing remarks", "Every participant agreed that the register should list all credentials."], "end matter"),
    ],
)
def test_text_after_the_last_turn_that_is_not_speech_is_nobodys(end_matter, named):
    kept, warnings = own_turns([*CLOSING, *passages(*end_matter)], "Ana Horvat", "Student Union")
    text = texts(kept)
    assert "shut out short workplace courses" in text and "stack credentials of 1 or 2 ECTS" in text
    for line in end_matter:
        assert line not in text
    assert len(warnings) == 1 and named in warnings[0] and "nobody's turn" in warnings[0]


def test_end_matter_inside_the_last_passage_is_cut_at_its_line():
    # a reader that keeps a section in one passage: the annex line stands inside the speaker's passage
    last = "Ms Horvat (Student Union): Short courses belong in the register.\nAnnex 1 Participants\nAna Horvat"
    kept, _ = own_turns([*CLOSING[:3], *passages(last)], "Ana Horvat", "Student Union")
    assert texts(kept).endswith("Short courses belong in the register.")
    assert "Participants" not in texts(kept)


def test_a_heading_between_turns_ends_a_turn_and_the_next_label_opens_one():
    kept, warnings = own_turns(
        [
            *CLOSING,
            *passages(
                "Session 2: Recognition",
                "The second session was chaired by the vice-president of the committee.",
                "Chair: Who should recognise credentials from abroad?",
                "Ms Horvat (Student Union): Universities, on the basis of the learning outcomes.",
            ),
        ],
        "Ana Horvat",
        "Student Union",
    )
    text = texts(kept)
    assert "chaired by the vice-president" not in text and "Session 2" not in text
    assert "Universities, on the basis of the learning outcomes." in text
    assert "Who should recognise" not in text
    assert "end matter" in warnings[0] and "Chair" in warnings[0]


def test_a_section_or_a_table_after_a_turn_ends_it():
    heading = Location("section 2 Participants", section="2 Participants", section_path=("2 Participants",))
    table = Location("table 1", table=1)
    for location in (heading, table):
        annex = Passage("Ana Horvat | Student Union\nIvo Kranjc | Chamber of Crafts", location)
        kept, warnings = own_turns([*CLOSING, annex], "Ana Horvat", "Student Union")
        assert "Chamber of Crafts" not in texts(kept) and "stack credentials" in texts(kept)
        assert "end matter" in warnings[0]


def test_stage_directions_and_speech_that_mentions_an_annex_stay_in_the_turn():
    kept, warnings = own_turns(
        [
            *CLOSING,
            *passages(
                "[laughter]",
                "Annex II of the regulation already lists the learning outcomes we need.",
                "Page 3 of 4",
                "That is why we ask for a register entry for every credential.",
            ),
        ],
        "Ana Horvat",
        "Student Union",
    )
    text = texts(kept)
    assert "Annex II of the regulation already lists" in text
    assert "register entry for every credential" in text
    assert "nobody's turn" not in warnings[0]


def test_front_matter_with_a_list_of_attendees_stays_the_documents_own():
    front = passages("Minutes of the hearing", "Present: Ms Horvat, Mr Petrov, Dr Novak (Chair)")
    kept, _ = own_turns([*front, *CLOSING[1:]], "Ana Horvat", "Student Union")
    assert "Present: Ms Horvat, Mr Petrov" in texts(kept)


def test_a_long_list_of_participants_after_the_turns_does_not_hide_the_transcript():
    attendees = [f"Participant number {k} from a provider of adult learning in the region" for k in range(30)]
    kept, warnings = own_turns(
        [*CLOSING, *passages("Annex: list of participants", *attendees)], "Ana Horvat", "Student Union"
    )
    assert "ministry proposes" not in texts(kept) and "adult learning in the region" not in texts(kept)
    assert "annex" in warnings[0]


@pytest.mark.integration
def test_a_word_transcript_with_an_annex_heading_keeps_only_the_turn(tmp_path):
    import docx

    from ingest.readers.docx import DocxReader

    document = docx.Document()
    document.add_paragraph("Hearing on micro-credentials")
    for line in (
        "Chair: Welcome. The ministry proposes that every micro-credential carry at least 5 ECTS.",
        "Mr Petrov (Ministry): The register cannot list credentials below 3 ECTS.",
        "Ms Horvat (Student Union): We think a minimum of 5 ECTS would shut out short workplace courses.",
    ):
        document.add_paragraph(line)
    document.add_heading("Written statement of the ministry", level=1)
    document.add_paragraph("The ministry will fund only credentials of 5 ECTS or more.")
    path = tmp_path / "hearing.docx"
    document.save(path)
    kept, _ = own_turns(DocxReader().read(path).passages, "Ana Horvat", "Student Union")
    assert "shut out short workplace courses" in texts(kept)
    assert "fund only credentials of 5 ECTS" not in texts(kept)


def test_a_label_on_a_line_of_its_own_opens_the_turn_below_it():
    record = passages(
        "Hearing on micro-credentials, 12 March 2026",
        "Chair: Who should issue micro-credentials?",
        "Ms Horvat (Student Union):",  # the label alone, the answer in the next paragraph
        "Accredited providers only",
        "Chair: And employers?",
        "Mr Petrov (Ministry):\nEmployers with a quality label",
        "Chair: Thank you. We will publish the record next week.",
    )
    kept, _ = own_turns(record, "Chair", "")
    assert "Accredited providers only" not in texts(kept)  # her answer, not the chair's
    assert "Employers with a quality label" not in texts(kept)
    assert "We will publish the record next week" in texts(kept)
    kept, _ = own_turns(record, "Ana Horvat", "Student Union")
    assert "Accredited providers only" in texts(kept)  # a short line under a label is speech, not a heading
    kept, _ = own_turns(record, "Ivan Petrov", "Ministry")
    assert "Employers with a quality label" in texts(kept)


def test_the_items_of_a_list_a_speaker_announces_stay_in_the_turn_but_an_annex_still_ends_it():
    turn = (
        "Ms Horvat (Student Union): Our members ask for three things:\n"
        "Registration of all short courses\n"
        "Learning outcomes in plain language\n"
        "A fee cap for learners\n"
        "That is all from us, thank you."
    )
    kept, _ = own_turns([*CLOSING[:3], *passages(turn, "Annex 1", "Register of providers")], "Ana Horvat", "")
    text = texts(kept)
    for item in ("Registration of all short courses", "A fee cap for learners", "That is all from us"):
        assert item in text
    assert "Register of providers" not in text


def test_an_interview_with_time_stamps_keeps_the_answers_and_drops_the_questions():
    kept, warnings = own_turns(
        passages(
            "Interview with a provider, 4 May 2026",
            "[00:00:12] Interviewer: Many say six weeks is too long for a micro-credential.",
            "[00:00:20] Respondent: Most of ours run for six weeks, two evenings a week.",
            "[00:01:02] Interviewer: Who assesses them, in your view, should it be the trainers?",
            "[00:01:10] Respondent: Our own trainers, with an external moderator once a year.",
            "[Recording ends]",
            "Interview notes typed up by the research assistant on the following day.",
        ),
        "Nadia Karimova",
        "Open Skills Platform",
    )
    text = texts(kept)
    assert "two evenings a week" in text and "external moderator once a year" in text
    assert "too long" not in text and "should it be the trainers" not in text
    assert "typed up by the research assistant" not in text
    assert "Interviewer" in warnings[0] and "end matter" in warnings[0]


def test_interview_notes_written_q_and_a_keep_only_the_answers():
    notes = passages(
        "Interview with the regional agency, 4 May 2026",
        "Q: Some ministries say fees should be capped at 50 euros. Do you agree?",
        "A: No. Fees should be set by each provider, because costs differ from one region to the next.",
        "Q: The employers we met want every credential to expire after five years. What is your view?",
        "A: A micro-credential should never expire; the date of issue tells an employer how recent it is.",
    )
    kept, warnings = own_turns(notes, "Ilona Varga", "Regional Development Agency")
    assert "Fees should be set by each provider" in texts(kept) and "should never expire" in texts(kept)
    assert "capped at 50 euros" not in texts(kept) and "expire after five years" not in texts(kept)
    assert "Interview with the regional agency" in texts(kept)  # the document's own front matter
    assert warnings and "Q" in warnings[0]


@pytest.mark.unit
def test_the_warning_names_the_contributor_once_when_the_label_already_does():
    from ingest.turns import _warning

    named = _warning("Aliya Serikbayeva", {"Aliya Serikbayeva (Pavlodar Agency)"}, {"Chair": None}, {})
    assert named.startswith("a transcript: only the turns of Aliya Serikbayeva (Pavlodar Agency) are read;")
    assert _warning("Ana Horvat", {"Ms Horvat (Student Union)"}, {}, {}).endswith("(Ana Horvat) are read")


WEBINAR = (
    "Webinar on micro-credentials in aviation, 4 March 2026\n\n"
    "[00:00:05] Lukas Berger: Welcome everyone. Today we talk with the pilots' union about short courses.\n"
    "[00:00:40] Lukas Berger: Some people say micro-credentials should expire after two years. What is your view?\n"
    "[00:01:10] Aigul Sarsenova: A refresher micro-credential should stay valid for five years.\n"
    "[00:02:05] Aigul Sarsenova: Airlines must pay for the refresher courses their pilots take.\n"
    "[00:03:00] Lukas Berger: Thank you. Any last word?\n"
    "[00:03:20] Aigul Sarsenova: Assessment should always take place in a full flight simulator.\n"
)


@pytest.mark.parametrize("stamped", [True, False], ids=["time stamps", "no time stamps"])
def test_a_transcript_exported_a_turn_per_line_keeps_only_the_contributors_turns(tmp_path, stamped):
    import re

    from ingest.readers.text import TextReader

    path = tmp_path / "webinar.txt"
    path.write_text(WEBINAR if stamped else re.sub(r"(?m)^\[[\d:]+\] ", "", WEBINAR), encoding="utf-8")
    kept, warnings = own_turns(TextReader().read(path).passages, "Aigul Sarsenova", "Pilots' Union")
    text = texts(kept)
    # the host's question puts someone else's view ("expire after two years"): never the guest's words
    assert "expire after two years" not in text and "Welcome everyone" not in text
    assert "stay valid for five years" in text and "full flight simulator" in text
    assert "[00:" not in text  # the time stamps are the record's
    assert any("Lukas Berger" in w for w in warnings)


def test_a_paragraph_that_wraps_onto_a_line_opening_with_capitals_and_a_colon_is_still_one_paragraph(tmp_path):
    from ingest.readers.text import TextReader

    path = tmp_path / "brief.txt"
    path.write_text(
        "Our union has trained pilots since 1994 and follows the guidance of the\n"
        "European Commission: micro-credentials should be stackable.\n",
        encoding="utf-8",
    )
    (passage,) = TextReader().read(path).passages
    assert "\n" not in passage.text  # one line in a paragraph: soft wraps are joined


@pytest.mark.unit
@pytest.mark.parametrize(
    ("label", "contributor"),
    [("Ms Müller (Union)", "Anna Muller"), ("Mr Jose Garcia", "José García"), ("Dr. ŠTEFAN KOVÁČ", "Stefan Kovac")],
)
def test_a_speaker_is_the_contributor_with_or_without_accents_and_case(label, contributor):
    assert is_own(label, contributor, "", set())
    assert not is_own(label, "Ana Horvat", "", set())


@pytest.mark.unit
@pytest.mark.parametrize(
    ("label", "contributor"),
    [
        ("Prof. dr hab. Nowak", "prof. dr hab. Jan Nowak"),
        ("Dr Kowalczyk (UW)", "dr hab. Anna Kowalczyk, prof. UW"),
        ("mgr inż. Nowak", "Anna Nowak"),
        ("Dipl.-Ing. Weber", "Prof. Dr. Hans Weber"),
        ("Ing. Petr Novák", "Novák, Ing. Petr"),
    ],
)
def test_a_speaker_is_matched_by_the_name_without_titles(label, contributor):
    assert is_own(label, contributor, "", set())


@pytest.mark.unit
@pytest.mark.parametrize(
    ("label", "contributor"),
    [
        # a title or a post-nominal's university is no surname of the contributor's
        ("UW", "dr hab. Anna Kowalczyk, prof. UW"),
        ("Hab", "dr hab. Anna Kowalczyk"),
        # nor is a given name written after the surname
        ("Jan Lis", "Nowak, Jan, dr"),
        ("Mgr Kowalska", "mgr inż. Anna Nowak"),
    ],
)
def test_a_title_is_never_taken_for_the_contributors_name(label, contributor):
    assert not is_own(label, contributor, "", set())


def test_a_hearing_keeps_the_turns_of_a_contributor_written_with_titles():
    hearing = passages(
        "Chair: Welcome to the hearing on micro-credentials.",
        "Prof. dr hab. Nowak (UW): Universities should register every micro-credential they issue.",
        "Dr Lis (Ministry): The register is for qualifications only.",
        "Chair: Thank you. Prof. dr hab. Nowak: Then the register must change.",
    )
    kept, _ = own_turns(hearing, "prof. dr hab. Jan Nowak", "")
    text = texts(kept)
    assert "Universities should register" in text and "Then the register must change" in text
    assert "qualifications only" not in text and "Welcome" not in text


@pytest.mark.unit
@pytest.mark.parametrize(
    ("label", "contributor", "own"),
    [
        ("Marko Horvat", "Ana Horvat", False),
        ("M. Horvat", "Ana Horvat", False),
        ("A. Horvat", "Ana Horvat", True),
        ("Horvat", "Ana Horvat", True),
        ("Ana Horvat", "A. Horvat", True),
    ],
)
def test_a_speaker_sharing_the_contributors_surname_under_another_given_name_is_someone_else(label, contributor, own):
    assert is_own(label, contributor, "", set()) is own
