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

A turn ends at the next speaker's label, and also where the record stops being speech: a heading (a section of
the file, or a short line without a sentence's end), a table, an "Annex"/"Appendix"/"Attachment" line, a line
such as "[end of hearing]", "END OF TRANSCRIPT" or "Written submission attached:", a list of participants or a
signature block. What follows is nobody's turn until a speaker's label opens the next one, and it is left out:
an annex or a signature after the last turn is not the last speaker's words, and when it is unclear whether text
is still speech, it is not credited to anyone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ingest.metadata_headers import fold
from ingest.metadata_names import bare_name, person_names
from ingest.model import Passage

# one title or several ("Prof. dr hab.", "Dipl.-Ing.", "mgr inż."), as the EU's languages write them before a name
_ONE_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Hon|Minister|Senator|Commissioner|Mgr|Ing|Mag|Doc|Dott|Drs|"
    r"Dipl\.-Ing|Univ\.-Prof|Mme|Sra|Sr|Herr|Frau|(?-i:dr|prof|mgr|hab|inż|inz|ing|lic))\.?"
)
_TITLE = rf"{_ONE_TITLE}(?:\s+{_ONE_TITLE}){{0,3}}"
# roles that open turns in hearings, interviews and minutes. "Question:" and "Answer:" are not among them: a
# consultation response form labels its questions so, and the answers below them are the contributor's own
_ROLES = frozenset(
    "chair chairperson chairman chairwoman co-chair moderator facilitator interviewer host rapporteur secretary "
    "president vice-president convenor speaker participant panellist panelist delegate respondent interviewee "
    "guest q a".split()
)
# the roles that answer in an interview: the contributor's turns when no speaker is named. Interview notes
# written "Q: ... / A: ..." are an interview too: the questions (and any view they put to the respondent) are
# the interviewer's, the answers the contributor's
_ANSWERING_ROLES = frozenset({"respondent", "interviewee", "guest", "a"})
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
# "Ms Horvat", "Dr. Ana Horvat", "Chair", "Speaker 2", "Ana Horvat", each with an optional "(Organisation)"
_LABEL = (
    rf"(?P<label>(?:{_TITLE}\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+\d{{1,2}})?(?:\s*\([^()\n]{{1,80}}\))?)"
    r"\s*:(?:\s+(?=\S)|\s*$)"  # a label alone at the end of a paragraph: its words follow in the next one
)
# after a sentence's end, or after a bracket closing a time stamp ("[00:01:10] Respondent: ...")
_SENTENCE_END = r"(?<=[.!?\"”’)\]])\s+"
# the time stamp a meeting tool writes before each turn: "[00:02:05]", "(12:40)", "00:02:05.120"
STAMP = r"(?:[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)"
_STAMPED = re.compile(rf"^\s*{STAMP}\s+")
# a label opening a line, or following a sentence's end (readers join a paragraph's lines into one), after the
# turn's time stamp if it has one
_TURN = re.compile(rf"(?:(?m:^)\s*|{_SENTENCE_END})(?:{STAMP}\s+)?{_LABEL}")
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


# the least share of a transcript's lines (from its first turn to its end matter) that open a turn
MIN_TURN_SHARE = 0.3

