"""Lead sentences built from counts, and what an LLM draft's own summaries and counts are checked against."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.lead import (
    count_claims,
    miscounts,
    names_in,
    open_llm_draft,
    recount_accepted_leads,
    settle_llm_leads,
)
from pipeline.model import DraftResult, Paragraph, Sentence

SOURCES = {
    "ge": {"contributor": "Nino Beridze", "country": "Georgia", "region": "partner", "text": "We list them apart."},
    "ie": {"contributor": "Siobhan Kelly", "country": "Ireland", "region": "EU", "text": "A survey of 15 countries."},
    "ie2": {"contributor": "Siobhan Kelly", "country": "Ireland", "region": "EU", "text": "Award types help."},
    "pt": {"contributor": "Ana Lopes", "country": "Portugal", "region": "EU", "text": "Credits are stackable."},
}
QUESTION = "Should micro-credentials be in the register?"


@pytest.mark.unit
def test_counts_of_people_and_places_are_read_with_their_region():
    claims = count_claims("Three contributors from two EU member states and five partner countries agree.")
    assert [(n, what, region) for n, what, region, _ in claims] == [
        (3, "people", ""),
        (2, "places", "eu"),
        (5, "places", "partner"),
    ]
    assert count_claims("One of the countries differs; no contributor objects; one in five contributions.") == []
    assert count_claims("Eleven participants dropped out; three experts were hired.") == []  # not the contributors
    assert [c[0] for c in count_claims("Some 1,200 respondents.")] == [1200]


@pytest.mark.unit
def test_a_count_the_cited_passages_do_not_give_is_flagged_and_a_true_one_is_not():
    two_people = ["ge", "ie", "ie2"]  # Siobhan Kelly twice: two contributors, not three
    assert miscounts("Two contributors, from two countries, agree.", two_people, SOURCES) == []
    assert miscounts("One EU member state and one partner country agree.", two_people, SOURCES) == []
    [flag] = miscounts("Three contributors agree.", two_people, SOURCES)
    assert flag.startswith("wrong_count:") and "Three contributors" in flag and "two contributor" in flag
    assert miscounts("Two EU member states agree.", two_people, SOURCES)  # only Ireland is an EU member state
    # the passage's own figure is the passage's, not a count of the contributors
    assert miscounts("The survey covers 15 countries.", ["ie"], SOURCES) == []


@pytest.mark.unit
def test_a_count_over_passages_whose_region_is_not_recorded_is_not_checked():
    sources = {**SOURCES, "xx": {"contributor": "Anon", "country": "", "region": "", "text": "Some view."}}
    assert miscounts("Five partner countries agree.", ["ge", "xx"], sources) == []
    assert miscounts("Five contributors agree.", ["ge", "xx"], sources)  # people are still counted


@pytest.mark.unit
def test_names_are_found_whether_the_sources_know_them_or_not():
    text = "Five contributors, among them Nino Beridze and Dr Smith, address this in Portugal."
    assert names_in(text, SOURCES) == ["Nino Beridze", "Portugal", "Dr Smith"]
    assert names_in("Two contributors from EU Member States address this question.", SOURCES) == []


def _draft(*paragraphs: Paragraph) -> DraftResult:
    return DraftResult(paragraphs=paragraphs, gaps=(), backend="llm:fake:model")


def lead_llm_draft(draft: DraftResult, sources: dict) -> DraftResult:
    """What the pipeline does around the check (with no check in between here): open the draft, settle its leads."""
    return settle_llm_leads(open_llm_draft(draft, sources), sources)


@pytest.mark.unit
def test_each_question_paragraph_of_an_llm_draft_opens_with_one_lead_naming_nobody():
    draft = _draft(
        Paragraph((Sentence("Georgia lists them apart.", ("ge",)), Sentence("Award types help.", ("ie",))), QUESTION),
        Paragraph((Sentence("Credits are stackable.", ("pt",)),), "Who quality-assures them?"),
        Paragraph((Sentence("X holds: “a”", ("ge",), quote="a"),), "Points of divergence: register"),
    )
    led = lead_llm_draft(draft, SOURCES)
    first, second, divergence = led.paragraphs
    lead = first.sentences[0]
    assert [s.kind for s in first.sentences] == ["summary", "evidence", "evidence"]
    assert lead.text.startswith("Two contributors address this question")
    assert "one from a partner country" in lead.text and "one from an EU member state" in lead.text
    assert set(lead.citations) == {"ge", "ie"} and names_in(lead.text, SOURCES) == []
    assert second.sentences[0].text.startswith("One contributor, from an EU member state")
    assert divergence == draft.paragraphs[2]  # quoted positions get no lead


@pytest.mark.unit
def test_a_summary_the_model_wrote_is_replaced_and_the_notes_say_what_was_wrong():
    invented = Sentence("Five contributors, led by Nino Beridze, want a register.", ("ge", "ie"), kind="summary")
    draft = _draft(Paragraph((invented, Sentence("Georgia lists them apart.", ("ge",))), QUESTION))
    led = lead_llm_draft(draft, SOURCES)
    texts = [s.text for s in led.paragraphs[0].sentences]
    assert invented.text not in texts and texts[0].startswith("One contributor, from a partner country")
    [note] = led.notes
    assert "names Nino Beridze" in note and "Five contributors" in note and "replaced" in note


@pytest.mark.unit
def test_a_model_sentence_that_miscounts_is_flagged_and_scores_lower():
    claim = Sentence("Seven contributors want a separate register.", ("ge", "ie"), support=0.8, flags=("x",))
    led = lead_llm_draft(_draft(Paragraph((claim,), QUESTION)), SOURCES)
    flagged = led.paragraphs[0].sentences[1]
    assert flagged.text == claim.text and flagged.support == pytest.approx(0.4)
    assert flagged.flags[0] == "x" and flagged.flags[1].startswith("wrong_count: says “Seven contributors”")
    again = settle_llm_leads(led, SOURCES)  # settled again: the flag is recomputed, not doubled, nor the lead
    assert again.paragraphs[0].sentences[1].flags == flagged.flags
    assert sum(s.kind == "summary" for s in again.paragraphs[0].sentences) == 1


@pytest.mark.unit
def test_an_accepted_lead_stays_as_the_editor_accepted_it():
    accepted = Sentence("An editor's own lead.", ("ge",), kind="summary", locked=True)
    draft = _draft(Paragraph((accepted, Sentence("Georgia lists them apart.", ("ge",))), QUESTION))
    assert lead_llm_draft(draft, SOURCES).paragraphs[0].sentences[0] == accepted


@pytest.mark.unit
def test_an_accepted_lead_whose_paragraph_now_cites_others_is_flagged_not_left_to_stand():
    accepted = Sentence("Two contributors address this question.", ("ge", "ie"), kind="summary", locked=True)
    still = _draft(Paragraph((accepted, Sentence("A.", ("ge",)), Sentence("B.", ("ie",))), QUESTION))
    assert recount_accepted_leads(still, SOURCES) == still
    moved = _draft(Paragraph((accepted, Sentence("A.", ("ge",))), QUESTION))
    [flag] = recount_accepted_leads(moved, SOURCES).paragraphs[0].sentences[0].flags
    assert flag.startswith("wrong_count: says “Two contributors”; its passages have one")
    assert lead_llm_draft(moved, SOURCES).paragraphs[0].sentences[0].flags == (flag,)  # the LLM path too


@pytest.mark.integration
def test_no_sentence_of_the_sample_corpus_cited_to_its_own_passage_is_miscounted(corpus_index):
    """A model that restates a passage's own count ("from 23 countries") is faithful, never ``wrong_count``."""
    from pipeline.drafting.support import split_sentences

    meta = {s.file: s.meta for s in corpus_index.manifest.sources()}
    counted = []
    for chunk in corpus_index.manifest.all_chunks():
        sources = {chunk.chunk_id: {**meta.get(chunk.file, {}), "file": chunk.file, "text": chunk.text}}
        for sentence in split_sentences(chunk.text):
            if count_claims(sentence):
                counted.append(sentence)
                assert miscounts(sentence, [chunk.chunk_id], sources) == [], sentence
            # the same sentence crediting "seven contributors" with it is flagged: one passage, one contributor
            assert miscounts(f"Seven contributors hold: {sentence}", [chunk.chunk_id], sources)
    assert counted  # the corpus has such counts ("short certificates from 23 countries")


