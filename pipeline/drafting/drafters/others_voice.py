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
- **Someone else's words, reported.** "As one employer told us, ...", "A participant in the workshop suggested that
  ...", "In the survey, 64 per cent of learners said that ...", "The employers we interviewed told us that ...",
  "One learner put it this way: ...": a single person named only by their kind, a counted share of a group, or the
  people the writer asked, with a verb of saying. A writer's general claim about a kind of person ("An employer
  hiring a developer wants to see what the person built") has no verb of saying and keeps its voice.
- **A named person's words, when the person is not the contributor.** Minutes and reports name their speakers ("Mr
  Novak said that ...", "Ana Costa argued that ..."): the sentence is the contributor's own only when the name is one
  of the contributor's or their organisation's (minutes often name the contributor so); anyone else's is not quoted.
- **Another body's view, reported.** "The adult educators' association holds that ...", "The Ministry's working paper
  of November 2025 proposes ...": a body or a body's paper, named with a verb of holding or proposing, is the writer's
  own voice only when it is the contributor's organisation ("The union also holds that ..." from a union) or is named
  bare as minutes name the body they record ("The Committee holds that ..."). Bodies are compared by their kind's
  word ("association", "ministry"), singular or plural.
"""

from __future__ import annotations

import re

from ingest.metadata_headers import fold

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


# someone else's words reported: a verb of saying (not of holding: "an employer wants ..." is the writer's claim)
_SAYING = (
    r"(?:told\s+(?:us|me|the\s+\w+)|tell\s+us|said|says|put\s+it|puts\s+it|argued|argues|noted|remarked|insisted"
    r"|insists|suggested|wrote|writes|commented|explained|stressed|warned|claimed|added|pointed\s+out|complained"
    r"|recalled|admitted|reported|confided|summed\s+(?:it\s+)?up)"
)
# a survey's opinions count too: "64 per cent of learners said / would like / think ..."
_OPINING = rf"(?:{_SAYING}|think|thought|believe[sd]?|feel|felt|want(?:ed)?|would\s+(?:like|prefer|rather)|agreed)"
_PERSON = (
    r"(?:employers?|learners?|students?|participants?|respondents?|speakers?|delegates?|members?|colleagues?"
    r"|interviewees?|teachers?|trainers?|providers?|experts?|representatives?|panell?ists?|attendees?|workers?"
    r"|graduates?|managers?|stakeholders?|persons?|people|wom[ae]n|m[ae]n|officials?|directors?|users?|commenters?"
    r"|readers?|apprentices?|trainees?|parents?|owners?|entrepreneurs?|farmers?|principals?|advis[eo]rs?"
    r"|counsell?ors?|job\s*seekers?|candidates?|applicants?|partners?|businesses|companies|firms)"
)
_NO_RELATIVE = r"(?:(?!\b(?:who|that|which|whose|whom)\b)[^.;:])"
_ONE_PERSON = re.compile(
    rf"^(?:[\w'’,-]+\s+){{0,3}}?(?:one|a|an|another|the\s+(?:previous|next|last|other|first|second|third))\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?{_PERSON}\b{_NO_RELATIVE}{{0,80}}?\b{_SAYING}\b",
    _I,
)
_COUNTED = (
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent)|(?:\w+|\d+)\s+(?:in|out\s+of)\s+(?:\w+|\d+)|\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten|half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters)"
)
_COUNTED_VIEW = re.compile(
    rf"^(?:[\w'’,-]+\s+){{0,4}}?{_COUNTED}\s+(?:of\s+(?:the\s+|our\s+|all\s+|those\s+)?)?(?:[\w'’-]+\s+)?"
    rf"{_PERSON}\s+(?:[\w'’-]+\s+){{0,2}}?{_OPINING}\b",
    _I,
)
# the speaker named after the words: "..., one employer told us.", "..., as a participant put it."
_ONE_PERSON_AFTER = re.compile(
    rf",\s+(?:as\s+)?(?:one|a|an|another)\s+(?:[\w'’-]+\s+){{0,2}}?{_PERSON}\s+(?:[\w'’-]+\s+)?{_SAYING}\b"
    r"[^,;]{0,25}[.!]?[\"”’]?$",
    _I,
)
_ASKED_BY_WRITER = re.compile(
    r"\b(?:we|I)\s+(?:interviewed|surveyed|spoke\s+(?:to|with)|met|consulted|asked|heard\s+from|talked\s+to)\b"
    rf"[^.;:]{{0,50}}?\b{_OPINING}\b",
    _I,
)
# a line that hands the word to someone else before a colon: "One learner put it this way: ...", "In their words:";
# the writer's own "Point one, which I feel strongly about:" keeps its voice
_SPEAKER_COLON = re.compile(
    rf"^(?!(?:[^:]*\b(?:I|we|my|our)\b))[^:]{{0,80}}\b(?:{_SAYING}|in\s+(?:the|his|her|their)\s+(?:own\s+)?words)"
    r"\b[^:]{0,25}:\s",
    _I,
)


def in_others_voice(text: str) -> bool:
    """Whether ``text`` reports another party's view or words, or quotes a form's requirement to its respondent."""
    return bool(
        _REPORTED_VIEW.search(text)
        or _REQUIREMENT.search(text)
        or _ONE_PERSON.search(text)
        or _ONE_PERSON_AFTER.search(text)
        or _COUNTED_VIEW.search(text)
        or _ASKED_BY_WRITER.search(text)
    )


def hands_the_word_on(text: str) -> bool:
    """Whether ``text`` opens by giving the word to someone else before a colon ("One learner put it this way:")."""
    return bool(_SPEAKER_COLON.search(text))


_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Minister|Commissioner|Senator|Councillor|Deputy|MEP|Judge|Rapporteur"
    r"|Ambassador|Mayor)"
)
_NOT_A_NAME = frozenset("the this that these those our their its each every a an one".split())
_NAMED_SPEAKER = re.compile(
    rf"^(?:[\w'’,-]+\s+){{0,3}}?(?:{_TITLE}\.?\s+(?P<titled>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
    r"|(?P<name>[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    rf"\b{_NO_RELATIVE}{{0,60}}?\b{_SAYING}\b"
    rf"|,\s+(?:as\s+)?(?:{_TITLE}\.?\s+(?P<titled_after>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}})"
    r"|(?P<name_after>[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
    rf"\s+(?:\w+\s+)?{_SAYING}\b[^,;]{{0,25}}[.!]?[\"”’]?$"
)


def _folded_words(text: str) -> set[str]:
    """The words of ``text`` without case or accents, as the ingest compares names ("Đorđević" is "dordevic")."""
    return set(re.findall(r"\w+", fold(text)))


def named_other_speaker(text: str, *own_names: str) -> bool:
    """Whether ``text`` reports what a named person said ("Mr Novak said that ...") and that person is none of
    ``own_names`` (the contributor, their organisation)."""
    found = _NAMED_SPEAKER.search(text)
    if not found:
        return False
    titled = found.group("titled") or found.group("titled_after")
    name = titled or found.group("name") or found.group("name_after")
    words = _folded_words(name)
    if not titled and name.split()[0].lower() in _NOT_A_NAME:
        return False
    own = set().union(*(_folded_words(n) for n in own_names if n)) if own_names else set()
    return not words & own


_BODY = (
    r"(?:ministry|ministries|agency|agencies|associations?|councils?|commissions?|committees?|boards?|unions?|federations?"
    r"|chambers?|confederations?|governments?|authority|authorities|institutes?|networks?|offices?|departments?"
    r"|directorates?|parliaments?|assembly|assemblies|working\s+groups?|task\s+forces?|universit(?:y|ies)|colleges?"
    r"|foundations?|secretariats?|inspectorates?|centres?|centers?|observator(?:y|ies)|alliances?|consorti(?:um|a)"
    r"|leagues?|societ(?:y|ies)|organi[sz]ations?|papers?|drafts?|proposals?|reports?|strateg(?:y|ies)"
    r"|recommendations?|opinions?|regulations?|decrees?|laws?)"
)
# the organs through which a body speaks in its own minutes: named bare, they are the body recording itself
_ORGANS = frozenset("committee board council assembly secretariat bureau presidium plenary executive".split())
_BODY_VIEW = re.compile(
    rf"^(?:[\w'’,-]+\s+){{0,3}}?(?:the|a|an)\s+(?P<body>(?:[\w'’-]+\s+){{0,5}}?{_BODY}(?:['’]s)?"
    rf"(?:\s+(?:[\w-]+\s+){{0,2}}?{_BODY})?(?:\s+of\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?)\s*,?\s+"
    r"(?:also\s+|further\s+|still\s+|now\s+|therefore\s+)?"
    r"(?:holds?|propos(?:es|ed)|argu(?:es|ed)|consider(?:s|ed)|recommend(?:s|ed)|maintain(?:s|ed)|suggest(?:s|ed)"
    r"|believ(?:es|ed)|wants?|wanted|calls?\s+for|called\s+for|insist(?:s|ed)|contend(?:s|ed)|favou?r(?:s|ed)"
    r"|prefer(?:s|red)|advocat(?:es|ed)|demand(?:s|ed)|urg(?:es|ed)|would\s+(?:like|prefer)|t(?:akes|ook)\s+the\s+view"
    r"|(?:is|was)\s+of\s+the\s+view|claim(?:s|ed)|opposes|opposed|rejects|rejected|supports|supported)\b",
    _I,
)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def other_body_view(text: str, *own_names: str) -> bool:
    """Whether ``text`` reports what a body or a body's paper holds ("The adult educators' association holds that")
    and that body is not the contributor's (see the module docstring)."""
    found = _BODY_VIEW.search(text)
    if not found:
        return False
    body = found.group("body")
    words = [w.lower() for w in re.findall(r"[\w]+", body)]
    if any(w in ("our", "my", "this", "we") for w in words):
        return False
    if len(words) == 1 and words[0] in _ORGANS:
        return False  # "The Committee holds that ...": the body whose minutes these are
    kinds = {_singular(w) for w in words if re.fullmatch(_BODY, w, _I)}
    own = {_singular(w) for name in own_names if name for w in _folded_words(name)}
    return not kinds & own
