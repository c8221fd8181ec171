"""A message's covering note: text that says nothing but "please find attached our response".

When the contribution is the attached file, the note over it ("Dear colleagues, please find attached the
response of our network. Thank you for the opportunity to contribute. Kind regards, ...") adds no view of its own;
kept, it would be a passage of the contributor's that answers nothing and that search brings up by its words
("response", "consultation"). The e-mail reader leaves it out when an attachment was read, and only when every
sentence of it is one of:

- a pointer to the attachment ("Please find attached ...", "I enclose ...", "Anbei ...", "Ci-joint ...") that
  states no view (no "should", "because", "we propose ...": "Attached is our paper, which argues that employers
  should pay" is the sender's view and stays);
- a courtesy ("Thank you for the opportunity to contribute", "Do not hesitate to contact me");
- a greeting or a sign-off, or a name (a line of three words at most) the signature cut left.

A long note (more than ``_NOTE_WORDS`` words) is the sender's own text whatever it says: precision first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_POINTER = re.compile(
    r"(?i)\b(?:attach\w*|enclos\w*|herewith|annex(?:ed)?|in\s+the\s+annex|ci-joint\w*|pi[eè]ces?\s+jointes?"
    r"|en\s+annexe|anbei|im\s+anhang|beigef[uü]gt\w*|adjunt\w*|allegat\w*|in\s+bijlage|bijgevoegd\w*"
    r"|em\s+anexo|anexad\w*|w\s+za[lł][aą]czeniu|v\s+p[rř][ií]loze|mell[eé]kel\w*|csatolt\w*)\b"
)
_COURTESY = re.compile(
    r"(?i)\b(?:thanks?|thank\s+you|grateful|appreciate|look(?:ing)?\s+forward|do\s+not\s+hesitate|don't\s+hesitate"
    r"|feel\s+free|let\s+(?:me|us)\s+know|(?:any|further)\s+questions|further\s+information|at\s+your\s+disposal"
    r"|remain\s+available|happy\s+to\s+(?:answer|discuss|clarify|help)|contact\s+(?:me|us)|merci|danke|gracias"
    r"|grazie|bedankt|obrigad\w*)\b"
)
_GREETING = re.compile(
    r"(?i)^(?:dear|hello|hi|good\s+(?:morning|afternoon|evening)|best|kind|warm|many\s+thanks|with\s+best|regards"
    r"|yours|sincerely|cheers|bonjour|cordialement|hallo|liebe|lieber|sehr\s+geehrte\w*|mit\s+freundlichen|estimad\w*"
    r"|saludos|cari|caro|cara|cordiali|beste|geachte|met\s+vriendelijke|atenciosamente|cumprimentos)\b"
)
# what makes a sentence the sender's view rather than a pointer or a courtesy
_VIEW = re.compile(
    r"(?i)\b(?:should|must|ought|need(?:s|ed)?\s+to|shall|recommend\w*|urge\w*|call(?:s|ed)?\s+(?:on|for)|agree\w*"
    r"|disagree\w*|oppose\w*|object\w*|believe\w*|think|view|position\s+is|propos\w*|suggest\w*|because|since"
    r"|however|but|although|not|no|never|only|important|concern\w*|argu\w*|insist\w*|welcome\w*|support\w*)\b"
)
_NOTE_WORDS = 80  # a few lines: a longer note is the sender's own text
_POINTER_WORDS = 35
_COURTESY_WORDS = 20


def _sentences(texts: Sequence[str]) -> list[str]:
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    return [s.strip() for line in lines for s in re.split(r"(?<=[.!?;])\s+", line) if s.strip()]


def only_covering(texts: Sequence[str]) -> bool:
    """Whether ``texts`` (the sender's own paragraphs, salutation and signature already cut) say nothing but that
    the contribution is attached: each sentence a pointer, a courtesy, a greeting or a name, one a pointer."""
    sentences = _sentences(texts)
    if not sentences or sum(len(s.split()) for s in sentences) > _NOTE_WORDS:
        return False
    pointers = 0
    for sentence in sentences:
        words = len(sentence.split())
        if _VIEW.search(_COURTESY.sub(" ", sentence)):  # "do not hesitate" is a courtesy, not a "not"
            return False
        if _POINTER.search(sentence) and words <= _POINTER_WORDS:
            pointers += 1
        elif not (
            (_COURTESY.search(sentence) and words <= _COURTESY_WORDS) or _GREETING.search(sentence) or words <= 3
        ):
            return False
    return pointers > 0
