"""Shared helpers for the benchmarks: text material, a synthetic corpus, timers, memory and machine facts.

The synthetic corpus recombines sentences of the sample corpus (``corpus/``) and varies every number in
them, so chunks differ from each other while reading like real contributions.
"""

from __future__ import annotations

import json
import math
import os
import platform
import random
import re
import resource
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np
import yaml

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "bench" / "out"
CORPUS = REPO / "corpus"

if str(REPO) not in sys.path:  # so that ``tests.builders`` imports when a module runs as a script
    sys.path.insert(0, str(REPO))

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_NUMBER = re.compile(r"\d+")
_MD_NOISE = re.compile(r"^\s*(#+|[-*]|\d+\.)\s+")

COUNTRIES = [
    ("Ireland", "EU"),
    ("Italy", "EU"),
    ("Estonia", "EU"),
    ("Finland", "EU"),
    ("Netherlands", "EU"),
    ("Portugal", "EU"),
    ("Germany", "EU"),
    ("Georgia", "partner"),
    ("Morocco", "partner"),
    ("Serbia", "partner"),
    ("Ukraine", "partner"),
    ("Moldova", "partner"),
    ("Albania", "partner"),
    ("Jordan", "partner"),
    ("Tunisia", "partner"),
    ("Uzbekistan", "partner"),
    ("Kazakhstan", "partner"),
]
KINDS = {"pdf": "policy_brief", "pptx": "presentation", "docx": "expert_input", "md": "expert_input"}


# -- timing and memory ------------------------------------------------------------------------
class Stopwatch:
    """Elapsed wall-clock seconds of a ``with`` block (``perf_counter``)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0

    def __enter__(self) -> Stopwatch:
        self._start = time.perf_counter()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.seconds = time.perf_counter() - self._start


def latency_summary(samples_s: Sequence[float]) -> dict[str, float]:
    """p50, p95, mean and max of latencies given in seconds, in milliseconds."""
    arr = np.asarray(samples_s, dtype=np.float64) * 1000.0
    return {
        "n": int(arr.size),
        "p50_ms": round(float(np.percentile(arr, 50)), 2),
        "p95_ms": round(float(np.percentile(arr, 95)), 2),
        "mean_ms": round(float(arr.mean()), 2),
        "max_ms": round(float(arr.max()), 2),
    }


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (``getrusage``; Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)


def rss_mb() -> float:
    """Current resident set size of this process."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return round(pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024), 1)
    except (OSError, ValueError, IndexError):
        return float("nan")


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    packages = {}
    for name in ("chromadb", "onnxruntime", "bm25s", "tokenizers", "langchain-chroma", "langchain-core", "pypdf"):
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = None
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": packages,
    }


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as indented JSON, creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# -- text material ----------------------------------------------------------------------------
def _yaml_strings(node: Any, out: list[str]) -> None:
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, dict):
        for value in node.values():
            _yaml_strings(value, out)
    elif isinstance(node, list):
        for value in node:
            _yaml_strings(value, out)


