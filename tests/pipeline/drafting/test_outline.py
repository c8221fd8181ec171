"""Outlines as teams write them: YAML of any style, Markdown and Word; refusals that say where and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, audience_words, load_outline, save_outline

pytestmark = pytest.mark.unit

ISSUE_YAML = """\
title: Micro-credentials guidelines
sections:
""" + "".join(
    f"""  - id: S{n}
    title: Section {n} on topic {n}
    guiding_questions:
      - What should happen in area {n}?
      - Who is responsible for area {n}?
"""
    for n in range(1, 8)
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_issues_yaml_with_upper_case_ids_guiding_questions_and_no_purpose_loads(tmp_path):
    outline = load_outline(write(tmp_path / "outline.yaml", ISSUE_YAML))
    assert [s.id for s in outline.sections] == [f"S{n}" for n in range(1, 8)]  # kept as written
    first = outline.sections[0]
    assert first.audience == "system"
    assert first.questions == ("What should happen in area 1?", "Who is responsible for area 1?")
    assert first.purpose == first.title  # no purpose given: the title says what the section is for
    assert outline.section("s3").id == "S3"  # matched in any case


def test_audiences_written_in_words_are_understood_and_others_refused(tmp_path):
    text = """\
sections:
  - {title: A, audience: Provider level, questions: ['Q1?']}
  - {title: B, audience: policy makers, questions: ['Q2?']}
  - {title: C, Audience: PROVIDERS, Questions: "Q3?"}
"""
    outline = load_outline(write(tmp_path / "o.yaml", text))
    assert [s.audience for s in outline.sections] == ["provider", "system", "provider"]
    assert [s.id for s in outline.sections] == ["a", "b", "c"]
    bad = write(tmp_path / "bad.yaml", "sections:\n  - {title: Funding, audience: learners, questions: ['Q?']}\n")
    with pytest.raises(OutlineError) as info:
        load_outline(bad)
    message = str(info.value)
    assert "bad.yaml" in message and "section 1 ('Funding')" in message and "learners" in message
    assert "system" in message and "provider" in message


@pytest.mark.parametrize(
    ("written", "audience"),
    [
        ("providers and assessors", "provider"),
        ("VET providers", "provider"),
        ("higher education institutions", "provider"),
        ("Ministries; regulators", "system"),
        ("national qualification authorities", "system"),
    ],
)
def test_an_audience_written_as_a_list_or_a_qualified_name_is_understood(tmp_path, written, audience):
    outline = load_outline(write(tmp_path / "o.md", f"## Assessment\n\nAudience: {written}\n\n- Who assesses?\n"))
    assert outline.sections[0].audience == audience


@pytest.mark.parametrize("written", ["policy makers and providers", "Policy makers and recognition officers", "Both"])
def test_an_audience_naming_both_sides_is_a_section_for_both(tmp_path, written):
    # a section written for both audiences is read as such, never refused with the whole outline nor narrowed
    outline = load_outline(write(tmp_path / "o.md", f"## Funding\n\nAudience: {written}\n\n- Who pays?\n"))
    assert outline.sections[0].audience == "both"
    assert audience_words(outline.sections[0].audience) == "system and provider levels"


def test_sections_written_as_a_mapping_take_their_keys_as_ids(tmp_path):
    text = "sections:\n  S1: {title: Scope, questions: ['In scope?']}\n  s2: {title: Size, questions: ['How big?']}\n"
    outline = load_outline(write(tmp_path / "o.yaml", text))
    assert [(s.id, s.title) for s in outline.sections] == [("S1", "Scope"), ("s2", "Size")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sections:\n  - title: Funding\n", "no guiding questions; add 'questions:'"),
        ("sections:\n  - {title: Funding, questons: ['Q?']}\n", "unknown key 'questons'"),
        ("sections:\n  - {id: X, title: A, questions: ['Q?']}\n  - {id: x, title: B, questions: ['Q?']}\n", "used by"),
        ("sections:\n  - {questions: ['Q?']}\n", "no title; add 'title: ...'"),
    ],
)
def test_a_refusal_names_the_file_the_section_and_the_fix(tmp_path, text, expected):
    with pytest.raises(OutlineError) as info:
        load_outline(write(tmp_path / "outline.yaml", text))
    assert str(info.value).startswith(f"{tmp_path / 'outline.yaml'}: section ")
    assert expected in str(info.value)


MARKDOWN = """\
# Guidelines on micro-credentials

