"""Does a sentence speak of personal data at all, when the guiding question asks how it should be protected or kept?

"How should learners' personal data in digital credentials be protected?" or "Which rules on learners' personal data
should platforms follow?" ask about data protection: a sentence that says nothing of data, privacy, consent, who may
see or share a record, security or deletion does not answer it, however close it reads ("Whatever the digital
format, a learner should be able to get a paper copy on request"). The question must name personal data, privacy or
data protection: "What personal information should be left off a certificate?" is answered in words of what a
certificate shows ("must never show a learner's ethnicity") and is not asked here. Like the other answer kinds the
test is one-sided.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

_ASKS_PRIVACY = re.compile(
    r"\b(?:personal\s+data|privacy|data\s+protection|gdpr|(?:learners?|students?|candidates?)['’]?\s+data)\b", _I
)

_SPEAKS_OF_PRIVACY = re.compile(
    r"\b(?:data|privacy|private|gdpr|confidential\w*|consent\w*|encrypt\w*|protect\w*|secur\w*|anonym\w*|"
    r"pseudonym\w*|personal\s+information|delet\w*|eras\w*|retention|retain\w*|kept|keep\w*|stor\w*|disclos\w*|"
    r"shar\w*|access\w*|control\w*|owns?|owned|permission\w*|sees?|seen|view\w*|visible|breach\w*|leak\w*)\b",
    _I,
)


PRIVACY = AskedTopic(_ASKS_PRIVACY, _SPEAKS_OF_PRIVACY)
