"""Does a sentence speak of validity at all, when the guiding question asks how long something stays valid?

"For how many years should a micro-credential remain valid?", "Should credentials expire?" or "What validity period
should apply?" (not "Should it be valid in other states?", which asks about recognition) ask whether and when a
credential lapses: a sentence that says nothing of validity, expiry, lapsing, renewal or of lasting for good does
not answer it, however close it reads or whatever figure of years it holds ("a ledger may not exist in ten years").
Like the other answer kinds the test is one-sided: a sentence that speaks of validity may still not answer; one that
never does, does not.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

# expiry asked outright, or validity asked as a length of time ("valid in other states" asks about recognition)
_ASKS_VALIDITY = re.compile(
    r"\bexpir\w*|\blaps(?:e|es|ed|ing)\b|\bshelf[- ]life\b|\bvalidity\s+period\b|\bperiod\s+of\s+validity\b|"
    r"(?:\bhow\s+long\b|\bhow\s+many\s+(?:years|months)\b|\b(?:remain|remains|stay|stays)\b)[^?]*\bvalid\b",
    _I,
)

_SPEAKS_OF_VALIDITY = re.compile(
    r"\b(?:in)?valid(?:ity|ated|ation)?\b|\brevalidat\w*|\bexpir\w*|\blaps(?:e|es|ed|ing)\b|\brenew\w*|"
    r"\brecertif\w*|\bre-?certif\w*|\brefresh\w*|\bshelf[- ]life\b|\bout[- ]of[- ]date\b|\boutdated\b|"
    r"\bobsolete\b|\bfor\s+life\b|\blifelong\b|\bforever\b|\bpermanent(?:ly)?\b|\bindefinite(?:ly)?\b|"
    r"\bin\s+force\b|\bwithdraw\w*|\brevok\w*|\bend\s+date\b|\bdate\s+of\s+(?:issue|award)\b|"
    r"\b(?:recent|current)\s+(?:practice|experience)\b|\bstay(?:s)?\s+(?:current|recognised|recognized|good)\b|"
    r"\bremain(?:s)?\s+(?:current|recognised|recognized|in\s+use)\b|\b(?:count|counts|last|lasts)\s+(?:for|after)\b|"
    # keeping what was awarded: "log 20 climbs over three years to keep their licence", "maintain the status"
    r"\b(?:keep|keeps|kept|keeping|retain\w*|maintain\w*|lose|loses|lost|losing)\s+(?:\w+\s+){0,2}?(?:licen[cs]es?|"
    r"credentials?|badges?|certificates?|certification|status|accreditation|registration|award)\b|"
    # a term granted: "granted for four years at most", "for up to five years"
    r"\bfor\s+(?:up\s+to\s+|at\s+(?:most|least)\s+|a\s+(?:maximum|minimum)\s+of\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:years?|months?)\b",
    _I,
)


VALIDITY = AskedTopic(_ASKS_VALIDITY, _SPEAKS_OF_VALIDITY)
asks_validity = VALIDITY.asked  # whether a question asks how long something stays valid, or whether it expires
validity_unsaid = VALIDITY.unsaid  # whether it does and a sentence says nothing of validity or expiry
