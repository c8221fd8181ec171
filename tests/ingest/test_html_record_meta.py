"""A proposal on a participation platform (Decidim's class names) or a post: its record around the text, the
author line, date, reference, state, supports and tags, is left out (ingest.readers.html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit

PAGE = """<!DOCTYPE html><html><head><title>Proposal - Harbour towns</title></head><body><main>
<article class="proposal"><h1 class="proposal-title">Short courses for ferry crews</h1>
<div class="author-data"><span class="author-name">Harbour Youth Council</span>
<span class="author-nickname">@harbour_youth</span><span class="proposal-date">02/04/2026 10:00</span>
<span class="reference">Reference: HT-PROP-7</span></div>
<div class="proposal-body"><p>Every ferry crew member should be able to take a short course in first aid.</p>
<p>The state-aid rules allow the port to pay for it.</p></div>
<div class="proposal-state"><span>Accepted</span></div>
<div class="proposal-supports"><span class="supports-count">57</span> supports</div>
<div class="proposal-meta"><span>Scope: Harbour</span> <span>Category: Safety</span></div>
<div class="state-aid"><p>Port funds are described in the annex.</p></div>
</article></main></body></html>"""


def test_a_proposals_record_is_left_out_and_its_text_kept(tmp_path: Path) -> None:
    path = tmp_path / "proposal.html"
    path.write_text(PAGE, encoding="utf-8")
    text = "\n".join(p.text for p in HtmlReader().read(path).passages)
    assert "Every ferry crew member should be able to take a short course in first aid." in text
    assert "The state-aid rules allow the port to pay for it." in text
    assert "Port funds are described in the annex." in text  # "state-aid" is no proposal's state
    for gone in ("@harbour_youth", "02/04/2026", "HT-PROP-7", "Accepted", "supports", "Scope: Harbour"):
        assert gone not in text
