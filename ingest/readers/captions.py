"""Captions (WebVTT, and SubRip's numbered cues) saved as text: a transcript, each cue its speaker's.

A webinar's or a video's captions come as a WebVTT file (``WEBVTT``, ``Kind:`` and ``Language:`` lines, ``NOTE``
blocks, then cues: an optional number, a timing line "00:00:02.000 --> 00:00:06.400", one or two lines of text)
and are often saved under .txt. Read as plain text, each cue's number, timing and ``<v Name>`` voice tag would be
the contributor's words, and so would the host's questions. Here the cues are read as a transcript: the timing,
numbers, header, notes and markup are left out, a cue's voice tag becomes its speaker's label, and the cues one
speaker says in a row are one turn ("Name: ..."), so ingest keeps only the contributor's turns and names the other
speakers in a warning (ingest.turns). Captions with no voice tags are read as the file's own words, cue by cue in
paragraphs ended at a sentence's end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.model import Location, Passage

_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?$"
)
_HEADER = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]{1,80})>")
_TAG = re.compile(r"</?[a-z]+(?:\.[\w.-]+)*(?:[ \t][^>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>", re.IGNORECASE)
_ENDS = (".", "!", "?", "…", '"', "”")
_MIN_CUES = 3
_PARAGRAPH_CHARS = 700


@dataclass(frozen=True)
class Cue:
    """One caption cue: its number (from 1, in the file's order), its speaker (None without a voice tag), its text."""

    number: int
    speaker: str | None
    text: str


@dataclass(frozen=True)
class Captions:
    """The cues of a captions file and the title its first note gives (None without one)."""

    cues: tuple[Cue, ...]
    title: str | None


def _payload(lines: list[str]) -> tuple[str | None, str]:
    """A cue's speaker (its first voice tag) and its text without markup, its lines joined."""
    joined = "\n".join(lines)
    voice = _VOICE.search(joined)
    text = _TAG.sub("", _VOICE.sub("", joined))
    text = " ".join(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split())
    return (" ".join(voice.group(1).split()) if voice else None), text


def read_captions(text: str) -> Captions | None:
    """The cues of WebVTT or SubRip captions, or None when ``text`` is not captions (a WebVTT header, or three
    cues or more, each a timing line "00:00:02,000 --> 00:00:06,400" over its text)."""
    blocks = [
        b.strip("\n").split("\n") for b in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    ]
    blocks = [b for b in blocks if any(line.strip() for line in b)]
    if not blocks:
        return None
    vtt = bool(_HEADER.match(blocks[0][0].strip()))
    cues: list[Cue] = []
    title = None
    others = 0
    for k, block in enumerate(blocks):
        if k == 0 and vtt:
            continue  # the header and its "Kind:" and "Language:" lines
        if _BLOCK.match(block[0].strip()):
            note = [line.strip() for line in [block[0].strip()[4:], *block[1:]] if line.strip()]
            if title is None and block[0].startswith("NOTE") and note and len(note[0]) <= 120:
                title = note[0]
            continue
        at = next((i for i, line in enumerate(block[:2]) if _TIMING.match(line)), None)
        if at is None:
            others += 1
            continue
        speaker, said = _payload(block[at + 1 :])
        if said:
            cues.append(Cue(len(cues) + 1, speaker, said))
    if len(cues) < _MIN_CUES or (not vtt and others > len(cues) // 4):
        return None  # a few timings in prose, or a document with a timetable in it: not captions
    return Captions(tuple(cues), title)


def _full(group: list[Cue]) -> bool:
    """Whether a paragraph of unvoiced cues is long enough and closes at a sentence's end."""
    return sum(len(c.text) for c in group) > _PARAGRAPH_CHARS and group[-1].text.endswith(_ENDS)


def _label(first: int, last: int) -> str:
    return f"cue {first}" if first == last else f"cues {first}-{last}"


def caption_passages(captions: Captions, add) -> list[Passage]:  # noqa: ANN001 - the text reader's budget
    """The cues as turns: those one speaker says in a row are one passage "Name: ...", labelled by their cues;
    captions without voices are paragraphs of cues closed at a sentence's end. ``add`` counts the characters."""
    passages: list[Passage] = []
    group: list[Cue] = []

    def flush() -> None:
        if not group:
            return
        said = " ".join(cue.text for cue in group)
        text = f"{group[0].speaker}: {said}" if group[0].speaker else said
        k = len(passages) + 1
        passages.append(Passage(add(text), Location(label=_label(group[0].number, group[-1].number), paragraph=k)))
        group.clear()

    for cue in captions.cues:
        # a new speaker opens a new turn; unvoiced cues are cut into paragraphs at a sentence's end
        if group and (cue.speaker != group[0].speaker or (cue.speaker is None and _full(group))):
            flush()
        group.append(cue)
    flush()
    return passages
