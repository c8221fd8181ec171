"""CSV and TSV contributions: rows as named fields, the delimiter guessed, metadata tables told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import reader_for
from ingest.readers.base import LimitExceeded, Limits, ReadError

pytestmark = pytest.mark.unit


def read(path: Path, **kw):  # noqa: ANN201
    return reader_for(path).read(path, **kw)


def test_a_survey_export_reads_as_named_fields_by_rows(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(
        "Country,Provider,Minimum ECTS,Comment\n"
        'Latvia,Riga college,3,"Learners want the workload stated, in hours too."\n'
        "Malta,Valletta institute,1,\n",
        encoding="utf-8",
    )
    result = read(path)
    assert [(p.location.label, p.text) for p in result.passages] == [
        (
            "rows 2-3",
            "Country: Latvia; Provider: Riga college; Minimum ECTS: 3; "
            "Comment: Learners want the workload stated, in hours too.\n"
            "Country: Malta; Provider: Valletta institute; Minimum ECTS: 1",
        )
    ]


def test_semicolons_tabs_and_legacy_encodings(tmp_path: Path) -> None:
    semicolons = tmp_path / "fr.csv"
    semicolons.write_bytes("Pays;Durée minimale\nFrance;1 crédit ECTS\n".encode("cp1252"))
    result = read(semicolons)
    assert result.passages[0].text == "Pays: France; Durée minimale: 1 crédit ECTS"
    assert any("Windows-1252" in w for w in result.warnings)
    tabs = tmp_path / "positions.tsv"
    tabs.write_text("Contributor\tPosition\nAna\tKeep micro-credentials outside the NQF\n", encoding="utf-8")
    assert read(tabs).passages[0].text == "Contributor: Ana; Position: Keep micro-credentials outside the NQF"


def test_a_metadata_table_is_not_a_contribution(tmp_path: Path) -> None:
    path = tmp_path / "contributors.csv"
    path.write_text("file,contributor,country\nbrief.pdf,Ana,Portugal\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"^looks like a metadata table"):
        read(path)


def test_limits_and_empty_tables(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text("Country,Comment\n" + "Latvia,Stated workload in hours\n" * 200, encoding="utf-8")
    with pytest.raises(LimitExceeded) as info:
        read(big, limits=Limits(max_chars=500))
    assert info.value.reason.endswith("(setting max_chars)")
    empty = tmp_path / "empty.csv"
    empty.write_text(",,\n,,\n", encoding="utf-8")
    with pytest.raises(ReadError, match="^no text found$"):
        read(empty)


def test_a_metadata_file_passed_explicitly_is_not_ingested_as_a_contribution(tmp_path: Path, make_index) -> None:
    from pipeline.index.ingestion import ingest_paths

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "note.txt").write_text("Providers should publish the workload of each micro-credential.\n")
    (folder / "positions.csv").write_text("Country,Position\nMalta,One ECTS credit at least\n")
    (folder / "who.csv").write_text("file,contributor,country\nnote.txt,Ana,Portugal\n")
    outcomes, _ = ingest_paths(make_index(), [folder], metadata=folder / "who.csv")
    assert sorted((o.file, o.status) for o in outcomes) == [("note.txt", "ingested"), ("positions.csv", "ingested")]


def test_each_answer_of_a_survey_export_is_a_passage_of_its_own(tmp_path: Path) -> None:
    # a respondent's answer to one question is found and cited as its row, not joined to the next question's
    answers = [
        "A micro-credential may comprise up to 20 ECTS credits, since one module of the master craftsman "
        "preparation already needs that much learning.",
        "Master craftspeople from our member businesses should help define the content of every course we offer.",
    ]
    rows = ["ID;Frage;Antwort"] + [f"{n};Frage {n}?;{a}" for n, a in enumerate(answers, start=1)]
    rows.append("3;Anzahl;12")
    rows.append("4;Kosten;390")
    path = tmp_path / "umfrage.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    passages = read(path).passages
    assert [p.location.label for p in passages] == ["row 2", "row 3", "rows 4-5"]
    assert passages[0].text.endswith(answers[0]) and answers[1] not in passages[0].text
