"""The citation check run after any drafter: valid ids, every citation and every named contributor checked.

For each sentence: ids not among the passages are removed; each cited passage is scored on its own
against the sentence (or the clause it is most likely cited for) and gets its own verdict; each
contributor, organisation or country the sentence names is checked against that party's own cited
passages; quotations must stand word for word in a passage of whoever they are credited to; a claim
that negates its best evidence sentence is ``contradicted``. Flags may carry a detail after a colon
(``misattributed: Siobhan Kelly``); ``pipeline.labels.flag_label`` turns them into words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pipeline.drafting.attribution import PartyIndex, credited, quotations, quote_stands_in, without_credits
from pipeline.drafting.citation_verdicts import Verdict, judge_citations
from pipeline.drafting.support import SupportChecker, without_quotes
from pipeline.model import CitationCheck, DraftResult, Paragraph, Sentence, verb_for

# Flags this check owns (the part before any ":"); it recomputes them, and keeps any other flag a drafter or editor set.
CHECK_FLAGS = (
    "unknown_citation", "uncited", "weak_support", "unknown_number", "unknown_name", "citation_unsupported",
    "citation_dropped", "misattributed", "false_quote", "contradicted", "wrong_count", "quoted_words",
)  # fmt: skip
# Flags that say a sentence misreports its sources; the LLM judge never removes them and the score drops.
HARD_FLAGS = ("misattributed", "false_quote", "contradicted", "wrong_count")


def flag_code(flag: str) -> str:
    """The code of a flag without its detail: ``misattributed: Siobhan Kelly`` -> ``misattributed``."""
    return flag.partition(":")[0].strip()


@dataclass(frozen=True)
class Checked:
    """A checked sentence and what the check did that the draft's notes should record."""

    sentence: Sentence
    notes: tuple[str, ...] = ()


def _party_flags(
    sentence: Sentence,
    valid: Sequence[str],
    verdicts: Mapping[str, Verdict],
    index: PartyIndex,
    passages: Mapping[str, str],
    checker: SupportChecker,
) -> list[str]:
    """``misattributed: NAME`` for each named party none of whose cited passages says what it is credited with,
    and ``false_quote`` when a quotation is not word for word in a cited passage of each party it is credited to."""
    flags: list[str] = []
    parties = credited(sentence.text, index)
    for party in parties:
        own = [c for c in valid if c in party.chunk_ids]
        says = False
        for chunk_id in own:
            verdict = verdicts[chunk_id]
            if verdict.contradicted:
                continue
            claim = party.claim.strip(' “”"')
            says = verdict.supported or checker.score(claim, [passages[chunk_id]])[0] >= checker.threshold
            if says:
                break
        if not party.known or not says:
            flags.append(f"misattributed: {party.name}")
    for _, quote in quotations(sentence.text):
        holders = [p for p in parties if quote in p.claim] or [None]
        for party in holders:
            own = [c for c in valid if party is None or c in party.chunk_ids]
            if not any(quote_stands_in(quote, passages[c]) for c in own):
                flags.append("false_quote")
                break
    return list(dict.fromkeys(flags))


def check_sentence(
    sentence: Sentence,
    passages: Mapping[str, str],
    checker: SupportChecker | None,
    sources: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    drop_unsupported: bool = False,
) -> Sentence:
    """One sentence with ids not in ``passages`` removed, each citation and named party checked, flags set.

    ``sources`` (chunk id -> metadata: contributor, organisation, country, title, file) lets the check know who
    wrote each passage; without it named contributors are not checked. With ``drop_unsupported`` (LLM drafts), a
    citation whose passage does not say the sentence is removed when another citation does, and flagged.
    """
    return check_one(sentence, passages, checker, sources, drop_unsupported=drop_unsupported).sentence


