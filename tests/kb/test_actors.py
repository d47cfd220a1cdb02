"""The actor KB: built-in tables, lookup rules, user files, ruler patterns."""

from __future__ import annotations

from pathlib import Path

import pycountry

from newsevents.kb.actors import ActorKB, load_actor_kb, normalize, parse_tsv, read_actor_file
from newsevents.model.options import Options


def test_every_iso_country_is_in_the_kb() -> None:
    kb = load_actor_kb()
    skip = {"UMI", "ATF", "BVT", "HMD", "IOT", "SGS", "ATA"}
    missing = [
        c.alpha_3 for c in pycountry.countries if c.alpha_3 not in skip and c.alpha_3 not in kb.countries
    ]
    assert missing == []


def test_demonyms_and_capitals_point_to_known_codes() -> None:
    kb = load_actor_kb()
    regional = {"EUR", "AFR", "ARB", "KUR", "XKX"}
    for entry in kb.entries:
        if entry.type in ("demonym", "capital"):
            assert entry.country in kb.countries or entry.country in regional, entry


def test_lookup_names_metonyms_and_roles() -> None:
    kb = load_actor_kb()
    assert kb.lookup("Trump").name == "Donald Trump"
    assert (kb.lookup("Xi").country, kb.lookup("Xi").sector) == ("CHN", "GOV")
    assert kb.lookup("Beijing").type == "capital" and kb.lookup("Beijing").sector == "GOV"
    assert kb.lookup("Kiev").name == "Kyiv"
    assert kb.lookup("the White House").country == "USA"
    assert kb.lookup("Huawei").sector == "BUS"
    assert kb.lookup("NATO").country == "NATO"
    assert kb.lookup("Hezbollah").country == "LBN"
    assert kb.lookup("Chinese").type == "demonym"
    assert kb.lookup("police").sector == "COP"
    assert kb.lookup("protesters").sector == "OPP"
    assert kb.lookup("Officials").sector == "GOV"  # role nouns ignore case


def test_short_and_capital_aliases_are_case_sensitive() -> None:
    kb = load_actor_kb()
    assert kb.lookup("US").country == "USA"
    assert kb.lookup("us") is None
    assert kb.lookup("WHO").country == "WHO"
    assert kb.lookup("who") is None
    assert kb.lookup("Apple").sector == "BUS"
    assert kb.lookup("apple") is None
    assert kb.lookup("china").country == "CHN"  # long proper names also match folded


def test_normalize() -> None:
    assert normalize("the  White\nHouse") == "White House"
    assert normalize("China\u2019s") == "China's"
    assert normalize("Al - Qaeda") == "Al-Qaeda"


def test_parse_tsv_pads_missing_columns_and_skips_comments() -> None:
    rows = [
        "# comment",
        "",
        "Jane Roe\tUSA\tGOV\tperson\tRoe|J. Roe\tf\tgovernor|mayor",
        "Acme Corp\tUSA\tBUS",
    ]
    entries = list(parse_tsv(rows))
    assert len(entries) == 2
    assert entries[0].aliases == ("Roe", "J. Roe") and entries[0].gender == "f"
    assert entries[0].titles == ("governor", "mayor")
    assert entries[1].type == "org" and entries[1].aliases == ()


def test_user_file_overrides_builtin(tmp_path: Path) -> None:
    f = tmp_path / "mine.tsv"
    f.write_text(
        "Springfield Power Plant\tUSA\tBUS\tcompany\tthe plant\nTrump\tXXX\tGOV\tperson\n", encoding="utf-8"
    )
    kb = load_actor_kb(Options(actor_files=(f,)))
    assert kb.lookup("Springfield Power Plant").country == "USA"
    assert kb.lookup("Trump").country == "XXX"  # user entries come first
    assert load_actor_kb().lookup("Trump").country == "USA"
    assert len(read_actor_file(f)) == 2


def test_first_loaded_wins_and_match_at() -> None:
    kb = ActorKB(list(parse_tsv(["Foo Bar Party\tFRE\tGOV\torg\tFBP", "Foo\tFRE\t\tcountry"])))
    texts, spaces = ["Foo", "Bar", "Party", "said"], [" ", " ", " ", ""]
    assert kb.match_at(texts, spaces, 0)[0] == 3  # the longest match
    texts2 = ["Foo", "Bar", "went"]
    j, entry = kb.match_at(texts2, [" ", " ", ""], 0)
    assert j == 1 and entry.type == "country"
    assert kb.match_at(["Foo", "Bar", "Party"], ["\n", " ", ""], 0)[0] == 1  # never across a line break


def test_ruler_patterns_people_and_multiword_orgs() -> None:
    patterns = load_actor_kb().ruler_patterns()
    by = {(p["pattern"], p["label"]) for p in patterns}
    assert ("Trump", "PERSON") in by
    assert ("Xi Jinping", "PERSON") in by
    assert ("White House", "ORG") in by and ("the White House", "ORG") in by
    assert ("Truth Social", "ORG") in by
    assert not any(p["pattern"] == "China" for p in patterns)  # countries are left to the NER
    assert not any(p["pattern"] == "officials" for p in patterns)


def test_congo_names_and_transnational_ngos() -> None:
    kb = load_actor_kb()
    for name in ("Congo", "DR Congo", "Democratic Republic of Congo", "DRC"):
        assert kb.lookup(name).country == "COD", name  # type: ignore[union-attr]
    for name in ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"):
        assert kb.lookup(name).country == "COG", name  # type: ignore[union-attr]
    assert kb.lookup("Amnesty International").country == "AMN"  # type: ignore[union-attr]
    assert kb.lookup("Human Rights Watch").country == "HRW"  # type: ignore[union-attr]
    assert kb.lookup("Trinidad").country == "TTO"  # type: ignore[union-attr]


def test_demonyms_and_party_adjectives_are_capitalized() -> None:
    kb = load_actor_kb()
    assert kb.lookup("Democratic").country == "USA"  # type: ignore[union-attr]
    assert kb.lookup("democratic") is None  # "democratic elections"
    assert kb.lookup("republican") is None
    assert kb.lookup("Chinese").country == "CHN"  # type: ignore[union-attr]


def test_kosovo_and_its_capital_have_the_user_assigned_code() -> None:
    from newsevents.kb.actors import load_actor_kb

    kb = load_actor_kb()
    assert kb.lookup("Kosovo").country == "XKX"
    assert kb.lookup("Pristina").country == "XKX" and kb.lookup("Pristina").sector == "GOV"
