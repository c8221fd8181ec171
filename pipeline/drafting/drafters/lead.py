"""The lead sentence of a paragraph: what the evidence on its question shows, built from counts only.

It says how many contributors the paragraph cites, from which regions, and whether they take different
positions on a point of divergence of the section (pointing to it). It names no contributor or country,
makes no claim of its own, cites every passage of its paragraph and is marked ``kind="summary"``.

The extractive drafter's paragraphs get it before the check (:func:`with_leads`). An LLM draft gets it in two
steps around the check (:func:`open_llm_draft`, :func:`settle_llm_leads`): the model's own summaries give way
to it, and it is counted over what the paragraph still cites once the check has dropped the citations the
sentences do not rest on. Counts of contributors or countries in a model's sentences, and in a lead an editor
accepted, are checked against their passages (:func:`miscounts`, flag ``wrong_count``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pipeline.model import DraftResult, Paragraph, Sentence

if TYPE_CHECKING:
    from pipeline.drafting.support import SupportChecker

_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_REGIONS = {"eu": ("an EU member state", "EU member states"), "partner": ("a partner country", "partner countries")}


def _count(n: int) -> str:
    return _WORDS[n] if n < len(_WORDS) else str(n)


def _regions(regions: Sequence[str]) -> str:
    """'two from EU member states and one from a partner country' (unknown regions are counted as such)."""
    counts: dict[str, int] = {}
    for region in regions:
        key = region.strip().casefold()
        counts[key if key in _REGIONS else ""] = counts.get(key if key in _REGIONS else "", 0) + 1
    parts = []
    for key in ("eu", "partner"):
        if counts.get(key):
            one, many = _REGIONS[key]
            parts.append(f"{_count(counts[key])} from {one if counts[key] == 1 else many}")
    if counts.get(""):
        parts.append(f"{_count(counts[''])} whose region is not recorded")
    return " and ".join(parts) if len(parts) < 3 else ", ".join(parts[:-1]) + " and " + parts[-1]


def voices(source: Mapping[str, str], fallback: str = "") -> tuple[str, ...]:
    """The contributors a passage counts as: each author of a joint input ("A. Smith and B. Jones" is two), else
    the passage's file. Leads, their checks and coverage count people the same way."""
    from pipeline.model import people_of

    return people_of(source.get("contributor") or "") or (source.get("file") or fallback,)


def divergent_voices(points: Sequence[Any]) -> list[list[set[str]]]:
    """For each divergence point, the contributors of each of its sides."""
    out = []
    for d in points:
        out.append([{v for s in p.sources() for v in voices(s)} for p in d.positions])
    return out


def lead_sentence(
    paragraph: Paragraph, sources: Mapping[str, Mapping[str, str]], sides: Sequence[list[set[str]]] = ()
) -> Sentence | None:
    """The summary that opens ``paragraph``, or None when it cites nothing ``sources`` knows.

    ``sources`` maps chunk id to its passage fields (contributor, region, ...); ``sides`` comes from
    :func:`divergent_voices`. The paragraph's contributors "take different positions" only when two of them
    stand on different sides of one point.
    """
    cited = list(dict.fromkeys(c for s in paragraph.sentences if s.kind == "evidence" for c in s.citations))
    known = [c for c in cited if c in sources]
    if not known:
        return None
    people: dict[str, str] = {}
    for cid in known:
        src = sources[cid]
        for voice in voices(src, cid):
            people.setdefault(voice, src.get("region", ""))
    n = len(people)
    regions = _regions(list(people.values()))
    if n == 1:
        text = f"One contributor, {regions.removeprefix('one ')}, addresses this question."
    else:
        if " and " not in regions and "not recorded" not in regions:  # one region only: "all from EU member states"
            regions = regions.replace(f"{_count(n)} from", "both from" if n == 2 else "all from", 1)
        text = f"{_count(n).capitalize()} contributors address this question, {regions}"
        differ = any(
            sum(1 for side in point if side & set(people)) >= 2 for point in sides
        )  # two of them on different sides of one point
        # Agreement is never claimed: the offline comparison finding no point of divergence does not show that
        # the contributors agree (it abstains when unsure), so the lead then only counts.
        text += "; they take different positions (see the points of divergence below)." if differ else "."
    return Sentence(text=text, citations=tuple(known), kind="summary")


