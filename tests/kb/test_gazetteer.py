"""The offline gazetteer: names, alternate names, countries, capitals, states, regions, load time."""

from __future__ import annotations

import pytest

from newsevents.kb.gazetteer import Gazetteer, distance_km, load_gazetteer
from newsevents.kb.geo.names import norm


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def top(gaz: Gazetteer, name: str):
    found = gaz.lookup(name)
    assert found, name
    return found[0]


def test_loads_fast_and_once():
    fresh = Gazetteer()
    assert fresh.load_cpu_seconds < 1.0  # a precomputed, bisected index: no per-place work at load
    assert load_gazetteer() is load_gazetteer()


def test_norm_folds_case_accents_periods_and_saint():
    assert norm("St. Louis") == norm("Saint-Louis") == "st louis"
    assert norm("Zürich") == "zurich"
    assert norm("the Middle East") == "middle east"
    assert norm("U.S.") == "us"


def test_main_names_rank_by_population_and_prominence(gaz):
    paris = top(gaz, "Paris")
    assert (paris.country, paris.feature) == ("FRA", "capital")
    assert any(c.country == "USA" and c.admin1 == "TX" for c in gaz.lookup("Paris"))
    geneva = top(gaz, "Geneva")
    assert geneva.country == "CHE"
    assert abs(geneva.lat - 46.2) < 0.1 and abs(geneva.lon - 6.15) < 0.1


def test_alternate_names_are_indexed(gaz):
    peking = top(gaz, "Peking")
    assert peking.name == "Beijing" and peking.alternate
    assert top(gaz, "Saint Louis").name == "St. Louis"


def test_countries_and_their_aliases(gaz):
    for name, code in [
        ("U.S.", "USA"),
        ("United States", "USA"),
        ("Britain", "GBR"),
        ("Taiwan", "TWN"),
        ("Hong Kong", "HKG"),
        ("Palestine", "PSE"),
        ("Russia", "RUS"),
        ("Ivory Coast", "CIV"),
    ]:
        cand = top(gaz, name)
        assert cand.country == code, name
        assert cand.feature == "country" or (name == "Hong Kong" and cand.feature == "capital"), name
        assert cand.lat is not None and cand.lon is not None


def test_country_code_from_names_and_demonyms(gaz):
    assert gaz.country_code("Chinese") == "CHN"
    assert gaz.country_code("Britain") == "GBR"
    assert gaz.country_code("Swiss") == "CHE"
    assert gaz.country_code("Germany") == "DEU"
    assert gaz.country_code("Narnia") is None
    assert gaz.is_demonym("Chinese") and not gaz.is_demonym("China")


def test_country_info_and_capitals(gaz):
    info = gaz.country_info("CHE")
    assert info is not None and info.name == "Switzerland" and info.capital == "Bern"
    assert info.population > 1_000_000 and 45 < info.lat < 48
    assert gaz.country_info("XXX") is None
    beijing = gaz.capital_of("CHN")
    assert beijing is not None and beijing.name == "Beijing" and beijing.feature == "capital"
    assert gaz.capital_of("usa").name == "Washington"


def test_states_provinces_and_abbreviations(gaz):
    texas = top(gaz, "Texas")
    assert (texas.feature, texas.country, texas.admin1) == ("admin1", "USA", "TX")
    assert top(gaz, "Ill.").name == "Illinois"
    assert top(gaz, "B.C.").name == "British Columbia"
    assert all(c.name != "Manitoba" for c in gaz.lookup("Man"))  # abbreviations need their period
    assert gaz.state("TX").name == "Texas"
    assert top(gaz, "Ontario").country == "CAN"


def test_washington_is_the_capital_without_context(gaz):
    cand = top(gaz, "Washington")
    assert cand.feature == "capital" and cand.country == "USA"


def test_counties_regions_and_continents(gaz):
    counties = [c for c in gaz.lookup("Laurel County") if c.feature == "admin2"]
    assert counties and all(c.country == "USA" for c in counties)
    middle_east = top(gaz, "the Middle East")
    assert middle_east.feature == "region" and middle_east.lat is not None
    assert top(gaz, "Europe").feature == "continent"


def test_distance_km():
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)
    assert distance_km(46.2, 6.15, 46.2, 6.15) == 0


def test_counties_of_one_name_in_every_state_have_their_own_centre(gaz):
    counties = [c for c in gaz.lookup("Henry County") if c.feature == "admin2"]
    states = {c.admin1 for c in counties}
    assert {"TN", "GA", "IA", "VA"} <= states  # one candidate per state, not one for the name
    tennessee = next(c for c in counties if c.admin1 == "TN")
    assert tennessee.lat is not None and distance_km(tennessee.lat, tennessee.lon, 36.3, -88.3) < 50
    assert top(gaz, "Henry Co").feature == "admin2"


def test_the_sorted_name_index_answers_has_and_misses(gaz):
    assert gaz.has("Springfield") and gaz.has("springfield") and gaz.has("Peking")
    assert not gaz.has("Zzyzxqu") and gaz.lookup("Zzyzxqu") == []
    assert gaz.lookup("") == []


def test_remembered_lookups_are_fresh_lists(gaz):
    first = gaz.lookup("Springfield")
    first.clear()
    assert gaz.lookup("Springfield")  # the memo is not the caller's list
    assert gaz.lookup("Springfield", limit=2) == gaz.lookup("Springfield")[:2]
