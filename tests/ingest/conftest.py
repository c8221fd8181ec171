"""Fixtures shared by the reader tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.xlsx_helpers import make_workbook


@pytest.fixture(scope="session")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The survey workbook of the XLSX tests, built once (tests that damage it work on a copy)."""
    return make_workbook(tmp_path_factory.mktemp("xlsx") / "survey_baltics.xlsx")
