"""An audience's answers collected by a live poll are the audience's words, not the presenter's.

A live-poll tool's export (Mentimeter, Slido polls, Wooclap, Poll Everywhere and the like) gives each open question
a sheet or a block: the question, a bare column heading ("Response", "Responses", "Answers", "Ideas", "Comments"),
and under it what the participants typed, one answer per line. Read as the file's text, those answers would be
drafted in the name of the presenter who sent the export. Two answers or more under such a heading come from
several people (one person does not answer one question four times), so each is kept quoted (``QUOTE_MARK``: found
by a search, never drafted as the contributor's words). A heading followed by a single line is left as it is (a
form's one answer), and so is every line before the heading, where the presenter's own words stand.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import QUOTE_MARK, Passage

# a bare answers column, in English, French, German, Spanish, Italian, Dutch and Portuguese
_HEADING = re.compile(
    r"(?i)^(?:responses?|answers?|replies|ideas?|submissions?|entries|réponses?|"
    r"antworten|antwort|beiträge|respuestas?|risposte|antwoorden|reacties|respostas?)\s*:?$"
)
_MIN_ANSWERS = 2


def _in_sheet(passage: Passage) -> bool:
    return passage.location.label.startswith(("sheet ", "rows ", "row "))


def quote_audience_answers(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` with a spreadsheet's answers under a bare "Response" heading quoted, when two or more stand
    there, and a note naming how many blocks were."""
    out: list[Passage] = []
    quoted = 0
    for passage in passages:
        lines = passage.text.split("\n")
        heading = next((i for i, line in enumerate(lines) if _HEADING.match(line.strip())), None)
        answers = [] if heading is None else [i for i in range(heading + 1, len(lines)) if lines[i].strip()]
        if not _in_sheet(passage) or heading is None or len(answers) < _MIN_ANSWERS:
            out.append(passage)
            continue
        quoted += 1
        marked = [
            QUOTE_MARK + line if i in answers and not line.startswith(QUOTE_MARK) else line
            for i, line in enumerate(lines)
        ]
        out.append(replace(passage, text="\n".join(marked)))
    if not quoted:
        return out, []
    return out, [f"{quoted} block(s) of an audience's answers quoted: several people's words, not the contributor's"]
