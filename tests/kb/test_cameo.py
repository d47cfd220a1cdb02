"""The CAMEO table and the event lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.kb.cameo import ANY, DATA_DIR, Lexicon, VerbEntry, load_cameo, load_lexicon, quad_class
from newsevents.stages.coding.classify import compose, future_code, valid


def test_table_covers_every_root_with_numbers() -> None:
    table = load_cameo()
    assert len(table) > 300
    for root in (f"{i:02d}" for i in range(1, 21)):
        assert root in table
    assert table["190"].goldstein == -10.0 and table["190"].plover == "ASSAULT"
    assert table["041"].mode == "phone"
    assert table["0211"].plover == "REQUEST"  # appeals map to REQUEST
    assert table["010"].plover is None  # plain statements have no PLOVER type


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2), ("10", 3), ("14", 3), ("15", 4), ("20", 4)]
)
def test_quad_class_follows_gdelt(root: str, quad: int) -> None:
    assert quad_class(root) == quad
    assert all(c.quad_class == quad_class(c.root) for c in load_cameo().values())


def test_every_code_has_its_own_short_name() -> None:
    names = {c.name for c in load_cameo().values()}
    assert "" not in names
    assert all(len(n) < 60 for n in names)


def test_lexicon_codes_exist() -> None:
    table = load_cameo()
    lex = load_lexicon()
    for entries in lex.verbs.values():
        for e in entries:
            assert not e.code or e.code in table, e
    assert all(c in table for c in lex.noun_code.values())


def test_lookup_prefers_the_most_specific_pattern() -> None:
    lex = Lexicon()
    lex.add(VerbEntry("cut", ANY, ANY, "160"))
    lex.add(VerbEntry("cut", ANY, "ties", "161"))
    lex.add(VerbEntry("cut", "off", ANY, "162"))
    assert lex.lookup("cut", [], ["budget"]).code == "160"
    assert lex.lookup("cut", [], ["ties"]).code == "161"
    assert lex.lookup("cut", ["off"], ["x"]).code == "162"
    assert lex.lookup("paint", [], []) is None


def test_builtin_patterns() -> None:
    lex = load_lexicon()
    assert lex.lookup("impose", ["on"], ["sanction"]).code == "163"
    assert lex.lookup("lift", [], ["curfew"]).code == "0813"
    assert lex.lookup("call", ["on"], []).frame == "appeal"
    assert lex.lookup("call", [], []) is None  # "called the talks useful" is no event


@pytest.mark.parametrize(
    ("frame", "inner", "expected"),
    [
        ("intent", "042", "036"),
        ("intent", "073", "0333"),
        ("intent", "190", "138"),
        ("threat", "161", "1311"),
        ("threat", "163", "1312"),
        ("threat", "", "130"),
        ("appeal", "0841", "0253"),
        ("appeal", "", "020"),
        ("demand", "085", "1054"),
        ("reject", "046", "125"),
        ("reject", "010", "011"),
    ],
)
def test_compose(frame: str, inner: str, expected: str) -> None:
    assert valid(compose(frame, inner)) == expected


def test_future_codes() -> None:
    assert future_code("071", negated=False) == "0331"  # will give a grant: intent to give aid
    assert future_code("190", negated=False) == "138"  # will attack: a threat
    assert future_code("075", negated=True).startswith("12")  # will not accept refugees: a refusal
    assert future_code("112", negated=False) == "112"


def test_data_files_are_tab_separated() -> None:
    for name in ("cameo.tsv", "verbs.tsv", "nouns.tsv"):
        for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                assert "\t" in line, (name, line)
    assert isinstance(DATA_DIR, Path)


VERB_DICT = """\
&WEAPONRY
+RIFLE
+CANNON

####### VERB PATTERNS #######

---  SHOVE   [---]  ---
SHOVE [180]
PUSH_HARD
- * BACK [174]  # pushes back
- * (TOWARD BORDER) [154]
- * &WEAPONRY [072]
- * NOTHING [999]
"""


def test_petrarch_verb_dictionary_import(tmp_path: Path) -> None:
    from newsevents.kb.verbdict import parse_verb_dictionary, read_verb_file

    entries = set(parse_verb_dictionary(VERB_DICT))
    assert VerbEntry("shove", ANY, ANY, "180") in entries
    assert VerbEntry("push hard", ANY, "back", "174") in entries
    assert VerbEntry("shove", "toward", "border", "154") in entries
    assert (
        VerbEntry("shove", ANY, "rifle", "072") in entries
        and VerbEntry("shove", ANY, "cannon", "072") in entries
    )
    assert not any(e.code == "999" for e in entries)  # unknown codes are dropped
    path = tmp_path / "verbs.txt"
    path.write_text(VERB_DICT, encoding="utf-8")
    assert len(read_verb_file(path)) == len(entries)


def test_imported_patterns_extend_but_never_override(tmp_path: Path) -> None:
    path = tmp_path / "verbs.txt"
    path.write_text(VERB_DICT + "---  ATTACK   [---]  ---\nATTACK [010]\n", encoding="utf-8")
    lex = load_lexicon((path,))
    assert lex.lookup("shove", [], []).code == "180"
    assert lex.lookup("attack", [], []).code == "190"  # the built-in pattern stays
    assert load_lexicon().lookup("shove", [], []) is None  # the default lexicon is untouched
