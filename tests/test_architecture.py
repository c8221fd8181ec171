"""The architecture a newcomer reads: a core free of the front end (BRIEF, "pure core"), folders, docstrings."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.unit
def test_the_core_never_imports_streamlit():
    offenders = []
    for path in sorted([*ROOT.joinpath("ingest").rglob("*.py"), *ROOT.joinpath("pipeline").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "streamlit" or n.startswith("streamlit.") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


@pytest.mark.unit
def test_pipeline_keeps_its_parts_in_folders():
    """A newcomer finds the index, drafting, synthesis, Word and upkeep parts by folder, not in one flat list."""
    pipeline = ROOT / "pipeline"
    for part in ("index", "drafting", "synthesis", "word", "upkeep"):
        assert (pipeline / part / "__init__.py").is_file(), part
    flat = [p.name for p in pipeline.glob("*.py") if p.name != "__init__.py"]
    assert len(flat) <= 15, flat
    assert not [p.name for p in pipeline.rglob("cli*.py")], "the command line is a front end: it lives in cli/"


def _documented_share() -> tuple[float, list[str]]:
    """Share of the public functions and classes of ingest/ and pipeline/ that have a docstring, and the others.

    Public: a name without a leading underscore, wherever it is defined (methods of any class and functions
    nested in others included: a reader meets them all).
    """
    kinds = ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
    total, missing = 0, []
    for path in sorted([*ROOT.joinpath("ingest").rglob("*.py"), *ROOT.joinpath("pipeline").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, kinds) and not node.name.startswith("_"):
                total += 1
                if ast.get_docstring(node) is None:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    return (total - len(missing)) / total, missing


@pytest.mark.unit
def test_nine_in_ten_public_functions_and_classes_have_a_docstring():
    share, missing = _documented_share()
    assert share >= 0.9, f"{share:.1%} documented; without a docstring: {missing}"
