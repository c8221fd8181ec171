"""JSON outlines as survey and consultation tools export them, under their own keys (pipeline.drafting.outline_json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit


def write(tmp_path: Path, data: object, name: str = "outline.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def read(tmp_path: Path, data: object) -> list[tuple[str, list[str]]]:
    return [(s.title, list(s.questions)) for s in load_outline(write(tmp_path, data)).sections]


def test_chapters_with_a_heading_an_intro_and_items_of_id_and_text(tmp_path: Path) -> None:
    data = {
        "document": "Consultation on short courses",
        "exported": "2026-04-02T10:00:00Z",
        "tool": "Survey builder 5",
        "chapters": [
            {
                "heading": "Quality",
                "intro": "For providers and assessors.",
                "items": [{"id": "1.1", "text": "Who reviews a course?"}, {"id": "1.2", "text": "How often?"}],
            },
            {"heading": "Funding", "intro": "For ministries.", "items": [{"id": "2.1", "text": "Who pays?"}]},
        ],
    }
    outline = load_outline(write(tmp_path, data))
    assert outline.title == "Consultation on short courses"
    assert [(s.title, list(s.questions)) for s in outline.sections] == [
        ("Quality", ["Who reviews a course?", "How often?"]),
        ("Funding", ["Who pays?"]),
    ]
    # the chapter's intro is its purpose, and says its audience as people write it; the item ids are not sections'
    assert outline.sections[0].purpose == "For providers and assessors."
    assert [s.id for s in outline.sections] == ["quality", "funding"]


def test_sections_named_with_prompts_and_guiding_questions(tmp_path: Path) -> None:
    data = {
        "survey": {
            "name": "Micro-credentials survey",
            "sections": [
                {"name": "Recognition", "prompts": ["Should credits transfer?", "Who decides?"], "type": "page"},
                {"name": "Records", "guiding_questions": "Where are records kept?\nFor how long?"},
            ],
        }
    }
    assert read(tmp_path, data) == [
        ("Recognition", ["Should credits transfer?", "Who decides?"]),
        ("Records", ["Where are records kept?", "For how long?"]),
    ]


def test_nested_children_and_subsections_are_sections_in_document_order(tmp_path: Path) -> None:
    data = {
        "title": "Guidelines",
        "children": [
            {
                "title": "Part A. System level",
                "children": [
                    {"title": "Frameworks", "questions": [{"question": "Should they be levelled?"}]},
                    {"title": "Registers", "items": ["Who keeps the register?"]},
                ],
            },
            {
                "label": "Part B. Providers",
                "questions": ["What do providers need?"],
                "subsections": [{"heading": "Assessment", "prompts": [{"prompt": "Who assesses?"}]}],
            },
        ],
    }
    assert read(tmp_path, data) == [
        ("Frameworks", ["Should they be levelled?"]),  # a part without questions groups its parts
        ("Registers", ["Who keeps the register?"]),
        ("Part B. Providers", ["What do providers need?"]),
        ("Assessment", ["Who assesses?"]),
    ]


def test_a_questions_wording_is_read_and_never_its_id_nor_a_tools_level(tmp_path: Path) -> None:
    data = {
        "sections": [
            {"name": "Registers", "level": 2, "items": [{"id": "R1", "label": "Describe the register's entries"}]},
            {"name": "Assessors", "level": "2", "target": "assessors", "items": [{"id": "A1", "wording": "Who?"}]},
        ]
    }
    outline = load_outline(write(tmp_path, data))
    assert [list(s.questions) for s in outline.sections] == [["Describe the register's entries"], ["Who?"]]
    assert [s.audience for s in outline.sections] == ["system", "provider"]


def test_items_that_are_sections_are_read_as_sections(tmp_path: Path) -> None:
    data = {"title": "Outline", "items": [{"title": "Stacking", "items": [{"text": "Can courses be combined?"}]}]}
    assert read(tmp_path, data) == [("Stacking", ["Can courses be combined?"])]


def test_an_introduction_without_questions_is_the_documents_text_and_another_part_is_refused(tmp_path: Path) -> None:
    chapters = [
        {"heading": "Introduction", "intro": "This consultation runs until May."},
        {"heading": "Funding", "items": [{"text": "Who pays?"}]},
    ]
    assert read(tmp_path, {"chapters": chapters}) == [("Funding", ["Who pays?"])]
    with pytest.raises(OutlineError, match=r"outline\.json: section 2 \('Workload'\): no guiding questions"):
        read(tmp_path, {"chapters": [*chapters, {"heading": "Workload", "intro": "To be written."}]})


def test_ids_a_tool_repeats_are_not_the_sections_ids(tmp_path: Path) -> None:
    data = {
        "parts": [{"id": "q", "title": "One", "prompts": ["Why?"]}, {"id": "q", "title": "Two", "prompts": ["How?"]}]
    }
    assert [s.id for s in load_outline(write(tmp_path, data)).sections] == ["one", "two"]
    data = {
        "parts": [{"id": "S1", "title": "One", "prompts": ["Why?"]}, {"id": "S2", "title": "Two", "prompts": ["How?"]}]
    }
    assert [s.id for s in load_outline(write(tmp_path, data)).sections] == ["S1", "S2"]


def test_the_yaml_form_written_as_json_reads_as_before(tmp_path: Path) -> None:
    data = {"title": "G", "version": "2", "sections": [{"id": "S1", "title": "Funding", "questions": ["Who pays?"]}]}
    outline = load_outline(write(tmp_path, data))
    assert (outline.version, outline.sections[0].id, list(outline.sections[0].questions)) == ("2", "S1", ["Who pays?"])


def test_a_mistyped_key_of_the_yaml_form_is_named(tmp_path: Path) -> None:
    with pytest.raises(OutlineError, match=r"section 1: unknown key 'questons'"):
        read(tmp_path, {"sections": [{"title": "Funding", "questons": ["Who pays?"]}]})


@pytest.mark.parametrize(
    "data",
    [
        {"exported": "2026-04-02", "tool": "Survey builder 5", "responses": 12},
        {"chapters": [{"heading": "Funding", "notes": "none yet"}], "meta": {"tool": "x"}},
        ["Who pays?", "Who assesses?"],
        "an outline",
    ],
)
def test_json_without_an_outline_gets_one_error_naming_the_file(tmp_path: Path, data: object) -> None:
    path = write(tmp_path, data, "survey_export.json")
    with pytest.raises(OutlineError) as caught:
        load_outline(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


def test_a_file_that_is_not_json_is_refused_with_where_it_breaks(tmp_path: Path) -> None:
    path = tmp_path / "outline.json"
    path.write_text('{"chapters": [{"heading": "Funding",]}', encoding="utf-8")
    with pytest.raises(OutlineError, match=r"outline\.json: not valid JSON \(line 1, column \d+"):
        load_outline(path)
