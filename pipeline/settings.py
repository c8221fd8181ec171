"""One settings object for the whole tool, read from the environment first."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from ingest.readers.base import Limits

OCR_SHARE_OF_TIMEOUT = 0.6  # of read_timeout_s, the time one file's OCR may take


class Settings(BaseSettings):
    """Every knob of the tool. Environment variables are ``GUIDELINES_<FIELD>``.

    Secrets (API keys for LLM or embedding providers) are never fields here: the
    provider SDKs read them from their own environment variables.
    """

    model_config = SettingsConfigDict(env_prefix="GUIDELINES_", extra="forbid", frozen=True)

    workspace: Path = Path("workspace")
    # Empty: embedded Chroma in the workspace. A URL such as http://127.0.0.1:8000 selects a Chroma server.
    chroma_url: str = ""
    # "minilm-int8" is the offline default; "fake:DIM" a deterministic test embedding; anything else
    # ("openai:text-embedding-3-small", "huggingface:...") goes to LangChain's init_embeddings.
    embedding: str = "minilm-int8"
    embedding_batch: int = Field(default=32, ge=1, le=1024)
    chunk_size: int = Field(default=900, ge=200, le=8000)
    chunk_overlap: int = Field(default=120, ge=0, le=2000)
    # Parse each file in a child process with time and memory limits: no file can hang or exhaust the batch.
    isolate_readers: bool = True
    read_timeout_s: float = Field(default=120.0, gt=0)
    read_memory_mb: int = Field(default=4096, ge=256)
    max_file_mb: float = Field(default=200.0, gt=0)
    max_pages: int = Field(default=2000, ge=1)
    max_chars: int = Field(default=20_000_000, ge=1000)
    max_zip_ratio: float = Field(default=200.0, gt=1)
    max_zip_mb: float = Field(default=1024.0, gt=0)
    max_group_depth: int = Field(default=50, ge=1, le=250)  # grouped shapes nested in a slide
    ocr_max_pages: int = Field(default=50, ge=0)  # scanned PDF pages one file may have read by Tesseract; 0: none
    # Empty: the offline extractive drafter. "provider:model" (openai:gpt-4o-mini, ollama:llama3.1): a LangChain model.
    llm: str = ""
    llm_concurrency: int = Field(default=12, ge=1, le=64)  # sections drafted at once by an LLM (network-bound)
    llm_context_tokens: int = Field(default=12000, ge=1000)  # prompt budget before map-reduce
    llm_timeout_s: float = Field(default=120.0, gt=0)
    llm_max_retries: int = Field(default=4, ge=0, le=20)
    llm_judge: bool = True  # with an LLM configured, let it refine the offline support flags

    @field_validator("chunk_overlap")
    @classmethod
    def _overlap_below_size(cls, value: int, info) -> int:  # noqa: ANN001 - pydantic's ValidationInfo
        size = info.data.get("chunk_size", 900)
        if value >= size:
            raise ValueError(f"chunk_overlap ({value}) must be smaller than chunk_size ({size})")
        return value

    def limits(self) -> Limits:
        """The reader limits these settings describe."""
        return Limits(
            max_file_bytes=int(self.max_file_mb * 1024 * 1024),
            max_pages=self.max_pages,
            max_chars=self.max_chars,
            max_zip_ratio=self.max_zip_ratio,
            max_zip_bytes=int(self.max_zip_mb * 1024 * 1024),
            max_group_depth=self.max_group_depth,
            ocr_max_pages=self.ocr_max_pages,
            # OCR yields to the rest of the reading (text pages, the answer) well before the reader is stopped
            ocr_seconds=OCR_SHARE_OF_TIMEOUT * self.read_timeout_s,
        )


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (command-line flags) on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
