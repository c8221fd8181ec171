"""The lexical index: BM25 over the manifest's chunks with bm25s, rebuilt when the manifest changes."""

from __future__ import annotations

import fcntl
import json
import re
import shutil
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)
# how words are cut into tokens; an index saved with another version is rebuilt. Dropping a possessive "'s" (so
# that "a learner's data" meets "learners") was measured and not taken: the answer model's key-term features were
# fitted with tokens as they are, and without a refit more unanswerable questions were answered (BENCHMARKS 58)
TOKENS_VERSION = 1
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    shall may might must also""".split()
)


def _stem(word: str) -> str:
    """A light English stemmer for plurals and common endings ('credentials' matches 'credential')."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            return word[: -len(suffix)] + repl
    return word


def tokenize(text: str) -> list[str]:
    """Lower-cased, accent-folded, stemmed word tokens without stopwords."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    tokens = []
    for match in _WORD.finditer(folded):
        word = match.group(0).strip("'’-")
        if word and word not in STOPWORDS:
            tokens.append(_stem(word))
            if "-" in word:  # "micro-credential" also matches "micro credential"
                tokens.extend(_stem(p) for p in word.split("-") if p and p not in STOPWORDS)
    return tokens


class LexicalIndex:
    """BM25 over all chunks; the index on disk carries the manifest generation it was built from."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._model = None
        self._ids: list[str] = []
        self._position: dict[str, int] = {}
        self._vocab: dict[str, int] = {}
        self._df: dict[str, int] = {}
        self.generation = -1
        # saved by a version that cut words into tokens otherwise (rebuilt by the next build)
        self.outdated = False

    @contextmanager
    def _locked(self, kind: int) -> Iterator[None]:
        """Hold ``lexical.lock``: builders exclude each other and readers, across processes and threads.

        A reader of a workspace it may not write to (a read-only copy) reads without the lock: nobody can be
        rebuilding an index there.
        """
        try:
            self.folder.parent.mkdir(parents=True, exist_ok=True)
            handle = self.folder.with_name(self.folder.name + ".lock").open("a+")
        except OSError:
            if kind != fcntl.LOCK_SH:
                raise
            yield
            return
        with handle:
            fcntl.flock(handle, kind)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def load(self) -> bool:
        """Load the saved index; False when there is none or it cannot be read."""
        with self._locked(fcntl.LOCK_SH):
            return self._load()

    def _load(self) -> bool:
        import bm25s

        info = self.folder / "info.json"
        if not info.exists():
            return False
        try:
            meta = json.loads(info.read_text())
            self._ids = meta["ids"]
            # an index cut into tokens another way is stale: queries would miss its words
            self.outdated = meta.get("tokens", 1) != TOKENS_VERSION
            self.generation = -1 if self.outdated else int(meta["generation"])
            self._model = bm25s.BM25.load(str(self.folder / "bm25"), mmap=False) if self._ids else None
            self._df = json.loads((self.folder / "df.json").read_text())
        except (OSError, ValueError, KeyError):
            self.generation = -1
            return False
        self._position = {cid: i for i, cid in enumerate(self._ids)}
        self._vocab = self._model.vocab_dict if self._model is not None else {}
        return True

    def build(self, items: Iterable[tuple[str, str]], generation: int) -> None:
        """Index ``(chunk_id, text)`` pairs and save atomically beside the old index.

        Several processes (an ingest, two drafts, the app) may ask for the same rebuild at once: one builds
        under the lock, the others wait and load what it saved.
        """
        with self._locked(fcntl.LOCK_EX):
            if self._load() and self.generation == generation:
                return
            self._build(items, generation)

    def _build(self, items: Iterable[tuple[str, str]], generation: int) -> None:
        import bm25s

        ids: list[str] = []
        corpus: list[list[str]] = []
        for cid, text in items:
            ids.append(cid)
            corpus.append(tokenize(text) or ["∅"])
        tmp = self.folder.with_name(self.folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        df: dict[str, int] = {}
        for tokens in corpus:
            for token in set(tokens):
                df[token] = df.get(token, 0) + 1
        (tmp / "df.json").write_text(json.dumps(df))
        model = None
        if ids:
            model = bm25s.BM25()
            model.index(corpus, show_progress=False)
            model.save(str(tmp / "bm25"), show_progress=False)
        (tmp / "info.json").write_text(json.dumps({"generation": generation, "ids": ids, "tokens": TOKENS_VERSION}))
        old = self.folder.with_name(self.folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.folder.exists():
            self.folder.rename(old)
        tmp.rename(self.folder)
        shutil.rmtree(old, ignore_errors=True)
        self._model, self._ids, self.generation, self._df = model, ids, generation, df
        self.outdated = False
        self._position = {cid: i for i, cid in enumerate(ids)}
        self._vocab = model.vocab_dict if model is not None else {}

    def doc_freq(self, token: str) -> int:
        """In how many chunks a (tokenized) word occurs."""
        return self._df.get(token, 0)

    def __len__(self) -> int:
        return len(self._ids)

    def query(self, text: str, k: int, allowed: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """Top ``k`` chunk ids by BM25 score (only positive scores), optionally within ``allowed`` ids."""
        import numpy as np  # here, not at the top: commands that never search do not pay for it

        if self._model is None or not self._ids:
            return []
        tokens = [t for t in tokenize(text) if t in self._vocab]
        if not tokens:
            return []
        mask = None
        if allowed is not None:
            mask = np.zeros(len(self._ids), dtype=np.float32)
            positions = [self._position[c] for c in allowed if c in self._position]
            if not positions:
                return []
            mask[positions] = 1.0
        k = min(k, len(self._ids))
        docs, scores = self._model.retrieve([tokens], k=k, show_progress=False, weight_mask=mask, n_threads=1)
        return [(self._ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0], strict=True) if float(s) > 0.0]
