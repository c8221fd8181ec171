"""A form's printed prompt set in a box of its own: the form's words, never the applicant's.

An application form filled in Word (an Erasmus+ excerpt, a grant call's template) prints each prompt in a shaded
one-cell table ("Please describe the needs and objectives the project addresses. (max. 3,000 characters)") and the
applicant writes the answer under it. Read as the applicant's text, the prompt's words are quoted in their name. A
one-cell table is taken for a prompt when it carries a length limit ("(max. 3,000 characters)", "maximum 500 words",
"1 page max."), or is a short question, or opens with a form's request ("Please describe", "Please explain",
"Please list"); it is then kept as a quoted line (``QUOTE_MARK``) over the answer that follows, as a
PDF form's label is. A boxed statement of the writer's own (a key message) is none of these and stays theirs.
"""

from __future__ import annotations

import re

from ingest.model import QUOTE_MARK

# "(max. 3,000 characters)", "maximum 500 words", "up to 2000 characters incl. spaces", "(1 page max.)"
_LIMIT = re.compile(
    r"(?i)\b(?:max(?:imum)?\.?|up\s+to|not\s+more\s+than|no\s+more\s+than|limit(?:ed)?\s+to)\s*[\d.,\s]{1,8}"
    r"\s*(?:characters?|chars?|words?|pages?|lines?)\b|\b\d[\d.,\s]{0,7}\s*(?:characters?|words?|pages?)\s+max(?:imum)?\b"
)
# a request only a form makes: "Please describe ...", "Please explain ..." (a bare "Provide funding for all" may be
# the writer's own recommendation in a box)
_REQUEST = re.compile(
    r"(?i)^please\s+(?:describe|explain|provide|list|indicate|outline|specify|summari[sz]e|justify|give|state)\b"
)
_QUESTION_WORDS = 40
_PROMPT_WORDS = 80


def form_prompt(rows: list[str]) -> str | None:
    """A one-cell table's text quoted when it is a form's printed prompt; None for any other table."""
    if len(rows) != 1 or " | " in rows[0]:
        return None
    text = " ".join(rows[0].split())
    words = len(text.split())
    if not text or words > _PROMPT_WORDS:
        return None
    question = text.endswith("?") and words <= _QUESTION_WORDS
    if question or _LIMIT.search(text) or _REQUEST.match(text):
        return QUOTE_MARK + text
    return None
