"""Who a guiding question asks for, and whether a sentence names anyone who could be that.

"Who should keep the register?" is answered by a sentence naming a body, a group or a role ("The national
agency should keep it", "Providers should publish ...", "by an independent panel"), never by one that names no
one ("Keep micro-credentials outside the register", "The register should be public"). Like the other answer
types the test is one-sided: naming an actor does not make a sentence an answer, naming none rules it out.

Actors are recognised from a closed list of nouns for people, roles and organisations in general English, and
from names of organisations (two or more capitalised words in a row, or an acronym that is not the name of a
framework, a unit or a standard). A word that merely ends like an agent noun ("register", "paper", "number") is
no actor, so the list is explicit rather than a suffix rule. "We" is left out: in a contribution it opens a
position ("We propose that ..."), it does not name who should act.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# "Who ...", "Whom ...", "By whom ...", "Whose involvement ...", "Which body / organisation / actor ..."; a
# "whose" inside a question ("a person whose skills are recognised") asks for no one
_ASKS_WHO = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:who|whom|whose|(?:by|from|with|to|for)\s+whom)\b|"
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:bod(?:y|ies)|organi[sz]ations?|institutions?|actors?|stakeholders?|"
    r"authorit(?:y|ies)|agenc(?:y|ies)|ministr(?:y|ies)|departments?|councils?|committees?|partners?|parties|"
    r"people|persons?|roles?)\b",
    _I,
)

# people named by their trade: who judges a practical skill is often one ("an experienced veterinarian"). Kept
# apart from the actors below: only a "who" question reads them (a divergence reads a trade as what a figure
# measures: "a nurse should renew a credential every five years" is not about providers' reviews)
_PROFESSIONS = (
    r"veterinarians?|vets?|doctors?|physicians?|clinicians?|surgeons?|nurses?|midwi(?:fe|ves)|pharmacists?|"
    r"dentists?|hygienists?|therapists?|psychologists?|paramedics?|engineers?|technicians?|mechanics?|"
    r"electricians?|plumbers?|welders?|carpenters?|craftsm[ae]n|craftspeople|tradespeople|artisans?|"
    r"master\s+craftsm[ae]n|journeym[ae]n|seafarers?|captains?|lawyers?|jur(?:y|ies)|"
    r"jurors?|architects?|accountants?|librarians?|curators?|interpreters?|translators?|instructors?|coaches?|"
    r"educators?|headteachers?|principals?|rectors?|deans?|farmers?|firefighters?|chefs?|"
    r"consultants?|verifiers?|moderators?|invigilators?|proctors?|colleagues?"
)

_ACTOR_NOUNS = (
    # roles and people
    r"providers?|employers?|learners?|students?|trainers?|teachers?|workers?|employees?|assessors?|evaluators?|"
    r"examiners?|inspectors?|auditors?|reviewers?|regulators?|developers?|designers?|issuers?|awarders?|owners?|"
    r"holders?|managers?|officers?|officials?|counsell?ors?|advis[eo]rs?|mentors?|tutors?|supervisors?|"
    r"coordinators?|directors?|ministers?|members?|partners?|stakeholders?|users?|jobseekers?|job-seekers?|"
    r"taxpayers?|funders?|sponsors?|donors?|operators?|researchers?|practitioners?|experts?|specialists?|"
    r"professionals?|representatives?|delegates?|applicants?|participants?|graduates?|trainees?|apprentices?|"
    r"candidates?|citizens?|individuals?|persons?|people|adults?|parents?|families|staff|faculty|academics?|"
    r"lecturers?|professors?|leaders?|heads?|peers?|volunteers?|counterparts?|contractors?|suppliers?|"
    r"vendors?|platforms?|insurers?|banks?|"
    # organisations and collective bodies
    r"institutions?|institutes?|polytechnics?|bootcamps?|universit(?:y|ies)|schools?|colleges?|academ(?:y|ies)|agenc(?:y|ies)|authorit(?:y|ies)|"
    r"ministr(?:y|ies)|governments?|states?|offices?|bod(?:y|ies)|councils?|cent(?:re|er)s?|commissions?|"
    r"committees?|boards?|panels?|chambers?|unions?|associations?|federations?|confederations?|services?|"
    r"networks?|departments?|inspectorates?|municipalit(?:y|ies)|regions?|countries|country|nations?|"
    r"compan(?:y|ies)|firms?|enterprises?|businesses|business|industr(?:y|ies)|sectors?|social\s+partners|"
    r"consorti(?:um|a)|alliances?|observator(?:y|ies)|secretariats?|parliaments?|courts?|ombuds\w*|"
    r"administrations?|registrars?|communit(?:y|ies)|organi[sz]ations?|foundations?|employment\s+services?|"
    r"public\s+(?:funds?|funding|budgets?|money|purse|authorit(?:y|ies)|bodies|sector)|government-funded|state-funded|"
    r"(?:public|state)\s+[a-z]+\s+(?:funds?|budgets?|money)|"  # "the public training fund"
    r"themselves|everyone|everybody|anyone|anybody|nobody|no\s+one|someone"
)
_ACTOR = re.compile(rf"\b(?:{_ACTOR_NOUNS})\b", _I)
# a name of an organisation: two capitalised words in a row ("Quality Agency", "European Training Foundation")
_NAME = re.compile(r"(?<!^)(?<![.!?:]\s)\b[A-Z][a-z]+(?:[ -](?:of|for|and|the)?\s?[A-Z][a-z]+)+\b")
# one capitalised word after a preposition of agency ("run by Cedefop", "together with Europass")
_NAMED_AGENT = re.compile(r"\b(?:by|with|to|from)\s+(?:the\s+)?[A-Z][\w-]+")
# an acronym naming a body ("ENIC-NARIC", "ETF"), not a framework, a unit or a standard
_ACRONYM = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})?\b")
_NOT_BODIES = frozenset(
    "NQF EQF QF ECTS ECVET ESG ISCED VET HE HEI ICT IT AI PDF URL API ID CV ISO EDC ELM OB RPL VPL "
    "MOOC MOOCS STEM SME SMES".split()
)


# "Which body / organisation / authority should ..." asks for an institution: a learner or "people" is no answer
_ASKS_BODY = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:bod(?:y|ies)|organi[sz]ations?|institutions?|authorit(?:y|ies)|agenc(?:y|ies)|"
    r"ministr(?:y|ies)|departments?|councils?|committees?)\b",
    _I,
)
# people one by one, never a body
_PERSONS = re.compile(
    r"\b(?:learners?|students?|trainers?|teachers?|workers?|employees?|individuals?|persons?|people|adults?|parents?|"
    r"families|candidates?|citizens?|graduates?|trainees?|apprentices?|applicants?|participants?|holders?|owners?|"
    r"users?|jobseekers?|job-seekers?|taxpayers?|volunteers?|peers?|themselves|everyone|everybody|anyone|anybody|"
    r"nobody|no\s+one|someone)\b",
    _I,
)


_TRADE = re.compile(rf"\b(?:{_PROFESSIONS})\b", _I)


def names_someone(sentence: str) -> bool:
    """Whether ``sentence`` names anyone who could answer a "who" question: an actor (:func:`names_actor`) or a
    person named by their trade."""
    return names_actor(sentence) or bool(_TRADE.search(sentence))


def asks_body(question: str) -> bool:
    """Whether ``question`` asks which body, organisation, institution, authority or agency should act."""
    return bool(_ASKS_BODY.search(question))


def names_body(sentence: str) -> bool:
    """Whether ``sentence`` names a body that could answer a "which body" question: an actor other than people
    one by one ("the learner controls it" names none)."""
    return names_actor(_PERSONS.sub(" ", sentence))


# a question of two parts whose first asks where, when or how: "Where, and by which people, should skills be
# examined?" is answered by either half, as "Where and by whom ...?" is
_FIRST_PART = re.compile(r"^\W*(?:where|when|how|in\s+what\s+way|at\s+what\s+stage)\b", _I)
# the two parts share one verb: "... by whom should they be assessed", not "... and which body rules on it"
_SHARED_VERB = re.compile(r"\s*,?\s*(?:should|must|shall|ought|will|would|can|could|may|is|are|do|does)\b", _I)
_JOINED_PART = re.compile(r"(?:,\s*|\s)(?:and|or)\s*,?\s*(?:(?:by|from|with|to|for)\s+)?$", _I)


def asks_who(question: str) -> bool:
    """Whether ``question`` asks who (which body, which role) should do or did something."""
    match = _ASKS_WHO.search(question)
    if not match:
        return False
    second_part = (
        _FIRST_PART.search(question)
        and _JOINED_PART.search(question[: match.start()])
        and _SHARED_VERB.match(question[match.end() :])
    )
    return not second_part


def is_actor_noun(word: str) -> bool:
    """Whether ``word`` is one of the general nouns for people, roles or bodies ("Providers", "employer")."""
    return bool(_ACTOR.fullmatch(word))


def names_actor(sentence: str) -> bool:
    """Whether ``sentence`` names a person, a role, a group or an organisation that could be the answer to a
    "who" question."""
    if _ACTOR.search(sentence) or _NAME.search(sentence) or _NAMED_AGENT.search(sentence):
        return True
    return any(a.upper() not in _NOT_BODIES for a in _ACRONYM.findall(sentence))


# a passive main verb after a modal ("should be admitted", "must not be assessed"), unless it hands its subject an
# act of its own ("should be required to pay", "be allowed to issue"): then the subject acts
_MODAL = r"(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to|may|can|will|would)"
_PARTICIPLE = (
    r"\w+ed|\w+en|made|paid|run|held|kept|set|taught|led|built|done|shown|sold|told|brought|bought|met|sent|put|"
    r"left|cut|read"
)
_PASSIVE_AFTER_MODAL = re.compile(
    rf"\b{_MODAL}\s+(?:not\s+|also\s+|only\s+|always\s+|never\s+|first\s+)*be\s+(?P<verb>{_PARTICIPLE})\b"
    r"(?P<to>\s+to\b)?",
    _I,
)
_HANDS_AN_ACT = frozenset(
    "required obliged expected allowed permitted encouraged asked invited entitled enabled authorised authorized "
    "empowered supposed forced compelled made trusted trained prepared qualified mandated tasked charged "
    "used".split()
)


# a passive that says who takes part ("should be consulted", "be involved", "be represented", "be asked what ...";
# "be asked to pay" hands an act, see _HANDS_AN_ACT)
_TAKES_PART = frozenset(
    "consulted asked involved heard invited included represented engaged associated informed trained licensed "
    "certified accredited appointed elected nominated employed hired paid funded".split()
)


def _passive(text: str) -> re.Match[str] | None:
    """The first passive verb after a modal in ``text`` whose subject is acted upon, if any."""
    for match in _PASSIVE_AFTER_MODAL.finditer(text):
        if not (match.group("to") and match.group("verb").lower() in _HANDS_AN_ACT):
            return match
    return None


# a comparison after a verb: "on the same terms as paid staff", "just as employers do"
_COMPARISON = re.compile(r"\b(?:as|than|like)\s+[^,;:.]+", _I)


def acted_upon(question: str, sentence: str) -> bool:
    """Whether ``sentence`` names people only as the ones acted upon, when ``question`` asks who should act:
    "Volunteers should be admitted on the same terms as paid staff" names who is admitted, not who should
    accredit providers. A passive question ("Who should be consulted?") asks for those acted upon, and a passive
    sentence naming someone after its verb ("Providers should be accredited by the agency", "under the eye of a
    veterinarian") may name who acts."""
    if _passive(question):
        return False
    first = re.search(r"\b(?:should|must|shall|ought|need|needs|has|have|may|can|will|would)\b", sentence, _I)
    passive = _passive(sentence)
    if not passive or not first or passive.start() != first.start():
        return False  # the sentence's first modal verb is active: its subject acts
    if passive.group("verb").lower() in _TAKES_PART:
        return False  # "Recognition officers should be consulted": being consulted or involved is taking part
    if not names_someone(sentence[: passive.start()]):
        rest = sentence[passive.end() :]
        if _ASKS_CONTROL.search(question) and _held_by(rest):
            return False  # "Sharing should be switched off until the learner turns it on": the learner controls it
        return _no_agent(rest, _asked_act(question))
    # anyone named after the verb may act ("under the eye of a veterinarian", "by the agency"); a comparison
    # ("on the same terms as paid staff") names no one who acts
    rest = _COMPARISON.sub(" ", sentence[passive.end() :])
    return not names_someone(rest)


# a question on who controls, decides or lets others see something ("Who should control access to ...?", "Whose
# choice should it be to let others view ...?")
_ASKS_CONTROL = re.compile(r"\b(?:control\w*|decid\w*|choice|access|consent|permission|allow\w*|let)\b", _I)
# a state that lasts until someone acts: "switched off until the learner turns it on", "hidden unless the holder
# shares it", "stops working as soon as the learner withdraws it"
_UNTIL_SOMEONE = re.compile(
    r"\b(?:until|unless|once|as\s+soon\s+as|whenever)\s+(?P<subject>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
    r"(?:\w+s|does|has|gives?|says?|agrees?|chooses?|decides?)\b(?:\s+\w+){0,3}?\s+(?:it|them|this|that|so|to)\b",
    _I,
)


def _held_by(rest: str) -> bool:
    """Whether the words after a passive make its state wait on someone's own act ("until the learner turns it
    on"): the one who ends it controls it."""
    return any(names_someone(m.group("subject")) for m in _UNTIL_SOMEONE.finditer(rest))


# who acts in a passive: "by the agency", "under the eye of a veterinarian", "with the help of employers"
_AGENT = re.compile(
    r"\b(?:by|under\s+(?:the\s+)?(?:eye|supervision|guidance|responsibility|authority|control)\s+of|"
    r"with|alongside|through|together\s+with|jointly\s+with|in\s+"
    r"(?:cooperation|consultation|partnership)\s+with)\b([^,;:.]*)",
    _I,
)


# the act a "who" question asks about: the verb after its modal ("Who should control the wallet?": control); a
# question whose subject stands between ("What role should employers play?") names none here
_ACT = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:who|(?:by|from|with|to|for)\s+whom|which\s+(?:\w+\s+)?\w+)\s+"
    rf"(?:{_MODAL}|is|are)\s+(?:not\s+|also\s+|first\s+|be\s+allowed\s+to\s+|be\s+able\s+to\s+)*"
    r"(?P<verb>[a-z]{3,})\b",
    _I,
)


