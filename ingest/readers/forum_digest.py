"""A course forum's e-mail digest: several people's posts in one message, each under its author's "by" line.

A learning platform (Moodle and those like it) mails a forum's subscribers a daily digest: the platform's preamble
("This is your daily digest of new posts ..."), then each discussion's path ("Course -> Forums -> Forum ->
Discussion") and link, and each post as its subject, a line "by Name - Tuesday, 3 March 2026, 10:14 AM", a rule,
the post's text, a rule and "See this post in context:" with its link; a footer says why the mail came. Read as
one text, the tutor's opening post and every colleague's reply would be credited to the file's contributor. Here
each post is a message of its author (ingest.readers.digest), so that ingest keeps only the contributor's posts and
names the others in a warning (ingest.forwards); the preamble, paths, links and footer are nobody's input.
"""

from __future__ import annotations

import re

from ingest.readers.digest import Message

# "by Laura Stūrmane - Tuesday, 3 March 2026, 9:02 AM", "von Anna Berg - Dienstag, 3. März 2026, 09:02": a name,
# a dash and a date holding a year (the platform's word for "by" in a few of the languages it is used in)
_BY = re.compile(
    r"^\s*(?:by|von|par|por|di|door|av|af|autor[a]?:?)\s+(?P<name>[^\d\n@]{2,80}?)\s+[-–—]\s+"
    r"(?P<date>[^\n]{0,40}\b(?:19|20)\d{2}\b[^\n]{0,30})$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^\s*(?:-{10,}|_{10,}|={10,})\s*$")
_IN_CONTEXT = re.compile(r"(?i)^\s*(?:see this post in context|diesen beitrag im zusammenhang|voir ce message)")
_MIN_POSTS = 2


def _body(lines: list[str], start: int, stop: int) -> str:
    """A post's text: the lines after its "by" line (and the rule under it) up to the next rule or link line."""
    at = start
    while at < stop and not lines[at].strip():
        at += 1
    if at < stop and _RULE.match(lines[at]):
        at += 1
    body: list[str] = []
    for line in lines[at:stop]:
        if _RULE.match(line) or _IN_CONTEXT.match(line):
            break
        body.append(line)
    return "\n".join(body).strip("\n")


def split_forum_digest(text: str) -> list[Message] | None:
    """The posts of a forum's e-mail digest, or None when ``text`` is not one (two posts or more, each a "by Name
    - date" line under a subject line, with a rule under it or "See this post in context" after its text)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    heads = [k for k, line in enumerate(lines) if k > 0 and lines[k - 1].strip() and _BY.match(line)]
    if len(heads) < _MIN_POSTS:
        return None
    framed = sum(
        1
        for k in heads
        if (k + 1 < len(lines) and _RULE.match(lines[k + 1])) or any(_IN_CONTEXT.match(x) for x in lines[k : k + 60])
    )
    if framed < len(heads):
        return None  # "by Ana - 2026" lines in prose, not a digest's posts
    posts: list[Message] = []
    for n, k in enumerate(heads):
        stop = heads[n + 1] - 1 if n + 1 < len(heads) else len(lines)  # the next post's subject line
        match = _BY.match(lines[k])
        assert match is not None
        subject = lines[k - 1].strip()
        posts.append(Message(n + 1, " ".join(match.group("name").split()), subject, _body(lines, k + 1, stop)))
    return posts
