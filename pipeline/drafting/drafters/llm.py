"""The LLM drafter: any LangChain chat model, prompts from ``prompts/``, evidence as delimited untrusted data.

Passages reach the model as ``<passage id="P3" source="...">`` blocks with short ids; the model never sees
chunk ids, and ids it cites that were not shown are dropped (and noted) before the citation check.
When the prompt would exceed the context budget the evidence is drafted in batches (map) and the partial
drafts merged in one more call (reduce). Sync code: the caller drafts sections in a thread pool, so all
per-draft state lives in a ``_Run`` and never on the drafter.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from pipeline.drafting.drafters.base import DraftingError
from pipeline.drafting.drafters.llm_output import (
    DraftOutput,
    call_with_retries,
    malformed_output,
    message_text,
    parse_draft_output,
)
from pipeline.drafting.outline import SectionSpec
from pipeline.model import DraftResult, Evidence, Gap, Paragraph, SectionEvidence, Sentence
from pipeline.prompts import RenderedPrompt, load_prompt

AUDIENCES = {
    "system": "system level: policy makers embedding micro-credentials in qualification systems "
    "(qualifications framework, register, regulation, quality assurance, funding, recognition)",
    "provider": "provider level: qualification and curriculum developers, assessors and recognition officers "
    "putting micro-credentials into practice (learning outcomes, assessment, stackability, validation, "
    "digital credentials)",
}
AUDIENCES["both"] = f"both levels: {AUDIENCES['system']}; and {AUDIENCES['provider']}"
# Text that could open or close one of the prompts' delimiters is defused so a contribution cannot escape it.
_TAG = re.compile(r"<(\s*/?\s*(?:passage|draft|sources|claim|sentence)\b)", re.IGNORECASE)
_INLINE_IDS = re.compile(r"\s*[\[(]((?:P\d+)(?:\s*[,;]\s*P\d+)*)[\])]")
_PROVIDER_EXTRAS = {"openai": "openai", "ollama": "ollama"}
_SPEC = re.compile(r"^([a-z][a-z0-9_-]*):(\S+)$")


def estimate_tokens(text: str) -> int:
    """Tokens of ``text``, estimated from its length (no tokenizer download; about 4 characters a token)."""
    return math.ceil(len(text) / 4)


def build_chat_model(spec: str, **kwargs: Any) -> BaseChatModel:
    """A LangChain chat model from ``provider:model`` (``openai:gpt-4o-mini``, ``ollama:llama3.1``)."""
    match = _SPEC.match(spec.strip())
    if not match:
        raise DraftingError(f"LLM spec '{spec}' is not 'provider:model' (for example openai:gpt-4o-mini)")
    provider, model = match.groups()
    from langchain.chat_models import init_chat_model

    try:
        return init_chat_model(model, model_provider=provider, **kwargs)
    except ImportError as exc:
        extra = _PROVIDER_EXTRAS.get(provider)
        how = f"the extra: pip install -e '.[{extra}]'" if extra else f"its package: pip install langchain-{provider}"
        raise DraftingError(f"LLM '{spec}': the {provider} provider is not installed; install {how}") from exc
    except Exception as exc:  # unknown provider, missing key, bad option: all are configuration errors
        raise DraftingError(f"LLM '{spec}' cannot be used: {exc}") from exc


def _normal_question(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def question_for(theme: str, questions: Sequence[str]) -> str:
    """The guiding question a model's paragraph theme names (the prompt asks for it word for word), else the theme.

    Models add or drop a question mark, change case or shorten the question; a theme that holds a question or is
    held in one (at least four words) is that question. Any other theme is kept as the model wrote it.
    """
    wanted = _normal_question(theme)
    for question in questions:
        if _normal_question(question) == wanted:
            return question
    if len(wanted.split()) >= 4:
        held = [q for q in questions if wanted in _normal_question(q) or _normal_question(q) in wanted]
        if len(held) == 1:
            return held[0]
    return theme.strip()


def neutralise(text: str) -> str:
    """``text`` with anything that could open or close a prompt delimiter defused."""
    return _TAG.sub(r"&lt;\1", text)


def source_label(e: Evidence) -> str:
    """Who said it and where, as the model sees it: 'Nino Beridze, Georgia, brief.pdf, page 2'."""
    parts = [e.contributor, e.organisation, e.country, e.file, e.location]
    label = ", ".join(dict.fromkeys(p.strip() for p in parts if p and p.strip()))
    return neutralise(label).replace('"', "'")


def passage_block(pid: str, e: Evidence) -> str:
    """One evidence passage as a delimited block of untrusted data."""
    return f'<passage id="{pid}" source="{source_label(e)}">\n{neutralise(e.text.strip())}\n</passage>'


@dataclass(frozen=True)
class _Malformed:
    """A model call whose client refused the answer as malformed (see ``malformed_output``)."""

    reason: str


@dataclass
class _Run:
    """What one ``draft`` call collects: raw outputs for audit and notes for the editor."""

    raw: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unknown: dict[str, None] = field(default_factory=dict)  # ordered set of invented ids
    questions: tuple[str, ...] = ()  # the section's guiding questions, which paragraphs' themes are matched to


class LLMDrafter:
    """Drafts a section with a LangChain chat model; see the module docstring.

    ``structured`` tells whether the model gives structured output (``with_structured_output``); when it
    cannot (LangChain's fake chat models), the drafter parses JSON from the message text instead.
    """

    def __init__(
        self,
        model: BaseChatModel,
        spec: str,
        *,
        context_tokens: int = 12000,
        max_retries: int = 4,
        backoff_s: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.name = f"llm:{spec}"
        self.context_tokens = context_tokens
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self._sleep = sleep
        self._prompt = load_prompt("draft_section")
        self._merge = load_prompt("merge_section")
        try:
            # Providers with tool calling or JSON schema support give us parsed output; fakes do not.
            self._runnable: Any = model.with_structured_output(DraftOutput, include_raw=True)
            self.structured = True
        except NotImplementedError:
            self._runnable = model
            self.structured = False

    def draft(self, section: SectionSpec, evidence: SectionEvidence, locked: Sequence[Sentence] = ()) -> DraftResult:
        """Draft ``section`` from ``evidence``; raises DraftingError when the model cannot give a usable draft."""
        known = {g.question.strip().lower() for g in evidence.gaps}
        questions = [q for q in section.questions if q.strip().lower() not in known]
        excluded = set(evidence.excluded)
        passages = [e for e in evidence.evidence if e.chunk_id not in excluded]
        if not passages:
            gaps = list(evidence.gaps) + [
                Gap(q, "No contribution addresses this question: no evidence was found for the section.")
                for q in questions
            ]
            return DraftResult(
                paragraphs=(),
                gaps=tuple(gaps),
                backend=self.name,
                prompt_version=self._prompt.label,
                notes=("no evidence: model not called",),
            )

        ids = {f"P{i}": e.chunk_id for i, e in enumerate(passages, 1)}
        blocks = [(pid, passage_block(pid, e)) for pid, e in zip(ids, passages, strict=True)]
        common = {
            "title": section.title,
            "audience": AUDIENCES.get(section.audience, section.audience),
            "purpose": section.purpose,
            "questions": "\n".join(f"- {q}" for q in questions) or "- (none: every question is already a gap)",
            "accepted": "\n".join(f"- {s.text}" for s in locked) or "- (none)",
        }
        run = _Run(questions=tuple(section.questions))
        whole = self._prompt.render(**common, evidence="\n\n".join(b for _, b in blocks))
        batches = self._batches(blocks, common, run) if self._tokens(whole) > self.context_tokens else [blocks]
        if len(batches) == 1:
            out = self._ask(whole, "draft", run)
            paragraphs, gaps = self._convert(out, ids, run)
            version = self._prompt.label
        else:
            partials = []
            for k, batch in enumerate(batches, 1):
                rendered = self._prompt.render(**common, evidence="\n\n".join(b for _, b in batch))
                partials.append(self._convert(self._ask(rendered, f"map {k}/{len(batches)}", run), ids, run))
            merged = self._merge.render(**common, **self._merge_inputs(partials, ids, passages))
            if self._tokens(merged) > self.context_tokens:
                run.notes.append("the merge prompt exceeds the context budget; sent whole")
            paragraphs, gaps = self._convert(self._ask(merged, "merge", run), ids, run)
            version = f"{self._prompt.label}+{self._merge.label}"
        if run.unknown:
            run.notes.append(f"model cited ids not in the evidence, dropped: {', '.join(run.unknown)}")
        all_gaps = {g.question.strip().lower(): g for g in evidence.gaps}
        for g in gaps:
            all_gaps.setdefault(g.question.strip().lower(), g)
        return DraftResult(
            paragraphs=tuple(paragraphs),
            gaps=tuple(all_gaps.values()),
            backend=self.name,
            prompt_version=version,
            raw_output=json.dumps(run.raw, ensure_ascii=False),
            notes=tuple(run.notes),
        )

    def _tokens(self, rendered: RenderedPrompt) -> int:
        return estimate_tokens(rendered.system) + estimate_tokens(rendered.user)

    def _batches(self, blocks: list[tuple[str, str]], common: dict[str, str], run: _Run) -> list[list[tuple[str, str]]]:
        """Pack passages, in evidence order, into batches whose prompts fit the context budget."""
        budget = self.context_tokens - self._tokens(self._prompt.render(**common, evidence=""))
        batches: list[list[tuple[str, str]]] = []
        used = 0
        oversized = []
        for pid, block in blocks:
            cost = estimate_tokens(block) + 1
            if cost > budget:
                oversized.append(pid)
            if not batches or used + cost > budget:
                batches.append([])
                used = 0
            batches[-1].append((pid, block))
            used += cost
        if oversized:
            run.notes.append(f"passages over the context budget on their own, sent alone: {', '.join(oversized)}")
        if len(batches) > 1:
            run.notes.append(f"evidence over {self.context_tokens} tokens: drafted in {len(batches)} batches, merged")
        return batches

    def _merge_inputs(
        self, partials: list[tuple[list[Paragraph], list[Gap]]], ids: dict[str, str], passages: list[Evidence]
    ) -> dict[str, str]:
        """The partial drafts (sentences with P ids) and who each cited id comes from, for the merge prompt."""
        pid_of = {chunk: pid for pid, chunk in ids.items()}
        by_pid = {pid_of[e.chunk_id]: e for e in passages}
        cited: dict[str, None] = {}
        drafts = []
        for k, (paragraphs, gaps) in enumerate(partials, 1):
            lines = []
            for p in paragraphs:
                for s in p.sentences:
                    if s.kind == "summary":  # replaced by a lead built from counts: nothing to merge
                        continue
                    pids = [pid_of[c] for c in s.citations]
                    cited.update(dict.fromkeys(pids))
                    lines.append(json.dumps({"theme": p.theme, "text": s.text, "citations": pids}, ensure_ascii=False))
            lines += [json.dumps({"gap": g.question, "note": g.note}, ensure_ascii=False) for g in gaps]
            body = neutralise("\n".join(lines) or "(no sentences)")
            drafts.append(f'<draft batch="{k}">\n{body}\n</draft>')
        sources = "\n".join(f"{pid}: {source_label(by_pid[pid])}" for pid in sorted(cited, key=lambda p: int(p[1:])))
        return {"sources": sources or "(none)", "drafts": "\n\n".join(drafts)}

    def _ask(self, rendered: RenderedPrompt, step: str, run: _Run) -> DraftOutput:
        """One model answer parsed as DraftOutput; a malformed answer is corrected once, then refused."""
        messages: list[BaseMessage] = [SystemMessage(rendered.system), HumanMessage(rendered.user)]
        out, error = self._answer(messages, step, run)
        if out is not None:
            return out
        run.notes.append(f"{step}: model output was not valid JSON ({error}); asked again")
        messages.append(
            HumanMessage(
                f"Your previous answer could not be used: {error}. Answer again with only the JSON object, in the "
                "shape given in the system message, with no text before or after it."
            )
        )
        out, error = self._answer(messages, f"{step} (corrected)", run)
        if out is None:
            raise DraftingError(f"model output was not valid JSON: {error}")
        return out

    def _answer(self, messages: list[BaseMessage], step: str, run: _Run) -> tuple[DraftOutput | None, str]:
        """Call the model (with retries) and parse what it says; the raw answer is recorded either way."""

        def invoke() -> Any:
            try:
                return self._runnable.invoke(messages)
            except Exception as exc:  # a malformed answer is not a failed call: the caller corrects it
                reason = malformed_output(exc)
                if reason is None:
                    raise
                return _Malformed(reason)

        result = call_with_retries(
            invoke,
            what=f"{self.name} ({step})",
            max_retries=self.max_retries,
            backoff_s=self.backoff_s,
            sleep=self._sleep,
            notes=run.notes,
        )
        if isinstance(result, _Malformed):
            run.raw.append({"step": step, "error": result.reason})
            return None, result.reason
        if isinstance(result, dict):  # with_structured_output(include_raw=True)
            raw, parsed = result.get("raw"), result.get("parsed")
        else:
            raw, parsed = result, None
        message = raw if isinstance(raw, AIMessage) else AIMessage(content=str(raw))
        record: dict[str, Any] = {"step": step, "content": message_text(message)}
        if message.tool_calls:
            record["tool_calls"] = [{"name": c["name"], "args": c["args"]} for c in message.tool_calls]
        run.raw.append(record)
        if isinstance(parsed, DraftOutput):
            return parsed, ""
        return parse_draft_output(message)

    def _convert(self, out: DraftOutput, ids: dict[str, str], run: _Run) -> tuple[list[Paragraph], list[Gap]]:
        """Model output to pipeline values: P ids to chunk ids, invented ids dropped and remembered."""
        paragraphs = []
        for p in out.paragraphs:
            sentences = []
            for s in p.sentences:
                # Some models write "[P3]" into the text despite the prompt: move those ids to the citations.
                inline = [pid for m in _INLINE_IDS.finditer(s.text) for pid in re.split(r"\s*[,;]\s*", m.group(1))]
                text = " ".join(_INLINE_IDS.sub("", s.text).split())
                if not text:
                    continue
                cited = list(dict.fromkeys([*s.citations, *inline]))
                run.unknown.update(dict.fromkeys(c for c in cited if c not in ids))
                citations = tuple(ids[c] for c in cited if c in ids)
                sentences.append(Sentence(text=text, citations=citations, kind=s.kind))
            if sentences:
                paragraphs.append(Paragraph(sentences=tuple(sentences), theme=question_for(p.theme, run.questions)))
        gaps = [Gap(g.question.strip(), g.note.strip()) for g in out.gaps if g.question.strip()]
        return paragraphs, gaps
