"""Outline data as people write it, made plain: key synonyms, ids of any case, audiences in words.

YAML, Markdown and Word outlines all arrive here as dicts and lists; ``normalise_outline`` turns them
into the fields of :class:`pipeline.drafting.outline.Outline`, or refuses with the file, the section and
the fix. Nothing is invented: a missing purpose is the section's title, a missing audience is "system".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any


class OutlineError(ValueError):
    """An outline file that cannot be used; the message names the file, the section and what to change."""


class OutlineWarning(UserWarning):
    """Something of an outline file the loader left out (issued with ``warnings.warn``): the outline is used, and a
    front end that records warnings around ``load_outline`` tells its user what was not taken for a section."""


def read_outline_text(path: Path, save_as: str = "UTF-8") -> str:
    """The text of an outline file: UTF-8 (with or without a byte-order mark), or UTF-16 with its mark as Notepad's
    "Unicode" saves it. A guessed code page could change letters of the questions without a word, so anything
    else is refused, saying to save the file as ``save_as``."""
    try:
        data = path.read_bytes()
        return data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8-sig")
    except OSError as exc:
        raise OutlineError(f"{path}: cannot read outline ({exc.strerror or exc})") from exc
    except UnicodeDecodeError:
        raise OutlineError(f"{path}: not UTF-8 text; save the outline as {save_as}") from None


# How guideline teams name the two audiences (compared lower case, with spaces for - and _).
_AUDIENCES = {
    "system": (
        "system", "system level", "systems", "policy", "policy level", "policy makers", "policymakers",
        "policy maker", "national", "national level", "national authorities", "authorities", "government",
        "ministries", "regulators", "qualification authorities", "system actors",
    ),
    "provider": (
        "provider", "providers", "provider level", "institutional", "institution", "institutions",
        "institution level", "practitioners", "practice", "qualification developers", "curriculum developers",
        "assessors", "recognition officers", "education providers", "training providers", "provider actors",
    ),
}  # fmt: skip
_AUDIENCE_OF = {alias: audience for audience, aliases in _AUDIENCES.items() for alias in aliases}
# a section written for both ("policy makers and recognition officers", "both levels", "all")
_BOTH = ("both", "both levels", "all", "all levels", "all audiences", "everyone", "system and provider")

_KEYS = {  # a section's fields and what people call them
    "id": ("id", "key", "code", "number", "section id"),
    "title": ("title", "name", "heading", "section", "section title"),
    "audience": ("audience", "audiences", "level", "target", "target audience", "target group"),
    "purpose": ("purpose", "aim", "objective", "description", "scope", "summary", "goal"),
    "questions": ("questions", "guiding questions", "guiding question", "question", "key questions"),
}
_KEY_OF = {alias: key for key, aliases in _KEYS.items() for alias in aliases}
_TOP = {"title": "title", "name": "title", "version": "version", "sections": "sections", "chapters": "sections"}


def _plain(key: object) -> str:
    return " ".join(str(key).replace("_", " ").replace("-", " ").lower().split())


def audience_for(value: str) -> str:
    """``system`` or ``provider`` for the way a team writes an audience; the value unchanged when unknown.

    Lists ("providers and assessors", "ministries; regulators") and qualified names ("VET providers", "higher
    education institutions") name an audience when every audience word they hold belongs to the same one, and
    ``both`` when they name people of both ("policy makers and recognition officers", "both levels")."""
    key = _plain(value).removesuffix(" audience")
    if key in _BOTH or key.removesuffix(" levels") in _BOTH:
        return "both"
    known = _AUDIENCE_OF.get(key, _AUDIENCE_OF.get(key.removesuffix(" level")))
    if known:
        return known
    found = {
        audience
        for alias, audience in _AUDIENCE_OF.items()
        if re.search(rf"(?<![a-z]){re.escape(alias)}(?![a-z])", key.replace(",", " ").replace(";", " "))
    }
    if len(found) == 2:
        return "both"  # "policy makers and recognition officers": a section for both audiences
    return found.pop() if len(found) == 1 else value


MAX_ID = 40  # characters of an id made from a title: long enough to tell sections apart, short in a URL or file


def title_slug(title: str) -> str:
    """``title`` in lower case with dashes, cut at a word boundary within ``MAX_ID`` characters (a single word
    longer than that is cut where it must): never inside a word, never ending in a dash."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if len(slug) <= MAX_ID:
        return slug
    cut = slug[: MAX_ID + 1].rsplit("-", 1)[0] if "-" in slug[: MAX_ID + 1] else slug[:MAX_ID]
    return cut.strip("-")


def legacy_slug(title: str) -> str:
    """The id sessions before 13 made from ``title``: cut at 40 characters wherever that fell, a dash or half a
    word at its end ("micro-credentials-in-the-qualifications-"). Drafts saved under such ids stay theirs."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:MAX_ID]


def new_section_id(title: str, taken: set[str]) -> str:
    """A section id made from ``title`` (lower case, dashes, cut between words) that is not in ``taken``
    (compared in any case)."""
    base = title_slug(title) or "section"
    taken = {t.casefold() for t in taken}
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid


# Where one question ends and the next begins inside a line: "?" then a capital ("... QA? Who pays ...").
_QUESTION_END = re.compile(r"(?<=\?)\s+(?=[\"'(\u201c]?[A-Z\u00c0-\u024f\u0370-\u052f])")


_OPENING_REMARK = re.compile(r"^\s*(?P<remark>\([^()]*\)|\[[^\[\]]*\])\s*[.;]?\s*(?P<rest>.*)$")


# A question's own numbering or bullet, as people write it before the question in any outline form: "- ", "• ",
# "3. ", "3) ", "1.1 ", "2.3.1. ", "Q1. ", "Q 2: ", "Q3 ", "Question 4: ", "(a) ", "b) ", "IV. ".
_BULLET = re.compile(r"^[-*+\u2022\u25aa\u25e6\u2013]\s+")
_PLAIN_NUMBER = re.compile(r"^\d+[.)]\s+")
_NUMBERING = re.compile(
    r"^(?:\d+[.)]|\d+(?:\.\d+)+\.?|(?:Q|Question)\s?\d+(?:\.\d+)*[.:)]?|\(?[a-z][.)]|\([a-z]\)|[IVX]+[.)])\s+"
)


def without_enumeration(question: str) -> str:
    """``question`` without its bullet or numbering. A list's plain number ("3. ") always goes; any other number or
    letter goes only before the question's capitalised
    first word (a capital, then a small letter, in any script; or an opening quote or "¿"), so "10 ECTS or more?" and
    "1.5 ECTS enough?" keep their figures."""
    text = _BULLET.sub("", question)
    if plain := _PLAIN_NUMBER.match(text):  # "3. " or "3) ": a list's number whatever follows, as always
        return text[plain.end() :]
    match = _NUMBERING.match(text)
    if match:
        rest = text[match.end() :]
        if rest[:1] in "\"'(\u201c\u00bf" or (len(rest) > 1 and rest[0].isupper() and rest[1].islower()):
            return rest
    return text


def _questions(value: object) -> list[str]:
    """Guiding questions from a list, a mapping (``Q1: What ...?``: the values, never the labels), or one text
    with a question per line."""
    if value is None:
        return []
    if isinstance(value, dict):
        items = [item if isinstance(item, str) else {key: item} for key, item in value.items()]
    elif isinstance(value, list | tuple):
        items = list(value)
    else:  # one text: a question per line, and several questions run together by YAML's folding ('>')
        items = []
        for line in str(value).splitlines():
            for part in _QUESTION_END.split(line):
                # "...? (Max. 300 words) Who ...?": the remark is the question's note, and no question of its own
                if items and (opening := _OPENING_REMARK.match(part)):
                    items[-1] = f"{items[-1]} {opening.group('remark')}"
                    part = opening.group("rest")
                if part.strip():
                    items.append(part)
    from pipeline.drafting.outline_lines import without_note

    out = []
    for item in items:
        for question in _item_questions(item):
            # a note after the question ("(see the 2023 survey)", "[optional]") has no place in the outline, as
            # in every other outline form (outline_lines.without_note)
            text = without_note(without_enumeration(" ".join(question.split())))
            if text:
                out.append(text)
    return out


_QUESTION_KEYS = ("question", "text", "q", "prompt", "guiding question", "title")


def _item_questions(item: object) -> list[str]:
    """The question(s) of one list item: a text; ``{question: ..., id: Q1}`` (the question, never the id); or
    ``{"What ...?": [points]}``, a question with the points under it (folded in as in a Markdown list)."""
    from pipeline.drafting.outline_lines import fold

    if not isinstance(item, dict):
        return [str(item)] if item is not None else []
    if len(item) == 1:
        ((key, value),) = item.items()
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return fold(" ".join(str(key).split()), [" ".join(v.split()) for v in value])
    named = {_plain(key): value for key, value in item.items()}
    for key in _QUESTION_KEYS:
        if isinstance(named.get(key), str):
            return [named[key]]
    texts = [value for value in item.values() if isinstance(value, str)]
    return [next((t for t in texts if t.rstrip().endswith("?")), texts[0])] if texts else []


def _section(raw: object, n: int, path: Path, taken: set[str]) -> dict[str, Any]:
    where = f"{path}: section {n}"
    if not isinstance(raw, dict):
        raise OutlineError(f"{where}: expected a section with a title and questions, found {type(raw).__name__}")
    fields: dict[str, Any] = {}
    for key, value in raw.items():
        field = _KEY_OF.get(_plain(key))
        if field is None:
            known = ", ".join(k for k in _KEYS)
            raise OutlineError(f"{where}: unknown key '{key}'; use {known} (or remove it)")
        if field in fields:
            raise OutlineError(f"{where}: '{key}' repeats the {field}; keep one of them")
        fields[field] = value
    title = " ".join(str(fields.get("title") or "").split())
    if title:
        where = f"{path}: section {n} ('{title}')"
    else:
        raise OutlineError(f"{where}: no title; add 'title: ...' (in Markdown a '## heading', in Word a Heading 1)")
    sid = str(fields.get("id") or "").strip() or new_section_id(title, taken)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", sid):
        raise OutlineError(f"{where}: id '{sid}' may hold only letters, digits, '-', '_' and '.'; change it")
    if sid.casefold() in taken:
        raise OutlineError(f"{where}: id '{sid}' is used by another section (ids are compared in any case)")
    taken.add(sid.casefold())
    audience = str(fields.get("audience") or "system").strip()
    if audience_for(audience) not in ("system", "provider", "both"):
        raise OutlineError(
            f"{where}: audience '{audience}' is neither system (policy makers, national authorities) nor "
            "provider (qualification developers, assessors); write one of the two or 'both', or leave it out for "
            "system"
        )
    questions = _questions(fields.get("questions"))
    if not questions:
        raise OutlineError(
            f"{where}: no guiding questions; add 'questions:' with one item per question (in Markdown, text or "
            "Word: lines ending in '?', or the questions under a 'Guiding questions:' line; a list item is a "
            "question when it asks or instructs, 'Describe ...', not when it names a point)"
        )
    purpose = " ".join(str(fields.get("purpose") or "").split()) or title
    return {"id": sid, "title": title, "audience": audience_for(audience), "purpose": purpose, "questions": questions}


def _is_question_list(value: object) -> bool:
    """A non-empty list of texts: what a key holding guiding questions looks like."""
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) for item in value)


def _keyed_section(key: object, value: object) -> object:
    """A section of a mapping: ``S1: {title: ...}`` takes the key as its id; ``Funding: [questions]`` (or
    ``Funding: "one question per line"``) takes it as its title."""
    if isinstance(value, dict):
        return {"id": key, **value}
    if isinstance(value, list | str):
        return {"title": key, "questions": value}
    return value


def normalise_outline(data: object, path: Path) -> dict[str, Any]:
    """The fields of an Outline from data as people write it; OutlineError naming file, section and fix."""
    if isinstance(data, list):  # a bare list of sections
        data = {"sections": data}
    if not isinstance(data, dict):
        raise OutlineError(f"{path}: an outline needs 'sections:', a list of sections with a title and questions")
    top: dict[str, Any] = {}
    titled: dict[str, Any] = {}  # "Recognition: [questions]" at the top: a section written as title -> questions
    for key, value in data.items():
        field = _TOP.get(_plain(key))
        if field is None and _is_question_list(value):
            titled[str(key)] = value
        elif field is None:
            raise OutlineError(f"{path}: unknown key '{key}' at the top; use title, version and sections")
        else:
            top[field] = value
    if titled and "sections" in top:
        raise OutlineError(f"{path}: '{next(iter(titled))}' at the top looks like a section; move it under 'sections:'")
    sections = top.get("sections", titled or None)
    if isinstance(sections, dict):
        sections = [_keyed_section(key, value) for key, value in sections.items()]
    if not isinstance(sections, list) or not sections:
        raise OutlineError(f"{path}: no sections; add 'sections:' with at least one section (title and questions)")
    taken: set[str] = set()
    out = {"sections": [_section(raw, n, path, taken) for n, raw in enumerate(sections, 1)]}
    if top.get("title"):
        out["title"] = " ".join(str(top["title"]).split())
    if top.get("version") is not None:
        out["version"] = str(top["version"])
    return out
