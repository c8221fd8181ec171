"""A chat export's own lines: what the app writes among the messages is nobody's words.

A messaging app's export ("12/03/2026, 10:41 - Name: text", "[12.03.26, 10:41:22] Name: text") puts its own
lines among the messages: the encryption notice ("Messages and calls are end-to-end encrypted"), the group's
events ("X created group ...", "X added Y", "X changed the group name ...", "X left"), and placeholders where a
message was ("<Media omitted>", "This message was deleted"). Kept, they stand in the document as its own text and
are credited to the contributor. They are left out: a short dated line with no sender's label that tells a group's
event (the app's events carry no label), the encryption notice and a placeholder however labelled (some exports
label them with the group's name), and a message the app marks as its own with a left-to-right mark. In English,
French, German, Spanish, Italian, Dutch and Portuguese, as the e-mail reader reads those languages.

Only a chat export is touched: two lines or more that open with a date, a time and a sender's label. A meeting's
transcript stamped "[00:02:05]" and any other text are left as they are.
"""

from __future__ import annotations

import re

# the date and time an export writes before each line: "12/03/2026, 08:41 - ", "[12.03.26, 10:41:22] ",
# "3/12/26, 8:41 AM - ", and the ISO form of other apps ("[2026-03-10 09:14] ")
_STAMP = re.compile(
    r"^\s*\[?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?|\d{4}-\d{2}-\d{2}[,T]?)\s*\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?"
)
# a sender's label: a name of a few words, no quotation marks, then a colon
_LABEL = re.compile(r"^(?P<name>[^:\"“”«»\n]{1,60}?):\s")
_MARK = "\u200e"  # the left-to-right mark an export puts before its own lines and attachments
# the encryption notice, in the languages above: it opens with "messages" and says "end-to-end"
_NOTICE = re.compile(
    r"(?i)^(?:messages|les\s+messages|nachrichten|los\s+mensajes|i\s+messaggi|berichten|as\s+mensagens)\b.{0,80}?"
    r"(?:end-to-end|de\s+bout\s+en\s+bout|ende-zu-ende|de\s+extremo\s+a\s+extremo|de\s+ponta\s+a\s+ponta)"
)
# a placeholder where a message was: "<Media omitted>" (any words in angle brackets alone), a deleted message, an
# attachment left out of the export
_PLACEHOLDER = re.compile(
    r"(?i)^(?:<[^<>\n]{3,40}>|(?:image|video|audio|sticker|gif|document|contact\s+card)\s+omitted"
    r"|this\s+message\s+was\s+deleted|you\s+deleted\s+this\s+message|ce\s+message\s+a\s+été\s+supprimé"
    r"|vous\s+avez\s+supprimé\s+ce\s+message|diese\s+nachricht\s+wurde\s+gelöscht|du\s+hast\s+diese\s+nachricht"
    r"\s+gelöscht|se\s+eliminó\s+este\s+mensaje|este\s+mensaje\s+fue\s+eliminado|eliminaste\s+este\s+mensaje"
    r"|questo\s+messaggio\s+è\s+stato\s+eliminato|hai\s+eliminato\s+questo\s+messaggio|dit\s+bericht\s+is"
    r"\s+verwijderd|je\s+hebt\s+dit\s+bericht\s+verwijderd|esta\s+mensagem\s+foi\s+apagada|mensagem\s+apagada"
    r"|você\s+apagou\s+esta\s+mensagem)\s*\.?$"
)
# what the group's events say, in the languages above: "X added Y", "X left", "X created group", "X changed the
# group name", "Your security code with X changed"; read only on a short dated line with no sender's label
_EVENT = re.compile(
    r"(?i)\b(?:added|removed|left|joined|created|changed|deleted|pinned|admin|security\s+code|a\s+ajouté"
    r"|a\s+retiré|est\s+partie?|a\s+rejoint|a\s+créé|a\s+changé|a\s+modifié|a\s+supprimé|code\s+de\s+sécurité"
    r"|hinzugefügt|entfernt|verlassen|beigetreten|erstellt|geändert|gelöscht|sicherheitsnummer|añadió|eliminó"
    r"|salió|se\s+unió|creó|cambió|código\s+de\s+seguridad|ha\s+aggiunto|ha\s+rimosso|è\s+uscit[oa]"
    r"|si\s+è\s+unit[oa]|ha\s+creato|ha\s+cambiato|ha\s+modificato|ha\s+eliminato|codice\s+di\s+sicurezza"
    r"|toegevoegd|verwijderd|verlaten|lid\s+geworden|aangemaakt|gewijzigd|beveiligingscode|adicionou|removeu"
    r"|saiu|entrou|criou|mudou|alterou|apagou|código\s+de\s+segurança)\b"
)
_EVENT_WORDS = 14  # an event is a short line: "Sana Trabelsi changed the group name from "A" to "B""
_MIN_MESSAGES = 2
_HEADER_WORDS = 10
# an export's header: "Conversation: X", "Participants: A (you), B", "Exported: <date>", "Chat with X", in English
_HEADER_FIELD = re.compile(
    r"(?i)^(?:conversation|chat|group|participants?|members?|exported(?:\s+(?:on|at))?|export\s+date|date\s+range"
    r"|messages|period|from|to)\s*:"
)
_HEADER_TITLE = re.compile(r"(?i)\b(?:conversation|chat)\s+(?:export|history)\b|\bchat\s+with\b|\bexport(?:ed)?\b")


