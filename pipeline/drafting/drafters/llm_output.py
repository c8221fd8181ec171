"""The LLM drafter's edges: the structured output it asks for, tolerant parsing of what comes back, and
retries with backoff on rate limits and timeouts, recognised without importing any provider SDK."""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Callable
from typing import Any, TypeVar

from langchain_core.exceptions import OutputParserException
from langchain_core.messages import AIMessage
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.drafting.drafters.base import DraftingError

T = TypeVar("T")
MAX_WAIT_S = 30.0  # a Retry-After longer than this is not worth holding a worker for
_TRANSIENT_NAMES = ("RateLimit", "Timeout", "APIConnectionError", "APITimeoutError")
_TRANSIENT_STATUS = {408, 429, 502, 503, 504}
_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n?(.*?)```", re.DOTALL)
_MAX_STARTS = 20  # how many '{' positions to try in a noisy answer before giving up


class _Edge(BaseModel):
    # Models add keys of their own; ignoring them is kinder than refusing a usable draft.
    model_config = ConfigDict(extra="ignore")


class SentenceOut(_Edge):
    """One sentence of the draft and the ids (P1, P2, ...) of the passages it rests on."""

    text: str = Field(description="one sentence of the draft, without passage ids in the text")
    citations: list[str] = Field(default_factory=list, description="ids of the passages it rests on, e.g. P1")
    kind: str = Field(default="evidence", description='"summary" for a sentence that only summarises the passages')

    @field_validator("kind", mode="before")
    @classmethod
    def _normalise_kind(cls, value: Any) -> str:
        # Only an explicit "summary" marks one (the tool replaces it); anything else a model writes is a claim.
        return "summary" if str(value or "").strip().casefold() == "summary" else "evidence"

    @field_validator("citations", mode="before")
    @classmethod
    def _normalise_ids(cls, value: Any) -> Any:
        # Seen from models: "P1, P3", [1, 3], ["[P1]", "p3"]; all mean the same ids.
        if isinstance(value, str):
            value = re.split(r"[,;\s]+", value)
        if not isinstance(value, list):
            return value
        ids = []
        for item in value:
            token = str(item).strip().strip("[]()").strip().upper()
            if token:
                ids.append(f"P{token}" if token.isdigit() else token)
        return ids


class ParagraphOut(_Edge):
    """Sentences on one theme."""

    theme: str = Field(default="", description="the guiding question the paragraph answers, word for word")
    sentences: list[SentenceOut] = Field(default_factory=list)


class GapOut(_Edge):
    """A guiding question that no passage addresses."""

    question: str
    note: str = ""


class DraftOutput(_Edge):
    """A drafted guideline section: paragraphs of cited sentences, and the guiding questions left as gaps."""

    paragraphs: list[ParagraphOut] = Field(default_factory=list)
    gaps: list[GapOut] = Field(default_factory=list)


def message_text(message: AIMessage) -> str:
    """The text of a message whose content may be a string or a list of content blocks."""
    if isinstance(message.content, str):
        return message.content
    parts = []
    for block in message.content:
        if isinstance(block, str):
            parts.append(block)
        elif isinstance(block, dict) and isinstance(block.get("text"), str):
            parts.append(block["text"])
    return "".join(parts)


def _from_text(text: str) -> tuple[DraftOutput | None, str]:
    """The first JSON object in ``text`` that looks like a draft (inside ```json fences or after prose)."""
    decoder = json.JSONDecoder()
    first_error = ""
    for candidate in [m.group(1) for m in _FENCE.finditer(text)] + [text]:
        starts = [i for i, ch in enumerate(candidate) if ch == "{"][:_MAX_STARTS]
        for start in starts:
            try:
                value, _ = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError as exc:
                first_error = first_error or str(exc)
                continue
            # A sentence or paragraph object nested in a broken answer must not pass for an (empty) draft.
            if not isinstance(value, dict) or not ({"paragraphs", "gaps"} & value.keys()):
                first_error = first_error or "the JSON object has neither 'paragraphs' nor 'gaps'"
                continue
            try:
                return DraftOutput.model_validate(value), ""
            except ValidationError as exc:
                first_error = first_error or _first_validation_error(exc)
    if not text.strip():
        return None, "the answer was empty"
    return None, first_error or "no JSON object found in the answer"


def _first_validation_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def malformed_output(exc: BaseException) -> str | None:
    """Why an exception raised by a model call means its answer was malformed, or None if it does not.

    Some clients parse structured output themselves (openai's json_schema path raises pydantic's
    ValidationError on broken JSON, LengthFinishReasonError on an answer cut at the output limit), and a
    response body cut in transit fails to decode: all of these deserve the same one corrective retry as
    malformed text.
    """
    if isinstance(exc, ValidationError):
        return f"{type(exc).__name__}: {_first_validation_error(exc)}"
    names = [cls.__name__ for cls in type(exc).__mro__]
    if isinstance(exc, json.JSONDecodeError | OutputParserException) or "LengthFinishReasonError" in names:
        first_line = (str(exc).strip().splitlines() or [""])[0]
        return f"{type(exc).__name__}: {first_line[:300]}"
    return None


def parse_draft_output(message: AIMessage) -> tuple[DraftOutput | None, str]:
    """The draft in a model's answer (tool call arguments or text), or None and the reason it is not usable."""
    errors = []
    for call in message.tool_calls:
        try:
            return DraftOutput.model_validate(call["args"]), ""
        except ValidationError as exc:
            errors.append(f"tool call {call['name']}: {_first_validation_error(exc)}")
    for bad in message.invalid_tool_calls:
        out, error = _from_text(bad.get("args") or "")
        if out is not None:
            return out, ""
        errors.append(f"tool call {bad.get('name')}: {error}")
    text = message_text(message)
    if text.strip() or not errors:
        out, error = _from_text(text)
        if out is not None:
            return out, ""
        errors.append(error)
    return None, "; ".join(errors)


