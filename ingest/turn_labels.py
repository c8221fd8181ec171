"""Speakers' labels: which "Word:" openings of a record name a person, and which label a brief or a meeting's outcome.

A hearing, interview or meeting record opens each turn with its speaker's label: a title and a name ("Ms Horvat
(Student Union):"), a role ("Chair:", "Interviewer:"), a full name ("Ana Horvat:"), or in minutes often the
surname alone ("Petrovski:"). A brief labels its own paragraphs the same way ("Recommendation:", "Background:",
"Funding:"). A surname alone is taken for a speaker only on evidence: it names the contributor of the metadata, the
text names that person elsewhere ("Ms Petrovski", a line of those present), it opens two turns or more, or the
text calls itself the record of a meeting; once some speaker is sure, every other such label opening a line is a
speaker too, even one who speaks once. A word the text also writes in lower case ("funding"), or after an article
("die Finanzierung"), is a common word, never a surname.

A meeting's outcome ("Decisions:", "Action items:", "Next steps:", "Agreed:") is no speaker's label: it opens what
the meeting decided, and the names labelling its items say who is to act, not who spoke. Nor is a table's column
name: a sheet's rows read under their header ("Province: Santander; Members: 9800", one such line per row) open
with the same column names line after line, which no record of speech does.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence

from ingest.metadata_headers import fold
from ingest.metadata_names import bare_name
from ingest.model import Passage

# one title or several ("Prof. dr hab.", "Dipl.-Ing.", "mgr inż."), as the EU's languages write them before a name
_ONE_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Hon|Minister|Senator|Commissioner|Mgr|Ing|Mag|Doc|Dott|Drs|"
    r"Dipl\.-Ing|Univ\.-Prof|Mme|Sra|Sr|Herr|Frau|(?-i:dr|prof|mgr|hab|inż|inz|ing|lic))\.?"
)
TITLE = rf"{_ONE_TITLE}(?:\s+{_ONE_TITLE}){{0,3}}"
# roles that open turns in hearings, interviews and minutes. "Question:" and "Answer:" are not among them: a
# consultation response form labels its questions so, and the answers below them are the contributor's own
ROLES = frozenset(
    "chair chairperson chairman chairwoman co-chair moderator facilitator interviewer host rapporteur secretary "
    "president vice-president convenor speaker participant panellist panelist delegate respondent interviewee "
    "guest q a".split()
)
# a capital that opens a name: Latin with its accents ("Šimić", "Łukasz", "Ćosić"), Greek and Cyrillic. Latin
# Extended-A interleaves capitals with small letters; a line opening with a small one before a colon is rare
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁΑ-Ω"
_NAME = rf"[{UPPER}][\w'’\-]*"
# "Ms Horvat", "Dr. Ana Horvat", "Chair", "Speaker 2", "Ana Horvat", each with an optional "(Organisation)"
_LABEL = (
    rf"(?P<label>(?:{TITLE}\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+\d{{1,2}})?(?:\s*\([^()\n]{{1,80}}\))?)"
    r"\s*:(?:\s+(?=\S)|\s*$)"  # a label alone at the end of a paragraph: its words follow in the next one
)
# after a sentence's end, or after a bracket closing a time stamp ("[00:01:10] Respondent: ...")
SENTENCE_END = r"(?<=[.!?\"”’)\]])\s+"
# the time stamp a meeting tool writes before each turn: "[00:02:05]", "(12:40)", "00:02:05.120"; a chat export's
# date and time
STAMP = (
    r"(?:[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\s*[\])]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?|"
    # a chat export's date and time before each message: "12/03/2026, 10:41 - ", "[12.03.26, 10:41:22] ", and the
    # ISO form other apps write ("[2026-03-10 09:14] ", "2026-03-10T09:14 - ")
    r"\[?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?|\d{4}-\d{2}-\d{2}[,T]?)\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?"
    r"(?:\s+[-–])?)"
)
# a label opening a line, or following a sentence's end (readers join a paragraph's lines into one), after the
# turn's time stamp if it has one
TURN = re.compile(rf"(?:(?m:^)\s*|{SENTENCE_END})(?:{STAMP}\s+)?{_LABEL}")
# labels of a brief, not of a person: "Main message:", "Recommendation 2:", "Key Point:", "Background:"
NOT_NAMES = frozenset(
    "main key our the a an in on at by for of to and or summary message messages point points position positions "
    "proposal proposals recommendation recommendations conclusion conclusions background context note notes "
    "issue issues question questions answer answers q example examples source sources table figure annex "
    "section chapter step steps goal goals aim aims objective objectives priority priorities result results "
    "finding findings recommended proposed response comment comments remark remarks action actions decision "
    "decisions date time place venue subject topic title agenda item items status outcome outcomes reason "
    "reasons rationale why what how who when where which request requests contact email e-mail phone tel fax "
    "web website address present apologies attendees minutes agreed decided resolved next tasks task to from "
    "cc re dear panel webinar seminar workshop conference hearing interview session forum meeting roundtable "
    "event transcript recording".split()  # an event's name heads a record: "Panel: Micro-credentials in brewing"
    # what a reader writes before a picture's alt text or a chart's caption ("Picture: A calendar with 2011")
    + "picture pictures image images photo photos photograph illustration drawing diagram chart graphic logo "
    "icon figure figures screenshot".split()
)
# what opens a meeting's outcome, on a line of its own or before a colon, in the languages of the agency's member
# and partner countries: "Decisions:", "Action items", "Next steps:", "Agreed: ...", "Beschlüsse:", "Relevé de
# décisions", "Acuerdos:"
_OUTCOME_WORDS = (
    r"decisions?(?:\s+(?:taken|made|reached))?|summary\s+of\s+decisions|decided|agreed(?:\s+actions?)?|"
    r"agreements?|action\s+(?:items?|points?|list|log|plan)|actions?(?:\s+agreed)?|next\s+steps?|follow[- ]?ups?|"
    r"resolutions?|resolved|to[- ]?dos?|tasks?|outcomes?|"
    r"beschl(?:ü|ue)ss?e?|beschlossen|vereinbart|vereinbarungen|n(?:ä|ae)chste\s+schritte|aufgaben|ma(?:ß|ss)nahmen|"
    r"d(?:é|e)cisions?|d(?:é|e)cid(?:é|e)|relev(?:é|e)\s+de\s+d(?:é|e)cisions|prochaines?\s+(?:é|e)tapes?|"
    r"suites?\s+(?:à|a)\s+donner|acuerdos?|decisiones|pr(?:ó|o)ximos\s+pasos|tareas|acordado|decisioni|"
    r"prossimi\s+passi|azioni|deliberazioni|decis(?:õ|o)es|pr(?:ó|o)ximos\s+passos|besluiten|actiepunten|"
    r"volgende\s+stappen|decyzje|ustalenia|zadania|dalsze\s+kroki|zaklju(?:č|c)ci|odluke"
)
OUTCOME = re.compile(
    rf"(?i)^[#*_\s]*(?:\d{{1,2}}[.)]\s*)?(?:{_OUTCOME_WORDS})[*_\s]*(?::(?P<rest>.*)|[.\-\u2013\u2014]?\s*$)"
)


def outcome_kind(line: str) -> str | None:
    """ "block" for an outcome's heading standing alone ("Decisions:", "Action items"): the lines under it are the
    outcome, their names who is to act; "line" for one outcome on its line ("Agreed: the register ..."), which the
    next speaker's label ends; None for any other line."""
    match = OUTCOME.match(line.strip())
    if not match:
        return None
    return "line" if (match.group("rest") or "").strip(" *_") else "block"


