"""What every command of the CLI shares: output, errors, exit codes, the workspace index."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from pipeline.index import Index
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


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from the environment with the command's --workspace on top."""
    return load_settings(workspace=args.workspace)


def index_for(args: argparse.Namespace) -> Index:
    """The workspace index for this command."""
    return Index(settings_for(args))
