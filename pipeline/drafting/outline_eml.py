"""Outlines that arrive by e-mail and are saved as one (.eml): the chair writes the sections and questions in the
message, or attaches the outline.

- The message's plain-text body (else its HTML body, as lines) is read as an outline sent as an e-mail and saved as
  text is (``outline_text``): the subject is the title, without "Re:" or "Fwd:"; the greeting, closing, signature
  and the note after the last question are left out.
- When the body asks nothing and the message carries one attached outline (a file of a form outlines are read
  from: Word, PDF, Markdown, a table ...), that attachment is the outline.
- A body that asks nothing, with no such attachment or several, is refused, naming the file and the attachments.
"""

from __future__ import annotations

import email
import email.policy
import tempfile
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import outline_bytes
from pipeline.drafting.outline_data import OutlineError
from pipeline.drafting.outline_lines import asks

__all__ = ["read_eml_outline"]

# the forms an attached outline may take (what load_outline reads, an e-mail aside)
ATTACHED_FORMS = (
    ".yaml", ".yml", ".json", ".md", ".markdown", ".txt", ".docx", ".docm", ".odt", ".rtf", ".html", ".htm", ".pdf",
    ".csv", ".tsv", ".xlsx", ".xlsm", ".ods",
)  # fmt: skip
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = frozenset("p div li h1 h2 h3 h4 h5 h6 tr blockquote pre dt dd".split())


def _html_lines(html: str) -> list[str]:
    """An HTML body as lines of text, one per paragraph, heading or list item ("- " before an item)."""
    import lxml.html

    root = lxml.html.fromstring(html or "<p></p>")
    for bad in root.xpath("//script|//style|//head"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    lines: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in _BLOCKS or any(isinstance(d.tag, str) and d.tag in _BLOCKS for d in element.iterdescendants()):
            continue
        for k, line in enumerate(element.text_content().split("\n")):
            text = " ".join(line.split())
            if text and k == 0 and tag in _HEADINGS:
                lines.append(f"{'#' * _HEADINGS[tag]} {text}")
            elif text:
                lines.append(f"- {text}" if tag == "li" and k == 0 else text)
        lines.append("")
    # the body's top headings are the sections: "##" under the subject, which titles the outline
    top = min((len(line) - len(line.lstrip("#")) for line in lines if line.startswith("#")), default=2)
    return [f"{'#' * min(len(line) - len(line.lstrip('#')) - top + 2, 6)}{line.lstrip('#')}" if line.startswith("#")
            else line for line in lines]  # fmt: skip


def _body_lines(message: Any) -> list[str]:
    """The message's text as lines: its plain part, else (or when the plain part asks nothing) its HTML part."""
    plain = _part_lines(message.get_body(preferencelist=("plain",)))
    if any(asks(_unmarked(line)) for line in plain):
        return plain
    return _part_lines(message.get_body(preferencelist=("html",))) or plain


def _unmarked(line: str) -> str:
    return line.strip().lstrip("-*>#1234567890. ").strip()


def _part_lines(body: Any) -> list[str]:
    if body is None:
        return []
    try:
        content = body.get_content()
    except (LookupError, ValueError):  # an unknown charset or a broken transfer encoding
        content = body.get_payload(decode=True).decode("utf-8", errors="replace")
    if body.get_content_type() == "text/html":
        return _html_lines(content)
    return content.splitlines()


def read_eml_outline(path: Path) -> Any:
    """Outline data from a saved e-mail; OutlineError names the file and what is wrong."""
    from pipeline.drafting.outline import outline_data
    from pipeline.drafting.outline_markdown import markdown_text_data
    from pipeline.drafting.outline_text import email_body

    message = email.message_from_bytes(outline_bytes(path), policy=email.policy.default)
    lines = _body_lines(message)
    attached = [
        part for part in message.iter_attachments() if Path(part.get_filename() or "").suffix.lower() in ATTACHED_FORMS
    ]
    if any(asks(_unmarked(line)) for line in lines):
        header = [f"From: {message.get('from', '')}", f"Subject: {message.get('subject', '')}", ""]
        body, title = email_body(header + lines)
        if title and any(line.startswith("## ") for line in body):  # an HTML body's headings: Markdown's
            return markdown_text_data("\n".join([f"# {title}", "", *body]), path)
        return markdown_text_data("\n".join(header + lines), path)
    if len(attached) != 1:
        names = ", ".join(p.get_filename() for p in attached) or "none"
        raise OutlineError(
            f"{path}: the e-mail's text asks no question and it carries {len(attached)} attached outline(s) "
            f"({names}); save the outline itself (or write its questions in the message)"
        )
    part = attached[0]
    name = Path(part.get_filename()).name
    with tempfile.TemporaryDirectory(prefix="outline-") as tmp:
        inner = Path(tmp) / name
        inner.write_bytes(part.get_payload(decode=True) or b"")
        try:
            return outline_data(inner)
        except OutlineError as exc:  # named by the e-mail, then the attachment
            raise OutlineError(f"{path}: attachment {str(exc).replace(str(inner), name)}") from exc