# lines after which the record is no longer anyone's speech. Each is matched at the start of a line.
# "Annex 2: List of participants", "APPENDIX", "Attachments", not "Annex II of the regulation says ..."
_ANNEX = re.compile(
    r"^(?i:annex|appendix|appendices|attachment|enclosure|addendum)(?i:e?s)?"
    r"(?:\s+(?:[A-Z]|\d{1,3}(?:\.\d{1,2})?|[IVXLC]{1,6})\b)?\s*(?:[:.\-\u2013\u2014)]|$|\s+(?=[A-Z][a-z]))"
)
# "Written submission attached:", "Slides enclosed."
_ATTACHED = re.compile(r"(?i)^[^.!?]{0,80}\b(?:attached|enclosed|appended|annexed)\s*[:.]?\s*$")
# "END OF TRANSCRIPT", "[end of hearing]", "The meeting was adjourned at 12:30.", "*** End ***"
_RECORD = (
    r"(?:transcript|hearing|meeting|session|interview|record|recording|minutes|proceedings|discussion|consultation)"
)
_END = re.compile(
    r"(?i)^[\W_]*(?:the\s+)?(?:end(?:\s+of\s+(?:the\s+)?"
    + _RECORD
    + r")?\b[\W_]*$|end\s+of\s+(?:the\s+)?"
    + _RECORD
    + r"\b|"
    + _RECORD
    + r"\s+(?:was\s+|is\s+)?(?:ends|ended|closed?|closes|adjourned|concluded|terminated|finished)\b)"
)
# a line wholly in brackets that closes the record: "[Hearing closes at 12.30]", "(session adjourned)"
_BRACKETED = re.compile(r"^[\[(].*[\])]$")
_CLOSING = re.compile(r"(?i)\b(?:end|ends|ended|clos\w*|adjourn\w*|conclud\w*)\b")
# "List of participants", "Attendees:", "Present:", "Apologies"
_PARTICIPANTS = re.compile(
    r"(?i)^(?:(?:list|names?|register)\s+of\s+)?(?:participants|attendees|attendance|speakers|panel(?:lists|ists)|"
    r"those\s+present|present|apologies|in\s+attendance|distribution|signatories)\b\s*(?:[:.\-\u2013\u2014]|$)"
)
# a signature block or the record's own credits
_SIGNATURE = re.compile(
    r"(?i)^(?:signed\s*(?:[:,]|by\b|$)|signature\s*(?::|$)|sincerely\b|yours\s+(?:sincerely|faithfully|truly)\b|"
    r"(?:kind|best|warm)\s+regards\b|(?:transcribed|recorded|prepared|approved|verified|checked|minuted)\s+by\b|"
    r"transcript(?:ion)?\s+(?:prepared|produced|made)\s+by\b|minutes\s+(?:taken|prepared|recorded|drafted)\s+by\b|"
    r"certified\s+(?:by|true|correct|as)\b)"
)
# a heading written as a line of its own: short, opening with a capital (or a number), no sentence's end
_SENTENCE_CLOSE = tuple(".!?:;,…\"”’')]")
_PAGE_NUMBER = re.compile(r"(?i)^(?:page|p\.)?\s*\d+(?:\s*(?:of|/)\s*\d+)?$")
_BULLET = re.compile(r"^[-*+•\u2013\u2014>]\s")
_HEADING_WORDS = 12
# marks a stretch that is nobody's turn (after an annex line, a heading, an end line), with why it began
_NOBODY = "\0"


def _record_end(line: str) -> str | None:
    """Why ``line`` closes the record ("annex" or "end matter"): an annex, an end line, a list of
    participants or a signature; None for speech and for headings, which may come between turns."""
    if _ANNEX.match(line) or _ATTACHED.match(line):
        return "annex"
    if _BRACKETED.match(line):  # "[laughter]" is part of a turn; "[end of hearing]" closes the record
        return "end matter" if _CLOSING.search(line) else None
    if _END.match(line) or _PARTICIPANTS.match(line) or _SIGNATURE.match(line):
        return "end matter"
    return None


