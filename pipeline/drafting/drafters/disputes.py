"""Does a sentence speak of a dispute, an appeal or a complaint at all, when the guiding question asks about one?

"How should the recognition bodies of two countries settle a dispute about the value of a credential?", "Should
learners be able to appeal an assessment result?" or "How should complaints about a provider be handled?" ask how a
disagreement is raised or settled: a sentence that says nothing of a dispute, an appeal, a complaint, a challenge or
a way of settling one (mediation, a second marker, an ombudsman, a board that rules) does not answer it, however
close it reads ("An issuer should not leave a recognition officer abroad to guess what its credential certifies").
Like the other answer kinds the test is one-sided: a sentence that speaks of such things may still not answer; one
that never does, does not.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

_ASKS_DISPUTE = re.compile(
    r"\b(?:disputes?|disputed|disagree\w*|conflicts?|appeals?|appealed|complaints?|complain|contest\w*|grievances?)\b",
    _I,
)

_SPEAKS_OF_DISPUTE = re.compile(
    r"\b(?:disput\w*|disagree\w*|conflict\w*|appeal\w*|complain\w*|contest\w*|challeng\w*|grievanc\w*|objection\w*|"
    r"object|mediat\w*|arbitrat\w*|settl\w*|resolv\w*|resolution|redress|ombuds\w*|tribunals?|courts?|revers\w*|"
    r"overturn\w*|investigat\w*|re-?mark\w*|re-?assess\w*|re-?examin\w*|re-?sit\w*|second\s+(?:marker|marking|"
    r"opinion|assessor|examiner|look|reading)|independent\s+(?:panel|body|board|committee|examiner|assessor))",
    _I,
)


DISPUTE = AskedTopic(_ASKS_DISPUTE, _SPEAKS_OF_DISPUTE)
asks_dispute = DISPUTE.asked  # whether a question asks about a dispute, an appeal or a complaint
dispute_unsaid = DISPUTE.unsaid  # whether it does and a sentence says nothing of any