def check_one(
    sentence: Sentence,
    passages: Mapping[str, str],
    checker: SupportChecker | None,
    sources: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    drop_unsupported: bool = False,
    index: PartyIndex | None = None,
) -> Checked:
    """:func:`check_sentence`, with the notes (dropped citations) the draft should record."""
    valid = tuple(c for c in dict.fromkeys(sentence.citations) if c in passages)
    flags = [f for f in sentence.flags if flag_code(f) not in CHECK_FLAGS]
    if len(valid) < len(set(sentence.citations)):
        flags.append("unknown_citation")
    if not valid:
        return Checked(replace(sentence, citations=(), support=None, checks=(), flags=tuple([*flags, "uncited"])))
    if checker is None:
        return Checked(replace(sentence, citations=valid, support=None, checks=(), flags=tuple(dict.fromkeys(flags))))
    index = index or (PartyIndex(sources) if sources else None)
    # the claim without "X and Y hold that": who holds it is checked on its own, below
    claim = sentence.quote or (without_credits(sentence.text, index) if index else sentence.text)
    union = checker.check(claim, [passages[c] for c in valid], index.words if index else frozenset())
    verdicts = judge_citations(claim, valid, passages, checker, (union.score, union.best))
    notes: list[str] = []
    supporting = [c for c in valid if verdicts[c].supported]
    if drop_unsupported and supporting and len(supporting) < len(valid):
        dropped = [c for c in valid if c not in supporting]
        notes.append(
            f"dropped citation(s) {', '.join(dropped)} from “{sentence.text[:80]}”: the passage does not say it"
        )
        flags.append("citation_dropped")
        valid = tuple(supporting)
    summary = sentence.kind == "summary"  # built from counts over its passages: no single passage says it
    score = union.score
    if not summary:
        flags.extend(f for f in union.flags if f != "weak_support")
        if any(not verdicts[c].supported for c in valid):
            flags.append("citation_unsupported")
        if not supporting:  # support pieced together from passages none of which says it: below the threshold
            score *= checker.threshold
        if score < checker.threshold or not supporting:
            flags.append("weak_support")
        top = max(valid, key=lambda c: verdicts[c].score)
        if verdicts[top].contradicted:  # the best evidence says the opposite
            flags.append("contradicted")
        # a line its reader marked as quoted from someone else (a blog quoting a welder) backs the sentence, but
        # never in the name of the passage's author: who holds what is checked on the author's own words
        own, own_verdicts = _own_words(claim, valid, passages, checker, verdicts, index)
        if any(verdicts[c].supported and not own_verdicts[c].supported for c in valid):
            flags.append("quoted_words")
        if index is not None:
            flags.extend(_party_flags(sentence, valid, own_verdicts, index, own, checker))
        if sources:  # "four contributors from partner countries ...", written by an editor or a model
            flags.extend(_miscounts(sentence.text, valid, sources, passages))
        if any(flag_code(f) in HARD_FLAGS for f in flags):
            score *= 0.5  # below any threshold: a sentence that misreports its sources is not supported
    checks = tuple(
        CitationCheck(c, verdicts[c].score, () if summary else verdicts[c].flags, verdicts[c].evidence) for c in valid
    )
    checked = replace(sentence, citations=valid, support=score, flags=tuple(dict.fromkeys(flags)), checks=checks)
    return Checked(checked, tuple(notes))


def _own_words(
    claim: str,
    valid: Sequence[str],
    passages: Mapping[str, str],
    checker: SupportChecker,
    verdicts: Mapping[str, Verdict],
    index: PartyIndex | None,
) -> tuple[Mapping[str, str], Mapping[str, Verdict]]:
    """The cited passages without their quoted lines, and the verdicts on them (the same verdicts when no cited
    passage quotes anyone, which is nearly always)."""
    own = {c: without_quotes(passages[c]) for c in valid}
    if all(own[c] == passages[c] for c in valid):
        return passages, verdicts
    union = checker.check(claim, [own[c] for c in valid], index.words if index else frozenset())
    return own, judge_citations(claim, valid, own, checker, (union.score, union.best))


def _miscounts(
    text: str, cited: Sequence[str], sources: Mapping[str, Mapping[str, Any]], passages: Mapping[str, str]
) -> list[str]:
    """``wrong_count`` flags for counts of contributors or countries the cited passages do not give."""
    from pipeline.drafting.drafters.lead import miscounts

    known = {c: {**sources[c], "text": sources[c].get("text") or passages.get(c, "")} for c in cited if c in sources}
    return miscounts(text, list(known), known)


