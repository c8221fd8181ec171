"""The twentieth held-out set's files made of marked-up text: the statement Word saved as a web page, the e-mail
whose only body is HTML, the note typed in Notepad and the outline exported from a shared document. Each is a
function of the text in ``contributions.py`` and ``sheets.py`` and gives the same bytes on every build."""

from __future__ import annotations

import quopri
from html import escape

from eval.heldout20.sheets import OUTLINE, OUTLINE_NOTE, OUTLINE_TITLE

_WORD_STYLE = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1203711224;
	mso-list-template-ids:-1870417142;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
@list l0:level2
	{mso-level-number-format:alpha-lower;
	mso-level-text:"%2\\)";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:-18.0pt;}
-->
</style>"""


def _list_paragraph(css: str, level: int, mark: str, text: str) -> str:
    """A paragraph of a Word list as Word writes it for other browsers: the mark typed out inside
    ``<![if !supportLists]>`` and a span Word ignores when it opens the page again."""
    indent = 36 * level
    return (
        f"<p class={css} style='margin-left:{indent}.0pt;mso-add-space:auto;text-indent:-18.0pt;"
        f"mso-list:l0 level{level} lfo1'><![if !supportLists]><span lang=EN-GB style='mso-fareast-font-family:"
        f"Calibri'><span style='mso-list:Ignore'>{mark}<span style='font:7.0pt \"Times New Roman\"'>"
        f"&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=EN-GB>{escape(text, quote=False)}"
        "<o:p></o:p></span></p>"
    )


def build_word_page(spec: dict) -> bytes:
    """The statement as Word's "Web Page" (not "filtered") writes it: the Office namespaces, the document's
    properties in an XML island, Word's styles and list definitions, numbered and lettered lists with their marks,
    and the page in the system's code page (windows-1250 on a Croatian computer)."""
    paragraphs = []
    for mark, text, subs in spec["numbered"]:
        paragraphs.append((1, mark, text))
        paragraphs.extend((2, sub_mark, sub_text) for sub_mark, sub_text in subs)
    body = []
    for n, (level, mark, text) in enumerate(paragraphs):
        css = "MsoListParagraphCxSpFirst" if n == 0 else "MsoListParagraphCxSpMiddle"
        if n == len(paragraphs) - 1:
            css = "MsoListParagraphCxSpLast"
        body.append(_list_paragraph(css, level, mark, text))
    when = spec["date"].isoformat()
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n'
        '<head>\n<meta http-equiv=Content-Type content="text/html; charset=windows-1250">\n'
        '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
        '<meta name=Originator content="Microsoft Word 15">\n'
        '<link rel=File-List href="stajaliste_zagorje_accountants_auditors_files/filelist.xml">\n'
        f"<title>{escape(spec['title'])}</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
        f"  <o:Author>{escape(spec['author'])}</o:Author>\n  <o:LastAuthor>{escape(spec['author'])}</o:LastAuthor>\n"
        f"  <o:Revision>3</o:Revision>\n  <o:Created>{when}T08:12:00Z</o:Created>\n"
        f"  <o:LastSaved>{when}T09:40:00Z</o:LastSaved>\n  <o:Pages>1</o:Pages>\n  <o:Version>16.00</o:Version>\n"
        " </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n  <w:Zoom>100</w:Zoom>\n"
        "  <w:TrackMoves>false</w:TrackMoves>\n  <w:HyphenationZone>21</w:HyphenationZone>\n"
        " </w:WordDocument>\n</xml><![endif]-->\n"
        f"{_WORD_STYLE}\n</head>\n\n<body lang=HR style='tab-interval:35.4pt;word-wrap:break-word'>\n\n"
        "<div class=WordSection1>\n\n"
        f"<p class=MsoNormal><b><span lang=EN-GB style='font-size:14.0pt;line-height:107%'>"
        f"{escape(spec['heading'])}<o:p></o:p></span></b></p>\n\n"
        + "".join(
            f"<p class=MsoNormal><span lang=EN-GB>{escape(text, quote=False)}<o:p></o:p></span></p>\n\n"
            for text in spec["intro"]
        )
        + "\n\n".join(body)
        + "\n\n<p class=MsoNormal><span lang=EN-GB><o:p>&nbsp;</o:p></span></p>\n\n"
        f"<p class=MsoNormal><span lang=EN-GB>{escape(spec['closing'])}<o:p></o:p></span></p>\n\n"
        + "".join(
            f"<p class=MsoNormal style='margin-bottom:0cm'><span lang=EN-GB>{escape(line)}<o:p></o:p></span></p>\n\n"
            for line in spec["signature"]
        )
        + "</div>\n\n</body>\n\n</html>\n"
    )
    return html.replace("\n", "\r\n").encode("cp1250")


