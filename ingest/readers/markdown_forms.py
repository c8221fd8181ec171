"""What a Markdown file holds besides its writer's text: HTML comments, a template's check boxes, a slide deck's
separators.

An HTML comment (``<!-- ... -->``, on one line or several) is never shown by a renderer: an issue template's
instructions ("Delete this line before you submit"), a Marp deck's reminders to its speaker, an editor's note to
itself. It is left out, outside code only: a comment in a fenced block or a code span is the code's text, and a
"<!--" that nothing closes is the writer's own characters.

A task list's check boxes (``- [ ] ...``, ``- [x] ...``) are a form's options when a file is made from a template
(an issue form, a consultation's questionnaire): each label is the template's wording, the tick the contributor's
answer. A ticked box reads as the PDF form reader reads one: its label as a quoted line (``QUOTE_MARK``: kept to
find the passage, never drafted as the contributor's words) over "Yes". In a list where some box is ticked, an
unticked one is an option not chosen, and left out (an unanswered option says nothing); a list where no box is
ticked may be the writer's own to-do list or options nobody answered, so its labels stay, quoted, for search only.

A task list is no form when it is the writer's own list of tasks: under a heading naming actions, next steps or a
checklist ("## Action items", "**Next steps:**", "To do", an issue's "### Checklist" whose items declare nothing in the
first person, as a template's "I have read the privacy notice" does), or when each of its items gives
a task to a person the note names among those present (or absent, or taking the note), as minutes list who does what
("- [ ] Maria: send the figures" under "Present: Maria Rossi, ..."). A meeting note's or an issue's ticked and
unticked items are then the writer's text, each kept as a list item without its box: a tick says a task is done,
never that the writer chose an option.
"""

from __future__ import annotations

import re

from ingest.model import QUOTE_MARK

__all__ = ["drop_comments", "read_check_boxes", "split_slides"]

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK_COMMENT = re.compile(r"^ {0,3}<!--")
_INLINE_COMMENT = re.compile(r"<!--.*?-->")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def _fence_step(line: str, fence: str | None) -> tuple[bool, str | None]:
    """Whether ``line`` is in (or opens or closes) a fenced code block, and the fence open after it."""
    match = _FENCE.match(line)
    if fence is not None:
        closing = match.group(1) if match else ""
        closes = closing[:1] == fence[0] and len(closing) >= len(fence)
        return True, None if closes else fence
    if match:
        return True, match.group(1)
    return False, None


def _without_inline(line: str) -> str:
    """The line without the comments that open and close on it, code spans untouched."""
    out, start = [], 0
    for span in _CODE_SPAN.finditer(line):
        out.append(_INLINE_COMMENT.sub("", line[start : span.start()]))
        out.append(span.group(0))
        start = span.end()
    out.append(_INLINE_COMMENT.sub("", line[start:]))
    return "".join(out)


def drop_comments(text: str) -> tuple[str, int]:
    """``text`` without its HTML comments, and how many were left out. A comment opening a line may run over
    several lines, up to the first "-->" (as Markdown's HTML blocks do); one within a line is left out when it
    closes on that line. A line that held only a comment becomes empty, so the paragraphs around it stay apart."""
    lines = text.split("\n")
    out: list[str] = []
    fence: str | None = None
    count = 0
    n = 0
    while n < len(lines):
        line = lines[n]
        coded, fence = _fence_step(line, fence)
        if coded:
            out.append(line)
            n += 1
            continue
        opening = _BLOCK_COMMENT.match(line)
        if opening and "-->" not in line[opening.end() :]:
            end = next((k for k in range(n + 1, len(lines)) if "-->" in lines[k]), None)
            if end is not None:  # a comment over several lines; one nothing closes is the writer's text
                count += 1
                rest = lines[end].split("-->", 1)[1]
                out.extend([""] * (end - n))
                lines[end] = rest
                n = end
                continue
        kept = _without_inline(line)
        if kept != line:
            count += line.count("<!--") - kept.count("<!--")
            kept = "" if not kept.strip() else kept
        out.append(kept)
        n += 1
    return "\n".join(out), count


# a task list's item: a bullet or number, then "[ ]" or "[x]", then its label
_BOX = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+(\S.*)$")


def read_check_boxes(text: str) -> str:
    """``text`` with its check boxes read as a form's answers (see the module's docstring). Boxes in one list are
    the lines of box items with only empty lines between them."""
    lines = text.split("\n")
    fence: str | None = None
    boxes: dict[int, tuple[bool, str]] = {}
    for n, line in enumerate(lines):
        coded, fence = _fence_step(line, fence)
        if not coded and (match := _BOX.match(line)):
            boxes[n] = (match.group(1) != " ", match.group(2).strip())
    if not boxes:
        return text
    lists: list[list[int]] = []
    for n in sorted(boxes):
        previous = lists[-1][-1] if lists else None
        if previous is not None and all(not lines[k].strip() for k in range(previous + 1, n)):
            lists[-1].append(n)
        else:
            lists.append([n])
    replaced: dict[int, list[str]] = {}
    for members in lists:
        if _tasks(lines, members, [boxes[n][1] for n in members]):
            for n in members:
                replaced[n] = [f"- {boxes[n][1]}"]
            continue
        chosen = any(boxes[n][0] for n in members)
        for n in members:
            ticked, label = boxes[n]
            if ticked:
                replaced[n] = ["", f"{QUOTE_MARK}{label}", "Yes", ""]
            elif not chosen:
                replaced[n] = ["", f"{QUOTE_MARK}{label}", ""]
            else:
                replaced[n] = [""]  # an option the contributor did not choose
    out: list[str] = []
    for n, line in enumerate(lines):
        out.extend(replaced.get(n, [line]))
    return "\n".join(out)


