"""What a "who pays" question asks to be paid for, and whether a sentence speaks of that at all.

"Who should pay for issuing digital credentials to learners?" is not answered by "Employment offices should pay the
full course fee of every registered jobseeker": the sentence says who pays, but for the course, not for issuing the
credential. A paying question names what is paid for ("pay for X", "fund X", "bear the cost of X", "pay the fee for
X"); when X is one of the matters below other than the learning itself (a course, training, tuition or the
micro-credential), a sentence answers only if it speaks of that matter: an assessment, a review of a provider, a
check that a credential is genuine, issuing one, the systems that hold or deliver credentials, an entry in a
register, a translation. Learning paid for ("Who should pay for the training of workers?") asks nothing more than
who pays. The test is one-sided: it turns a sentence away, never admits one, and a paid-for matter it does not know
asks for nothing.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# what follows a paying verb and names what is paid for; "Whose budget ought to fund the test a person sits?"
_PAID = re.compile(
    r"\b(?:pay(?:s|ing)?\s+(?:the\s+(?:fees?|costs?|bill|charges?)\s+(?:for|of)|for)|"
    r"fund|financ(?:e|ing)|(?:bear|cover|meet|carry)\s+the\s+(?:full\s+)?(?:costs?|expenses?)\s+of|"
    r"foot\s+the\s+bill\s+for)\s+(?P<paid>[^?;]+)",
    _I,
)
# the same asked the other way round: "By whom should the setting up of wallet systems be financed?"
_PAID_PASSIVE = re.compile(
    r"\b(?:should|must|ought\s+to|shall|is|are|will)\s+(?P<paid>.+?)\s+be\s+(?:paid\s+for|funded|financed|covered|borne)\b",
    _I,
)
# the paid-for matter ends at a clause of its own: "..., and from which budget?", "... when they enrol"
_PAID_END = re.compile(r",|\b(?:and\s+(?:from|out\s+of|with|in)\s+which|from\s+which|out\s+of\s+which|when|if)\b", _I)

# the matters a payer may be asked about, each with the word beginnings a sentence speaks of it with
_MATTERS: dict[str, str] = {
    "assessment": r"assess|exam|test|validat|recogni|accredit|apprais|prior\s+learning|rpl\b|vnfil|evaluat",
    "review": r"review|audit|evaluat|inspect|accredit|quality\s+assur|external|monitor|apprais",
    "verification": r"verif|check|confirm|authentic|genuine|fraud|forg|seal|signature|trust",
    "issuing": r"issu|award|deliver|certif|diploma|badge|wallet|digital|electronic|online",
    "systems": r"infrastructur|platform|system|software|wallet|database|register|registry|catalogu|portal|app\b|"
    r"tool|server|hosting|digital|electronic|online|technolog|\bit\b",
    "registration": r"regist|catalogu|databas|list|entr|record|enrol|inscri|database",
    "translation": r"translat|language",
}
# the asked matter's own words in a question: "the verification of digital credentials", "running the register"
_ASKED: dict[str, re.Pattern[str]] = {
    "assessment": re.compile(r"\b(?:assess\w*|exam\w*|tests?|validat\w*|recogni\w*)\b", _I),
    "review": re.compile(r"\b(?:review\w*|audit\w*|evaluation|inspect\w*|accreditation)\b", _I),
    "verification": re.compile(r"\b(?:verif\w*|check\w*|confirm\w*|authenticat\w*|genuine)\b", _I),
    "issuing": re.compile(r"\b(?:issu\w*|awarding|delivering|certification)\b", _I),
    "systems": re.compile(
        r"\b(?:infrastructures?|platforms?|systems?|software|wallets?|databases?|registers?|registry|catalogues?|"
        r"portals?|apps?|tools?)\b",
        _I,
    ),
    "registration": re.compile(r"\b(?:entering|entry|entries|recording|listing|registering|registration)\b", _I),
    "translation": re.compile(r"\btranslat\w*", _I),
}


def asked_matters(question: str) -> frozenset[str]:
    """The matters ``question`` asks a payer for (``()`` when it asks no paying, or only for the learning itself)."""
    found = _PAID.search(question) or _PAID_PASSIVE.search(question)
    if not found:
        return frozenset()
    paid = found.group("paid")
    end = _PAID_END.search(paid)
    if end:
        paid = paid[: end.start()]
    return frozenset(name for name, asked in _ASKED.items() if asked.search(paid))


def unsaid(question: str, sentence: str) -> bool:
    """Whether ``question`` asks who pays for one of the known matters and ``sentence`` speaks of none of them."""
    matters = asked_matters(question)
    if not matters:
        return False
    return not any(re.search(rf"\b(?:{_MATTERS[name]})", sentence, _I) for name in matters)
