"""What every command of the CLI shares: output, errors, exit codes, the workspace index."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from pipeline.index.workspace_index import Index
from pipeline.settings import Settings, load_settings

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def emit(args: argparse.Namespace, data: Any, human: Callable[[], None]) -> None:
    """JSON on stdout with --json, else the human rendering."""
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        human()


class TerminalBar:
    """A tqdm bar on stderr, created at the first report (when the total is known); a no-op when not a terminal."""

    def __init__(self, unit: str, description: str = "") -> None:
        self.unit, self.description, self._bar = unit, description, None

    def update(self, done: int, total: int, text: str = "") -> None:
        """Show ``done`` of ``total``, with ``text`` (what is being worked on) as the description."""
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, unit=self.unit, desc=self.description, file=sys.stderr, disable=None, dynamic_ncols=True
            )
        self._bar.total = total
        self._bar.n = done
        if text:
            self._bar.set_description_str(text[:60])
        self._bar.refresh()

    def close(self) -> None:
        """Finish the bar (if one was shown)."""
        if self._bar is not None:
            self._bar.close()


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from the environment with the command's --workspace on top."""
    return load_settings(workspace=args.workspace)


def index_for(args: argparse.Namespace) -> Index:
    """The workspace index for this command."""
    return Index(settings_for(args))
