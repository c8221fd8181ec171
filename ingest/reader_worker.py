"""The reader process: ``python -m ingest.reader_worker`` answers read requests on a private pipe.

Requests and answers are length-prefixed pickles (the parent is our own ingest process). The worker
sets its own memory limit, and moves anything a parser prints away from the answer channel.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import struct
import sys
from typing import BinaryIO

from ingest.isolation import answer

HEADER = struct.Struct("!Q")


def send(stream: BinaryIO, message: object) -> None:
    """Write one length-prefixed pickle and flush it."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def receive(stream: BinaryIO) -> object:
    """Read one length-prefixed pickle; EOFError when the other side has closed."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        raise EOFError
    (size,) = HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def main() -> int:
    """Serve requests until stdin closes or a None request arrives."""
    memory_bytes = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    if memory_bytes:
        with contextlib.suppress(ValueError, OSError):  # some sandboxes forbid it; the timeout still holds
            resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    channel = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a parser that prints must not corrupt the answers
    requests = sys.stdin.buffer
    while True:
        try:
            request = receive(requests)
        except EOFError:
            return 0
        if request is None:
            return 0
        path, password, limits = request
        send(channel, answer(path, password, limits, memory_bytes))


if __name__ == "__main__":
    sys.exit(main())
