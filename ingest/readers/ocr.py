"""Tesseract OCR of page images: the ``tesseract`` binary run as a subprocess with a time limit.

Scanned contributions are images of text. Tesseract (Debian's ``tesseract-ocr``, with one language pack per
language, ``tesseract-ocr-fra`` ...) reads them; it is optional, so everything here first asks whether it is
installed. Text read by OCR can hold misread words, and a quotation must stand word for word in what its
contributor wrote, so a line Tesseract is not confident about is left out rather than kept as a guess.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ingest.readers.ocr_languages import tesseract_codes
from ingest.readers.text_unwrap import RUNS_ON  # words a sentence cannot end on

INSTALL_HINT = "install Tesseract to read scanned pages (Debian: apt-get install tesseract-ocr)"
# Tesseract reports a confidence of 0-100 per word. A line whose words average below the midpoint is more
# likely misread than read (logos, barcodes, photos, stains): it is left out. Not tuned to any corpus.
MIN_LINE_CONFIDENCE = 50.0
MAX_LANGUAGES = 3  # each language added slows OCR down; a contribution rarely mixes more
DPI = 300  # the resolution Tesseract is trained for; page images are rendered at it


class OcrError(Exception):
    """Tesseract could not read one image (crashed, unreadable image)."""


class OcrTimeout(OcrError):
    """Tesseract ran past its time and was stopped."""


@dataclass(frozen=True)
class OcrPage:
    """What Tesseract read on one image: the kept text, its mean word confidence, and what was left out."""

    text: str
    confidence: float  # mean word confidence over every word read, weighted by length (0-100)
    words: int
    dropped_lines: int  # lines below MIN_LINE_CONFIDENCE, left out


@dataclass(frozen=True)
class LanguageChoice:
    """The Tesseract languages a file is read in, and why (for the warning)."""

    codes: tuple[str, ...]
    note: str

    @property
    def spec(self) -> str:
        """The ``-l`` argument: codes joined with ``+``."""
        return "+".join(self.codes)


class Tesseract:
    """The installed ``tesseract`` binary: its version, its language packs, and reading one image."""

    def __init__(self, binary: str) -> None:
        self.binary = binary

    @classmethod
    def find(cls) -> Tesseract | None:
        """The Tesseract on PATH (``GUIDELINES_TESSERACT`` may name another binary), or None."""
        binary = shutil.which(os.environ.get("GUIDELINES_TESSERACT") or "tesseract")
        return _installed(binary) if binary else None

    def _run(self, *args: str, timeout: float) -> subprocess.CompletedProcess[bytes]:
        # One thread per process: OpenMP threads in several Tesseracts at once fight over the cores and
        # are slower than one thread each (Tesseract's own documentation recommends this when running many).
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        return subprocess.run([self.binary, *args], capture_output=True, timeout=timeout, env=env, check=False)

    @cached_property
    def version(self) -> str:
        """``5.3.0``, or "unknown" when the binary does not say."""
        try:
            done = self._run("--version", timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            return "unknown"
        first = (done.stdout or done.stderr).decode("utf-8", "replace").strip().splitlines()
        parts = first[0].split() if first else []
        return parts[1] if len(parts) > 1 else "unknown"

    @cached_property
    def languages(self) -> frozenset[str]:
        """Installed language packs (``osd`` is orientation detection, not a language)."""
        try:
            done = self._run("--list-langs", timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            return frozenset()
        lines = done.stdout.decode("utf-8", "replace").splitlines()
        return frozenset(line.strip() for line in lines[1:] if line.strip() and line.strip() != "osd")

    def choose_languages(self, hint: str) -> LanguageChoice:
        """The installed languages named by ``hint`` (a source's ``language`` metadata), else English."""
        wanted, unknown = tesseract_codes(hint)
        have = [code for code in wanted if code in self.languages][:MAX_LANGUAGES]
        missing = [code for code in wanted if code not in self.languages]
        if not have:  # English is what Debian's tesseract-ocr installs with
            have = ["eng"] if "eng" in self.languages or not self.languages else [sorted(self.languages)[0]]
        note = f"Tesseract {self.version}, language {'+'.join(have)}"
        if not hint.strip():
            note += " (no language in the metadata)"
        if missing:
            packs = ", ".join(f"tesseract-ocr-{code.replace('_', '-')}" for code in missing)
            note += f" (no language pack for {'+'.join(missing)}: install {packs})"
        if unknown:
            note += f" (language {', '.join(repr(u) for u in unknown)} not known to OCR)"
        return LanguageChoice(tuple(have), note)

    def read(self, image: Path, languages: LanguageChoice, timeout: float) -> OcrPage:
        """Read one image; OcrError when Tesseract fails or runs past ``timeout`` seconds (it is then killed)."""
        args = (str(image), "stdout", "-l", languages.spec, "--dpi", str(DPI), "--psm", "3", "tsv")
        try:
            done = self._run(*args, timeout=max(timeout, 1.0))
        except subprocess.TimeoutExpired:
            raise OcrTimeout(f"OCR timed out after {timeout:.0f} s") from None
        except OSError as exc:
            raise OcrError(f"Tesseract could not run ({exc.strerror or exc})") from None
        if done.returncode != 0:
            lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise OcrError(f"Tesseract failed ({lines[-1][:100] if lines else f'exit {done.returncode}'})")
        return parse_tsv(done.stdout.decode("utf-8", "replace"))


@lru_cache(maxsize=4)
def _installed(binary: str) -> Tesseract:
    """One instance per binary, so its version and languages are asked once per reader process."""
    return Tesseract(binary)


def parse_tsv(tsv: str) -> OcrPage:
    """Tesseract's TSV output as text: words joined into lines, lines into paragraphs; unsure lines left out."""
    lines: dict[tuple[str, str, str], list[tuple[str, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":  # level 5: a word
            continue
        text = cells[11].strip()
        try:
            confidence = float(cells[10])
        except ValueError:
            continue
        if text and confidence >= 0:
            lines.setdefault((cells[2], cells[3], cells[4]), []).append((text, confidence))
    paragraphs: dict[tuple[str, str], list[str]] = {}
    total = weight = 0.0
    words = dropped = 0
    for (block, par, _), line in lines.items():
        chars = [len(text) for text, _ in line]
        mean = sum(c * n for (_, c), n in zip(line, chars, strict=True)) / sum(chars)
        total, weight, words = total + mean * sum(chars), weight + sum(chars), words + len(line)
        if mean < MIN_LINE_CONFIDENCE:
            dropped += 1
            continue
        paragraphs.setdefault((block, par), []).append(" ".join(text for text, _ in line))
    text = "\n\n".join("\n".join(par) for par in _rejoined(list(paragraphs.values())))
    return OcrPage(text, total / weight if weight else 0.0, words, dropped)


_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", "»", ")")


def _runs_on(before: list[str], after: list[str]) -> bool:
    """Whether Tesseract broke one sentence into two paragraphs: the first does not end a sentence, and the next
    goes on in lower case, or the first ends on a word no sentence ends on ("... Nurses in" / "Lebanon ...")."""
    last, first = before[-1].rstrip(), after[0].lstrip()
    if not last or not first or last.endswith(_ENDS) or len(last.split()) < 2:
        return False  # a one-word line is as likely a heading or a name as the start of a sentence
    if first[:1].islower():
        return True
    return last.split()[-1].lower() in RUNS_ON and first[:1].isalnum()


def _rejoined(paragraphs: list[list[str]]) -> list[list[str]]:
    """``paragraphs`` (each a list of lines) with a sentence broken over two of them made one paragraph again."""
    out: list[list[str]] = []
    for paragraph in paragraphs:
        if out and _runs_on(out[-1], paragraph):
            out[-1] = [*out[-1], *paragraph]
        else:
            out.append(list(paragraph))
    return out
