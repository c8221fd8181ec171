"""Speaker turns: in a transcript or minutes, only the contributor's own turns are their words.

A hearing, interview or meeting record gives the words of several people, each turn opened by its speaker's
label ("Chair:", "Ms Horvat (Student Union):", "Interviewer:"). The metadata names one contributor, and every
chunk of the file is credited to them: the chair's summary or another participant's objection would then be
quoted in the contributor's name. So a file that reads as a transcript keeps only its contributor's turns; the
other speakers' turns are left out with a warning that names them. When no speaker can be matched to the
contributor, no turn is kept: the tool never guesses whose words they are.

A file is a transcript when at least three turns open with a label that reads as a speaker (a title and a
name, a role such as "Chair" or "Interviewer", or a name that opens more than one turn), at least two speakers
take turns, and turns open at least three lines in ten from the first one on (a brief quoting a few people is
not a transcript). Labels of an ordinary brief ("Main message:", "Recommendation 2:") are not speakers.
Text before the first turn (a title, a date, a list of attendees) stays as the document's own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Hon|Minister|Senator|Commissioner)\.?"
# roles that open turns in hearings, interviews and minutes. "Question:" and "Answer:" are not among them: a
# consultation response form labels its questions so, and the answers below them are the contributor's own
_ROLES = frozenset(
    "chair chairperson chairman chairwoman co-chair moderator facilitator interviewer host rapporteur secretary "
    "president vice-president convenor speaker participant panellist panelist delegate respondent interviewee "
    "guest".split()
)
# the roles that answer in an interview: the contributor's turns when no speaker is named
_ANSWERING_ROLES = frozenset({"respondent", "interviewee", "guest"})
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
# "Ms Horvat", "Dr. Ana Horvat", "Chair", "Speaker 2", "Ana Horvat", each with an optional "(Organisation)"
_LABEL = (
    rf"(?P<label>(?:{_TITLE}\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+\d{{1,2}})?(?:\s*\([^()\n]{{1,80}}\))?)"
    r"\s*:\s+(?=\S)"
)
_SENTENCE_END = r"(?<=[.!?\"”’)])\s+"
# a label opening a line, or following a sentence's end (readers join a paragraph's lines into one)
_TURN = re.compile(rf"(?:(?m:^)\s*|{_SENTENCE_END}){_LABEL}")
# labels of a brief, not of a person: "Main message:", "Recommendation 2:", "Key Point:", "Background:"
_NOT_NAMES = frozenset(
    "main key our the a an in on at by for of to and or summary message messages point points position positions "
    "proposal proposals recommendation recommendations conclusion conclusions background context note notes "
    "issue issues question questions answer answers q example examples source sources table figure annex "
    "section chapter step steps goal goals aim aims objective objectives priority priorities result results "
    "finding findings recommended proposed response comment comments remark remarks action actions decision "
    "decisions date time place venue subject topic title agenda item items status outcome outcomes reason "
    "reasons rationale why what how who when where which request requests contact email e-mail phone tel fax "
    "web website address present apologies attendees minutes".split()
)


# the least share of a transcript's lines (from its first turn on) that open a turn
MIN_TURN_SHARE = 0.3


def _base(label: str) -> str:
    """The label without its parenthesis, in lower case: "Ms Horvat (Union)" -> "ms horvat"."""
    return " ".join(re.sub(r"\([^)]*\)", " ", label).split()).casefold()


def _strong(label: str) -> bool:
    """A label that names a speaker wherever it stands: a title and a name, or a role ("Chair", "Speaker 2")."""
    words = _base(label).replace(".", "").split()
    if not words or re.match(rf"^{_TITLE}\s", label):
        return bool(words)
    return words[0] in _ROLES and (len(words) == 1 or (len(words) == 2 and words[1].isdigit()))


def _name_like(label: str) -> bool:
    """A label shaped as a name: two to four capitalised words (or a word and a parenthesis), no brief word."""
    words = _base(label).split()
    if not words or any(w in _NOT_NAMES or w.isdigit() for w in words):
        return False
    return 2 <= len(words) <= 4 or ("(" in label and len(words) == 1)


def _speakers(passages: Sequence[Passage]) -> set[str]:
    """The labels (lower-cased bases) that open turns in these passages, if they read as a transcript.

    Titles and roles name speakers anywhere; a bare name does once some name opens two turns (a dialogue),
    and then every name-shaped label opening a line is a speaker too, even one who speaks once."""
    found = []
    lines = 0  # paragraphs and lines from the first label on: a transcript is mostly turns
    for p in passages:
        for m in _TURN.finditer(p.text):
            at_line = m.start() == 0 or "\n" in p.text[m.start() : m.start("label")] or p.text[m.start() - 1] == "\n"
            if at_line or _strong(m.group("label")):
                found.append(m.group("label"))
        if found:
            lines += sum(1 for line in p.text.splitlines() if line.strip())
    counts = Counter(_base(x) for x in found)
    speakers = {_base(x) for x in found if _strong(x) or (_name_like(x) and counts[_base(x)] >= 2)}
    if speakers:
        speakers |= {_base(x) for x in found if _name_like(x)}
    turns = sum(counts[s] for s in speakers)
    # a brief that quotes a minister and two employers among thirty paragraphs of its own is no transcript: its
    # own text after a quotation would otherwise be read as the quoted speaker's turn going on
    if len(speakers) < 2 or turns < 3 or turns < MIN_TURN_SHARE * lines:
        return set()
    return speakers


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[\w'’\-]+", text.casefold()))


def _person_words(label: str) -> set[str]:
    name = re.sub(r"\([^)]*\)", " ", label)
    name = re.sub(rf"^\s*{_TITLE}(?=\s)", " ", name)
    return {w for w in _norm(name).split() if len(w) > 1 and w not in _ROLES and not w.isdigit()}


def is_own(label: str, contributor: str, organisation: str, speakers: set[str]) -> bool:
    """Whether a turn's label names the contributor: their surname (or whole name), their organisation as the
    label or in its parenthesis (unless the label names another person), or the answering role of an
    interview whose speakers are not named."""
    person = _person_words(label)
    # a contributor field may list several people ("Ana Horvat, Ivo Kranjc"): any of their surnames matches
    surnames = {_norm(part).split()[-1] for part in re.split(r"[,;&/]| and ", contributor) if _norm(part)}
    if person and (person & surnames or person == set(_norm(contributor).split())):
        return True
    bodies = {b for b in (_norm(organisation), _norm(contributor)) if b}
    acronym = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", organisation) if w[0].isupper()).casefold()
    if len(acronym) >= 2:
        bodies.add(acronym)
    inside = _norm(" ".join(re.findall(r"\(([^)]*)\)", label)))
    base = _norm(re.sub(r"\([^)]*\)", " ", label))
    if inside in bodies or base in bodies:
        # the organisation speaks: its turns are the contribution's unless the label names a person other than
        # a contributor who is a person
        contributor_is_person = bool(_norm(contributor)) and _norm(contributor) not in (_norm(organisation), inside)
        return base in bodies or not person or not contributor_is_person
    named = {s for s in speakers if not _strong(s)}
    return base in _ANSWERING_ROLES and not named


def own_turns(passages: Sequence[Passage], contributor: str, organisation: str) -> tuple[list[Passage], list[str]]:
    """``passages`` with only the contributor's turns if they read as a transcript, and the warnings to show.

    Turns are cut at every speaker label that opens a line or follows a sentence's end (readers join the
    lines of a paragraph, so "Chair: Thank you. Ms Horvat: We ..." is two turns)."""
    speakers = _speakers(passages)
    if not speakers:
        return list(passages), []
    names = sorted(speakers, key=len, reverse=True)
    opener = re.compile(
        r"(?:^|"
        + _SENTENCE_END
        + r"|\n)\s*(?P<label>(?:"
        + "|".join(re.escape(n) for n in names)
        + r")(?:\s*\([^()\n]{1,80}\))?)\s*:\s+",
        re.IGNORECASE,
    )
    current: str | None = None  # no turn yet: the document's own front matter
    kept: list[Passage] = []
    own_labels: set[str] = set()
    others: dict[str, None] = {}
    for passage in passages:
        pieces: list[tuple[str | None, str]] = []
        last = 0
        for m in opener.finditer(passage.text):
            pieces.append((current, passage.text[last : m.start()]))
            current = m.group("label")
            last = m.start()
        pieces.append((current, passage.text[last:]))
        text = ""
        for label, piece in pieces:
            if not piece.strip():
                continue
            if label is None or is_own(label, contributor, organisation, speakers):
                if label is not None:
                    own_labels.add(" ".join(label.split()))
                text = f"{text}\n{piece.strip()}" if text else piece.strip()
            else:
                others.setdefault(" ".join(label.split()), None)
        if text.strip():
            kept.append(replace(passage, text=text.strip()))
    who = contributor or organisation or "the contributor"
    warnings = []
    if own_labels:
        warnings.append(
            f"a transcript: only the turns of {', '.join(sorted(own_labels))} ({who}) are read; "
            f"the turns of {', '.join(others)} are someone else's words and are left out"
        )
    else:
        warnings.append(
            f"a transcript whose speakers ({', '.join(others)}) do not include {who}: no turn is read as "
            f"{who}'s words; name the speaker in the metadata's contributor or organisation column"
        )
    return kept, warnings