def _status(exc: BaseException) -> int | None:
    for holder in (exc, getattr(exc, "response", None)):
        code = getattr(holder, "status_code", None)
        if isinstance(code, int):
            return code
    return None


def is_transient(exc: BaseException) -> bool:
    """A rate limit, timeout or dropped connection, judged by class names and HTTP status, any provider."""
    names = [cls.__name__ for cls in type(exc).__mro__]
    if any(part in name for name in names for part in _TRANSIENT_NAMES):
        return True
    return _status(exc) in _TRANSIENT_STATUS


def retry_after(exc: BaseException, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (Retry-After or retry-after-ms on the exception's response)."""
    headers = getattr(getattr(exc, "response", None), "headers", None)
    if headers is None or not hasattr(headers, "get"):
        return None
    try:
        ms = headers.get("retry-after-ms")
        if ms is not None:
            return max(0.0, float(ms) / 1000)
        value = headers.get("retry-after") or headers.get("Retry-After")
        if value is None:
            return None
        try:
            return max(0.0, float(value))
        except ValueError:  # an HTTP date
            when = email.utils.parsedate_to_datetime(value).timestamp()
            return max(0.0, when - (time.time() if now is None else now))
    except (TypeError, ValueError):
        return None


def call_with_retries(
    call: Callable[[], T],
    *,
    what: str,
    max_retries: int,
    backoff_s: float,
    sleep: Callable[[float], None],
    notes: list[str],
) -> T:
    """``call()``, retried with exponential backoff (or the server's Retry-After) on transient errors.

    Any other error, or a transient one after the last retry, becomes a DraftingError naming the cause.
    """
    for attempt in range(max_retries + 1):
        try:
            return call()
        except Exception as exc:  # provider SDKs share no base class; classify, then wrap or retry
            cause = f"{type(exc).__name__}: {exc}".strip()
            if not is_transient(exc):
                raise DraftingError(f"{what}: model call failed: {cause}") from exc
            if attempt == max_retries:
                raise DraftingError(f"{what}: gave up after {attempt + 1} attempts: {cause}") from exc
            asked = retry_after(exc)
            wait = min(MAX_WAIT_S, asked if asked is not None else backoff_s * 2**attempt)
            notes.append(f"{what}: {type(exc).__name__}, retried after {wait:g} s")
            sleep(wait)
    raise AssertionError("unreachable")  # the loop returns or raises