def with_leads(
    paragraphs: Sequence[Paragraph], sources: Mapping[str, Mapping[str, str]], sides: Sequence[list[set[str]]] = ()
) -> tuple[Paragraph, ...]:
    """Each question's paragraph opened by its lead sentence (paragraphs that already have one are left alone)."""
    out = []
    for paragraph in paragraphs:
        lead = (
            None if any(s.kind == "summary" for s in paragraph.sentences) else lead_sentence(paragraph, sources, sides)
        )
        out.append(replace(paragraph, sentences=(lead, *paragraph.sentences)) if lead else paragraph)
    return tuple(out)


# -- LLM drafts: the model's own summaries replaced, its counts of contributors checked ------------------------------

DIVERGENCE_THEME = "Points of divergence"  # the theme prefix of checking.divergence_paragraphs: no lead there
# "no contributor from ..." is a negative statement, not a count this check can read: "no" is left out
_NUMBERS = {w: i for i, w in enumerate(_WORDS) if i} | {"eleven": 11, "twelve": 12, "both": 2, "single": 1}
# only words that name the contributors themselves: "participants" or "experts" are as often a programme's learners
# or staff ("eleven participants dropped out"), whose counts are the passages' own facts
_PEOPLE = r"contributors?|contributions?|respondents?"
_PLACES = r"countries|country|member\s+states?"
# "three contributors", "two EU member states", "five partner countries"; never "one of the countries" or
# "one in five contributions"
_NUMBER = rf"(?<!in )(?<!of )\b(?P<n>\d+(?:,\d{{3}})*|{'|'.join(_NUMBERS)})"  # not "one in five", "two of six"
_COUNT = re.compile(
    rf"{_NUMBER}\s+(?P<between>(?:(?!(?:of|in|out)\b)[A-Za-z-]+\s+){{0,2}}?)(?P<noun>{_PEOPLE}|{_PLACES})\b",
    re.IGNORECASE,
)
_PROPER_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")  # "Nino Beridze", "Dr Smith"
_NOT_NAMES = {"member states", "partner countries", "european union", "eu member"}


def count_claims(text: str) -> list[tuple[int, str, str, str]]:
    """``(number, "people"|"places", region, phrase)`` for each count of contributors or countries in ``text``.

    ``region`` is ``eu`` or ``partner`` when the phrase says which ("two EU member states", "three partner
    countries"), else empty.
    """
    out = []
    for m in _COUNT.finditer(text):
        word = m.group("n").casefold()
        n = int(word.replace(",", "")) if word[0].isdigit() else _NUMBERS[word]
        noun = m.group("noun").casefold()
        what = "people" if re.fullmatch(_PEOPLE, noun) else "places"
        qualifier = f"{m.group('between')} {noun}".casefold()
        region = "partner" if "partner" in qualifier else "eu" if re.search(r"\beu\b|member", qualifier) else ""
        out.append((n, what, region, m.group(0)))
    return out


def _tallies(cited: Sequence[str], sources: Mapping[str, Mapping[str, str]]) -> dict[tuple[str, str], set[int]]:
    """The counts a phrase may truthfully give, per (people|places, region): contributors, or their countries.

    "two from EU member states" counts contributors and "two EU member states" countries; either reading is
    accepted, so the check flags only a count no reading of the cited passages gives. A count over passages
    whose country or region is not recorded has no entry: it is not checked.
    """
    people: dict[str, tuple[str, str]] = {}
    for cid in cited:
        src = sources[cid]
        for voice in voices(src, cid):
            people.setdefault(voice, (src.get("country", ""), src.get("region", "")))
    out: dict[tuple[str, str], set[int]] = {}
    for region in ("", "eu", "partner"):
        if region and any(r.strip().casefold() not in _REGIONS for _, r in people.values()):
            continue  # some region unknown: a regional count cannot be checked
        who = [p for p, (_, r) in people.items() if not region or r.strip().casefold() == region]
        countries = {c.strip() for p, (c, r) in people.items() if not region or r.strip().casefold() == region}
        out[("people", region)] = {len(who)}
        if all(c for c, _ in people.values()):
            out[("places", region)] = {len(countries), len(who)}
    return out