def end_kind(line: str, *, listing: bool = False) -> str | None:
    """Why ``line`` ends a speaker's turn ("annex" or "end matter"), or None when it may still be speech.

    ``listing``: the turn's last line announced a list ("We ask for:"), so a short line without a sentence's
    end is one of its items rather than a heading; an annex or an end line still ends the turn."""
    line = line.strip()
    if not line or _PAGE_NUMBER.match(line) or _BULLET.match(line):
        return None
    kind = _record_end(line)
    if kind or _BRACKETED.match(line):
        return kind
    first = re.search(r"[^\W\d_]", line)
    short = len(line.split()) <= _HEADING_WORDS
    if not listing and first and first.group().isupper() and short and not line.endswith(_SENTENCE_CLOSE):
        return "end matter"  # a heading, a participant's name and organisation, a date line
    return None


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
    lines: list[tuple[set[str], str]] = []  # lines from the first label on, with the labels opening turns there
    for p in passages:
        opening: dict[int, set[str]] = {}
        for m in _TURN.finditer(p.text):
            at_line = m.start() == 0 or "\n" in p.text[m.start() : m.start("label")] or p.text[m.start() - 1] == "\n"
            if at_line or _strong(m.group("label")):
                found.append(m.group("label"))
                opening.setdefault(p.text.count("\n", 0, m.start("label")), set()).add(_base(m.group("label")))
        if found:
            lines += [(opening.get(k, set()), line) for k, line in enumerate(p.text.split("\n")) if line.strip()]
    counts = Counter(_base(x) for x in found)
    speakers = {_base(x) for x in found if _strong(x) or (_name_like(x) and counts[_base(x)] >= 2)}
    if speakers:
        speakers |= {_base(x) for x in found if _name_like(x)}
    turns = sum(counts[s] for s in speakers)
    # a transcript is mostly turns up to its end matter: a long annex or list of participants after the last
    # turn does not make it less of one
    last = max((k for k, (labels, _) in enumerate(lines) if labels & speakers), default=-1)
    end = next((k for k in range(last + 1, len(lines)) if _record_end(lines[k][1].strip())), len(lines))
    # a brief that quotes a minister and two employers among thirty paragraphs of its own is no transcript: its
    # own text after a quotation would otherwise be read as the quoted speaker's turn going on
    if len(speakers) < 2 or turns < 3 or turns < MIN_TURN_SHARE * end:
        return set()
    return speakers


def speakers(passages: Sequence[Passage]) -> set[str]:
    """The speakers (labels in lower case, without their parenthesis) whose turns make these passages a
    transcript; empty when they do not read as one."""
    return _speakers(passages)


def _norm(text: str) -> str:
    # without case and accents: a sheet typed on another keyboard writes "Jose Muller" for "José Müller"
    return " ".join(re.findall(r"[\w'’\-]+", fold(text)))


def _person_words(label: str) -> set[str]:
    name = re.sub(r"\([^)]*\)", " ", label)
    name = re.sub(rf"^\s*{_TITLE}(?=\s)", " ", name)
    return {w for w in _norm(bare_name(name)).split() if len(w) > 1 and w not in _ROLES and not w.isdigit()}


