"""Who a sentence credits, with what, and whether their quotations stand word for word in their passages.

A draft sentence may name who holds a view: "According to X, ...", "X and Y hold: ...", "Contributors
from A and B make the same point: ...". Each named party (a contributor, an organisation or a country
from the sources' metadata) is credited with the words that follow the attribution, up to the next
one. The citation check then asks whether one of that party's own cited passages says it.

Names are looked for only where the sentence attributes (before a reporting verb, after "According to"),
never in the claim itself: "Georgia lists micro-credentials" is about Georgia, not a view credited to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.model import people_of

# reporting verbs that make the words before them the holder of the view that follows
_VERBS = (
    "writes|write|holds|hold|argues|argue|notes|note|says|say|states|state|stresses|stress|warns|warn|recommends|"
    "recommend|proposes|propose|suggests|suggest|calls for|call for|reports|report|observes|observe|points out|"
    "point out|explains|explain|emphasises|emphasise|emphasizes|emphasize|insists|insist|agrees|agree|adds|add|"
    "sees|see|believes|believe|considers|consider|maintains|maintain|contends|contend|finds|find|describes|describe|"
    "makes the same point|make the same point|make a similar point|makes a similar point|"
    "is of the view|are of the view|takes the view|take the view"
)
_FRAME_VERB = re.compile(
    rf"(?:\b(?:both|all|also)\s+)?\b(?:{_VERBS})\b(?:\s+that\b)?\s*:?"
)  # lower case: "Notes" heads a title
_ACCORDING = re.compile(r"(?:^|(?<=[;:.])\s+|,\s+)(?:according to|in the view of|for)\s+", re.IGNORECASE)
_HOLDER_START = re.compile(r"(?:^|;\s*|,?\s+(?:while|whereas)\s+|,\s+(?:and|but|as)\s+)(?=\S)", re.IGNORECASE)
_CLAIM_TAIL = re.compile(r"[\s,;:]*(?:\b(?:while|whereas|and|but|as)\b)?[\s,;:]*$", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:by contrast|in contrast|however|similarly|likewise|meanwhile|conversely|on the other hand|moreover|"
    r"also|instead|in addition),\s*",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"“([^”]+)”|\"([^\"]+)\"|«\s*([^»]+?)\s*»|‘([^’]+\s[^’]+)’")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|…|\.\.\.)\s*")
MAX_HOLDER_WORDS = 14


@dataclass(frozen=True)
class Party:
    """A contributor, organisation or country a sentence names as holding a view.

    ``chunk_ids`` are the passages (of all known ones) written by that party; ``claim`` is the part of
    the sentence credited to it; ``known`` is False for a name "According to" credits that no source has.
    """

    name: str
    chunk_ids: frozenset[str]
    claim: str
    known: bool = True


def _normal(text: str) -> str:
    """Quotes, apostrophes, dashes and spaces in one form, so that typography never decides a match."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00ad": None, "\u00a0": " "})
    return " ".join(text.translate(table).split())