def _asked_act(question: str) -> str | None:
    match = _ACT.search(question)
    return match.group("verb").lower()[:5] if match and match.group("verb").lower() != "be" else None


def _no_agent(rest: str, act: str | None = None) -> bool:
    """Whether the words after a passive verb whose subject is a thing name no one who acts: "Every
    micro-credential must be placed at a level ..., otherwise employers cannot tell" says where it is placed, not who
    places it. Someone named with the question's own act (``act``: the start of its verb) acts: "kept in a wallet
    that the learner controls" says who controls the wallet."""
    if act and names_someone(rest) and re.search(rf"\b{re.escape(act)}", rest, _I):
        return False
    if any(names_someone(m.group(1)) or _NAMED_AGENT.search(m.group(0)) for m in _AGENT.finditer(rest)):
        return False
    # a later clause may name who acts: "The register should be kept at national level, and the agency should run it"
    return not any(names_someone(m.group("subject")) for m in _LATER_ACTOR.finditer(rest))


_LATER_ACTOR = re.compile(
    r"(?:[,;:]|\band\b|\bbut\b)\s*(?P<subject>[^,;:]{1,60}?)\s+"
    r"(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to|will|would)\b",
    _I,
)


# the verb after a sentence's first modal: "should be able to use" -> "use", "should be practitioners" -> None (a
# description of who they are)
_MODAL_VERB = re.compile(
    rf"\b{_MODAL}\s+"
    r"(?:not\s+|also\s+|only\s+|always\s+|never\s+|first\s+|be\s+able\s+to\s+|be\s+allowed\s+to\s+)*"
    r"(?P<verb>[a-z]+)(?:\s+(?P<next>[a-z]+))?",
    _I,
)


_AGENT_ENDING = re.compile(r"(?:or|er|ar|ant|ent|ist|ee|ian)s?$", _I)


def act_only_in_a_name(question: str, sentence: str) -> bool:
    """Whether a "who" question's act appears in ``sentence`` only inside the name of the ones who do it, while the
    sentence has them do something else: "Sworn translators should be able to use micro-credentials as proof of
    their training" names translators but says nothing of who should translate a credential. A sentence saying who
    they should be ("Assessors should be practitioners of the trade") still answers."""
    act = _asked_act(question)
    if not act or len(act) < 4:
        return False
    found = re.findall(rf"\b{re.escape(act)}[\w-]*", sentence, _I)
    # the one who does the act is named by its agent noun ("translators" for translate); "authority" shares the
    # start of "authorise" but names no one who authorises
    if not found or not all((is_actor_noun(w) and _AGENT_ENDING.search(w)) or _TRADE.fullmatch(w) for w in found):
        return False
    modal = _MODAL_VERB.search(sentence)
    if modal is None:
        return False
    verb = modal.group("verb").lower()
    if verb == "be" and not re.fullmatch(_PARTICIPLE, modal.group("next") or ""):
        return False  # "Assessors should be practitioners": who they should be
    return not verb.startswith(act)