# what only a meeting records: its decisions and the actions it agreed ("Next steps" and "Conclusions" end briefs too)
_DECIDED = re.compile(
    r"(?i)^[#*_\s]*(?:\d{1,2}[.)]?\s*)?(?:decisions?(?:\s+(?:taken|made|reached))?|summary\s+of\s+decisions|agreed|"
    r"action\s+(?:items?|points?|log)|resolutions?|beschl(?:ü|ue)ss?e|d(?:é|e)cisions|relev(?:é|e)\s+de\s+d(?:é|e)cisions|"
    r"acuerdos|decisiones|decisioni|decis(?:õ|o)es|besluiten|actiepunten|decyzje|ustalenia|odluke)[*_\s]*(?::|$)"
)
# what says a text is the record of a meeting, before its first turn: then a surname before a colon is a speaker
_MEETING = re.compile(
    r"(?i)\b(?:minutes|meeting|hearing|transcript|proceedings|round[- ]?table|"
    r"protokoll|sitzung|besprechung|procès-verbal|proces-verbal|compte[- ]rendu|réunion|reunion|séance|acta|"
    r"reunión|verbale|riunione|notulen|vergadering|protokół|posiedzenie|zapisnik|sastanak)\b"
)
# "Present: ...", "Attendees: ...", "Apologies: ...": a line naming those present, whose surnames are speakers
_PRESENT = re.compile(
    r"(?i)^(?:present|attendees|attendance|participants|in\s+attendance|apologies|anwesend|teilnehmende|"
    r"pr(?:é|e)sents?|participantes|presentes|presenti|aanwezig|obecni)\b\s*:"
)
# words before a common noun, never before a surname: "the funding", "die Finanzierung", "la reconnaissance"
_ARTICLES = (
    "the a an this that these those our their its his her each every any some no die der das den dem des ein eine "
    "einer einen eines keine le la les un une du au aux cette ces el los las una al del il lo gli della dello "
    "het een de"
).split()


