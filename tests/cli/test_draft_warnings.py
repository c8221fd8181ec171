"""`guidelines draft` words the outline loader's own warnings on stderr and leaves every other warning alone."""

from __future__ import annotations

import argparse
import types
import warnings

import pytest

from cli import drafts
from cli.common import UserError
from pipeline.drafting.outline_data import OutlineWarning


class _Manifest:
    def count_chunks(self) -> int:
        return 0


def _args(tmp_path) -> argparse.Namespace:
    return argparse.Namespace(outline=str(tmp_path / "outline.txt"))


def test_outline_warnings_go_to_stderr_and_other_warnings_are_not_swallowed(tmp_path, monkeypatch, capsys) -> None:
    def loader(root, outline) -> None:  # noqa: ANN001 - stands in for workspace_outline
        warnings.warn("outline.txt: 'Coffee break' has no questions under it", OutlineWarning, stacklevel=1)
        warnings.warn("a library's own deprecation", DeprecationWarning, stacklevel=1)

    index = types.SimpleNamespace(root=tmp_path, manifest=_Manifest())
    monkeypatch.setattr(drafts, "workspace_outline", loader)
    monkeypatch.setattr(drafts, "index_for", lambda args: index)
    with pytest.warns(DeprecationWarning, match="a library's own deprecation") as caught, pytest.raises(UserError):
        drafts.cmd_draft(_args(tmp_path))  # the empty workspace stops it after the outline is read
    assert not [w for w in caught if issubclass(w.category, OutlineWarning)]  # said once, on stderr, not twice
    err = capsys.readouterr().err
    assert "warning: outline.txt: 'Coffee break' has no questions under it" in err
    assert "deprecation" not in err
