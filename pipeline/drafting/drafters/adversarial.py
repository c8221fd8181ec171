"""A fake chat model that makes the mistakes small models make, for testing that the citation check catches them.

It reads the passages of the draft prompt (``<passage id="P3" source="Name, ...">``) and answers in the
draft prompt's JSON shape with one sentence per mistake, each built from the passages themselves:
- ``wrong_passage``: a passage's sentence, cited to another contributor's passage;
- ``merged_views``: one contributor's sentence credited to two contributors, citing both;
- ``invented_figure``: a passage's sentence with a figure no passage gives;
- ``flipped_not``: a passage's sentence with its "not" removed or a "not" added, cited to that passage;
- ``out_of_range``: a passage's sentence cited as a passage number the prompt never showed.
``mistakes`` maps each kind to the sentence text it wrote, so a test can find it in the stored draft.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import PrivateAttr

from pipeline.drafting.support import split_sentences

_PASSAGE = re.compile(r'<passage id="(P\d+)" source="([^"]*)">\s*(.*?)\s*</passage>', re.DOTALL)
_AUX = re.compile(r"\b(is|are|should|must|can|will|would|could|may|does|do)\b")
_NOT = re.compile(r"\b(?:not|never)\s+")
MISTAKES = ("wrong_passage", "merged_views", "invented_figure", "flipped_not", "out_of_range")


def _usable(text: str) -> list[str]:
    """Plain prose sentences of a passage that a model would paraphrase: long enough, ended, no digits."""
    return [
        s
        for s in split_sentences(text)
        if 8 <= len(s.split()) <= 40 and s.endswith(".") and " | " not in s and not re.search(r"\d", s)
    ]


def _flip(sentence: str) -> str | None:
    if _NOT.search(sentence):
        return _NOT.sub("", sentence, count=1)
    match = _AUX.search(sentence)
    return None if match is None else f"{sentence[: match.end()]} not{sentence[match.end() :]}"


class AdversarialFakeChatModel(BaseChatModel):
    """Answers every draft prompt with one sentence per mistake of ``MISTAKES`` (those its passages allow)."""

    _mistakes: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def mistakes(self) -> dict[str, str]:
        """Mistake kind -> the sentence text written for it in the last answer."""
        return dict(self._mistakes)

    @property
    def _llm_type(self) -> str:
        return "adversarial-fake"

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        prompt = "\n".join(str(m.content) for m in messages if m.type != "system")
        passages = []  # (id, contributor, usable sentences), one per contributor, in prompt order
        for pid, source, text in _PASSAGE.findall(prompt):
            who = html.unescape(source).split(",")[0].strip()
            sentences = _usable(html.unescape(text))
            if sentences and who not in {p[1] for p in passages}:
                passages.append((pid, who, sentences))
        written: list[tuple[str, str, list[str]]] = []
        if len(passages) >= 2:
            (p1, who1, s1), (p2, who2, _) = passages[0], passages[1]
            written.append(("wrong_passage", s1[0], [p2]))
            merged = f"{who1} and {who2} both hold that {s1[0][0].lower()}{s1[0][1:]}"
            written.append(("merged_views", merged, [p1, p2]))
        if passages:
            pid, _, sentences = passages[-1]
            written.append(
                ("invented_figure", f"{sentences[0][:-1]}, in 87 per cent of the 412 cases surveyed.", [pid])
            )
            flipped = next((f for f in map(_flip, sentences) if f), None)
            if flipped:
                written.append(("flipped_not", flipped, [pid]))
            written.append(("out_of_range", sentences[-1], ["P999"]))
        self._mistakes = {kind: text for kind, text, _ in written}
        answer = {
            "paragraphs": [{"theme": "adversarial", "sentences": [{"text": t, "citations": c} for _, t, c in written]}],
            "gaps": [],
        }
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=json.dumps(answer)))])
