"""A slow fake chat model for the concurrency benchmark: it sleeps, then answers a valid draft.

It answers in the draft prompt's JSON shape, citing the first passage ids it finds in the prompt, so the
whole LLM path (rendering, parsing, id mapping) runs; only the provider's latency is simulated.
"""

from __future__ import annotations

import json
import re
import threading
import time
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import PrivateAttr

_PASSAGE_ID = re.compile(r'<passage id="(P\d+)"|"citations": \[([^\]]*)\]')


class SleepyFakeChatModel(BaseChatModel):
    """Sleeps ``delay_s`` per call and answers one paragraph citing the first ``cite`` passage ids."""

    delay_s: float = 1.0
    cite: int = 2
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _calls: int = PrivateAttr(default=0)

    @property
    def calls(self) -> int:
        """How many times the model was called (safe to read from any thread)."""
        with self._lock:
            return self._calls

    @property
    def _llm_type(self) -> str:
        return "sleepy-fake"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        with self._lock:
            self._calls += 1
        time.sleep(self.delay_s)
        prompt = "\n".join(str(m.content) for m in messages if m.type != "system")  # skip the shape example
        ids: list[str] = []
        # Draft prompts show <passage id="P3">; merge prompts show partial sentences' "citations": ["P3"].
        for passage, cited in _PASSAGE_ID.findall(prompt):
            ids += [passage] if passage else re.findall(r"P\d+", cited)
        ids = list(dict.fromkeys(ids))[: self.cite]
        sentence = {"text": "Contributors describe their practice.", "citations": ids}
        answer = {"paragraphs": [{"theme": "benchmark", "sentences": [sentence]}], "gaps": []}
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=json.dumps(answer)))])
