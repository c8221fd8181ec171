"""Questions about one matter that only a sentence speaking of that matter can answer: a language or a pass mark
(``languages_marks``), an age (``ages``), how long a credential stays valid (``validity``), what a person should
hold or bring (``holder_qualities``), what a document should say (``stated_content``), what a payer is asked to pay
for when it is more than the learning itself (``paid_for``), a dispute, an appeal or a complaint (``disputes``),
learners who cannot see, hear or walk (``impairments``), personal data (``privacy``). Each test is one-sided: it
turns a sentence away, never admits one."""

from __future__ import annotations

from pipeline.drafting.drafters.ages import AGE
from pipeline.drafting.drafters.disputes import DISPUTE
from pipeline.drafting.drafters.holder_qualities import QUALITIES
from pipeline.drafting.drafters.impairments import SENSES
from pipeline.drafting.drafters.languages_marks import LANGUAGE, MARK
from pipeline.drafting.drafters.paid_for import unsaid as paid_for_unsaid
from pipeline.drafting.drafters.privacy import PRIVACY
from pipeline.drafting.drafters.stated_content import CONTENT
from pipeline.drafting.drafters.validity import VALIDITY

TOPICS = (LANGUAGE, MARK, AGE, VALIDITY, QUALITIES, CONTENT, DISPUTE, SENSES, PRIVACY)


def topic_unsaid(question: str, sentence: str) -> bool:
    """Whether ``question`` asks about a language, a pass mark, an age, a validity, a person's qualifications or what
    a document should say, and ``sentence`` says nothing of it ("Should there be an age limit ...?" is not answered by
    a sentence about universities, "How long should it remain valid?" not by "a ledger may not exist in ten
    years"), or who pays for checking credentials is not answered by who pays for the course."""
    return any(topic.unsaid(question, sentence) for topic in TOPICS) or paid_for_unsaid(question, sentence)
