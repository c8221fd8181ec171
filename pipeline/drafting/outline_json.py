"""Outlines a survey or consultation tool exports as JSON, under its own key names.

A tool writes the outline as its data model holds it: "chapters" with a "heading", an "intro" and "items" of
``{"id", "text"}``; "sections" with a "name" and "prompts"; parts nested in "children" or "subsections"; the
document's name as "document" beside an export date and the tool's name. A JSON file that already reads as the
YAML form does (``outline_data``) is read that way, so nothing it says changes. Otherwise the tree is walked: a
node with a title ("title", "name", "heading", "label", ...) and questions ("questions", "prompts", "items",
"guiding_questions", ...) is a section, and every section nested in it ("children", "subsections", "sections",
...) is one too, in document order. Keys that hold neither (an export date, the tool's name, a type) are the
tool's own and passed over. A part without questions is a section that cannot be drafted: it is refused by name,
as in YAML, unless it is the document's own text ("Introduction", "Annex") or only groups sections. When no section
can be read at all, one error names the file and says what was looked for.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_data import OutlineError, audience_for, normalise_outline, read_outline_text

_TITLE = ("title", "name", "heading", "label", "caption", "section title", "chapter title", "section", "chapter")
_QUESTIONS = (
    "questions", "guiding questions", "guiding question", "key questions", "question", "prompts", "items",
    "questionnaire", "asks", "consultation questions",
)  # fmt: skip
_CHILDREN = (
    "children", "subsections", "sub sections", "sections", "chapters", "subchapters", "parts", "topics", "themes",
    "blocks", "groups", "nodes", "pages", "elements", "content", "contents", "outline",
)  # fmt: skip
_PURPOSE = ("purpose", "intro", "introduction", "description", "summary", "aim", "objective", "scope", "context")
_AUDIENCE = ("audience", "audiences", "target audience", "target group")
_AUDIENCE_IF_NAMED = ("target", "level", "for")  # a tool's "level" may be a depth: read only when it names one
_WORDING = ("question", "text", "prompt", "label", "wording", "title", "body", "content", "q")
_ID = ("id", "section id", "code", "number", "ref")
_DOCUMENT = ("title", "document", "document title", "name", "outline title", "heading", "guidelines", "label")
_MAX_DEPTH = 12  # nesting followed: a tool's tree is a few levels deep; a deeper one is no outline
_ID_FORM = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def _plain(key: object) -> str:
    return " ".join(str(key).replace("_", " ").replace("-", " ").lower().split())


def _field(node: dict[str, Any], keys: tuple[str, ...], kinds: tuple[type, ...]) -> Any:
    """The value of the first of ``keys`` (compared as people write them) that ``node`` holds as one of ``kinds``."""
    named = {_plain(key): value for key, value in node.items()}
    for key in keys:
        value = named.get(key)
        if isinstance(value, kinds) and not isinstance(value, bool) and value not in ("", [], {}):
            return value
    return None


def _children(node: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
    """The key and the parts nested in ``node`` (a list of parts, or a mapping of them): the first key whose
    entries are all objects and some of them sections or groups ("items" may hold parts as well as questions)."""
    for key, value in node.items():
        if _plain(key) not in (*_CHILDREN, *_QUESTIONS) or not isinstance(value, list | dict):
            continue
        parts = list(value.values()) if isinstance(value, dict) else value
        if parts and all(isinstance(part, dict) for part in parts) and any(_holds_parts(part) for part in parts):
            return key, parts
    return None, []


def _holds_parts(part: dict[str, Any]) -> bool:
    """Whether ``part`` is a section or a group rather than a question: it has questions or parts of its own (a
    question written ``{"id": ..., "question": "..."}`` has neither)."""
    lists = tuple(key for key in _QUESTIONS if key != "question")
    return _field(part, lists, (list, str, dict)) is not None or _field(part, _CHILDREN, (list, dict)) is not None


def _sections(node: dict[str, Any], path: Path, depth: int, out: list[dict[str, Any]]) -> None:
    """The sections of ``node`` and of the parts nested in it, in document order, added to ``out``."""
    from pipeline.drafting.outline_markdown import is_front_matter

    if depth > _MAX_DEPTH:
        raise OutlineError(f"{path}: parts nested deeper than {_MAX_DEPTH} levels; this is no outline")
    key, children = _children(node)
    own = {k: v for k, v in node.items() if k != key}
    questions = _field(own, _QUESTIONS, (list, str, dict))
    title = _field(own, _TITLE, (str, int, float))
    # a part without questions is a group over its parts, or the document's own text ("Introduction"); any other
    # is kept, so that it is refused by name (a section that cannot be drafted)
    if questions is not None or not (children or (title is not None and is_front_matter(str(title)))):
        section: dict[str, Any] = {"questions": _worded(questions)}
        if title is not None:
            section["title"] = str(title)
        for field, keys in (("purpose", _PURPOSE), ("audience", _AUDIENCE), ("audience", _AUDIENCE_IF_NAMED)):
            value = _field(own, keys, (str, list))
            value = ", ".join(map(str, value)) if isinstance(value, list) else value
            if value is None or field in section:
                continue
            if keys is _AUDIENCE_IF_NAMED and audience_for(value) not in ("system", "provider"):
                continue
            section[field] = value
        ident = _field(own, _ID, (str, int))
        if ident is not None and _ID_FORM.fullmatch(str(ident)):
            section["id"] = str(ident)
        out.append(section)
    for child in children:
        _sections(child, path, depth + 1, out)


def _worded(questions: object) -> object:
    """Questions a tool writes as objects given as their wording (``{"id": "1.1", "label": "Describe ..."}`` is
    "Describe ...", never its id); other forms as written, for outline_data to read."""
    if not isinstance(questions, list):
        return questions
    out = []
    for item in questions:
        wording = _field(item, _WORDING, (str,)) if isinstance(item, dict) else None
        out.append(wording if wording is not None else item)
    return out


def _top(data: object, path: Path) -> tuple[str | None, list[Any]]:
    """The document's title and its top-level parts; a wrapper object ({"outline": {...}}, {"data": {...}}) is
    looked into."""
    for _ in range(3):
        if isinstance(data, list):
            return None, data
        if not isinstance(data, dict):
            break
        _, parts = _children(data)
        if parts:
            return _field(data, _DOCUMENT, (str,)), parts
        if _holds_parts(data):
            return None, [data]  # the whole file is one section
        inner = [value for value in data.values() if isinstance(value, dict | list)]
        if len(inner) != 1:
            break
        data = inner[0]
    raise OutlineError(
        f"{path}: no outline found in this JSON: expected a list of sections (under 'sections', 'chapters' or "
        "'children'), each with a title ('title', 'name' or 'heading') and its guiding questions ('questions', "
        "'prompts' or 'items'); export the outline with those, or as Markdown or YAML"
    )


def read_json_outline(path: Path) -> dict[str, Any]:
    """The outline data of a JSON file: as written when it reads as the YAML form does, else the sections found by
    walking the tool's tree (see the module's doc); OutlineError names the file when none can be read."""
    text = read_outline_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OutlineError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    try:
        normalise_outline(data, path)
        return data  # the YAML form written as JSON: read exactly as before
    except OutlineError as exc:
        strict = exc
    title, parts = _top(data, path)
    sections: list[dict[str, Any]] = []
    for part in parts:
        if isinstance(part, dict):
            _sections(part, path, 1, sections)
    if not any(section.get("questions") for section in sections):
        if re.search(r": section \d+\b", str(strict)):
            raise strict  # the YAML form with a mistake in a section ("questons"): that error says what to fix
        raise OutlineError(
            f"{path}: no guiding questions found in this JSON: a section's questions are read from 'questions', "
            "'guiding_questions', 'prompts' or 'items' (a list of texts, or of objects with a 'text' or 'question')"
        )
    ids = [section.get("id") for section in sections]
    if None in ids or len({str(i).casefold() for i in ids}) < len(ids):
        for section in sections:  # ids of the tool's own that do not name every section once: made from titles
            section.pop("id", None)
    out: dict[str, Any] = {"sections": sections}
    if title:
        out["title"] = title
    return out
