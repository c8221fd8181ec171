"""Build the Word and PowerPoint contributions of the held-out corpus (eval/heldout/corpus/).

The Markdown and text contributions are written by hand in ``corpus/``; the three Office files are made here
from the text below with python-docx and python-pptx, so their wording can be reviewed in one place. The built
files are committed; run this again only after changing the text:

    python eval/heldout/build.py

Output is byte-stable: document properties carry each contribution's own date and the ZIP entries get a fixed
timestamp, so rebuilding unchanged text changes no file (and no chunk id).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(CORPUS.parents[2]))  # run as a script: the repository's eval package

from eval.office_builds import build_slides, build_word, set_properties, stable_zip  # noqa: E402

# A ministry letter: no headings, a reference line and numbered paragraphs, as such letters are sent.
SLOVENIA_LETTER = {
    "file": "letter_slovenia_ministry.docx",
    "title": "Letter on the draft guidelines on micro-credentials",
    "author": "Maja Kranjc",
    "date": dt.date(2026, 4, 20),
    "paragraphs": [
        "Slovenian Ministry of Education and Skills, Directorate for Adult Learning",
        "Ref. 6030-14/2026-3, Ljubljana, 20 April 2026",
        "To the drafting team of the guidelines on developing and recognising micro-credentials",
        "Subject: Position of the Directorate on the draft guidelines",
        "Dear colleagues,",
        "1. The Directorate for Adult Learning thanks the drafting team for the invitation of 2 March 2026 and "
        "submits the following position, agreed with the National Institute for Adult Education and the "
        "Centre for Vocational Education and Training.",
        "2. Since September 2023 the Directorate has run a pilot register of micro-credentials for adults. By "
        "the end of March 2026 the register held 212 entries from 37 providers, of which 19 are public adult "
        "education centres. The Ministry charges providers a registration fee of 80 euros per entry.",
        "3. Every micro-credential should be valid for five years from the date of issue, after which the holder "
        "renews it. Skills in most occupations change within that time, and a date on the credential tells an "
        "employer how current the record is.",
        "4. Renewal should require the holder to show recent practice in the field or to pass a short refresher "
        "assessment. A renewed credential keeps its original date of issue and adds the date of renewal.",
        "5. The Ministry does not support the creation of a separate national quality label for "
        "micro-credentials. Listing in the register is the only quality signal that learners and employers need, "
        "and a second mark would suggest that registered micro-credentials without it are of lower quality.",
        "6. Micro-credentials listed in the register should count towards formal adult education qualifications "
        "of the national system. The Directorate is preparing rules under which credits from registered "
        "micro-credentials are recognised when an adult enrols in a programme leading to such a qualification.",
        "7. The Directorate will present the results of the pilot register at the national adult education "
        "conference in Portorož in October 2026.",
        "Yours sincerely,",
        "Maja Kranjc, Director for Adult Learning",
    ],
}

# An expert memo with numbered headings and a table of review results.
LITHUANIA_MEMO = {
    "file": "memo_lithuania_review.docx",
    "title": "Memo: reviewing micro-credentials before registration",
    "author": "Tomas Jankauskas",
    "date": dt.date(2026, 3, 27),
    "blocks": [
        ("h1", "1 Context"),
        "This memo is written by Tomas Jankauskas, senior quality assurance expert at the Lithuanian Office for "
        "Study Quality Review, for the team drafting the guidelines on micro-credentials. The Office reviews "
        "study programmes of colleges and universities and, since 2024, short programmes that providers wish to "
        "enter in the national register of micro-credentials.",
        "In 2025 the Office decided on 126 applications for short programmes. The Office also received 14 "
        "complaints from learners about short courses in 2025, most of them about cancelled placements.",
        ("h1", "2 Size of a micro-credential"),
        "We accept micro-credentials of up to 30 ECTS credits in the register. A ceiling lower than that would "
        "exclude the one-semester specialisation courses that colleges run for employed technicians, which are "
        "among the most used short programmes in the country.",
        ("h1", "3 Who reviews"),
        "An independent panel of the quality agency, not the provider itself, should review each "
        "micro-credential before it enters the register. Self-assessment by the provider is a useful first "
        "step, but it cannot replace an outside view when the register is meant to be trusted abroad.",
        ("h2", "3.1 Results of the 2025 reviews"),
        "The table gives the outcome of the reviews decided in 2025 by field.",
        (
            "table",
            [
                ["Field", "Applications decided", "Approved", "Main reason for refusal"],
                ["Engineering and energy", "41", "33", "Workload not justified"],
                ["Information technology", "38", "27", "Outcomes not assessable"],
                ["Health and care", "25", "16", "No supervised practice"],
                ["Business and administration", "22", "19", "Assessment not described"],
            ],
        ),
        "A positive decision should be reviewed again whenever the outcomes or the assessment of the "
        "micro-credential change substantially; editorial changes need only be notified to the Office.",
        ("h1", "4 Learning outcomes"),
        "Each learning outcome should name one observable action and the conditions under which it is "
        "performed. An outcome that joins several actions cannot be assessed with one task, and an outcome "
        "without conditions cannot be compared across providers.",
        "The Office will hold two training days for providers on writing outcomes in Kaunas and Vilnius in June 2026.",
    ],
}

# Slides with few words on them and most of the content in the speaker notes, as many presenters work.
KYRGYZSTAN_SLIDES = {
    "file": "slides_kyrgyzstan_provider.pptx",
    "title": "Micro-credentials in the workshop: the Chui Valley Vocational Training Centre",
    "author": "Azamat Toktogulov",
    "date": dt.date(2026, 3, 11),
    "slides": [
        {
            "title": "Micro-credentials in the workshop",
            "body": ["Azamat Toktogulov", "Chui Valley Vocational Training Centre, Kyrgyzstan", "March 2026"],
            "notes": "Introduce myself: deputy director for training at the Chui Valley Vocational Training "
            "Centre. The centre was founded in 1998 near Bishkek and today trains about 1,400 adults a year in "
            "welding, electrical installation, machine repair and food processing. We have 46 trainers, 19 of "
            "whom also work part-time in local companies.",
        },
        {
            "title": "Our short courses",
            "body": ["Welding", "Electrical safety", "Machine repair", "Food hygiene"],
            "notes": "A typical course lasts six to ten weeks. The course fee in 2025 was 3,500 som. In 2025, "
            "86 percent of learners passed the final practical assessment at the first attempt.",
        },
        {
            "title": "Employers set the outcomes",
            "body": ["Employers approve outcomes before a course starts"],
            "notes": "The employers of the sector should approve the list of learning outcomes before a course "
            "starts. We learned this the hard way: in 2023 we ran a welding course whose outcomes nobody in "
            "industry had seen, and only a few graduates found work.",
        },
        {
            "title": "Assessment in the workshop",
            "body": ["Practical tasks", "An assessor from industry"],
            "notes": "An assessor from industry should sit on every practical assessment, next to our own "
            "trainer. We film every practical assessment so that the industry assessor can look at it again "
            "if there is a dispute.",
        },
        {
            "title": "Credentials that are renewed",
            "body": ["Valid for three years", "Then a short refresher"],
            "notes": "Micro-credentials in welding, electrical safety and other technical fields should be valid "
            "for three years, after which the holder renews them with a short refresher course. Equipment and "
            "safety rules change quickly, and an old certificate gives a false sense of safety on a building site.",
        },
        {
            "title": "Time for training",
            "body": ["Training inside working time"],
            "notes": "Employers should release workers for training during paid working hours. Most of our "
            "learners work six days a week, and evening courses after a shift lead to high drop-out.",
        },
    ],
}


def build_letter(spec: dict) -> bytes:
    """A Word letter: plain paragraphs only, numbered by hand as ministries write them."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    for text in spec["paragraphs"]:
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_memo(spec: dict) -> bytes:
    """A Word memo: a title, numbered headings, body paragraphs and one table."""
    return build_word(spec, title=True)


def main() -> int:
    """Write the three Office contributions into eval/heldout/corpus/."""
    builds = ((SLOVENIA_LETTER, build_letter), (LITHUANIA_MEMO, build_memo), (KYRGYZSTAN_SLIDES, build_slides))
    for spec, build in builds:
        path = CORPUS / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(CORPUS.parents[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
