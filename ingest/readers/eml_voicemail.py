"""A phone system's voicemail notification: only the transcription of the message is the caller's words.

A voice message left for the secretariat reaches it as an e-mail from the phone system: a notice ("You have a
new voice message in mailbox 4410"), the call's fields (caller, number, received, duration), a
"Transcription:" label over the spoken text, the transcriber's confidence ("Confidence: medium (71%)") and the
service's note ("This transcription was made automatically ...", "To listen to the message ..."). Only the
transcribed text is the contribution; the rest is the system's and is left out. A message is taken for such a
notification only when a paragraph opens with the transcription's label and a paragraph before it gives two of
the call's fields or says it is a voice message: a letter that mentions a transcript keeps its paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.model import Passage

__all__ = ["only_transcription"]

# "Transcription:", "Voicemail transcript:", "Message text:", "Transkription:"
_LABEL = re.compile(
    r"(?i)^\s*(?:(?:voice\s*mail|voice\s+message|message)\s+)?(?:transcription|transcript|text|transkription|"
    r"transcripción|trascrizione)\s*:\s*"
)
_FIELD = re.compile(
    r"(?im)^\s*(?:caller|from|calling\s+number|number|phone|caller\s+id|received|time|date|duration|length|"
    r"mailbox|extension)\s*:"
)
_VOICE = re.compile(r"(?i)\b(?:voice\s*mail|voice\s+message|voice\s+mailbox)\b")
# where the transcription ends: the transcriber's confidence or the service's own note
_STOP = re.compile(
    r"(?i)^\s*(?:(?:transcription\s+)?(?:confidence|accuracy)\b|this\s+(?:transcription|transcript|message)\s+was\s+"
    r"(?:made|generated|created|produced)|to\s+(?:listen|play|hear)\b|please\s+do\s+not\s+reply|"
    r"(?:the\s+)?(?:transcription|transcript)\s+(?:is|was|may\s+be)\s+(?:automatic|machine))"
)


def only_transcription(passages: list[Passage]) -> tuple[list[Passage], bool]:
    """The passages holding a voicemail notification's transcribed text, and whether the message was one."""
    start = next((k for k, p in enumerate(passages) if _LABEL.match(p.text)), None)
    if start is None:
        return passages, False
    above = "\n".join(p.text for p in passages[:start])
    if len(_FIELD.findall(above)) < 2 and not _VOICE.search(above):
        return passages, False
    kept = []
    for k, passage in enumerate(passages[start:]):
        text = _LABEL.sub("", passage.text, count=1) if k == 0 else passage.text
        lines = text.split("\n")
        stop = next((i for i, line in enumerate(lines) if _STOP.match(line)), None)
        text = "\n".join(lines[:stop]).strip()
        if text:
            kept.append(replace(passage, text=text))
        if stop is not None:
            break
    return (kept, True) if kept else (passages, False)
