"""HTML reader (lxml.html): web pages saved from a browser, located by section and table as DOCX is.

Headings ``h1``-``h6`` open sections (``section 2.1 Workload``), paragraphs, list items and other blocks are text
of their section, tables are ``section ..., table K``. Scripts, styles, hidden elements and page-level navigation,
banners, footers and sidebars are not the contribution's text and are skipped, as are the list marks Word writes
as text when it saves a document as a web page, and a letter's greeting and closing (ingest.readers.html_letter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from ingest.model import DocumentProperties, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.html_authorship import quote_co_authors
from ingest.readers.html_buttons import is_button
from ingest.readers.html_decoding import decode_html
from ingest.readers.html_discord import discord_export
from ingest.readers.html_discussion import discussion_page
from ingest.readers.html_forum import forum_thread
from ingest.readers.html_gdocs import prepare_google_docs
from ingest.readers.html_letter import without_letter_furniture
from ingest.readers.html_notes import drop_note_attributes
from ingest.readers.html_press import drop_press_furniture
from ingest.readers.html_telegram import telegram_export
from ingest.readers.text import (
    DEFAULT_LIMITS,
    CharBudget,
    clean_text,
    passages_from_blocks,
    read_bytes,
    title_heading,
)

# Never text a reader of the page sees (or text of the page's machinery: form controls, media fallbacks).
_SKIPPED = frozenset(
    ("head script style noscript template svg iframe object embed canvas audio video button select datalist").split()
)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# header/footer are the page's banner and footer only outside these (HTML-AAM); an aside only outside these two
_HEADER_SCOPES = frozenset({"article", "aside", "main", "nav", "section"})
_ASIDE_SCOPES = frozenset({"article", "section"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset(
    (
        "p div li ul ol dl dt dd blockquote pre section article main body figure figcaption address hr form fieldset "
        "legend details summary center header footer aside nav caption tr td th table tbody thead tfoot br"
    ).split()
)
_CELLS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
# a cookie or consent banner, named so by its id or class ("cookie-banner", "cc-window", "gdpr-consent")
_CONSENT = re.compile(r"cookie|consent|gdpr|\bcc[-_](?:window|banner)", re.IGNORECASE)
# a block of page furniture named so by its id or class, as site templates name a side column, a breadcrumb
# trail, a menu, a list of related links or share buttons, or the page's footer ("sidebar", "widget-area",
# "site-footer", "related-posts", "share-buttons"): the site's, not the contribution's, text
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:sidebar|side-bar|sidenav|widgets?|breadcrumbs?|navbar|menu|footer|related|share|sharing|"
    r"newsletter|skip-link|pagination|"
    # readers' comments under a post (WordPress "comments-area", "comment-list", the reply form "respond", Disqus):
    # other people's words, never the contribution's
    r"comments|commentlist|comment-list|comments-area|comment-respond|comment-form|respond|disqus|disqus_thread|"
    # a wiki's machinery (MediaWiki names it so): the links to skip to the menus, the table of contents box, an
    # "[edit]" link after each heading, the categories line, the "Retrieved from" footer, the navigation boxes
    # and the site's tagline; the article's own text lies outside them
    r"toc|toctitle|editsection|catlinks|printfooter|mw-jump|mw-jump-link|jump-to-nav|mw-navigation|mw-panel|"
    r"mw-head|navbox|sitesub|contentsub|mw-indicators)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# a post's or a proposal's record around its text, as participation platforms and blogs name it by class (Decidim's
# "author-data", "proposal-state", "proposal-supports", "proposal-meta"; "post-meta", "entry-date"): who posted it
# and when, its reference, state, support or vote count, scope, category and tags, none of it the contribution's
# words. Matched on whole class names, so "state-aid" or "author-note" stay
_RECORD_META = re.compile(
    r"^(?:author-(?:data|name|nickname|info|meta|avatar)|reference|process-phase|supports-count|votes-count|"
    r"[a-z]+-(?:meta|metadata|state|status|supports|votes|endorsements|reference|date|phase))$"
)
# "[edit]" (or "[edit source]") left at a heading's end by a wiki page saved without its classes
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?:\s+source)?(?:\s*\|\s*edit(?:\s+source)?)?\s*\]\s*$", re.IGNORECASE)
# a skip link's text standing alone ("Jump to navigation", "Jump to: navigation, search", "Skip to main content")
_SKIP_LINK = re.compile(
    r"^(?:(?:jump|skip)\s+to:?\s*(?:the\s+)?(?:main\s+)?(?:navigation|search|content|menu)[\s,]*)+$", re.IGNORECASE
)
# a list mark Word writes when it saves a document as a web page: a bullet glyph (Symbol's "·", Courier New's
# "o", Wingdings' "§", "Ø", "ü" ...) followed by non-breaking spaces that stand for its tab. A mark, not text
_WORD_LIST_MARK = re.compile(r"^\s*[·•◦▪■□➢o§Øüv\-–\uf0b7\uf0a7\uf0d8\uf0fc\uf076](?:\s*\u00a0){2,}\s*")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DATE_METAS = ("date", "dcterms.created", "dcterms.date", "dc.date", "article:published_time", "citation_date")
_PARSE_ERRORS = (etree.LxmlError, ValueError, TypeError)


def _one_line(text: str) -> str:
    return clean_text(text).replace("\n", " ")


def _has_ancestor(element: Any, tags: frozenset[str]) -> bool:
    return any(isinstance(a.tag, str) and a.tag.lower() in tags for a in element.iterancestors())


def _panels(root: Any) -> frozenset[str]:
    """The ids of the panels an accordion's questions open (``aria-controls`` of a control in a heading that says
    whether it is expanded, as the WAI-ARIA accordion pattern writes it): a collapsed answer is hidden only until a
    reader clicks its question, so it is the page's text. A menu's or a banner's toggle sits in no heading."""
    ids: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or element.get("aria-expanded") is None:
            continue
        if element.get("aria-controls") and _has_ancestor(element, frozenset(_HEADINGS)):
            ids.update(element.get("aria-controls").split())
    return frozenset(ids)


