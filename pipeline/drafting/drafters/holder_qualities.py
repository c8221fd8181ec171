"""Does a sentence say anything of what a person should hold or bring, when the question asks for qualifications?

"What qualifications should trainers hold?", "What experience must an assessor have?" or "Describe the experience
that assessors should have." ask what a person needs to have learnt or done: a sentence that says nothing of a
qualification, a certificate, training, experience, years of practice or a registration does not answer it, however
close it reads ("Recruit trainers; equip the centre; agree the courses with employers"). Like the other answer kinds
the test is one-sided: a sentence that speaks of such things may still not answer; one that never does, does not.

The question names whose qualifications it asks about, and a sentence answers only if it speaks of such a person:
"What qualifications should the assessors hold?" is not answered by "Colleges should build micro-credentials out of
units of their vocational qualifications", which speaks of qualifications, but of no assessor. The roles known are
those who judge learners' work, those who teach or guide them, and those who review providers; a person of another
kind asks nothing more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.drafting.drafters.topic_rule import AskedTopic

_I = re.IGNORECASE

_ASKS = re.compile(
    r"\bwhat\s+(?:\w+\s+)?(?:qualifications?|credentials?|experience|expertise|training|background|competences?)\s+"
    r"(?:should|must|ought|shall|do|does|need|would)\b[^?]*\b(?:hold|have|possess|bring|need|require)\b|"
    r"\b(?:experience|qualifications?|expertise)\s+(?:that|which)\s+[\w\s]{1,40}?\s+(?:should|must|ought\s+to|need\s+to)"
    r"\s+(?:have|hold|possess|bring)\b",
    _I,
)

_SPEAKS = re.compile(
    r"\bqualif\w*|\bcertif\w*|\bdegrees?\b|\bdiplomas?\b|\blicen[cs]\w*|\bexperience\w*|\btrained\b|\btraining\b|"
    r"\bexpert\w*|\bmasters?\b|\bmaster\s+craft\w*|\byears?\s+(?:in|of|on|as|at)\b|\bworked\b|\bpractis\w*|"
    r"\bpractic\w*|\baccredit\w*|\bregistered\b|\bskilled\b|\bcompeten\w*|\bpractitioners?\b|\bbackground\b|"
    r"\blevel\s+\d|\bpedagog\w*|\bthemselves\b|\bholds?\s+(?:a|an|the)\b|\bapproved\b|\bsworn\b|\bchartered\b|"
    # years of doing the work: "sailed for at least five years"
    r"\bfor\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?\w+\s+years?\b",
    _I,
)

# whose qualifications are asked: "What qualifications should the assessors of micro-credentials hold?", "What
# credentials ought instructors to have?", "Describe the experience that assessors should have."
_HOLDER = re.compile(
    r"\b(?:should|must|ought|shall|do|does|need|would)\s+(?P<holder>[^?]+?)\s+(?:to\s+)?(?:hold|have|possess|bring)\b|"
    r"\b(?:that|which)\s+(?P<subject>[^?]+?)\s+(?:should|must|ought\s+to|need\s+to)\s+(?:have|hold|possess|bring)\b",
    _I,
)
# the roles a holder may have, each with the words a sentence names such a person or their work by
_ROLES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(
            r"\b(?:assessors?|examiners?|evaluators?|jurors?|jury|juries|markers?|graders?|invigilators?)\b", _I
        ),
        re.compile(
            r"\b(?:assess\w*|examin\w*|evaluat\w*|jur(?:y|ies|ors?)|panels?|judg\w*|markers?|grad\w*|invigilat\w*)", _I
        ),
    ),
    (
        re.compile(
            r"\b(?:trainers?|teachers?|tutors?|instructors?|lecturers?|educators?|coach(?:es)?|mentors?|supervisors?)\b",
            _I,
        ),
        re.compile(
            r"\b(?:trainers?|teach\w*|taught|tutor\w*|instruct\w*|lectur\w*|educators?|coach\w*|mentor\w*|"
            r"supervis\w*|staff|faculty|masters?)\b",
            _I,
        ),
    ),
    (
        re.compile(r"\b(?:reviewers?|auditors?|inspectors?|experts?)\b", _I),
        re.compile(r"\b(?:review\w*|audit\w*|inspect\w*|expert\w*|peers?)\b", _I),
    ),
)


@dataclass(frozen=True)
class HolderQualities(AskedTopic):
    """Qualifications asked of a person of a known role: said only by a sentence that speaks of them and of that
    role."""

    def unsaid(self, question: str, sentence: str) -> bool:
        """Whether ``question`` asks for qualifications and ``sentence`` speaks of none, or of no holder of the
        asked role."""
        if not self.asked(question):
            return False
        return not self.speaks.search(sentence) or _role_unsaid(question, sentence)


def _role_unsaid(question: str, sentence: str) -> bool:
    """Whether ``question`` names a holder of a known role and ``sentence`` speaks of no such person."""
    found = _HOLDER.search(question)
    if not found:
        return False
    holder = found.group("holder") or found.group("subject")
    return any(asked.search(holder) and not speaks.search(sentence) for asked, speaks in _ROLES)


QUALITIES = HolderQualities(_ASKS, _SPEAKS)
asks_qualities = QUALITIES.asked  # whether a question asks what qualifications or experience a person should have
qualities_unsaid = QUALITIES.unsaid  # whether it does and a sentence says nothing of any