def base(label: str) -> str:
    """The label without its parenthesis, in lower case: "Ms Horvat (Union)" -> "ms horvat"."""
    return " ".join(re.sub(r"\([^)]*\)", " ", label).split()).casefold()


def strong(label: str) -> bool:
    """A label that names a speaker wherever it stands: a title and a name, or a role ("Chair", "Speaker 2")."""
    words = base(label).replace(".", "").split()
    if not words or re.match(rf"^{TITLE}\s", label):
        return bool(words)
    return words[0] in ROLES and (len(words) == 1 or (len(words) == 2 and words[1].isdigit()))


def name_like(label: str) -> bool:
    """A label shaped as a name: two to four capitalised words (or a word and a parenthesis), no brief word."""
    words = base(label).split()
    if not words or any(w in NOT_NAMES or w.isdigit() for w in words):
        return False
    return 2 <= len(words) <= 4 or ("(" in label and len(words) == 1)


def norm(text: str) -> str:
    """Words without case and accents: a sheet typed on another keyboard writes "Jose Muller" for "José Müller"."""
    return " ".join(re.findall(r"[\w'’\-]+", fold(text)))


def person_words(label: str) -> set[str]:
    """The words of a label that may name a person: no title, role, number or parenthesis."""
    name = re.sub(r"\([^)]*\)", " ", label)
    name = re.sub(rf"^\s*{TITLE}(?=\s)", " ", name)
    return {w for w in norm(bare_name(name)).split() if len(w) > 1 and w not in ROLES and not w.isdigit()}


def surnames(contributor: str) -> set[str]:
    """The surnames of the people a contributor field names ("Ana Horvat, Ivo Kranjc": horvat and kranjc)."""
    return {norm(part).split()[-1] for part in re.split(r"[,;&/]| and ", contributor) if norm(part)}


def _names_contributor(label: str, contributor: str, organisation: str) -> bool:
    """Whether a label is the contributor's surname or whole name, or the organisation's name or acronym."""
    words = person_words(label)
    if words and (words & surnames(contributor) or words == set(norm(contributor).split())):
        return True
    acronym = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’\-]*", organisation) if w[0].isupper())
    return bool(norm(label)) and norm(label) in {norm(organisation), norm(acronym) if len(acronym) >= 2 else ""}


class _Words:
    """What the whole text says about a word: whether it stands in lower case, after an article, after a title or
    on a line of those present (a surname stays capitalised and has no article)."""

    def __init__(self, text: str) -> None:
        tokens = re.findall(r"[^\W\d_][\w'’\-]*", text)
        # "baker's" holds "baker": a possessive or a compound's part in lower case is the word in lower case
        self.lower = {t for t in tokens + re.findall(r"[^\W\d_]+", text) if t.islower()}
        pairs = list(zip(tokens, tokens[1:], strict=False))
        self.after_article = {b.casefold() for a, b in pairs if a.casefold() in _ARTICLES and a[:1].islower()}
        self.after_title = {b.casefold() for a, b in re.findall(rf"\b({TITLE})\s+([^\W\d_][\w'’\-]*)", text)}
        present = " ".join(line for line in text.split("\n") if _PRESENT.match(line.strip()))
        self.present = {t.casefold() for t in re.findall(r"[^\W\d_][\w'’\-]*", present)}
        self._sorted: list[str] | None = None  # the lower-case words in order, for stems (built when asked)

    def common(self, word: str) -> bool:
        """A common word: written in lower case somewhere, or after an article."""
        return word.casefold() in self.lower or word.casefold() in self.after_article

    def common_stem(self, word: str) -> bool:
        """A common word, or one whose stem the text writes in lower case ("Credit" beside "credits")."""
        stem = word.casefold()[: max(5, len(word) - 2)]
        if self.common(word) or len(stem) < 4:
            return self.common(word)
        if self._sorted is None:
            self._sorted = sorted(self.lower)
        at = bisect.bisect_left(self._sorted, stem)
        return at < len(self._sorted) and self._sorted[at].startswith(stem)

    def named(self, word: str) -> bool:
        """A word the text gives as a person's name: after a title, or among those present."""
        return word.casefold() in self.after_title or word.casefold() in self.present