def _skipped(element: Any, tag: str, *, heading: bool = False, panels: frozenset[str] = frozenset()) -> bool:
    """Whether the element and its content are outside the page's own text. ``heading``: the element sits in a
    heading, whose text is its text whatever element holds it (an accordion's question is a button in an h3);
    ``panels``: ids of collapsed accordion panels, read although hidden."""
    if tag in _SKIPPED and not (heading and tag == "button"):
        return True
    hidden = element.get("hidden") is not None or (element.get("aria-hidden") or "").strip().lower() == "true"
    if (hidden or _HIDDEN_STYLE.search(element.get("style") or "")) and element.get("id") not in panels:
        return True
    if tag == "input" and (element.get("type") or "").lower() == "hidden":
        return True
    if (element.get("role") or "").strip().lower() in _BOILERPLATE_ROLES:
        return True
    if tag == "nav" or (tag == "dialog" and element.get("open") is None):
        return True
    if is_button(element, tag):
        return True  # a page's buttons ("Apply now", "Download the fact sheet") are the site's, not the writer's
    if (element.get("role") or "").strip().lower() in ("dialog", "alertdialog") or (
        element.get("aria-modal") or ""
    ).strip().lower() == "true":
        return True  # a pop-up over the page (a cookie or newsletter prompt), not the page's own text
    if tag not in ("main", "article", "body", "html"):
        names = f" {element.get('id') or ''} {element.get('class') or ''} "
        if _CONSENT.search(names) or _FURNITURE.search(names):
            return True  # a consent banner, page furniture or readers' comments, named so by the site template
        if any(_RECORD_META.match(c) for c in (element.get("class") or "").casefold().split()):
            return True  # a post's author line, date, reference, state, supports and tags
    if tag in ("header", "footer"):
        return not _has_ancestor(element, _HEADER_SCOPES)
    if tag == "aside":
        return not _has_ancestor(element, _ASIDE_SCOPES)
    return False


def _question_heading(element: Any, tag: str) -> bool:
    """Whether ``element`` heads the text after it as a heading does: a ``details``' ``summary``, or a term of a
    definition list that asks a question (an FAQ written ``<dt>question?</dt><dd>answer</dd>``; a glossary's
    terms stay text)."""
    if tag == "summary":
        parent = element.getparent()
        return parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "details"
    return tag == "dt" and _one_line(element.text_content()).endswith("?")


def _layout_table(element: Any) -> bool:
    """A table used to lay out a page (it holds headings, or says it is presentational), not a data table."""
    if (element.get("role") or "").strip().lower() in ("presentation", "none"):
        return True
    return any(isinstance(d.tag, str) and d.tag.lower() in _HEADINGS for d in element.iterdescendants())


@dataclass
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    cell: list[str] | None = None
    caption: str = ""

    def close_cell(self) -> None:
        if self.cell is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(_one_line("".join(self.cell)))
            self.cell = None

    def lines(self) -> list[str]:
        self.close_cell()
        rows = [" | ".join(row) for row in self.rows if any(row)]
        return [self.caption, *rows] if self.caption and rows else rows


@dataclass
class _Block:
    kind: str  # "heading", "text", "table"
    text: str
    level: int = 0


