"""Speaker turns: in a transcript or minutes, only the contributor's own turns are their words.

A hearing, interview or meeting record gives the words of several people, each turn opened by its speaker's
label ("Chair:", "Ms Horvat (Student Union):", "Interviewer:"). The metadata names one contributor, and every
chunk of the file is credited to them: the chair's summary or another participant's objection would then be
quoted in the contributor's name. So a file that reads as a transcript keeps only its contributor's turns; the
other speakers' turns are left out with a warning that names them. When no speaker can be matched to the
contributor, no turn is kept: the tool never guesses whose words they are.

A file is a transcript when at least three turns open with a label that reads as a speaker (a title and a
name, a role such as "Chair" or "Interviewer", a name that opens more than one turn, a surname alone on the
evidence ingest.turn_labels describes), at least two speakers take turns, and turns open at least three lines in
ten from the first one on (a brief quoting a few people is not a transcript). Labels of an ordinary brief ("Main
message:", "Recommendation 2:") are not speakers. Text before the first turn (a title, a date, a list of
attendees) stays as the document's own.

A meeting's outcome ("Decisions:", "Action items", "Agreed: ...") is what the meeting decided, not its last
speaker's words, and the names labelling its action items say who is to act, not who spoke: it is left out,
unless the sheet names the body whose minutes these are (then the outcome is its contribution and the members'
turns are not).

A turn ends at the next speaker's label, and also where the record stops being speech: a heading (a section of
the file, or a short line without a sentence's end), a table, an "Annex"/"Appendix"/"Attachment" line, a line
such as "[end of hearing]", "END OF TRANSCRIPT" or "Written submission attached:", a list of participants or a
signature block. What follows is nobody's turn until a speaker's label opens the next one, and it is left out:
an annex or a signature after the last turn is not the last speaker's words, and when it is unclear whether text
is still speech, it is not credited to anyone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.metadata_names import bare_name, person_names
from ingest.model import Passage
from ingest.turn_headers import speaker_headers
from ingest.turn_labels import (
    OUTCOME,
    ROLES,
    SENTENCE_END,
    STAMP,
    TITLE,
    agenda_heading,
    base,
    find_speakers,
    line_numbers,
    norm,
    outcome_kind,
    person_words,
    strong,
    surnames,
    unsure_labels,
)

__all__ = ["STAMP", "end_kind", "is_own", "own_turns", "record_end", "speakers"]

# the roles that answer in an interview: the contributor's turns when no speaker is named. Interview notes
# written "Q: ... / A: ..." are an interview too: the questions (and any view they put to the respondent) are
# the interviewer's, the answers the contributor's
_ANSWERING_ROLES = frozenset({"respondent", "interviewee", "guest", "a"})
_STAMPED = re.compile(rf"^\s*{STAMP}\s+")
# words of a contributor field that make it a body (the meeting's own organisation), not a person
_BODY_WORDS = frozenset(
    "board council committee commission assembly association union chamber ministry agency office authority "
    "network federation foundation institute university college school group forum secretariat department "
    "centre center society alliance".split()
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
# after _NOBODY: the text is a meeting's outcome, or follows a label of no known speaker
_OUTCOME_KIND = "\2"
_UNSURE = "\1"


def record_end(line: str) -> str | None:
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
    kind = record_end(line)
    if kind or _BRACKETED.match(line):
        return kind
    first = re.search(r"[^\W\d_]", line)
    short = len(line.split()) <= _HEADING_WORDS
    if not listing and first and first.group().isupper() and short and not line.endswith(_SENTENCE_CLOSE):
        return "end matter"  # a heading, a participant's name and organisation, a date line
    return None


def speakers(passages: Sequence[Passage], contributor: str = "", organisation: str = "") -> set[str]:
    """The speakers (labels in lower case, without their parenthesis) whose turns make these passages a
    transcript; empty when they do not read as one (ingest.turn_labels)."""
    return find_speakers(passages, contributor, organisation)


def is_own(label: str, contributor: str, organisation: str, speakers: set[str]) -> bool:
    """Whether a turn's label names the contributor: their surname (or whole name), their organisation as the
    label or in its parenthesis (unless the label names another person), or the answering role of an
    interview whose speakers are not named."""
    person = person_words(label)
    # the person as named without titles ("dr hab. Anna Kowalczyk, prof. UW" is Anna Kowalczyk: neither "hab"
    # nor "UW" is a surname), a surname written first turned round ("Nowak, Jan" is Jan Nowak)
    named = person_names(bare_name(contributor))
    # a contributor field may list several people ("Ana Horvat, Ivo Kranjc"): any of their surnames matches,
    # unless the label gives another given name or initial ("Marko Horvat:", "M. Horvat:" are not Ana Horvat)
    if person and person == set(norm(named).split()):
        return True
    # a name of two words may be written surname first ("Kertész Zsófia" as Hungarian writes it) and nothing says
    # so: either word may then be the surname, but the first only with the other part beside it ("Z. Kertész")
    if person and person & (surnames(named) | _first_words(named)) and _same_person(label, named):
        return True
    bodies = {b for b in (norm(organisation), norm(contributor)) if b}
    acronym = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", organisation) if w[0].isupper()).casefold()
    if len(acronym) >= 2:
        bodies.add(acronym)
    inside = norm(" ".join(re.findall(r"\(([^)]*)\)", label)))
    plain = norm(re.sub(r"\([^)]*\)", " ", label))
    if inside in bodies or plain in bodies:
        # the organisation speaks: its turns are the contribution's unless the label names a person other than
        # a contributor who is a person
        contributor_is_person = bool(norm(contributor)) and norm(contributor) not in (norm(organisation), inside)
        return plain in bodies or not person or not contributor_is_person
    named = {s for s in speakers if not strong(s)}
    return plain in _ANSWERING_ROLES and not named


def _same_person(label: str, contributor: str) -> bool:
    """Whether a label naming one of the contributor's surnames may be that person: the given names or initials
    it adds, if any, agree with the contributor's (two people in one record may share a surname)."""
    name = re.sub(rf"^\s*{TITLE}(?=\s)", " ", re.sub(r"\([^)]*\)", " ", label))
    words = norm(name).split()
    for part in re.split(r"[,;&/]| and ", contributor):
        people = norm(part).split()
        if not people:
            continue
        if people[-1] in words:
            given = [w for w in words if w != people[-1] and w not in ROLES]
            if not given or len(people) == 1:
                return True  # "Horvat:", "Ms Horvat:", or a sheet giving the surname alone
            if _agree(given, people[:-1]):
                return True
        # "Kertész Zsófia" written surname first: "Zsófia Kertész" or "Z. Kertész" names her, never "Kertész" alone
        # (the word a sheet writes last stays the one a lone word is matched by)
        if len(people) == 2 and people[0] in words:
            given = [w for w in words if w != people[0] and w not in ROLES]
            if given and _agree(given, people[1:]):
                return True
    return False