Draft outline for the working group.

## Recognition across borders
Audience: recognition officers

How credentials earned abroad are recognised.

- Which evidence should a recognition officer ask for?
- How long may a decision take
Is automatic recognition possible between partner countries?

## Funding models
**Audience:** system level

### Guiding questions
1. Who pays for short courses?
2. Should public funding depend on quality assurance?
"""


def test_a_markdown_outline_reads_sections_audiences_questions_and_purpose(tmp_path):
    outline = load_outline(write(tmp_path / "outline.md", MARKDOWN))
    assert outline.title == "Guidelines on micro-credentials"
    recognition, funding = outline.sections
    assert (recognition.title, recognition.audience) == ("Recognition across borders", "provider")
    assert recognition.purpose == "How credentials earned abroad are recognised."
    assert recognition.questions == (
        "Which evidence should a recognition officer ask for?",
        "How long may a decision take",
        "Is automatic recognition possible between partner countries?",
    )
    assert funding.audience == "system"
    assert funding.questions == ("Who pays for short courses?", "Should public funding depend on quality assurance?")


def test_a_markdown_section_without_questions_is_refused_by_name(tmp_path):
    path = write(tmp_path / "outline.md", "# T\n\n## Empty section\nSome words.\n")
    with pytest.raises(OutlineError, match=r"outline\.md: section 1 \('Empty section'\): no guiding questions"):
        load_outline(path)


def write_docx_outline(path: Path, title_style: bool = True) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Title from the properties"
    if title_style:
        document.add_paragraph("Micro-credential guidelines", style="Title")
    document.add_paragraph("Introduction for the reader.")
    document.add_paragraph("Stackability", style="Heading 1")
    document.add_paragraph("Audience: provider")
    document.add_paragraph("How units add up to larger qualifications.")
    document.add_paragraph("Can credits be combined across providers", style="List Bullet")
    document.add_paragraph("What limits should apply to stacking?")
    document.add_paragraph("Quality assurance", style="Heading 1")
    document.add_paragraph("Which agency reviews providers?", style="List Number")
    document.save(str(path))
    return path


def test_a_word_outline_takes_heading_1_as_sections_and_lists_or_questions_as_questions(tmp_path):
    outline = load_outline(write_docx_outline(tmp_path / "outline.docx"))
    assert outline.title == "Micro-credential guidelines"
    stack, qa = outline.sections
    assert (stack.title, stack.audience, stack.purpose) == (
        "Stackability",
        "provider",
        "How units add up to larger qualifications.",
    )
    assert stack.questions == ("Can credits be combined across providers", "What limits should apply to stacking?")
    assert (qa.audience, qa.questions) == ("system", ("Which agency reviews providers?",))
    untitled = load_outline(write_docx_outline(tmp_path / "untitled.docx", title_style=False))
    assert untitled.title == "Title from the properties"


def test_a_word_file_without_heading_1_is_refused_with_the_fix(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Just text, what should we ask?")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    with pytest.raises(OutlineError, match=r"notes\.docx: no Heading 1 paragraphs; give each section's title"):
        load_outline(path)


def test_an_imported_outline_saves_as_yaml_and_reloads_the_same(tmp_path):
    outline = load_outline(write(tmp_path / "outline.md", MARKDOWN))
    save_outline(outline, tmp_path / "kept.yaml")
    assert load_outline(tmp_path / "kept.yaml") == outline


def test_the_sample_corpus_outline_still_loads(tmp_path):
    outline = load_outline(Path(__file__).parents[3] / "corpus" / "outline.yaml")
    assert len(outline.sections) >= 5 and all(s.purpose != s.title for s in outline.sections)