# opens each line of a quotation an e-mail's writer put in their own text (a blockquote that quotes no earlier
# message), so the e-mail reader can keep it as a quotation (QUOTE_MARK) rather than drop it as quoted history
OWN_QUOTE = "\ue000"
# the classes mail clients give the blockquote holding a reply's history
_HISTORY_CLASSES = frozenset({"gmail_quote", "yahoo_quoted", "moz-cite-prefix"})


def _cites(element: Any) -> bool:
    """Whether a blockquote says it quotes an earlier message: ``type="cite"`` (Apple Mail, Thunderbird), a
    ``cite`` address, or a mail client's history class."""
    classes = set((element.get("class") or "").split())
    return (
        (element.get("type") or "").strip().lower() == "cite"
        or bool(element.get("cite"))
        or bool(classes & _HISTORY_CLASSES)
    )


class _Walker:
    """Turns a parsed page into headings, text blocks and tables in document order."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.line: list[str] = []
        self.tables: list[_Table] = []  # open data tables, innermost last
        # the heading being read: its level, its text so far, and the element that opened it (an h1-h6, a
        # details' summary, a definition list's question)
        self.heading: tuple[int, list[str], Any] | None = None
        self.section_level = 1  # the level of the last h1-h6: a summary or a question in a list goes under it
        self.panels: frozenset[str] = frozenset()
        # an e-mail's quoted history sits in blockquotes: with ``quotes``, each of their lines is opened by "> "
        # per level, as a plain-text message quotes (ingest.readers.eml_thread reads it so)
        self.quotes = False
        self.quote = 0
        # a blockquote quoting no earlier message is the writer's own quotation: its depth, where its blocks
        # start, and what each open blockquote is ("history" or "own")
        self.own = 0
        self.own_start = 0
        self.quote_kinds: list[str] = []
        # once a blockquote held an earlier message, the later ones are its lines answered one by one (an inline
        # reply): quoted lines are never the writer's own
        self.answered = False
        self.pre = 0
        self.caption: list[str] | None = None
        self.title: Any = None  # the paragraph that titles the document (Google Docs' "Title" style)

    def text(self, value: str | None) -> None:
        if not value:
            return
        if not self.pre:
            value = _HTML_SPACE.sub(" ", value)
        if self.caption is not None:
            self.caption.append(value)
        elif self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.append(value)
        elif self.heading is not None:
            self.heading[1].append(value)
        elif not self.tables:  # text loose between table rows is dropped, as browsers move it out of sight
            self.line.append(value)

    def break_line(self) -> None:
        """A block boundary: inside a cell a space, elsewhere the end of a paragraph."""
        if self.tables and self.tables[-1].cell is not None:
            self.tables[-1].cell.append(" ")
        elif self.heading is not None:
            self.heading[1].append(" ")
        elif self.line:
            text = clean_text(_WORD_LIST_MARK.sub("", "".join(self.line), count=1))
            if text and self.quotes and self.quote:
                text = "\n".join("> " * self.quote + line for line in text.split("\n"))
            if text and not _SKIP_LINK.match(text):
                self.blocks.append(_Block("text", text))
            self.line.clear()

    def start(self, element: Any, tag: str) -> None:
        """Handle an opening tag: headings, data tables, rows and cells, and block boundaries."""
        if element is self.title and self.heading is None:
            self.break_line()
            self.heading = (0, [], element)  # level 0: the document's title, no section
        elif tag in _HEADINGS and not self.tables and self.heading is None:
            self.break_line()
            self.heading = (_HEADINGS[tag], [], element)
            self.section_level = _HEADINGS[tag]
        elif not self.tables and self.heading is None and _question_heading(element, tag):
            # a details' summary is the heading of its details; a question in a definition list heads its answer
            self.break_line()
            self.heading = (min(self.section_level + 1, 6), [], element)
        elif tag == "table" and not _layout_table(element):
            if self.tables and self.tables[-1].cell is None:
                self.tables[-1].cell = []  # a table straight in a row or table: give it a cell of its own
            if not self.tables:
                self.break_line()
            self.tables.append(_Table())
        elif tag == "caption" and self.tables and self.caption is None:
            self.caption = []
        elif tag == "tr" and self.tables:
            self.tables[-1].close_cell()
            self.tables[-1].rows.append([])
        elif tag in _CELLS and self.tables:
            self.tables[-1].close_cell()
            self.tables[-1].cell = []
        elif tag == "pre":
            self.break_line()
            self.pre += 1
        elif tag == "blockquote":
            self.break_line()
            if self.quotes and not self.quote and (self.own or not self._history(element)):
                self.own_start = len(self.blocks) if not self.own else self.own_start
                self.own += 1
                self.quote_kinds.append("own")
            else:
                self.answered = self.answered or bool(self.quotes)
                self.quote += 1
                self.quote_kinds.append("history")
        elif tag in _BLOCKS:
            self.break_line()

    def end(self, element: Any, tag: str) -> None:
        if self.heading is not None and self.heading[2] is element:
            level, text = self.heading[0], _EDIT_LINK.sub("", _one_line("".join(self.heading[1])))
            self.heading = None
            if text:
                self.blocks.append(_Block("heading" if level else "title", text, level))
        elif tag == "table" and self.tables and not _layout_table(element):
            lines = self.tables.pop().lines()
            if self.tables:
                if self.tables[-1].cell is None:
                    self.tables[-1].cell = []
                self.tables[-1].cell.append(" " + "; ".join(lines) + " ")
            else:
                self.blocks.append(_Block("table", "\n".join(lines)))
        elif tag == "caption" and self.caption is not None:
            if self.tables:
                self.tables[-1].caption = _one_line("".join(self.caption))
            self.caption = None
        elif tag in _CELLS and self.tables:
            self.tables[-1].close_cell()
        elif tag == "pre":
            self.break_line()
            self.pre = max(self.pre - 1, 0)
        elif tag == "blockquote":
            self.break_line()
            if (self.quote_kinds.pop() if self.quote_kinds else "history") == "own":
                self.own -= 1
                if not self.own:
                    self._close_own_quote()
            else:
                self.quote = max(self.quote - 1, 0)
        elif tag in _BLOCKS:
            self.break_line()

    def _history(self, element: Any) -> bool:
        """Whether an e-mail's blockquote holds an earlier message: it says so, a "wrote:" line stands above, or
        an earlier blockquote held one (the writer answers it between its lines)."""
        from ingest.readers.eml_thread import is_wrote_line

        above = self.blocks[-1].text.split("\n")[-1] if self.blocks and self.blocks[-1].kind == "text" else ""
        return self.answered or _cites(element) or is_wrote_line(above)

    def _close_own_quote(self) -> None:
        """Mark the blocks of a blockquote the writer put in their own text: quoted history after all when it
        opens with a message's header ("From: ..." over "Sent: ..."), else a quotation of theirs."""
        from ingest.readers.eml_thread import opens_message

        quoted = self.blocks[self.own_start :]
        history = opens_message([line for b in quoted for line in b.text.split("\n")][:4])
        mark = "> " if history else OWN_QUOTE
        for k, block in enumerate(quoted, start=self.own_start):
            self.blocks[k] = _Block(block.kind, "\n".join(mark + line for line in block.text.split("\n")))

    def walk(self, root: Any) -> list[_Block]:
        """Visit the tree depth-first without recursion (a page may nest thousands of elements)."""
        stack: list[tuple[Any, bool]] = [(root, False)]
        while stack:
            element, closing = stack.pop()
            tag = element.tag.lower() if isinstance(element.tag, str) else ""
            if closing:
                self.end(element, tag)
                self.text(element.tail)
                continue
            heading = self.heading is not None
            if not tag or _skipped(element, tag, heading=heading, panels=self.panels):  # comments, skipped content
                self.text(element.tail)
                continue
            self.start(element, tag)
            self.text(element.text)
            stack.append((element, True))
            stack.extend((child, False) for child in reversed(element))
        self.break_line()
        return self.blocks


