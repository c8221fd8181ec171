"""Secrets stay secret: a PDF password from metadata.csv and API keys from the environment reach no file of
the workspace (Chroma's own files included), no export, no log line, and not even the ingest process's memory.

Chroma writes its HNSW files (``data_level0.bin``...) with uninitialised slack that can hold any bytes the
process once held; a password once showed up there. The fix: the ingest process never holds the password
(``ingest.metadata.PasswordRef``), only the reader process does. The memory test proves that directly.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from tests.builders import small_corpus, write_metadata, write_pdf

ROOT = Path(__file__).resolve().parents[2]
# Built at run time, so the module's own text is not what the greps below find.
PASSWORD = "-".join(["Pdf", "pa55", "7cQ9x", "LOCKED"])
OPENAI_KEY = "sk-test-" + "9f2c" * 8
OTHER_KEY = "sk-ant-test-" + "41d7" * 6
SECRETS = (PASSWORD, OPENAI_KEY, OTHER_KEY)


def contributions(folder: Path) -> Path:
    """The small corpus plus an AES-encrypted PDF whose password is in metadata.csv."""
    small_corpus(folder)
    plain = write_pdf(
        folder.parent / "plain.pdf",
        ["Funding of micro-credentials: the ministry funds micro-credentials through a voucher scheme."],
    )
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(PASSWORD, algorithm="AES-256")
    writer.write(folder / "locked.pdf")
    rows = [
        {"file": "brief.pdf", "contributor": "Ana Petrovic", "country": "Serbia", "kind": "policy_brief"},
        {"file": "deck.pptx", "contributor": "Jonas Berg", "country": "Sweden", "kind": "presentation"},
        {"file": "assessment.docx", "contributor": "Leila Haddad", "country": "Morocco", "kind": "expert_input"},
        {"file": "locked.pdf", "contributor": "Nino Beridze", "country": "Georgia", "password": PASSWORD},
    ]
    write_metadata(folder, rows)
    assert PASSWORD.encode() in (folder / "metadata.csv").read_bytes()
    return folder


def contents(path: Path) -> Iterator[bytes]:
    """A file's bytes, and for a zip (.docx) every member's bytes too: those are compressed on disk."""
    data = path.read_bytes()
    yield data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for member in archive.namelist():
                yield archive.read(member)


def leaks(paths: list[Path], *texts: str) -> list[str]:
    """Which files or texts contain a secret, in UTF-8 or UTF-16 (Word and some databases use the latter)."""
    needles = [n for s in SECRETS for n in (s.encode(), s.encode("utf-16-le"))]
    found = [str(p) for p in paths if any(n in data for data in contents(p) for n in needles)]
    found += [t[:80] for t in texts if any(s in t for s in SECRETS)]
    return found


def every_file(*roots: Path) -> list[Path]:
    return [p for root in roots for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()]


# -- the ingest process never holds the password -------------------------------------------------------------

# Run in a fresh interpreter: ingest with the reader process (the default), then search the process's own
# anonymous memory for the password. The password arrives masked (each byte XOR 0x5A) and the search pattern
# is made of one-character classes, so the probe itself never puts the password's bytes side by side.
PROBE = r"""
import json, re, sys
from pathlib import Path
from pipeline.index.workspace_index import Index
from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.settings import Settings

folder, workspace, masked, isolate = sys.argv[1], Path(sys.argv[2]), bytes.fromhex(sys.argv[3]), sys.argv[4] == "1"
statuses = []
for run in range(3):
    settings = Settings(workspace=workspace / str(run), isolate_readers=isolate, chroma_url="", embedding="fake:64")
    index = Index(settings)
    outcomes, _ = ingest_paths(index, [Path(folder)])
    statuses += [(o.file, o.status, o.reason) for o in outcomes]
    Searcher(index).search("micro-credential funding", k=3)
held = None
if not isolate:  # the control: the password read in this process and still referenced during the scan
    from ingest.metadata import PasswordRef
    held = PasswordRef(str(Path(folder) / "metadata.csv"), "locked.pdf").resolve()
pattern = re.compile(b"".join(b"[\\x%02x]" % (b ^ 0x5A) for b in masked))
hits = 0
with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
    for line in maps:
        parts = line.split()
        start, end = (int(x, 16) for x in parts[0].split("-"))
        name = parts[5] if len(parts) > 5 else ""
        if "r" not in parts[1] or (name and not name.startswith("[heap") and not name.startswith("[anon")):
            continue
        for offset in range(start, end, 1 << 24):
            size = min(1 << 24, end - offset) + (64 if offset + (1 << 24) < end else 0)
            try:
                mem.seek(offset)
                block = mem.read(size)
            except (OSError, OverflowError, ValueError):  # an unreadable page: read this block page by page
                pages = []
                for page in range(offset, offset + size, 4096):
                    try:
                        mem.seek(page)
                        pages.append(mem.read(min(4096, offset + size - page)))
                    except (OSError, OverflowError, ValueError):
                        pages.append(b"")
                block = b"".join(pages)
            hits += len(pattern.findall(block))