class PartyIndex:
    """The names in the sources' metadata, each with the chunk ids of the passages it wrote."""

    def __init__(self, sources: Mapping[str, Mapping[str, str]]) -> None:
        owners: dict[tuple[str, str], set[str]] = {}
        for chunk_id, meta in sources.items():
            contributor = str(meta.get("contributor") or "").strip()
            if not contributor:  # a source without a contributor is named by its title or file
                contributor = str(meta.get("title") or meta.get("file") or "").strip()
            for field, value in (
                ("contributor", contributor),
                ("organisation", str(meta.get("organisation") or "").strip()),
                ("country", str(meta.get("country") or "").strip()),
            ):
                if len(value) >= 2:
                    owners.setdefault((field, value), set()).add(chunk_id)
        self.owners = {key: frozenset(ids) for key, ids in owners.items()}
        # the words of every known name: naming a contributor is attribution, not an unknown name in the claim
        self.words = frozenset(w.lower() for _, value in self.owners for w in re.findall(r"[\w'’-]+", value))
        patterns = []
        for (field, value), _ in sorted(self.owners.items(), key=lambda kv: -len(kv[0][1])):
            key = f"g{len(patterns)}"
            patterns.append((key, field, value, rf"(?P<{key}>\b{re.escape(value)}\b)"))
            surname = value.split()[-1] if field == "contributor" and len(value.split()) > 1 else ""
            if surname and len(people_of(value)) > 1:
                surname = ""  # "Jones" alone is one of a joint input's authors, whose passage is not hers alone
            if len(surname) >= 3 and surname[0].isupper():
                key = f"g{len(patterns)}"
                patterns.append((key, field, value, rf"(?P<{key}>\b{re.escape(surname)}\b)"))
        self._groups = {key: (field, value) for key, field, value, _ in patterns}
        # names are matched with their own capitals: "Kelly" is a person, "kelly" is not
        self._regex = re.compile("|".join(p for *_, p in patterns)) if patterns else None

    def mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, field, value)`` of every known name in ``text``, qualifiers in brackets left out."""
        if self._regex is None:
            return []
        found = []
        for match in self._regex.finditer(text):
            field, value = self._groups[match.lastgroup or ""]
            found.append((match.start(), match.end(), field, value))
        kept: list[tuple[int, int, str, str]] = []
        for start, end, field, value in found:
            depth = text[:start].count("(") - text[:start].count(")")
            if depth > 0 and kept:  # "Nino Beridze (Georgian Agency, Georgia)": the bracket only qualifies her
                continue
            kept.append((start, end, field, value))
        return kept


def _holders(sentence: str) -> list[tuple[int, int, int]]:
    """``(holder_start, holder_end, claim_start)`` of each attribution frame, in order."""
    frames = []
    for match in _ACCORDING.finditer(sentence):
        start = match.end()
        depth, end = 0, None
        for i in range(start, len(sentence)):
            char = sentence[i]
            depth += char == "("
            depth -= char == ")"
            if depth <= 0 and char in ",:":
                end = i
                break
        if end is not None and len(sentence[start:end].split()) <= MAX_HOLDER_WORDS:
            frames.append((start, end, end + 1))
    according = list(frames)
    for match in _FRAME_VERB.finditer(sentence):
        if any(start - 14 <= match.start() < claim for start, _, claim in according):
            continue  # inside an "According to X," frame: X's name is not a reporting verb
        before = sentence[: match.start()]
        starts = [m.end() for m in _HOLDER_START.finditer(before)]
        start = max((s for s in starts if s < len(before)), default=0)
        lead = _LEAD.match(sentence[start:])
        start += lead.end() if lead else 0
        holder = sentence[start : match.start()].strip()
        if holder and len(holder.split()) <= MAX_HOLDER_WORDS and '"' not in holder and "“" not in holder:
            frames.append((start, match.start(), match.end()))
    frames.sort()
    out: list[tuple[int, int, int]] = []
    for frame in frames:  # an "According to" frame and a verb frame may overlap: the first one wins
        if not out or frame[0] >= out[-1][2]:
            out.append(frame)
    return out


def credited(sentence: str, index: PartyIndex) -> list[Party]:
    """The parties ``sentence`` names as holding a view, each with the words credited to it."""
    frames = _holders(sentence)
    parties: list[Party] = []
    for n, (start, end, claim_start) in enumerate(frames):
        claim_end = frames[n + 1][0] if n + 1 < len(frames) else len(sentence)
        claim = _CLAIM_TAIL.sub("", sentence[claim_start:claim_end]).strip(" ,;:")
        if not re.search(r"\w", claim):  # "..., as X notes.": the words before the frame are X's
            previous = frames[n - 1][2] if n else 0
            claim = _CLAIM_TAIL.sub("", sentence[previous:start]).strip(" ,;:")
        holder = sentence[start:end]
        mentions = index.mentions(holder)
        for _, _, field, value in mentions:
            if any(p.name == value for p in parties):
                continue
            parties.append(Party(value, index.owners[(field, value)], claim))
        explicit = _ACCORDING.search(sentence[max(0, start - 20) : start + 1]) is not None
        name = holder.strip(" ,:")
        longer = index.mentions(sentence[start:]) if not mentions and explicit else []
        if longer and longer[0][0] == 0:  # a title with a comma in it ("Guidance, Flexibility and Funding")
            _, end_name, field, value = longer[0]
            rest = _CLAIM_TAIL.sub("", sentence[start + end_name : claim_end]).strip(" ,;:")
            parties.append(Party(value, index.owners[(field, value)], rest or claim))
        elif not mentions and explicit and re.search(r"[A-Z]", name):
            parties.append(Party(name, frozenset(), claim, known=False))  # "According to the OECD": no such source
    return parties


def without_credits(sentence: str, index: PartyIndex) -> str:
    """``sentence`` without the attributions that name a known party: the claim itself, for the support score.

    "Nino Beridze and Ion Rusu both hold that registers help" -> "registers help"; a frame whose holder names no
    known party ("Employers warn that ...") is part of the claim and stays.
    """
    frames = [f for f in _holders(sentence) if index.mentions(sentence[f[0] : f[1]])]
    if not frames:
        return sentence
    kept, at = [], 0
    for start, _, claim_start in frames:
        kept.append(sentence[at:start])
        at = claim_start
    kept.append(sentence[at:])
    text = " ".join(" ".join(kept).split()).strip(" ,;:")
    text = re.sub(r"^(?:both|all|also)\s+", "", text)
    return text[:1].upper() + text[1:] if text else sentence


def quotations(text: str) -> list[tuple[int, str]]:
    """``(position, words)`` of each quotation in ``text``: straight, typographic or guillemet quotes."""
    return [(m.start(), next(g for g in m.groups() if g is not None)) for m in _QUOTE.finditer(text)]


def quote_stands_in(quote: str, passage: str) -> bool:
    """Whether ``quote`` stands word for word in ``passage``: quote style, spacing, the case of its first
    letter, a final full stop and an ellipsis marking a cut aside (the pieces must come in order)."""
    text = _normal(passage)
    pieces = [p for p in _ELLIPSIS.split(_normal(quote).strip().rstrip(".").strip()) if p.strip()]
    if not pieces:
        return True
    at = 0
    for piece in pieces:
        piece = piece.strip()
        head = (
            f"[{re.escape(piece[0].lower())}{re.escape(piece[0].upper())}]"
            if piece[0].isalpha()
            else re.escape(piece[0])
        )
        match = re.compile(head + re.escape(piece[1:])).search(text, at)
        if match is None:
            return False
        at = match.end()
    return True