def check_draft(
    draft: DraftResult,
    passages: Mapping[str, str],
    checker: SupportChecker | None,
    sources: Mapping[str, Mapping[str, Any]] | None = None,
) -> DraftResult:
    """Every sentence of ``draft`` checked against the passages it may cite (chunk id -> text).

    ``sources`` (chunk id -> metadata) names who wrote each passage, for the check of named contributors. An LLM
    draft (backend ``llm:...``) loses the citations its sentences do not rest on, and its notes say which.
    """
    drop = draft.backend.startswith("llm:")
    index = PartyIndex(sources) if sources else None
    notes: list[str] = []
    paragraphs = []
    for p in draft.paragraphs:
        sentences = []
        for s in p.sentences:
            result = check_one(s, passages, checker, sources, drop_unsupported=drop and not s.locked, index=index)
            sentences.append(result.sentence)
            notes.extend(result.notes)
        paragraphs.append(replace(p, sentences=tuple(sentences)))
    return replace(draft, paragraphs=tuple(p for p in paragraphs if p.sentences), notes=(*draft.notes, *notes))


def merge_locked(draft: DraftResult, locked: Sequence[tuple]) -> DraftResult:
    """Put editor-accepted sentences back where they were.

    ``locked`` holds ``(paragraph index, sentence)`` or ``(paragraph index, sentence index, sentence, theme)``.
    A sentence goes back into the paragraph on the same theme (its guiding question) when the new draft has
    one, else into the paragraph at the same index, at its old sentence index: accepted text keeps its place
    instead of moving to the start. An accepted lead sentence replaces the new one of its paragraph.
    """
    if not locked:
        return draft
    paragraphs = [list(p.sentences) for p in draft.paragraphs]
    themes = [p.theme for p in draft.paragraphs]
    placed: dict[int, list[tuple[int, Sentence]]] = {}
    for item in locked:
        index, position, sentence, theme = item if len(item) == 4 else (item[0], 0, item[1], "")
        if theme and theme in themes:
            target = themes.index(theme)
        elif theme:
            target = min(index, len(paragraphs))
            paragraphs.insert(target, [])
            themes.insert(target, theme)
            placed = {(k + 1 if k >= target else k): v for k, v in placed.items()}
        else:
            while len(paragraphs) <= index:
                paragraphs.append([])
                themes.append("")
            target = index
        placed.setdefault(target, []).append((position, replace(sentence, locked=True)))
    for target, items in placed.items():
        if any(s.kind == "summary" for _, s in items):
            paragraphs[target] = [s for s in paragraphs[target] if s.kind != "summary"]
        for position, sentence in sorted(items, key=lambda x: x[0]):
            paragraphs[target].insert(min(position, len(paragraphs[target])), sentence)
    return replace(
        draft, paragraphs=tuple(Paragraph(tuple(s), t) for s, t in zip(paragraphs, themes, strict=True) if s)
    )


def verbatim(claim: str, passage: str) -> str | None:
    """The words of ``claim`` as ``passage`` writes them (its case, single spaces), or None when they do not stand
    there word for word. A claim made of two joined sentences that the passage does not hold together is cut to
    its first sentence; nothing is ever reworded."""
    for candidate in (claim, re.split(r"(?<=[.;:])\s+", claim)[0]):
        words = candidate.strip().rstrip(".;:").split()
        if len(words) < 3:
            continue
        match = re.search(r"\s+".join(map(re.escape, words)), passage, re.IGNORECASE)
        if match:
            # case-blind only so that a clause that opens mid-sentence is still found; the quote keeps the
            # passage's own letters
            return " ".join(match.group(0).split())
    return None


