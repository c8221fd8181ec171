"""Run one function in several spawned processes at once, for tests of what concurrent writers leave behind."""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from typing import Any


def _guarded(target: Callable[..., Any], args: tuple[Any, ...], errors: Any) -> None:
    try:
        target(*args)
    except BaseException as exc:  # reported to the parent, which fails the test
        errors.put(f"{type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")


def run_at_once(
    target: Callable[..., Any], args: tuple[Any, ...], processes: int, timeout_s: float = 120.0
) -> list[str]:
    """Start ``processes`` spawned processes running ``target(*args)`` together; the errors they raised."""
    context = multiprocessing.get_context("spawn")
    errors = context.Queue()
    procs = [context.Process(target=_guarded, args=(target, args, errors)) for _ in range(processes)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=timeout_s)
    found = []
    while not errors.empty():
        found.append(errors.get())
    found += [f"process exited with {proc.exitcode}" for proc in procs if proc.exitcode != 0 and not found]
    return found
