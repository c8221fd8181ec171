"""The twenty-eighth held-out set's outline: the slide deck the secretariat showed at the contributors' kick-off
meeting and sent round afterwards (eval/heldout28/README.md).

A title slide, an agenda, one slide per theme with its guiding questions as bullets (some with a sub-bullet of
examples) and a line naming whom the theme is for, a timeline and a contacts slide, with the chair's speaker
notes on some slides. Made with python-pptx's default template ("Title Slide", "Title and Content").
"""

from __future__ import annotations

import datetime as dt
import io

from eval.office_builds import set_properties, stable_zip

DECK = {
    "title": "Guidelines on micro-credentials - kick-off meeting",
    "author": "Karin Öhrvall",
    "date": dt.date(2026, 3, 17),
}
COVER = ("Guidelines on micro-credentials", "Kick-off meeting with contributors\n17 March 2026, online")
AGENDA = (
    "Agenda",
    (
        "Welcome and round of introductions",
        "Why guidelines, and for whom",
        "The five themes and their guiding questions",
        "How to send your contribution",
        "Timeline",
        "Q&A and next steps",
    ),
    "Keep the introductions to one minute each, we have 24 people on the call.",
)
# (title, audience line, bullets: a string, or (string, sub-bullet)), notes
THEMES = (
    (
        "1. Micro-credentials in the qualifications system",
        "For: policy makers (system level)",
        (
            "Should micro-credentials have their place in the national qualifications framework?",
            (
                "Should micro-credentials be listed in the national register of qualifications?",
                "e.g. a section of their own, or side by side with full qualifications",
            ),
            "Who should approve the providers that issue micro-credentials?",
            "How long should a micro-credential remain valid?",
            "What fee should providers pay to have a micro-credential entered in the register?",
            "Which body should keep the register of micro-credentials?",
        ),
        "The register questions came from the drafting team's first meeting.",
    ),
    (
        "2. Quality assurance",
        "For: policy makers (system level)",
        (
            "How often should an external agency review providers of micro-credentials?",
            "Should learners have a say in approving micro-credentials?",
            "Should private providers be held to the same rules as public ones?",
            "Who should pay for the external evaluation of a provider?",
            "How many evaluators should take part in a review visit?",
        ),
        "",
    ),
    (
        "3. Learning outcomes and assessment",
        "For: providers, curriculum developers and assessors",
        (
            (
                "How should learning outcomes be written?",
                "e.g. which verbs, how detailed, naming tools and standards",
            ),
            "Who should take part in defining the learning outcomes?",
            "Must every micro-credential end with an assessment?",
            "Can assessment take place online?",
            "How many times may a learner retake a failed assessment?",
            "What pass mark should an assessment require?",
        ),
        "Mention the assessment examples from the Nordic workshop if there is time.",
    ),
    (
        "4. Stackability, recognition and digital credentials",
        "For: providers and recognition officers",
        (
            "Should micro-credentials add up to full qualifications?",
            "How should a micro-credential earned abroad be recognised?",
            (
                "What information must a micro-credential carry?",
                "e.g. workload, assessment method, learning outcomes, issuer",
            ),
            "In what form should micro-credentials be issued?",
            "How should employers be able to verify a micro-credential?",
            "How long should providers keep learners' assessment records?",
        ),
        "",
    ),
    (
        "5. Funding and access",
        "For: policy makers (system level)",
        (
            ("Who should pay for micro-credentials?", "e.g. learners, employers, public budgets"),
            "Which micro-credentials should public money fund?",
            "Should employees get paid leave to attend micro-credential courses?",
            "How large should the yearly public budget for micro-credentials be?",
            "Should there be an age limit for learners taking micro-credentials?",
        ),
        "Funding is the theme people will want to talk about most: keep it for the end.",
    ),
)
TIMELINE = (
    "Timeline",
    (
        "17 March: kick-off meeting",
        "31 March: contributions due (any format, one file per organisation)",
        "April: first draft of each section",
        "May: written review round",
        "June: final guidelines",
    ),
)
CONTACTS = (
    "Contacts",
    (
        "Guidelines secretariat: secretariat@guidelines.example",
        "Karin Öhrvall, coordinator, +46 8 555 014 20",
        "Olof Berg, contributions and metadata, +46 8 555 014 37",
    ),
)


def build_kickoff_deck() -> bytes:
    """outline.pptx: the cover, the agenda, the five themes, the timeline and the contacts, 16:9."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    prs = Presentation()
    set_properties(prs.core_properties, DECK)
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    cover = prs.slides.add_slide(prs.slide_layouts[0])
    cover.shapes.title.text = COVER[0]
    cover.placeholders[1].text = COVER[1]

    def content(title: str, bullets, notes: str = "", lead: str = "") -> None:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        frame = slide.placeholders[1].text_frame
        first = True
        items = ([lead] if lead else []) + list(bullets)
        for item in items:
            text, sub = (item, None) if isinstance(item, str) else item
            para = frame.paragraphs[0] if first else frame.add_paragraph()
            first = False
            para.text = text
            para.font.size = Pt(18)
            if lead and text == lead:
                para.font.italic = True
            if sub:
                child = frame.add_paragraph()
                child.text = sub
                child.level = 1
                child.font.size = Pt(14)
        if notes:
            slide.notes_slide.notes_text_frame.text = notes

    content(AGENDA[0], AGENDA[1], AGENDA[2])
    for title, audience, questions, notes in THEMES:
        content(title, questions, notes, lead=audience)
    content(*TIMELINE)
    content(*CONTACTS)
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())
