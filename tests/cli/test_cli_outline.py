"""`draft --outline` takes the outline as the team keeps it (.txt, .odt as well as .yaml, .md, .docx)."""

from __future__ import annotations

import pytest
import yaml

from tests.cli.test_cli import run

pytestmark = pytest.mark.integration


def test_a_plain_text_outline_is_kept_in_the_workspace_as_yaml(tmp_path):
    outline = tmp_path / "outline.txt"
    outline.write_text(
        "Call for evidence on micro-credentials\n\nSection 1: Funding\nQ1. Who pays for short courses?\n",
        encoding="utf-8",
    )
    ws = tmp_path / "ws"
    proc = run("draft", "--outline", str(outline), "--workspace", str(ws), "--json")
    # nothing is ingested yet, so nothing is drafted; the outline is read and kept all the same
    assert "holds no contributions" in proc.stderr
    kept = yaml.safe_load((ws / "outline.yaml").read_text(encoding="utf-8"))
    assert kept["title"] == "Call for evidence on micro-credentials"
    assert [(s["title"], s["questions"]) for s in kept["sections"]] == [("Funding", ["Who pays for short courses?"])]


def test_a_text_outline_without_sections_is_refused_naming_the_file_and_the_fix(tmp_path):
    outline = tmp_path / "notes.txt"
    outline.write_text("1. Who pays?\n2. Who decides?\n", encoding="utf-8")
    proc = run("draft", "--outline", str(outline), "--workspace", str(tmp_path / "ws"))
    assert proc.returncode == 1
    assert "notes.txt: no sections found; put the title on the first line" in proc.stderr
    assert not (tmp_path / "ws" / "outline.yaml").exists()


def test_an_agendas_item_left_out_is_named_on_stderr(tmp_path):
    outline = tmp_path / "agenda.txt"
    outline.write_text(
        "Drafting afternoon\n\n1. Registration 13:30\n\n2. Fees (for ministries)\n   a) Who pays the exam fee?\n",
        encoding="utf-8",
    )
    proc = run("draft", "--outline", str(outline), "--workspace", str(tmp_path / "ws"))
    assert "warning: " in proc.stderr and "agenda.txt: 'Registration 13:30' has no questions under it" in proc.stderr