def _surname_label(label: str, words: _Words, contributor: str, organisation: str) -> bool:
    """A label that may be a surname alone: one capitalised word, no title or parenthesis, not a brief's or a
    meeting outcome's word, not a role, and not a common word of the text unless it names the contributor."""
    word = base(label)
    if " " in word or "(" in label or word in NOT_NAMES or word in ROLES or OUTCOME.match(label + ":"):
        return False
    own = _names_contributor(label, contributor, organisation)
    return len(word) > 1 and (own or not (words.common(label.strip()) or _country(label)))


def _country(label: str) -> bool:
    """Whether a label is a country's English name: a speaker's list ("Malta: 5 ECTS"), not a surname."""
    from ingest.metadata_countries import english_country  # its table of names is built at first use

    return english_country(label) is not None


def line_numbers(text: str) -> Callable[[int], int]:
    """A function from an offset in ``text`` to its line's number: one pass over the text, then a binary search
    per label (counting line ends from the start for each label would grow with the square of a long record)."""
    ends = [k for k, c in enumerate(text) if c == "\n"]
    return lambda offset: bisect.bisect_left(ends, offset)


def outcome_lines(passages: Sequence[Passage]) -> list[set[int]]:
    """For each passage, the lines that belong to a meeting's outcome (from a "Decisions:" line to the next
    section or agenda item): their labels name who is to act, never who spoke."""
    out: list[set[int]] = []
    inside: str | None = None
    previous = None
    for p in passages:
        if previous is not None and p.location.section_path != previous.location.section_path:
            section = re.sub(r"^[\d.]+\s*", "", p.location.section or "")
            inside = "block" if section and OUTCOME.match(section) else None
        lines: set[int] = set()
        for k, line in enumerate(p.text.split("\n")):
            if kind := outcome_kind(line):
                inside = kind
            elif inside and (agenda_heading(line) or (inside == "line" and TURN.match(line))):
                inside = None  # the next item, or a speaker after a one-line outcome
            if inside:
                lines.add(k)
        out.append(lines)
        previous = p
    return out


# an agenda item's heading, which ends a meeting's outcome: "Item 3: Funding", "Agenda item 2", "3. Recognition",
# "SESSION 2"
_AGENDA = re.compile(
    r"(?i)^(?:(?:agenda\s+)?item|point|session|part|topic|tagesordnungspunkt|top|punto|ordre\s+du\s+jour)\s*"
    r"\d{1,2}\b|^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÀ-Þ][^.!?]{0,80}$"
)


# a sheet's row read under its header, "Province: Santander; Members: 9800" (ingest.readers.sheet_rows): its first
# label names a column, not a speaker
_FIELD = re.compile(r"(?:^|;\s+)([^:;\n]{1,80}?):\s")


def _fields(line: str) -> tuple[str, ...]:
    """The column names of a line that reads as a sheet's row of named fields (two or more), else ()."""
    found = list(_FIELD.finditer(line))
    if len(found) < 2 or found[0].start() != 0:
        return ()
    return tuple(" ".join(m.group(1).split()).casefold() for m in found)


def table_rows(passages: Sequence[Passage]) -> set[tuple[int, int]]:
    """(passage, line) of the lines that are rows of one table: the same column names opening two lines or more.
    A speaker's turn is never written so, so their first label opens no turn."""
    signatures: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for i, p in enumerate(passages):
        for k, line in enumerate(p.text.split("\n")):
            if fields := _fields(line.strip()):
                signatures.setdefault(fields, []).append((i, k))
    return {at for rows in signatures.values() if len(rows) >= 2 for at in rows}


def agenda_heading(line: str) -> bool:
    """Whether ``line`` is an agenda item's heading ("Item 3: Funding", "3. Recognition")."""
    return bool(_AGENDA.match(line.strip()))


