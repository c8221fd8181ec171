"""The Coverage heat map and its legend (AppTest, sample corpus)."""

from __future__ import annotations

import json

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
