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


def test_an_uploaded_sheet_that_cannot_be_read_is_a_warning_beside_the_results_and_the_files_go_in(app_workspace):
    at = open_app("sources")
    at.radio[0].set_value("From a metadata CSV").run()
    note = b"# Wallets\n\nLearners keep their digital credentials in a wallet they control.\n"
    sheet = "file,contributor\nwallets.md,Ana Writer\n".encode("utf-16")  # Excel's 'Unicode text'
    at.file_uploader[0].set_value([("wallets.md", note, "text/markdown")])
    at.file_uploader[1].set_value([("received.csv", sheet, "text/csv")]).run()
    button(at, "Ingest").click().run()
    assert not at.exception
    results = at.dataframe[0].value.set_index("file")
    assert results.loc["wallets.md", "result"] == "ingested"
    warned = [w.value.replace("\\", "") for w in at.warning]  # shown as plain text: Markdown escaped
    warned = [w for w in warned if "received.csv" in w]
    assert len(warned) == 1 and "UTF-16" in warned[0] and "without it" in warned[0], [w.value for w in at.warning]
    assert "/tmp" not in warned[0] and "metadata.csv" not in warned[0]  # named as uploaded, not where it was kept
