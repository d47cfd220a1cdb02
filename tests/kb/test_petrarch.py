"""Importing PETRARCH/Phoenix-style actor and agent dictionaries (a sample written for the test)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsevents.kb.actors import load_actor_kb
from newsevents.kb.petrarch import parse_code, parse_petrarch, plural, read_petrarch_actors, split_code
from newsevents.model.options import Options

SAMPLE = """\
# A made-up dictionary in the PETRARCH/Phoenix layout
FREEDONIA_  [LUX]
+FREEDONIAN_
+REPUBLIC_OF_FREEDONIA

RUFUS_T_FIREFLY
+PRESIDENT_FIREFLY
+FIREFLY_ADMINISTRATION
\t[LUXELI 090101-170101]
\t[LUXGOV >170101]   # became head of state

SYLVANIA_DEFENSE_MINISTRY_  [MLTGOVMIL]
UN_  [IGOUNO]
GRAND_FENWICK_BOARD_OF_TRADE [ANDGOVBUS]
NAMELESS_WITHOUT_CODE
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
FARMER [~AGR]
CATTLE!PERSON! [~AGR]
MILITIA [~REB]
"""

COUNTRIES = frozenset({"USA", "FRA"})


def test_parse_code_with_dates() -> None:
    assert parse_code("USAGOV 090120-170120") == ("USAGOV", dt.date(2009, 1, 20), dt.date(2017, 1, 20))
    assert parse_code("USAGOV >170120") == ("USAGOV", dt.date(2017, 1, 20), None)
    assert parse_code("USAELI <090120") == ("USAELI", None, dt.date(2009, 1, 20))


def test_split_code() -> None:
    assert split_code("USAGOVLEG", COUNTRIES) == ("USA", "LEG")
    assert split_code("USAGOVHLH", COUNTRIES) == ("USA", "GOV")
    assert split_code("FRA", COUNTRIES) == ("FRA", None)
    assert split_code("IGOUNOWHO", COUNTRIES) == ("UNO", "IGO")
    assert split_code("~GOV", COUNTRIES) == (None, "GOV")


def test_plural() -> None:
    assert [plural(w) for w in ("farmer", "militia", "cattleman", "party", "boss")] == [
        "farmers",
        "militias",
        "cattlemen",
        "parties",
        "bosses",
    ]


def _entries(text: str, when: dt.date | None = None):
    return {e.name: e for e in parse_petrarch(text.splitlines(), when=when)}


def test_sample_entries() -> None:
    got = _entries(SAMPLE)
    assert got["Freedonia"].type == "country" and got["Freedonia"].country == "LUX"
    assert "Nameless Without Code" not in got
    firefly = got["Rufus T Firefly"]
    assert firefly.type == "person" and firefly.sector == "GOV"  # the latest code by default
    assert "President Firefly" in firefly.aliases
    assert got["UN"].country == "UNO" and got["UN"].sector == "IGO"
    assert got["Sylvania Defense Ministry"].sector == "MIL"


def test_dated_codes_follow_the_reference_date() -> None:
    got = _entries(SAMPLE, when=dt.date(2012, 6, 1))
    assert got["Rufus T Firefly"].sector == "ELI"


def test_agents_expand_macros_and_plurals() -> None:
    got = _entries(AGENTS)
    assert got["Farmer"].sector == "AGR" and got["Farmer"].type == "group"
    assert "Farmers" in got["Farmer"].aliases
    assert "Cattlewoman" in got["Cattleman"].aliases
    assert "Militias" in got["Militia"].aliases


def test_option_adds_petrarch_files_to_the_kb(tmp_path: Path) -> None:
    f = tmp_path / "sample.actors.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    assert len(read_petrarch_actors(f)) == 5
    kb = load_actor_kb(Options(petrarch_actor_files=(f,)))
    assert kb.lookup("President Firefly").name == "Rufus T Firefly"
    assert kb.lookup("Trump").name == "Donald Trump"  # the built-in tables stay first
    assert load_actor_kb().lookup("President Firefly") is None  # never the default lexicon


def test_option_date_picks_the_dated_code(tmp_path: Path) -> None:
    f = tmp_path / "sample.actors.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    kb = load_actor_kb(Options(petrarch_actor_files=(f,), extra=(("petrarch_date", "2012-06-01"),)))
    assert kb.lookup("President Firefly").sector == "ELI"
