"""Which way a question's bound points, and whether a sentence bounds the other way only.

"What is the smallest size a micro-credential may have?" asks for a floor: "a micro-credential should not exceed
10 ECTS credits" sets a ceiling and says nothing of how small one may be, however close it reads. A sentence that
states a value ("Each micro-credential should carry 5 ECTS"), bounds the asked way ("at least 3 ECTS", "no smaller
than 3 ECTS"), or denies a bound ("no minimum") may answer; one whose every bound points the other way does not.
The test is one-sided like the other answer kinds: only a sentence with a clear bound of the other direction and
none of the asked one is turned away.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# what a question asks for: a floor or a ceiling
_ASKS_FLOOR = re.compile(
    r"\b(?:smallest|minimum|minimal|lowest|fewest|shortest|lower\s+(?:limit|bound)|floor|at\s+least)\b", _I
)
_ASKS_CEILING = re.compile(
    r"\b(?:largest|biggest|maximum|maximal|highest|longest|upper\s+(?:limit|bound)|ceiling|cap|at\s+most)\b", _I
)

# a bound a sentence sets, by clear markers only ("larger than" alone may be denied by its subject: "no course
# should be larger than ...")
_FLOOR = re.compile(
    r"\b(?:at\s+least|no\s+(?:less|fewer|smaller|shorter|lower)\s+than|not\s+(?:be\s+)?(?:less|fewer|smaller|"
    r"shorter|lower)\s+than|minimum|minimal|floor|or\s+more|and\s+(?:more|above|over)|anything\s+(?:smaller|shorter|"
    r"less)|starting\s+(?:at|from))\b",
    _I,
)
_CEILING = re.compile(
    r"\b(?:(?:not|never)\s+exceed|exceed\w*|at\s+most|up\s+to\s+(?:\d|an?\s|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)|no\s+(?:more|longer|larger|bigger|"
    r"greater|higher)\s+than|not\s+(?:be\s+)?(?:more|longer|larger|bigger|greater|higher)\s+than|maximum|ceiling|"
    r"cap(?:ped)?\s+at|or\s+less|or\s+fewer|anything\s+(?:larger|longer|bigger|more))\b",
    _I,
)
# a bound denied ("no minimum", "any size") answers either way
_DENIED = re.compile(r"\b(?:no\s+(?:minimum|maximum|limit|floor|ceiling|cap)|unlimited|any\s+(?:size|length))\b", _I)


def asked_bound(question: str) -> str | None:
    """ "floor" or "ceiling" when ``question`` asks for one bound only, else None."""
    floor, ceiling = bool(_ASKS_FLOOR.search(question)), bool(_ASKS_CEILING.search(question))
    if floor == ceiling:
        return None
    return "floor" if floor else "ceiling"


def bounds_elsewhere(question: str, sentence: str) -> bool:
    """Whether ``question`` asks for a floor (or a ceiling) and ``sentence`` bounds only the other way."""
    asked = asked_bound(question)
    if asked is None or _DENIED.search(sentence):
        return False
    floor, ceiling = bool(_FLOOR.search(sentence)), bool(_CEILING.search(sentence))
    if asked == "floor":
        return ceiling and not floor
    return floor and not ceiling
