"""What every command of the CLI shares: output, errors, exit codes, the workspace index."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:  # imported where used: `--help` and the light commands need neither pydantic nor numpy
    from pipeline.index.workspace_index import Index
    from pipeline.settings import Settings

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


class Closable(Protocol):
    """Something a command opens and must release: an index, a draft store, a workspace."""

    def close(self) -> None:
        """Release what it holds."""


C = TypeVar("C", bound=Closable)

# What the running command opened, closed when it ends. A context variable rather than a module list: commands
# run by main() in threads of one process (tests, an embedding program) each close only their own.
_OPENED: ContextVar[contextlib.ExitStack | None] = ContextVar("guidelines_opened", default=None)


@contextlib.contextmanager
def closing_opened() -> Iterator[None]:
    """Close, when the block ends, everything :func:`opened` registered inside it (last opened, first closed).

    A command's process usually ends with it, but ``main()`` also runs inside long-lived processes (a test
    session, a program that calls it in a loop), where each run left a Chroma client and SQLite connections open.
    """
    with contextlib.ExitStack() as stack:
        token = _OPENED.set(stack)
        try:
            yield
        finally:
            _OPENED.reset(token)


def opened(resource: C) -> C:
    """Register ``resource`` to be closed when the running command ends; returns it."""
    stack = _OPENED.get()
    if stack is not None:
        stack.callback(resource.close)
    return resource


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 1."""


def loaded(*names: tuple[str, str]) -> tuple[type[BaseException], ...]:
    """The exception classes named ``(module, class)`` whose modules are imported, for an ``except`` clause.

    An exception can only have been raised by code that was imported, so a module not imported yet holds no
    class to catch: the lookup imports nothing, and a command pays only for the modules it uses.
    """
    return tuple(getattr(sys.modules[module], name) for module, name in names if module in sys.modules)


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
            if not sys.stderr.isatty():  # tqdm would draw nothing (disable=None): spare its import
                return
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


class VersionAction(argparse.Action):
    """``--version``: the installed package's version, looked up only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit", **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        """Print ``guidelines VERSION`` and exit 0."""
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("guideline-drafter")
        except PackageNotFoundError:  # run from a checkout that was never installed
            number = "(not installed)"
        print(f"guidelines {number}")  # on stdout, as argparse's own version action prints it
        parser.exit()


def settings_for(args: argparse.Namespace) -> Settings:
    """Settings from the environment with the command's --workspace on top."""
    from pipeline.settings import load_settings

    return load_settings(workspace=args.workspace)


def index_for(args: argparse.Namespace) -> Index:
    """The workspace index for this command."""
    from pipeline.index.workspace_index import Index

    return opened(Index(settings_for(args)))
