"""Who a sentence credits, with which words, and quotations checked word for word."""

from __future__ import annotations

import pytest

from pipeline.drafting.attribution import PartyIndex, credited, quotations, quote_stands_in

pytestmark = pytest.mark.unit

SOURCES = {
    "ge": {"contributor": "Nino Beridze", "organisation": "Georgian Agency for Qualifications", "country": "Georgia"},
    "ie": {"contributor": "Siobhan Kelly", "organisation": "Quality Council of Ireland", "country": "Ireland"},
    "md": {"contributor": "Ion Rusu", "organisation": "Ministry of Education", "country": "Moldova"},
    "anon": {"contributor": "", "title": "Notes from Samarkand", "country": ""},
    "titled": {"contributor": "", "title": "Guidance, Flexibility and Funding", "country": ""},
}


def names(sentence: str) -> list[tuple[str, str]]:
    return [(p.name, p.claim) for p in credited(sentence, PartyIndex(SOURCES))]


def test_the_holder_of_each_view_is_found_with_the_words_credited_to_them():
    assert names("According to Nino Beridze (Georgian Agency for Qualifications, Georgia), levels matter.") == [
        ("Nino Beridze", "levels matter.")
    ]
    assert names("Beridze argues that levels matter, while Kelly warns that costs rise.") == [
        ("Nino Beridze", "levels matter"),
        ("Siobhan Kelly", "costs rise."),
    ]
    assert [n for n, _ in names("Contributors from Georgia and Moldova make the same point: “Levels matter.”")] == [
        "Georgia",
        "Moldova",
    ]
    assert names("Registers should stay open, as Rusu notes.") == [("Ion Rusu", "Registers should stay open")]
    assert names("According to Notes from Samarkand, short courses count.") == [
        ("Notes from Samarkand", "short courses count.")
    ]
    assert names("According to Guidance, Flexibility and Funding, adults need advice.") == [
        ("Guidance, Flexibility and Funding", "adults need advice.")
    ]


def test_a_name_in_the_claim_itself_is_a_topic_not_a_holder():
    assert names("Georgia lists micro-credentials in a separate section of its register.") == []
    assert names("Providers in Moldova and Ireland need guidance.") == []


def test_an_unknown_holder_after_according_to_is_reported_as_unknown():
    parties = credited("According to the OECD, costs rise.", PartyIndex(SOURCES))
    assert [(p.name, p.known) for p in parties] == [("the OECD", False)]


def test_quotations_in_any_style_are_found():
    text = 'A says “one thing”, B says "another thing" and C says « a third ».'
    assert [q for _, q in quotations(text)] == ["one thing", "another thing", "a third"]


def test_a_quotation_stands_in_a_passage_despite_typography_case_and_a_final_stop_only():
    passage = "In short,  we propose a new award type – for small learning. It’s overdue."
    assert quote_stands_in("We propose a new award type - for small learning", passage)
    assert quote_stands_in("it's overdue.", passage)
    assert quote_stands_in("we propose … for small learning.", passage)
    assert not quote_stands_in("we propose a new award type for all learning", passage)
    assert not quote_stands_in("we oppose a new award type", passage)


def test_a_contributor_written_with_titles_is_named_by_the_surname_of_the_name_without_them():
    sources = {
        "pl": {"contributor": "dr hab. Anna Kowalczyk, prof. UW", "organisation": "", "country": "Poland"},
        "at": {"contributor": "Anna Nowak PhD", "organisation": "", "country": "Austria"},
    }
    index = PartyIndex(sources)
    found = [(p.name, p.claim) for p in credited("Kowalczyk argues that registers should stay open.", index)]
    assert found == [("dr hab. Anna Kowalczyk, prof. UW", "registers should stay open.")]
    # the letters after a name are no surname: a sentence about PhD holders credits nobody
    assert credited("According to Nowak, PhD holders design the courses.", index)[0].name == "Anna Nowak PhD"
    assert credited("PhD holders design most courses.", index) == []