def _agree(given: list[str], names: list[str]) -> bool:
    """Whether a label's other words agree with a contributor's given names: the same word, or an initial."""
    return any(
        w == g or (len(w) == 1 and g.startswith(w)) or (len(g) == 1 and w.startswith(g)) for w in given for g in names
    )


def _first_words(contributor: str) -> set[str]:
    """The first word of each two-word name a contributor field names, which may be a surname written first."""
    return {norm(part).split()[0] for part in re.split(r"[,;&/]| and ", contributor) if len(norm(part).split()) == 2}


def _is_body(contributor: str, organisation: str) -> bool:
    """Whether the sheet names a body rather than a person as the contributor: no person, the organisation
    itself, or a name holding a body's word ("Board of the Crafts Chamber")."""
    if not norm(contributor):
        return bool(norm(organisation))
    return norm(contributor) == norm(organisation) or bool(set(norm(contributor).split()) & _BODY_WORDS)


def _labels_at(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """(offset, line number, label) of each label ``pattern`` finds in ``text``."""
    line_of = line_numbers(text)
    return [(m.start(), line_of(m.start("label")), m.group("label")) for m in pattern.finditer(text)]


def own_turns(passages: Sequence[Passage], contributor: str, organisation: str) -> tuple[list[Passage], list[str]]:
    """``passages`` with only the contributor's turns if they read as a transcript, and the warnings to show.

    Turns are cut at every speaker label that opens a line or follows a sentence's end (readers join the
    lines of a paragraph, so "Chair: Thank you. Ms Horvat: We ..." is two turns). A meeting's outcome
    ("Decisions:", "Action items:") is the meeting's, not its last speaker's: left out, unless the contributor is
    the body whose meeting it records and no speaker speaks for it. A label opening a line that may name a
    person but is no known speaker ends the turn too: whose words follow is unclear, so they are nobody's."""
    original = passages
    # a meeting tool's headers over each turn ("[Ana Horvat] 10:02:31") read as labels (ingest.turn_headers)
    passages, _ = speaker_headers(passages)
    speakers = find_speakers(passages, contributor, organisation)
    if not speakers:
        return list(original), []
    unsure = unsure_labels(passages, speakers)
    # the body's own minutes: what the meeting decided is the contribution, the members' turns are not
    body_meeting = _is_body(contributor, organisation) and not any(
        is_own(s, contributor, organisation, speakers) for s in speakers
    )
    names = "|".join(re.escape(n) for n in sorted(speakers | unsure, key=len, reverse=True))
    label = r"(?P<label>(?:" + names + r")(?:\s*\([^()\n]{1,80}\))?)\s*:"
    # a label alone at the end of a passage opens the turn the next passage goes on with
    stamp = rf"(?:{STAMP}\s+)?"
    opener = re.compile(r"(?:^|" + SENTENCE_END + r"|\n)\s*" + stamp + label + r"(?:\s|$)", re.IGNORECASE)
    labelled_line = re.compile(r"\s*" + stamp + label, re.IGNORECASE)
    current: str | None = None  # no turn yet: the document's own front matter
    kept: list[Passage] = []
    own_labels: set[str] = set()
    others: dict[str, None] = {}
    ends: dict[str, None] = {}  # what was left out as nobody's turn: "annex", "end matter"
    unclear: dict[str, None] = {}  # labels of no known speaker whose lines were left out
    outcomes: dict[str, None] = {}  # the outcome lines ("Decisions:") whose text was left out
    outcome_kept = False  # the body's own minutes: its outcome read as the contribution
    previous: Passage | None = None
    after_label = False  # the last line read was a speaker's label standing alone
    listing = False  # the turn's lines are the items of a list it announced with a colon
    # the lines are a meeting's outcome: "block" under a heading such as "Decisions:" (its names label action
    # items), "line" after a one-line outcome ("Agreed: ...") until the next speaker
    outcome: str | None = None
    for passage in passages:
        # (offset, order, what starts there): a speaker's label, or _NOBODY + why the turn ended
        events: list[tuple[int, int, str]] = []
        if previous is not None and (
            passage.location.section_path != previous.location.section_path or passage.location.table is not None
        ):
            section = re.sub(r"^[\d.]+\s*", "", passage.location.section or "")
            outcome = "block" if section and OUTCOME.match(section) else None
            # a heading or a table: no longer the turn's speech; a section "Decisions" is the meeting's outcome
            events.append((0, 0, _NOBODY + (_OUTCOME_KIND + section if outcome else "end matter")))
        offset = 0
        outcome_lines: set[int] = set()
        for k, line in enumerate(passage.text.split("\n")):
            labelled = labelled_line.match(line)
            kind = None
            if not labelled and (opened := outcome_kind(line)):
                outcome, kind = opened, _OUTCOME_KIND + line.strip().split(":")[0].strip("#*_ ")
            elif outcome and (agenda_heading(line) or record_end(line.strip())):
                outcome, kind = None, record_end(line.strip()) or "end matter"  # the next item's turns follow
            elif outcome == "line" and labelled:
                outcome = None  # a speaker after a one-line outcome ("Agreed: ..."): the turns go on
            elif not outcome:
                # a label's line, or the first line under a label standing alone ("Ms Horvat:" then "Yes, we
                # agree"), is the turn's speech, never a heading
                kind = None if labelled or after_label else end_kind(line, listing=listing)
            if outcome:
                outcome_lines.add(k)
            if kind:
                events.append((offset, 0, _NOBODY + kind))
            if line.strip():
                after_label = bool(labelled) and not line[labelled.end() :].strip()
                item = listing and not line.rstrip().endswith((".", "!", "?"))
                listing = not kind and not after_label and (line.rstrip().endswith(":") or item)
            offset += len(line) + 1
        for at, line_number, found in _labels_at(passage.text, opener):
            if line_number in outcome_lines:
                continue  # an action item names who is to act, not who spoke
            events.append((at, 1, (_NOBODY + _UNSURE + found) if base(found) in unsure else found))
        pieces: list[tuple[str | None, str]] = []
        last = 0
        for at, _, opens in sorted(events):
            # front matter stays the document's own; an end right after an end changes nothing
            if opens.startswith(_NOBODY) and (current is None or (current.startswith(_NOBODY) and at == last)):
                if current is not None and at == last and opens.startswith(_NOBODY + _OUTCOME_KIND):
                    current = opens  # an outcome line right under a heading: the outcome is what follows
                continue
            pieces.append((current, passage.text[last:at]))
            current, last = opens, at
        pieces.append((current, passage.text[last:]))
        own: list[str] = []  # the passage's pieces that are the contributor's, joined once at its end
        for speaker, piece in pieces:
            piece = _STAMPED.sub("", piece)  # the time stamp is the record's, not the speaker's words
            if not piece.strip():
                continue
            why = speaker[len(_NOBODY) :] if speaker is not None and speaker.startswith(_NOBODY) else None
            if why is not None and why.startswith(_OUTCOME_KIND) and body_meeting:
                outcome_kept = True
                own.append(piece.strip())
            elif why is not None and why.startswith(_OUTCOME_KIND):
                outcomes.setdefault(why[len(_OUTCOME_KIND) :] or "decisions", None)
            elif why is not None and why.startswith(_UNSURE):
                unclear.setdefault(" ".join(why[len(_UNSURE) :].split()), None)
            elif why is not None:
                ends.setdefault(why, None)
            elif speaker is None or is_own(speaker, contributor, organisation, speakers):
                if speaker is not None:
                    own_labels.add(" ".join(speaker.split()))
                own.append(piece.strip())
            else:
                others.setdefault(" ".join(speaker.split()), None)
        text = "\n".join(own)
        if text.strip():
            kept.append(replace(passage, text=text.strip()))
        previous = passage
    who = contributor or organisation or "the contributor"
    notes = _left_out(who, unclear, outcomes)
    if outcome_kept:
        notes = "; ".join(x for x in (f"the meeting's outcome is read as {who}'s own (its minutes)", notes) if x)
    return kept, [_warning(who, own_labels, others, ends) + (f"; {notes}" if notes else "")]


def _left_out(who: str, unclear: dict[str, None], outcomes: dict[str, None]) -> str:
    """What else the warning says was left out: a meeting's outcome, lines of labels known as no speaker."""
    parts = []
    if outcomes:
        parts.append(
            f"the meeting's outcome ({', '.join(outcomes)}) is the meeting's, not any speaker's or {who}'s words, "
            "and is left out"
        )
    if unclear:
        parts.append(f"lines opened by {', '.join(unclear)} are left out: it is unclear whose words they are")
    return "; ".join(parts)


def _warning(who: str, own_labels: set[str], others: dict[str, None], ends: dict[str, None]) -> str:
    """One warning saying whose turns were read and what was left out."""
    left = f"text after a turn that is no speech ({', '.join(ends)}) is nobody's turn and is left out" if ends else ""
    if own_labels:
        others_part = f"the turns of {', '.join(others)} are someone else's words and are left out" if others else ""
        rest = "; ".join(x for x in (others_part, left) if x)
        labels = ", ".join(sorted(own_labels))
        # "(the contributor)" only when the labels do not already name them: "Ms Horvat (Union) (Ana Horvat)" no
        named = norm(who) in norm(labels)
        return f"a transcript: only the turns of {labels}{'' if named else f' ({who})'} are read" + (
            f"; {rest}" if rest else ""
        )
    return (
        f"a transcript whose speakers ({', '.join(others)}) do not include {who}: no turn is read as "
        f"{who}'s words; name the speaker in the metadata's contributor or organisation column"
        + (f"; {left}" if left else "")
    )
