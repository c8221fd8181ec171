"""The Coverage heat map and its legend (AppTest, sample corpus)."""

from __future__ import annotations

import json

import pyarrow.ipc
import pytest

from tests.app.helpers import open_app
from ui.heatmap import ZERO_COLOUR

pytestmark = [pytest.mark.integration]


def test_the_heat_map_legend_uses_the_colour_of_the_zero_cells_for_zero(app_workspace):
    at = open_app("coverage")
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    colour = spec["encoding"]["color"]
    assert "condition" not in colour  # cells are coloured by the same scale the legend draws
    assert colour["field"] == "band" and colour["title"] == "sentences"
    domain, colours = colour["scale"]["domain"], colour["scale"]["range"]
    assert domain[0] == "0" and colours[0] == ZERO_COLOUR
    assert len(domain) >= 2  # the sample drafts cite, so at least one blue band is drawn


def test_the_balance_charts_name_kinds_and_roles_in_words(app_workspace):
    at = open_app("coverage")
    values = set()
    for chart in at.get("vega_lite_chart")[1:]:
        for dataset in chart.proto.datasets:  # the chart's rows, as Arrow
            columns = pyarrow.ipc.open_stream(dataset.data.data).read_all().to_pydict()
            values |= {str(v) for v in columns.get("value", [])}
    assert values, "the balance charts show the values they count"
    assert not [v for v in values if "_" in v], values  # policy_brief, expert_input ... read as words