@pytest.mark.unit
def test_the_lead_holds_its_place_citing_nothing_until_the_check_has_run():
    draft = _draft(Paragraph((Sentence("Georgia lists them apart.", ("ge",)), Sentence("Help.", ("ie",))), QUESTION))
    opened = open_llm_draft(draft, SOURCES)
    placeholder = opened.paragraphs[0].sentences[0]
    assert placeholder.kind == "summary" and placeholder.citations == ()  # nothing for the check to score or trim
    # the check dropped the citation of the second sentence: the lead counts one contributor, not two
    checked = _draft(
        Paragraph((placeholder, Sentence("Georgia lists them apart.", ("ge",)), Sentence("Help.")), QUESTION)
    )
    lead = settle_llm_leads(checked, SOURCES).paragraphs[0].sentences[0]
    assert lead.text.startswith("One contributor") and lead.citations == ("ge",)
    nothing = _draft(Paragraph((placeholder, Sentence("Help.")), QUESTION))
    assert [s.text for s in settle_llm_leads(nothing, SOURCES).paragraphs[0].sentences] == ["Help."]


@pytest.mark.unit
def test_a_joint_input_counts_as_its_authors_in_the_lead_and_in_the_check():
    from pipeline.drafting.drafters.lead import divergent_voices, lead_sentence

    sources = {
        **SOURCES,
        "mt": {"contributor": "A. Smith and B. Jones", "country": "Malta", "region": "EU", "text": "Hours count."},
        "mt2": {"contributor": "A. Smith", "country": "Malta", "region": "EU", "text": "Hours matter."},
    }
    joint = Paragraph((Sentence("According to A. Smith and B. Jones, hours count.", ("mt",)),), theme=QUESTION)
    lead = lead_sentence(joint, sources)
    assert lead is not None and lead.text == "Two contributors address this question, both from EU member states."
    # A. Smith's own input and the joint one: still two people, not three inputs' worth nor one
    both = Paragraph((*joint.sentences, Sentence("A. Smith writes: “Hours matter.”", ("mt2",))), theme=QUESTION)
    assert lead_sentence(both, sources).text.startswith("Two contributors")
    assert miscounts("Two contributors from Malta agree.", ["mt", "mt2"], sources) == []
    assert miscounts("One contributor says so.", ["mt"], sources)
    # a point whose one side is the joint input puts both its authors on that side

    class Side:
        def __init__(self, *names):
            self.names = names

        def sources(self):
            return [{"contributor": n, "file": ""} for n in self.names]

    class Point:
        positions = (Side("A. Smith and B. Jones"), Side("Ana Lopes"))

    sides = divergent_voices([Point()])
    assert sides == [[{"A. Smith", "B. Jones"}, {"Ana Lopes"}]]
    mixed = Paragraph((*joint.sentences, Sentence("According to Ana Lopes, no.", ("pt",))), theme=QUESTION)
    assert "take different positions" in lead_sentence(mixed, sources, sides).text
