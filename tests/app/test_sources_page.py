"""The Sources page: the columns people filter by in sight, words for kinds and roles, and the per-file results
of an ingest shown at once (AppTest, sample corpus)."""

from __future__ import annotations

import pytest

from tests.app.helpers import button, open_app, texts

pytestmark = [pytest.mark.integration]


def test_the_sources_table_leads_with_the_columns_people_filter_by_in_words(app_workspace):
    at = open_app("sources")
    table = at.dataframe[0].value
    assert list(table.columns[:6]) == ["file", "contributor", "country", "region", "kind", "role"]
    kinds = set(table["kind"])
    assert kinds and all("_" not in k and k[:1].isupper() for k in kinds), kinds
    assert "Policy brief" in kinds
    assert not any("_" in r for r in table["role"]), set(table["role"])
    kind_filter = at.multiselect(key="filter-kind")
    assert kind_filter.format_func("policy_brief") == "Policy brief"
    assert at.selectbox(key="meta-kind").format_func("expert_input") == "Expert input"


def test_per_file_results_of_an_ingest_are_in_sight_not_in_a_collapsed_expander(app_workspace):
    at = open_app("sources")
    note = b"# Wallets\n\nLearners keep their digital credentials in a wallet they control.\n"
    at.file_uploader[0].set_value([("wallets.md", note, "text/markdown"), ("empty.txt", b"", "text/plain")]).run()
    button(at, "Ingest").click().run()
    assert not at.exception
    assert "1 ingested, 1 failed" in texts(at)
    results = at.dataframe[0].value.set_index("file")
    assert results.loc["wallets.md", "result"] == "ingested"
    assert results.loc["empty.txt", "result"] == "failed" and results.loc["empty.txt", "reason"]
    for expander in at.expander:  # the results table sits on the page itself
        assert not expander.dataframe, expander.label