def _row_quote(claim: Any) -> tuple[str, str] | None:
    """A decision-table row's claim ("Proposal ... alone | Rejected.") as its two cells, each word for word in the
    passage: the matter it decides on and the verdict. None for any other claim. Cells are never glued into one
    quotation: " | " is the reader's separator, not the contributor's words."""
    if not getattr(claim, "decided", False) or " | " not in claim.text:
        return None
    cell, verdict = (part.strip() for part in claim.text.rsplit(" | ", 1))
    matter = verbatim(cell, claim.evidence.text)
    verdict = verdict.rstrip(".")
    if matter is None or not verdict or verdict.lower() not in claim.evidence.text.lower():
        return None
    start = claim.evidence.text.lower().index(verdict.lower())
    return matter, claim.evidence.text[start : start + len(verdict)]


def _speaker(evidence: Any) -> str:
    name = evidence.contributor or evidence.file
    return f"{name} ({evidence.country})" if evidence.country else name


def _quotable(claim: Any) -> str | None:
    """The words of ``claim`` that may stand in quotation marks: a decision row's matter cell, else the claim as
    its passage writes it."""
    row = _row_quote(claim)
    return row[0] if row else verbatim(claim.text, claim.evidence.text)


def divergence_theme(point: Any) -> str:
    """A point of divergence's paragraph theme in a draft ("Points of divergence: <question>: <what differs>")."""
    return f"Points of divergence: {point.topic}"


def divergence_paragraphs(
    divergences: Sequence[Any], taken: Callable[[str], bool] = lambda quote: False
) -> tuple[Paragraph, ...]:
    """Points of divergence: one paragraph per contested point, one cited sentence per contributor.

    ``divergences`` are ``pipeline.synthesis.divergence.Divergence`` values for one section. Attribution is by
    construction: each contributor is quoted in their own words (a quotation that stands word for word in their
    passage) and cites only that passage; others on the same side "make the same point" in their own sentence,
    which the register verified against the side's first quotation (its lead claim). A quotation ``taken``
    already (used elsewhere in the draft) gives way to another claim of the same contributor on that side; when
    the lead's own first claim gives way, the others of the side are not said to make the same point, since that
    was checked against the words no longer quoted (when the lead cannot be quoted at all, one of them speaks for
    the side alone). "By contrast" opens the first sentence of a side whose
    position differs from the side before it. A point left with fewer than two sides that can be quoted is not
    stated.
    """
    paragraphs = []
    for d in divergences:
        sentences: list[Sentence] = []
        sides = 0
        previous = None
        for position in d.positions:
            said = []
            lead = position.claims[0] if position.claims else None
            lead_moved = False
            for voice in dict.fromkeys(c.voice for c in position.claims):
                own = [c for c in position.claims if c.voice == voice]
                found = next(((c, q) for c in own if (q := _quotable(c)) is not None and not taken(q)), None)
                if found is None:  # words that cannot be shown as theirs, or are quoted elsewhere, are not used
                    lead_moved = lead_moved or voice == lead.voice
                    continue
                claim, quote = found
                if voice == lead.voice:
                    lead_moved = claim is not lead
                elif lead_moved and said:  # checked against the lead's first words, not the ones now quoted
                    continue
                who = _speaker(claim.evidence)
                row = _row_quote(claim)
                # a decision row states its verdict on the matter, each cell quoted on its own
                name = claim.evidence.contributor
                words = (
                    f"{verb_for(name, 'states')} “{row[1]}” on: “{quote}”"
                    if row
                    else f"{verb_for(name, 'holds')}: “{quote}”"
                )
                if said:
                    same = f"{verb_for(name, 'makes')} the same point"
                    text = f"{who} {same}: “{quote}”" if not row else f"{who} also {words}"
                elif sentences and (not position.stance or position.stance != previous):
                    text = f"By contrast, {who} {words}"
                else:
                    text = f"{who} {words}"
                said.append(Sentence(text=text, citations=(claim.evidence.chunk_id,), quote=quote))
            if said:
                sides += 1
                previous = position.stance
                sentences.extend(said)
        if sides >= 2:
            paragraphs.append(Paragraph(tuple(sentences), theme=divergence_theme(d)))
    return tuple(paragraphs)