# a heading (Markdown's, or a bold line or a label alone) naming a list of tasks, in the languages of the sets
_TASKS_HEADING = re.compile(
    r"^(?:action\s+(?:items?|points?|list)|actions?(?:\s+(?:agreed|required|to\s+take))?|next\s+steps?|to[- ]?dos?"
    r"|tasks?|follow[- ]?ups?|open\s+(?:points|tasks|actions)|aufgaben|n[äa]chste\s+schritte|actions?\s+[àa]\s+mener"
    r"|prochaines\s+[ée]tapes|pr[oó]ximos\s+pasos|acciones|azioni|actiepunten|tehtävät|ülesanded|zadania|úkoly)$",
    re.IGNORECASE,
)
_HEADING_LINE = re.compile(
    r"^ {0,3}(?:#{1,6}[ \t]+(?P<hash>.+?)[ \t#]*|(?P<bold>\*\*[^*]+\*\*|__[^_]+__)[ \t]*:?|(?P<label>[^:]{2,40}):)$"
)
# an item that gives a task to someone: "Maria: send ...", "@maria send ...", "Maria Rossi – send ..."
_ASSIGNED = re.compile(r"^(?:@(?P<handle>[\w.-]+)|(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*(?::|\s[–—-]\s))")


# a line naming the people of a meeting: "Present: ...", "**Attendees:** ...", "Apologies: ..." (a form's option
# words, "Employers: ...", are named there by nobody)
_PEOPLE = re.compile(
    r"^[ \t>*_-]*(?:present|attendees|attendance|participants|apologies|absent|excused|chair|chaired\s+by|note|"
    r"notes?\s+(?:taken\s+)?by|minutes\s+by|note[- ]taker|owner|assignees?|anwesend|entschuldigt|présents|excusés|"
    r"presentes|presenti|aanwezig|läsnä|osalejad|obecni)[*_ \t]*:",
    re.IGNORECASE,
)


def _heading_above(lines: list[str], first: int) -> str:
    """The nearest heading above line ``first`` (list items and empty lines between), without its marks; "" when
    prose stands between them."""
    for k in range(first - 1, -1, -1):
        line = lines[k].strip()
        if not line or _BOX.match(lines[k]):
            continue
        found = _HEADING_LINE.match(lines[k])
        if found is None:
            return ""
        text = found.group("hash") or found.group("bold") or found.group("label") or ""
        return " ".join(text.strip("*_ :").split())
    return ""


# a box's label in the first person: a template's declaration the sender ticks ("I have read the privacy notice",
# "Our input may be published"), never a task
_DECLARED = re.compile(
    r"^(?:I|I'm|I’m|we|we're|we’re|my|our|me|us|je|j'|nous|mon|ma|mes|notre|ich|wir|mein|meine|unser|unsere|yo|"
    r"nosotros|mi|mis|nuestro|nuestra|io|noi)\b",
    re.IGNORECASE,
)
_CHECKLIST = re.compile(r"^(?:task\s+)?check\s*lists?$", re.IGNORECASE)


def _tasks(lines: list[str], members: list[int], labels: list[str]) -> bool:
    """Whether a list of boxes is the writer's list of tasks (see the module's docstring)."""
    heading = _heading_above(lines, members[0]).rstrip(":")
    if _CHECKLIST.match(heading):  # an issue's checklist, unless its boxes declare something for the sender
        return not any(_DECLARED.match(label) for label in labels)
    if _TASKS_HEADING.match(heading):
        return True
    people = "\n".join(line for line in lines if _PEOPLE.match(line))
    for label in labels:
        found = _ASSIGNED.match(label)
        who = found and (found.group("handle") or found.group("name").split()[0])
        if not who or not re.search(rf"(?<![\w@]){re.escape(who)}(?!\w)", people):
            return False
    return True


# a slide deck's separator: a thematic break alone on its line, after an empty line (a "---" right under a line
# of text underlines a heading in Markdown, and is no separator)
_SEPARATOR = re.compile(r"^ {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*$")


def split_slides(text: str) -> list[str]:
    """The slides of a Markdown deck (Marp and its kin), in order: the text between its separators, code
    blocks left whole. An empty slide stays in the list, so the slides keep the numbers the deck shows."""
    slides: list[list[str]] = [[]]
    fence: str | None = None
    for line in text.split("\n"):
        coded, fence = _fence_step(line, fence)
        before = slides[-1][-1] if slides[-1] else ""
        if not coded and _SEPARATOR.match(line) and not before.strip():
            slides.append([])
            continue
        slides[-1].append(line)
    return ["\n".join(lines) for lines in slides]
