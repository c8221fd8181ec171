"""Corruption benchmark: does the citation check catch the mistakes drafters make, and leave good sentences alone?

    python eval/corruption.py [--seed 0] [--json-out FILE]

Ingests corpus/ into a temporary workspace, drafts every section of corpus/outline.yaml with the offline
drafter, checks the sentences, then makes corrupted copies of each and checks those:
- number: a number of the sentence changed;
- negation: "not" added after the first auxiliary, or an existing "not" removed;
- other_section: the citation replaced by a passage that another section's evidence holds;
- second_citation: a second citation added, to a passage of another contributor in the same section's evidence;
- quote_second_contributor: the quotation credited to its author and a second contributor, citing both.
Reports, per kind, the share of copies flagged (any check flag the original did not have) and the share with
the flag meant for that mistake, and the share of untouched originals flagged (targets: >= 0.9, <= 0.05).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.drafting.checking import CHECK_FLAGS, check_one, flag_code  # noqa: E402
from pipeline.model import Evidence, Sentence  # noqa: E402

EXPECTED = {
    "number": ("unknown_number",),
    "negation": ("contradicted",),
    "other_section": ("weak_support", "citation_unsupported", "misattributed"),
    "second_citation": ("citation_unsupported",),
    "quote_second_contributor": ("false_quote", "misattributed"),
}
_AUX = re.compile(r"\b(is|are|was|were|should|must|can|will|would|could|may|might|has|have|does|do|did)\b")
_NOT = re.compile(r"\b(not|never)\s+|n't\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.,]\d)")


def _negate(text: str) -> str | None:
    """``text`` with its first negation removed, or "not" added after its first auxiliary."""
    if _NOT.search(text):
        return _NOT.sub(lambda m: "" if m.group(0).startswith(("not", "never")) else "", text, count=1)
    match = _AUX.search(text)
    return None if match is None else f"{text[: match.end()]} not{text[match.end() :]}"


def _renumber(text: str) -> str | None:
    """``text`` with its first whole number changed (doubled plus one: never the same value)."""
    match = _NUMBER.search(text)
    return None if match is None else f"{text[: match.start()]}{int(match.group(0)) * 2 + 1}{text[match.end() :]}"


def _who(e: Evidence) -> str:
    return e.contributor or e.title or e.file


def corrupt(sentence: Sentence, kind: str, section: list[Evidence], others: list[Evidence], rng: random.Random):
    """A corrupted copy of ``sentence`` and the extra passages it cites, or None when the kind does not apply."""
    quote = sentence.quote or sentence.text
    cited = {e.chunk_id: e for e in section if e.chunk_id in sentence.citations}
    authors = {_who(e) for e in cited.values()}
    strangers = [e for e in section if e.chunk_id not in cited and _who(e) not in authors]
    if kind in ("number", "negation"):
        changed = (_renumber if kind == "number" else _negate)(quote)
        if changed is None or quote not in sentence.text:
            return None
        return replace(sentence, text=sentence.text.replace(quote, changed), quote=changed), []
    if kind == "other_section":
        if not others:
            return None
        extra = rng.choice(others)
        return replace(sentence, citations=(extra.chunk_id,)), [extra]
    if not strangers:
        return None
    extra = rng.choice(strangers)
    if kind == "second_citation":
        return replace(sentence, citations=(*sentence.citations, extra.chunk_id)), []
    if len(authors) != 1:
        return None
    text = f"{next(iter(authors))} and {_who(extra)} write: “{quote}”"
    return replace(sentence, text=text, citations=(*sentence.citations, extra.chunk_id)), []


def _flags(sentence: Sentence) -> set[str]:
    return {flag_code(f) for f in sentence.flags if flag_code(f) in CHECK_FLAGS}


def run(seed: int) -> dict:
    """Draft the sample outline, corrupt its sentences, and count what the check flags."""
    from pipeline.drafting.drafters.extractive import ExtractiveDrafter
    from pipeline.drafting.evidence import gather_evidence
    from pipeline.drafting.outline import load_outline
    from pipeline.drafting.support import SupportChecker
    from pipeline.index.embeddings import MiniLMEmbedder
    from pipeline.index.ingestion import ingest_paths
    from pipeline.index.search import Searcher
    from pipeline.index.workspace_index import Index
    from pipeline.settings import Settings

    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        embedder = MiniLMEmbedder()
        index = Index(Settings(workspace=Path(tmp) / "ws"), embedder=embedder)
        ingest_paths(index, [ROOT / "corpus"])
        outline = load_outline(ROOT / "corpus" / "outline.yaml")
        searcher, checker, drafter = Searcher(index), SupportChecker(embedder), ExtractiveDrafter(embedder)
        evidence = {s.id: list(gather_evidence(searcher, s).evidence) for s in outline.sections}
        drafts = {s.id: drafter.draft(s, gather_evidence(searcher, s)) for s in outline.sections}
    every = {e.chunk_id: e for items in evidence.values() for e in items}
    passages = {c: e.text for c, e in every.items()}
    sources = {c: e.source() for c, e in every.items()}
    originals, flagged_originals, examples = 0, [], {}
    counts = {kind: {"copies": 0, "flagged": 0, "expected_flag": 0} for kind in EXPECTED}
    for section_id, draft in drafts.items():
        own = {e.chunk_id for e in evidence[section_id]}
        others = [e for sid, items in evidence.items() if sid != section_id for e in items if e.chunk_id not in own]
        for paragraph in draft.paragraphs:
            for sentence in paragraph.sentences:
                checked = check_one(sentence, passages, checker, sources).sentence
                originals += 1
                before = _flags(checked)
                if before:
                    flagged_originals.append({"text": checked.text, "flags": list(checked.flags)})
                for kind, expected in EXPECTED.items():
                    made = corrupt(sentence, kind, evidence[section_id], others, rng)
                    if made is None:
                        continue
                    copy, _ = made
                    after = _flags(check_one(copy, passages, checker, sources).sentence)
                    counts[kind]["copies"] += 1
                    counts[kind]["flagged"] += bool(after - before)
                    hit = bool(after & set(expected))
                    counts[kind]["expected_flag"] += hit
                    if not (after - before):
                        examples.setdefault(kind, []).append(copy.text[:200])
    result = {
        "sections": len(drafts),
        "originals": originals,
        "originals_flagged_share": round(len(flagged_originals) / max(originals, 1), 3),
        "kinds": {
            k: {
                **c,
                "flagged_share": round(c["flagged"] / max(c["copies"], 1), 3),
                "expected_flag_share": round(c["expected_flag"] / max(c["copies"], 1), 3),
            }
            for k, c in counts.items()
        },  # fmt: skip
        "flagged_originals": flagged_originals,
        "missed_examples": {k: v[:3] for k, v in examples.items()},
    }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json-out", type=Path)
    args = parser.parse_args()
    result = run(args.seed)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.json_out:
        args.json_out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
