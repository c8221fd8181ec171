"""Does a sentence say anything of what a person should hold or bring, when the question asks for qualifications?

"What qualifications should trainers hold?", "What experience must an assessor have?" or "Describe the experience
that assessors should have." ask what a person needs to have learnt or done: a sentence that says nothing of a
qualification, a certificate, training, experience, years of practice or a registration does not answer it, however
close it reads ("Recruit trainers; equip the centre; agree the courses with employers"). Like the other answer kinds
the test is one-sided: a sentence that speaks of such things may still not answer; one that never does, does not.
"""

from __future__ import annotations

import re

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


QUALITIES = AskedTopic(_ASKS, _SPEAKS)
asks_qualities = QUALITIES.asked  # whether a question asks what qualifications or experience a person should have
qualities_unsaid = QUALITIES.unsaid  # whether it does and a sentence says nothing of any
