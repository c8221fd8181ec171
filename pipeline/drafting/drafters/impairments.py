"""Does a sentence speak of a sense or of moving about at all, when the guiding question asks about learners who
cannot see, hear or walk?

"Which accessibility standards should credential wallets meet for blind and partially sighted learners?" asks about
one group of learners: a sentence that says nothing of sight, hearing, a wheelchair, a screen reader, captions or
accessibility does not answer it, however close it reads ("Fund guidance for learners on wallets, not only the
technical infrastructure"). A question on disability in general is not asked here: its answers speak of support in
many words ("a support person", "a keyboard only"). Like the other answer kinds the test is one-sided.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

_ASKS_SENSES = re.compile(
    r"\b(?:blind|partially\s+sighted|visually\s+impaired|(?:little|no)\s+sight|deaf|hard\s+of\s+hearing|"
    r"hearing[- ]impair\w*|wheelchairs?|(?:reduced|limited)\s+mobility)\b",
    _I,
)

_SPEAKS_OF_SENSES = re.compile(
    r"\b(?:blind\w*|sight\w*|visual\w*|vision|deaf\w*|hearing|wheelchair\w*|mobility|screen[- ]?readers?|audio\w*|"
    r"listen\w*|braille|contrast|accessib\w*|disab\w*|impair\w*|keyboard|read\s+aloud|captions?|subtitl\w*|"
    r"sign\s+language|step-free|ramps?|lifts?|elevators?)",
    _I,
)


SENSES = AskedTopic(_ASKS_SENSES, _SPEAKS_OF_SENSES)