def _in_passages(phrase: str, passages: Sequence[str]) -> bool:
    """Whether a passage itself gives this count ("a survey of 15 countries"): then it is the passage's number."""
    words = phrase.split()
    pattern = rf"\b{re.escape(words[0])}\s+(?:\S+\s+){{0,2}}?{re.escape(words[-1][:5])}"
    return any(re.search(pattern, p, re.IGNORECASE) for p in passages)


def miscounts(text: str, cited: Sequence[str], sources: Mapping[str, Mapping[str, str]]) -> list[str]:
    """``wrong_count: ...`` for each count of contributors or countries in ``text`` that its passages do not give."""
    known = [c for c in cited if c in sources]
    if not known:
        return []
    tallies = _tallies(known, sources)
    texts = [sources[c].get("text", "") for c in known]
    flags = []
    for n, what, region, phrase in count_claims(text):
        allowed = tallies.get((what, region))
        if allowed is None or n in allowed or _in_passages(phrase, texts):
            continue
        noun = "contributor(s)" if what == "people" else "countries (or contributors)"
        have = " or ".join(_count(k) for k in sorted(allowed))
        flags.append(f"wrong_count: says “{phrase}”; its passages have {have} {noun}")
    return flags


def names_in(text: str, sources: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Contributors, organisations, countries or other proper names a sentence gives (a summary names nobody)."""
    from pipeline.drafting.attribution import PartyIndex

    found = [value for *_, value in PartyIndex(sources).mentions(text)] if sources else []
    found += [m.group(0) for m in _PROPER_NAME.finditer(text) if m.group(0).casefold() not in _NOT_NAMES]
    return list(dict.fromkeys(found))


def _recount(sentence: Sentence, cited: Sequence[str], sources: Mapping[str, Mapping[str, str]]) -> Sentence:
    """``sentence`` with its ``wrong_count`` flags worked out again against the passages ``cited``."""
    kept = tuple(f for f in sentence.flags if not f.startswith("wrong_count"))
    wrong = miscounts(sentence.text, cited, sources)
    support = sentence.support
    if wrong and support is not None:  # the check has just scored it afresh
        support *= 0.5  # as for the check's hard flags: a miscounting sentence is not supported
    return replace(sentence, flags=(*kept, *wrong), support=support)


def recount_accepted_leads(draft: DraftResult, sources: Mapping[str, Mapping[str, str]]) -> DraftResult:
    """The draft with each accepted lead's counts checked against what its paragraph now cites.

    An editor accepted a lead's wording; after regeneration its paragraph may cite other contributors, and a
    count that no longer holds is flagged ``wrong_count`` rather than left to stand.
    """
    paragraphs = []
    for paragraph in draft.paragraphs:
        cited = [c for s in paragraph.sentences if s.kind == "evidence" for c in s.citations]
        sentences = tuple(
            _recount(s, cited, sources) if s.kind == "summary" and s.locked else s for s in paragraph.sentences
        )
        paragraphs.append(replace(paragraph, sentences=sentences))
    return replace(draft, paragraphs=tuple(paragraphs))


def _summary_note(sentence: Sentence, cited: Sequence[str], sources: Mapping[str, Mapping[str, str]]) -> str:
    """What the revision's notes say about a summary the model wrote itself and the tool replaced."""
    problems = [f"names {name}" for name in names_in(sentence.text, sources)]
    problems += [flag.partition(": ")[2] for flag in miscounts(sentence.text, cited, sources)]
    why = f" ({'; '.join(problems)})" if problems else ""
    return f"replaced the model's own summary “{sentence.text[:100]}”{why} by a lead built from counts"


def open_llm_draft(
    draft: DraftResult, sources: Mapping[str, Mapping[str, str]], sides: Sequence[list[set[str]]] = ()
) -> DraftResult:
    """An LLM draft as it leaves the model, each question's paragraph opened by a lead built from counts.

    A summary the model wrote itself is never kept (nothing in it could be checked but its counts and names): it
    is replaced by the lead, and the notes say what was wrong with it. The lead holds its place before accepted
    sentences are put back, so that they keep their old positions as in an extractive draft, but cites nothing
    yet: the check must not score or trim it, since it is counted again over what its paragraph still cites once
    the check has dropped the citations the sentences do not rest on (:func:`settle_llm_leads`). ``sources``
    maps the evidence's chunk ids to their fields.
    """
    notes: list[str] = []
    paragraphs = []
    for paragraph in draft.paragraphs:
        if paragraph.theme.startswith(DIVERGENCE_THEME):  # quoted positions, one per contributor: no lead
            paragraphs.append(paragraph)
            continue
        cited = [c for s in paragraph.sentences if s.kind == "evidence" for c in s.citations]
        for sentence in paragraph.sentences:
            if sentence.kind == "summary" and not sentence.locked:
                notes.append(_summary_note(sentence, cited, sources))
        kept = tuple(s for s in paragraph.sentences if s.kind != "summary" or s.locked)
        paragraph = replace(paragraph, sentences=kept)
        lead = None if any(s.kind == "summary" for s in kept) else lead_sentence(paragraph, sources, sides)
        if lead is not None:
            paragraph = replace(paragraph, sentences=(replace(lead, citations=()), *kept))
        if paragraph.sentences:
            paragraphs.append(paragraph)
    return replace(draft, paragraphs=tuple(paragraphs), notes=(*draft.notes, *notes))


def settle_llm_leads(
    draft: DraftResult,
    sources: Mapping[str, Mapping[str, str]],
    sides: Sequence[list[set[str]]] = (),
    checker: SupportChecker | None = None,
) -> DraftResult:
    """An LLM draft after its citation check: each lead counted again over what its paragraph still cites.

    The check may have dropped citations the sentences do not rest on; a lead that would now count otherwise is
    rebuilt (and checked against its passages with ``checker``), one left with nothing to count goes. A model's
    sentence that counts contributors or countries ("three contributors ...") is flagged ``wrong_count`` when
    its own passages do not give that count, and so is an accepted lead whose paragraph now cites others.
    ``sources`` maps the cited chunk ids to their fields, text included.
    """
    from pipeline.drafting.checking import check_sentence

    passages = {cid: str(src.get("text", "")) for cid, src in sources.items()}
    paragraphs = []
    for paragraph in draft.paragraphs:
        if paragraph.theme.startswith(DIVERGENCE_THEME):
            paragraphs.append(paragraph)
            continue
        cited = [c for s in paragraph.sentences if s.kind == "evidence" for c in s.citations]
        fresh = lead_sentence(paragraph, sources, sides)
        sentences = []
        for sentence in paragraph.sentences:
            if sentence.kind == "summary" and not sentence.locked:  # the place :func:`open_llm_draft` kept
                if fresh is not None:
                    sentences.append(check_sentence(fresh, passages, checker, sources) if checker else fresh)
                continue
            sentences.append(_recount(sentence, sentence.citations if sentence.kind == "evidence" else cited, sources))
        if fresh is not None and not any(s.kind == "summary" for s in sentences):
            # a paragraph only accepted sentences make (the model wrote nothing new for their question)
            sentences.insert(0, check_sentence(fresh, passages, checker, sources) if checker else fresh)
        if sentences:
            paragraphs.append(replace(paragraph, sentences=tuple(sentences)))
    return replace(draft, paragraphs=tuple(paragraphs))
