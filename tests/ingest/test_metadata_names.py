"""People's names as sheets write them: surname first, the surname in capitals, several people in one cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta, read_metadata_csv
from ingest.metadata_names import bare_name, people_in, person_names
from ingest.model import DocumentProperties

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # a comma between surname and given name
        ("Heikkilä-Ruotsalainen, Marjatta", "Marjatta Heikkilä-Ruotsalainen"),
        ("Szczepaniak, W.", "W. Szczepaniak"),
        ("García López, María", "María García López"),
        ("de Vries, Pieter", "Pieter de Vries"),
        ("Rossi, Anna Maria", "Anna Maria Rossi"),
        # the surname in capitals, first or last, turned to the name's usual case
        ("ÖZBILGIN Levent", "Levent Özbilgin"),
        ("Levent ÖZBILGIN", "Levent Özbilgin"),
        ("HEIKKILÄ-RUOTSALAINEN Marjatta", "Marjatta Heikkilä-Ruotsalainen"),
        ("DUPONT Jean-Pierre", "Jean-Pierre Dupont"),
        ("O'BRIEN Siobhan", "Siobhan O'Brien"),
        ("VAN DER BERG Jan", "Jan van der Berg"),
        ("DI MAIO Luigi", "Luigi Di Maio"),  # an Italian particle keeps its capital
        ("DA SILVA Ana", "Ana da Silva"),
        ("ÖZBILGIN, Levent", "Levent Özbilgin"),
        ("  Marjatta   Heikkilä-Ruotsalainen ", "Marjatta Heikkilä-Ruotsalainen"),
    ],
)
def test_a_name_written_surname_first_is_given_as_drafts_name_people(written, expected):
    assert person_names(written) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Marjatta Heikkilä-Ruotsalainen",  # already in order
        "van der Berg",  # a surname with its particles
        "Jan van der Berg",
        "Youssef El Amrani",
        "ETF",  # an acronym
        "NQF Team",
        "ETF Secretariat",
        "UNESCO Chair",
        "Ministry of Education and Science",  # an organisation, whatever its "and"
        "Smith",  # a single word
        "SMITH",
        "LEVENT ÖZBILGIN",  # all in capitals: nothing says which part is the surname
        "Anna Kowalska, Jan Nowak",  # two full names around a comma
        "Anna Kowalska, Director",  # a name and a role
        "García López, María José",  # two words each side: two people as likely as one
        "José Ortega y Gasset",  # "y" inside a Spanish surname
        "Smith and Jones",  # surnames alone: kept as a pair
        "Kowalska, Anna (ETF)",  # more than a name
        "Levent ÖZBILGIN Ahmet",  # capitals between other words: not plainly a surname
        "UNICEF Ukraine",  # a body and a country
        "CEDEFOP Thessaloniki",  # an acronym the product knows of a body
        "EU Delegation",
        "LI Wei",  # a surname of two or three letters in capitals is too like an acronym to be sure of
        "Spain, Catalonia",  # a country around the comma
        "Latvia, Riga",
        "Bearer {API_KEY}",  # code, not a name
        "Kowalska A. <a.kowalska@example.org>",
        "ÖZBILGIN Levent AHMET",
    ],
)
def test_what_is_not_plainly_a_name_written_surname_first_is_kept_as_written(written):
    assert person_names(written) == written


@pytest.mark.parametrize(
    "written",
    [
        "W. Szczepaniak; J. Brzozowska",
        "W. Szczepaniak and J. Brzozowska",
        "W. Szczepaniak & J. Brzozowska",
        "Szczepaniak, W.; Brzozowska, J.",
        "SZCZEPANIAK W.; BRZOZOWSKA J.",
        "Szczepaniak, W. and Brzozowska, J.",
        "W. Szczepaniak\nJ. Brzozowska",
        "W. Szczepaniak und J. Brzozowska",
    ],
)
def test_two_people_in_one_cell_are_each_read_and_listed_alike(written):
    assert person_names(written) == "W. Szczepaniak and J. Brzozowska"


def test_three_people_and_a_list_that_holds_an_organisation():
    assert person_names("KOWALSKA Anna; Jan Nowak; Zieliński, Piotr") == "Anna Kowalska, Jan Nowak and Piotr Zieliński"
    # an organisation among them is kept as written beside the people, who are still turned
    assert person_names("ÖZBILGIN Levent; ETF Secretariat") == "Levent Özbilgin; ETF Secretariat"


def test_the_same_person_written_both_ways_in_a_sheet_and_a_document_is_one_contributor(tmp_path):
    sheet = tmp_path / "metadata.csv"
    sheet.write_text(
        "file,contributor,country\n"
        'a.pdf,"Heikkilä-Ruotsalainen, Marjatta",Finland\n'
        "b.pdf,Marjatta Heikkilä-Ruotsalainen,Finland\n"
        "c.pdf,ÖZBILGIN Levent,Türkiye\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(sheet)
    first, second, third = (build_meta(name, Path(name), rows[name])[0] for name in ("a.pdf", "b.pdf", "c.pdf"))
    assert first.contributor == second.contributor == "Marjatta Heikkilä-Ruotsalainen"
    assert third.contributor == "Levent Özbilgin"
    # a document's author property written surname first, with no sheet row, names the same person
    found, _ = build_meta("d.docx", Path("d.docx"), None, DocumentProperties(author="Heikkilä-Ruotsalainen, Marjatta"))
    assert found.contributor == "Marjatta Heikkilä-Ruotsalainen"


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("A. Smith; B. Jones", ("A. Smith", "B. Jones")),
        ("Smith, Anna and Jones, Bo", ("Anna Smith", "Bo Jones")),
        ("Anna Smith & Bo Jones", ("Anna Smith", "Bo Jones")),
        ("Ana Horvat, Ivo Kranjc and Mira Kos", ("Ana Horvat", "Ivo Kranjc", "Mira Kos")),
        ("Anna Kowalska, Jan Nowak, Ewa Lis", ("Anna Kowalska", "Jan Nowak", "Ewa Lis")),
        ("UNESCO; OECD", ("UNESCO", "OECD")),
        # one person, or one organisation whose name holds "and": never split
        ("Kowalska, Anna", ("Anna Kowalska",)),
        # one comma between two names of two words: two people, or a surname of two words first; not guessed
        ("García López, María José", ("García López, María José",)),
        ("Anna Kowalska, Jan Nowak", ("Anna Kowalska, Jan Nowak",)),
        ("Ministry of Education and Science", ("Ministry of Education and Science",)),
        ("Procter and Gamble", ("Procter and Gamble",)),
        ("Anna Smith and colleagues", ("Anna Smith and colleagues",)),
        ("", ()),
    ],
)
def test_each_author_of_a_cell_naming_several_is_one_contributor(cell, people):
    from pipeline.model import people_of

    assert people_in(person_names(cell)) == people
    assert people_of(person_names(cell)) == people  # the identity the pipeline counts and covers by


@pytest.mark.parametrize(
    ("written", "bare"),
    [
        ("dr hab. Anna Kowalczyk, prof. UW", "Anna Kowalczyk"),
        ("prof. dr hab. Jan Nowak", "Jan Nowak"),
        ("mgr inż. Anna Nowak", "Anna Nowak"),
        ("Dr. Maria Müller", "Maria Müller"),
        ("Prof. Dr. Hans Weber", "Hans Weber"),
        ("Ing. Petr Novák", "Petr Novák"),
        ("Univ.-Prof. Dipl.-Ing. Dr. Eva Huber", "Eva Huber"),
        ("Dr. rer. nat. Karl Gruber, MBA", "Karl Gruber"),
        ("dott.ssa Giulia Rossi", "Giulia Rossi"),
        ("Sra. Ana García", "Ana García"),
        ("drs. Pieter de Vries", "Pieter de Vries"),
        ("Anna Nowak PhD", "Anna Nowak"),
        ("Prof. Anna Lis, Uniwersytet Warszawski", "Anna Lis"),
        ("Prof. Anna Lis, Professor of Law", "Anna Lis"),
        ("dr Ana Horvat; mgr Ivo Kranjc", "Ana Horvat; Ivo Kranjc"),
        # a title after a surname written first is left out, the given name kept
        ("Nowak, dr Jan", "Nowak, Jan"),
        ("KOWALCZYK Anna, dr hab.", "KOWALCZYK Anna"),
        # names that a title's letters begin are no titles: "Ma", "Don" and "Doc" without a dot before one word
        ("Ma Li", "Ma Li"),
        ("Don Quixote", "Don Quixote"),
        ("Kowalczyk, Anna", "Kowalczyk, Anna"),
        ("Anna Kowalska, Jan Nowak", "Anna Kowalska, Jan Nowak"),
    ],
)
def test_a_persons_bare_name_leaves_out_titles_and_letters_after_it(written, bare):
    assert bare_name(written) == bare


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("dr hab. Anna Kowalczyk, prof. UW", "Anna Kowalczyk"),
        ("prof. dr hab. Jan Nowak", "Jan Nowak"),
        ("Ing. Petr Novák", "Petr Novák"),
        ("Dr. Maria Müller", "Maria Müller"),
        ("Prof. Dr. Hans Weber", "Hans Weber"),
        ("doc. dr. Mojca Zupan", "Mojca Zupan"),
        ("Mag. Katharina Huber", "Katharina Huber"),
        ("dr. sc. Ivana Horvat", "Ivana Horvat"),
        ("Ana Popescu, PhD", "Ana Popescu"),
        ("Luca Bianchi, MSc", "Luca Bianchi"),
        ("Jan Novák, CSc.", "Jan Novák"),
        # the titles go, then a surname written first in capitals is turned round as without them
        ("Mag. HUBER Katharina", "Katharina Huber"),
        ("Prof. Dr. Hans Weber; Mag. Anna Huber", "Hans Weber and Anna Huber"),
    ],
)
def test_a_name_is_shown_without_its_titles(written, shown):
    assert person_names(written) == shown


@pytest.mark.parametrize(
    "written",
    # a title's letters that begin a name or a body's name, and a title over a surname alone, stay as written
    ["ING Bank", "Ingrid Ing", "Ing Li", "Dr. Novak", "Sc Johnson Ltd", "Ma Li", "Anna Kowalska, Jan Nowak"],
)
def test_a_cell_a_title_would_leave_without_a_full_name_is_kept(written):
    assert person_names(written) == written
