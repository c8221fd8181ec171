"""A question asking in what unit an amount should be shown, and whether a sentence names a unit of measure.

"What unit should be used to show how much learning a course represents?" or "In what way should providers show how
much effort a course demands?" ask how an amount is measured or written, not how large it is: they are answered by
"the workload should be stated in ECTS credits" or "given in hours of learning", which hold no figure at all, and
not by "a course of 40 hours", which gives one amount in no unit the sentence proposes. The "how much" is the
object of a verb of showing after a modal or "to" ("should providers show how much", "used to express how many");
asked first ("State how long records should be kept") the verb is the question's own instruction and asks for the
amount itself. The test is one-sided like every answer kind: a sentence naming a unit may still not answer.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_SHOWING = r"(?:show|express|stat|indicat|measur|record|describ|display|report|communicat|convey|present|writ)\w*"
ASKS_UNIT = re.compile(
    # "which unit", "what measurement unit"; "below which a unit is not ..." is a relative clause
    r"\b(?:what|which)\s+(?:(?!(?:a|an|the|each|every|one|this|that)\b)\w+\s+)?units?\s+(?:of\s+\w+\s+)?"
    r"(?:should|must|shall|ought|could|can|may|is|are|will|would)\b|\bin\s+what\s+units?\b|"
    rf"\b(?:to|should|must|shall|can|could|may|will|would)\s+(?:[\w-]+\s+){{0,2}}?{_SHOWING}\s+how\s+(?:much|many)\b",
    _I,
)
# a unit a volume of learning or an amount is written in: credits, points, hours, days of learning
GIVES_UNIT = re.compile(
    r"\b(?:ects|ecvet|credits?|credit\s+points|points|hours?|days|weeks|months|minutes|units\s+of\s+(?:learning|"
    r"study|credit))\b",
    _I,
)
