"""One person however a sheet and their contribution write them: with or without a title ("Dr.", "Ms", "Mag.a",
"Mgr. art.", "PhD" after the name), surname first without a comma ("Halmos Borbála"), with an initial ("B. Halmos").
The name drafts show is the person's; an order nothing says is never guessed, and a name that may be two people is
never merged. Every name here is invented for the test."""

from __future__ import annotations

import pytest

from ingest.metadata import read_metadata_csv
from ingest.metadata_names import person_names
from ingest.model import Location, Passage
from ingest.turns import is_own, own_turns

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Ms Teodora Vasilescu and Dr. Jonas Vilkaitis", "Teodora Vasilescu and Jonas Vilkaitis"),
        ("Dr. Ilka Brandauer, Ms Oriana Festa and Pál Bodrogi", "Ilka Brandauer, Oriana Festa and Pál Bodrogi"),
        ("Mag.a Ilka Brandauer", "Ilka Brandauer"),  # Austrian titles as a woman holds them
        ("Dr.in Ilka Brandauer", "Ilka Brandauer"),
        ("DDr. Ilka Brandauer", "Ilka Brandauer"),
        ("Mgr. art. Radka Sýkorová", "Radka Sýkorová"),  # a Czech master of arts
        ("MgA. Radka Sýkorová", "Radka Sýkorová"),
        # kept as written: a given name that is also a title's word, a title over one word, an order nothing says
        ("Art Okonkwo", "Art Okonkwo"),
        ("Art van der Linde", "Art van der Linde"),
        ("Dr. Bodrogi and Ms Festa", "Dr. Bodrogi and Ms Festa"),
        ("Halmos Borbála", "Halmos Borbála"),
        ("Dr. Halmos Borbála", "Halmos Borbála"),
    ],
)
def test_titles_are_no_part_of_a_name(written, expected):
    assert person_names(written) == expected


def _rows(tmp_path, lines: str) -> dict[str, dict[str, str]]:
    sheet = tmp_path / "metadata.csv"
    sheet.write_text("File,Contributor\n" + lines, encoding="utf-8")
    return read_metadata_csv(sheet)


def test_one_person_with_and_without_a_title_is_one_contributor(tmp_path):
    rows = _rows(tmp_path, 'a.pdf,Dr. Ilka Brandauer\nb.pptx,Ilka Brandauer\nc.docx,"Brandauer, Ilka, PhD"\n')
    assert {row["contributor"] for row in rows.values()} == {"Ilka Brandauer"}


def test_one_person_in_two_orders_is_one_contributor_as_the_sheet_first_names_them(tmp_path):
    rows = _rows(tmp_path, "a.pdf,Halmos Borbála\nb.md,Borbála Halmos\nc.txt,Dr. Halmos Borbála\n")
    assert {row["contributor"] for row in rows.values()} == {"Halmos Borbála"}


def test_names_that_may_be_two_people_are_not_merged(tmp_path):
    rows = _rows(
        tmp_path,
        "a.pdf,Anna Maria Castelli\nb.pdf,Maria Anna Castelli\nc.pdf,B. Halmos\nd.pdf,Borbála Halmos\n"
        "e.pdf,Dr. Halmos\n",
    )
    assert [row["contributor"] for row in rows.values()] == [
        "Anna Maria Castelli", "Maria Anna Castelli", "B. Halmos", "Borbála Halmos", "Dr. Halmos",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "own"),
    [
        ("Borbála Halmos", True),  # the other order
        ("B. Halmos", True),  # an initial for the other part
        ("Halmos B.", True),
        ("Dr. Halmos Borbála", True),
        ("Borbála", True),  # the word the sheet writes last, as for any name
        ("Halmos", False),  # the first word alone may be a given name: never taken on a guess
        ("K. Halmos", False),  # another initial: another person
        ("Borbála Kelemen", False),
    ],
)
def test_a_name_written_surname_first_matches_its_parts_in_either_order(label, own):
    assert is_own(label, "Halmos Borbála", "Tisza Valley Teachers' Circle", set()) is own


@pytest.mark.parametrize(
    ("label", "own"),
    [("J. Vilkaitis", True), ("Dr. Vilkaitis", True), ("Jonas Vilkaitis, PhD", True), ("Jonas", False),
     ("R. Vilkaitis", False)],
)  # fmt: skip
def test_a_signature_or_label_matches_the_person_without_their_title(label, own):
    contributor = person_names("Dr. Jonas Vilkaitis")
    assert contributor == "Jonas Vilkaitis"
    assert is_own(label, contributor, "", set()) is own


def test_a_transcript_keeps_the_turns_of_a_person_written_surname_first():
    record = (
        "Chair: Welcome to the hearing on micro-credentials.\n"
        "Borbála Halmos: Every micro-credential should name the level of its learning outcomes.\n"
        "Chair: Thank you. Next, the employers.\n"
        "Kinga Kelemen: Employers should pay for the assessment."
    )
    kept, warnings = own_turns([Passage(record, Location("paragraph 1", paragraph=1))], "Halmos Borbála", "")
    text = "\n".join(p.text for p in kept)
    assert "name the level of its learning outcomes" in text
    assert "Employers should pay" not in text and "Welcome to the hearing" not in text
    assert warnings
