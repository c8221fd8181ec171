"""``main()`` run again and again in one process (a test session, a program driving the CLI) closes what each
command opened: the number of open descriptors stays flat."""

from __future__ import annotations

import json
import sys

import pytest

from cli.main import main
from tests.pipeline.test_workspace_descriptors import OUTLINE, SLACK, contribution, open_descriptors

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts descriptors in /proc/self/fd"),
]


@pytest.mark.slow
def test_every_command_closes_its_workspace_when_it_ends(tmp_path, monkeypatch, capsys):
    # a small deterministic embedding keeps thirty rounds fast; the readers run in their own process as by default
    monkeypatch.setenv("GUIDELINES_EMBEDDING", "fake:32")
    folder = contribution(tmp_path / "in")
    outline = tmp_path / "outline.yaml"
    outline.write_text(OUTLINE, encoding="utf-8")
    export = tmp_path / "out.docx"

    def one_round(n: int) -> None:
        common = ["--workspace", str(tmp_path / f"ws{n}"), "--json"]
        assert main(["ingest", str(folder), *common]) == 0
        assert json.loads(capsys.readouterr().out)[0]["status"] == "ingested"
        assert main(["search", "assessment of learning outcomes", *common]) == 0
        assert main(["sources", *common]) == 0
        assert main(["info", *common]) == 0
        capsys.readouterr()
        assert main(["draft", "--outline", str(outline), *common]) == 0
        assert json.loads(capsys.readouterr().out)[0]["status"] == "drafted"
        assert main(["show", "--all", *common]) == 0
        assert main(["coverage", *common]) == 0
        assert main(["export", "--out", str(export), *common]) == 0
        assert main(["doctor", *common]) == 0
        capsys.readouterr()

    one_round(0)
    before = open_descriptors()
    for n in range(1, 31):
        one_round(n)
    assert open_descriptors() - before <= SLACK
