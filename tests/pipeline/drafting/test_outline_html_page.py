"""A consultation page saved from a site, in the forms sites write it: accordion panels hidden until opened, a
cookie banner's heading above the title, the themes under one grouping heading, "How to respond" and privacy
sections, a "Last updated" line and share links (pipeline.drafting.outline_html_page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import load_outline

pytestmark = pytest.mark.unit

THEMES = (
    (
        "Ferries and ports",
        "How short courses serve the harbours.",
        ("Who should teach night navigation?", "Should port staff get paid study time?"),
    ),
    ("Costs", "Who pays for what.", ("Should the state pay for a first course?", "Should fees be capped?")),
    ("Records", "What a certificate keeps.", ("Should certificates be digital only?",)),
)


def _panel(n: int, title: str, purpose: str, questions: tuple[str, ...], level: int, hidden: bool) -> str:
    items = "".join(f"<li>{q}</li>" for q in questions)
    return (
        f'<div class="accordion__item"><h{level}><button aria-expanded="false" aria-controls="panel-{n}">{title}'
        f'</button></h{level}><div class="accordion__panel" id="panel-{n}"{" hidden" if hidden else ""}>'
        f"<p>{purpose}</p><ol>{items}</ol></div></div>"
    )


def _page(level: int = 2, hidden: bool = True, grouped: bool = False) -> str:
    panels = "".join(_panel(n, *theme, level=level, hidden=hidden) for n, theme in enumerate(THEMES, 1))
    group = "<h2>Themes and questions</h2><p>Open a theme to see its questions.</p>" if grouped else ""
    return (
        "<!DOCTYPE html><html><head><title>Consultation | Ministry of the Sea</title></head><body>"
        '<div class="consent-notice"><h2>Cookies on this site</h2><p>We use cookies. Do you accept them?</p>'
        "<button>Accept</button></div>"
        '<div class="crumbs"><ol><li><a href="/">Home</a></li><li>Consultations</li></ol></div>'
        f"<main><h1>Guidelines on maritime short courses</h1><p>Tell us what you think by 1 May.</p>{group}"
        f'<div class="accordion">{panels}</div>'
        "<h2>How to respond</h2><p>Write to us by e-mail or by post.</p><ul><li>By e-mail</li><li>By post</li></ul>"
        "<h2>How we use your information</h2><p>We keep replies for two years.</p>"
        '<p class="meta">Last updated: 3 April 2026</p><div><span>Share this page</span> <a href="#">E-mail</a></div>'
        "</main><footer><p>Ministry of the Sea</p></footer></body></html>"
    )


def _load(tmp_path: Path, page: str):
    path = tmp_path / "outline.html"
    path.write_text(page, encoding="utf-8")
    return load_outline(path)


@pytest.mark.parametrize(
    ("level", "hidden", "grouped"),
    [(2, True, False), (2, False, False), (3, True, True), (3, False, True)],
)
def test_a_consultation_page_reads_its_themes_and_nothing_of_the_site(tmp_path, level, hidden, grouped) -> None:
    outline = _load(tmp_path, _page(level, hidden, grouped))
    assert outline.title == "Guidelines on maritime short courses"
    assert [s.title for s in outline.sections] == [t[0] for t in THEMES]
    assert [tuple(s.questions) for s in outline.sections] == [t[2] for t in THEMES]
    assert outline.sections[-1].purpose == "What a certificate keeps."


def test_a_hidden_panel_no_button_opens_is_still_left_out(tmp_path) -> None:
    page = _page().replace('aria-controls="panel-3"', 'data-target="panel-3"')
    outline = _load(tmp_path, page)
    assert [s.title for s in outline.sections] == ["Ferries and ports", "Costs"]
