"""An optional LLM judge that refines the offline support flags (used only when an LLM is configured).

One call per section: every sentence with the passages it cites, delimited as untrusted data. A
sentence the judge finds supported loses ``weak_support``; one it finds partial or unsupported gains
``llm_partial`` or ``llm_unsupported``. The judge may add or confirm flags, never remove what the offline
check proved (``misattributed``, ``false_quote``, ``contradicted``, ``citation_unsupported``, numbers and names):
a model's "supported" cannot outweigh a quotation that is not in the passage. If the judge fails or answers
badly, the offline flags stand and a note says so: the judge can refine a draft, never break one.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import replace

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from pipeline.drafting.drafters.base import DraftingError
from pipeline.drafting.drafters.llm import neutralise
from pipeline.drafting.drafters.llm_output import call_with_retries, message_text
from pipeline.model import DraftResult, Sentence
from pipeline.prompts import load_prompt

VERDICT_FLAGS = {"partial": "llm_partial", "unsupported": "llm_unsupported"}
_JSON = re.compile(r"\{.*\}", re.DOTALL)


class SupportJudge:
    """Asks a chat model whether each sentence is supported by its cited passages."""

    def __init__(
        self, model: BaseChatModel, spec: str, *, max_retries: int = 4, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.model = model
        self.name = f"llm:{spec}"
        self.prompt = load_prompt("judge_support")
        self.max_retries = max_retries
        self.sleep = sleep

    def _claims(self, sentences: list[Sentence], passages: Mapping[str, str]) -> str:
        blocks = []
        for n, sentence in enumerate(sentences, 1):
            cited = "\n".join(
                f'<passage n="{k}">{neutralise(passages[c])}</passage>'
                for k, c in enumerate(sentence.citations, 1)
                if c in passages
            )
            blocks.append(f'<claim id="C{n}">\n<sentence>{neutralise(sentence.text)}</sentence>\n{cited}\n</claim>')
        return "\n\n".join(blocks)

    def refine(self, draft: DraftResult, passages: Mapping[str, str]) -> DraftResult:
        """The draft with its support flags refined by the judge's verdicts."""
        sentences = [s for p in draft.paragraphs for s in p.sentences if s.citations]
        if not sentences:
            return draft
        rendered = self.prompt.render(claims=self._claims(sentences, passages))
        notes: list[str] = []
        messages = [SystemMessage(rendered.system), HumanMessage(rendered.user)]
        try:
            answer = call_with_retries(
                lambda: self.model.invoke(messages),
                what="support judge",
                max_retries=self.max_retries,
                backoff_s=1.0,
                sleep=self.sleep,
                notes=notes,
            )
            text = message_text(answer)
            verdicts = _verdicts(text)
        except (DraftingError, ValueError) as exc:
            return replace(draft, notes=(*draft.notes, *notes, f"support judge skipped: {exc}"))
        by_sentence = {id(s): verdicts.get(f"C{n}") for n, s in enumerate(sentences, 1)}

        def judged(sentence: Sentence) -> Sentence:
            verdict = by_sentence.get(id(sentence))
            if verdict is None:
                return sentence
            flags = [f for f in sentence.flags if f not in VERDICT_FLAGS.values()]
            if verdict == "supported":  # only the score-based doubt goes; every flag with a proof stays
                flags = [f for f in flags if f != "weak_support"]
            elif verdict in VERDICT_FLAGS:
                flags.append(VERDICT_FLAGS[verdict])
            return replace(sentence, flags=tuple(flags))

        paragraphs = tuple(replace(p, sentences=tuple(judged(s) for s in p.sentences)) for p in draft.paragraphs)
        note = f"support judged by {self.name}: {sum(v is not None for v in by_sentence.values())} sentences"
        raw = f"{draft.raw_output}\n\n[support judge]\n{text}".strip()
        return replace(draft, paragraphs=paragraphs, notes=(*draft.notes, *notes, note), raw_output=raw)


def _verdicts(text: str) -> dict[str, str]:
    """Claim id -> verdict from the judge's answer; ValueError if it is not the JSON asked for."""
    match = _JSON.search(text)
    if not match:
        raise ValueError("the judge's answer holds no JSON object")
    try:
        data = json.loads(match.group(0))
        rows = data["verdicts"]
        return {str(r["id"]): str(r["verdict"]).lower() for r in rows if str(r.get("verdict", "")).lower()
                in ("supported", "partial", "unsupported")}  # fmt: skip
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"the judge's answer is not the expected JSON ({exc})") from exc
