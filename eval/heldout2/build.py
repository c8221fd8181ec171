"""Build the PDF, Word, PowerPoint and OpenDocument contributions of the second held-out corpus.

The Markdown, text and HTML contributions are written by hand in ``corpus/``; the four other files are made
here from the text below (reportlab, python-docx, python-pptx, and the OpenDocument XML written directly), so
their wording can be read in one place. The built files are committed; run this again only after changing the
text:

    python eval/heldout2/build.py

Output is byte-stable: reportlab runs in invariant mode, document properties carry each contribution's own date
and ZIP entries get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS.parents[2]))  # run as a script: the repository's eval package

from eval.office_builds import build_slides, build_word, stable_zip  # noqa: E402

# A federation's position paper, sent as a two-page PDF: a short profile, then "We call for:" bullets.
POLAND_PAPER = {
    "file": "position_paper_pfntp_poland.pdf",
    "title": "Position paper on the European guidelines for micro-credentials",
    "author": "Krzysztof Zieliński",
    "date": dt.date(2026, 3, 9),
    "pages": [
        [
            ("title", "Position paper of the Polish Federation of Non-Public Training Providers on the European "
             "guidelines for micro-credentials"),
            ("p", "Warsaw, 9 March 2026"),
            ("h", "About the Federation"),
            ("p", "The Federation was founded in 2004 by eleven training companies from Warsaw, Kraków and Gdańsk. "
             "Today it brings together 312 member companies, from one-person consultancies to national networks "
             "with more than forty training rooms. In 2025 our members trained about 180,000 adults, most of them "
             "in courses paid by employers. The average price of an open course among our members was 950 złoty, "
             "and members pay an annual fee of 1,200 złoty to the Federation."),
            ("p", "Since 2019 the Federation has awarded its own quality mark to member companies, and 97 members "
             "hold it today. In a poll of our members in January 2026, 64 per cent said they had heard of "
             "micro-credentials and 22 per cent already issue digital certificates of some kind."),
            ("h", "Our calls"),
            ("p", "Non-public providers deliver most of the continuing training that adults in Poland take, and the "
             "guidelines should reflect this. We call for:"),
            ("bullets", [
                "a minimum workload of 15 hours of learning for a micro-credential, so that short courses on a "
                "single tool, standard or regulation can also lead to one;",
                "credits earned with different providers to be combinable into one larger award, whoever issued "
                "them;",
                "private training companies to be admitted to national registers of micro-credentials on the same "
                "terms as public schools and universities;",
                "the quality system of a provider to be reviewed as a whole, instead of a separate approval "
                "procedure for every course it wants to register;",
                "public funding to follow the learner through individual learning accounts, rather than being paid "
                "to institutions.",
            ]),
        ],
        [
            ("h", "Why these calls matter"),
            ("p", "A compulsory minimum well above 15 hours would shut out the short courses that employers buy most "
             "often. In our members' catalogues, 41 per cent of open courses last between one and three days."),
            ("p", "A separate approval of each course would cost a mid-sized member company, which offers around 120 "
             "courses a year, more than it earns from the courses concerned."),
            ("p", "Individual learning accounts were tried in the Małopolska region between 2021 and 2023, when "
             "14,600 adults used a voucher worth up to 3,000 złoty."),
            ("p", "Krzysztof Zieliński, Vice-President of the Federation"),
        ],
    ],
}  # fmt: skip

# A regional authority's decision note (.docx): background paragraphs, then a table whose rows carry decisions.
CZECHIA_NOTE = {
    "file": "decision_note_south_moravia.docx",
    "title": "Decision note: micro-credentials in the South Moravian regional skills programme",
    "author": "Petra Dvořáková",
    "date": dt.date(2026, 3, 18),
    "blocks": [
        "South Moravian Regional Authority, Education Department",
        "Brno, 18 March 2026, ref. JMK 41872/2026",
        ("h1", "Background"),
        "The regional skills programme started in 2021 with a budget of CZK 38 million over five years. In 2025 it "
        "paid for courses taken by 2,950 adults at 46 providers, of which 31 are private companies and 15 are "
        "public schools. The average course funded by the programme lasted 42 hours and cost CZK 9,800 per learner.",
        "On 12 March 2026 the Regional Council adopted resolution 1187/26 on the use of micro-credentials in the "
        "programme from January 2027. The table below sets out the matters the advisory board put to the Council "
        "and the Council's decision on each. The Region asks the guideline team to take these decisions into "
        "account.",
        ("h1", "Decisions of the Regional Council"),
        ("table", [
            ("Matter", "Decision of the Council", "Reasons"),
            ("Keeping assessment records",
             "Providers keep the assessment records behind every micro-credential (written work, recordings, "
             "assessors' reports) for ten years after the credential is issued.",
             "Employers and the labour inspectorate have asked for such evidence long after a course ended."),
            ("Proposal of the advisory board to award micro-credentials through validation of prior learning alone",
             "Rejected. Every holder of a micro-credential funded by the Region must attend the course and pass its "
             "assessment; a portfolio of earlier experience is not enough.",
             "A credential must show the same assessed learning, whoever holds it."),
            ("Employers in course design",
             "A micro-credential is funded only if at least one employer from the region has taken part in "
             "defining its learning outcomes.",
             "Courses designed without employers had the lowest job placement in the 2021-2025 period."),
            ("Fees for job seekers",
             "Registered job seekers pay no fee; the Region covers the full cost of their course.",
             "In 2025, 18 per cent of the learners in the programme were out of work."),
            ("Reporting",
             "Providers report to the Region every quarter how many learners started, completed and passed each "
             "course.",
             "The Council reviews the programme's results once a year."),
        ]),
        "The next evaluation of the programme as a whole is planned for the second half of 2028.",
        "Petra Dvořáková, Head of the Adult Learning Unit",
    ],
}  # fmt: skip

# An ed-tech provider's slides: the content is on the slides, the notes hold a figure or two.
TURKIYE_SLIDES = {
    "file": "lalezar_slides_turkiye.pptx",
    "title": "Badges that travel: what an online provider has learned about micro-credentials",
    "author": "Emre Yıldız",
    "date": dt.date(2026, 4, 6),
    "slides": [
        {"title": "Badges that travel: what an online provider has learned about micro-credentials",
         "body": ["Emre Yıldız, Head of Credentials, Lalezar Learning, Istanbul",
                  "Input to the guideline team, April 2026"],
         "notes": ""},
        {"title": "Who we are",
         "body": ["Founded in 2017 in Istanbul", "640,000 registered learners in 2025, 38% outside Türkiye",
                  "85 courses in Turkish, English and Arabic",
                  "4,100 badges issued in 2025; first badge issued in March 2022",
                  "Average course price: 49 euros"],
         "notes": "Most of our learners study on a phone: 72 per cent of the lessons completed in 2025 were taken "
                  "on mobile devices."},
        {"title": "Online exams",
         "body": ["Whether an online exam is proctored should be left to each provider",
                  "Decide by what is at stake: a safety licence is not a spreadsheet course",
                  "Camera proctoring doubles our cost per exam and shuts out learners with weak connections"],
         "notes": "In 2025 we proctored 11 per cent of our exams, all of them in courses where an employer or a "
                  "licensing body asked for it."},
        {"title": "Stacking",
         "body": ["Learners should be able to stack badges from several platforms into one recognised award",
                  "Today each platform's badges are a dead end",
                  "Stacking rules should be written by the awarding body, not by platforms"],
         "notes": "About 9,000 of our learners hold three or more of our badges."},
        {"title": "Formats and verification",
         "body": ["Issue in an open standard: Open Badges 3.0 or European Digital Credentials",
                  "No credential locked inside one platform",
                  "Verification open to anyone holding the link, with no login"],
         "notes": "We moved all our badges to Open Badges 3.0 in 2024; the move took seven months."},
        {"title": "Thank you",
         "body": ["Questions: the Lalezar Learning credentials team"],
         "notes": ""},
    ],
}  # fmt: skip

# A trade union statement sent as an OpenDocument text: headings and plain paragraphs.
ROMANIA_STATEMENT = {
    "file": "statement_romanian_unions.odt",
    "title": "Statement on micro-credentials",
    "author": "Andrei Popescu",
    "date": dt.date(2026, 2, 16),
    "blocks": [
        ("h", "Statement of the National Confederation of Industrial Unions of Romania on micro-credentials"),
        "Adopted by the Federal Council in Bucharest on 14 February 2026",
        ("h", "Who we are"),
        "The Confederation brings together 31 sector federations and about 148,000 members in metalworking, "
        "chemicals, energy, textiles and food processing. Our training department has run courses for shop "
        "stewards since 2008.",
        "In a survey of 1,200 members in the autumn of 2025, 38 per cent said they had taken a course in the "
        "previous two years, but only 9 per cent had received a certificate that their employer took into account "
        "in their pay grade.",
        ("h", "Our position"),
        "Workers welcome short courses when they lead somewhere. A certificate for a two-hour webinar is not a "
        "qualification, and calling it one devalues the word. For that reason a micro-credential should require "
        "at least 50 hours of learning, including the assessment.",
        "Training that the employer requires for the job must take place during working time, and the employer "
        "must pay for it in full.",
        "Trade unions and employers' organisations should jointly approve the occupational content of "
        "micro-credentials in each sector, as they already do for occupational standards.",
        "Micro-credentials must never be used to place a worker below the pay grade that matches the full "
        "qualification he or she holds, nor to hire several holders of small certificates in place of one "
        "qualified worker.",
        "The credential belongs to the worker, who keeps it, on paper or in digital form, after changing employer.",
        ("h", "Next steps"),
        "The Confederation will raise these points in the national tripartite council in the spring of 2026.",
        "Andrei Popescu, Head of the Training Department",
    ],
}

# The Polish names need letters (ł, ń) the PDF base fonts lack; DejaVu Sans is a common system font with them.
_FONTS = Path("/usr/share/fonts/truetype/dejavu")
_FONT_FILES = (_FONTS / "DejaVuSans.ttf", _FONTS / "DejaVuSans-Bold.ttf")


def build_paper(spec: dict) -> bytes:
    """A PDF position paper: a title, headings, paragraphs and bullet lists, one list of blocks per page."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        if not Path(path).exists():
            raise SystemExit(f"{path} is missing: install the DejaVu fonts (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(name, path))
    styles = {
        "title": ParagraphStyle("T", fontName="Sans-Bold", fontSize=16, leading=20, spaceAfter=10),
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=10, leading=14, spaceAfter=6),
    }
    story: list = []
    for n, page in enumerate(spec["pages"]):
        if n:
            story.append(PageBreak())
        for kind, content in page:
            if kind == "bullets":
                items = [ListItem(Paragraph(escape(text), styles["p"])) for text in content]
                story.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14))
            else:
                story.append(Paragraph(escape(content), styles[kind]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="", creator=spec["author"]
    )
    doc.build(story)
    return buf.getvalue()


def build_note(spec: dict) -> bytes:
    """A Word decision note: headings, paragraphs and a table whose rows carry the decisions."""
    return build_word(spec)


_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
_ODT_MIME = b"application/vnd.oasis.opendocument.text"


def build_odt(spec: dict) -> bytes:
    """An OpenDocument text written as its XML parts: headings and paragraphs, with title, author and date."""
    body = []
    for block in spec["blocks"]:
        if isinstance(block, str):
            body.append(f"<text:p>{escape(block)}</text:p>")
        else:
            body.append(f'<text:h text:outline-level="1">{escape(block[1])}</text:h>')
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}><office:body><office:text>'
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    when = f"{spec['date'].isoformat()}T09:00:00"
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODF_NS}><office:meta>'
        f"<dc:title>{escape(spec['title'])}</dc:title><meta:initial-creator>{escape(spec['author'])}"
        f"</meta:initial-creator><dc:creator>{escape(spec['author'])}</dc:creator>"
        f"<meta:creation-date>{when}</meta:creation-date><dc:date>{when}</dc:date>"
        "</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODT_MIME.decode()}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    parts = io.BytesIO()
    with zipfile.ZipFile(parts, "w") as raw:
        raw.writestr("content.xml", content)
        raw.writestr("meta.xml", meta)
        raw.writestr("META-INF/manifest.xml", manifest)
    return stable_zip(parts.getvalue(), first=("mimetype", _ODT_MIME))


BUILDS = (
    (POLAND_PAPER, build_paper),
    (CZECHIA_NOTE, build_note),
    (TURKIYE_SLIDES, build_slides),
    (ROMANIA_STATEMENT, build_odt),
)


def main() -> int:
    """Write the four built contributions into eval/heldout2/corpus/."""
    for spec, build in BUILDS:
        path = CORPUS / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(CORPUS.parents[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
