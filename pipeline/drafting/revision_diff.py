"""What changed between two revisions of a section, sentence by sentence, as an editor reads it.

The store's unified diff lists chunk ids; an editor wants the sentences, who and where they cite, and what
happened to each: ``added``, ``removed``, ``edited`` (new wording or other citations) or ``accepted`` /
``released`` (an editor's acceptance set or taken back). Sentences are aligned in reading order; two that
differ are the same sentence edited only when most of their wording is shared, else one was removed and
another added (an edit is never claimed between unrelated sentences).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.model import Revision, Sentence

CHANGES = ("added", "removed", "edited", "accepted", "released")
EDIT_SIMILARITY = 0.6  # share of characters two wordings keep in common to count as one sentence edited


@dataclass(frozen=True)
class SentenceChange:
    """One sentence that differs: ``before`` (in the older revision) and/or ``after`` (in the newer one).

    ``paragraph`` is the 0-based paragraph of the newer revision (of the older one for a removed sentence)
    and ``theme`` its guiding question or theme.
    """

    change: str
    paragraph: int
    theme: str
    before: Sentence | None = None
    after: Sentence | None = None


def source_label(fields: Mapping[str, Any]) -> str:
    """Who and where, for a cited passage as a revision stored it: 'Ana Lopes, DGES (Portugal): pt.pdf, page 3'."""
    who = ", ".join(str(x) for x in (fields.get("contributor"), fields.get("organisation")) if x)
    if fields.get("country"):
        who = f"{who} ({fields['country']})" if who else str(fields["country"])
    where = ", ".join(str(x) for x in (fields.get("file"), fields.get("location")) if x)
    return f"{who}: {where}" if who and where else who or where or "(source not stored)"


def _flat(revision: Revision) -> list[tuple[int, str, Sentence]]:
    return [(p, par.theme, s) for p, par in enumerate(revision.paragraphs) for s in par.sentences]


def _key(sentence: Sentence) -> str:
    return " ".join(sentence.text.split())


def _same(old: Sentence, new: Sentence) -> SentenceChange | None:
    """The change between two sentences with the same wording, or None when nothing an editor sees changed."""
    if old.citations != new.citations:
        return SentenceChange("edited", 0, "", old, new)
    if old.locked != new.locked:
        return SentenceChange("accepted" if new.locked else "released", 0, "", old, new)
    return None


def _pair(old: list, new: list) -> list[tuple[Any, Any]]:
    """Old and new sentences of a replaced stretch paired when their wording is close enough, in reading order."""
    pairs: list[tuple[Any, Any]] = []
    used: set[int] = set()
    for o in old:
        best, score = None, EDIT_SIMILARITY
        for j, n in enumerate(new):
            ratio = difflib.SequenceMatcher(None, _key(o[2]), _key(n[2]), autojunk=False).ratio()
            if j not in used and ratio >= score:
                best, score = j, ratio
        if best is None:
            pairs.append((o, None))
        else:
            used.add(best)
            pairs.append((o, new[best]))
    pairs += [(None, n) for j, n in enumerate(new) if j not in used]
    return pairs


def sentence_changes(old: Revision, new: Revision) -> tuple[SentenceChange, ...]:
    """The sentences that differ from ``old`` to ``new``, in the newer revision's reading order."""
    a, b = _flat(old), _flat(new)
    matcher = difflib.SequenceMatcher(None, [_key(x[2]) for x in a], [_key(x[2]) for x in b], autojunk=False)
    out: list[SentenceChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = list(zip(a[i1:i2], b[j1:j2], strict=True)) if tag == "equal" else _pair(a[i1:i2], b[j1:j2])
        for before, after in pairs:
            where = after or before
            if before and after and _key(before[2]) == _key(after[2]):
                same = _same(before[2], after[2])
                change = same.change if same else ""
            elif before and after:
                change = "edited"
            else:
                change = "added" if after else "removed"
            if change:
                out.append(
                    SentenceChange(
                        change, where[0], where[1], before[2] if before else None, after[2] if after else None
                    )
                )
    return tuple(out)


def _side(sentence: Sentence | None, sources: Mapping[str, Mapping[str, Any]]) -> dict[str, Any] | None:
    if sentence is None:
        return None
    return {
        "text": sentence.text,
        "kind": sentence.kind,
        "accepted": sentence.locked,
        "flags": list(sentence.flags),
        "citations": [{"chunk_id": c, "source": source_label(sources.get(c, {}))} for c in sentence.citations],
    }


def changes_json(old: Revision, new: Revision) -> list[dict[str, Any]]:
    """:func:`sentence_changes` as plain data: text and source labels, with chunk ids beside them."""
    sources = {**old.sources, **new.sources}
    return [
        {
            "change": c.change,
            "paragraph": c.paragraph,
            "theme": c.theme,
            "before": _side(c.before, sources),
            "after": _side(c.after, sources),
        }
        for c in sentence_changes(old, new)
    ]
