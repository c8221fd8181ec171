"""The one place drafters are built, from settings; everything else receives a drafter."""

from __future__ import annotations

from pipeline.drafting.drafters.base import Drafter
from pipeline.index.embeddings import Embedder
from pipeline.settings import Settings


def build_drafter(settings: Settings, embedder: Embedder, llm: str | None = None) -> Drafter:
    """The extractive drafter when no LLM is configured, else an LLM drafter for ``provider:model``."""
    spec = (llm if llm is not None else settings.llm).strip()
    if not spec or spec == "extractive":
        from pipeline.drafting.drafters.extractive import ExtractiveDrafter

        return ExtractiveDrafter(embedder)
    from pipeline.drafting.drafters.llm import LLMDrafter, build_chat_model

    model = build_chat_model(spec, timeout=settings.llm_timeout_s, max_retries=0)
    return LLMDrafter(model, spec, context_tokens=settings.llm_context_tokens, max_retries=settings.llm_max_retries)


def build_judge(settings: Settings, llm: str | None = None):  # noqa: ANN201 - SupportJudge | None, imported lazily
    """The LLM support judge when an LLM is configured and ``llm_judge`` is on, else None."""
    spec = (llm if llm is not None else settings.llm).strip()
    if not spec or spec == "extractive" or not settings.llm_judge:
        return None
    from pipeline.drafting.drafters.llm import build_chat_model
    from pipeline.drafting.judge import SupportJudge

    model = build_chat_model(spec, timeout=settings.llm_timeout_s, max_retries=0)
    return SupportJudge(model, spec, max_retries=settings.llm_max_retries)
