"""Metadata values as people write them: countries as codes or in their own language, regions, kinds, dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta, read_metadata_csv

pytestmark = pytest.mark.unit


def meta(**row: str):
    return build_meta("a.pdf", Path("a.pdf"), row)


@pytest.mark.parametrize(
    ("written", "country", "region"),
    [
        ("DE", "Germany", "EU"),
        ("UA", "Ukraine", "partner"),
        ("UKR", "Ukraine", "partner"),
        ("Deutschland", "Germany", "EU"),
        ("España", "Spain", "EU"),
        ("Україна", "Ukraine", "partner"),
        ("Sakartvelo", "Georgia", "partner"),
        ("germany ", "Germany", "EU"),
        ("Republic of Moldova", "Moldova", "partner"),
        ("Kosovo*", "Kosovo", "partner"),
        ("Norway", "Norway", "other"),
    ],
)
def test_countries_written_as_codes_or_in_their_own_language_get_their_region(written, country, region):
    found, warnings = meta(country=written)
    assert (found.country, found.region, warnings) == (country, region, [])


@pytest.mark.parametrize("written", ["no", "it", "Europe", "Western Balkans", "Various"])
def test_what_names_no_country_for_sure_is_kept_as_written(written):
    found, _ = meta(country=written)
    assert (found.country, found.region) == (written, "other")


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        ("EU member state", "Latvia", "EU"),
        ("Candidate country", "Albania", "partner"),
        ("Non-EU", "Ukraine", "partner"),
        ("Third country", "Norway", "other"),
        ("Third country", "", "other"),
        ("partner", "", "partner"),
        ("EU-Mitgliedstaat", "Latvia", "EU"),
        ("Drittstaat", "Morocco", "partner"),
        ("pays tiers", "Norway", "other"),
        ("pays partenaire", "", "partner"),
        # the partner groups and the EEA as French, German, Spanish and Italian sheets write them
        ("Balkans occidentaux", "", "partner"),
        ("Partenariat oriental", "", "partner"),
        ("Asie centrale", "", "partner"),
        ("Méditerranée du Sud", "", "partner"),
        ("Östliche Partnerschaft", "", "partner"),
        ("Westbalkan", "", "partner"),
        ("Balcanes Occidentales", "", "partner"),
        ("Mediterraneo meridionale", "", "partner"),
        ("EEE/AELE", "Norway", "other"),
        ("EWR", "Iceland", "other"),
        ("État membre de l'UE", "Latvia", "EU"),
    ],
)
def test_regions_written_in_words(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert (found.region, warnings) == (expected, [])


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        # "outside the EU" in any of the languages: never read as the EU because it names it
        ("Spoza UE", "Ukraine", "partner"),
        ("Poza UE", "Norway", "other"),
        ("Fuera de la UE", "Moldova", "partner"),
        ("Fuori dall'UE", "Norway", "other"),
        ("Außerhalb der EU", "Georgia", "partner"),
        ("Hors de l'UE", "Serbia", "partner"),
        ("Outside the EU", "", "other"),
        ("Not EU", "Armenia", "partner"),
        ("Nie-UE", "Ukraine", "partner"),
        ("Poza Unią Europejską", "Norway", "other"),
        ("Fuera de la Unión Europea", "Moldova", "partner"),
        ("Outside the European Union", "Norway", "other"),
        ("Außerhalb der Europäischen Union", "Serbia", "partner"),
        ("Beitrittskandidat", "", "partner"),
        ("Voisinage oriental", "", "partner"),
        ("Kraj trzeci", "Norway", "other"),
        ("Tercer país", "Morocco", "partner"),
        # Polish names of the groups, and the Union in the other languages
        ("Kraj partnerski", "", "partner"),
        ("Kraj kandydujący", "", "partner"),
        ("Bałkany Zachodnie", "", "partner"),
        ("Partnerstwo Wschodnie", "", "partner"),
        ("Azja Środkowa", "", "partner"),
        ("Państwo członkowskie", "Poland", "EU"),
        ("Unia Europejska", "", "EU"),
        ("Unión Europea", "", "EU"),
        ("EOG", "Norway", "other"),
        ("Inne", "", "other"),
    ],
)
def test_regions_in_polish_and_outside_the_eu_in_every_language(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert (found.region, warnings) == (expected, [])


def test_a_region_that_contradicts_the_country_is_reported_and_the_country_decides():
    found, warnings = meta(region="Non-EU", country="Germany")
    assert found.region == "EU"
    assert warnings == [
        "metadata row for 'a.pdf': region 'Non-EU' contradicts country 'Germany', an EU member state; "
        "using the country's region 'EU'"
    ]


@pytest.mark.parametrize(
    ("region", "country", "expected", "named"),
    [
        ("EU member state", "Norway", "other", "'Norway', not an EU member state"),
        ("Stato membro UE", "Norvegia", "other", "'Norvegia' (Norway), not an EU member state"),
        ("EU", "CH", "other", "'CH' (Switzerland), not an EU member state"),
        ("Partner country", "Latvia", "EU", "'Latvia', an EU member state"),
        ("EaP", "Lettonia", "EU", "'Lettonia' (Latvia), an EU member state"),
        ("Other", "Austria", "EU", "'Austria', an EU member state"),
    ],
)
def test_a_region_the_countrys_eu_membership_contradicts_gives_way_to_the_country(region, country, expected, named):
    found, warnings = build_meta("brief_x.pdf", Path("brief_x.pdf"), {"region": region, "country": country})
    assert found.region == expected
    assert warnings == [
        f"metadata row for 'brief_x.pdf': region '{region}' contradicts country {named}; using the country's "
        f"region '{expected}'"
    ]


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        ("EU", "Latvia", "EU"),
        ("Partner", "Norway", "partner"),  # whether Norway is a partner is the sheet's call, not a contradiction
        ("Other", "Ukraine", "other"),
        ("EU", "Atlantis", "EU"),  # a country the product does not know contradicts nothing
        ("Mediterranean", "Malta", "EU"),  # the sea's shores, not the partner group
    ],
)
def test_a_region_no_known_membership_contradicts_is_kept(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert found.region == expected
    assert not [w for w in warnings if "contradicts" in w]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("Position paper", "policy_brief"),
        ("Policy note", "policy_brief"),
        ("Slides", "presentation"),
        ("PowerPoint presentation", "presentation"),
        ("Written input", "expert_input"),
        ("Comments", "expert_input"),
        ("Positionspapier", "policy_brief"),
        ("Document de position", "policy_brief"),
        ("Präsentation", "presentation"),
        ("Stellungnahme", "expert_input"),
        ("Interview notes", "expert_input"),
        ("Letter", "expert_input"),
        ("E-mail", "expert_input"),
        ("Survey response", "expert_input"),
        ("Lettre", "expert_input"),
        ("Courriel", "expert_input"),
        ("Réponse à la consultation", "expert_input"),
        ("Prise de position", "policy_brief"),
        ("Toma de posición", "policy_brief"),
        ("Presentación", "presentation"),
        ("Aportación", "expert_input"),
        ("Vermerk", "expert_input"),
        ("Protokoll", "expert_input"),
        ("Memo", "expert_input"),
        ("Policy memo", "policy_brief"),
        ("Web page", "other"),  # said to be none of the three: no warning
        ("Blog post", "other"),
    ],
)
def test_kinds_written_in_words(kind, expected):
    found, warnings = meta(kind=kind)
    assert (found.kind, warnings) == (expected, [])


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        # a contributor's advice or position: the brief kind
        ("Nota de política", "policy_brief"),
        ("Note de politique", "policy_brief"),
        ("Notatka polityczna", "policy_brief"),
        ("Recomendaciones", "policy_brief"),
        ("Raccomandazioni", "policy_brief"),
        ("Empfehlungen", "policy_brief"),
        ("Rekomendacje", "policy_brief"),
        ("Policy recommendations", "policy_brief"),
        ("Declaración", "policy_brief"),
        ("Dichiarazione", "policy_brief"),
        ("Oświadczenie", "policy_brief"),
        ("Statement", "policy_brief"),
        ("Stanowisko", "policy_brief"),
        # what a contributor wrote or said for the consultation: expert input
        ("Transcripción", "expert_input"),
        ("Trascrizione", "expert_input"),
        ("Transkrypcja", "expert_input"),
        ("Correo electrónico", "expert_input"),
        ("Posta elettronica", "expert_input"),
        ("Questionario", "expert_input"),
        ("Cuestionario", "expert_input"),
        ("Fragebogen", "expert_input"),
        ("Ankieta", "expert_input"),
        ("Nota", "expert_input"),
        ("Note", "expert_input"),
        ("Notiz", "expert_input"),
        ("Compte rendu", "expert_input"),
        ("Protokół", "expert_input"),
        ("Written statement", "expert_input"),  # written as an input, whatever it states
        ("Prezentacja", "presentation"),
        ("Diapositives", "presentation"),
        ("Diaporama", "presentation"),
        ("Vortrag", "presentation"),
        ("Ponencia", "presentation"),
        ("Resumen de políticas", "policy_brief"),
        ("Note d'orientation", "policy_brief"),
        ("Gutachten", "expert_input"),
        ("Procès-verbal", "expert_input"),
        ("Prospectus", "other"),
        # material published for its own readers: other, said so on purpose
        ("Preguntas frecuentes", "other"),
        ("FAQ", "other"),
        ("Domande frequenti", "other"),
        ("Informe", "other"),
        ("Report", "other"),
        ("Raport", "other"),
        ("Notizia", "other"),
        ("News item", "other"),
        ("Articolo", "other"),
        ("Artykuł", "other"),
        ("Volantino", "other"),
        ("Leaflet", "other"),
        ("Ulotka", "other"),
        ("Inne", "other"),
    ],
)
def test_kinds_in_spanish_italian_polish_and_the_other_languages_take_the_nearest_kind(kind, expected):
    found, warnings = meta(kind=kind)
    assert (found.kind, warnings) == (expected, [])


def test_a_kind_in_no_known_words_is_other_and_said_so():
    found, warnings = meta(kind="Study")
    assert found.kind == "other"
    assert warnings == ["kind 'Study' is not one of policy_brief, presentation, expert_input, other; using 'other'"]


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        ("Balcãs Ocidentais", "", "partner"),
        ("Balcas Ocidentais", "", "partner"),
        ("Parceria Oriental", "", "partner"),
        ("Ásia Central", "", "partner"),
        ("Vizinhança Meridional", "", "partner"),
        ("Mediterrâneo Sul", "", "partner"),
        ("País parceiro", "", "partner"),
        ("País candidato", "", "partner"),
        ("Estado-Membro da UE", "Portugal", "EU"),
        ("Estado-Membro", "Portugal", "EU"),
        ("União Europeia", "", "EU"),
        ("Outro", "", "other"),
        ("Westelijke Balkan", "", "partner"),
        ("Oostelijk Partnerschap", "", "partner"),
        ("Centraal-Azië", "", "partner"),
        ("Zuidelijk Nabuurschap", "", "partner"),
        ("Kandidaat-lidstaat", "", "partner"),  # a candidate, never a member because it says "lidstaat"
        ("EU-lidstaat", "Belgium", "EU"),
        ("Lidstaat", "Belgium", "EU"),
        ("Europese Unie", "", "EU"),
        ("EER", "Norway", "other"),
        ("Overig", "", "other"),
    ],
)
def test_regions_in_portuguese_and_dutch(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert (found.region, warnings) == (expected, [])


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        # "outside the EU" names the EU: never read as the EU, partner or other as the country says
        ("Fora da UE", "Ukraine", "partner"),
        ("Fora da UE", "Norway", "other"),
        ("Fora da União Europeia", "Moldova", "partner"),
        ("Não UE", "Serbia", "partner"),
        ("País terceiro", "Norway", "other"),
        ("Buiten de EU", "Georgia", "partner"),
        ("Buiten de Europese Unie", "Norway", "other"),
        ("Niet-EU", "Armenia", "partner"),
        ("Niet-lidstaat", "Iceland", "other"),
        ("Derde land", "Morocco", "partner"),
    ],
)
def test_outside_the_eu_in_portuguese_and_dutch_is_never_the_eu(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert (found.region, warnings) == (expected, [])
    found, warnings = meta(region=region, country="Portugal")
    assert found.region == "EU" and warnings == [
        f"metadata row for 'a.pdf': region '{region}' contradicts country 'Portugal', an EU member state; "
        "using the country's region 'EU'"
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("Documento de posição", "policy_brief"),
        ("Documento de posicao", "policy_brief"),
        ("Nota de política", "policy_brief"),
        ("Recomendações", "policy_brief"),
        ("Apresentação", "presentation"),
        ("Diapositivos", "presentation"),
        ("Contributo escrito", "expert_input"),
        ("Contribuição escrita", "expert_input"),
        ("Inquérito", "expert_input"),
        ("Resposta à consulta", "expert_input"),
        ("Parecer", "expert_input"),
        ("Ata da reunião", "expert_input"),
        ("Correio eletrónico", "expert_input"),
        ("Relatório", "other"),
        ("Perguntas frequentes", "other"),
        ("Outro", "other"),
        ("Standpunt", "policy_brief"),
        ("Positienota", "policy_brief"),
        ("Beleidsnota", "policy_brief"),
        ("Aanbevelingen", "policy_brief"),
        ("Presentatie", "presentation"),
        ("Schriftelijke bijdrage", "expert_input"),
        ("Reactie op de consultatie", "expert_input"),
        ("Vragenlijst", "expert_input"),
        ("Notulen", "expert_input"),
        ("Nieuwsbrief", "other"),
        ("Veelgestelde vragen", "other"),
        ("Overig", "other"),
    ],
)
def test_kinds_in_portuguese_and_dutch(kind, expected):
    found, warnings = meta(kind=kind)
    assert (found.kind, warnings) == (expected, [])


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        ("Westlicher Balkan", "Serbia", "partner"),
        ("Östliche Partnerschaft", "", "partner"),
        ("Méditerranée méridionale", "", "partner"),
        ("Southern and Eastern Mediterranean", "", "partner"),
        # words shortened with a dot, read in full when every full word they may stand for agrees
        ("Östl. Partnerschaft", "Armenia", "partner"),
        ("Südl. Mittelmeer", "", "partner"),
        ("Westl. Balkan", "", "partner"),
        ("W. Balkans", "", "partner"),
        ("E. Partnership", "", "partner"),
        ("C. Asia", "", "partner"),
        ("Balcani occ.", "", "partner"),
        ("Partnerstwo wsch.", "", "partner"),
        # a partner country in general, in a word of its own, as "Partner country" is
        ("Partnerstaat", "", "partner"),
        ("Partnerländer", "", "partner"),
        # the sea alone: the partner group, unless the country is an EU member on its shores
        ("Mittelmeer", "Egypt", "partner"),
        ("Mittelmeer", "", "partner"),
        ("Mediterranean", "Tunisia", "partner"),
        ("Mittelmeer", "Italy", "EU"),
        ("Méditerranée", "Malta", "EU"),
    ],
)
def test_regions_with_shortened_words_partner_words_and_the_sea(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert (found.region, warnings) == (expected, [])


@pytest.mark.parametrize("region", ["X. Balkans", "Qzt. Region"])
def test_a_shortened_word_that_stands_for_nothing_known_is_not_guessed(region):
    found, warnings = meta(region=region, country="")
    assert warnings == [
        f"metadata row for 'a.pdf': region '{region}' is not one of EU, partner, other; derived from country"
    ]
    assert found.region == "other"


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("EaP", "partner"), ("EAP", "partner"), ("E.a.P.", "partner"), ("South. Med.", "partner"),
        ("South Med", "partner"), ("S. Med.", "partner"), ("SEMED", "partner"), ("WB", "partner"),
        ("W.B.", "partner"), ("WB6", "partner"), ("W. Balkans", "partner"), ("W Balkans", "partner"),
        ("Southern Neighbourhood", "partner"), ("ENP South", "partner"), ("Central Asia", "partner"),
        ("C. Asia", "partner"), ("EFTA/EEA", "other"), ("E.U.", "EU"),
    ],
)  # fmt: skip
def test_regions_written_short_with_or_without_dots(region, expected):
    found, warnings = meta(region=region)
    assert (found.region, warnings) == (expected, [])


@pytest.mark.parametrize("region", ["CA", "S", "W", "C", "E", "West", "South"])
def test_a_short_word_alone_names_no_region(region):
    # "CA" is Central Asia to some and Canada's code to others: the country decides, and the user hears of it
    found, warnings = meta(region=region, country="Latvia")
    assert found.region == "EU"
    assert warnings == [
        f"metadata row for 'a.pdf': region '{region}' is not one of EU, partner, other; derived from country"
    ]


@pytest.mark.parametrize(
    ("region", "country", "expected"),
    [
        # the European Economic Area and EFTA, short and in full, in the EU's main languages: neither EU nor partner
        ("EOG", "Norwegia", "other"), ("EWR", "", "other"), ("EEE", "Islande", "other"),
        ("Europejski Obszar Gospodarczy", "", "other"), ("Espace économique européen", "", "other"),
        ("Europäischer Wirtschaftsraum", "Liechtenstein", "other"), ("Espacio Económico Europeo", "", "other"),
        ("Spazio economico europeo", "", "other"), ("Espaço Económico Europeu", "", "other"),
        ("Europese Economische Ruimte", "", "other"), ("Association européenne de libre-échange", "", "other"),
        # partner groups, declined in Polish and in the plural elsewhere
        ("Balcanes Occidentales", "", "partner"), ("Partenariat oriental", "", "partner"),
        ("Kraj z Bałkanów Zachodnich", "", "partner"), ("Kraje Partnerstwa Wschodniego", "", "partner"),
        ("Azji Środkowej", "", "partner"), ("Pays candidats", "", "partner"), ("Paesi candidati", "", "partner"),
        ("Kandidatenländer", "", "partner"), ("Pays partenaires", "", "partner"),
        # the EU's members and third countries in the plural; "international" in Polish
        ("Mitgliedstaaten", "", "EU"), ("États membres", "", "EU"), ("Stati membri", "", "EU"),
        ("Drittstaaten", "", "other"), ("Międzynarodowy", "", "other"),
    ],
)  # fmt: skip
def test_regions_in_the_main_eu_languages_are_read_without_a_warning(region, country, expected):
    found, warnings = meta(region=region, country=country)
    assert (found.region, warnings) == (expected, [])


def _sheet(tmp_path, text):
    path = tmp_path / "metadata.csv"
    path.write_text(text, encoding="utf-8")
    return path, read_metadata_csv(path)


@pytest.mark.parametrize("region", ["Europa Orientale", "Ameryka Łacińska", "Nordic countries", "Zone 3"])
def test_a_region_not_understood_is_reported_naming_the_row_and_the_value(tmp_path, region):
    path, rows = _sheet(tmp_path, f"file,country,region\nbrief.pdf,,{region}\n")
    found, warnings = build_meta("brief.pdf", Path("brief.pdf"), rows["brief.pdf"])
    assert found.region == "other"
    assert warnings == [
        f"metadata row for 'brief.pdf': region '{region}' is not one of EU, partner, other; derived from country"
    ]
