"""Codes shown to people are words: kinds, roles, statuses and flags."""

from __future__ import annotations

import pytest

from pipeline.labels import flag_label, kind_label, role_label, status_label


@pytest.mark.unit
def test_known_codes_read_as_words():
    assert kind_label("policy_brief") == "Policy brief"
    assert status_label("in_review") == "In review"
    assert flag_label("weak_support") == "Weak support"


@pytest.mark.unit
def test_unknown_codes_still_read_as_words():
    assert role_label("quality_assurance_expert") == "Quality assurance expert"
    assert kind_label("survey-export") == "Survey export"
    assert role_label("") == ""


@pytest.mark.unit
def test_a_flag_detail_is_kept_beside_its_label():
    assert flag_label("misattributed: Anna Berzina") == (
        "Credited to someone whose passage does not say this (Anna Berzina)"
    )


@pytest.mark.unit
def test_every_coloured_flag_has_words_and_a_count_flag_reads_as_one():
    from pipeline.labels import FLAG_LABELS
    from ui.common import FLAG_COLOURS

    assert set(FLAG_COLOURS) <= set(FLAG_LABELS)
    assert flag_label("wrong_count: says 'Nine contributors'") == (
        "Counts contributors or countries its passages do not give (says 'Nine contributors')"
    )


@pytest.mark.unit
def test_a_point_without_a_section_is_headed_as_such():
    from pipeline.labels import point_heading

    assert (
        point_heading("", "Retention: 3 years / 10 years", "") == "No guiding question: Retention: 3 years / 10 years"
    )
    assert point_heading("assessment", "Retention", "How long?") == "assessment: Retention  (How long?)"
