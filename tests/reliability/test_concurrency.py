"""Concurrency: several real processes ingesting and drafting against one workspace at once, and editors saving
one section against the same revision. No corruption, no lost revision; each conflict is detected and reported."""

from __future__ import annotations

import json
import multiprocessing
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.builders import small_corpus
from tests.reliability.killpoints import REPO, cli_env, command, doctor, manifest_files, revisions, run

pytestmark = pytest.mark.integration

OUTLINE = REPO / "corpus" / "outline.yaml"
SECTION = "quality-assurance"


def split_corpus(root: Path, parts: int) -> list[Path]:
    """The sample corpus's contributions spread over ``parts`` folders, each with the metadata.csv."""
    files = sorted(
        p for p in (REPO / "corpus").iterdir() if p.is_file() and p.suffix in {".pdf", ".pptx", ".docx", ".md", ".txt"}
    )
    folders = []
    for n in range(parts):
        folder = root / f"batch{n}"
        folder.mkdir(parents=True)
        shutil.copy(REPO / "corpus" / "metadata.csv", folder / "metadata.csv")
        for path in files[n::parts]:
            shutil.copy(path, folder / path.name)
        folders.append(folder)
    return folders


@pytest.mark.slow
def test_ingests_and_drafts_at_once_keep_the_workspace_consistent(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    base = small_corpus(tmp_path / "base")
    assert run(["ingest", str(base), "--workspace", str(ws)]).returncode == 0
    folders = split_corpus(tmp_path, 3)
    jobs = [["ingest", str(f), "--workspace", str(ws), "--json"] for f in folders]
    jobs += [["draft", "--outline", str(OUTLINE), "--workspace", str(ws), "--json", "--no-divergences"]] * 2
    procs = [
        subprocess.Popen(
            command(args), cwd=REPO, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for args in jobs
    ]
    results = [(p.wait(timeout=300), *p.communicate()) for p in procs]

    for code, out, err in results[:3]:
        assert code == 0, err
        assert {o["status"] for o in json.loads(out)} == {"ingested"}
    drafted = 0
    for code, out, err in results[3:]:
        assert code in (0, 3), err  # 3: a section was saved by the other drafter first
        outcomes = json.loads(out)
        assert {o["status"] for o in outcomes} <= {"drafted", "conflict"}, outcomes
        drafted += sum(o["status"] == "drafted" for o in outcomes)

    code, report = doctor(ws)
    assert code == 0 and report["healthy"] and report["warnings"] == [], report
    names = sorted(p.name for f in (base, *folders) for p in f.iterdir() if p.name != "metadata.csv")
    assert manifest_files(ws) == names  # every file ingested exactly once
    numbers = revisions(ws)
    assert len(numbers) == 9
    assert all(n == list(range(1, len(n) + 1)) for n in numbers.values()), numbers
    assert sum(len(n) for n in numbers.values()) == drafted  # every save that said "drafted" is stored

    again = run(["ingest", *map(str, folders), "--workspace", str(ws), "--json"])
    assert {o["status"] for o in json.loads(again.stdout)} == {"unchanged"}


def _editor(path: str, worker: int, rounds: int, barrier, results) -> None:  # noqa: ANN001 - multiprocessing objects
    from pipeline.drafting.drafts import ConflictError, DraftStore
    from pipeline.model import Paragraph, Sentence

    store = DraftStore(Path(path))
    for round_ in range(rounds):
        barrier.wait(timeout=60)
        text = Sentence(f"Round {round_}: text of editor {worker}.", ("chunk",))
        try:
            rev = store.edit(SECTION, [Paragraph((text,))], author=f"editor{worker}", expected=round_)
            results.put((round_, worker, "saved", rev.number))
        except ConflictError as exc:
            results.put((round_, worker, "conflict", exc.current))
        barrier.wait(timeout=60)  # everyone has tried before the next round's expected revision is known
    store.close()


def test_editors_saving_one_section_at_once_one_wins_each_round(tmp_path: Path) -> None:
    workers, rounds = 4, 10
    path = tmp_path / "drafts.sqlite"
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    procs = [ctx.Process(target=_editor, args=(str(path), w, rounds, barrier, results)) for w in range(workers)]
    for p in procs:
        p.start()
    got = [results.get(timeout=120) for _ in range(workers * rounds)]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    for round_ in range(rounds):
        this = [g for g in got if g[0] == round_]
        saved = [g for g in this if g[2] == "saved"]
        assert len(saved) == 1 and saved[0][3] == round_ + 1, this  # exactly one winner per round
        assert all(g[3] == round_ + 1 for g in this if g[2] == "conflict")  # the losers are told the winner's number
    assert revisions(tmp_path) == {SECTION: list(range(1, rounds + 1))}  # no revision lost, no gap


@pytest.mark.slow
def test_accepts_through_the_cli_against_one_revision_one_wins(tmp_path: Path) -> None:
    from pipeline.drafting.drafts import DraftStore
    from pipeline.model import Paragraph, Sentence

    ws = tmp_path / "ws"
    with DraftStore.in_workspace(ws) as store:
        sentences = (Sentence("First claim.", ("a",)), Sentence("Second claim.", ("b",)))
        store.edit(SECTION, [Paragraph(sentences)], author="editor", expected=None)
    for revision in (1, 2):
        jobs = [
            ["accept", SECTION, f"1.{1 + n % 2}", "--revision", str(revision), "--workspace", str(ws), "--json"]
            for n in range(3)
        ]
        env = cli_env()
        procs = [
            subprocess.Popen(command(a), cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for a in jobs
        ]
        outcomes = [(p.wait(timeout=120), *p.communicate()) for p in procs]
        winners = [o for o in outcomes if o[0] == 0]
        assert len(winners) == 1, outcomes
        assert all(code == 1 and "revision" in err for code, _, err in outcomes if code != 0)
    assert revisions(ws) == {SECTION: [1, 2, 3]}
