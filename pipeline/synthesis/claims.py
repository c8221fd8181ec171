"""Claims: the sentences and clauses of a contribution that take a position, each credited to who speaks.

A claim is what the divergence register compares. It is cut out of a passage only when it stands on its own: a
whole clause with a position (a modal of obligation, a recommendation, a floor or a ceiling), not a question, a
table row or an instruction to a machine, not leaning on a pronoun, and not a view the contributor only reports
from others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.drafting.drafters.extractive import looks_like_instruction
from pipeline.drafting.support import split_sentences, without_quotes
from pipeline.model import Evidence
from pipeline.synthesis.amounts import quantities
from pipeline.synthesis.modality import bare_force
from pipeline.synthesis.polarity import is_normative


@dataclass(frozen=True)
class Claim:
    """A sentence (or clause) of an evidence passage that takes a position."""

    text: str
    evidence: Evidence
    voice: str  # who speaks: the contributor, the same one for near-duplicate contributions
    decided: bool = False  # a decision the contributor took (a row of a decision table): a position, modal or not


# a mark or a number opening a list item, also a numbered paragraph of a second level ("2.1", "3.2.1.")
_BULLET = re.compile(r"^\s*(?:[-•*–]|\d+[.)]|\d+(?:\.\d+)+\.?)\s+")
# Two claims joined in one sentence: after a semicolon, a colon, "but", or "and" opening a new clause.
_CLAUSE = re.compile(r"\s*;\s+|:\s+(?=[a-z])|,\s+but\s+|,\s+and\s+(?=(?:we|they|it|this|these|the)\b)", re.I)


# A sentence that only widens the one before it ("Any provider should be able to issue. That includes
# employers and private training companies."): without it the claim does not say whom it is about.
_CONTINUATION = re.compile(
    r"(?:this|that|these|it)\s+(?:also\s+)?(?:includes?|cover(?:s)?|appl(?:y|ies)\s+to|extends?\s+to|means)\b",
    re.IGNORECASE,
)


# A clause whose subject is a pronoun ("They should not carry a framework level", "Such credentials should ..."):
# out of its passage nobody can tell what it is about, so it takes no side (the claim it refers to usually stands
# on its own nearby).
_PRONOUN_SUBJECT = re.compile(
    r"^(?:they|it|these|those|he|she|such\s+\w+|(?:this|that)(?=\s+(?:is|are|was|were|should|must|would|will|"
    r"can|may|could|shall|means|has|have)\b))\b",
    re.IGNORECASE,
)


def bounded(text: str) -> bool:
    """Whether the sentence sets a floor or a ceiling ("up to 60 % may be credited"): a position on an amount
    even without a modal verb of obligation."""
    return any(q.bound != "exact" for q in quantities(text))


# A view the contributor reports from others rather than holds ("Providers told us that a minimum of 5 ECTS would
# exclude ...", "Some argue that ...", "It has been suggested that ..."): crediting it to the contributor as their
# position would put them on a side they may reject. Their own voice ("we argue", "the Ministry considers") stays.
_REPORTED = re.compile(
    r"\b(?:told|tell|tells|telling)\s+(?:us|me|our\s+\w+)\s+that\b"
    r"|^(?:some|many|several|other|others|a\s+few|most|critics|opponents|proponents|supporters|certain)\b[^.;:]{0,80}?"
    r"\b(?:argue[sd]?|say|says|said|claim(?:s|ed)?|suggest(?:s|ed)?|propose[sd]?|believe[sd]?|think|thinks|fear(?:s|ed)?|"
    r"warn(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|call(?:s|ed)?\s+for)\b"
    r"|^it\s+(?:has\s+been|is\s+(?:often|sometimes|frequently)|was)\s+(?:argued|said|suggested|claimed|proposed)\s+that\b",
    re.IGNORECASE,
)


def reported(text: str) -> bool:
    """Whether the clause reports a view of others (see ``_REPORTED``) instead of stating the speaker's own."""
    return bool(_REPORTED.search(_BULLET.sub("", text).strip()))


# A table whose rows carry what its author decided or holds: a column headed "Decision", "Decision of the
# Council", "Position", "Verdict", "Resolution". Not "Outcome" or "Response": in surveys and reports those
# columns describe results, which take no side.
_DECISION_HEADER = re.compile(r"\b(?:decisions?|decided|positions?|verdicts?|resolutions?)\b", re.IGNORECASE)
# A column of the author's own recommendations ("Recommendation | Rationale", "Our recommendations | Why"): each
# cell is a position of the table's author, in any column (the first one too, unlike a decision's matter). Not
# "Proposal": a decision table's matter is someone else's proposal.
# So is a column of the author's own answers or positions ("Question | Our answer | Why"): "our" makes them the
# author's, where a bare "Answer" or "Response" column of a survey reports others.
_RECOMMENDATION_HEADER = re.compile(
    r"^(?:(?:our\s+|the\s+)?recommendations?|our\s+(?:answers?|replies|reply|positions?|views?|proposals?))\b",
    re.IGNORECASE,
)
# A verdict that opens a decision: one that declines the matter of its row ("Rejected.", "Not adopted.").
_DECLINED = re.compile(
    r"^(?:rejected|refused|declined|dismissed|not\s+(?:adopted|accepted|approved|supported|endorsed|agreed))\b\.?",
    re.I,
)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split(" | ")]


