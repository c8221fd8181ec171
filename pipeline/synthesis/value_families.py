"""Families of wording the value readers know beyond their first lexicons: how people ask for a choice of modes
without naming one, and how they say a place in a qualifications framework as a level of it.

Each family is a way of saying one thing, in general words, never one corpus's sentence (the rules, and what each
was written on, are in ``docs/divergence-value-families.md``):

- **a form asked** (:func:`form_group`): "In what form / In which format should micro-credentials be issued?" names
  no mode, yet asks a choice among the modes of issuing a document (digital or on paper). A question that opens
  with "In what / which form / format / medium", asks of issuing (issue, award, deliver a certificate, credential,
  badge, diploma or card) and names no mode and no matter of another group (a course, a lesson, an assessment is
  taught or taken, not issued) asks the "medium" group. A question that names a mode already ("In which format
  should digital credentials be issued?") asks which digital format, no choice of media: it is left as it was.
- **a level of the framework** (:func:`level_answer`): under a yes-or-no question whether its subject has a place
  in, belongs in, is included in or placed in a (qualifications) framework, a duty that gives the subject a level
  of such a framework ("should be assigned a level of the national framework", "ought to carry a level in the
  qualifications framework", "should be levelled in the framework") says yes, and the same duty denied ("should
  not be given a level ...", "should never get a level ...") says no. A duty that keeps the framework for whole
  qualifications ("the framework should stay / remain / be kept / be reserved for full qualifications", "should
  remain the home of full qualifications only", "should keep the framework for whole degrees") says no, and so does
  belonging denied ("short courses do not belong in the national framework"; "belong in it" says yes). Between the
  level and "framework" only a determiner and the framework's names may stand (a country's name, "national",
  "qualifications", "European" ...): a level of something else ("a high level of quality in the framework", "a
  level of English") is no place in a framework.
- **who assesses** (:data:`OUTSIDER`, :data:`TRAINER`, :data:`SUPERVISOR`, :func:`runs_assessment`): the kinds of
  actor `pipeline.synthesis.roles` adds for a "Who should assess ...?" question, and assessing said as running an
  assessment or as being the one fit to judge ("should be the one to sign the result", "is the right person to
  judge"); the outsider also as one who took no part in, or was not involved in, the teaching, and the trainer as
  whoever taught (session 21).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# --- a form asked ------------------------------------------------------------------------------------------------

_FORM_ASKED = re.compile(r"^\s*in\s+(?:what|which)\s+(?:form|forms|format|formats|medium|media|shape)\b", _I)
# what is issued: the document itself, or the act of issuing it
_ISSUING = re.compile(
    r"\b(?:issued|issue|awarded|award|delivered\s+to|handed\s+(?:out|over)|certificates?|credentials?|badges?|"
    r"diplomas?|cards?|micro-credentials?)\b",
    _I,
)
# the matter of another group of modes (how learning or an assessment is done), or a second question
_OTHER_MATTER = re.compile(
    r"\b(?:courses?|training|classes|lessons?|teaching|taught|learning|studies|study|assessments?|assessed|exams?|"
    r"examinations?|tests?|tested|modules?|programmes?|programs?|held|taken|delivered(?!\s+to))\b|,\s*and\b|\?.",
    _I,
)


def form_group(question: str, names_mode: bool) -> str | None:
    """The group of modes a question asks a choice among when it asks "In what form ...?" of issuing a document
    and names no mode itself (``names_mode``: whether it names any); None for any other question."""
    if names_mode or not _FORM_ASKED.search(question):
        return None
    if not _ISSUING.search(question) or _OTHER_MATTER.search(question):
        return None
    return "medium"


# --- a level of the framework ------------------------------------------------------------------------------------

# a yes-or-no question about a place in a framework: "have their place in", "be part of", "be included in",
# "be placed in / on / at a level of", "belong in", "be referenced to" ... "the (national) (qualifications) framework"
_PLACE_ASKED = re.compile(
    r"\b(?:place|placed|part|included|include|inclusion|belong|belongs|referenced|levelled|leveled|level|levels|"
    r"integrated|positioned)\b[^?]*\bframeworks?\b",
    _I,
)
# a modal of duty, an optional negation, then a level given: "should be assigned a level of the ... framework",
# "ought to carry a level in the ... framework", "must not be given one of the framework's levels"
_MODAL = r"(?:should|must|shall|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)"
_NEGATION = r"(?P<neg>not\s+|never\s+|n['’]t\s+)?"
_GIVING = (
    r"(?:be\s+(?:\w+ly\s+)?(?:assigned|given|allocated|granted|awarded|placed\s+(?:at|on)|set\s+at|referenced\s+to)|"
    r"(?:carry|have|hold|get|receive|obtain|bear|gain|take)|be\s+(?:levell?ed|pegged)\s+(?:in|on|against|to))"
)
_LEVEL = (
    r"(?:(?:a|an|one|its|their|its\s+own|their\s+own|the\s+right|a\s+clear|a\s+formal)\s+)?"
    r"(?:(?:one\s+of\s+the\s+)?(?:\w+\s+){0,2}levels?\s+(?:of|in|on|within)\s+|(?=(?:the|a|its|their)\s+))"
)
_LEVEL_GIVEN = re.compile(
    rf"\b{_MODAL}\s+{_NEGATION}(?:\w+ly\s+)?{_GIVING}\s+{_LEVEL}(?P<rest>[^,;:.]*?)\bframeworks?\b(?!\s+of\b)",
    _I,
)
# what may name a framework between the level and "framework": "the Polish Qualifications", "our national"
_FRAMEWORK_NAME = re.compile(
    r"^(?:(?:the|its|their|our|this|that|a|an)\s+)?(?:(?:[A-Z][\w'’-]*|national|european|regional|sectoral|"
    r"overarching|qualifications?|credit|and|eight-level|ten-level|country['’]s)\s+){0,4}$"
)
_NAMES_FRAMEWORK = re.compile(r"\b(?:frameworks?|levels?|it|them)\b", _I)
_FRAMEWORK_LEVEL = re.compile(r"\blevels?\b", _I)
_LEVELLED = re.compile(r"\blevell?ed\b|\bpegged\b", _I)
_NO_LEVEL = re.compile(r"\b(?:no|without\s+a|without\s+any)\s+(?:\w+\s+){0,2}levels?\b", _I)


# the framework kept for whole qualifications, as a duty: "The framework should stay for whole qualifications",
# "the national framework should remain the home of full qualifications only", "keep the framework for full degrees"
_WHOLE_AWARDS = (
    r"(?:whole|full|complete|entire|traditional|major|full-length)\s+(?:qualifications?|degrees?|diplomas?|"
    r"programmes?|programs?|awards?)"
)
_RESERVED = re.compile(
    rf"\bframeworks?\b[^.;:]{{0,40}}?\b{_MODAL}\s+(?:\w+ly\s+)?(?:stay|remain|be\s+kept|be\s+reserved|be\s+limited|"
    rf"be\s+restricted|be\s+left)\s+(?:only\s+|solely\s+|exclusively\s+)?(?:for|to|the\s+home\s+of)\s+"
    rf"(?:the\s+)?{_WHOLE_AWARDS}|"
    rf"\b{_MODAL}\s+(?:\w+ly\s+)?keep\s+(?:the|its|our|their)\s+(?:[\w'’-]+\s+){{0,3}}?frameworks?\s+"
    rf"(?:only\s+|solely\s+)?for\s+(?:the\s+)?{_WHOLE_AWARDS}",
    _I,
)


# the speaker would keep them out of the framework, or a duty to: "I would keep micro-credentials outside the
# qualifications framework altogether", "we would rather keep short courses out of the national framework",
# "the ministry should keep badges out of the framework". A first person's "would" is their recommendation; a
# denied keeping ("would not keep ... out") and keeping the framework's own things out say nothing of a place.
_KEPT_OUT = re.compile(
    rf"\b(?:(?:i|we)\s+would(?:\s+rather|\s+prefer\s+to)?|{_MODAL})\s+(?:\w+ly\s+)?keep\s+"
    rf"(?P<what>[^,;:.]{{1,60}}?)\s+(?:outside|out\s+of)\s+(?P<rest>[^,;:.]*?)\bframeworks?\b(?!\s+of\b)",
    _I,
)


# a place said as belonging, a verb that is itself a norm: "Short courses do not belong in the national framework",
# "micro-credentials should belong to the qualifications framework"; never a past ("belonged")
_BELONGS = re.compile(
    rf"\b(?:{_MODAL}\s+)?(?P<neg>(?:do|does|should|must|shall)\s+not\s+|(?:don|doesn)['’]t\s+|never\s+|"
    rf"(?:should|must)n['’]t\s+)?belongs?\s+(?:in|on|to|within|inside)\s+(?P<rest>[^,;:.]*?)\bframeworks?\b(?!\s+of\b)",
    _I,
)


def level_answer(text: str, question: str) -> int | None:
    """+1 when ``text`` says, as a duty, that its subject should be given a level of a framework, -1 when the duty
    is denied or the framework is to be kept for whole qualifications, under a yes-or-no question about a place in
    a framework (see the module); None otherwise."""
    if not _PLACE_ASKED.search(question):
        return None
    if _RESERVED.search(text):
        return -1  # "the framework should stay for whole qualifications": no place in it for anything else
    kept = _KEPT_OUT.search(text)
    if kept and _FRAMEWORK_NAME.match(kept.group("rest")) and not _NAMES_FRAMEWORK.search(kept.group("what")):
        return -1  # "I would keep micro-credentials outside the qualifications framework"
    belongs = _BELONGS.search(text)
    if belongs and _FRAMEWORK_NAME.match(belongs.group("rest")):
        return -1 if belongs.group("neg") else 1  # "short courses do not belong in the national framework"
    given = _LEVEL_GIVEN.search(text)
    if given is None:
        return None
    said = text[given.start() : given.end()]
    if not _FRAMEWORK_NAME.match(given.group("rest")):
        return None  # "a high level of quality within the framework": a level of something else
    if not (_FRAMEWORK_LEVEL.search(said) or _LEVELLED.search(said)):
        return None  # "should be placed in the framework" is the question's own wording: the other readers read it
    if _NO_LEVEL.search(said):
        return -1 if not given.group("neg") else None
    return -1 if given.group("neg") else 1


# --- who assesses ------------------------------------------------------------------------------------------------

# an assessor from outside those who teach or employ: "an external examiner", "an independent assessor", "an
# examiner from outside the hospital", "an instructor from another centre", "someone who did not deliver the
# training"
_ASSESSOR = (
    r"(?:assessors?|examiners?|evaluators?|instructors?|trainers?|teachers?|experts?|professionals?|persons?|"
    r"people|someone|somebody|panels?|jur(?:y|ies)|bod(?:y|ies)|organisations?|organizations?)"
)
OUTSIDER = (
    r"(?:external|independent|outside|neutral|third[\s-]part(?:y|ies))\s+(?:\w+\s+)?"
    + _ASSESSOR
    + r"|"
    + _ASSESSOR
    + r"\s+from\s+(?:outside|another|a\s+different|other|elsewhere)\b|"
    r"(?:someone|somebody|a\s+person|people|an?\s+\w+)\s+(?:who|that)\s+(?:did|does|has|have|had)\s*(?:not|n['’]t)\s+"
    r"(?:\w+\s+)?(?:teach|taught|deliver|delivered|run|ran|train|trained|give|given|gave)\b|"
    # "a person who took no part in the teaching", "someone who was not involved in the course"
    r"(?:someone|somebody|a\s+person|people|an?\s+\w+)\s+(?:who|that)\s+(?:took|takes|has\s+taken|had|has|played|"
    r"plays)\s+no\s+part\s+in\b|"
    r"(?:someone|somebody|a\s+person|people|an?\s+\w+)\s+(?:who|that)\s+(?:was|were|is|are|has\s+been)\s+not\s+"
    r"involved\s+in\b|"
    r"someone\s+else|somebody\s+else|third\s+part(?:y|ies)"
)
# the one who taught: "the trainer", "the teacher who ran the course", "instructors"
TRAINER = (
    r"trainers?|teachers?|instructors?|tutors?|lecturers?|coach(?:es)?|"
    # the one who taught, named by the teaching: "whoever taught the module", "the person who ran the course"
    r"whoever\s+(?:taught|teaches|ran|runs|delivered|delivers|trained|trains|guided|guides)|"
    r"(?:the\s+)?(?:person|one|people|those)\s+who\s+(?:taught|teach|teaches|ran|run|delivered|trained|guided)"
)
# those who oversee a worker at work act for the employer: "its shift supervisor", "the line manager"
SUPERVISOR = r"(?:shift\s+|line\s+|workplace\s+)?supervisors?|line\s+managers?|foremen|foreman"

# assessing said as running an assessment: "should sign off the final assessment", "must conduct the exam";
# in the passive, of an assessment as subject: "the final check should be run by ..."
_ASSESSMENT = r"(?:assessments?|exams?|examinations?|tests?|checks?|evaluations?)"
_RUNNING = (
    r"(?:run|conduct|carry\s+out|administer|sign\s+off(?:\s+on)?|supervise|lead|hold|mark|grade|judge|invigilate)"
)
_RUN_ACTIVE = re.compile(
    rf"^{_RUNNING}\s+(?:the|a|an|each|every|its|their|all|any)?\s*(?:[\w-]+\s+){{0,2}}?{_ASSESSMENT}\b", _I
)
_RUN_PASSIVE = re.compile(
    r"^be\s+(?:\w+ly\s+)?(?:run|conducted|carried\s+out|administered|signed\s+off|supervised|led|held|done|marked|"
    r"graded|judged|invigilated)\s+(?:only\s+)?by\s+(?P<agent>[^,;:]+)",
    _I,
)
_ASSESSMENT_SUBJECT = re.compile(rf"\b{_ASSESSMENT}\b", _I)
# assessing said as being the one fit to judge: "should be the one to sign the result", "is the right person to
# judge whether ...", "are the best people to assess" (the copula before "the right person" is read as a duty)
_CHOSEN = re.compile(
    r"^(?:be\s+)?the\s+(?:(?:right|best|proper|only)\s+)?(?:persons?|people|ones?|body)\s+(?:to\s+(?:judge|assess|mark|"
    r"grade|examine|evaluate|sign(?:\s+off)?\s+(?:the\s+|their\s+|each\s+)?(?:final\s+)?(?:results?|marks?|grades?|"
    + _ASSESSMENT
    + r"))"
    # "should be the one who assesses them", "should never be the one who decides whether you pass"
    r"|(?:who|that)\s+(?:judges?|assess(?:es)?|marks?|grades?|examines?|evaluates?|decides?\s+whether\s+(?:[\w'’-]+\s+){1,4}?"
    r"pass(?:es|ed)?))\b",
    _I,
)


def runs_assessment(subject: str, predicate: str) -> str | None:
    """The actor phrase of a claim that says who assesses by who runs an assessment (see above): the subject for
    an active predicate ("The teacher ... should sign off the final assessment"), the agent of a passive whose
    subject is an assessment ("Assessment must be carried out by someone who ..."); None otherwise."""
    if _RUN_ACTIVE.match(predicate) or _CHOSEN.match(predicate):
        return subject
    passive = _RUN_PASSIVE.match(predicate)
    if passive and _ASSESSMENT_SUBJECT.search(subject):
        return passive.group("agent")
    return None


# --- what a learner pays -----------------------------------------------------------------------------------------

# "What should a learner pay to retake a failed assessment?", "How much should candidates pay for a resit?": the
# payer is named, and the answer is how much of the price they pay: nothing, a part, or all of it
_PAYER = (
    r"(?:learners?|candidates?|students?|participants?|trainees?|workers?|jobseekers?|job-seekers?|applicants?|"
    r"apprentices?|adults?|people|a\s+person|individuals?)"
)
_CHARGE_ASKED = re.compile(
    rf"^\W*(?:what|how\s+much)\s+(?:should|must|shall|ought\s+to|will|would)\s+(?:(?:a|an|the|each|every)\s+)?"
    rf"(?:[\w-]+\s+)?{_PAYER}\s+(?:themselves\s+)?pay\b",
    _I,
)
_PAYS_NOTHING = re.compile(
    r"\b(?:free\s+of\s+charge|(?:for|at)\s+no\s+(?:extra\s+|further\s+)?(?:cost|charge|fee)|for\s+free|"
    r"without\s+(?:any\s+)?(?:further\s+|extra\s+)?(?:charge|fee|payment|paying)|pay\s+nothing|"
    r"no\s+(?:extra\s+|further\s+|second\s+)?(?:fee|charge)\b)",
    _I,
)
_PAYS_PART = re.compile(
    r"\b(?:(?:a|the)\s+)?(?:reduced|lower|discounted|half|token|modest|small)\s+(?:fee|price|charge|share|sum)\b|"
    r"\b(?:part|a\s+share|a\s+portion)\s+of\s+the\s+(?:fee|price|cost)\b",
    _I,
)
_PAYS_ALL = re.compile(
    r"\b(?:the\s+)?(?:whole|full|entire|complete)\s+(?:fee|price|cost|charge)\b|\bpay\s+in\s+full\b|\bfull\s+price\b",
    _I,
)
_A_DUTY = re.compile(
    r"\b(?:should|must|shall|ought\s+to|has\s+to|have\s+to|needs?\s+to|be\s+(?:allowed|entitled|able)\s+to)\b", _I
)


# the payer named as the one charged: "should cost the learner a reduced fee"
_COSTS_PAYER = re.compile(rf"\bcost\s+(?:the\s+|a\s+|each\s+|every\s+)?{_PAYER}\b", _I)


def charges_payer(text: str) -> bool:
    """Whether ``text`` names the learner as the one charged ("should cost the learner ...")."""
    return bool(_COSTS_PAYER.search(text))


def charge_asked(question: str) -> bool:
    """Whether ``question`` asks how much a named payer (a learner, a candidate ...) pays."""
    return bool(_CHARGE_ASKED.search(question))


def charge_paid(text: str) -> str | None:
    """How much of the price the learner pays by ``text``, said with a modal of duty or permission: "nothing"
    ("should be allowed a second attempt free of charge"), "part" ("a reduced fee") or "all" ("should pay the whole
    fee once more"); None when the sentence says none of them, more than one, or no duty. The caller checks that
    the payer is the learner (a sentence naming another payer says nothing of what the learner pays)."""
    if not _A_DUTY.search(text):
        return None
    said = [name for name, pattern in (("nothing", _PAYS_NOTHING), ("part", _PAYS_PART), ("all", _PAYS_ALL)) if
            pattern.search(text)]  # fmt: skip
    return said[0] if len(said) == 1 else None
