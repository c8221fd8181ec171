"""The value a sentence gives as its answer to one guiding question, read by the kind of value the question asks.

A guiding question asks for one kind of value, and its answers can be compared as values whatever their words:
- a quantity with its unit ("What is the smallest workload ...?", "How long ...?", "How often ...?": the drafter's
  answer type, :func:`pipeline.drafting.drafters.answer_type.asked_type`), read by
  :func:`pipeline.synthesis.stance.stated_amounts` (a recurring period is one: "every year" is 12 months);
- an actor ("Who should pay / assess / award ...?"), read by :func:`pipeline.synthesis.roles.assignment`;
- a mode among those the question itself names ("in digital form, on paper, or both?", "online or in person?"),
  read from a small lexicon of general modes;
- yes or no ("Should ...?", "Must ...?"), read from the force the sentence names
  (:func:`pipeline.synthesis.answers.answer`), only when its predicate states a key word of the question, else from
  a bare modal said of the question's own subject and predicate (:mod:`pipeline.synthesis.bare_answers`); when the
  question asks about one mode of a group ("Should it be issued in digital form?"), a sentence naming a mode of
  that group gives the mode it holds, compared as the modes of a choice are.
A sentence that gives no value of the asked kind, or two different ones, gives none (abstain): the caller then
reads nothing from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.drafting.drafters.answer_type import answers_type, asked_type, gives
from pipeline.drafting.drafters.counting import counted_in_elsewhere
from pipeline.synthesis.amounts import ANY_UNIT, Quantity
from pipeline.synthesis.answers import answer, asks_yes_no, predicate
from pipeline.synthesis.bare_answers import plain_answer
from pipeline.synthesis.matter import QUANTIFIERS, family, topic_words
from pipeline.synthesis.roles import Assignment, asked_role, assignment, opposed
from pipeline.synthesis.stance import stated_amounts
from pipeline.synthesis.value_families import charge_asked, charge_paid, charges_payer, form_group, level_answer
from pipeline.synthesis.way_values import asked_way, way_held

_I = re.IGNORECASE

# the question's kinds read as a quantity with its unit
_QUANTITY_KINDS = frozenset({"duration", "frequency", "share", "money", "workload", "count", "amount"})

# Modes of one matter that exclude each other, in general words (no corpus's own). A question names two or more of
# one group for its answers to be read as modes.
MODES: dict[str, dict[str, re.Pattern[str]]] = {
    "medium": {
        "digital": re.compile(
            r"\b(?:digital(?:ly)?|electronic(?:ally)?|e-certificates?|open\s+badges?|(?:digital\s+)?wallets?|"
            r"blockchain)\b",
            _I,
        ),
        "paper": re.compile(r"\b(?:paper|printed|print-?outs?|hard\s+cop(?:y|ies))\b", _I),
    },
    "delivery": {
        "online": re.compile(r"\b(?:online|remote(?:ly)?|at\s+a\s+distance|distance\s+learning|virtual(?:ly)?)\b", _I),
        "in person": re.compile(
            r"\b(?:in\s+person|face[\s-]to[\s-]face|on[\s-]site|in\s+the\s+classroom|on\s+campus|physically\s+present|"
            # a place where one sits an assessment: "in a supervised room", "at an examination centre"
            r"(?:in|at)\s+(?:a|an|the)\s+(?:supervised|examination|exam|test|testing|assessment)\s+"
            r"(?:rooms?|halls?|cent(?:re|er)s?|venues?))\b",
            _I,
        ),
    },
}
# a mode set aside: "no more paper certificates", "not online", "instead of paper", "rather than on site"; so is a
# mode one stops or ceases using ("should stop printing paper certificates", "cease issuing printed cards")
_SET_ASIDE = re.compile(
    r"\b(?:no\s+more|no\s+longer|not|never|nor|instead\s+of|rather\s+than|without|replac\w*|abolish\w*|"
    r"stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|"
    r"phas(?:e|es|ed|ing)\s+out|discontinu\w*|scrap\w*|end\s+to|away\s+with)\s+(?:\w+\s+){0,2}"
    # a denial over a list sets aside each mode of it: "we do not produce PDF or paper certificates"
    r"(?:(?:or|nor)\s+)?$",
    _I,
)
# a mode set aside by what its own clause goes on to say of it: "paper certificates should be phased out", "printed
# cards must be abolished"; a duty or plan, never a denial ("should not be phased out" keeps the mode) nor a report
# of what happens ("are being phased out" holds no duty)
_SET_ASIDE_AFTER = re.compile(
    r"[ \t]*(?:[\w'-]+\s+){0,3}?(?:should|must|shall|will|ought\s+to|(?:is|are)\s+to|needs?\s+to|ha(?:s|ve)\s+to)\s+"
    r"(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?(?:phased\s+out|abolished|discontinued|scrapped|withdrawn|dropped|retired)\b",
    _I,
)
# a setting aside denied keeps the mode: "a digital copy cannot replace the paper", "not instead of paper", "should
# not stop printing paper certificates"
_KEPT = re.compile(
    r"\b(?:cannot|can['’]t|could\s+not|must\s+not|should\s+not|will\s+not|won['’]t|never|not)\s+(?:\w+\s+)?"
    r"(?:replac\w*|abolish\w*|instead\s+of|rather\s+than|stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}$",
    _I,
)
# a subject quantified by "no" sets aside the mode its predicate names: "no assessment should be held at a distance"
_NONE_MAY = re.compile(r"\bno\s+(?:[a-z-]+\s+){1,3}(?:should|must|shall|may|can|will)\s+(?:\w+\s+){0,2}$", _I)
# one mode only: "issued only as a digital file", "exclusively online"
_ONLY = re.compile(r"\b(?:only|exclusively|solely)\b", _I)


@dataclass(frozen=True)
class Value:
    """What one sentence answers: ``kind`` ("quantity", "actor", "mode", "yesno"), ``key`` what is compared,
    ``label`` what a side is shown as ("minimum 25 hours", "on paper", "yes")."""

    kind: str
    key: tuple
    label: str
    exclusive: bool = False  # a mode held to the exclusion of the others ("only digital", "no more paper")
    assigned: Assignment | None = None  # an actor's role as the sentence gives or denies it


def value_kind(question: str) -> str | None:
    """The kind of value ``question`` asks for ("quantity", "actor", "mode", "yesno", "way", "charge"), None for any
    other."""
    if asked_type(question) in _QUANTITY_KINDS:
        return "quantity"
    if asked_role(question) is not None:
        return "actor"
    if mode_group(question) is not None:
        return "mode"
    if asks_yes_no(question):
        return "yesno"
    if asked_way(question) is not None:
        return "way"
    if charge_asked(question):
        return "charge"
    return None


def mode_group(question: str) -> str | None:
    """The group of modes ``question`` offers a choice among: two or more of its modes named, or none named in a
    question asking in what form a document is issued (:func:`pipeline.synthesis.value_families.form_group`)."""
    for group, modes in MODES.items():
        if sum(1 for pattern in modes.values() if pattern.search(question)) >= 2:
            return group
    named = any(pattern.search(question) for modes in MODES.values() for pattern in modes.values())
    return form_group(question, named)


# where a yes-or-no question's subject ends and what it asks of it begins: "Should assessments | be allowed to take
# place remotely?"
_ASKED_PART = re.compile(r"\b(?:be|take\s+place)\b", _I)


def asked_mode(question: str) -> str | None:
    """The group of the one mode a yes-or-no ``question`` asks about ("Should badges be issued in digital
    form?", "Should assessments take place remotely?"), None when it names none, or modes of two groups. The mode
    is named in what is asked, never in the subject: "Should digital credentials be revoked when ...?" and "Should
    online examinations be supervised?" ask no mode."""
    split = _ASKED_PART.search(question)
    if split is None or not asks_yes_no(question) or mode_group(question) is not None:
        return None
    subject, asked = question[: split.start()], question[split.start() :]

    def named(text: str) -> set[str]:
        return {group for group, modes in MODES.items() for pattern in modes.values() if pattern.search(text)}

    groups = named(asked)
    return next(iter(groups)) if len(groups) == 1 and not groups & named(subject) else None


def _mode_value(text: str, group: str) -> Value | None:
    modes = MODES[group]
    held: set[str] = set()
    aside: set[str] = set()
    for mode, pattern in modes.items():
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            set_aside = (_SET_ASIDE.search(before) or _NONE_MAY.search(before)) and not _KEPT.search(before)
            set_aside = set_aside or bool(_SET_ASIDE_AFTER.match(text, m.end()))
            (aside if set_aside else held).add(mode)
    if held & aside:
        return None  # "paper, not paper-only": too subtle to read
    if not held and len(aside) == 1 and len(modes) == 2:
        held = set(modes) - aside  # of two modes, setting one aside holds the other
    if not held:
        return None
    exclusive = bool(aside) or (len(held) == 1 and bool(_ONLY.search(text)))
    label = " and ".join(sorted(held)) if len(held) > 1 else next(iter(held))
    if exclusive and len(held) == 1:
        label += " only"
    return Value("mode", (group, frozenset(held)), label, exclusive)


# what a "how many" question counts: "How many assessors ...?" -> "assessors"
_COUNTED = re.compile(r"\bhow\s+many\s+(?:[a-z-]+\s+)??(?P<noun>[a-z-]+s)\b", _I)


def _singular(word: str) -> str:
    word = word.lower()
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _counts_asked(question: str, unit: str) -> bool:
    """Whether a figure in ``unit`` counts what a "how many" ``question`` counts: "3 assessors" answers "How many
    assessors ...?", "10 ECTS" does not answer "How many micro-credentials ...?"."""
    counted = _COUNTED.search(question)
    return counted is None or _singular(counted.group("noun")) == _singular(unit)


_TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours"})
_CURRENCIES = frozenset({"EUR", "USD"})
_MONEY_ASKED = re.compile(r"\b(?:fees?|prices?|costs?|charge[sd]?|pay|paid|budget|tuition|sum)\b", _I)


def _fits(question: str, kind: str | None, q: Quantity) -> bool:
    """Whether amount ``q`` is of the unit the question's kind asks for: a share in per cent, money in a
    currency, a workload in hours or credits (or no bound at all), a span or a period in units of time, a count of
    what the question counts; another amount only in a unit the question names ("2 ECTS" answers no "highest fee")."""
    if kind == "share":
        return q.unit == "%"
    if kind == "money":
        return q.unit in _CURRENCIES
    if kind == "workload":
        return q.unit in {"ECTS", "hours", ANY_UNIT}
    if kind in ("duration", "frequency"):
        return q.unit in _TIME_UNITS and q.every == (kind == "frequency")
    if kind == "count":
        return _counts_asked(question, q.unit)
    if _MONEY_ASKED.search(question):
        return q.unit in _CURRENCIES
    return q.unit != ANY_UNIT and re.search(rf"\b{re.escape(q.unit)}\b", question, _I) is not None


# what something costs now ("the college charges 1,900 for a course", "each module costs 90 euros", "is priced at"),
# said without a modal of what it should be: a price, no position
_PRICE = re.compile(
    r"\b(?:charges?|charged|charging|costs|cost\s+(?:us|them|learners|\d)|(?:is|are)\s+priced|sells?|sold)\b", _I
)
_DUTY = re.compile(
    r"\b(?:should|must|shall|ought|needs?\s+to|ha(?:s|ve)\s+to|at\s+(?:most|least)|no\s+more\s+than)\b", _I
)


def _quantity_value(text: str, question: str) -> Value | None:
    kind = asked_type(question)
    if not gives(kind, text):
        return None  # "8 hours" is no share, "25 per cent" no workload
    if _PRICE.search(text) and not _DUTY.search(text):
        return None  # a price charged now states what something costs, not what it should be
    if counted_in_elsewhere(question, text, kind):
        return None  # the size of one credential is not how much of it counts towards a whole
    asserted = tuple(q for q in stated_amounts(text)[0] if _fits(question, kind, q))
    if not asserted:
        return None
    keys = {(q.key()[1], q.key()[2], q.key()[3]) for q in asserted}
    if len(keys) != 1:
        return None  # two figures in one answer ("25 hours, that is 1 ECTS"): which is the answer is unclear
    q = asserted[0]
    label = q.label()  # a period reads "every year", "every 3 years": not a span
    bounds = {x.bound for x in asserted} - {"exact"}
    return Value("quantity", (*next(iter(keys)), next(iter(bounds)) if len(bounds) == 1 else "exact"), label)


def word_families(text: str) -> frozenset[str]:
    """The word families of ``text``'s topic words (what a question and its answer share)."""
    return frozenset(family(w) for w in topic_words(text))


def _yes_no_value(text: str, question: str, salient: Callable[[str], frozenset[str]]) -> Value | None:
    asked = salient(question) - QUANTIFIERS
    # a named force first, only when its predicate states a key word of the question (a duty of another predicate
    # answers nothing asked); else a bare modal said of the question's own subject and predicate
    said = answer(text, question) if asked & salient(predicate(text)) else None
    if said is None:
        said = plain_answer(text, question, salient, word_families)
    if said is None:
        said = level_answer(text, question)  # a place in the framework said as a level of it
    if said is None:
        return None
    return Value("yesno", (said,), "yes" if said > 0 else "no")


def read_value(question: str, text: str, salient: Callable[[str], frozenset[str]] = word_families) -> Value | None:
    """The value ``text`` gives as an answer to ``question``, of the kind the question asks; None when it gives
    none, or more than one. ``salient``: the words of a text that tell its matter apart (by default all its topic
    words; the register passes those rare enough in the workspace), which a yes or a no must share with the
    question in its predicate."""
    kind = value_kind(question)
    if not answers_type(question, text, practice=True):
        return None  # the drafter's test: a past event or a statistic says nothing of what should be
    if kind == "quantity":
        return _quantity_value(text, question)
    if kind == "actor":
        role = asked_role(question)
        given = assignment(text, role) if role else None
        if given is None or given.partial and not (given.sign > 0 and given.duty):
            return None
        # a share is held as its actor (one person saying "pay" and "pay part" gives one value); it is opposed
        # only to all of the role given to another actor (roles.opposed)
        label = given.actor if given.sign > 0 else f"not {given.actor}"
        if given.partial:
            label = f"{label} (part)"
        return Value("actor", (given.actor, given.sign), label, assigned=given)
    if kind == "mode":
        return _mode_value(text, mode_group(question) or "")
    if kind == "yesno":
        group = asked_mode(question)
        # a yes or no to one mode is said as the mode held: "should be issued on paper" answers whether it should
        # be issued in digital form, as the choice among the modes would be answered
        held = _mode_value(text, group) if group else None
        return held or _yes_no_value(text, question, salient)
    if kind == "charge":
        paid = charge_paid(text)
        payer = assignment(text, "pay")
        learner = payer is not None and payer.actor == "individual" or charges_payer(text)
        if paid is None or payer is not None and payer.actor != "individual" or paid != "nothing" and not learner:
            return None  # all or part is the learner's only when the learner is the one charged, not a club
        return Value("charge", (paid,), f"pays {paid}")
    if kind == "way":
        group = asked_way(question) or ""
        ways = way_held(text, question, group, word_families)
        if ways is None:
            return None
        return Value("way", (group, ways[0]), " and ".join(sorted(ways[0])), ways[1])
    return None


def differ(a: Value, b: Value) -> bool:
    """Whether two answers cannot both be followed: numbers of one unit that differ (a floor and a ceiling
    apart excepted: "at least 5" and "at most 10" can both hold), one actor against another or a role given and
    denied (:func:`pipeline.synthesis.roles.opposed`), modes that exclude each other, yes against no."""
    if a.kind != b.kind:
        return False
    if a.kind == "quantity":
        (unit_a, low_a, high_a, bound_a), (unit_b, low_b, high_b, bound_b) = a.key, b.key
        if unit_a != unit_b or (low_a, high_a) == (low_b, high_b):
            return False
        return {bound_a, bound_b} != {"min", "max"}
    if a.kind == "actor":
        return a.assigned is not None and b.assigned is not None and opposed(a.assigned, b.assigned)
    if a.kind == "way":
        (group_a, held_a), (group_b, held_b) = a.key, b.key
        return group_a == group_b and not held_a & held_b
    if a.kind == "mode":
        (group_a, held_a), (group_b, held_b) = a.key, b.key
        if group_a != group_b:
            return False
        if not held_a & held_b:
            return True
        # "digital only" against "on paper as well as digitally": one excludes what the other keeps
        return (a.exclusive and bool(held_b - held_a)) or (b.exclusive and bool(held_a - held_b))
    return a.key != b.key