def _meta(root: Any, name: str) -> str | None:
    for meta in root.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key == name and (content := _one_line(meta.get("content") or "")):
            return content
    return None


def _properties(root: Any, blocks: list[_Block]) -> DocumentProperties:
    title = next((_one_line(t.text_content()) for t in root.iter("title")), "") or None
    if not title:
        title = next((b.text for b in blocks if b.kind == "title"), None)
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    date = next((d[:10] for name in _DATE_METAS if (d := _meta(root, name)) and _ISO_DATE.match(d)), None)
    language = _one_line(root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    return DocumentProperties(title=title, author=_meta(root, "author"), date=date, language=language or None)


def _parse(text: str) -> tuple[Any, tuple[str, ...]]:
    """The page's tree, and a warning when libxml2 stopped at its nesting limit (the rest of the page is lost)."""
    # no_network: a saved page's DTD or entities are never fetched; huge_tree: long pages are bounded by our limits
    parser = lxml.html.HTMLParser(no_network=True, huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser=parser)
    except etree.ParserError as exc:  # "Document is empty": nothing but whitespace or comments
        raise ReadError("no text found") from exc
    except _PARSE_ERRORS as exc:
        raise ReadError(f"malformed HTML: {type(exc).__name__}: {str(exc)[:120]}") from exc
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return root, ("elements nested deeper than the parser's limit: the text after that point was not read",)
    return root, ()


class HtmlReader:
    """Reads .html/.htm pages: ``section <number> <heading>`` text, ``..., table K`` tables, ``body`` before."""

    name = "lxml.html"
    extensions: tuple[str, ...] = (".html", ".htm")

    @property
    def version(self) -> str:
        """The installed lxml version, and the revision of our reading of it (3: a heading's button, a details' summary
        and a definition list's question are headings; an accordion's collapsed panels are read; 4: a wiki's menus, skip
        links, contents box, "[edit]" links, categories and footer left out; 5: a Word web page's list marks are marks,
        not text, and a letter's greeting and closing are left out; 6: a Google Docs export's reviewers' comments are
        left out, anchors and text, and its "Title" paragraph titles it; 7: a letter's last paragraph that is only its
        author's name and role is a signature; 8: a Telegram Desktop export read message by message, each its author's,
        a forwarded post its first author's; 9: a forum thread (Discourse) read post by post under its author's heading,
        its category, tags, user lines and likes left out; 10: a newspaper's kicker, standfirst, byline, captions and
        author's bio left out; 11: a post's or a participation platform's proposal record, its author line, date,
        reference, state, supports and tags, left out; 12: an exported note's attribute table, Evernote's Created /
        Updated / Author / Tags / Source, left out, html_notes; 13: a Discord channel's export read message by message
        under its author's heading, its replies' quotations, reactions, embeds, header and footer left out; 14: a page's
        buttons, and links classed as buttons, left out; 15: a page declaring no charset and not in UTF-8 is read in the
        Windows code page its words fit, ingest.readers.legacy_encoding; 16: a discussion page, a social network's post
        with its comments, an AMA thread, a forum topic, read post by post under each author's heading, found by its
        structure, its menus, scores, badges and buttons left out, html_discussion; 17: a shared pad's lines by its
        other authors quoted, html_authorship)."""
        return f"{_dist_version('lxml')} reading 17"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read ``path`` as an HTML page; ``password`` is ignored (web pages are not encrypted)."""
        text, warnings = decode_html(read_bytes(path, limits))
        return read_html_text(text, CharBudget(limits), warnings)


def read_html_text(text: str, budget: CharBudget, warnings: tuple[str, ...] = ()) -> ReadResult:
    """Passages of an HTML document already decoded (a saved page, the HTML body of an e-mail)."""
    root, parse_warnings = _parse(text)
    if (chat := telegram_export(root, budget)) is not None:  # each message its author's (ingest.readers.html_telegram)
        return replace(chat, warnings=warnings + parse_warnings)
    if (thread := forum_thread(root, budget)) is not None:  # each post its author's (ingest.readers.html_forum)
        return replace(thread, warnings=warnings + parse_warnings)
    if (channel := discord_export(root, budget)) is not None:  # each message its author's (html_discord)
        return replace(channel, warnings=warnings + parse_warnings)
    if (talk := discussion_page(root, budget)) is not None:  # each post or comment its author's (html_discussion)
        return replace(talk, warnings=warnings + parse_warnings)
    drop_press_furniture(root)  # a newspaper's kicker, standfirst, byline, captions, bio (ingest.readers.html_press)
    attributes = drop_note_attributes(root)  # an exported note's Created / Author / Tags table (html_notes)
    co_authors = quote_co_authors(root)  # a shared pad's other authors' lines, quoted (html_authorship)
    warnings = (*warnings, *(w for w in (attributes, co_authors) if w))
    walker = _Walker()
    walker.panels = _panels(root)
    walker.title = prepare_google_docs(root)  # a Google Docs export: its reviewers' comments go, its title names it
    found = without_letter_furniture(walker.walk(root))
    passages, _ = passages_from_blocks(found, budget, title_index=title_heading(found))
    if not passages:
        raise ReadError("no text found")
    return ReadResult(tuple(passages), _properties(root, found), warnings + parse_warnings, units=len(passages))


def html_lines(text: str) -> list[str]:
    """The blocks of an HTML document in reading order as plain text (a heading, a paragraph, a line ended by
    ``<br>``, a table's rows), each line inside a blockquote opened by "> " per level: an HTML e-mail's body as a
    plain-text one reads, so that its forwarded and quoted messages are found as they are there."""
    root, _ = _parse(text)
    walker = _Walker()
    walker.quotes, walker.panels = True, _panels(root)
    return [block.text for block in walker.walk(root)]
