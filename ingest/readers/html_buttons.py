"""A web page's buttons: the site's calls to act ("Apply now", "Download the fact sheet"), never the writer's words."""

from __future__ import annotations

import re
from typing import Any

# a link styled as a button by its class ("button", "btn btn-primary", "cta"): the page's call to act
_BUTTON_CLASS = re.compile(r"^(?:button|btn|cta)(?:[-_][\w-]+)?$", re.IGNORECASE)


def is_button(element: Any, tag: str) -> bool:
    """Whether ``element`` is a button of the page: a <button>, anything with role="button", a link classed one. A
    button that opens a panel (an accordion's question, aria-controls or aria-expanded) holds the page's text."""
    if element.get("aria-controls") is not None or element.get("aria-expanded") is not None:
        return False
    if tag == "button" or (element.get("role") or "").strip().lower() == "button":
        return True
    return tag == "a" and any(_BUTTON_CLASS.match(c) for c in (element.get("class") or "").split())
