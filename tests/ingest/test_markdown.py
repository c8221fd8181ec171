"""Markdown reader: title heading, sections, fenced code, pipe tables, light markup, decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.base import ReadError
from ingest.readers.markdown import MarkdownReader, strip_markup

DOC = """\
# Quality assurance of micro-credentials

Contributed by the **Albanian** agency.

## 1 Introduction

External QA is *mandatory* for every micro-credential.
See [the register](https://example.org/register) and `ECTS` rules.

Second paragraph of the introduction.

```
# not a heading inside code
```

### 1.1 Scope

| Provider | Accredited |
|:---------|-----------:|
| University | yes |
| **Company** | no |

Only accredited HE and VET institutions may issue them.

## 2 Procedure ##

Every micro_credential_id is checked.
"""


def read(tmp_path: Path, text: str, name: str = "input.md") -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(p.location.label, p.text) for p in MarkdownReader().read(path).passages]


@pytest.mark.unit
def test_sections_tables_and_body(tmp_path: Path) -> None:
    assert read(tmp_path, DOC) == [
        ("body", "Contributed by the Albanian agency."),
        (
            "section 1 Introduction",
            "External QA is mandatory for every micro-credential. "  # a soft-wrapped line joins its paragraph
            "See the register and ECTS rules.\n"
            "Second paragraph of the introduction.\n"
            "# not a heading inside code",
        ),
        ("section 1.1 Scope, table 1", "Provider | Accredited\nUniversity | yes\nCompany | no"),
        ("section 1.1 Scope", "Only accredited HE and VET institutions may issue them."),
        ("section 2 Procedure", "Every micro_credential_id is checked."),
    ]


@pytest.mark.unit
def test_title_heading_is_a_property(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text(DOC, encoding="utf-8")
    result = MarkdownReader().read(path)
    assert result.properties.title == "Quality assurance of micro-credentials"
    table = result.passages[2].location
    assert table.table == 1 and table.section == "1.1 Scope"
    assert table.section_path == ("1 Introduction", "1.1 Scope")


@pytest.mark.unit
def test_several_top_level_headings_are_sections(tmp_path: Path) -> None:
    text = "# Alpha\n\nOne.\n\n# Beta\n\nTwo.\n"
    assert read(tmp_path, text) == [("section 1 Alpha", "One."), ("section 2 Beta", "Two.")]


@pytest.mark.unit
def test_unnumbered_headings_numbered_relative_to_shallowest(tmp_path: Path) -> None:
    text = "# Title\n\n## Intro\n\nA.\n\n### Detail\n\nB.\n\n## Next\n\nC.\n"
    labels = [label for label, _ in read(tmp_path, text)]
    assert labels == ["section 1 Intro", "section 1.1 Detail", "section 2 Next"]


@pytest.mark.unit
def test_hash_without_space_is_text(tmp_path: Path) -> None:
    # no heading: the word is a tag, read without its mark (ingest.readers.markdown_notes)
    assert read(tmp_path, "#hashtag stays text\n") == [("body", "hashtag stays text")]


@pytest.mark.unit
def test_strip_markup() -> None:
    assert strip_markup("**bold** and __strong__ and *em* and ~~gone~~") == "bold and strong and em and gone"
    assert strip_markup("![logo](x.png) [Europass](https://europass.eu) <https://a.eu>") == (
        "logo Europass https://a.eu"
    )
    assert strip_markup("snake_case_name and 2*3*4") == "snake_case_name and 2*3*4"


@pytest.mark.unit
def test_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff## Überblick\n\nÄnderung.\n".encode())
    result = MarkdownReader().read(path)
    assert [(p.location.label, p.text) for p in result.passages] == [("section 1 Überblick", "Änderung.")]
    assert result.warnings == ()


@pytest.mark.unit
def test_cp1252_fallback_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "win.md"
    path.write_bytes("Caf\u00e9 \u2013 \u201cquoted\u201d\n".encode("cp1252"))
    result = MarkdownReader().read(path)
    assert result.passages[0].text == "Caf\u00e9 \u2013 \u201cquoted\u201d"
    assert result.warnings == ("not valid UTF-8; decoded as Windows-1252 (cp1252)",)


@pytest.mark.unit
def test_latin1_fallback(tmp_path: Path) -> None:
    path = tmp_path / "latin.md"
    path.write_bytes(b"Byte \x81 is undefined in cp1252, caf\xe9\n")
    result = MarkdownReader().read(path)
    assert "caf\u00e9" in result.passages[0].text
    assert result.warnings == ("not valid UTF-8; decoded as Latin-1",)


@pytest.mark.unit
def test_binary_content_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bin.md"
    path.write_bytes(b"# Title\x00\x01\x02")
    with pytest.raises(ReadError, match="^not a text file$"):
        MarkdownReader().read(path)


@pytest.mark.unit
def test_only_title_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "title.md"
    path.write_text("# Just a title\n")
    with pytest.raises(ReadError, match="^no text found$"):
        MarkdownReader().read(path)


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = MarkdownReader()
    assert (reader.name, reader.extensions, reader.version) == ("markdown", (".md", ".markdown"), "14")


@pytest.mark.unit
def test_a_block_quote_is_a_paragraph_of_its_own_marked_as_quoted(tmp_path: Path) -> None:
    # a blog post citing a welder: the words stay (they help find the passage), one marked line per quote
    text = (
        "# Post\n\nWe think credits should stack.\n> A welder told us:\n> certificates should never expire.\n"
        "Our view is that they should be renewed every five years.\n"
    )
    assert read(tmp_path, text)[0][1].split("\n") == [
        "We think credits should stack.",
        "> A welder told us: certificates should never expire.",
        "Our view is that they should be renewed every five years.",
    ]


FAQ = """\
# Micro-credentials at the Harbour Training Centre: your questions

The Harbour Training Centre in Split trains dock workers and crane operators.

## Enrolment

**Q:** Who can enrol in a course?
**A:** Anyone over 18 with a medical certificate for work at height.

**Q: How long does a course last, and
how often does it meet?**

**A:** Six weeks, two evenings a week.

Each course ends with a practical test on a real crane.

## Certificates

{q} Should the certificates expire?
{a} Yes. Every certificate should be renewed after five years.
"""


@pytest.mark.unit
@pytest.mark.parametrize(("q", "a"), [("Q:", "A:"), ("Question:", "Answer:"), ("**Q3.**", "**A3:**")])
def test_an_faqs_pairs_read_as_answers_under_their_questions_in_the_contributors_name(
    tmp_path: Path, q: str, a: str
) -> None:
    from ingest.model import Passage
    from ingest.turns import own_turns

    path = tmp_path / "faq.md"
    path.write_text(FAQ.format(q=q, a=a), encoding="utf-8")
    passages = MarkdownReader().read(path).passages
    assert [(p.location.label, p.text) for p in passages] == [
        ("body", "The Harbour Training Centre in Split trains dock workers and crane operators."),
        ("section 1.1 Who can enrol in a course?", "Anyone over 18 with a medical certificate for work at height."),
        (
            "section 1.2 How long does a course last, and how often does it meet?",
            "Six weeks, two evenings a week.\nEach course ends with a practical test on a real crane.",
        ),
        ("section 2.1 Should the certificates expire?", "Yes. Every certificate should be renewed after five years."),
    ]
    # no "Q" or "A" is a speaker: every pair stays, credited to the centre as it wrote them
    kept, warnings = own_turns(passages, "", "Harbour Training Centre")
    assert (kept, warnings) == (list(passages), [])
    assert all(isinstance(p, Passage) for p in kept)


@pytest.mark.unit
def test_interview_notes_written_q_and_a_stay_an_interview(tmp_path: Path) -> None:
    # the questions were put to the respondent (one carries other people's view): they are not made headings,
    # so ingest.turns still reads the notes as an interview and keeps only the answers
    from ingest.turns import own_turns

    text = (
        "# Interview notes: Harbour Training Centre\n\nInterview with Ivana Bilic, 4 May 2026.\n\n"
        "Q: Some ministries say fees should be capped at 50 euros. Do you agree?\n\n"
        "A: No. Fees should be set by each provider.\n\n"
        "Q: What is your view on expiry?\n\nA: A certificate should be renewed after five years.\n"
    )
    path = tmp_path / "interview.md"
    path.write_text(text, encoding="utf-8")
    passages = MarkdownReader().read(path).passages
    assert "Q: Some ministries say fees should be capped" in passages[0].text
    kept, warnings = own_turns(passages, "Ivana Bilic", "Harbour Training Centre")
    kept_text = " ".join(p.text for p in kept)
    assert "Fees should be set by each provider" in kept_text and "capped at 50 euros" not in kept_text
    assert "only the turns of A" in warnings[0]


@pytest.mark.unit
def test_an_faq_that_names_itself_so_is_one_even_when_it_mentions_an_interview(tmp_path: Path) -> None:
    text = (
        "# Frequently asked questions\n\nAnswers drawn from our interviews with employers.\n\n"
        "Q: Is the course free?\nA: Yes, for jobseekers.\n\nQ: Is there a test?\nA: Yes, a practical one.\n"
    )
    assert read(tmp_path, text)[1:] == [
        ("section 1 Is the course free?", "Yes, for jobseekers."),
        ("section 2 Is there a test?", "Yes, a practical one."),
    ]


@pytest.mark.unit
def test_a_lone_question_and_answer_is_left_as_written(tmp_path: Path) -> None:
    text = "# Note\n\nQ: Is the course free?\nA: Yes, for jobseekers.\n\nWe also run evening classes.\n"
    assert read(tmp_path, text) == [
        ("body", "Q: Is the course free? A: Yes, for jobseekers.\nWe also run evening classes.")
    ]


FOOTNOTES = """\
# Micro-credentials in adult learning

Our view in short.[^short]

## 1 Workload

A micro-credential should carry at least 3 ECTS[^ects] and be assessed [^2].

| Level | Credits[^ects] |
|---|---|
| 4 | 3 |

## 2 Recognition[^heading]

Recognition follows the Lisbon Convention.[^lisbon] Brackets [^none] with no note stay.

```
a [^2] in code stays
[^2]: and so does this line
```

[^ects]: One ECTS credit stands for 25 to 30 hours of
    learning, as the *ECTS users' guide* sets it.
[^2]: Assessment by an independent panel.
[^lisbon]: Council of Europe and UNESCO, 1997.

    A second paragraph of the note.
[^short]: Written for the consultation.
[^heading]: A note on the heading.
[^unused]: A note no text refers to.
"""


@pytest.mark.unit
def test_footnotes_are_passages_of_their_own_after_the_passage_that_refers_to_them(tmp_path: Path) -> None:
    assert read(tmp_path, FOOTNOTES) == [
        ("body", "Our view in short."),
        ("footnote 1", "Written for the consultation."),
        # the reference marks are left out of the sentence; each note follows the passage that first refers to it,
        # numbered in the order of first reference and labelled as the Word reader labels one
        ("section 1 Workload", "A micro-credential should carry at least 3 ECTS and be assessed."),
        ("section 1 Workload, footnote 2", "One ECTS credit stands for 25 to 30 hours of learning, as the ECTS "
         "users' guide sets it."),
        ("section 1 Workload, footnote 3", "Assessment by an independent panel."),
        ("section 1 Workload, table 1", "Level | Credits\n4 | 3"),
        (
            "section 2 Recognition",
            "Recognition follows the Lisbon Convention. Brackets [^none] with no note stay.\n"
            "a [^2] in code stays [^2]: and so does this line",  # code's lines run on, as before
        ),
        ("section 2 Recognition, footnote 5", "Council of Europe and UNESCO, 1997.\nA second paragraph of the note."),
        # a note referred to from a heading or from nowhere still holds the contributor's text: it comes last
        ("footnote 4", "A note on the heading."),
        ("footnote 6", "A note no text refers to."),
    ]  # fmt: skip


@pytest.mark.unit
def test_a_reference_without_a_footnote_is_kept_as_written(tmp_path: Path) -> None:
    # no definition below: "[^1]" is the author's text
    assert read(tmp_path, "## A\n\nText [^1] here.\n") == [("section 1 A", "Text [^1] here.")]