def is_own(label: str, contributor: str, organisation: str, speakers: set[str]) -> bool:
    """Whether a turn's label names the contributor: their surname (or whole name), their organisation as the
    label or in its parenthesis (unless the label names another person), or the answering role of an
    interview whose speakers are not named."""
    person = _person_words(label)
    # the person as named without titles ("dr hab. Anna Kowalczyk, prof. UW" is Anna Kowalczyk: neither "hab"
    # nor "UW" is a surname), a surname written first turned round ("Nowak, Jan" is Jan Nowak)
    named = person_names(bare_name(contributor))
    # a contributor field may list several people ("Ana Horvat, Ivo Kranjc"): any of their surnames matches
    surnames = {_norm(part).split()[-1] for part in re.split(r"[,;&/]| and ", named) if _norm(part)}
    if person and (person & surnames or person == set(_norm(named).split())):
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
    names = "|".join(re.escape(n) for n in sorted(speakers, key=len, reverse=True))
    label = r"(?P<label>(?:" + names + r")(?:\s*\([^()\n]{1,80}\))?)\s*:"
    # a label alone at the end of a passage opens the turn the next passage goes on with
    stamp = rf"(?:{STAMP}\s+)?"
    opener = re.compile(r"(?:^|" + _SENTENCE_END + r"|\n)\s*" + stamp + label + r"(?:\s|$)", re.IGNORECASE)
    labelled_line = re.compile(r"\s*" + stamp + label, re.IGNORECASE)
    current: str | None = None  # no turn yet: the document's own front matter
    kept: list[Passage] = []
    own_labels: set[str] = set()
    others: dict[str, None] = {}
    ends: dict[str, None] = {}  # what was left out as nobody's turn: "annex", "end matter"
    previous: Passage | None = None
    after_label = False  # the last line read was a speaker's label standing alone
    listing = False  # the turn's lines are the items of a list it announced with a colon
    for passage in passages:
        # (offset, order, what starts there): a speaker's label, or _NOBODY + why the turn ended
        events: list[tuple[int, int, str]] = []
        if previous is not None and (
            passage.location.section_path != previous.location.section_path or passage.location.table is not None
        ):
            events.append((0, 0, _NOBODY + "end matter"))  # a heading or a table: no longer the turn's speech
        offset = 0
        for line in passage.text.split("\n"):
            labelled = labelled_line.match(line)
            # a label's line, or the first line under a label standing alone ("Ms Horvat:" then "Yes, we agree"),
            # is the turn's speech, never a heading
            kind = None if labelled or after_label else end_kind(line, listing=listing)
            if kind:
                events.append((offset, 0, _NOBODY + kind))
            if line.strip():
                after_label = bool(labelled) and not line[labelled.end() :].strip()
                item = listing and not line.rstrip().endswith((".", "!", "?"))
                listing = not kind and not after_label and (line.rstrip().endswith(":") or item)
            offset += len(line) + 1
        events += [(m.start(), 1, m.group("label")) for m in opener.finditer(passage.text)]
        pieces: list[tuple[str | None, str]] = []
        last = 0
        for at, _, opens in sorted(events):
            # front matter stays the document's own; an end right after an end changes nothing
            if opens.startswith(_NOBODY) and (current is None or (current.startswith(_NOBODY) and at == last)):
                continue
            pieces.append((current, passage.text[last:at]))
            current, last = opens, at
        pieces.append((current, passage.text[last:]))
        text = ""
        for speaker, piece in pieces:
            piece = _STAMPED.sub("", piece)  # the time stamp is the record's, not the speaker's words
            if not piece.strip():
                continue
            if speaker is not None and speaker.startswith(_NOBODY):
                ends.setdefault(speaker[len(_NOBODY) :], None)
            elif speaker is None or is_own(speaker, contributor, organisation, speakers):
                if speaker is not None:
                    own_labels.add(" ".join(speaker.split()))
                text = f"{text}\n{piece.strip()}" if text else piece.strip()
            else:
                others.setdefault(" ".join(speaker.split()), None)
        if text.strip():
            kept.append(replace(passage, text=text.strip()))
        previous = passage
    return kept, [_warning(contributor or organisation or "the contributor", own_labels, others, ends)]


def _warning(who: str, own_labels: set[str], others: dict[str, None], ends: dict[str, None]) -> str:
    """One warning saying whose turns were read and what was left out."""
    left = f"text after a turn that is no speech ({', '.join(ends)}) is nobody's turn and is left out" if ends else ""
    if own_labels:
        others_part = f"the turns of {', '.join(others)} are someone else's words and are left out" if others else ""
        rest = "; ".join(x for x in (others_part, left) if x)
        labels = ", ".join(sorted(own_labels))
        # "(the contributor)" only when the labels do not already name them: "Ms Horvat (Union) (Ana Horvat)" no
        named = _norm(who) in _norm(labels)
        return f"a transcript: only the turns of {labels}{'' if named else f' ({who})'} are read" + (
            f"; {rest}" if rest else ""
        )
    return (
        f"a transcript whose speakers ({', '.join(others)}) do not include {who}: no turn is read as "
        f"{who}'s words; name the speaker in the metadata's contributor or organisation column"
        + (f"; {left}" if left else "")
    )