def decision_claims(block: str) -> list[tuple[str, bool]]:
    """Claims of a decision table, each with whether it is a decision: a row whose decision declines its matter
    gives the matter with that verdict, word for word as the row reads ("Proposal of the advisory board to award
    micro-credentials through validation of prior learning alone | Rejected."), which rejects what the matter
    proposes; the decision's sentences are the author's position on that matter even without a modal verb
    ("Providers keep the assessment records ... for ten years after the credential is issued."). A table without
    a decision column gives none (its rows describe; they take no side)."""
    lines = [line for line in block.splitlines() if " | " in line]
    if len(lines) < 2:
        return []
    header = _cells(lines[0])
    column = next((n for n, cell in enumerate(header) if n and _DECISION_HEADER.search(cell)), None)
    if column is None:
        return _recommended(lines, header)
    out: list[tuple[str, bool]] = []
    for line in lines[1:]:
        cells = _cells(line)
        if len(cells) != len(header) or not cells[0] or not cells[column]:
            continue
        decision = cells[column]
        verdict = _DECLINED.match(decision)
        if verdict is not None:
            out.append((f"{cells[0]} | {verdict.group(0)}", True))
            decision = decision[verdict.end() :].strip()
        for sentence in split_sentences(decision):
            out += [(clause.strip(), True) for clause in _CLAUSE.split(sentence) if len(clause.split()) >= 4]
    return out


def _recommended(lines: list[str], header: list[str]) -> list[tuple[str, bool]]:
    """The cells of a table's recommendation column, each sentence (or clause) a position of its author ("Providers
    must report every micro-credential they award ..." under "Recommendation | Rationale"); the other columns
    (rationale, evidence, examples) give reasons or describe, and take no side."""
    column = next((n for n, cell in enumerate(header) if _RECOMMENDATION_HEADER.match(cell)), None)
    if column is None:
        return []
    out: list[tuple[str, bool]] = []
    for line in lines[1:]:
        cells = _cells(line)
        if len(cells) != len(header) or not cells[column]:
            continue
        for sentence in split_sentences(cells[column]):
            out += [(clause.strip(), True) for clause in _CLAUSE.split(sentence) if len(clause.split()) >= 4]
    return out


# A yes or no that answers a question before the claim ("No. Micro-credentials should stay outside ...", "Yes,
# every micro-credential must ..."): it answers the question asked, it is no negation of the claim that follows.
_ANSWER_WORD = re.compile(r"^(?:yes|no)\s*[.,:;!]\s+(?=\S)", re.IGNORECASE)


# A line a layout cut in the middle of a sentence (a narrow column of a newsletter, a text box): it ends without a
# sentence's or a clause's end mark and the next line goes on in lower case, with no bullet or table cell.
_WRAPPED = re.compile(r"(?<=[^\s.!?:;|])[ \t]*\n[ \t]*(?=[a-z(])(?![^\n]*\s\|\s)")


def unwrapped(block: str) -> str:
    """``block`` with its lines cut mid-sentence joined again ("Providers holding a certified quality\nmanagement
    system should ..."): the sentence cutter keeps lines apart, which would leave each piece a fragment."""
    return _WRAPPED.sub(" ", block)


def claims_from(evidence: Sequence[Evidence], voice_of: dict[str, str]) -> list[Claim]:
    """Normative sentences and clauses of the evidence; no table rows, questions or instructions to machines.

    ``voice_of`` maps a file to who speaks in it (near-duplicate files to their original's contributor).
    """
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for item in evidence:
        voice = voice_of.get(item.file) or item.contributor or item.file
        # a paragraph that addresses machines is dropped whole: its other sentences carry the same payload
        # (and a block quote is someone else's words: never a claim of this voice)
        blocks = [
            unwrapped(b) for b in re.split(r"\n\s*\n", without_quotes(item.text)) if not looks_like_instruction(b)
        ]
        for block in blocks:
            for text, decided in decision_claims(block):
                key = (voice, " ".join(text.lower().split()))
                if key not in seen and not _PRONOUN_SUBJECT.match(text) and len(text.split()) <= 60:
                    seen.add(key)
                    out.append(Claim(text[0].upper() + text[1:], item, voice, decided))
            previous: int | None = None  # the claim the last sentence ended with, which the next may extend
            for sentence in split_sentences(block):
                if " | " in sentence or sentence.rstrip().endswith("?"):
                    previous = None
                    continue
                plain = _BULLET.sub("", sentence).strip()
                if previous is not None and _CONTINUATION.match(plain) and not is_normative(plain):
                    extended = f"{out[previous].text.rstrip('.;:')}. {plain}"
                    if len(extended.split()) <= 60:
                        out[previous] = replace(out[previous], text=extended)
                    previous = None
                    continue
                previous = None
                for number, clause in enumerate(_CLAUSE.split(plain)):
                    answer = _ANSWER_WORD.match(clause.strip())
                    clause = clause.strip()[answer.end() :] if answer else clause.strip()
                    if number == 0 and not answer and not clause[:1].isupper():
                        continue  # the tail of a sentence cut at a chunk boundary
                    if clause.endswith("?"):
                        continue  # a question (a form's "Question: ...?; Answer: ..." cell) asks, it holds nothing
                    if not 5 <= len(clause.split()) <= 60 or not (
                        is_normative(clause) or bounded(clause) or bare_force(clause) is not None
                    ):
                        continue
                    if _PRONOUN_SUBJECT.match(clause) or reported(plain if number == 0 else clause):
                        continue
                    key = (voice, " ".join(clause.lower().split()))
                    if key not in seen:  # the same words sent twice (a duplicate file) are one claim
                        seen.add(key)
                        out.append(Claim(clause[0].upper() + clause[1:], item, voice))
                        previous = len(out) - 1
    return out
