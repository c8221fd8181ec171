"""Does a sentence speak of age at all, when the guiding question asks about one?

"Should there be an age limit for subsidised courses?", "From what age should learners enrol?" or "How old must a
candidate be?" ask about the learner's age: a sentence that says nothing of age, of how old or young anyone is,
or of a group of life ("adults", "children", "school leavers", "pensioners") does not answer it, however close it
reads ("No university should be obliged to admit short courses into its degree programmes"). Like the other
answer kinds the test is one-sided: a sentence that speaks of age may still not answer; one that never does, does
not. "Age" as a word of its own only ("percentage", "stage", "page" and "usage" are no age).
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

_ASKS_AGE = re.compile(r"\bages?\b|\bhow\s+old\b", _I)

_SPEAKS_OF_AGE = re.compile(
    r"\bages?\b|\baged\b|\b(?:old|older|oldest|young|younger|youngest|youth|youths|elderly)\b|"
    r"\b[\w-]+-year-olds?\b|\byears?\s+(?:of\s+age|old)\b|\b(?:adults?|adulthood|child|children|childhood|minors?|"
    r"teen\w*|juniors?|seniors?|pensioners?|retire\w*|grown-ups?|school[- ]leavers?|birthdays?)\b|"
    # a bound on years of life written as a number: "under 18", "over 65", "18 and over", "16 or older"
    r"\b(?:under|over|above|below)\s+\d{1,2}\b|\b\d{1,2}\s*(?:\+|and\s+(?:over|above|older|under)|or\s+(?:over|"
    r"older|younger|above))",
    _I,
)


AGE = AskedTopic(_ASKS_AGE, _SPEAKS_OF_AGE)
asks_age = AGE.asked  # whether a question asks about an age ("an age limit", "from what age", "how old")
age_unsaid = AGE.unsaid  # whether it does and a sentence says nothing of anyone's age
