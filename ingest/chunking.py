"""Split passages into chunks that never cross a location, with deterministic ids."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from ingest.model import QUOTE_MARK, Chunk, Passage

CHUNKER_VERSION = "2"  # bump when splitting rules change: it is part of the collection name


def index_text(text: str, location: Mapping[str, Any], meta: Mapping[str, str]) -> str:
    """The text that is embedded and indexed for BM25: the chunk under a short header.

    A chunk alone often lacks what a question names: the contributor's country, the heading of its
    section, the title of the slide its notes belong to. The header supplies it; the chunk's own text
    (what editors see and cite) stays unchanged.
    """
    who = ", ".join(v for v in (meta.get("contributor"), meta.get("organisation"), meta.get("country")) if v)
    where = str(location.get("location", ""))
    path = str(location.get("section_path") or location.get("section") or "")
    if path and path.split(" > ")[-1] not in where:
        where = f"{where}: {path}"
    elif " > " in path:
        where = f"{where} ({path})"
    header = " - ".join(v for v in (meta.get("title", ""), who) if v)
    return f"{header}\n{where}\n{text}" if header else f"{where}\n{text}"


def chunk_id(content_hash: str, location: str, text: str) -> str:
    """Hash of the source's content hash, the location label and the chunk text."""
    digest = hashlib.sha256("\x1f".join((content_hash, location, text)).encode("utf-8"))
    return digest.hexdigest()[:32]


def make_chunks(
    file: str,
    content_hash: str,
    passages: Iterable[Passage],
    chunk_size: int = 900,
    chunk_overlap: int = 120,
) -> list[Chunk]:
    """Chunks of each passage in reading order.

    Each passage is split on its own, so a chunk never spans two pages, slides or sections.
    Identical text at the same location yields one chunk (its id would collide).
    """
    # imported here: the splitter pulls in langchain_core, which commands that only read the workspace never need
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=["\n\n", "\n", ". ", "; ", ", ", " ", ""],
        keep_separator="end",
        strip_whitespace=True,
    )
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for passage in passages:
        cursor = 0
        for piece in splitter.split_text(passage.text):
            text = piece.strip()
            if not text:
                continue
            text, cursor = _marked(passage.text, text, cursor)
            cid = chunk_id(content_hash, passage.location.label, text)
            if cid in seen:
                continue
            seen.add(cid)
            chunks.append(Chunk(cid, file, text, passage.location, len(chunks)))
    return chunks


def _marked(whole: str, piece: str, cursor: int) -> tuple[str, int]:
    """``piece`` of the passage text ``whole``, opened by QUOTE_MARK when it starts inside a quoted line (the
    form's, the template's or another writer's words, never the contributor's): a line longer than a chunk is cut,
    and the piece cut off keeps the mark its line opened with. Returns the piece and where to look for the next one
    (pieces come in order, overlapping)."""
    at = whole.find(piece, cursor)
    if at < 0:
        at = whole.find(piece)
    if at < 0:
        return piece, cursor  # not found as it stands (the splitter keeps text whole; a safeguard): as it was
    line_start = whole.rfind("\n", 0, at) + 1
    if at > line_start and whole.startswith(QUOTE_MARK, line_start):
        piece = QUOTE_MARK + piece
    return piece, at + 1
