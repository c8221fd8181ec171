"""The second held-out set's own checks (eval/heldout2/): what its README promises beyond the checks every
set shares (tests/eval/test_heldout_set.py)."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.unit
def test_the_second_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout2's PDF and Office files from the text in build.py gives the committed bytes."""
    build = importlib.import_module("eval.heldout2.build")
    missing = [str(path) for path in build._FONT_FILES if not path.exists()]
    if missing:
        pytest.skip(f"the PDF needs the DejaVu fonts: {', '.join(missing)}")
    for spec, make in build.BUILDS:
        assert make(spec) == (build.CORPUS / spec["file"]).read_bytes(), spec["file"]
