"""One answer-kind rule of the "topic" family: a question about one matter is answered only by a sentence that
speaks of it (an age, a validity, a person's qualifications). The test is one-sided: it turns a sentence away, never
admits one."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AskedTopic:
    """A matter a question may ask about (``asks``) and the ways a sentence speaks of it (``speaks``)."""

    asks: re.Pattern[str]
    speaks: re.Pattern[str]

    def asked(self, question: str) -> bool:
        """Whether ``question`` asks about this matter."""
        return bool(self.asks.search(question))

    def unsaid(self, question: str, sentence: str) -> bool:
        """Whether ``question`` asks about this matter and ``sentence`` says nothing of it."""
        return self.asked(question) and not self.speaks.search(sentence)
