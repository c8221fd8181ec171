"""Candidate sentences for an extractive draft: a passage's own sentences that read on their own.

A sentence goes into a draft out of its context, after "According to X," or in quotation marks, so a
candidate must be a whole sentence with a verb, must not lean on the sentence before it (a pronoun subject, a
connective such as "However" or "By comparison"), must not be about the document itself ("What follows is
...", "This note sets out ...") and must not address a machine. A short label before a colon ("Main message:")
and an ordinal opener ("First,", "Finally,") are cut off; what is kept is still word for word in the passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.model import within_attachment
from pipeline.drafting.drafters.actors import is_actor_noun
from pipeline.drafting.drafters.others_voice import (
    hands_the_word_on,
    in_others_voice,
    named_other_speaker,
    other_body_view,
)
from pipeline.drafting.support import split_sentences, without_quotes
from pipeline.index.lexical import tokenize
from pipeline.model import Evidence

_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|prompt|rule|guideline)s?\b"
    r"|\b(system prompt|as an ai|language model|jailbreak)\b"
    r"|\b(ai|llm|automated|summari[sz]ation|chatbot)\s+(tools?|systems?|assistants?|models?)\b.{0,60}"
    r"\b(must|should|shall|are instructed|please)\b"
    r"|\b(note|message|instructions?)\s+(for|to)\s+(ai|llm|automated|the model|language models?)\b"
    r"|\b(your|the) output\b",
    re.IGNORECASE,
)
# A finite verb: auxiliaries and modals, or a common lexical verb in a finite form. A line without one
# ("Each year, using learner and employer feedback.") is a fragment, unless it is an instruction (below).
FINITE = re.compile(
    r"\b(is|are|was|were|has|have|had|does|do|did|should|must|shall|will|would|can|could|may|might|needs?\s+to|"
    r"ought\s+to|"
    r"remains?|seems?|becomes?|means|requires?|depends?|includes?|allows?|helps?|makes?|takes?|gives?|"
    r"carry|carries|lead|leads|led|show|shows|showed|hold|holds|held|keep|keeps|kept|stand|stands|"
    r"cover|covers|count|counts|offer|offers|support|supports|propose|proposes|proposed|recommend|recommends|"
    r"believe|believes|consider|considers|agree|agrees|disagree|disagrees|ask|asks|asked|want|wants|wanted|"
    r"need|needs|use|uses|used|work|works|worked|apply|applies|applied|describe|describes|described|"
    r"see|sees|saw|find|finds|found|happen|happens|happened|decide|decides|differ|differs|exist|exists|"
    r"belong|belongs|stay|stays|expect|expects|provide|provides|receive|receives|say|says|said|"
    r"tell|tells|told|lack|lacks|serve|serves|get|gets|got|go|goes|went|know|knows|knew|"
    # verbs whose forms are rarely nouns (not "review", "issue", "fund", "end": a slide line "Independent review
    # for every unit" stays a fragment)
    r"accept|accepts|accepted|reject|rejects|rejected|charges|charged|passed|pays|paid|costs|issued|awarded|"
    r"granted|funded|lasted|expire|expires|expired|ended|started|began|begins|reached|completed|enrolled|"
    r"prefer|prefers|preferred|oppose|opposes|opposed|assessed|reviewed|recognise|recognises|recognised|"
    r"recognize|recognizes|recognized)\b",
    re.IGNORECASE,
)
# a subject pronoun and the word after it, a verb no list above knows: "We coordinate the budget of ..."
_PRONOUN_VERB = re.compile(
    r"\b(we|they|i)\s+(?:also\s+|now\s+|still\s+|often\s+|already\s+|only\s+|therefore\s+)?"
    r"(?!all\b|both\b|ourselves\b|themselves\b|myself\b)[a-z]{2,}\b",
    re.IGNORECASE,
)
# An instruction or recommendation as written on slides and in lists ("Rely on ...", "Require ...").
_IMPERATIVE = re.compile(
    r"^(require|recommend|state|allow|keep|make|rely|reserve|open|offer|fund|ask|provide|record|publish|use|"
    r"encourage|give|display|introduce|create|set|treat|include|avoid|ensure|define|limit|let|link|list|"
    r"support|build|design|involve|name|write|describe|cite|accept|adopt|apply|assess|check|share|start|issue|award|"
    r"develop|align|base|count|extend|grant|help|map|protect|review|test|train|"
    # more verbs of advice that are rarely a line's first noun or adjective (not "lower", "close", "increase")
    r"leave|put|stop|prefer|pay|exempt|reward|recognise|recognize|promote|strengthen|simplify|harmonise|"
    r"harmonize|monitor|evaluate|consult|inform|guarantee|maintain|remove|replace|restrict|prevent|enable|"
    r"invest|validate|certify|verify|abolish|waive|subsidise|subsidize|reimburse|coordinate|consider|explore|"
    r"clarify|specify|prioritise|prioritize|expand|reduce|raise|refuse|reject|tell|continue|combine|separate|"
    r"translate|invite|bring|move|connect|integrate|equip)\b",
    re.IGNORECASE,
)
# The sentence leans on the one before it: a pronoun or demonstrative subject, or a connective.
_LEANS = re.compile(
    r"^(it|its|they|them|their|this|these|that|those|he|she|such|there|here|both|either|neither|"
    r"however|but|and|or|so|yet|still|also|moreover|furthermore|therefore|thus|hence|then|instead|otherwise|"
    r"nevertheless|nonetheless|similarly|likewise|meanwhile|besides(?=\s*,)|again|even so|by comparison|by contrast|"
    r"in contrast|on the other hand|as a result|for this reason|for that reason|in that case|in this case|"
    r"that is why|this is why|the same|the other|the latter|the former|the table|the figure|the chart|"
    r"the (first|second|third|fourth|next|last|rest|remainder|others?)\b(?! (of|time|year|step)))\b",
    re.IGNORECASE,
)


# "It" standing for what follows, not for something before: "It should be possible to combine ...", "It is
# essential that ...", "It makes sense to ..." lean on nothing
_DUMMY_IT = re.compile(
    r"^it\s+(?:(?:should|must|shall|would|will|could|can|may|might|ought\s+to|has\s+to|needs\s+to)\s+(?:not\s+)?"
    r"(?:be|remain|become)|is|isn't|is\s+not|remains|becomes|was)\s+(?:\w+ly\s+)?(?:possible|impossible|important|"
    r"necessary|unnecessary|essential|vital|crucial|critical|key|useful|helpful|desirable|advisable|reasonable|"
    r"unreasonable|fair|unfair|acceptable|unacceptable|wrong|right|better|best|preferable|easier|harder|easy|hard|"
    r"difficult|realistic|unrealistic|appropriate|inappropriate|sensible|legitimate|enough|sufficient|time|"
    r"mandatory|compulsory|forbidden|vital)\b(?:\s+for\s+[\w' -]{1,40}?)?\s+(?:to|that)\b|"
    r"^it\s+makes\s+(?:no\s+)?sense\s+(?:for\s+[\w' -]{1,40}?\s+)?to\b",
    re.IGNORECASE,
)


def _leans(text: str) -> bool:
    """Whether ``text`` opens leaning on the sentence before it; a word in capitals that is an acronym ("IT
    companies should ...", "SO 9001") is not the pronoun it spells, and "It should be possible to ..." stands for
    what follows."""
    match = _LEANS.match(text)
    if match is None or _DUMMY_IT.match(text):
        return False
    word = match.group(0)
    rest = text[match.end() :].split()
    acronym = len(word) > 1 and word.isupper() and not (rest and rest[0].isupper() and len(rest[0]) > 1)
    return not acronym


# About the document or its author rather than the subject ("What follows is ...", "This note sets out ...").
_META = re.compile(
    r"\b(what follows|as follows|the following|hereafter|to sum up|in summary|in this (note|paper|"
    r"brief|input|presentation|submission|document|contribution|section|chapter|slide)|"
    r"(this|the present|our|my) (note|paper|brief|input|presentation|submission|document|contribution|slides?|"
    r"chapter|table|figure)\b|is submitted by|our proposals concern|sets? out (the|our)|we are an? \w+ (body|"
    r"agency|organisation|organization|centre|center|network|association)|^i('m| am) [A-Z]|"
    r"\b(on|see|in) (page|slide|section|table|figure|annex|chapter) \d|"
    # "below" and "above" point into the document only after a verb of showing or a part of it ("as set out
    # below", "the table above"); "3 ECTS or below" and "above the threshold" are about the subject
    r"\b(see|as|listed|described|set out|shown|mentioned|outlined|given|noted|stated|explained|discussed|"
    r"presented|summari[sz]ed|detailed|(table|list|section|figure|chart|box|paragraph|points?|examples?|"
    r"annex|proposals?|recommendations?)s?) (below|above)\b|\b(below|above)\s*:)",
    re.IGNORECASE,
)
# A question someone asked, reported ("Eitan asked how long the ministry needs; nobody knew"): it claims nothing.
# "Asked whether ..., 70 per cent said no" and "When asked ..." open with the question and go on to an answer.
_REPORTED_QUESTION = re.compile(
    r"^(?!(?:when|if|once|after|before|as)\b)(?:[\w'’.-]+\s+){1,4}?(?:asked|wondered|queried|enquired|inquired)\s+"
    r"(?:(?:us|them|me|him|her)\s+)?(?:how|whether|if|what|who|whom|why|"
    r"when|which|where)\b",
    re.IGNORECASE,
)
# A demonstrative that points back at what the contribution said before ("this choice", "such a rule").
_ANAPHOR_NOUNS = (
    r"choice|approach|proposal|option|model|view|problem|position|step|rule|requirement|procedure|method|list|reason|"
    r"point|idea|change|distinction|figure|share|principle|recommendation|arrangement|solution|measure|scheme|"
    r"practice|issue|concern|difference|risk|argument"
)
# "this" and "that" point at one thing, "these" and "those" at several, and none takes an article ("such" does):
# "every provider that issues credentials" and "so that a practice can read them" are clauses, not "that issue"
_ANAPHOR = re.compile(
    rf"\b(?:(?:this|that)\s+(?:{_ANAPHOR_NOUNS})\b(?!s)|(?:these|those)\s+(?:{_ANAPHOR_NOUNS})s\b|"
    rf"such\s+(?:an?\s+)?(?:{_ANAPHOR_NOUNS})s?\b)",
    re.IGNORECASE,
)
# the subject a clause may open with after a conjunction: a determiner, a quantifier, "we", or a plural noun
_CLAUSE_SUBJECT = r"(?:a|an|the|every|each|all|no|any|we|our|[a-z]+s)"
# Openers that only order the text; cut off, the rest is the sentence.
_OPENER = re.compile(
    r"^(first(ly)?|second(ly)?|third(ly)?|fourth(ly)?|fifth(ly)?|sixth|seventh|eighth|ninth|tenth|next|"
    r"finally|lastly|in short|in brief|in sum|above all|in particular|"
    r"in our view|in our experience|in practice|today|at present|currently)\s*,\s+",
    re.IGNORECASE,
)
# A sentence adverbial that links to the sentence before without changing what this one asserts ("However,
# providers should ..." still says providers should): cut off like an ordinal opener. Connectives that make the
# sentence conditional on the one before ("Otherwise,", "Instead,", "In that case,") or a comparison with it ("By
# comparison,", "In contrast,") are not cut: the sentence then stays out.
_CONNECTIVE = re.compile(
    r"^(however|moreover|furthermore|therefore|thus|hence|nevertheless|nonetheless|similarly|likewise|besides|"
    r"for (this|that|these|those) reasons?|as a result|as a consequence|consequently|in addition|additionally|"
    r"at the same time|even so|in any case|all the same|"
    r"also|still|accordingly)\s*,\s+"
    # "And a safety credential should be renewed ...", "But the practical part must happen at the mine itself": a
    # conjunction before a whole clause with a subject of its own adds or sets against the sentence before a claim
    # that stands alone, so it is cut as "However," is; so is one before a short opening phrase and its comma ("And
    # once earned, a micro-credential should stay valid ..."). A pronoun subject still leans ("But they ..."), and
    # "Or" offers an alternative to the sentence before, so it stays out; "So" is cut only before its subject ("So
    # far, the agency ..." keeps its opener and stays out)
    rf"|^(?:and|but|yet)\s+(?=(?:[^,.;:?!]{{1,40}},\s+)?{_CLAUSE_SUBJECT}\s)"
    rf"|^so\s+(?={_CLAUSE_SUBJECT}\s)"
    # a phrase of several words is a connective with or without its comma ("For that reason a ...")
    r"|^(for (this|that|these|those) reasons?|as a result|as a consequence|in addition)\s+(?=[a-z])(?!of\b|to\b)",
    re.IGNORECASE,
)
# "Main message: ...", and the answer mark of interview notes ("A: ..."): a short label before a colon
# a label, also a speaker's with an affiliation in brackets ("Ms Horvat (Council of Rectors of Kyrgyzstan): ...")
_LABEL = re.compile(r"^([^:;,.\s]|[^:;,.()]{2,40}\s*\([^():;]{1,80}\)|[^:;,.]{2,40}):\s+(?=\S)")
# a list mark: a dash or bullet, "1." / "1)", or a letter or roman numeral in brackets ("(a)", "b)", "(iv)")
_BULLET = re.compile(r"^\s*(?:[-•*–·▪◦‣■]|\d+[.)]|\(\d{1,2}\)|\(?(?:[a-h]|i{1,3}|iv|v|vi{1,3}|ix|x)\))\s+")
# a numbered paragraph's own number ("3.1 The employers who ...", as written evidence and reports number them), before
# a capitalised word: "1.5 million learners" and "2.5 ECTS is enough" keep their figures
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z][a-z])")
# a footnote's mark where the sentence calling it ends ("... where needed.[3]", "... needed.³") and the label a
# footnote's own text opens with ("[3] The procedure has ..."): neither is part of the words quoted
_NOTE_CALL = re.compile(r"(?<=[.!?\"”])\s?(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)$|(?<=[a-z][.!?])\d{1,2}$")
_NOTE_LABEL = re.compile(r"^\[\d{1,3}\]\s+(?=[A-Z])")
# A bare answer to a question (an FAQ's "### Should ...?" then "No. ...", a form's "Answer: Yes, ..."): "Yes" or
# "No" closed by a stop opens a sentence that may hold on its own; closed by a comma or a dash, the clause after it
# only means something beside its question. "No. 5" is a number, and "No provider should ..." no answer.
_YES_NO = re.compile(r"^(yes|no)\s*([.!](?=\s+[A-Z\"“‘(])|[,;:–—]|\s-)\s*", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*;\s*(and|or)?\s*$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(we|our|ours|us|i|my|me)\b", re.IGNORECASE)


# A sentence that takes a position: a modal or a verb of recommending, agreeing or requiring, a bound, or an
# absolute ("only", "never"). Its opposite is a description of what is or was ("The average group had 14
# learners").
_POSITION = re.compile(
    r"\b(should|must|shall|ought|need to|needs to|has to|have to|(is|are) (not )?(acceptable|enough)|"
    r"recommend\w*|propos\w*|requir\w*|advis\w*|support|oppose\w*|"
    r"disagree\w*|agree\w*|argue\w*|believe\w*|in our view|at most|at least|no more than|only|never|always|"
    r"we need|we want|we ask|we call|we urge|we expect|(is|are) (essential|needed|necessary))\b",
    re.IGNORECASE,
)


def takes_position(text: str) -> bool:
    """Whether the sentence states a position (see ``_POSITION``) or is an instruction ("Require ...")."""
    return bool(_POSITION.search(text)) or is_imperative(text)


def looks_like_instruction(text: str) -> bool:
    """Whether text addresses a machine with instructions (a prompt-injection attempt), not the reader."""
    return bool(_INSTRUCTION.search(text))


def is_imperative(text: str) -> bool:
    """Whether the sentence is an instruction or recommendation in the imperative ("Require ...")."""
    return bool(_IMPERATIVE.match(text))


def first_person(text: str) -> bool:
    """Whether the sentence speaks in the first person (it is then quoted, never reported)."""
    return bool(_FIRST_PERSON.search(text))


@dataclass(frozen=True)
class Candidate:
    """A sentence of one evidence passage that could go into the draft, word for word as ``text``."""

    text: str
    evidence: Evidence
    words: frozenset[str]
    # an item of a list of demands ("We call for: - a minimum workload of 15 hours;"): the verb that introduces it,
    # in the third person ("calls for"); the draft then reports "X calls for: '<item>'"
    lead: str = ""


# where a sentence's first clause ends and a second, joined to it, begins
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:and|but|so)|;)\s+")


def _points_back(text: str) -> bool:
    """Whether ``text`` leans on a sentence before it through "this proposal", "these figures" (see ``_ANAPHOR``).
    One in a clause joined to a whole first clause points to that clause ("An X should exempt Y, and we have asked
    the college to apply this rule"), not back."""
    first = _CLAUSE_JOIN.split(text, maxsplit=1)[0]
    if first != text and len(first.split()) >= 6 and FINITE.search(first):
        return bool(_ANAPHOR.search(first))
    return bool(_ANAPHOR.search(text))


def _opens_demand(label: str) -> bool:
    """Whether what stands before a colon is an instruction of three words or more, not a label."""
    return is_imperative(label) and len(label.split()) >= 3


def _trim(text: str) -> str:
    """The sentence without a leading label or ordering opener (what remains is still verbatim)."""
    for _ in range(2):
        label = _LABEL.match(text)
        # "Set the minimum at 8 hours of learning: ..." opens on its own demand, not on a label
        if label and not FINITE.search(label.group(1)) and not _opens_demand(label.group(1)):
            text = text[label.end() :]
        opener = _OPENER.match(text) or _CONNECTIVE.match(text)
        if opener:
            text = text[opener.end() :]
    return text.strip()


def clean_sentence(raw: str, on_slide: bool) -> str | None:
    """``raw`` as a draft sentence, or None when it cannot stand on its own (see the module docstring)."""
    bulleted = bool(_BULLET.match(raw))
    text = _PARAGRAPH_NUMBER.sub("", _BULLET.sub("", raw)).strip()
    text = _NOTE_LABEL.sub("", _NOTE_CALL.sub("", text))
    # a list item ends with ";" (or "; and") as often as with a full stop: a whole item, quoted without the mark
    item_end = bulleted and bool(_ITEM_END.search(text))
    if item_end:
        text = _ITEM_END.sub("", text)
    if not text or looks_like_instruction(text) or _META.search(text) or _REPORTED_QUESTION.search(text):
        return None
    answer = _YES_NO.match(text)
    if answer and answer.group(2) in ".!":
        text = text[answer.end() :]  # "No. A skill once assessed stays assessed." holds without the "No."
    elif answer:
        return None  # "Yes, but only when ...": an answer to a question the quotation would leave out
    if hands_the_word_on(text):  # "One learner put it this way: ...": the label would be cut, the voice lost
        return None
    trimmed = _trim(text)
    cut, text = trimmed != text, trimmed
    if not text or _points_back(text):  # after the opener: "For that reason, X" is X
        return None
    if in_others_voice(text):  # "the majority holds that ...", "The tenderer shall describe ...": not the writer's
        return None
    words = text.split()
    if not 6 <= len(words) <= 70 or text.endswith(("?", ":")) or " | " in text:
        return None
    if not (text[0].isupper() or text[0].isdigit() or cut or bulleted) or _leans(text):
        return None  # the tail of a cut sentence, or one that leans on the sentence before it
    ended = text[-1] in '.!"”)' or item_end
    if not ended and (not on_slide or len(words) < 8):
        return None  # cut at a chunk boundary, or a heading; slide bullets rarely end with a full stop
    if not FINITE.search(text) and not _PRONOUN_VERB.search(text) and not is_imperative(text):
        return None  # a fragment: no verb to carry a claim
    return text


# where one cell of a spreadsheet row ends and the next begins: " | ", or "; " before the next "Header: " (a column
# name, or a form's question: "; Q3. Who should be able to enrol?: ..."), or before a column name left at the end
# of a passage the chunker cut ("...; Q3.")
_COLUMN = r"(?:[A-Z]?\d{1,3}[.)]\s+)?[^:;.?!|]{1,50}"  # "Comment", "Q6. Any other comments"
_CELL_BREAK = re.compile(rf"\s+\|\s+|;\s+(?={_COLUMN}:\s)|;\s+(?=[^;|]{{1,300}}?\?:\s)|;\s+(?=\S{{1,12}}$)")
# the column name a cell is read under ("Comment: ", "Q2. What role should learners play?: "): the sheet's words,
# not the respondent's, so never quoted as theirs
_CELL_HEADER = re.compile(rf"^(?:{_COLUMN}|[^;|]{{1,300}}?\?):\s+")


def _pieces(item: Evidence) -> list[tuple[str, bool]]:
    """The sentences of a passage, and whether they may end without a stop (slide lines, table cells).

    A table row ("Matter | Decision | Reasons") is read cell by cell: a cell that reads as a sentence is one,
    and the row as a whole never is. A PDF's table keeps its page as its location, so a row is known by its cells'
    separator wherever it stands."""
    where = within_attachment(item.location)  # an e-mail's attached deck or workbook reads as its own file does
    on_slide = where.startswith("slide")
    out: list[tuple[str, bool]] = []
    if where.startswith(("sheet ", "rows ", "row ")):
        # a spreadsheet row reads "Question: ...?; Answer: ..." (or "a | b" without a header row): each cell is
        # its own text, under its column name, so an answer is never glued to the question beside it
        for line in without_quotes(item.text).splitlines():  # a quoted line (a draft's text, a note) is not theirs
            for cell in _CELL_BREAK.split(line):
                cell = _CELL_HEADER.sub("", cell.strip())
                out.extend((piece, True) for piece in split_sentences(cell) if piece.strip())
        return out
    for raw in split_sentences(without_quotes(item.text)):  # a block quote is someone else's words
        if " | " in raw:
            out.extend((cell.strip(), True) for cell in raw.split(" | ") for cell in split_sentences(cell))
        else:
            # a bullet is a line of its own: like a slide's, it may end without a stop (a PDF slide deck, a list)
            out.append((raw, on_slide or bool(_BULLET.match(raw))))
    return out


# A first-person line that opens a list of demands: "We call for:", "We therefore recommend:", "Our federation
# calls for:". Its items ("a minimum workload of 15 hours of learning;") are the contributor's demands, each
# quoted under the stem's verb. A motion's operative part ("Congress resolves:", "The assembly believes:") lists
# what the body that moved it resolves, one "That ..." clause an item.
_DEMAND_STEM = re.compile(
    r"^(?:(?P<we>we|i)|our\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?)\s+(?:therefore\s+|also\s+|strongly\s+|would\s+)?"
    r"(?P<verb>call(?:s)?\s+for|recommend(?:s)?|propose(?:s)?|ask(?:s)?\s+for|urge(?:s)?|demand(?:s)?|"
    r"support(?:s)?|want(?:s)?|like|resolve(?:s)?|believe(?:s)?)\s*:$",
    re.IGNORECASE,
)
# an item's number standing alone, as the sentence splitter leaves it ("1.", "2)")
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
# a body named by one word of its own, as a motion names it ("Congress resolves:", "Conference believes:"); only
# with these verbs, since "Examples like:" or "Topics include:" open no one's demands
_MOTION_STEM = re.compile(r"^[A-Z][a-z]+\s+(?P<verb>resolves|believes)\s*:$")
# a motion's item opens on "That" before its clause ("1. That every member has a right to five days of paid study
# leave a year."): the clause is quoted under the stem's verb and "that"
_THAT_ITEM = re.compile(r"^that\s+(?=\S)", re.IGNORECASE)


# A stem that says who should do what follows: "The guidelines should:", "In our view, national authorities
# must:". Its items are verb phrases ("require providers to publish ...;"), quoted under "writes that the
# guidelines should", since on their own they lose who is to act.
_MODAL_STEM = re.compile(
    r"^(?:in our view,?\s+|we believe(?:\s+that)?\s+|we think(?:\s+that)?\s+)?"
    r"(?P<subject>(?:the\s+|all\s+|every\s+|each\s+|national\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)\s+"
    r"(?P<modal>should|must|shall|need\s+to|needs\s+to|ought\s+to)(?:\s+also|\s+therefore)?\s*:$",
    re.IGNORECASE,
)


def _modal_lead(raw: str) -> str | None:
    """ "The guidelines should:" -> "writes that the guidelines should" (None for any other line)."""
    stem = _MODAL_STEM.match(raw.strip())
    if not stem or _FIRST_PERSON.search(stem.group("subject")):
        return None
    subject = stem.group("subject")
    if _common_subject(subject):
        subject = subject[0].lower() + subject[1:]
    return f"writes that {subject} {' '.join(stem.group('modal').lower().split())}"


_DETERMINERS = frozenset({"the", "all", "every", "each", "national"})


def _common_subject(subject: str) -> bool:
    """Whether a stem's subject opens with a common word that is capitalised only because it opens the line:
    a determiner ("The guidelines") or a noun for people or bodies alone or before lower-case words ("Providers",
    "Employers' organisations"); never a name ("Member States", "Cedefop", "ENIC-NARIC centres")."""
    words = subject.split()
    if words[0].lower() in _DETERMINERS:
        return True
    return (
        words[0][:1].isupper()
        and words[0][1:].islower()
        and is_actor_noun(re.sub(r"['’]s?$", "", words[0]))
        and all(w[:1].islower() for w in words[1:])
    )


def _third_person(verb: str) -> str:
    """ "call for" -> "calls for", "recommend" -> "recommends" (already third person: unchanged)."""
    head, _, rest = " ".join(verb.lower().split()).partition(" ")
    if not head.endswith("s") and head != "like":
        head += "s"
    return f"{head} {rest}".strip() if head != "like" else "would like"


def _demand_item(raw: str) -> str | None:
    """A list item under a demand stem, as quoted: without its bullet and its closing ";" (or "; and")."""
    text = _BULLET.sub("", raw).strip()
    text = _ITEM_END.sub("", text).rstrip(",").strip()
    words = text.split()
    if not 4 <= len(words) <= 70 or looks_like_instruction(text) or text.endswith(("?", ":")) or " | " in text:
        return None
    return text


def _items(item: Evidence) -> list[tuple[str, bool, str | None]]:
    """Each piece of a passage (see :func:`_pieces`) with the verb of the demand list it belongs to (None outside
    a list).

    A list goes on while its pieces are bullets or start in lower case (a PDF often loses the bullets), and
    ends at the first piece that starts a sentence of its own."""
    out: list[tuple[str, bool, str | None]] = []
    lead: str | None = None
    modal = False  # the list's stem names who should act: only its verb phrases are items under it
    numbered = False  # the piece before was an item's number alone ("1."), which the sentence splitter cuts off
    for raw, short_lines in _pieces(item):
        stem = _DEMAND_STEM.match(raw.strip()) or _MOTION_STEM.match(raw.strip())
        modal_lead = None if stem else _modal_lead(raw)
        if stem or modal_lead:
            lead, modal = (_third_person(stem.group("verb")), False) if stem else (modal_lead, True)
            out.append((raw, short_lines, None))
            numbered = False
            continue
        if _ITEM_NUMBER.fullmatch(raw):
            numbered = True
            continue
        if lead is not None and not (numbered or _BULLET.match(raw) or raw.strip()[:1].islower()):
            lead = None
        numbered = False
        verb_phrase = _BULLET.sub("", raw).strip()[:1].islower()
        out.append((raw, short_lines, lead if not modal or verb_phrase else None))
    return out


def candidates(evidence: Sequence[Evidence]) -> list[Candidate]:
    """The sentences of the evidence that read on their own, each once (the first passage that has it), and the
    items of a contributor's list of demands, each under the list's verb."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for item in evidence:
        for raw, short_lines, lead in _items(item):
            text = _demand_item(raw) if lead else clean_sentence(raw, short_lines)
            if text is not None and lead and _THAT_ITEM.match(text):
                text, lead = _demand_item(_THAT_ITEM.sub("", text)), f"{lead} that"
            if text is None or text.lower().rstrip(".") in seen:
                continue
            if named_other_speaker(text, item.contributor, item.organisation) or other_body_view(
                text, item.contributor, item.organisation
            ):
                continue  # "Mr Novak said that ...", "The Ministry's paper proposes ...": not who contributed it
            seen.add(text.lower().rstrip("."))
            out.append(Candidate(text, item, frozenset(tokenize(text)), lead or ""))
    return out
