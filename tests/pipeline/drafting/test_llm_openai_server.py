"""The LLM drafter through langchain-openai against a local OpenAI-compatible server with canned answers:
a 429 with Retry-After, a timeout, a truncated body, what users of hosted models meet."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

pytest.importorskip("langchain_openai")
from langchain_openai import ChatOpenAI  # noqa: E402

from pipeline.drafting.drafters.base import DraftingError  # noqa: E402
from pipeline.drafting.drafters.llm import LLMDrafter  # noqa: E402
from pipeline.drafting.outline import SectionSpec  # noqa: E402
from pipeline.model import Evidence, SectionEvidence  # noqa: E402

API_KEY = "test-key-5f3a9c"
SECTION = SectionSpec(
    id="registers",
    title="Micro-credentials in registers",
    audience="system",
    purpose="Whether micro-credentials enter national registers of qualifications.",
    questions=("Should micro-credentials be in the register?", "Who quality-assures them?"),
)
EVIDENCE = SectionEvidence(
    "registers",
    (
        Evidence(
            chunk_id="chunk-georgia-p2",
            file="brief_georgia_register.pdf",
            title="Register brief",
            contributor="Nino Beridze",
            organisation="National Center for Educational Quality Enhancement",
            country="Georgia",
            region="Eastern Partnership",
            kind="policy brief",
            role="policy maker",
            location="page 2",
            text="Georgia lists quality-assured micro-credentials in its register of qualifications.",
        ),
    ),
)
DRAFT = {
    "paragraphs": [
        {"theme": "register", "sentences": [{"text": "Contributors from Georgia list them.", "citations": ["P1"]}]}
    ],
    "gaps": [{"question": "Who quality-assures them?", "note": "No passage says."}],
}


@dataclass
class Canned:
    """One answer of the fake server: ``ok``, ``429``, ``slow`` (past the client timeout) or ``truncated``."""

    kind: str


@dataclass
class FakeOpenAI:
    """What the server answers next, and what it was sent."""

    port: int = 0
    queue: list[Canned] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)

    def model(self) -> ChatOpenAI:
        base_url = f"http://127.0.0.1:{self.port}/v1"
        # openai's own retries off, so the drafter's retries are the ones tested.
        return ChatOpenAI(model="gpt-4o-mini", base_url=base_url, api_key=API_KEY, timeout=1.0, max_retries=0)


def completion(request: dict[str, Any]) -> dict[str, Any]:
    """A chat completion in the form the request asked for: a tool call if it sent tools, else JSON content."""
    arguments = json.dumps(DRAFT)
    if request.get("tools"):
        name = request["tools"][0]["function"]["name"]
        call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": arguments}}
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [call]}
    else:
        message = {"role": "assistant", "content": arguments}
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", ""),
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def handler_for(state: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep pytest output clean
            pass

        def reply(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (timeout case)
                self.wfile.write(body)

        def do_POST(self) -> None:
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append(request)
            state.auth.append(self.headers.get("Authorization", ""))
            canned = state.queue.pop(0) if state.queue else Canned("ok")
            if self.path != "/v1/chat/completions":
                self.reply(404, b'{"error": {"message": "not found"}}')
            elif canned.kind == "429":
                body = (
                    b'{"error": {"message": "Rate limit reached", "type": "requests", "code": "rate_limit_exceeded"}}'
                )
                self.reply(429, body, {"Retry-After": "1"})
            elif canned.kind == "truncated":
                self.reply(200, json.dumps(completion(request)).encode()[:60])
            else:
                if canned.kind == "slow":
                    time.sleep(1.6)  # past the client's 1 s timeout
                self.reply(200, json.dumps(completion(request)).encode())

    return Handler


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    state = FakeOpenAI()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    # A short poll interval: shutdown() waits for one poll, and the default 0.5 s adds up over tests.
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def drafter(server: FakeOpenAI, waits: list[float], **kwargs: Any) -> LLMDrafter:
    return LLMDrafter(server.model(), "openai:gpt-4o-mini", sleep=waits.append, **kwargs)


def assert_good(result: Any) -> None:
    assert result.paragraphs[0].sentences[0].citations == ("chunk-georgia-p2",)
    assert [g.question for g in result.gaps] == ["Who quality-assures them?"]
    assert result.backend == "llm:openai:gpt-4o-mini"
    assert API_KEY not in result.raw_output and API_KEY not in " ".join(result.notes)


@pytest.mark.integration
def test_rate_limit_with_retry_after_then_success(server: FakeOpenAI) -> None:
    server.queue = [Canned("429"), Canned("ok")]
    waits: list[float] = []
    d = drafter(server, waits)
    result = d.draft(SECTION, EVIDENCE)
    assert_good(result)
    assert waits == [1.0]  # the server's Retry-After, not the backoff
    assert len(server.requests) == 2
    assert any("RateLimit" in n for n in result.notes)
    # The request really went over the wire with the key and a structured-output request.
    assert server.auth[0] == f"Bearer {API_KEY}"
    assert d.structured and ("response_format" in server.requests[0] or "tools" in server.requests[0])
    user = server.requests[0]["messages"][-1]["content"]
    assert '<passage id="P1" source="Nino Beridze' in user and "chunk-georgia-p2" not in user


@pytest.mark.integration
def test_timeout_is_retried(server: FakeOpenAI) -> None:
    server.queue = [Canned("slow"), Canned("ok")]
    waits: list[float] = []
    result = drafter(server, waits, backoff_s=0.25).draft(SECTION, EVIDENCE)
    assert_good(result)
    assert waits == [0.25]
    assert any("Timeout" in n for n in result.notes)


@pytest.mark.integration
def test_truncated_body_is_asked_again_once(server: FakeOpenAI) -> None:
    server.queue = [Canned("truncated"), Canned("ok")]
    waits: list[float] = []
    result = drafter(server, waits).draft(SECTION, EVIDENCE)
    assert_good(result)
    assert waits == []
    assert len(server.requests) == 2
    assert any("not valid JSON" in n for n in result.notes)
    steps = [r["step"] for r in json.loads(result.raw_output)]
    assert steps == ["draft", "draft (corrected)"]


@pytest.mark.integration
def test_truncated_twice_is_a_drafting_error(server: FakeOpenAI) -> None:
    server.queue = [Canned("truncated"), Canned("truncated")]
    with pytest.raises(DraftingError, match="model output was not valid JSON"):
        drafter(server, []).draft(SECTION, EVIDENCE)
    assert len(server.requests) == 2


@pytest.mark.integration
def test_rate_limited_until_retries_run_out(server: FakeOpenAI) -> None:
    server.queue = [Canned("429")] * 3
    waits: list[float] = []
    with pytest.raises(DraftingError, match="gave up after 3 attempts") as info:
        drafter(server, waits, max_retries=2).draft(SECTION, EVIDENCE)
    assert "RateLimit" in str(info.value) and API_KEY not in str(info.value)
    assert waits == [1.0, 1.0]
    assert len(server.requests) == 3
