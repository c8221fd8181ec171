"""The divergence register checked by a chat model: it may drop a point or merge sides, never invent or move one.

A model makes the mistakes people fear from it: it merges sides that contradict each other, writes side 1's
summary under side 2 (crediting its contributors with the other view), or names a topic that says nothing of
what differs. Each answer is therefore checked against the claims: a merge stands only between sides whose
claims do not contradict and share a polarity, a summary only when it takes its side's polarity and contradicts
none of its claims, and each side keeps the stance (what it holds) the offline register found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from pipeline.drafting.drafters.llm import neutralise
from pipeline.drafting.drafters.llm_output import message_text
from pipeline.prompts import load_prompt
from pipeline.synthesis.divergence import Divergence, Position, label_of
from pipeline.synthesis.polarity import polarity
from pipeline.synthesis.stance import contradiction

_JSON = re.compile(r"\{.*\}", re.DOTALL)


def _sides_block(d: Divergence) -> str:
    blocks = []
    for n, p in enumerate(d.positions, 1):
        claims = "\n".join(
            f'<claim source="{neutralise(c.voice)}, {neutralise(c.evidence.country)}">{neutralise(c.text)}</claim>'
            for c in p.claims
        )
        blocks.append(f'<side n="{n}">\n{claims}\n</side>')
    return "\n".join(blocks)


def mergeable(a: Position, b: Position) -> bool:
    """Whether two sides may be one: no claim of one contradicts a claim of the other, in amount or in stance,
    and their claims share a polarity ("minimum 1 ECTS" and "minimum 3 ECTS" are two sides, whatever a model
    says)."""
    return all(
        polarity(x.text) == polarity(y.text) and contradiction(x.text, y.text) is None
        for x in a.claims
        for y in b.claims
    )


def faithful(summary: str, position: Position) -> bool:
    """Whether a model's summary may stand for a side: of the side's polarity, contradicting none of its claims
    (a summary of the other side, or a different amount, would credit its contributors with a view they argue
    against)."""
    lead = position.claims[0].text
    return polarity(summary) == polarity(lead) and all(contradiction(summary, c.text) is None for c in position.claims)


def _summary(written: object, position: Position) -> str:
    """The model's summary of a side when it is a usable sentence faithful to the side, else the side's own."""
    if isinstance(written, str) and 3 <= len(written.split()) <= 60 and faithful(written, position):
        return " ".join(written.split())
    return position.summary


def _groups(data: dict, d: Divergence) -> tuple[list[list[int]], int]:
    """The model's groups of side indices that may merge, then every other side alone; and how many of the groups
    are the model's own, unchanged (its summaries belong to those, in its order)."""
    placed: set[int] = set()
    groups: list[list[int]] = []
    split: list[list[int]] = []
    for group in data.get("groups") if isinstance(data.get("groups"), list) else []:
        members = [n - 1 for n in group if isinstance(n, int) and 0 < n <= len(d.positions)] if isinstance(
            group, list) else []  # fmt: skip
        members = [n for n in dict.fromkeys(members) if n not in placed]  # a side belongs to one group
        placed.update(members)
        kept = [n for k, n in enumerate(members) if all(mergeable(d.positions[n], d.positions[m]) for m in members[:k])]
        if kept == members:
            groups += [members] if members else []
        else:  # a merge of contradicting sides: each side stays itself, and the model's summary is not used
            split += [[n] for n in members]
    named = len(groups)
    groups += split + [[n] for n in range(len(d.positions)) if n not in placed]
    return groups, named


def refine_with_llm(divergences: Sequence[Divergence], model: BaseChatModel) -> list[Divergence]:
    """The register checked by a chat model: points it finds not contested are dropped, sides it groups merged
    where their claims allow it, each side summarised where the summary is faithful to its claims.

    One call per point; when an answer cannot be used the offline point stands, so the model can only
    remove or merge, never invent a side or a source, move a contributor or take a side's stance away.
    """
    prompt = load_prompt("divergence_refine")
    out: list[Divergence] = []
    for d in divergences:
        rendered = prompt.render(
            section=d.section_id, question=neutralise(d.question), topic=neutralise(d.topic), positions=_sides_block(d)
        )
        try:
            answer = message_text(model.invoke([SystemMessage(rendered.system), HumanMessage(rendered.user)]))
            match = _JSON.search(answer)
            data = json.loads(match.group(0)) if match else None
        except (ValueError, TypeError):  # a malformed answer: the offline point stands
            data = None
        if not isinstance(data, dict):
            out.append(d)
            continue
        if data.get("contested") is False:
            continue
        groups, named = _groups(data, d)
        summaries = data.get("summaries") if isinstance(data.get("summaries"), list) else []
        written = [summaries[k] if k < min(named, len(summaries)) else None for k in range(len(groups))]
        positions = []
        for group, summary in sorted(zip(groups, written, strict=True), key=lambda gs: min(gs[0])):  # offline order
            sides = [d.positions[n] for n in group]
            merged = Position(
                sides[0].summary,
                tuple(dict.fromkeys(c for side in sides for c in side.claims)),
                " or ".join(dict.fromkeys(side.stance for side in sides if side.stance)),
            )
            positions.append(replace(merged, summary=_summary(summary, merged)))
        if len(positions) >= 2 and len({v for p in positions for v in p.voices}) >= 2:
            # the label stays the question and what each side holds; a model's topic names the matter only
            out.append(replace(d, topic=label_of(d.question, positions), positions=tuple(positions)))
    return out
