"""Sentences a contributor writes in someone else's voice, which the drafter never quotes as the contributor's view.

- **Another party's view, reported.** "The majority holds that every course needs a level", "Some members argue that
  fees should go", "Many employers would prefer shorter courses": the writer reports what others hold, often to
  disagree (a dissenting opinion, a report of a debate). The subject is a party other than the writer, named by how
  many or which of a group ("the majority", "some members", "others", "critics"), with a verb of holding or saying.
  An organisation writing of itself in the third person ("The Committee holds that ...", "The Ministry considers
  that ...") is its own voice and is not matched: only a quantified or opposing party is.
- **A form's requirement addressed to whoever fills it in.** "The tenderer shall describe how ...", "Applicants
  should explain ...": a call for tenders or an application form quoted in the reply is the issuer's wording, a
  prompt, not the respondent's position.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_HOLDING = (
    r"(?:holds?|argue[sd]?|believe[sd]?|claim(?:s|ed)?|contends?|maintain(?:s|ed)?|say|says|said|think|thinks|thought"
    r"|consider(?:s|ed)?|feel|feels|felt|insist(?:s|ed)?|t(?:ake|akes|ook)\s+the\s+view|(?:is|are)\s+of\s+the\s+view"
    r"|want(?:s|ed)?|would\s+(?:like|prefer)|prefer(?:s|red)?|propose[sd]?|suggest(?:s|ed)?|fear(?:s|ed)?)"
)
_GROUP = (
    r"(?:members|colleagues|respondents|participants|stakeholders|employers|providers|experts|countries|states"
    r"|delegates|speakers|commenters|voices|people|organi[sz]ations|unions|universities|partners)"
)
_PARTY = (
    r"(?:the\s+majority(?:\s+of\s+[\w'’-]+)?|a\s+majority(?:\s+of\s+[\w'’-]+)?|the\s+minority"
    rf"|(?:some|many|most|several|other|a\s+few|a\s+number\s+of|certain)\s+(?:of\s+(?:the|our)\s+)?(?:[\w'’-]+\s+)?{_GROUP}"
    r"|others|critics|opponents|proponents|supporters|sceptics|skeptics|the\s+other\s+side)"
)
_REPORTED_VIEW = re.compile(rf"^(?:[\w'’,-]+\s+){{0,3}}?{_PARTY}\s+(?:\w+\s+)?{_HOLDING}\b", _I)

# who fills in a call for tenders: their form's requirements are the issuer's words under any modal; an applicant or
# respondent only under the form's own "shall" ("Applicants must show a diploma before they enrol" is a provider's rule)
_BIDDER = r"(?:tenderers?|bidders?|contractors?|suppliers?|applicant\s+organi[sz]ations?)"
_FORM_ADDRESSEE = r"(?:applicants?|respondents?|beneficiar(?:y|ies)|grantees?)"
_PROMPT_VERB = (
    r"(?:describe|explain|propose|indicate|outline|specify|provide|demonstrate|justify|set\s+out|present|submit|list"
    r"|detail|state|show|include|document|give|attach|confirm)"
)
_LEAD = r"^(?:[\w'’.,-]+\s+){0,3}?(?:the\s+)?"
_REQUIREMENT = re.compile(
    rf"{_LEAD}{_BIDDER}\s+(?:shall|must|should|will|(?:is|are)\s+(?:required|expected|asked|invited)\s+to)\s+"
    rf"(?:\w+\s+)?{_PROMPT_VERB}\b"
    rf"|{_LEAD}{_FORM_ADDRESSEE}\s+(?:shall|(?:is|are)\s+(?:required|invited)\s+to)\s+(?:\w+\s+)?{_PROMPT_VERB}\b",
    _I,
)


def in_others_voice(text: str) -> bool:
    """Whether ``text`` reports another party's view or quotes a form's requirement to its respondent."""
    return bool(_REPORTED_VIEW.search(text) or _REQUIREMENT.search(text))
