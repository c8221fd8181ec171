"""Titles that a scanner, a phone app or a producing program writes into a file: they name the tool, not the document.

A scanned letter's PDF says "Scanned document", "HP Scan", "Canon iR-ADV C5535", "Scan 2026-03-12 10.41" or
"scan0001"; a phone app "CamScanner 12-03-2026 10.41" or "Adobe Scan 12 Mar 2026"; a camera "IMG_20260312_1041";
a document printed to PDF "Microsoft Word - brief.docx" or the name of the program that made it. None of them names
what the document is about, so a title the sheet does not give falls to the first heading, then to the file's name
(ingest.metadata). The rule is narrow: the tool's word or a device's name and model, and nothing after it but
numbers, dates and times; a title that goes on in words ("Scan results of the 2025 graduate survey") is a title.
"""

from __future__ import annotations

import re

# a scanner's, an app's or a camera's word for what it made; "scan0001", "Scanned Document", "IMG_1041"
_TOOL_WORD = (
    r"(?:scanned|scan(?:ned)?\s*(?:document|doc|image|img|file|page|copy|pdf)s?|scans?|scanned\s+from\s+an?\s+\S+"
    r"(?:\s+\S+){0,3}|image|img|dsc[nf]?|pic|photo|picture|fax|document|doc|new\s+document|copy|"
    r"cam\s?scanner|adobe\s+scan|genius\s+scan|tiny\s*scanner|(?:microsoft|office)\s+lens|scanner\s+pro|"
    r"scansnap|pdf\s+document|printed\s+document|print)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|"
    r"jul|aug|sept?|oct|nov|dec)\.?"
)
# what a tool writes after its word: counters, dates, times ("0001", "2026-03-12 10.41", "12 Mar 2026, 10:41 am")
_STAMP_TAIL = rf"(?:[\s_\-.,:#()]*+(?:\d++|{_MONTH}|[ap]\.?m\.?|at|from|on)(?![^\W_]))*+[\s_\-.,:()]*"
_TOOL_TITLE = re.compile(rf"^{_TOOL_WORD}{_STAMP_TAIL}(?:\.(?:pdf|jpe?g|png|tiff?))?$", re.IGNORECASE)
# makers of scanners and office printers: their device's name and model as a title ("RICOH IM C3000",
# "KONICA MINOLTA bizhub C458", "HP LaserJet MFP M428fdw", "Xerox WorkCentre 7845")
_MAKERS = (
    r"hp|hewlett[- ]packard|canon|ricoh|xerox|konica\s+minolta|minolta|brother|epson|sharp|kyocera|lexmark|"
    r"toshiba|fujitsu|fuji\s*xerox|fujifilm|samsung|oc[eé]|panasonic|olivetti|nashuatec|gestetner|lanier|savin|"
    r"utax|triumph-adler|plustek|avision|visioneer|dell"
)
_DEVICE = re.compile(rf"^(?:{_MAKERS})(?P<rest>(?:\s+\S+){{1,6}})$", re.IGNORECASE)
_DEVICE_WORD = re.compile(
    r"(?i)^(?:scan|scanner|scans|mfp|mfc|printer|copier|multifunction|imagerunner|workcentre|workcenter|versalink|"
    r"altalink|bizhub|taskalfa|laserjet|officejet|deskjet|envy|pixma|ecotank|scanjet|scansnap|e-studio)$"
)
# a program's boilerplate when it prints to PDF or saves with no title of its own
_PROGRAM_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel|office\s+word)\s*[-\u2013]\s*.*|"
    r"click\s+(?:or\s+tap\s+)?here\s+to\s+enter.*|(?:word|writer|pdf)\s+document|new\s+microsoft\s+\w+\s+document)$",
    re.IGNORECASE,
)


def is_tool_title(title: str) -> bool:
    """Whether ``title`` is a scanner's, an app's, a camera's or a producing program's own wording (see the module's
    doc), rather than words that name the document."""
    text = " ".join(title.split()).strip(" \"'")
    if not text:
        return False
    if _TOOL_TITLE.match(text) or _PROGRAM_TITLE.match(text):
        return True
    device = _DEVICE.match(text)
    if device is None:
        return False
    rest = device.group("rest").split()
    return any(_DEVICE_WORD.match(word) or any(c.isdigit() for c in word) for word in rest)


def names_the_producer(title: str, *producers: str | None) -> bool:
    """Whether ``title`` only repeats the name of the program or device that made the file (the PDF's creator or
    producer): a tool's name is no title."""
    key = " ".join(title.split()).casefold()
    return bool(key) and any(key == " ".join((p or "").split()).casefold() for p in producers)
