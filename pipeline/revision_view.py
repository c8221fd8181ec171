"""A stored revision as ``show`` prints it, and which of its passages were read by OCR."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import Any

from pipeline.model import Revision


def revision_json(revision: Revision, title: str, status: str, ocr: Collection[str] = ()) -> dict[str, Any]:
    """A stored revision in the BRIEF's ``show`` shape; ``ocr`` are the cited passages read by OCR."""
    llm = revision.backend.startswith("llm:")
    return {
        "section_id": revision.section_id,
        "title": title,
        "revision": revision.number,
        "backend": revision.backend,
        "llm_used": llm,
        "drafter_note": "" if llm else "drafted offline by the extractive drafter (no LLM configured)",
        "status": status,
        "author": revision.author,
        "created_at": revision.created_at,
        "paragraphs": [
            {"theme": p.theme, "sentences": [s.as_json() for s in p.sentences]} for p in revision.paragraphs
        ],
        "sources": {cid: {**src, "ocr": cid in ocr} for cid, src in revision.sources.items()},
        "gaps": [{"question": g.question, "note": g.note} for g in revision.gaps],
        "notes": list(revision.notes),
    }


def ocr_chunk_ids(workspace: Path, chunk_ids: Collection[str]) -> set[str]:
    """Which of these passages were read by OCR (a chunk id names fixed text, so the manifest's answer holds for
    every revision citing it); none when the workspace has no manifest."""
    from pipeline.index.manifest import Manifest
    from pipeline.index.workspace_index import MANIFEST_FILE

    path = workspace / MANIFEST_FILE
    if not chunk_ids or not path.is_file():
        return set()
    manifest = Manifest(path)
    try:
        return {cid for cid, rec in manifest.chunks(list(chunk_ids)).items() if rec.location.get("ocr")}
    finally:
        manifest.close()
