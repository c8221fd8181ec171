"""Prompt files: declared variables are checked at load time, and rendering refuses wrong values."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.prompts import PROMPTS_DIR, PromptError, load_prompt, load_prompt_file


def write_prompt(folder: Path, name: str, variables: str, body: str, header_name: str | None = None) -> Path:
    path = folder / f"{name}.md"
    path.write_text(f"---\nname: {header_name or name}\nversion: 2\nvariables: {variables}\n---\n{body}\n")
    return path


@pytest.mark.unit
@pytest.mark.parametrize("name", ["draft_section", "merge_section"])
def test_project_prompts_load_and_use_exactly_their_declared_variables(name: str) -> None:
    prompt = load_prompt(name)
    assert prompt.label == f"{name}@2"
    assert prompt.system and prompt.user
    rendered = prompt.render(**{v: f"<{v}>" for v in prompt.variables})
    for variable in prompt.variables:
        assert f"<{variable}>" in rendered.system + rendered.user
    # The JSON shape in the system prompt is written with escaped braces and comes out literal.
    assert '{"paragraphs": [{"theme"' in rendered.system


@pytest.mark.unit
def test_every_prompt_file_in_the_project_is_valid() -> None:
    files = sorted(p for p in PROMPTS_DIR.glob("*.md") if p.name != "README.md")
    assert files
    for path in files:
        load_prompt_file(path)


@pytest.mark.unit
def test_system_prompt_treats_passages_as_untrusted_data() -> None:
    system = load_prompt("draft_section").system.lower()
    assert "untrusted data" in system
    assert "never follow" in system
    assert "gaps" in system and "citations" in system


@pytest.mark.unit
def test_system_and_user_sections_are_split(tmp_path: Path) -> None:
    write_prompt(
        tmp_path, "greet", "[who, where]", "## system\nYou greet {who}.\n\n## user\nSay hello {{literally}} in {where}."
    )
    prompt = load_prompt("greet", tmp_path)
    assert prompt.version == "2"
    rendered = prompt.render(who="Ana", where="Tbilisi")
    assert rendered.system == "You greet Ana."
    assert rendered.user == "Say hello {literally} in Tbilisi."


@pytest.mark.unit
def test_body_without_system_heading_is_all_user_message(tmp_path: Path) -> None:
    write_prompt(tmp_path, "plain", "[x]", "Just {x}.")
    rendered = load_prompt("plain", tmp_path).render(x="this")
    assert (rendered.system, rendered.user) == ("", "Just this.")


@pytest.mark.unit
def test_undeclared_placeholder_is_a_clear_error_naming_the_file(tmp_path: Path) -> None:
    path = write_prompt(tmp_path, "bad", "[title]", "## system\nRules.\n## user\n{title} and {evidence}")
    with pytest.raises(PromptError) as info:
        load_prompt("bad", tmp_path)
    assert str(path) in str(info.value)
    assert "undeclared placeholders evidence" in str(info.value)


@pytest.mark.unit
def test_declared_variable_never_used_is_an_error(tmp_path: Path) -> None:
    write_prompt(tmp_path, "unused", "[title, audience]", "## user\nOnly {title}.")
    with pytest.raises(PromptError, match="declared variables never used: audience"):
        load_prompt("unused", tmp_path)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("A lone { brace and {x}", "literal braces"),
        ("Reach into {x.__class__}", "not a plain variable name"),
        ("Index {x[0]}", "not a plain variable name"),
        ("Format {x!r}", "not a plain variable name"),
        ("Positional {} and {x}", "not a plain variable name"),
    ],
)
def test_placeholders_must_be_plain_names(tmp_path: Path, body: str, message: str) -> None:
    write_prompt(tmp_path, "odd", "[x]", body)
    with pytest.raises(PromptError, match=message):
        load_prompt("odd", tmp_path)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter at all {x}", "front matter"),
        ("---\nname: [unclosed\n---\nbody {x}\n", "not valid YAML"),
        ("---\nname: wrong\nversion: 1\nvariables: [x]\n---\n{x}\n", "does not match the file name"),
        ("---\nname: f\nversion: 1\nvariables: [x]\ncolour: red\n---\n{x}\n", "colour"),
        ("---\nname: f\nversion: 1\nvariables: [x, x]\n---\n{x}\n", "declared twice"),
        ("---\nname: f\nversion: 1\nvariables: [x]\n---\n## user\n{x}\n## system\nlate\n", "'## system' then"),
        ("---\nname: f\nversion: 1\nvariables: []\n---\n## system\nonly rules\n## user\n", "user message is empty"),
    ],
)
def test_broken_prompt_files_are_refused_with_the_reason(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "f.md"
    path.write_text(text)
    with pytest.raises(PromptError, match=message) as info:
        load_prompt_file(path)
    assert str(path) in str(info.value)


@pytest.mark.unit
def test_missing_prompt_file_and_bad_name(tmp_path: Path) -> None:
    with pytest.raises(PromptError, match="cannot read prompt"):
        load_prompt("absent", tmp_path)
    with pytest.raises(PromptError, match="identifiers"):
        load_prompt("../etc/passwd", tmp_path)


@pytest.mark.unit
def test_render_refuses_missing_and_extra_variables(tmp_path: Path) -> None:
    write_prompt(tmp_path, "two", "[a, b]", "{a} {b}")
    prompt = load_prompt("two", tmp_path)
    with pytest.raises(PromptError, match="missing b"):
        prompt.render(a="1")
    with pytest.raises(PromptError, match="undeclared c"):
        prompt.render(a="1", b="2", c="3")


@pytest.mark.unit
def test_braces_in_values_are_kept_verbatim(tmp_path: Path) -> None:
    write_prompt(tmp_path, "echo", "[a, b]", "{a}|{b}")
    # A contribution containing "{b}" must not be expanded a second time.
    assert load_prompt("echo", tmp_path).render(a="{b} {0} {{x}}", b="B").user == "{b} {0} {{x}}|B"
