"""Cues and boilerplate that are nobody's input: a speech's "[SLIDE 2] [pause]", a stage direction in brackets,
"CHECK AGAINST DELIVERY", a press release's "For immediate release" and its "###" or "ENDS" line, and a social
network's buttons and counts copied or photographed with a post ("Like  Comment  Repost  Send", "37 comments").

A speaker's text carries notes to themselves: slide changes and pauses in square brackets inside a sentence, whole
paragraphs in brackets that tell them what to do ("[Thank the organisers. Invite questions.]"), and the press
office's heading. Quoted in the speaker's name they would put words in their mouth that they never said, so they
are taken out of every passage, whatever the file's format, before the passages are cut into chunks. The rule is
narrow: an inline bracket is a cue only when it names one (a slide, a pause, applause, laughter, a video, a click),
a whole bracketed paragraph only when it is short and in brackets from its first character to its last, and a
boilerplate line only when it stands alone on its line. An editor's insertion ("the [national] agency") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage
from ingest.press_release import drop_press_furniture

_I = re.IGNORECASE
# a cue inside the text: "[SLIDE 2]", "[next slide]", "[pause]", "(applause)", "[laughter]", "[click]", "[video]"
_INLINE = re.compile(
    r"\s*[\[(](?:(?:next\s+|previous\s+|back\s+to\s+)?slides?(?:\s+\d+)?|pause|long\s+pause|applause|laughter|"
    r"click|video(?:\s+(?:clip|plays?|starts?|ends?|\d+))?|show\s+(?:slide|video|chart|image)(?:\s+\d+)?|music|beat|smile|look\s+up)[\])]",
    _I,
)
# what is left of a list item that held only a cue ("- [pause]"): its bullet or number, which says nothing
_BARE_ITEM = re.compile(r"^\s*(?:[-*+•▪◦–—·]|\d{1,3}[.)])\s*$")
# a whole paragraph of instructions in brackets: "[Thank the organisers. Invite questions.]"
_DIRECTION = re.compile(r"^\s*\[[^\[\]]{3,300}\]\s*$")
# a press office's or speechwriter's line: on a line of its own
_BOILERPLATE = re.compile(
    r"^\s*(?:check\s+against\s+(?:the\s+)?delivery|as\s+prepared\s+for\s+delivery|for\s+immediate\s+release|"
    r"embargoed\s+(?:until|till)\b.{0,60}|#{3}|-?\s*ends\s*-?|-\s*30\s*-)\s*$",
    _I,
)


# a social network's machinery copied or photographed with a post: its buttons, counts and time line, each on a
# line of its own ("Like  Comment  Repost  Send", "37 comments • 12 reposts", "2d • Edited", "See translation")
_BUTTONS = r"(?:like|comment|repost|reshare|share|send|reply|follow|\+\s*follow|save|celebrate|support|love|insightful)"
# (a photographed post read by OCR has its "·" read as ":", "-" or "«": "3d - Edited", "Rania Haddad : 2nd")
_DOT = r"[•·\-–:|«»°]"
_COUNTS = (
    r"(?:\d[\d,.]*[km]?\s+(?:reactions?|comments?|reposts?|shares?|likes?|views?|followers?|boosts?|favou?rites?|"
    r"repl(?:y|ies)|retweets?|bookmarks?)\s*"
    rf"(?:(?:{_DOT}|,)\s*)?)"
)
_TIME = rf"\d{{1,2}}\s*(?:s|m|h|d|w|mo|y|yr|min|hr)s?\s*{_DOT}\s*(?:edited\s*{_DOT}?\s*)?\W*"
_SOCIAL = re.compile(
    rf"^\W*(?:{_BUTTONS}(?:\s+{_BUTTONS}){{1,6}}|see\s+translation|\W*(?:see|show)\s+more|…\s*more|report\s+this\s+post|"
    rf"{_COUNTS}+|{_TIME}|"
    r"[•·]\s*(?:1st|2nd|3rd\+?)|[^\w\s\x00-\x7f•·▪■◦–—]{1,12}\s*\d[\d,.]*[km]?)\W*$",
    _I,
)
# a post's author line: the name and the network's degree of connection ("Ana Petrova · 2nd"); its headline
# under it, down to the time line, is the profile's, not the post's
_AUTHOR = re.compile(rf"^\s*([^\W\d_][\w'’.\- ]{{1,60}}?)\s*{_DOT}\s*(?:1st|2nd|3rd\+?)\s*$", _I)
_HEADLINE_LINES = 3
# counts run onto the line above them by OCR ("#nursing 214 reactions - 37 comments"): two or more at its end
_TRAILING_COUNTS = re.compile(rf"\s+{_COUNTS}{{2,}}\W*$", _I)
# a line of hashtags only: the post's labels, never a sentence of it
_HASHTAGS = re.compile(r"^\s*(?:#[^\W\d_][\w-]*\s*)+$")


_TIME_LINE = re.compile(rf"^\W*{_TIME}$", _I)


def _is_author(line: str) -> bool:
    """A person's name, capitalised, alone or with the network's degree ("Ana Petrova · 2nd")."""
    author = _AUTHOR.match(line)
    names = (author.group(1) if author else line).split()
    return 2 <= len(names) <= 5 and all(name[:1].isupper() and name[1:2] != "." for name in names)


def drop_post_header(text: str) -> tuple[str, bool]:
    """``text`` without a copied post's header, when it opens the text: the author's name, their headline and the
    time line ("2d • Edited • 🌐") as its first paragraph. The second value says whether one was left out.
    Without the time line closing it, a first paragraph is the text's own (a title, an address) and stays."""
    lines = text.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    end = next((k for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    header = lines[start:end]
    if not 2 <= len(header) <= 4 or not _TIME_LINE.match(header[-1]) or not _is_author(header[0]):
        return text, False
    if any(len(line.split()) > 15 or line.rstrip().endswith((".", "!", "?")) for line in header[1:-1]):
        return text, False
    return "\n".join(lines[end:]).lstrip("\n"), True


def _post_header(lines: list[str]) -> set[int]:
    """The lines of a post's header: an author line with its degree, the headline under it and the time line
    closing it (when the time line comes within a few short lines); else only the author line."""
    gone: set[int] = set()
    for i, line in enumerate(lines):
        if not _AUTHOR.match(line) or not _is_author(line):
            continue  # a person's name, capitalised: "Edition: 2nd" is no author line
        gone.add(i)
        for j in range(i + 1, min(len(lines), i + 2 + _HEADLINE_LINES)):
            if lines[j].strip() and _SOCIAL.match(lines[j]):
                gone.update(range(i, j + 1))
                break
            if len(lines[j].split()) > 15 or lines[j].rstrip().endswith((".", "!", "?")):
                break
    return gone


def _clean(text: str) -> str:
    lines = []
    every = text.split("\n")
    header = _post_header(every)
    dropped = False
    for k, line in enumerate(every):
        line = _TRAILING_COUNTS.sub("", line)
        if k in header or any(rule.match(line) for rule in (_BOILERPLATE, _DIRECTION, _SOCIAL, _HASHTAGS)):
            dropped = True
            continue
        bare = _INLINE.sub("", line)
        if bare == line:
            lines.append(line)  # blank lines too: they set a passage's paragraphs apart
        elif bare.strip() and not _BARE_ITEM.match(bare):  # an item that was only a cue goes with its bullet
            lines.append(" ".join(bare.split()))
    # blank lines a left-out header or footer stood between are no paragraph break of the text's own
    return "\n".join(lines).strip("\n") if dropped else "\n".join(lines)


# a web page's share bar printed or copied with its article ("Share this post: Facebook LinkedIn E-mail"): a share
# label and the networks' names only, on a line of its own, or running on into a "Related posts" label and the
# site's list of other posts, as a reader that rejoins wrapped lines leaves it
_NETWORKS = (
    r"facebook|linkedin|twitter|x|e-?mail|whatsapp|telegram|viber|reddit|xing|mastodon|bluesky|threads|pinterest|"
    r"print|copy\s+link"
)
_RELATED = r"related\s+(?:posts|articles|stories|reading)|you\s+may\s+also\s+like|read\s+next|more\s+from\s+the\s+blog"
_SHARE_BAR = re.compile(
    rf"^\W*share(?:\s+(?:this|the))?(?:\s+(?:post|article|page|story|entry))?(?:\s+on)?\s*[:\-–]?\s*"
    rf"(?:(?:{_NETWORKS})(?:\s*[,|/·•]\s*|\s+)?){{1,10}}(?:(?P<related>{_RELATED})\b.*|\W*)$",
    _I,
)
_RELATED_LINE = re.compile(rf"^\W*(?:{_RELATED})\W*$", _I)


def _without_share_bar(text: str) -> str:
    """``text`` without a web page's share bar, and without the site's list of related posts (and newsletter box)
    when a "Related posts" label comes with the bar or on the next line: what follows it is the site's, never the
    article's. Without a share bar, a "Related articles" heading is a text's own."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        bar = _SHARE_BAR.match(line)
        if not bar:
            continue
        after = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if bar.group("related") or (after is not None and _RELATED_LINE.match(lines[after])):
            return "\n".join(lines[:k]).rstrip("\n")
        return "\n".join(lines[:k] + lines[k + 1 :])
    return text


def drop_cues(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` (one text's) without speakers' cues, stage directions and press boilerplate (a press release's
    letterhead and notes to editors among it: ingest.press_release), and a web page's share bar with the related
    posts under it; passages left empty go. The second value holds a warning for each kind taken out."""
    kept: list[Passage] = []
    # a press release's letterhead and notes to editors, which only the whole text's lines tell apart
    framed, changed = drop_press_furniture(passages)
    shared = 0
    for passage in framed:
        text = _without_share_bar(passage.text)
        shared += text != passage.text
        cleaned = _clean(text)
        changed += cleaned != text
        if cleaned.strip():
            kept.append(passage if cleaned == passage.text else replace(passage, text=cleaned))
    notes = [f"speaker's cues or press boilerplate left out of {changed} passage(s)"] if changed else []
    if shared:
        notes.append(f"a web page's share buttons and related posts left out of {shared} passage(s)")
    return kept, notes


# a post's time and client line on a network's web page: "Mar 11, 2026, 09:14 · 🌐 · Web", "10:02 AM · Mar 9,
# 2026": short items between dots, a clock time and a date among them (an agenda's "09:30 · Welcome" has no date)
_STAMP_ITEM = re.compile(r"^[^.!?]{1,40}$")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d", _I)
# an author's handle on a line of its own, on a federated network or another ("@rbrondum@fagligt.social")
_HANDLE = re.compile(r"^\s*@[\w.]{1,40}(?:@[\w.-]+\.[a-z]{2,})?\s*$", _I)


def _is_stamp(line: str) -> bool:
    items = [item.strip() for item in re.split(r"\s[·•]\s", line)]
    return (
        len(items) >= 2
        and all(_STAMP_ITEM.match(item) and len(item.split()) <= 5 for item in items)
        and any(_CLOCK.search(item) for item in items)
        and bool(_DATED.search(line))
    )


def drop_social_lines(text: str) -> tuple[str, int]:
    """A text's lines without a social network's buttons, counts and time line, when two or more such lines show
    that it was copied from a post (a reader that joins a paragraph's lines calls this first). In such a text, a
    post's time and client line and its author's handle with the name over it are the network's too."""
    lines = text.split("\n")
    social = [i for i, line in enumerate(lines) if line.strip() and _SOCIAL.match(line)]
    if social:
        social += [i for i, line in enumerate(lines) if _is_stamp(line) or _HANDLE.match(line)]
        social += [i - 1 for i, line in enumerate(lines) if i and _HANDLE.match(line) and _is_author(lines[i - 1])]
    if len(social) < 2:
        return text, 0
    gone = set(social)
    return "\n".join(line for i, line in enumerate(lines) if i not in gone), len(social)
