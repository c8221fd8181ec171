"""A Greek-speaking secretariat's register: "κ." (Mr) is a title, Greek short country names, Greek month names and
a chat are read (ingest.metadata_names, metadata_countries, metadata_values, metadata_kind_words)."""

from __future__ import annotations

import pytest

from ingest.metadata_countries import country_name
from ingest.metadata_kinds import kind_word
from ingest.metadata_names import bare_name
from ingest.metadata_values import iso_date

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "name"),
    [("κ. Nikos Andreou", "Nikos Andreou"), ("κα Ελένη Σάββα", "Ελένη Σάββα"), ("Δρ. Μαρία Ιωάννου", "Μαρία Ιωάννου")],
)
def test_greek_titles_are_taken_off(written: str, name: str) -> None:
    assert bare_name(written) == name


@pytest.mark.parametrize(
    ("written", "country"),
    [("Συρία", "Syria"), ("Ρωσία", "Russia"), ("Τουρκία", "Türkiye"), ("Κόσοβο", "Kosovo"), ("Σουηδία", "Sweden")],
)
def test_greek_short_country_names(written: str, country: str) -> None:
    assert country_name(written) == country


@pytest.mark.parametrize(
    ("written", "date"),
    [("10 Μαρτίου 2026", "2026-03-10"), ("3 Μαΐου 2026", "2026-05-03"), ("ΤΡΙΤΗ, 1 ΔΕΚΕΜΒΡΙΟΥ 2026", "2026-12-01"),
     ("5 Οκτ 2026", "2026-10-05")],
)  # fmt: skip
def test_greek_month_names(written: str, date: str) -> None:
    assert iso_date(written) == date


def test_a_greek_chat_is_input_and_a_speech_a_presentation() -> None:
    assert kind_word("συνομιλία") == "expert_input"
    assert kind_word("ομιλία") == "presentation"
