"""Countries written short, as people type them in a sheet: "Rep. of Moldova", "Czech Rep.", "BiH", "U.K."."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta
from ingest.metadata_countries import country_name

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Rep. of Moldova", "Moldova"),
        ("Rep. of Armenia", "Armenia"),
        ("Rep. of Serbia", "Serbia"),
        ("Republic of Serbia", "Serbia"),
        ("Republic of Ukraine", "Ukraine"),  # "Republic of" before any country the product knows
        ("Rep. Moldova", "Moldova"),
        ("Moldova, Rep. of", "Moldova"),  # ISO's order, shortened
        ("Serbia, Republic of", "Serbia"),
        ("Republic of the Congo", "Congo"),
        ("Czech Rep.", "Czechia"),
        ("Slovak Rep.", "Slovakia"),
        ("Kyrgyz Rep.", "Kyrgyzstan"),
        ("N. Macedonia", "North Macedonia"),
        ("Rep. of N. Macedonia", "North Macedonia"),
        ("S. Korea", "South Korea"),
        ("Republic of Korea", "South Korea"),
        ("Russian Fed.", "Russia"),
        ("Fed. Rep. of Germany", "Germany"),
        ("St Lucia", "Saint Lucia"),
        ("BiH", "Bosnia and Herzegovina"),
        ("B&H", "Bosnia and Herzegovina"),
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        ("Bosnia-Herzegovina", "Bosnia and Herzegovina"),
        ("Trinidad & Tobago", "Trinidad and Tobago"),
        ("UK", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("USA", "United States"),
        ("U.S.A.", "United States"),
        ("U.S.", "United States"),
        ("Mołdawia", "Moldova"),  # Polish, with its letter
        ("Moldawia", "Moldova"),  # and typed without it
        ("Ukraine (UA)", "Ukraine"),  # a name and its code that agree
        ("Georgia [GEO]", "Georgia"),
        ("Kosovo (under UNSCR 1244/99)", "Kosovo"),
        # "Republic of" in the other languages, before a name ISO translates
        ("Repubblica di Moldova", "Moldova"),
        ("République de Moldavie", "Moldova"),
        ("República de Serbia", "Serbia"),
        ("Republik Serbien", "Serbia"),
        ("Kosowo", "Kosovo"),
        ("EE.UU.", "United States"),
        ("Chine", "China"),  # China's own names are still China
    ],
)
def test_short_forms_people_type_name_their_country(written, country):
    assert country_name(written) == country


@pytest.mark.parametrize(
    "written",
    [
        "Republic of China",  # Taiwan's own name: never China
        "République de Chine",
        "República de China",
        "Rep. of Nowhere",
        "Republic",
        "N.",
        "Korea",  # two countries
        "Congo (Kinshasa)",
        "uk",  # codes only in capitals, as before
        "B.H.",  # Bahrain's code with dots, or Bosnia's short form: neither for sure
        "Ukraine (DE)",  # a name and a code that disagree: neither is taken
    ],
)
def test_a_short_form_that_names_no_country_for_sure_names_none(written):
    assert country_name(written) is None


@pytest.mark.parametrize(
    ("written", "country", "region"),
    [
        ("Rep. of Moldova", "Moldova", "partner"),
        ("BiH", "Bosnia and Herzegovina", "partner"),
        ("N. Macedonia", "North Macedonia", "partner"),
        ("Czech Rep.", "Czechia", "EU"),
        ("U.K.", "United Kingdom", "other"),
    ],
)
def test_a_sheet_row_with_a_short_form_gets_the_country_and_its_region_without_a_warning(written, country, region):
    found, warnings = build_meta("a.pdf", Path("a.pdf"), {"country": written})
    assert (found.country, found.region, warnings) == (country, region, [])


@pytest.mark.parametrize(
    ("written", "country", "region"),
    [
        ("Belgium (Flanders)", "Belgium", "EU"),
        ("Belgium - Wallonia", "Belgium", "EU"),
        ("Belgium – Wallonia", "Belgium", "EU"),
        ("Belgium-Wallonia", "Belgium", "EU"),
        ("Spain (Catalonia)", "Spain", "EU"),
        ("Spain [Basque Country]", "Spain", "EU"),
        ("Spain, Catalonia", "Spain", "EU"),
        ("UK (Scotland)", "United Kingdom", "other"),
        ("Flanders (Belgium)", "Belgium", "EU"),  # the part first
        ("Bosnia and Herzegovina (Republika Srpska)", "Bosnia and Herzegovina", "partner"),
        ("Moldova - Gagauzia", "Moldova", "partner"),
        ("Bélgica (Flandres)", "Belgium", "EU"),  # the country in another language
        ("België - Vlaanderen", "Belgium", "EU"),
        ("Belgium (BE-VLG)", "Belgium", "EU"),  # the part as its ISO 3166-2 code
        ("Scotland (UK)", "United Kingdom", "other"),  # both sides name the same country
        ("Timor-Leste - Dili", "Timor-Leste", "other"),  # a name with a hyphen of its own
        ("Netherlands (the)", "Netherlands", "EU"),  # ISO's own way of writing it
    ],
)
def test_a_country_with_a_part_of_it_is_read_as_the_country_with_its_group_and_no_warning(written, country, region):
    found, warnings = build_meta("a.pdf", Path("a.pdf"), {"country": written})
    assert (found.country, found.region, warnings) == (country, region, [])


@pytest.mark.parametrize(
    "written",
    [
        "Atlantis (North)",  # no country on either side
        "Georgia (USA)",  # two countries: neither is taken
        "Belgium - Netherlands",
        "Germany (and Austria)",  # several countries, not a part of one
        "Germany/Austria",
        "Sudan, South",  # a compass word makes another country's name
        "Ireland (Northern)",
        "Congo (Kinshasa)",  # "Congo" is part of another country's name: the part may name that one
        "Guinea - Conakry",
        "Belgium (FR)",  # a name and a code that disagree
    ],
)
def test_a_part_beside_a_name_that_does_not_leave_one_country_for_sure_names_none(written):
    assert country_name(written) is None


def test_a_country_the_product_does_not_know_is_kept_as_written_and_said_so():
    found, warnings = build_meta("a.pdf", Path("a.pdf"), {"country": "Atlantis (North)"})
    assert (found.country, found.region) == ("Atlantis (North)", "other")
    assert warnings == [
        "country 'Atlantis (North)' is not a country name or code the product knows; kept as written, region 'other'"
    ]
    # a region the sheet gives still stands: only the country is reported
    found, warnings = build_meta("a.pdf", Path("a.pdf"), {"country": "Narnia - East", "region": "EU"})
    assert (found.country, found.region) == ("Narnia - East", "EU")
    assert warnings == ["country 'Narnia - East' is not a country name or code the product knows; kept as written"]


@pytest.mark.parametrize(
    ("written", "country"),
    [
        # Portuguese (Portugal's and Brazil's spellings) and Dutch names, ISO's and those its translations lack
        ("Bélgica", "Belgium"),
        ("Países Baixos", "Netherlands"),
        ("Chéquia", "Czechia"),
        ("Tchéquia", "Czechia"),
        ("Macedónia do Norte", "North Macedonia"),
        ("Macedônia do Norte", "North Macedonia"),
        ("Bielorrússia", "Belarus"),
        ("Usbequistão", "Uzbekistan"),
        ("Uzbequistão", "Uzbekistan"),
        ("Quirguistão", "Kyrgyzstan"),
        ("Quirguízia", "Kyrgyzstan"),
        ("Territórios Palestinianos", "Palestine"),
        ("België", "Belgium"),
        ("Duitsland", "Germany"),
        ("Oekraïne", "Ukraine"),
        ("Wit-Rusland", "Belarus"),
        ("Tsjechische Republiek", "Czechia"),
        ("Bosnië-Herzegovina", "Bosnia and Herzegovina"),
        ("Macedonië", "North Macedonia"),
        ("Noord-Macedonië", "North Macedonia"),
        ("Palestijnse Gebieden", "Palestine"),
    ],
)
def test_portuguese_and_dutch_country_names(written, country):
    assert country_name(written) == country


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Großbritannien", "United Kingdom"),
        ("Grossbritannien", "United Kingdom"),
        ("Grande-Bretagne", "United Kingdom"),
        # a leading article in the languages the product reads
        ("die Niederlande", "Netherlands"),
        ("der Libanon", "Lebanon"),
        ("the Netherlands", "Netherlands"),
        ("la France", "France"),
        ("le Liban", "Lebanon"),
        ("les Pays-Bas", "Netherlands"),
        ("l'Italie", "Italy"),
        ("los Países Bajos", "Netherlands"),
        ("de Verenigde Staten", "United States"),
        ("het Verenigd Koninkrijk", "United Kingdom"),
        ("el Líbano", "Lebanon"),
        ("El Salvador", "El Salvador"),  # a name that opens with an article is found whole
        ("la Rép. de Moldavie", "Moldova"),
        # words shortened with a dot, in the official names of the languages the product reads
        ("Arab. Rep. Ägypten", "Egypt"),
        ("Syr. Arab. Rep.", "Syria"),
        ("Russ. Föderation", "Russia"),
        ("Russ. Fed.", "Russia"),
        ("Rep. Moldau", "Moldova"),
        ("Islam. Rep. Iran", "Iran"),
        ("Bundesrep. Deutschland", "Germany"),
        ("Vereinigte Arab. Emirate", "United Arab Emirates"),
        ("Rép. arabe d'Égypte", "Egypt"),
        ("Rep. Árabe de Egipto", "Egypt"),
    ],
)
def test_articles_great_britain_and_shortened_official_names_name_their_country(written, country):
    assert country_name(written) == country


@pytest.mark.parametrize("written", ["Arab. Emirate", "Rep. Korea", "die Korea", "Rep."])
def test_a_shortened_or_articled_name_that_leaves_no_one_country_names_none(written):
    assert country_name(written) is None


def test_a_sheet_row_with_an_article_or_a_shortened_name_gets_the_country_and_its_group():
    egypt, warnings = build_meta("a.pdf", Path("a.pdf"), {"country": "Arab. Rep. Ägypten"})
    dutch, more = build_meta("b.pdf", Path("b.pdf"), {"country": "die Niederlande"})
    assert (egypt.country, egypt.region, dutch.country, dutch.region, warnings, more) == (
        "Egypt",
        "partner",
        "Netherlands",
        "EU",
        [],
        [],
    )
