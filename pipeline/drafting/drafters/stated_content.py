"""A question about what a document should say: "What should the certificate state?", "What information must a
credential carry?", "What should be printed on the badge?". It asks for the document's content, and a sentence
answers it only by saying what goes on or in something: with a verb of stating or showing ("should list the
outcomes", "must name the assessor", "carries the workload", "should link to the project", "appear on the
credential"), or by naming the information itself ("the information elements of the Recommendation"). A sentence
about how the document is issued, kept or worded ("Certificates should be issued on paper", "kept in the state
portal", "written in Romanian and English") shares its words and says nothing of its content.

The question must ask "what" as the object of such a verb ("What should X state?", "What information must X
carry?"): "What is the largest workload a credential should carry?" asks an amount and "What fee should a provider
pay to list it?" a sum, and neither is this kind. "State" as a noun ("the state register", "Member States") is not
a verb of stating. Like every answer-kind rule the test is one-sided: it turns a sentence away, never admits one.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

# the verbs that ask for a document's content, as a question writes them after its subject
_ASKING_VERB = r"(?:state|show|carry|contain|say|display|list|include|mention|bear|feature|specify|indicate)"
# the documents whose content such a question asks: "What should the guidelines say about fees?" or "What should
# companies give?" asks a position, not what a document carries
_DOCUMENT = (
    r"[\w'’-]*(?:certificate|credential|badge|diploma|supplement|record|entry|entries|transcript|document|card"
    r"|decision|register|description|label|passport)s?"
)
_MODAL = r"(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to|will|would)"

_ASKS = re.compile(
    # "What should a certificate state?", "what must a micro-credential contain?", "What information must a
    # credential carry for ...?": "what" (or "what information") is the verb's object, the subject comes between
    rf"\bwhat\s+(?:(?:information|details|data|particulars|elements)\s+)?{_MODAL}\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,2}}?{_ASKING_VERB}\b"
    # "Which details should a certificate include?"
    rf"|\bwhich\s+(?:information|details|data|particulars|elements)\s+{_MODAL}\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"{_DOCUMENT}\s+(?:[\w'’-]+\s+){{0,2}}?{_ASKING_VERB}\b"
    # "What should be printed on the badge?", "Which information must appear in the register?"
    r"|\b(?:what|which)\s+(?:(?:information|details|data)\s+)?(?:should|must|shall|needs?\s+to)\s+(?:be\s+)?"
    r"(?:stated|shown|printed|written|listed|included|mentioned|displayed|recorded|given|appear)\s+(?:on|in)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_DOCUMENT}\b",
    _I,
)

# "state" as a noun: "the state register", "Member States", "a state-funded course"
_STATE_NOUN_BEFORE = (
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bmember\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bper\s)(?<!\bthis\s)(?<!\bthat\s)"
    r"(?<!\bone\s)(?<!\bany\s)(?<!\bwelfare\s)(?<!\bpartner\s)(?<!\bnation\s)"
)
_STATE_VERB = rf"{_STATE_NOUN_BEFORE}stat(?:e|es|ed|ing)\b(?!-)"

_SPEAKS = re.compile(
    rf"{_STATE_VERB}"
    r"|\b(?:show(?:s|n|ed|ing)?|carr(?:y|ies|ied|ying)|contain(?:s|ed|ing)?|says?|said|list(?:s|ed|ing)?"
    r"|includ(?:e|es|ed|ing)|display(?:s|ed|ing)?|mention(?:s|ed|ing)?|nam(?:e|es|ed|ing)"
    r"|bear(?:s|ing)?|borne|features?|featured|indicat(?:e|es|ed|ing)|specif(?:y|ies|ied|ying)"
    r"|describ(?:e|es|ed|ing)|print(?:s|ed)?|appear(?:s|ed|ing)?|recorded|detail(?:s|ed)?|expressed"
    r"|spell(?:s|ed)?\s+out|set(?:s)?\s+out|tell(?:s)?|told|read(?:s)?|link(?:s|ed)?\s+to|a\s+link"
    r"|information|elements?|com(?:e|es|ing)\s+with|accompan(?:y|ies|ied|ying))\b"
    # "four things on the credential itself", "the level on every certificate"
    r"|\bon\s+(?:the|its|their|every|each|any|a|this)\s+(?:[\w'’-]+\s+)?"
    r"(?:certificates?|credentials?|badges?|documents?|diplomas?|supplements?|records?|transcripts?|cards?)\b",
    _I,
)

CONTENT = AskedTopic(asks=_ASKS, speaks=_SPEAKS)
