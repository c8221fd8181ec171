"""Open descriptors of a process that opens and closes indexes on one Chroma server, one after another.

Each round opens an index of a new workspace on a loopback ``chroma run``, asks the server for its count and closes
the index, as the app does when users switch workspaces. Reported: descriptors (``/proc/self/fd``) and sockets after
a first round and after the others, and how many Chroma systems chromadb still has registered (each holds an HTTP
session). A count, not a time: it does not depend on the machine's load.

Standalone (Linux): ``python -m bench.server_descriptors [--rounds 20]``.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from pipeline.index.workspace_index import Index
from pipeline.settings import Settings
from tests.servers import start_chroma, stop


def descriptors() -> tuple[int, int]:
    """(open descriptors, of which sockets) of this process."""
    links = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            links.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:  # the descriptor listdir itself used, closed by now
            continue
    return len(links), sum(link.startswith("socket:") for link in links)


def run(rounds: int) -> dict[str, int]:
    """Open and close ``rounds`` + 1 indexes on a fresh server; counts after the first and after the last."""
    from chromadb.api.shared_system_client import SharedSystemClient

    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_chroma(Path(tmp) / "server")
        try:

            def one_round(n: int) -> None:
                settings = Settings(workspace=Path(tmp) / f"ws{n}", chroma_url=url, embedding="fake:64")
                with Index(settings) as index:
                    index.vectors.count()

            one_round(0)
            first, first_sockets = descriptors()
            for n in range(1, rounds + 1):
                one_round(n)
            last, last_sockets = descriptors()
        finally:
            stop(proc)
    return {
        "rounds": rounds,
        "descriptors_after_first": first,
        "descriptors_after_last": last,
        "sockets_after_first": first_sockets,
        "sockets_after_last": last_sockets,
        "chroma_systems_registered": len(SharedSystemClient._identifier_to_system),
    }


def main() -> None:
    """Print the counts as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    print(json.dumps(run(parser.parse_args().rounds), indent=2))


if __name__ == "__main__":
    main()
