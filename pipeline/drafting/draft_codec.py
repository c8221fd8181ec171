"""Storage format of the draft store: the SQLite schema, and revisions as rows with JSON columns.

Paragraphs, sentences, gaps, sources and notes are JSON text. Encoding is explicit rather than
``dataclasses.asdict`` so that the stored shape is a contract of its own: decoding ignores keys it
does not know and lets missing keys take the dataclass default, so rows written by an older or
newer version of ``pipeline.model`` still read back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from pipeline.model import CitationCheck, Gap, Paragraph, Revision, Sentence

STATUSES = ("draft", "in_review", "approved")
SCHEMA_VERSION = 1  # PRAGMA user_version; bump with a migration when the tables change

# Triggers make revisions immutable at the database level, not just by convention of this module.
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS sections (
    section_id TEXT PRIMARY KEY,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN {STATUSES!r}),
    status_by TEXT NOT NULL DEFAULT '',
    status_at TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS revisions (
    section_id TEXT NOT NULL REFERENCES sections(section_id),
    number INTEGER NOT NULL CHECK (number > 0),
    author TEXT NOT NULL,
    backend TEXT NOT NULL,
    created_at TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    raw_output TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    gaps TEXT NOT NULL,
    sources TEXT NOT NULL,
    notes TEXT NOT NULL,
    sentences INTEGER NOT NULL,
    flagged INTEGER NOT NULL,
    PRIMARY KEY (section_id, number)
);
CREATE TRIGGER IF NOT EXISTS revisions_no_update BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TRIGGER IF NOT EXISTS revisions_no_delete BEFORE DELETE ON revisions
BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
CREATE TABLE IF NOT EXISTS evidence_marks (
    section_id TEXT NOT NULL REFERENCES sections(section_id),
    chunk_id TEXT NOT NULL,
    mark TEXT NOT NULL CHECK (mark IN ('pinned', 'excluded')),
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (section_id, chunk_id)
);
"""


def dumps(value: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable in the database."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def sentence_to_dict(sentence: Sentence) -> dict[str, Any]:
    """Every field of a sentence, JSON-ready (floats are kept unrounded, unlike ``Sentence.as_json``)."""
    return {
        "text": sentence.text,
        "citations": list(sentence.citations),
        "support": sentence.support,
        "flags": list(sentence.flags),
        "quote": sentence.quote,
        "locked": sentence.locked,
        "kind": sentence.kind,
        "checks": [
            {"chunk_id": c.chunk_id, "support": c.support, "flags": list(c.flags), "evidence": c.evidence}
            for c in sentence.checks
        ],
    }


def sentence_from_dict(data: dict[str, Any]) -> Sentence:
    """The sentence stored by :func:`sentence_to_dict`."""
    support = data.get("support")
    return Sentence(
        text=str(data["text"]),
        citations=tuple(str(c) for c in data.get("citations", ())),
        support=None if support is None else float(support),
        flags=tuple(str(f) for f in data.get("flags", ())),
        quote=data.get("quote"),
        locked=bool(data.get("locked", False)),
        kind=str(data.get("kind", "evidence")),
        checks=tuple(
            CitationCheck(
                chunk_id=str(c["chunk_id"]),
                support=None if c.get("support") is None else float(c["support"]),
                flags=tuple(str(f) for f in c.get("flags", ())),
                evidence=str(c.get("evidence", "")),
            )
            for c in data.get("checks", ())
        ),
    )


def encode_paragraphs(paragraphs: Iterable[Paragraph]) -> str:
    """Paragraphs as a JSON list of ``{"theme", "sentences"}``."""
    return dumps([{"theme": p.theme, "sentences": [sentence_to_dict(s) for s in p.sentences]} for p in paragraphs])


def decode_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """The paragraphs stored by :func:`encode_paragraphs`."""
    return tuple(
        Paragraph(
            sentences=tuple(sentence_from_dict(s) for s in p.get("sentences", ())),
            theme=str(p.get("theme", "")),
        )
        for p in json.loads(text)
    )


def encode_gaps(gaps: Iterable[Gap]) -> str:
    """Gaps as a JSON list of ``{"question", "note"}``."""
    return dumps([{"question": g.question, "note": g.note} for g in gaps])


def decode_gaps(text: str) -> tuple[Gap, ...]:
    """The gaps stored by :func:`encode_gaps`."""
    return tuple(Gap(question=str(g["question"]), note=str(g.get("note", ""))) for g in json.loads(text))


def encode_sources(sources: dict[str, dict[str, str]]) -> str:
    """Cited passages keyed by chunk id, with their fields as strings."""
    return dumps({cid: {k: str(v) for k, v in fields.items()} for cid, fields in sources.items()})


def decode_sources(text: str) -> dict[str, dict[str, str]]:
    """The sources stored by :func:`encode_sources`."""
    return {str(cid): {str(k): str(v) for k, v in fields.items()} for cid, fields in json.loads(text).items()}


def encode_notes(notes: Iterable[str]) -> str:
    """Notes as a JSON list of strings."""
    return dumps(list(notes))


def decode_notes(text: str) -> tuple[str, ...]:
    """The notes stored by :func:`encode_notes`."""
    return tuple(str(n) for n in json.loads(text))


# Column order of the ``revisions`` table as read and written by :func:`revision_to_row` / :func:`revision_from_row`.
COLUMNS = (
    "section_id, number, author, backend, created_at, prompt_version, raw_output,"
    " paragraphs, gaps, sources, notes, sentences, flagged"
)
INSERT_REVISION = f"INSERT INTO revisions ({COLUMNS}) VALUES ({','.join('?' * len(COLUMNS.split(',')))})"


def revision_to_row(rev: Revision) -> tuple[Any, ...]:
    """A revision as a ``revisions`` row; sentence and flag counts are stored so history needs no decoding."""
    sentences = rev.sentences()
    return (
        *(rev.section_id, rev.number, rev.author, rev.backend, rev.created_at, rev.prompt_version, rev.raw_output),
        encode_paragraphs(rev.paragraphs),
        encode_gaps(rev.gaps),
        encode_sources(rev.sources),
        encode_notes(rev.notes),
        len(sentences),
        sum(1 for s in sentences if s.flags),
    )


def revision_from_row(row: Sequence[Any]) -> Revision:
    """The revision stored by :func:`revision_to_row` (counts are derived, so they are not read back)."""
    section_id, number, author, backend, created_at, prompt_version, raw_output = row[:7]
    return Revision(
        *(section_id, number, decode_paragraphs(row[7]), decode_gaps(row[8]), backend, author, created_at),
        prompt_version=prompt_version,
        raw_output=raw_output,
        sources=decode_sources(row[9]),
        notes=decode_notes(row[10]),
    )


def sentence_lines(rev: Revision) -> list[str]:
    """The revision as text for diffing: one sentence per line with its citations, a blank line between paragraphs."""
    out: list[str] = []
    for i, par in enumerate(rev.paragraphs):
        if i:
            out.append("")
        out.extend(_line(s) for s in par.sentences)
    return out


def _line(sentence: Sentence) -> str:
    """One sentence as a diff line: text, citations, and whether an editor accepted it."""
    cited = f" [{', '.join(sentence.citations)}]" if sentence.citations else ""
    return f"{sentence.text}{cited}{' (accepted)' if sentence.locked else ''}"