def build_html_email(spec: dict) -> bytes:
    """The e-mail as Outlook sends it in HTML only: one ``text/html`` body, quoted-printable, Word's markup
    (``WordSection1``, ``MsoNormal``, a bulleted list), the greeting, the comments, the closing and signature."""
    paragraph = "<p class=MsoNormal>{}<o:p></o:p></p>"
    html = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
        '<style><!--p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
        "p.MsoListParagraph {margin-left:36.0pt;} div.WordSection1 {page:WordSection1;}--></style></head>"
        '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
        + paragraph.format(escape(spec["greeting"]))
        + paragraph.format("&nbsp;")
        + "".join(paragraph.format(escape(p)) + paragraph.format("&nbsp;") for p in spec["paragraphs"])
        + '<ul style="margin-top:0cm" type="disc">'
        + "".join(
            f'<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">{escape(b)}<o:p></o:p></li>'
            for b in spec["bullets"]
        )
        + "</ul>"
        + paragraph.format(escape(spec["after"]))
        + paragraph.format("&nbsp;")
        + paragraph.format(escape(spec["closing"]))
        + "".join(paragraph.format(escape(line)) for line in spec["signature"])
        + "</div></body></html>"
    )
    body = quopri.encodestring(html.encode("utf-8"), quotetabs=False).decode("ascii")
    headers = (
        f"From: {spec['from']}\nTo: {spec['to']}\nSubject: {spec['subject']}\nDate: {spec['date']}\n"
        f"Message-ID: {spec['message_id']}\nAccept-Language: ru-RU, en-US\nContent-Language: en-US\n"
        'X-MS-Has-Attach: \nMIME-Version: 1.0\nContent-Type: text/html; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
    )
    return (headers + body + "\n").replace("\n", "\r\n").encode("ascii")


def build_notepad_note(spec: dict) -> bytes:
    """The note as Windows Notepad saves "Unicode": UTF-16 little-endian with a byte-order mark, CRLF lines."""
    return "\ufeff".encode("utf-16-le") + ("\r\n".join(spec["lines"]) + "\r\n").encode("utf-16-le")


def build_outline_page() -> bytes:
    """The outline as a shared document's "Download > Web page" writes it: the editor's generated class names
    and list styles, a title paragraph, the editors' note, each section an ``h2`` with its audience line and its
    questions in a numbered list that runs on from section to section."""
    parts = []
    number = 0
    for n, (title, audience, questions) in enumerate(OUTLINE, start=1):
        parts.append(f'<h2 class="c7" id="h.s{n}q0x{n * 7:02d}"><span class="c5">{escape(title)}</span></h2>')
        parts.append(
            f'<p class="c2"><span class="c1 c9">Audience: </span><span class="c1">{escape(audience)}</span></p>'
        )
        start = ' start="1"' if n == 1 else ""
        items = "".join(f'<li class="c2 c8 li-bullet-0"><span class="c1">{escape(q)}</span></li>' for q in questions)
        parts.append(f'<ol class="c6 lst-kix_4r8w2m1x0d-0{" start" if n == 1 else ""}"{start}>{items}</ol>')
        number += len(questions)
    style = (
        "ol.lst-kix_4r8w2m1x0d-0{list-style-type:none}"
        '.lst-kix_4r8w2m1x0d-0>li:before{content:"" counter(lst-ctn-kix_4r8w2m1x0d-0,decimal) ". "}'
        ".lst-kix_4r8w2m1x0d-0>li{counter-increment:lst-ctn-kix_4r8w2m1x0d-0}"
        "ol.lst-kix_4r8w2m1x0d-0.start{counter-reset:lst-ctn-kix_4r8w2m1x0d-0 0}"
        '.c1{color:#000000;font-weight:400;font-size:11pt;font-family:"Arial"}'
        ".c9{font-weight:700}.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}"
        '.c5{font-size:16pt;font-family:"Arial";font-weight:400}.c6{padding:0;margin:0}'
        ".c7{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid}"
        '.c8{margin-left:36pt;padding-left:0pt}.c10{font-size:26pt;font-family:"Arial"}'
        ".c11{font-style:italic}.c12{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
        ".title{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid}"
        'li{color:#000000;font-size:11pt;font-family:"Arial"}'
    )
    assert number == 28
    html = (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        f'<style type="text/css">{style}</style></head><body class="c12 doc-content">'
        f'<p class="c2 title" id="h.t1k0z9a2b3c4"><span class="c10">{escape(OUTLINE_TITLE)}</span></p>'
        f'<p class="c2"><span class="c1 c11">{escape(OUTLINE_NOTE)}</span></p>'
        + "".join(parts)
        + '<p class="c2 c3"><span class="c1"></span></p></body></html>'
    )
    return html.encode("utf-8")
