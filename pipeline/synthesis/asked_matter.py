"""A side of a stance point must speak of the matter its question asks about.

Placement (:mod:`pipeline.synthesis.placement`) files a stance point under a question only when the point's claims
use one of the question's subject words, but it reads the claims of all sides together: one side naming the subject
was enough for the other side to stand beside it while speaking of something else. Under "Which organisations may
award micro-credentials?", "Only accredited institutions should have the right to award micro-credentials" was set
against "employers should grant paid study leave to staff who take a micro-credential", which says nothing of who
awards; under "Should each micro-credential be referenced to a framework level?", a claim tying each
micro-credential to a level was set against a list of what a credential must state, which names no level nor any
framework. Each of those sides answers another question, so the contributors do not disagree on this one.

The rule: a point of stance alone (not a difference in number, not an actor given a role, whose values are their
own answer) under a question is kept only when every side holds a claim that uses one of the question's subject
words rare enough in the workspace to tell subjects apart and used by some passage (the drafter's key terms, as
placement reads them), or takes one of the ways of a matter the question names
(:func:`pipeline.synthesis.ways.asks_of`). A question whose subject words are all common in the workspace, and a
point without a question, are left as they are: nothing tells their matter apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pipeline.drafting.drafters.answering import key_terms
from pipeline.index.lexical import tokenize
from pipeline.synthesis.matter import CUE_WORDS, family
from pipeline.synthesis.ways import asks_of

if TYPE_CHECKING:
    from pipeline.synthesis.points import Divergence


def subject_words(question: str, doc_freq: Any, limit: float) -> frozenset[str]:
    """The question's subject words (stems, by word family) found in at least one and at most ``limit`` passages of
    the workspace (a word no passage uses tells no side from another); ``doc_freq`` gives a stem's passages."""
    return frozenset(family(t) for t in key_terms(question) if t not in CUE_WORDS and 0 < doc_freq(t) <= limit)


def speaks_of(texts: Sequence[str], question: str, subject: frozenset[str]) -> bool:
    """Whether one of ``texts`` (the claims of one side) uses a word of ``subject`` or takes a way of a matter the
    question names."""
    used = {family(w) for text in texts for w in tokenize(text)}
    return bool(subject & used) or any(asks_of(question, [text]) for text in texts)


def on_asked_matter(points: Sequence[Divergence], run: Any) -> list[Divergence]:
    """``points`` without the stance points one of whose sides does not speak of the question's subject (see the
    module); ``run`` gives the workspace's word counts (``run.lexical``) and the register's settings."""
    limit = max(run.settings.salient_share * len(run.lexical), 3)
    kept = []
    for d in points:
        if d.kinds == ("stance",) and d.question:
            subject = subject_words(d.question, run.lexical.doc_freq, limit)
            if subject and not all(speaks_of([c.text for c in p.claims], d.question, subject) for p in d.positions):
                continue
        kept.append(d)
    return kept
