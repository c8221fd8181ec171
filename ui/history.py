"""A section's revisions compared as an editor reads them: citations as [n], each number's source named.

The store's own diff lists 32-character chunk ids, which no editor can read. Here both revisions share one
numbering (the newer revision's, as its Read tab shows it, then numbers for passages only the older one cited),
so a sentence whose citations did not change reads the same on both sides and is not reported as changed.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from pipeline.drafting.editing import citation_numbers
from pipeline.drafting.revision_diff import sentence_changes, source_label
from pipeline.model import Revision, Sentence


@dataclass(frozen=True)
class RevisionDiff:
    """A unified diff between two revisions and the sources of the citation numbers its changed lines use."""

    lines: tuple[str, ...]
    sources: tuple[tuple[int, str], ...]  # (number, "contributor, organisation (country): file, location")

    def text(self) -> str:
        """The diff as one block of text, "(no difference)" when there is none."""
        return "\n".join(self.lines) or "(no difference)"


def shared_numbers(old: Revision, new: Revision) -> dict[str, int]:
    """Chunk id -> number: the newer revision's numbering, then the passages only the older one cites."""
    numbers = citation_numbers(new)
    for cid in citation_numbers(old):
        numbers.setdefault(cid, len(numbers) + 1)
    return numbers


def source_name(fields: dict[str, str]) -> str:
    """Who and where, for a cited passage as a revision stored it (the CLI's history names sources the same way)."""
    return source_label(fields)


def _line(sentence: Sentence, numbers: dict[str, int]) -> str:
    marks = "".join(f" [{numbers[c]}]" for c in sentence.citations)
    return f"{' '.join(sentence.text.split())}{marks}{' (accepted)' if sentence.locked else ''}"


def _lines(revision: Revision, numbers: dict[str, int]) -> list[str]:
    out: list[str] = []
    for p, paragraph in enumerate(revision.paragraphs):
        if p:
            out.append("")
        out.extend(_line(s, numbers) for s in paragraph.sentences)
    return out


def compare(old: Revision, new: Revision) -> RevisionDiff:
    """The sentences that differ from ``old`` to ``new`` in one numbering, with the sources they cite."""
    numbers = shared_numbers(old, new)
    lines = tuple(
        difflib.unified_diff(
            _lines(old, numbers),
            _lines(new, numbers),
            f"revision {old.number}",
            f"revision {new.number}",
            lineterm="",
        )
    )
    changed = [line for line in lines[2:] if line.startswith(("+", "-"))]
    used = {n for n in numbers.values() if any(f"[{n}]" in line for line in changed)}
    by_number = {n: cid for cid, n in numbers.items()}
    stored = {**old.sources, **new.sources}
    sources = tuple((n, source_name(stored.get(by_number[n], {}))) for n in sorted(used))
    return RevisionDiff(lines, sources)


CHANGE_LABELS = {
    "added": "Added",
    "removed": "Removed",
    "edited": "Edited",
    "accepted": "Accepted",
    "released": "No longer accepted",
}


def described_changes(old: Revision, new: Revision) -> tuple[tuple[str, str], ...]:
    """What changed from ``old`` to ``new`` in words, one ``(label, sentence with its [n])`` per changed sentence.

    An edit reads "new wording [n] (was: old wording [m])", in the numbering of :func:`compare`.
    """
    numbers = shared_numbers(old, new)
    out = []
    for change in sentence_changes(old, new):
        text = _line(change.after or change.before, numbers).removesuffix(" (accepted)")  # type: ignore[arg-type]
        if change.change == "edited" and change.before is not None:
            text += f" (was: {_line(change.before, numbers).removesuffix(' (accepted)')})"
        out.append((CHANGE_LABELS.get(change.change, change.change), text))
    return tuple(out)
