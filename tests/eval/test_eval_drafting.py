"""The drafting evaluation's figures, on small drafts built here: what a reader of the draft would count."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from eval.eval_drafting import flagged_by_check, score_gaps, score_off_topic, score_sentences
from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE
from pipeline.model import Gap, Paragraph, Sentence

ANSWERABLE = "How long do credits remain valid?"
UNANSWERABLE = "How long may a platform keep personal data?"
GOLD = {"questions": {"answerable": [ANSWERABLE], "unanswerable": [UNANSWERABLE]}}
LABELS = [
    {"question": ANSWERABLE, "label": "answers", "text": "Credits stay valid for seven years."},
    {"question": ANSWERABLE, "label": "on_topic", "text": "Credits are recorded in a register."},
]


def _draft(*paragraphs: tuple[str, list[str]]) -> dict[str, SimpleNamespace]:
    built = []
    for theme, quotes in paragraphs:
        lead = Sentence("Two contributors address this.", kind="summary")
        built.append(Paragraph((lead, *(Sentence(f"X writes: “{q}”", ("c1",), quote=q) for q in quotes)), theme))
    return {"s1": SimpleNamespace(paragraphs=built)}


@pytest.mark.unit
def test_a_question_answered_only_by_its_answer_is_not_off_topic():
    report = score_off_topic(_draft((ANSWERABLE, ["Credits stay valid for seven years."])), GOLD, LABELS)
    assert report["questions_with_sentences"] == 1
    assert report["answered_off_topic"] == 0 and report["unlabelled"] == []


@pytest.mark.unit
def test_a_sentence_that_shares_the_topic_makes_its_question_off_topic_once():
    quotes = ["Credits stay valid for seven years.", "Credits are recorded in a register."]
    report = score_off_topic(_draft((ANSWERABLE, quotes)), GOLD, LABELS)
    assert report["answered_off_topic"] == 1
    assert report["off_topic_questions"][ANSWERABLE] == ["on_topic: Credits are recorded in a register."]


@pytest.mark.unit
def test_any_sentence_kept_for_an_unanswerable_question_counts_and_unlabelled_ones_are_listed():
    report = score_off_topic(_draft((UNANSWERABLE, ["Data are kept on servers in the EU."])), GOLD, LABELS)
    assert report["answered_off_topic"] == 1
    assert report["unlabelled"] == [{"question": UNANSWERABLE, "text": "Data are kept on servers in the EU."}]


@pytest.mark.unit
def test_points_of_divergence_are_not_a_question():
    draft = _draft(("Points of divergence: minimum size", ["Credits are recorded in a register."]))
    assert score_off_topic(draft, GOLD, LABELS)["questions_with_sentences"] == 0


@pytest.mark.unit
def test_a_wrong_gap_whose_answer_is_quoted_elsewhere_is_named_and_still_counted():
    gaps = [
        Gap(ANSWERABLE, f"{ANSWERED_ELSEWHERE} (X: \u201cCredits stay valid for seven years.\u201d)"),
        Gap(UNANSWERABLE, f"{ANSWERED_ELSEWHERE} (X: \u201cData is kept for a year.\u201d)"),
    ]
    report = score_gaps({"s1": SimpleNamespace(gaps=gaps)}, GOLD)
    assert report["wrong_gaps"] == [ANSWERABLE]
    assert report["answerable_made_gaps"] == 1.0
    assert report["wrong_gaps_held_elsewhere"] == [ANSWERABLE]


@pytest.mark.unit
def test_a_wrong_gap_with_no_answer_anywhere_is_not_held_elsewhere():
    gaps = [Gap(ANSWERABLE, "no contribution answers this question: the closest passages share its topic")]
    report = score_gaps({"s1": SimpleNamespace(gaps=gaps)}, GOLD)
    assert report["wrong_gaps"] == [ANSWERABLE]
    assert report["wrong_gaps_held_elsewhere"] == []


# A panellist's workbook: the study team's statement stands on a quoted line, the panellist's comment is his own.
PANEL = (
    "> Statement: Badges should never expire.\nComment: I rate this low; a welding badge should lapse after four years."
)
SOURCES = {"c1": {"contributor": "Marek Horvat", "country": "Slovakia", "text": PANEL}}
WORKBOOK_GOLD = {
    "contributors": {"Marek Horvat": [{"words": "a welding badge should lapse after four years"}]},
    "countries": {"Marek Horvat": ["Slovakia"]},
    "others_words": {"Marek Horvat": ["Badges should never expire"]},
}


def _revision(*texts: str) -> dict[str, SimpleNamespace]:
    sentences = [Sentence(t, ("c1",), quote=t.split("“")[-1].rstrip("”.")) for t in texts]
    revision = SimpleNamespace(paragraphs=[Paragraph(tuple(sentences), "How long?")], sources=SOURCES)
    revision.sentences = lambda: sentences
    return {"s1": revision}


@pytest.mark.unit
def test_a_contributors_own_words_pass():
    draft = _revision("Marek Horvat (Slovakia): “a welding badge should lapse after four years”.")
    report = score_sentences(draft, WORKBOOK_GOLD, ["Marek Horvat"], ["Slovakia"])
    assert report["misattributed"] == [] and report["false_quotes"] == []


@pytest.mark.unit
def test_words_on_a_quoted_line_are_not_the_contributors_even_though_they_stand_in_the_passage():
    draft = _revision("Marek Horvat (Slovakia): “Badges should never expire”.")
    whys = [m["why"] for m in score_sentences(draft, WORKBOOK_GOLD, ["Marek Horvat"], ["Slovakia"])["misattributed"]]
    assert "Marek Horvat did not write it" in whys
    assert "someone else's words in Marek Horvat's name" in whys


@pytest.mark.unit
def test_someone_elses_words_count_when_the_sentence_only_cites_the_contributor():
    # the gold's others_words catch a reader that kept another author's row unquoted, named or not
    sources = {"c1": {"contributor": "Marek Horvat", "country": "Slovakia", "text": "Badges should never expire."}}
    draft = _revision("One contributor writes: “Badges should never expire”.")
    draft["s1"].sources = sources
    report = score_sentences(draft, WORKBOOK_GOLD, ["Marek Horvat"], ["Slovakia"])
    assert [m["why"] for m in report["misattributed"]] == ["someone else's words in Marek Horvat's name"]


@pytest.mark.unit
def test_sentences_the_check_flagged_as_misreporting_are_listed_and_others_are_not():
    kept = Sentence("Marek Horvat writes: “Badges lapse.”", ("c1",), flags=("weak_support",))
    quoted = Sentence("Marek Horvat writes: “Badges never expire.”", ("c1",), flags=("quoted_words",))
    wrong = Sentence("Ana Rus writes: “Badges lapse.”", ("c1",), flags=("misattributed: Ana Rus",))
    revision = SimpleNamespace(sentences=lambda: [kept, quoted, wrong])
    found = flagged_by_check({"s1": revision})
    assert [f["flags"] for f in found] == ["quoted_words", "misattributed: Ana Rus"]