def find_speakers(passages: Sequence[Passage], contributor: str = "", organisation: str = "") -> set[str]:
    """The labels (lower-cased bases) that open turns in these passages, if they read as a record of turns.

    Titles and roles name speakers anywhere; a full name does once some name opens two turns or names the
    contributor; a surname alone on the evidence the module describes. Once one speaker is sure, every other
    name-shaped label opening a line is a speaker too, even one who speaks once."""
    from ingest.turns import MIN_TURN_SHARE, record_end  # the end of a record is the turns module's to say

    found = []
    lines: list[tuple[set[str], str]] = []  # lines from the first label on, with the labels opening turns there
    front = []  # the text before the first label: a title saying "Minutes of the board meeting"
    rows = table_rows(passages)
    for index, (p, outcome) in enumerate(zip(passages, outcome_lines(passages), strict=True)):
        opening: dict[int, set[str]] = {}
        line_of = line_numbers(p.text)
        if not found:
            front.append(p.location.section or "")  # "Minutes", a section the record sits in
        for m in TURN.finditer(p.text):
            line = line_of(m.start("label"))
            at_line = m.start() == 0 or "\n" in p.text[m.start() : m.start("label")] or p.text[m.start() - 1] == "\n"
            if (index, line) in rows:
                continue  # a table's column name, not a speaker
            if not found and _title_line(p.text, m, strong(m.group("label"))):
                continue  # "Micro-credentials: what we think" heads the document: its title, no one's turn
            if line not in outcome and (at_line or strong(m.group("label"))):
                if not found:
                    front.append(p.text[: m.start()])  # the passage's own lines above its first turn
                found.append(m.group("label"))
                opening.setdefault(line, set()).add(base(m.group("label")))
        if found:
            lines += [(opening.get(k, set()), line) for k, line in enumerate(p.text.split("\n")) if line.strip()]
        else:
            front.append(p.text)
    if not found:
        return set()
    words = _Words("\n".join(p.text for p in passages))  # read once labels are found: most files have none
    counts = Counter(base(x) for x in found)
    sections = {p.location.section or "" for p in passages}
    decided = any(
        _DECIDED.match(line.strip()) for line in [*"\n".join(p.text for p in passages).split("\n"), *sections]
    )
    meeting = bool(_MEETING.search(" ".join(front))) or bool(words.present) or decided

    def evident(label: str) -> bool:
        return _names_contributor(label, contributor, organisation) or counts[base(label)] >= 2

    speakers = {base(x) for x in found if strong(x) or (name_like(x) and evident(x))}
    # in a meeting's record, full names that each speak once are speakers too, unless a word of theirs is a common
    # word of the text or its stem is ("Quality Assurance:" beside "quality", "Credit Transfer:" beside "credits")
    speakers |= {
        base(x)
        for x in found
        if meeting and name_like(x) and not any(words.common_stem(w) for w in re.sub(r"\([^)]*\)", " ", x).split())
    }
    surname = [x for x in found if _surname_label(x, words, contributor, organisation)]
    speakers |= {base(x) for x in surname if evident(x) or words.named(x) or meeting}
    if speakers:
        speakers |= {base(x) for x in found if name_like(x)} | {base(x) for x in surname}
    turns = sum(counts[s] for s in speakers)
    # a transcript is mostly turns up to its end matter: a long annex or list of participants after the last
    # turn does not make it less of one
    last = max((k for k, (labels, _) in enumerate(lines) if labels & speakers), default=-1)
    end = next((k for k in range(last + 1, len(lines)) if record_end(lines[k][1].strip())), len(lines))
    # a brief that quotes a minister and two employers among thirty paragraphs of its own is no transcript: its
    # own text after a quotation would otherwise be read as the quoted speaker's turn going on
    if len(speakers) < 2 or turns < 3 or turns < MIN_TURN_SHARE * end:
        return set()
    return speakers


def _title_line(text: str, match: re.Match[str], sure: bool) -> bool:
    """Whether a label opens a line that reads as the document's title before any turn: the first line of its
    passage, short and without a sentence's end ("Garden: what we did"), under no title or role of a speaker."""
    if sure or text[: match.start()].strip():
        return False
    line = text[match.start("label") :].split("\n", 1)[0].strip()
    rest = line[len(match.group("label")) :].lstrip(" :")
    return len(rest.split()) >= 2 and len(line.split()) <= 10 and not rest.endswith((".", "!", "?", ";", ","))


def unsure_labels(passages: Sequence[Passage], speakers: set[str]) -> set[str]:
    """In a record, the labels opening a line that may name a person but are not known speakers ("Baker:" in a
    text that also writes "baker"): whose words follow is unclear, so they are credited to nobody."""
    found = {
        base(m.group("label"))
        for p in passages
        for m in TURN.finditer(p.text)
        if m.start() == 0 or "\n" in p.text[m.start() : m.start("label")] or p.text[m.start() - 1] == "\n"
    }
    return {
        f
        for f in found - speakers
        if not strong(f)
        and not OUTCOME.match(f + ":")
        and all(w not in NOT_NAMES and not w.isdigit() for w in f.split())
        and len(f.split()) <= 2
        and not _country(f)
    }