def _apps(line: str) -> bool:
    """Whether a dated line of a chat export is the app's, not a message someone wrote."""
    stamp = _STAMP.match(line)
    if not stamp:
        return False
    rest = line[stamp.end() :].strip()
    label = _LABEL.match(rest)
    if not label or len(label.group("name").split()) > 6:
        # no sender: the notice or a group's event ("X added Y", "X created group ..."); any other dated line
        # without one (a schedule quoted on a message's second line) is text
        return bool(_NOTICE.match(rest.lstrip(_MARK)) or len(rest.split()) <= _EVENT_WORDS and _EVENT.search(rest))
    said = rest[label.end() :].strip()
    return said.startswith(_MARK) or bool(_NOTICE.match(said) or _PLACEHOLDER.match(said))


def _export_header(line: str) -> bool:
    """Whether a line above a chat export's first message is the app's header: a short field ("Participants: A,
    B", "Exported: 2026-03-14 18:02") or a short title naming the export ("Signal conversation export")."""
    words = line.split()
    return len(words) <= _HEADER_WORDS and bool(_HEADER_FIELD.match(line.strip()) or _HEADER_TITLE.search(line))


def is_chat_export(lines: list[str]) -> bool:
    """Whether ``lines`` are a chat export's: two or more open with a date, a time and a sender's label."""
    found = 0
    for line in lines:
        stamp = _STAMP.match(line)
        if stamp and _LABEL.match(line[stamp.end() :].strip()):
            found += 1
            if found >= _MIN_MESSAGES:
                return True
    return False


def drop_chat_system_lines(paragraphs: list[str]) -> tuple[list[str], int]:
    """``paragraphs`` of a chat export without the app's own lines, and how many were left out; a paragraph that
    was only such lines is left empty, so the others keep their numbers. Any other text is returned as it is."""
    if not is_chat_export([line for paragraph in paragraphs for line in paragraph.split("\n")]):
        return paragraphs, 0
    out, dropped = [], 0
    opening = True  # before the first message: the export's own header lines
    for paragraph in paragraphs:
        lines = paragraph.split("\n")
        if opening and any(_STAMP.match(line) for line in lines):
            opening = False
        if opening and all(_export_header(line) for line in lines if line.strip()):
            dropped += len(lines)
            out.append("")
            continue
        kept = [line for line in lines if not _apps(line)]
        dropped += len(lines) - len(kept)
        out.append("\n".join(kept))
    return out, dropped
