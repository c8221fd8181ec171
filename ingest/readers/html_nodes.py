"""Small readings of an lxml HTML element that the page-family readers (forum threads, Telegram and Discord
exports, Google Docs pages) share: its classes, and its text with ``<br>`` kept as line ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def classes(element: Any) -> set[str]:
    """The element's class names."""
    return set((element.get("class") or "").split())


def text_with_breaks(element: Any, skip: Callable[[Any], bool] = lambda _node: False) -> str:
    """The element's text, each ``<br>`` a line end, each line's spaces folded and empty lines dropped; a descendant
    ``skip`` accepts is left out with everything inside it (its tail, the text after it, stays)."""
    parts: list[str] = [element.text or ""]

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str):
            return
        if node.tag == "br":
            parts.append("\n")
        elif not skip(node):
            parts.append(node.text or "")
            for child in node:
                walk(child)
        parts.append(node.tail or "")

    for child in element:
        walk(child)
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip())