@dataclass
class TextMaterial:
    """Sentences and headings of the sample corpus, grouped by contribution so recombinations stay on topic."""

    groups: list[list[str]]
    headings: list[str]

    @classmethod
    def load(cls, corpus: Path = CORPUS) -> TextMaterial:
        """Read ``corpus/*.md``, ``corpus/*.txt`` and the YAML sources of the binary files."""
        groups: list[list[str]] = []
        headings: list[str] = []
        for path in sorted(corpus.glob("*.md")) + sorted(corpus.glob("*.txt")):
            if path.name == "PLAN.md":
                continue
            texts = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.startswith("#"):
                    headings.append(re.sub(r"^#+\s*[\d.]*\s*", "", line).strip())
                elif "|" not in line:
                    texts.append(_MD_NOISE.sub("", line))
            groups.append(_sentences(texts))
        for path in sorted((corpus / "src").glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            strings: list[str] = []
            _yaml_strings(data.get("pages") or data.get("slides") or data.get("blocks") or data, strings)
            headings.extend(s for s in strings if 10 <= len(s) <= 70 and s[0].isupper() and not s.endswith("."))
            groups.append(_sentences(strings))
        groups = [g for g in groups if len(g) >= 8]
        headings = sorted({re.sub(r"^[\d.]+\s*", "", h) for h in headings if h})
        return cls(groups, headings)

    def sentences(self) -> list[str]:
        """All sentences, every group."""
        return [s for g in self.groups for s in g]

    def paragraph(self, rng: random.Random, min_chars: int, max_chars: int) -> str:
        """Consecutive-looking sentences from one contribution, numbers varied, between the two lengths."""
        group = rng.choice(self.groups)
        start = rng.randrange(len(group))
        out: list[str] = []
        size = 0
        i = start
        while size < min_chars:
            sentence = group[i % len(group)] if rng.random() < 0.7 else rng.choice(group)
            if size + len(sentence) > max_chars and out:
                break
            out.append(sentence)
            size += len(sentence) + 1
            i += 1
        return vary_numbers(" ".join(out), rng)[:max_chars]

    def heading(self, rng: random.Random) -> str:
        """A section heading taken from the corpus."""
        return rng.choice(self.headings)


def _sentences(texts: Sequence[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        flat = " ".join(text.split())
        out.extend(s.strip() for s in _SENTENCE_END.split(flat) if len(s.strip()) >= 40)
    return out


def vary_numbers(text: str, rng: random.Random) -> str:
    """Replace every number by another of the same number of digits (years stay plausible)."""

    def swap(match: re.Match[str]) -> str:
        digits = match.group(0)
        if len(digits) == 4 and digits.startswith("20"):
            return str(rng.randint(2015, 2030))
        low = 10 ** (len(digits) - 1) if len(digits) > 1 else 1
        return str(rng.randint(low, 10 ** len(digits) - 1))

    return _NUMBER.sub(swap, text)


def shuffle_sentences(text: str, rng: random.Random) -> str:
    """The same sentences in another order, numbers varied: a near-duplicate of ``text``."""
    parts = _SENTENCE_END.split(text)
    rng.shuffle(parts)
    return vary_numbers(" ".join(parts), rng)


def make_queries(material: TextMaterial, n: int, seed: int = 7) -> list[str]:
    """Varied queries: the evaluation questions, then questions and phrases built from corpus sentences."""
    rng = random.Random(seed)
    queries: list[str] = []
    questions = REPO / "eval" / "questions.jsonl"
    if questions.exists():
        for line in questions.read_text(encoding="utf-8").splitlines():
            if line.strip():
                queries.append(json.loads(line)["question"])
    sentences = material.sentences()
    starters = ["How should", "What do contributors say about", "Which countries", "Why", "What is proposed on"]
    while len(queries) < n:
        words = rng.choice(sentences).rstrip(".").split()
        cut = rng.randint(4, min(14, len(words)))
        phrase = " ".join(words[:cut]) if rng.random() < 0.5 else " ".join(words[-cut:])
        queries.append(phrase if rng.random() < 0.4 else f"{rng.choice(starters)} {phrase.lower()}?")
    rng.shuffle(queries)
    return queries[:n]


# -- synthetic corpus ----------------------------------------------------------------------------
CHUNK_SIZE, CHUNK_OVERLAP = 900, 120


def estimate_chunks(text_len: int) -> int:
    """Roughly how many chunks one location's text yields at the default chunking."""
    if text_len <= CHUNK_SIZE:
        return 1
    return 1 + math.ceil((text_len - CHUNK_SIZE) / (CHUNK_SIZE - CHUNK_OVERLAP - 60))


@dataclass
class CorpusInfo:
    """What was written: files by format, pages and slides, and the estimated chunk count."""

    folder: str
    files: dict[str, int] = field(default_factory=dict)
    pdf_pages: int = 0
    slides: int = 0
    bytes: int = 0
    estimated_chunks: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        """Plain dict for the results file."""
        return asdict(self)


def build_corpus(
    folder: Path, target_chunks: int, seed: int = 2026, material: TextMaterial | None = None
) -> CorpusInfo:
    """Write a mixed corpus (PDF, DOCX, PPTX, MD, TXT and a metadata.csv) of about ``target_chunks`` chunks.

    Shares by estimated chunks: PDF 40 %, DOCX 20 %, PPTX 15 %, Markdown 15 %, text 10 %.
    """
    from tests.builders import write_docx, write_metadata, write_pdf, write_pptx

    material = material or TextMaterial.load()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    info = CorpusInfo(str(folder))
    watch = Stopwatch()
    shares = [("pdf", 0.40), ("docx", 0.20), ("pptx", 0.15), ("md", 0.15), ("txt", 0.10)]
    budget = {fmt: share * target_chunks for fmt, share in shares}
    done = dict.fromkeys(budget, 0)
    rows: list[dict[str, str]] = []
    number = 0
    with watch:
        while any(done[f] < budget[f] for f in budget):
            fmt = min(budget, key=lambda f: done[f] / budget[f])
            number += 1
            country, _region = rng.choice(COUNTRIES)
            name = f"{fmt}_{number:04d}_{country.lower()}.{fmt}"
            path = folder / name
            title = f"{material.heading(rng)} ({country}, contribution {number})"
            est = 0
            if fmt == "pdf":
                pages = [material.paragraph(rng, 1700, 2600) for _ in range(rng.randint(6, 16))]
                write_pdf(path, pages, title=title)
                info.pdf_pages += len(pages)
                est = sum(estimate_chunks(len(p)) for p in pages)
            elif fmt == "docx":
                sections = []
                for s in range(rng.randint(4, 9)):
                    paras = [material.paragraph(rng, 250, 700) for _ in range(rng.randint(2, 4))]
                    sections.append((f"{s + 1} {material.heading(rng)}", paras))
                    est += estimate_chunks(sum(len(p) + 2 for p in paras))
                write_docx(path, title, sections, author=f"Expert {number}")
            elif fmt == "pptx":
                slides = []
                for _ in range(rng.randint(8, 18)):
                    bullets = [material.paragraph(rng, 60, 220) for _ in range(rng.randint(3, 5))]
                    notes = material.paragraph(rng, 200, 800) if rng.random() < 0.6 else ""
                    slides.append((material.heading(rng), bullets, notes))
                    est += 1 + (1 if notes else 0)
                write_pptx(path, slides)
                info.slides += len(slides)
            elif fmt == "md":
                parts = [f"# {title}", ""]
                for s in range(rng.randint(4, 9)):
                    paras = [material.paragraph(rng, 250, 700) for _ in range(rng.randint(2, 4))]
                    parts += [f"## {s + 1} {material.heading(rng)}", "", *[p + "\n" for p in paras]]
                    est += estimate_chunks(sum(len(p) + 2 for p in paras))
                path.write_text("\n".join(parts), encoding="utf-8")
            else:
                paras = [material.paragraph(rng, 300, 850) for _ in range(rng.randint(10, 25))]
                path.write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
                est = len(paras) + 1
            done[fmt] += est
            info.files[fmt] = info.files.get(fmt, 0) + 1
            info.bytes += path.stat().st_size
            rows.append(
                {
                    "file": name,
                    "title": title,
                    "kind": KINDS.get(fmt, "other"),
                    "contributor": f"Contributor {number}",
                    "organisation": f"Organisation {rng.randint(1, 40)}",
                    "country": country,
                    "date": f"2026-0{rng.randint(1, 6)}-1{rng.randint(0, 9)}",
                    "language": "en",
                }
            )
        write_metadata(folder, rows)
    info.estimated_chunks = int(sum(done.values()))
    info.seconds = round(watch.seconds, 2)
    return info


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """Silence chatty C libraries (onnxruntime, Chroma's Rust logs) while measuring."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
