"""A web page's buttons are the site's: "Apply now" and "Download the brochure" are nobody's words (html reader)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit

PAGE = """<!DOCTYPE html><html><head><title>Welding inspection | Nordhavn Technical School</title></head><body>
<main><h1>Welding inspection</h1>
<h2>A word from the course leader</h2>
<p>We built the course around the inspections our graduates will sign in their first year.</p>
<p class="actions"><a class="btn btn-primary" href="/apply">Apply now</a>
<a class="button-secondary" href="/brochure.pdf">Download the brochure</a></p>
<p><button type="button">Add to wish list</button></p>
<div role="button">Book a visit</div>
<p>Read <a class="inline" href="/rules">the inspection rules</a> before you enrol.</p>
</main></body></html>"""


def test_buttons_are_left_out_and_ordinary_links_kept(tmp_path: Path) -> None:
    path = tmp_path / "course.html"
    path.write_text(PAGE, encoding="utf-8")
    text = "\n".join(p.text for p in HtmlReader().read(path).passages)
    assert "inspections our graduates will sign" in text and "the inspection rules" in text
    for button in ("Apply now", "Download the brochure", "Add to wish list", "Book a visit"):
        assert button not in text
