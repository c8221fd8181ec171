"""The outline as the secretariat's editor sent it back: a Word document with tracked changes and comments
(eval/heldout34/README.md). Written as Word writes such a file: the guiding questions as a numbered list under
theme headings (Heading 1), inserted questions inside ``w:ins``, struck-out ones as ``w:del`` runs holding
``w:delText`` (no longer guiding questions), one question rewritten as a deletion followed by an insertion, one
word replaced inside a question, and margin comments anchored on a few questions (``word/comments.xml``).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from eval.office_builds import stable_zip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

EDITOR = ("Mészáros Klára", "MK", "2026-03-11T14:20:00Z")
REVIEWER = ("Tóth Gergely", "TG", "2026-03-12T09:05:00Z")

# ("title" | "p" | "h", text); ("q", segments, comment or None): a question, its segments (kind, text) with kind
# "" (plain), "ins" or "del" (each tracked, by its author); ("q+", text, comment) a question inserted whole;
# ("q-", text) a question deleted whole. A comment is (author, text).
OUTLINE = [
    ("title", "Guidelines on micro-credentials: guiding questions for the drafting teams"),
    ("p", "Draft 2, returned by the secretariat with changes tracked. Please accept or reject each change and "
          "answer the comments before the drafting week."),
    ("h", "A. Micro-credentials in the qualifications system"),
    ("q", [("", "Should micro-credentials be placed in the national qualifications framework?")], None),
    ("q", [("", "Should micro-credentials be entered in the national register of qualifications?")], None),
    ("q", [("", "Which body should approve a new micro-credential before it is offered?")], None),
    ("q", [("", "How long should the approval of a new micro-credential take?")],
     (EDITOR, "Several contributions give figures on approvals; check whether any of them says how long it "
              "should take.")),
    ("q-", "Should private providers be allowed to issue micro-credentials?"),
    ("h", "B. Design of micro-credentials"),
    ("q", [("", "How should learning outcomes be written?")], None),
    ("q", [("", "Should micro-credentials add up to a full qualification?")],
     (REVIEWER, "Keep: the Council Recommendation speaks of stackability.")),
    ("q", [("", "Who should be involved in designing a micro-credential?")], None),
    ("q", [("", "What is the smallest "), ("del", "size"), ("ins", "workload"),
           ("", " a micro-credential should have?")], None),
    ("q", [("", "What is the largest workload a micro-credential may have?")], None),
    ("q+", "In which languages should micro-credentials be issued?", None),
    ("h", "C. Assessment and prior learning"),
    ("q", [("", "Can a learner obtain a micro-credential through assessment alone, without following the "
                "course?")], None),
    ("q", [("", "Who should assess learners?")], None),
    ("q", [("", "What form should the final assessment take?")], None),
    ("q", [("", "What pass mark should learners reach?")], (EDITOR, "Should this go to section D?")),
    ("q", [("", "How can a learner appeal against an assessment result?")], None),
    ("q", [("del", "Should assessment be done online?"),
           ("ins", "Should online exams with a remote proctor count as much as exams in a test centre?")], None),
    ("h", "D. Quality and funding"),
    ("q", [("", "Who should pay for micro-credentials?")], None),
    ("q", [("", "How should the quality of providers be assured?")], None),
    ("q", [("", "What guidance and support should learners receive?")], None),
    ("q", [("", "What is the highest fee a provider may charge for a micro-credential?")], None),
    ("q", [("", "How much paid time off should employers give staff to follow a course?")], None),
    ("q+", "How often should a provider's micro-credentials be reviewed again?",
     (REVIEWER, "Added after the call of 10 March.")),
    ("q-", "Should micro-credentials be funded from the European Social Fund?"),
    ("h", "E. Digital credentials and recognition"),
    ("q", [("", "Should micro-credentials be issued in digital form only?")],
     (EDITOR, "Wording agreed with the working group on 10 March.")),
    ("q", [("", "What information should a micro-credential certificate show?")], None),
    ("q", [("", "How should micro-credentials obtained in another country be recognised?")], None),
    ("q", [("", "How long should a digital credential remain valid?")], None),
    ("q", [("", "Who should pay for the digital wallet infrastructure?")], None),
    ("q", [("", "How should learners' personal data in digital credentials be protected?")], None),
]  # fmt: skip


def _run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


class _Ids:
    """Word numbers every revision mark and every comment in one sequence per kind."""

    def __init__(self) -> None:
        self.change = 0
        self.comments: list[tuple[tuple[str, str, str], str]] = []

    def mark(self, kind: str, who: tuple[str, str, str]) -> str:
        self.change += 1
        return f'<w:{kind} w:id="{self.change}" w:author="{escape(who[0])}" w:date="{who[2]}">'


def _list_ppr(mark: str = "") -> str:
    numbering = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    return f'<w:pPr><w:pStyle w:val="ListParagraph"/>{numbering}{mark}</w:pPr>'


def _question(item: tuple, ids: _Ids) -> str:
    kind = item[0]
    comment = item[2] if len(item) > 2 else None
    runs = ""
    mark = ""
    if kind == "q+":
        mark = f"<w:rPr>{ids.mark('ins', REVIEWER)}</w:ins></w:rPr>".replace("></w:ins>", "/>")
        runs = f"{ids.mark('ins', REVIEWER)}{_run(item[1])}</w:ins>"
    elif kind == "q-":
        mark = f"<w:rPr>{ids.mark('del', EDITOR)}</w:del></w:rPr>".replace("></w:del>", "/>")
        runs = f"{ids.mark('del', EDITOR)}{_run(item[1], deleted=True)}</w:del>"
    else:
        for part, text in item[1]:
            if part == "ins":
                runs += f"{ids.mark('ins', EDITOR)}{_run(text)}</w:ins>"
            elif part == "del":
                runs += f"{ids.mark('del', EDITOR)}{_run(text, deleted=True)}</w:del>"
            else:
                runs += _run(text)
    if comment is not None:
        number = len(ids.comments)
        ids.comments.append(comment)
        runs = (
            f'<w:commentRangeStart w:id="{number}"/>{runs}<w:commentRangeEnd w:id="{number}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{number}"/></w:r>'
        )
    return f"<w:p>{_list_ppr(mark)}{runs}</w:p>"


def _document(ids: _Ids) -> str:
    body = []
    for item in OUTLINE:
        if item[0] == "title":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{_run(item[1])}</w:p>')
        elif item[0] == "h":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_run(item[1])}</w:p>')
        elif item[0] == "p":
            body.append(f"<w:p>{_run(item[1])}</w:p>")
        else:
            body.append(_question(item, ids))
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
        'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}{section}</w:body></w:document>'
    )


def _comments(ids: _Ids) -> str:
    out = []
    for number, ((name, initials, when), text) in enumerate(ids.comments):
        out.append(
            f'<w:comment w:id="{number}" w:author="{escape(name)}" w:date="{when}" w:initials="{initials}">'
            f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
            f"</w:rPr><w:annotationRef/></w:r>{_run(text)}</w:p></w:comment>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:comments xmlns:w="{W}" xmlns:r="{R}">{"".join(out)}</w:comments>'
    )


_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:styles xmlns:w="{W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/>'
    "</w:rPr></w:rPrDefault></w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:sz w:val="48"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:rPr><w:sz w:val="16"/></w:rPr></w:style>'
    "</w:styles>"
)

_NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
)

_SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:settings xmlns:w="{W}"><w:trackRevisions/><w:defaultTabStop w:val="708"/></w:settings>'
)

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/comments.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)

_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/></Relationships>'
)

_DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + "".join(
        f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'{kind}" Target="{kind}.xml"/>'
        for i, kind in enumerate(("styles", "numbering", "settings", "comments"), start=1)
    )
    + "</Relationships>"
)

_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Guiding questions - draft 2 (secretariat's changes)</dc:title><dc:creator>Mészáros Klára</dc:creator>"
    "<cp:lastModifiedBy>Tóth Gergely</cp:lastModifiedBy><cp:revision>7</cp:revision>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T08:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-12T09:07:00Z</dcterms:modified></cp:coreProperties>'
)


def build_outline() -> bytes:
    """The outline .docx with its tracked changes and comments, as the same bytes every time."""
    ids = _Ids()
    document = _document(ids)
    parts = {
        "[Content_Types].xml": _TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/core.xml": _CORE,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/styles.xml": _STYLES,
        "word/numbering.xml": _NUMBERING,
        "word/settings.xml": _SETTINGS,
        "word/comments.xml": _comments(ids),
    }
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml.encode("utf-8"))
    return stable_zip(raw.getvalue())
