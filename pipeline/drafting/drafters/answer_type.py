"""What kind of answer a guiding question asks for, and whether a sentence gives that kind at all.

A question asking "how long" is answered by a duration ("five years", "24 months", "never expires"), "how
often" by a frequency, "how much does it cost" by a sum of money or by "free of charge", "how much of" by a
share, "how many" by a count. This is the expected answer type of classic question answering: a sentence that
shares the question's words but gives no value of the asked type does not answer it, however close it is in
meaning ("Learners' data is covered by the 2015 law" does not say how long data may be kept).

A year ("2015", "2025-26") is a date, not an amount, and a number that labels something ("level 5",
"Part 1", "Article 12") counts nothing: neither answers "how many" or "how long". The test is one-sided, like
every rule of the drafter: a sentence of the right type may still not answer, but one without it never does.
Question forms this module does not recognise ask for no type, and every sentence passes.

A question asking what *should* be ("How many learners should a group have at most?", "Should providers publish
pass rates?") asks for a norm. A statistic or a past event ("The average group had 14 learners", "A typical file
takes us 25 working days", "In 2025 the programme paid for 2,950 adults") may give a value of the right kind but
answers nothing asked, unless it also takes a position (a modal, a recommendation, an instruction) or states a
bound ("up to 30", "no more than"). A contributor's own standing practice ("Records are kept for two years")
still answers: it says what they hold the value to be. Over the three labelled sets (questions as written and
reworded) this rule turns away 153 labelled non-answers of such questions and none of their 228 answers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.drafting.drafters.actors import (
    act_only_in_a_name,
    acted_upon,
    asks_body,
    asks_who,
    names_body,
    names_someone,
)
from pipeline.drafting.drafters.acts import act_unsaid, asks_taking_part
from pipeline.drafting.drafters.asked_topics import topic_unsaid
from pipeline.drafting.drafters.bounds import bounds_elsewhere
from pipeline.drafting.drafters.candidates import is_imperative, takes_position
from pipeline.drafting.drafters.counting import (
    counted_in_elsewhere,
    counts_elsewhere,
    misses_named_figures,
    named_figures,
)
from pipeline.drafting.drafters.figures import (
    CURRENCY,
    DIGITS,
    TIME_UNIT,
    WORDS,
    counting_figures,
    without_non_counting,
)
from pipeline.drafting.drafters.measure_units import ASKS_UNIT, GIVES_UNIT

_I = re.IGNORECASE

__all__ = ["SUPERLATIVE", "answers_type", "asked_type", "counting_figures", "gives", "named_figures", "refusal"]


# a bound asked as a superlative: "What is the longest a course should last?" asks for a duration, "the largest
# workload" or "the smallest amount of learning" for an amount
_LONGEST = r"\bthe\s+(?:longest|shortest)\b"
_LARGEST = r"\bthe\s+(?:smallest|largest|fewest|lowest|highest)\b"
SUPERLATIVE = f"{_LONGEST}|{_LARGEST}"

# the question forms, most specific first; a unit of measure asked ("What unit should show how much ...") first of all
_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unit", ASKS_UNIT),
    (
        "duration",
        re.compile(
            rf"\bhow\s+long\b|\bhow\s+many\s+{TIME_UNIT}\b|\bafter\s+how\s+many\b|\bfor\s+how\s+many\b|"
            r"\bhow\s+(?:soon|quickly|fast)\b|\bwithin\s+what\s+(time|period|deadline)\b|\bwhat\s+(deadline|time\s+limit|period)\b|"
            # "What duration ...", "the maximum length of ..."
            rf"{_LONGEST}|\bwhat\s+(length|duration)\b|\b(maximum|minimum)\s+(duration|length)\b|"
            # time off is time: "How much paid time off / study leave should staff get?" asks for days, not money
            r"\bhow\s+much\s+(?:(?:paid|unpaid|study|training|learning|educational)\s+)*(?:time|leave|holidays?)\b",
            _I,
        ),
    ),
    ("frequency", re.compile(r"\bhow\s+(often|frequently)\b|\bat\s+what\s+intervals?\b", _I)),
    # "what part of the cost" asks for a share; "what part should students play" asks for a role
    (
        "share",
        re.compile(
            r"\bhow\s+(much|many)\s+of\b|\bwhat\s+(share|proportion|percentage|fraction)\b|\bwhat\s+part\s+of\b", _I
        ),
    ),
    (
        "money",
        re.compile(
            r"\bhow\s+much\b[^?]*\b(cost|costs|pay|paid|charge|charged|fee|fees|price|spend|spent|funding|budget|"
            r"tax|vat|worth|money)\b|\bhow\s+much\s+money\b|\bwhat\s+(fee|price|amount|sum|charge|budget)\b",
            _I,
        ),
    ),
    # a bound on the volume of learning ("the minimum workload", "the largest workload", "how large ... in
    # credits"): answered by hours, credits or units of learning, or by denying a bound, not by a share of a mark
    (
        "workload",
        re.compile(
            r"\b(minimum|maximum|smallest|largest|least|most|lowest|highest|lower|upper|how\s+(much|large|big|small)|"
            # "credit" alone may be recognition ("be given formal credit"): the plural or ECTS counts a workload
            r"what)\b[^?.]*\b(workload|volume\s+of\s+learning|learning\s+hours|ects|credits|credit\s+(?:points?|value))\b|"
            r"\b(workload|volume\s+of\s+learning)\b[^?.]*\b(minimum|maximum|at\s+least|at\s+most|limit|cap)\b|"
            # the size of a unit of learning itself: "How large should a micro-credential be?"
            r"\bhow\s+(large|big|small)\s+(should|must|can|may|is|are|would)\s+(a|an|the|each|one)?\s*(single\s+)?"
            r"(micro-?credentials?|courses?|modules?|units?|programmes?|badges?|credentials?)\s+be\b",
            _I,
        ),
    ),
    # "how many", and a number asked outright: "the minimum number of participants", "what number of assessors"
    (
        "count",
        re.compile(
            r"\bhow\s+many\b|\b(?:minimum|maximum|smallest|largest|lowest|highest|what|which)\s+number\s+of\b", _I
        ),
    ),
    ("amount", re.compile(rf"\bhow\s+(much|large|big|small|heavy|high|low)\b|{_LARGEST}", _I)),
)

_GIVES: dict[str, re.Pattern[str]] = {
    "unit": GIVES_UNIT,
    "duration": re.compile(
        # "two full days", "ten working days": a word saying which days counts them no less
        rf"(?:{DIGITS}|\b(?:{WORDS}|a|an|one)\b)[\s-]+(?:(?:full|whole|working|calendar|business|school|teaching|"
        r"consecutive|academic|clear)\s+)?"
        rf"{TIME_UNIT}\b|"
        r"\b(never\s+(expires?|lapses?|ends?)|for\s+life|lifelong|life-long|indefinite(ly)?|permanent(ly)?|"
        r"unlimited|open-ended|no\s+(time\s+limit|expiry|expiration|end\s+date|deadline|limit)|"
        r"(do|does|did|should|must|will|shall|would|need)\s+not\s+(expire|lapse)|without\s+(an?\s+)?(time\s+limit|"
        r"expiry|expiration\s+date|end\s+date)|until|immediately|at\s+once|"
        # "for as long as the holder needs it" lasts; "as long as the outcomes fit" is a condition
        r"(for|valid|kept|stored|retained|held|available|open|last\w*|remains?|stays?)\s+as\s+long\s+as)\b",
        _I,
    ),
    "frequency": re.compile(
        r"\b(every|each)\s+(\w+\s+)?(years?|months?|weeks?|days?|semesters?|terms?|cycles?|rounds?|intakes?)\b|"
        r"\b(annual(ly)?|yearly|monthly|weekly|daily|quarterly|biennial(ly)?|triennial(ly)?|once\s+(a|per|every|each)|twice|"
        r"regular(ly)?|periodic(ally)?|continuous(ly)?|at\s+least\s+every|times\s+(a|per)|"
        r"per\s+(year|month|week|semester)|"
        # a review tied to an event rather than to the calendar: "only when the standard changes", "whenever the
        # outcomes change", "not on a fixed calendar"
        r"whenever|(?:only|just)\s+(?:when|if|after)|not\s+(?:on|at|to)\s+(?:a\s+)?(?:fixed|set|regular)\s+"
        r"(?:calendar|schedule|cycle|intervals?|timetable|dates?))\b|" + rf"(?:{DIGITS}|\b(?:{WORDS})\b)\s+times\b",
        _I,
    ),
    "share": re.compile(
        r"%|\bper\s*cent\b|\bpercent(age)?\b|\b(half|one\s+third|two\s+thirds|a\s+third|third|thirds|quarter|"
        r"quarters|fifth|fifths|tenth|tenths|majority|minority|none|whole|entire|fraction|"
        r"(all|most|some|part)\s+of)\b|" + rf"(?:{DIGITS}|\b(?:{WORDS})\b)\s+(?:ects|credits?|credit\s+points|units?|"
        r"modules?)\b|" + rf"{DIGITS}\s+(out\s+)?of\s+(the\s+|its\s+|a\s+)?{DIGITS}",
        _I,
    ),
    "money": re.compile(
        rf"(?:{CURRENCY})|\b(free\s+of\s+charge|free\s+for\s+\w+|no\s+(fee|fees|charge|cost)|"
        r"at\s+no\s+(cost|charge)|without\s+(charge|cost|a\s+fee)|exempt(ed)?|waived?|cost-free|fee-free)\b",
        _I,
    ),
}
# a figure "a year" is a rate, not a span: "300 euros a year", "two days a week", "twice a month" ("valid for a
# year", "a year to complete it" are spans)
_RATE = re.compile(
    rf"(?:(?:{DIGITS}|\b(?:{WORDS})\b)[\s-]+[\w-]+|\b(?:once|twice|times))\s+(?:a|an|per)\s+"
    r"(?:year|month|week|day|semester|term)\b",
    _I,
)
_EVERY = re.compile(
    r"\b(?:once\s+)?(?:every|each)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|semesters?|terms?)\b", _I
)
# a span of time given for each week or month is a rate too: "half a day of learning time each week", "two hours of
# study every week" say how much time a week, not how long anything lasts
_SPAN_PER = re.compile(
    rf"(?:{DIGITS}|\b(?:{WORDS}|a|an)\b)[\s-]+(?:(?:a|an)\s+)?{TIME_UNIT}\b(?:\s+[\w-]+){{0,4}}?\s+"
    r"(?:each|every|per|a)\s+(?:week|month|day|semester|term)\b",
    _I,
)
# "how many" and plain "how much / how large": any figure that counts (no year, no label) or a denial of one
_DENIES = re.compile(
    r"\b(none|no\s+(limit|minimum|maximum|fixed|upper|lower|ceiling|floor|cap)|unlimited|any\s+(number|size|length))\b",
    _I,
)
_COUNT_WORD = re.compile(rf"\b(?:{WORDS})\b", _I)
# "several", "a few", "dozens" say there is more than one, not how many
_VAGUE = re.compile(r"\b(?:several|a\s+few|dozens)\b", _I)
# a volume of learning, or a bound denied ("no minimum"); "at least 60 per cent of the mark" bounds no workload
_GIVES["workload"] = re.compile(
    rf"(?:{DIGITS}|\b(?:{WORDS}|a|an|one)\b)[\s-]+(?:{TIME_UNIT}|ects|credits?|credit\s+points|units?|modules?|"
    r"points)\b|\b(no\s+(limit|minimum|maximum|fixed|upper|lower|ceiling|floor|cap)|unlimited|any\s+(size|length))\b",
    _I,
)


@lru_cache(maxsize=1024)  # asked of every candidate sentence of a question: read once per question
def asked_type(question: str) -> str | None:
    """The kind of value ``question`` asks for ("unit", "duration", "frequency", "share", "money", "workload", "count",
    "amount"), or None when it asks for no measurable value (a "how", "who", "which" or "should" question)."""
    for kind, pattern in _ASKS:
        if pattern.search(question):
            return kind
    return None


# a percentage is a sum of money only beside a word of money ("a fee of 5% of the price", "VAT at 20 %"); "34 per
# cent of the learners" is a share of people
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", _I)
_MONEY_WORD = re.compile(
    r"\b(fees?|price[sd]?|costs?|charge[sd]?|tax|vat|pay|pays|paid|funding|funded|budget|tuition|levy|subsid\w+|"
    r"grants?|refund\w*|discount\w*|salar\w+|wages?)\b",
    _I,
)


def gives(kind: str | None, sentence: str) -> bool:
    """Whether ``sentence`` states a value of ``kind`` (or denies one: "no minimum", "free of charge")."""
    if kind is None:
        return True
    text = without_non_counting(sentence)
    if kind == "duration":  # "reviewed every four years" says how often, not how long anything lasts
        text = _RATE.sub(" ", _EVERY.sub(" ", _SPAN_PER.sub(" ", text)))
    if kind == "money" and _PERCENT.search(text) and _MONEY_WORD.search(text):
        return True
    if kind in _GIVES:
        return bool(_GIVES[kind].search(text))
    return bool(counting_figures(sentence) or _COUNT_WORD.search(_VAGUE.sub(" ", text)) or _DENIES.search(text))


_OBLIGATION = re.compile(r"\b(should|must|shall|ought)\b", _I)
_NORMATIVE = re.compile(
    _OBLIGATION.pattern + r"|\bmay\b(?!\s+(arise|occur|happen|face|encounter|experience|result|"
    r"affect|need|be\s+(faced|encountered|expected|affected|needed)))",
    _I,
)
# "may" of possibility: "Which barriers may learners face?" asks what is, and a survey figure answers it
_POSSIBLE = re.compile(
    r"\b(risks?|problems?|barriers?|challenges?|obstacles?|difficult\w*|concerns?|effects?)\b.*\bmay\b", _I
)
_BOUND = re.compile(
    r"\b(at (most|least)|(no|not) (more|fewer|less|longer|shorter) than|up to|maximum|minimum|limit(ed)? (to|of)|"
    r"cap(ped)? at|(not|never) exceed|or (more|fewer|less|longer)|"
    r"(anything|nothing|none) (shorter|smaller|less|fewer|longer|larger|bigger|more) than)\b",
    _I,
)
# what someone holds should be: a modal of obligation or a verb of recommending (not "only" or "never", which a
# statistic uses as well: "31 per cent could only attend courses outside working hours")
_HOLDS = re.compile(
    r"\b(should|must|shall|ought|needs? to|has to|have to|recommend\w*|propos\w*|requir\w*|call(s|ed)? for|urge\w*|"
    r"advis\w*|insist\w*|in our view|we believe|we think|we want|we ask|we (?:firmly |strongly )?(?:reject|oppose|"
    r"support|favou?r|welcome|prefer)|(?:we|I)(?:['’]re|['’]m| are| am) (?:firmly |strongly )?(?:against|opposed to|"
    r"in favou?r of))\b",
    _I,
)
# what a rule or a judgement sets: "The review fee is set at 150 euros", "one assessor is enough", "we need ...";
# "eight hours can be enough", "would be sufficient": a judgement of what suffices, in any mood
_SETS_VALUE = re.compile(
    r"\b((is|are|(can|could|would|will|may|might) be) (not |quite |already )?(enough|sufficient|adequate|acceptable)|"
    r"(is|are) (not )?(set at|fixed at|worth \w+ing)|we need)\b",
    _I,
)
# a statistic or a dated event: what was, or what is on average, rather than what someone holds
_DESCRIPTION = re.compile(
    r"\b(average|averaged|median|mean|typical(ly)?|usually|most of|majority|per ?cent|percent|surveyed|survey|"
    r"on average|respondents?|was|were|had|lasted|took|existed|did|in (19|20)\d\d|last year|so far|currently|"
    r"at present|today)\b|%",
    _I,
)
# a standing someone holds: keeping it is staying valid, not storing anything (a credential or a certificate may be
# kept in a wallet, so it is no standing here)
_STANDING = (
    r"(?:(?:the|their|its|his|her|a|an|our|your)\s+)?(?:registration|licen[cs]es?|status|accreditation|membership|"
    r"titles?|right\s+to)\b"
)
# what a span of time is of: "How long should records be kept?" is not answered by how long a credential stays
# valid, nor "How long should a decision take?" by how long a course takes to complete
_TIME_ASPECTS = {
    aspect: re.compile(rf"\b(?:{words})\b", _I)
    for aspect, words in {
        "validity": r"valid\w*|expir\w*|lapse\w*|renew\w*|refresher|re-?assess\w*|re-?certif\w*|(?:in|its)\s+force|"
        rf"keeps?\s+its\s+(?:worth|value)|keep\w*\s+{_STANDING}",
        "completion": r"complet\w*|finish\w*|enrol\w*",
        "decision": r"decid\w*|decision\w*|process\w*|respon\w*|repl\w*",
        # keeping a licence or a registration is its validity ("refresher training to keep the registration")
        "retention": rf"kept|keep\w*(?!\s+{_STANDING})|stor\w*|retain\w*|retention|archiv\w*",
        "waiting": r"wait\w*",
        # a time limit after an event: "issued no later than two months after the assessment" says how soon, not
        # how long a licence stays valid
        "deadline": r"no\s+later\s+than|at\s+the\s+latest|deadlines?|within\s+(?:\w+\s+){1,3}?(?:of|after|from)",
        # how long a provider has existed or worked, and how long making a course takes ("to develop a new
        # micro-credential"; not a learner developing skills, nor professional development)
        "operation": r"operat\w*|existed|in\s+business|track\s+record|been\s+(?:active|established|running)",
        "development": r"(?:develop|design|draft|prepar)\w*\s+(?:\w+\s+){0,2}(?:micro-credentials?|courses?|"
        r"programmes?|programs?|modules?|curricul\w*|qualifications?)",
        # the volume of learning, not a span of the calendar: "fifty hours of learning" says nothing of how long
        # a learner has to complete a course
        "workload": r"workload\w*|ects|credits?|notional|(?:hours?|days?|weeks?)\s+of\s+(?:learning|study|studying|"
        r"training|instruction|teaching|tuition|work|effort|classes|lessons|practice)|learning\s+hours|study\s+hours|"
        r"contact\s+hours",
        # how long a course itself runs: "a course should last at most six weeks"
        "length": r"(?:courses?|programmes?|programs?|modules?|training|micro-credentials?)\s+(?:\w+\s+){0,3}?"
        r"(?:last|lasts|run|runs|take|takes)",
    }.items()
}


def _time_aspects(text: str) -> set[str]:
    return {aspect for aspect, pattern in _TIME_ASPECTS.items() if pattern.search(text)}


def _renewal_period(question: str, sentence: str) -> bool:
    """Whether a question asking how long something stays valid is answered by how often it must be renewed:
    "a refresher test every four years to keep the badge active" says the badge lasts four years."""
    validity = _TIME_ASPECTS["validity"]
    return (
        asked_type(question) == "duration"
        and bool(validity.search(question))
        and bool(validity.search(sentence) or _KEEPS_ACTIVE.search(sentence))
        and bool(_EVERY.search(sentence))
    )


# "to keep the badge active", "to stay current": a renewal that keeps something in force
_KEEPS_ACTIVE = re.compile(r"\b(?:keep|stay|remain)s?\s+(?:\w+\s+){0,3}?(?:active|current|in\s+force)\b", _I)


def times_elsewhere(question: str, sentence: str) -> bool:
    """Whether a "how long" question asks the time of one thing (keeping records, a decision, completing a
    course, waiting, staying valid) and ``sentence`` gives only the time of another."""
    if asked_type(question) != "duration":
        return False
    asked, given = _time_aspects(question), _time_aspects(sentence)
    if "length" in asked:  # a course's length is also told by its volume of learning ("60 hours of study")
        asked |= {"workload"}
    if asked & {"waiting", "decision", "completion"}:  # bounded by a time limit: "granted within two months of"
        asked |= {"deadline"}
    # a time limit on something the sentence names is that thing's time: "complete a course within six months of
    # registering" gives a completion, not a decision
    named = given - {"deadline"}
    return bool(asked) and bool(given) and not asked & (named or given)


# a clause that says where, why or in what way, not who does what the sentence holds
_SUBORDINATE = re.compile(r",?\s+\b(?:where|which|whose|when|because|since|so that|as)\b[^,;.]*", _I)

# a contributor describing their own work ("Our courses are financed by donors", "The Agency's review is a
# desk-based procedure ..."), not their position ("Our position is simple: ...")
_OWN_DESCRIPTION = re.compile(
    r"^(?:our|its|their|the\s+[A-Z][\w-]*(?:'s|’s))\s+(?!(?:position|view|proposal|recommendation|answer|request|ask|"
    r"suggestion|preference|demand|conclusion|advice|stance|message|point)s?\b)(?:[\w-]+\s+){0,2}?"
    r"(?:is|are|was|were|has|have)\b",
    _I,
)
# a contributor's history: what they have done since a year, or when they were founded
_HISTORY = re.compile(
    r"\b(?:since|founded\s+in|established\s+in|set\s+up\s+in|created\s+in|launched\s+in)\s+(?:19|20)\d\d\b", _I
)
# "Who should pay / fund / finance / bear the cost of ...": its answer speaks of money ("The public employment
# service should cover the full course fee"), not only of the same people ("should be planned from forecasts")
_PAY_QUESTION = re.compile(
    r"\b(pay|pays|paid|fund|funds|funded|finance|financed|bear\s+the\s+costs?|costs?|foot\s+the\s+bill)\b", _I
)
_MONEY_TALK = re.compile(
    r"\b(pay\w*|paid|fund\w*|financ\w*|cost\w*|fees?|free|charge\w*|budget\w*|subsid\w*|grants?|vouchers?|money|"
    r"expense\w*|cover\w*|reimburs\w*|tuition|price\w*|afford\w*|spend\w*|spent|tax\w*|levy|contribut\w*|"
    r"invest\w*|purse|accounts?|bill)\b|" + CURRENCY,
    _I,
)
# the subject's participle phrase ("Micro-credentials offered with public funds should be listed ...", "Courses
# funded by the region must ..."): it says which things the sentence is about, not who should act
_SUBJECT_MODIFIER = re.compile(
    # the head is the subject alone: no verb of the sentence before the participle ("Skills should be assessed in
    # the workshop by an assessor who has worked ..." has no participle phrase on its subject)
    r"^(?P<head>(?:(?!\b(?:should|must|shall|ought|need|needs|has|have|had|will|would|can|could|may|might|are|is|"
    r"was|were|be)\b)[^,;:])*?\b\w+)\s+(?:\w+ed|\w+en|paid|made|built|run|held|kept|set|sold|bought|taught|led)\s+"
    r"(?:by|with|from|through|under|in|for|at)\b[^,;:]*?(?=\s+(?:should|must|shall|ought|need|needs|has|have|will|"
    r"would|can|could|may|might|are|is)\b)",
    _I,
)


# a relative clause that says which of them the subject is, up to the sentence's modal: "any company that runs a
# training programme should be allowed to put its name on the credential" runs nothing the sentence asks of it (the
# subject opens the sentence or follows a label's colon)
_SUBJECT_RELATIVE = re.compile(
    r"(?P<head>(?:^|[:;]\s+)(?:[\w'’-]+\s+){1,5}?)(?:that|who)\s+(?:(?!\b(?:and|or)\b)[^,;:])*?(?=\s+(?:should|must|shall|ought|may|can|could|will|"
    r"would|need|needs)\b)",
    _I,
)


def _without_subject_relative(sentence: str) -> str:
    """``sentence`` without a relative clause of its subject (see ``_SUBJECT_RELATIVE``)."""
    return _SUBJECT_RELATIVE.sub(lambda m: m.group("head"), sentence, count=1)


def _without_subject_modifier(sentence: str) -> str:
    """``sentence`` without a participle phrase that qualifies its subject (see ``_SUBJECT_MODIFIER``)."""
    return _SUBJECT_MODIFIER.sub(lambda m: m.group("head"), sentence, count=1)


def answers_type(question: str, sentence: str, practice: bool = False) -> bool:
    """Whether ``sentence`` gives a value of the kind ``question`` asks for (True when it asks for none), and,
    when the question asks what should be, holds one (a value as it is done now does not say what it should be;
    with ``practice``, only a statistic or a past event is turned away)."""
    return refusal(question, sentence, practice) is None


def refusal(question: str, sentence: str, practice: bool = False) -> str | None:
    """The name of the rule that turns ``sentence`` away as an answer to ``question`` ("kind", "history", "topic",
    "who", "pay", "acted_upon", "act", "elsewhere", "figures", "own_work", "holds"), or None when none does (see
    ``answers_type``): the evaluation groups the refused answers by it."""
    kind = asked_type(question)
    if not (gives(kind, sentence) or _renewal_period(question, sentence)):
        return "kind"
    if _HISTORY.search(sentence):
        return "history"  # "Casa Deschisa has helped newcomers since 2015": the contributor's history answers nothing
    if topic_unsaid(question, sentence):
        return "topic"  # a language, a pass mark, an age, a validity or a person's qualifications asked, none said
    if asks_who(question):
        # who acts is named in the sentence's own clause: "... listed in the register, where employers already
        # look" names no one who should keep the register
        own = _without_subject_modifier(_SUBORDINATE.sub(" ", sentence))
        # a body asked to take part may be a group of people as well ("Which bodies should help choose ...?")
        if not (names_body(own) if asks_body(question) and not asks_taking_part(question) else names_someone(own)):
            return "who"
        if _PAY_QUESTION.search(question) and not _MONEY_TALK.search(sentence):
            return "pay"  # "Who should pay ...?" is answered by who pays, not by who plans or lists the courses
        if acted_upon(question, own) or act_only_in_a_name(question, own):
            return "acted_upon"
        if act_unsaid(question, _without_subject_relative(sentence)):
            return "act"  # "Who should train the assessors?" is not answered by who judges the work
    if counts_elsewhere(question, sentence, kind) or times_elsewhere(question, sentence):
        return "elsewhere"
    if counted_in_elsewhere(question, sentence, kind):
        return "elsewhere"  # "How many credits may count towards a degree?" is not answered by one course's size
    if bounds_elsewhere(question, sentence):
        return "elsewhere"  # "the smallest size" is not answered by a ceiling ("should not exceed 10 ECTS")
    if misses_named_figures(question, sentence):
        return "figures"
    normative = bool(_NORMATIVE.search(question))
    # "The Agency's review is a desk-based procedure ...": how they work, not what should be
    own_work = normative and not practice and _OWN_DESCRIPTION.search(sentence)
    if own_work and not (_holds(kind, sentence) or takes_position(sentence)):
        return "own_work"
    # a value the question asks what it should be is given only by a sentence that holds one: a fact with a figure
    # ("A scaffolding course takes 64 hours and costs 380 euros", "Some providers ask us for a fee of 20 dollars")
    # says what is; any other sentence need hold a view only when it describes (a statistic, a past event)
    # ``practice``: a claim the divergence register has read as a position (a board's decision in a table,
    # "Schools archive the scripts for six years") stands as one, unless it is a statistic or a past event
    described = (kind and not practice) or _DESCRIPTION.search(sentence)
    if not normative or not described:
        return None
    if _POSSIBLE.search(question) and not _OBLIGATION.search(question):
        return None
    return None if _holds(kind, sentence) or is_imperative(sentence) else "holds"


def _holds(kind: str | None, sentence: str) -> bool:
    """Whether ``sentence`` holds a value: a modal or a verb of recommending, a value a rule sets, or a bound (on a
    value of ``kind`` when the question asks for one)."""
    return bool(_HOLDS.search(sentence) or _SETS_VALUE.search(sentence) or _bounds(kind, sentence))


def _bounds(kind: str | None, sentence: str) -> bool:
    """Whether ``sentence`` sets a bound, on a value of ``kind`` when the question asks for one: "a fee of 1,450
    euros for a provider with up to ten trainers" bounds the trainers, not the fee."""
    for match in _BOUND.finditer(sentence):
        if kind is None or gives(kind, " ".join(sentence[match.start() :].split()[:7])):
            return True
    return False