print(json.dumps({"statuses": statuses, "hits": hits}))
"""


def probe(folder: Path, workspace: Path, isolate: bool) -> dict[str, Any]:
    masked = bytes(b ^ 0x5A for b in PASSWORD.encode()).hex()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUIDELINES_")}
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder), str(workspace), masked, "1" if isolate else "0"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.integration
@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc to read the process's memory")
def test_the_ingest_process_never_holds_the_pdf_password(tmp_path):
    folder = contributions(tmp_path / "contributions")
    result = probe(folder, tmp_path / "ws", isolate=True)
    assert [s for s in result["statuses"] if s[0] == "locked.pdf"] == [["locked.pdf", "ingested", ""]] * 3
    assert result["hits"] == 0
    # Three workspaces ingested one after the other in one process: no file anywhere holds it either.
    assert not leaks(every_file(tmp_path / "ws"))


@pytest.mark.integration
@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc to read the process's memory")
def test_the_memory_probe_finds_a_password_the_process_did_hold(tmp_path):
    """The control: with the readers in-process and the password still referenced, the probe finds it."""
    folder = contributions(tmp_path / "contributions")
    result = probe(folder, tmp_path / "ws", isolate=False)
    assert ["locked.pdf", "ingested", ""] in result["statuses"]
    assert result["hits"] > 0


def test_metadata_rows_carry_only_the_fact_that_a_password_was_given(tmp_path):
    from ingest.metadata import PASSWORD_GIVEN, PasswordRef, read_metadata_csv

    csv = tmp_path / "metadata.csv"
    tricky = 'p,"w\n' + PASSWORD
    csv.write_text(
        "\ufefffile,title,password\r\n"
        f'a.pdf,"A, title","{tricky.replace(chr(34), chr(34) * 2)}"\r\n'
        f"b.pdf,B,\r\nc.pdf,C,{PASSWORD}\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(csv)
    given = {k: r["password"] for k, r in rows.items()}
    assert given == {"a.pdf": PASSWORD_GIVEN, "b.pdf": "", "c.pdf": PASSWORD_GIVEN}
    assert rows["a.pdf"]["title"] == "A, title"
    assert PasswordRef(str(csv), "a.pdf").resolve() == tricky
    assert PasswordRef(str(csv), "c.pdf").resolve() == PASSWORD
    assert PasswordRef(str(csv), "b.pdf").resolve() is None
    assert PASSWORD not in repr(PasswordRef(str(csv), "c.pdf"))


# -- API keys and the password: nowhere in the workspace, the export or the logs ------------------------------


def fake_openai(requests: list[dict[str, Any]], auth: list[str]) -> type[BaseHTTPRequestHandler]:
    """An OpenAI-compatible endpoint that drafts one sentence citing the first passage of each prompt."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            requests.append(request)
            auth.append(self.headers.get("Authorization", ""))
            prompt = "\n".join(str(m.get("content")) for m in request["messages"] if m["role"] != "system")
            first = re.search(r'<passage id="(P\d+)"', prompt)
            sentence = {"text": "Contributors describe how micro-credentials are listed.", "citations": []}
            if first:
                sentence["citations"] = [first.group(1)]
            content = json.dumps({"paragraphs": [{"theme": "t", "sentences": [sentence]}], "gaps": []})
            body = json.dumps(
                {
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": request.get("model", ""),
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                    ],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def openai_server() -> Iterator[tuple[str, list[dict[str, Any]], list[str]]]:
    requests: list[dict[str, Any]] = []
    auth: list[str] = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), fake_openai(requests, auth))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", requests, auth
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.mark.integration
def test_no_secret_in_workspace_export_or_logs(tmp_path, monkeypatch, caplog, capsys, openai_server):
    pytest.importorskip("langchain_openai")
    from cli.main import main

    base_url, requests, auth = openai_server
    folder = contributions(tmp_path / "contributions")
    outline = tmp_path / "outline.yaml"
    outline.write_text(
        "sections:\n"
        "  - id: registers\n"
        "    title: Micro-credentials in registers\n"
        "    audience: system\n"
        "    purpose: Whether micro-credentials enter national registers.\n"
        "    questions:\n"
        "      - Are micro-credentials listed in the national register?\n"
        "      - How is funding of micro-credentials arranged?\n",
        encoding="utf-8",
    )
    for key in [k for k in os.environ if k.startswith("GUIDELINES_")]:
        monkeypatch.delenv(key)
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", OTHER_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.setenv("OPENAI_API_BASE", base_url)
    monkeypatch.setenv("GUIDELINES_LLM", "openai:gpt-4o-mini")
    caplog.set_level(logging.DEBUG)
    workspace, export = tmp_path / "ws", tmp_path / "out" / "guidelines.docx"
    export.parent.mkdir()
    common = ["--workspace", str(workspace), "--json"]
    assert main(["ingest", str(folder), *common]) == 0
    assert main(["draft", "--outline", str(outline), *common]) == 0
    assert main(["show", "registers", *common]) == 0
    assert main(["export", "--out", str(export), *common]) == 0
    out, err = capsys.readouterr()
    assert requests and auth and all(a == f"Bearer {OPENAI_KEY}" for a in auth)  # the key was used, from the env
    assert "voucher scheme" in json.dumps(requests)  # the locked PDF was read and drafted from
    assert caplog.records, "logging at DEBUG captured nothing"
    logs = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
    files = every_file(workspace, export.parent)
    assert export in files and any(p.suffix == ".bin" for p in files)  # the Word file and Chroma's HNSW files
    assert not leaks(files, out, err, logs, caplog.text, json.dumps(requests))
