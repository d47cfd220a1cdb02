"""The actors stage on hand-built parses: names, composites, metonyms, descriptions, pronouns."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.model.records import Actor
from newsevents.stages import actors
from newsevents.stages.base import StageContext

# (word, head index, dep, pos, tag, entity label or "")  ; a trailing "-" on the word means no space after
Tok = tuple[str, int, str, str, str, str]


def make_doc(toks: list[Tok]) -> Doc:
    words, spaces = [], []
    for w, *_ in toks:
        if w.endswith("-") and len(w) > 1:
            words.append(w[:-1])
            spaces.append(False)
        else:
            words.append(w)
            spaces.append(True)
    ents = ["O" if not t[5] else ("I-" + t[5][1:] if t[5].startswith("+") else "B-" + t[5]) for t in toks]
    sent_starts = []
    for i in range(len(toks)):
        sent_starts.append(i == 0 or toks[i - 1][0] in (".", ".-"))
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        heads=[t[1] for t in toks],
        deps=[t[2] for t in toks],
        pos=[t[3] for t in toks],
        tags=[t[4] for t in toks],
        ents=ents,
        sent_starts=sent_starts,
        lemmas=[t[0].rstrip("-").lower() for t in toks],
    )


def run(doc: Doc) -> tuple[Actor, ...]:
    out = actors.run(StageContext.for_doc(doc))
    for a in out:
        assert doc.text[a.start : a.end] == a.text
    return out


def by_text(out: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.text: a for a in out}


def test_titles_demonyms_short_names_and_he() -> None:
    doc = make_doc(
        [
            ("President", 2, "compound", "PROPN", "NNP", ""),
            ("Donald", 2, "compound", "PROPN", "NNP", "PERSON"),
            ("Trump", 3, "nsubj", "PROPN", "NNP", "+PERSON"),
            ("called", 3, "ROOT", "VERB", "VBD", ""),
            ("Chinese", 7, "amod", "ADJ", "JJ", "NORP"),
            ("leader", 7, "compound", "NOUN", "NN", ""),
            ("Xi", 7, "compound", "PROPN", "NNP", "PERSON"),
            ("Jinping-", 3, "dobj", "PROPN", "NNP", "+PERSON"),
            (".", 3, "punct", "PUNCT", ".", ""),
            ("Trump", 10, "nsubj", "PROPN", "NNP", "PERSON"),
            ("said", 10, "ROOT", "VERB", "VBD", ""),
            ("he", 12, "nsubj", "PRON", "PRP", ""),
            ("was", 10, "ccomp", "AUX", "VBD", ""),
            ("pleased-", 12, "acomp", "ADJ", "JJ", ""),
            (".", 10, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert got["President Donald Trump"].name == "Donald Trump"
    assert got["President Donald Trump"].country == "USA"
    xi = got["Chinese leader Xi Jinping"]
    assert (xi.name, xi.country, xi.sector, xi.kind) == ("Xi Jinping", "CHN", "GOV", "name")
    assert got["Trump"].name == "Donald Trump"
    he = got["he"]
    assert (he.name, he.kind) == ("Donald Trump", "pronoun")
    assert he.antecedent_start == doc.text.index("Trump said")


def _met(subject_first: tuple[str, str], object_: tuple[str, str], second: list[Tok]) -> Doc:
    return make_doc(
        [
            (subject_first[0], 1, "compound", "PROPN", "NNP", "PERSON"),
            (subject_first[1], 2, "nsubj", "PROPN", "NNP", "+PERSON"),
            ("met", 2, "ROOT", "VERB", "VBD", ""),
            (object_[0], 4, "compound", "PROPN", "NNP", "PERSON"),
            (object_[1] + "-", 2, "dobj", "PROPN", "NNP", "+PERSON"),
            (".", 2, "punct", "PUNCT", ".", ""),
            *second,
        ]
    )


def test_pronoun_prefers_the_previous_subject_and_short_names_join_their_chain() -> None:
    doc = _met(
        ("Xi", "Jinping"),
        ("John", "Smith"),
        [
            ("He", 7, "nsubj", "PRON", "PRP", ""),
            ("praised", 7, "ROOT", "VERB", "VBD", ""),
            ("Smith-", 7, "dobj", "PROPN", "NNP", "PERSON"),
            (".", 7, "punct", "PUNCT", ".", ""),
        ],
    )
    out = run(doc)
    got = by_text(out)
    assert got["He"].name == "Xi Jinping"
    assert got["John Smith"].name == "John Smith" and got["John Smith"].country is None
    smith = [a for a in out if a.text == "Smith"]
    assert smith and smith[0].name == "John Smith"


def test_object_pronoun_skips_its_own_subject() -> None:
    doc = _met(
        ("John", "Smith"),
        ("Xi", "Jinping"),
        [
            ("Smith", 7, "nsubj", "PROPN", "NNP", "PERSON"),
            ("praised", 7, "ROOT", "VERB", "VBD", ""),
            ("him-", 7, "dobj", "PRON", "PRP", ""),
            (".", 7, "punct", "PUNCT", ".", ""),
        ],
    )
    got = by_text(run(doc))
    assert got["him"].name == "Xi Jinping"


def test_capitals_are_governments_except_as_places() -> None:
    doc = make_doc(
        [
            ("Beijing", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("warned", 1, "ROOT", "VERB", "VBD", ""),
            ("Washington-", 1, "dobj", "PROPN", "NNP", "GPE"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("Officials", 7, "nsubj", "NOUN", "NNS", ""),
            ("in", 4, "prep", "ADP", "IN", ""),
            ("Beijing", 5, "pobj", "PROPN", "NNP", "GPE"),
            ("agreed-", 7, "ROOT", "VERB", "VBD", ""),
            (".", 7, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    beijing = [a for a in out if a.text == "Beijing"]
    assert len(beijing) == 1 and beijing[0].start == 0  # "in Beijing" is a place, not an actor
    assert (beijing[0].country, beijing[0].sector, beijing[0].kind) == ("CHN", "GOV", "metonym")
    got = by_text(out)
    assert (got["Washington"].country, got["Washington"].kind) == ("USA", "metonym")
    assert (got["Officials"].country, got["Officials"].sector, got["Officials"].kind) == (
        "CHN",
        "GOV",
        "group",
    )


def test_possessive_institutions_groups_demonyms_and_the_ministry() -> None:
    doc = make_doc(
        [
            ("China-", 2, "poss", "PROPN", "NNP", "GPE"),
            ("\u2019s", 0, "case", "PART", "POS", ""),
            ("Ministry", 6, "nsubj", "PROPN", "NNP", "ORG"),
            ("of", 2, "prep", "ADP", "IN", "+ORG"),
            ("Foreign", 5, "compound", "PROPN", "NNP", "+ORG"),
            ("Affairs", 3, "pobj", "PROPN", "NNP", "+ORG"),
            ("criticized", 6, "ROOT", "VERB", "VBD", ""),
            ("US", 8, "compound", "PROPN", "NNP", "GPE"),
            ("officials", 6, "dobj", "NOUN", "NNS", ""),
            ("and", 8, "cc", "CCONJ", "CC", ""),
            ("Chinese", 11, "amod", "ADJ", "JJ", "NORP"),
            ("students-", 8, "conj", "NOUN", "NNS", ""),
            (".", 6, "punct", "PUNCT", ".", ""),
            ("The", 14, "det", "DET", "DT", ""),
            ("ministry", 15, "nsubj", "NOUN", "NN", ""),
            ("said", 15, "ROOT", "VERB", "VBD", ""),
            ("so-", 15, "advmod", "ADV", "RB", ""),
            (".", 15, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    ministry = got["China\u2019s Ministry of Foreign Affairs"]
    assert (ministry.country, ministry.sector) == ("CHN", "GOV")
    assert (got["US officials"].country, got["US officials"].sector, got["US officials"].kind) == (
        "USA",
        "GOV",
        "group",
    )
    students = got["Chinese students"]
    assert (students.country, students.sector, students.kind) == ("CHN", "EDU", "demonym")
    the_ministry = got["ministry"]
    assert (the_ministry.country, the_ministry.kind, the_ministry.antecedent_start) == (
        "CHN",
        "description",
        0,
    )


def test_anonymous_sources_take_the_administration_country() -> None:
    doc = make_doc(
        [
            ("The", 2, "det", "DET", "DT", ""),
            ("Trump", 2, "compound", "PROPN", "NNP", "PERSON"),
            ("administration", 3, "nsubj", "NOUN", "NN", ""),
            ("imposed", 3, "ROOT", "VERB", "VBD", ""),
            ("tariffs-", 3, "dobj", "NOUN", "NNS", ""),
            (".", 3, "punct", "PUNCT", ".", ""),
            ("Three", 8, "nummod", "NUM", "CD", "CARDINAL"),
            ("administration", 8, "compound", "NOUN", "NN", ""),
            ("officials", 9, "nsubj", "NOUN", "NNS", ""),
            ("said", 9, "ROOT", "VERB", "VBD", ""),
            ("so-", 9, "advmod", "ADV", "RB", ""),
            (",", 9, "punct", "PUNCT", ",", ""),
            ("according", 9, "prep", "VERB", "VBG", ""),
            ("to", 12, "prep", "ADP", "IN", ""),
            ("people", 13, "pobj", "NOUN", "NNS", ""),
            ("familiar-", 14, "amod", "ADJ", "JJ", ""),
            (".", 9, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    admin = got["Trump administration"]
    assert (admin.country, admin.sector) == ("USA", "GOV")
    anon = got["Three administration officials"]  # the whole noun phrase; the name drops the number
    assert (anon.name, anon.country, anon.sector, anon.kind) == (
        "administration officials",
        "USA",
        "GOV",
        "anonymous",
    )
    people = got["people familiar"]
    assert (people.kind, people.country) == ("anonymous", None)


def test_it_as_agent_but_not_expletive() -> None:
    doc = make_doc(
        [
            ("Beijing", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("denied", 1, "ROOT", "VERB", "VBD", ""),
            ("the", 3, "det", "DET", "DT", ""),
            ("charge-", 1, "dobj", "NOUN", "NN", ""),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("while", 7, "mark", "SCONJ", "IN", ""),
            ("it", 7, "nsubj", "PRON", "PRP", ""),
            ("accused", 1, "advcl", "VERB", "VBD", ""),
            ("Washington-", 7, "dobj", "PROPN", "NNP", "GPE"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("It", 11, "nsubj", "PRON", "PRP", ""),
            ("is", 11, "ROOT", "AUX", "VBZ", ""),
            ("unclear-", 11, "acomp", "ADJ", "JJ", ""),
            (".", 11, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert (got["it"].name, got["it"].country, got["it"].kind) == ("Beijing", "CHN", "pronoun")
    assert "It" not in got


def test_the_president_is_the_titled_person() -> None:
    doc = make_doc(
        [
            ("President", 2, "compound", "PROPN", "NNP", ""),
            ("Donald", 2, "compound", "PROPN", "NNP", "PERSON"),
            ("Trump", 3, "nsubj", "PROPN", "NNP", "+PERSON"),
            ("met", 3, "ROOT", "VERB", "VBD", ""),
            ("Xi", 5, "compound", "PROPN", "NNP", "PERSON"),
            ("Jinping-", 3, "dobj", "PROPN", "NNP", "+PERSON"),
            (".", 3, "punct", "PUNCT", ".", ""),
            ("The", 8, "det", "DET", "DT", ""),
            ("president", 9, "nsubj", "NOUN", "NN", ""),
            ("left-", 9, "ROOT", "VERB", "VBD", ""),
            (".", 9, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    pres = got["president"]
    assert (pres.name, pres.country, pres.kind, pres.antecedent_start) == (
        "Donald Trump",
        "USA",
        "description",
        0,
    )


def test_unknown_person_with_apposition_gender_and_short_name() -> None:
    doc = make_doc(
        [
            ("Jane", 1, "compound", "PROPN", "NNP", "PERSON"),
            ("Doe-", 10, "nsubj", "PROPN", "NNP", "+PERSON"),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("a", 4, "det", "DET", "DT", ""),
            ("spokeswoman", 1, "appos", "NOUN", "NN", ""),
            ("for", 4, "prep", "ADP", "IN", ""),
            ("the", 8, "det", "DET", "DT", ""),
            ("State", 8, "compound", "PROPN", "NNP", "ORG"),
            ("Department-", 5, "pobj", "PROPN", "NNP", "+ORG"),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("spoke-", 10, "ROOT", "VERB", "VBD", ""),
            (".", 10, "punct", "PUNCT", ".", ""),
            ("Doe", 13, "nsubj", "PROPN", "NNP", "PERSON"),
            ("said", 13, "ROOT", "VERB", "VBD", ""),
            ("she", 15, "nsubj", "PRON", "PRP", ""),
            ("agreed-", 13, "ccomp", "VERB", "VBD", ""),
            (".", 13, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    got = by_text(out)
    jane = got["Jane Doe"]
    assert (jane.name, jane.country, jane.sector) == ("Jane Doe", "USA", "GOV")
    assert got["Doe"].name == "Jane Doe" and got["Doe"].country == "USA"
    assert got["she"].name == "Jane Doe"
    assert got["State Department"].country == "USA"
    assert "spokeswoman" not in got  # the apposition describes Jane Doe


def test_first_person_in_quotes_and_datelines_are_not_actors() -> None:
    doc = make_doc(
        [
            ("BEIJING", 6, "npadvmod", "PROPN", "NNP", "GPE"),
            ("\u2014", 6, "punct", "PUNCT", ":", ""),
            ("\u201c-", 4, "punct", "PUNCT", "``", ""),
            ("We", 4, "nsubj", "PRON", "PRP", ""),
            ("respond-", 6, "ccomp", "VERB", "VBP", ""),
            (",\u201d", 6, "punct", "PUNCT", ",", ""),
            ("said", 6, "ROOT", "VERB", "VBD", ""),
            ("Hamas-", 6, "nsubj", "PROPN", "NNP", "ORG"),
            (".", 6, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert "We" not in got
    assert "BEIJING" not in got
    assert (got["Hamas"].country, got["Hamas"].sector) == ("PSE", "REB")


def test_they_goes_to_a_plural_group() -> None:
    doc = make_doc(
        [
            ("Protesters", 1, "nsubj", "NOUN", "NNS", ""),
            ("marched-", 1, "ROOT", "VERB", "VBD", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("They", 4, "nsubj", "PRON", "PRP", ""),
            ("demanded", 4, "ROOT", "VERB", "VBD", ""),
            ("reforms-", 4, "dobj", "NOUN", "NNS", ""),
            (".", 4, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert (got["Protesters"].sector, got["Protesters"].kind) == ("OPP", "group")
    assert got["They"].name == "Protesters" and got["They"].sector == "OPP"


PARAGRAPH = (
    "President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on Monday. "
    "The French president said he wanted closer defense ties. "
    "Berlin rejected the proposal, and it accused Paris of moving too fast. "
    "Three government officials said the talks would resume, according to people familiar with the matter. "
    "Ukrainian troops and Russian forces clashed near the border, while Kremlin spokesman Dmitry Peskov "
    "said Moscow was ready to talk."
)


@pytest.mark.model
def test_actors_on_a_parsed_paragraph() -> None:
    from newsevents.nlp.loader import load_pipeline

    doc = load_pipeline()(PARAGRAPH)
    out = run(doc)
    got: dict[str, list[Actor]] = {}
    for a in out:
        got.setdefault(a.text, []).append(a)
    assert got["President Emmanuel Macron"][0].name == "Emmanuel Macron"
    assert got["he"][0].name == "Emmanuel Macron"
    french = [a for a in out if a.text.endswith("president") and a.start > 80]
    assert french and french[0].name == "Emmanuel Macron" and french[0].kind == "description"
    merz = [a for a in out if a.name == "Friedrich Merz"]
    assert merz and merz[0].country == "DEU"
    berlin = [a for a in out if a.text == "Berlin"]
    assert len(berlin) == 1 and berlin[0].kind == "metonym"  # "in Berlin" is a place
    assert got["it"][0].name == "Berlin"
    assert got["Paris"][0].country == "FRA"
    assert any(a.kind == "anonymous" and a.text.startswith("people") for a in out)
    assert any(a.country == "UKR" and a.sector == "MIL" for a in out)
    assert any(a.country == "RUS" and a.sector == "MIL" for a in out)
    assert any(a.name == "Dmitry Peskov" for a in out)
    moscow = [a for a in out if a.text == "Moscow"]
    assert moscow and moscow[0].country == "RUS" and moscow[0].sector == "GOV"


def test_the_two_sides_are_the_two_most_mentioned_states_and_they_follow() -> None:
    doc = make_doc(
        [
            ("China", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("warned", 1, "ROOT", "VERB", "VBD", ""),
            ("Japan-", 1, "dobj", "PROPN", "NNP", "GPE"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("The", 6, "det", "DET", "DT", ""),
            ("two", 6, "nummod", "NUM", "CD", ""),
            ("sides", 7, "nsubj", "NOUN", "NNS", ""),
            ("met-", 7, "ROOT", "VERB", "VBD", ""),
            (".", 7, "punct", "PUNCT", ".", ""),
            ("They", 10, "nsubj", "PRON", "PRP", ""),
            ("agreed-", 10, "ROOT", "VERB", "VBD", ""),
            (".", 10, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    sides = [a for a in out if a.text == "two sides"]
    assert {a.country for a in sides} == {"CHN", "JPN"}  # one actor per side, sharing the span
    assert {a.country for a in out if a.text == "They"} == {"CHN", "JPN"}


def test_relative_who_is_the_noun_it_modifies() -> None:
    doc = make_doc(
        [
            ("Chinese", 1, "amod", "ADJ", "JJ", "NORP"),
            ("officials-", 6, "nsubj", "NOUN", "NNS", ""),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("who", 4, "nsubj", "PRON", "WP", ""),
            ("were-", 1, "relcl", "AUX", "VBD", ""),
            (",", 1, "punct", "PUNCT", ",", ""),
            ("waited-", 6, "ROOT", "VERB", "VBD", ""),
            (".", 6, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert (got["who"].name, got["who"].country, got["who"].kind) == ("Chinese officials", "CHN", "pronoun")


def test_coordinated_demonyms_each_give_a_group() -> None:
    doc = make_doc(
        [
            ("Hungarian", 3, "amod", "ADJ", "JJ", "NORP"),
            ("and", 0, "cc", "CCONJ", "CC", ""),
            ("Romanian", 0, "conj", "ADJ", "JJ", "NORP"),
            ("officials", 4, "nsubj", "NOUN", "NNS", ""),
            ("agreed-", 4, "ROOT", "VERB", "VBD", ""),
            (".", 4, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    assert {(a.country, a.sector) for a in out} == {("HUN", "GOV"), ("ROU", "GOV")}


def test_demonym_modifiers_name_the_state_or_the_people() -> None:
    doc = make_doc(
        [
            ("Serbia", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("rejected", 1, "ROOT", "VERB", "VBD", ""),
            ("an", 4, "det", "DET", "DT", ""),
            ("Indian", 4, "amod", "ADJ", "JJ", "NORP"),
            ("proposal-", 1, "dobj", "NOUN", "NN", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("Iraqi", 7, "amod", "ADJ", "JJ", "NORP"),
            ("Kurds", 8, "nsubj", "PROPN", "NNPS", "NORP"),
            ("protested-", 8, "ROOT", "VERB", "VBD", ""),
            (".", 8, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert (got["Indian"].country, got["Indian"].sector, got["Indian"].kind) == ("IND", "GOV", "demonym")
    kurds = got["Iraqi Kurds"]
    assert (kurds.country, kurds.sector, kurds.kind) == ("IRQ", "CVL", "demonym")


def test_honorific_picks_the_namesake_of_the_right_gender() -> None:
    doc = make_doc(
        [
            ("Mrs.", 1, "compound", "PROPN", "NNP", ""),
            ("Clinton", 2, "nsubj", "PROPN", "NNP", "PERSON"),
            ("spoke-", 2, "ROOT", "VERB", "VBD", ""),
            (".", 2, "punct", "PUNCT", ".", ""),
            ("Mr.", 5, "compound", "PROPN", "NNP", ""),
            ("Clinton", 6, "nsubj", "PROPN", "NNP", "PERSON"),
            ("listened-", 6, "ROOT", "VERB", "VBD", ""),
            (".", 6, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    assert [a.name for a in out if a.text.endswith("Clinton")] == ["Hillary Clinton", "Bill Clinton"]


def test_a_first_name_before_a_kb_surname_is_someone_else() -> None:
    doc = make_doc(
        [
            ("Alicia", 1, "compound", "PROPN", "NNP", "PERSON"),
            ("Machado", 2, "nsubj", "PROPN", "NNP", "+PERSON"),
            ("spoke-", 2, "ROOT", "VERB", "VBD", ""),
            (".", 2, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert got["Alicia Machado"].name == "Alicia Machado" and got["Alicia Machado"].country is None


def test_capital_after_to_is_a_place_only_after_motion() -> None:
    doc = make_doc(
        [
            ("Pyongyang", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("sent", 1, "ROOT", "VERB", "VBD", ""),
            ("a", 3, "det", "DET", "DT", ""),
            ("message", 1, "dobj", "NOUN", "NN", ""),
            ("to", 3, "prep", "ADP", "IN", ""),
            ("Seoul-", 4, "pobj", "PROPN", "NNP", "GPE"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("Officials", 8, "nsubj", "NOUN", "NNS", ""),
            ("flew", 8, "ROOT", "VERB", "VBD", ""),
            ("to", 8, "prep", "ADP", "IN", ""),
            ("Seoul-", 9, "pobj", "PROPN", "NNP", "GPE"),
            (".", 8, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    seoul = [a for a in out if a.text == "Seoul"]
    assert len(seoul) == 1 and seoul[0].start < 40 and seoul[0].country == "KOR"
    assert [a.country for a in out if a.text == "Pyongyang"] == ["PRK"]


def test_generic_heads_take_the_sector_or_identity_of_their_modifier() -> None:
    doc = make_doc(
        [
            ("Rebel", 1, "compound", "NOUN", "NN", ""),
            ("leaders", 2, "nsubj", "NOUN", "NNS", ""),
            ("praised", 2, "ROOT", "VERB", "VBD", ""),
            ("the", 6, "det", "DET", "DT", ""),
            ("Islamic", 5, "compound", "PROPN", "NNP", "ORG"),
            ("Jihad", 6, "compound", "PROPN", "NNP", "+ORG"),
            ("movement-", 2, "dobj", "NOUN", "NN", ""),
            (".", 2, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert (got["Rebel leaders"].sector, got["Rebel leaders"].kind) == ("REB", "group")
    movement = got["Islamic Jihad movement"]
    assert (movement.name, movement.country, movement.sector, movement.kind) == (
        "Palestinian Islamic Jihad",
        "PSE",
        "REB",
        "name",
    )


FAKE_PLACES = {"Kordofar": "SDN", "Vantara": "PAK", "Tollmere": "ZMB"}


class FakeGazetteer:
    """Stands in for the places gazetteer: a few invented place names and their countries."""

    def country_code(self, name: str) -> str | None:
        return None

    def lookup(self, name: str, *, limit: int = 40) -> list[object]:
        from types import SimpleNamespace

        code = FAKE_PLACES.get(name)
        return [SimpleNamespace(country=code, feature="admin1")] if code else []


@pytest.fixture
def fake_gazetteer(monkeypatch: pytest.MonkeyPatch):
    from newsevents.stages.coref import places

    places.place_country.cache_clear()
    monkeypatch.setattr(places, "_gazetteer", lambda: FakeGazetteer())
    yield
    places.place_country.cache_clear()


def test_a_region_in_a_pp_gives_the_group_its_country(fake_gazetteer: None) -> None:
    doc = make_doc(
        [
            ("Rebels", 3, "nsubj", "NOUN", "NNS", ""),
            ("in", 0, "prep", "ADP", "IN", ""),
            ("Kordofar", 1, "pobj", "PROPN", "NNP", "GPE"),
            ("attacked", 3, "ROOT", "VERB", "VBD", ""),
            ("a", 5, "det", "DET", "DT", ""),
            ("convoy-", 3, "dobj", "NOUN", "NN", ""),
            (".", 3, "punct", "PUNCT", ".", ""),
            ("A", 8, "det", "DET", "DT", ""),
            ("group", 12, "nsubj", "NOUN", "NN", ""),
            ("based", 8, "acl", "VERB", "VBN", ""),
            ("in", 9, "prep", "ADP", "IN", ""),
            ("Vantara", 10, "pobj", "PROPN", "NNP", "GPE"),
            ("protested-", 12, "ROOT", "VERB", "VBD", ""),
            (".", 12, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert (got["Rebels"].country, got["Rebels"].sector) == ("SDN", "REB")
    assert all(a.text != "Kordofar" for a in got.values())  # a place, not an actor


def test_titled_people_without_a_country_take_the_document_country(fake_gazetteer: None) -> None:
    doc = make_doc(
        [
            ("President", 2, "compound", "PROPN", "NNP", ""),
            ("Amara", 2, "compound", "PROPN", "NNP", "PERSON"),
            ("Lindqvist", 3, "nsubj", "PROPN", "NNP", "+PERSON"),
            ("visited", 3, "ROOT", "VERB", "VBD", ""),
            ("Tollmere", 3, "dobj", "PROPN", "NNP", "GPE"),
            ("and", 3, "cc", "CCONJ", "CC", ""),
            ("met", 3, "conj", "VERB", "VBD", ""),
            ("Zambian", 8, "amod", "ADJ", "JJ", "NORP"),
            ("farmers-", 6, "dobj", "NOUN", "NNS", ""),
            (".", 3, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    person = got["President Amara Lindqvist"]
    assert (person.country, person.sector) == ("ZMB", "GOV")


def test_no_document_country_when_two_countries_tie() -> None:
    doc = make_doc(
        [
            ("President", 2, "compound", "PROPN", "NNP", ""),
            ("Amara", 2, "compound", "PROPN", "NNP", "PERSON"),
            ("Lindqvist", 3, "nsubj", "PROPN", "NNP", "+PERSON"),
            ("thanked", 3, "ROOT", "VERB", "VBD", ""),
            ("Norway", 3, "dobj", "PROPN", "NNP", "GPE"),
            ("and", 4, "cc", "CCONJ", "CC", ""),
            ("Chile-", 4, "conj", "PROPN", "NNP", "GPE"),
            (".", 3, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert got["President Amara Lindqvist"].country is None


def test_ethnic_groups_belong_to_the_state_they_live_in() -> None:
    doc = make_doc(
        [
            ("Ethnic", 1, "amod", "ADJ", "JJ", "NORP"),
            ("Albanians", 2, "nsubj", "PROPN", "NNPS", "+NORP"),
            ("marched", 2, "ROOT", "VERB", "VBD", ""),
            ("in", 2, "prep", "ADP", "IN", ""),
            ("Serbia-", 3, "pobj", "PROPN", "NNP", "GPE"),
            (".", 2, "punct", "PUNCT", ".", ""),
        ]
    )
    albanians = [a for a in run(doc) if "Albanians" in a.text]
    assert albanians and albanians[0].country == "SRB"
    alone = make_doc(
        [
            ("Albanians", 1, "nsubj", "PROPN", "NNPS", "NORP"),
            ("marched-", 1, "ROOT", "VERB", "VBD", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ]
    )
    assert [a.country for a in run(alone)] == ["ALB"]


def test_demonyms_on_goods_are_not_actors() -> None:
    doc = make_doc(
        [
            ("Canada", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("taxed", 1, "ROOT", "VERB", "VBD", ""),
            ("Chinese", 3, "amod", "ADJ", "JJ", "NORP"),
            ("goods-", 1, "dobj", "NOUN", "NNS", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ]
    )
    assert [a.text for a in run(doc)] == ["Canada"]


def _congo_doc(first: str, tag: str = "GPE") -> Doc:
    return make_doc(
        [
            (first, 1, "nsubj", "PROPN", "NNP", tag),
            ("protested-", 1, "ROOT", "VERB", "VBD", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("Congo", 4, "nsubj", "PROPN", "NNP", "GPE"),
            ("agreed-", 4, "ROOT", "VERB", "VBD", ""),
            (".", 4, "punct", "PUNCT", ".", ""),
        ]
    )


def test_bare_congo_is_the_drc_unless_only_brazzaville_is_named() -> None:
    drc = [a for a in run(_congo_doc("Kinshasa")) if a.text == "Congo"]
    assert drc[0].country == "COD"
    cog = [a for a in run(_congo_doc("Brazzaville")) if a.text == "Congo"]
    assert cog[0].country == "COG"
    alone = make_doc(
        [
            ("Congo", 1, "nsubj", "PROPN", "NNP", "GPE"),
            ("agreed-", 1, "ROOT", "VERB", "VBD", ""),
            (".", 1, "punct", "PUNCT", ".", ""),
        ]
    )
    assert [a.country for a in run(alone)] == ["COD"]


def test_place_country_strips_the_generic_word_and_main_country_needs_a_lead(fake_gazetteer: None) -> None:
    from newsevents.stages.coref.places import main_country, place_country

    assert place_country("Vantara province") == "PAK"
    assert place_country("the Kordofar region") == "SDN"
    assert place_country("nowhere") is None
    assert main_country({"ZMB": 2.0, "NOR": 1.0}) == "ZMB"
    assert main_country({"ZMB": 2.0, "NOR": 2.0}) is None
    assert main_country({"ZMB": 4.0, "NOR": 3.0}) is None  # not a clear lead
    assert main_country({}) is None


def test_the_stage_does_without_a_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.stages.coref import places

    places.place_country.cache_clear()
    monkeypatch.setattr(places, "_gazetteer", lambda: None)
    try:
        assert places.place_country("Kordofar") is None
    finally:
        places.place_country.cache_clear()


def test_bare_the_leaders_are_the_two_parties_but_foreign_leaders_are_nobody_s() -> None:
    doc = make_doc(
        [
            ("Trump", 1, "nsubj", "PROPN", "NNP", "PERSON"),
            ("called", 1, "ROOT", "VERB", "VBD", ""),
            ("Xi", 3, "compound", "PROPN", "NNP", "PERSON"),
            ("Jinping-", 1, "dobj", "PROPN", "NNP", "+PERSON"),
            (".", 1, "punct", "PUNCT", ".", ""),
            ("The", 6, "det", "DET", "DT", ""),
            ("leaders", 7, "nsubj", "NOUN", "NNS", ""),
            ("spoke-", 7, "ROOT", "VERB", "VBD", ""),
            (".", 7, "punct", "PUNCT", ".", ""),
            ("China", 10, "nsubj", "PROPN", "NNP", "GPE"),
            ("snubbed", 10, "ROOT", "VERB", "VBD", ""),
            ("foreign", 12, "amod", "ADJ", "JJ", ""),
            ("leaders-", 10, "dobj", "NOUN", "NNS", ""),
            (".", 10, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    assert {a.country for a in out if a.start == doc[6].idx} == {"CHN", "USA"}
    foreign = [a for a in out if a.start == doc[12].idx]
    assert all(a.country is None for a in foreign)


def test_a_title_before_an_unknown_org_is_a_person_and_later_modifiers_give_the_country() -> None:
    doc = make_doc(
        [
            ("Vice", 4, "compound", "PROPN", "NNP", ""),
            ("-", 4, "punct", "PUNCT", "HYPH", ""),
            ("President-", 4, "compound", "PROPN", "NNP", ""),
            ("Odira", 4, "compound", "PROPN", "NNP", "ORG"),
            ("Kwambai", 5, "nsubj", "PROPN", "NNP", "+ORG"),
            ("resigned-", 5, "ROOT", "VERB", "VBD", ""),
            (".", 5, "punct", "PUNCT", ".", ""),
            ("The", 10, "det", "DET", "DT", ""),
            ("official", 10, "amod", "ADJ", "JJ", ""),
            ("Syrian", 10, "amod", "ADJ", "JJ", "NORP"),
            ("newspaper", 11, "nsubj", "NOUN", "NN", ""),
            ("agreed-", 11, "ROOT", "VERB", "VBD", ""),
            (".", 11, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    person = next(a for a in got.values() if a.name == "Odira Kwambai")
    assert (person.sector, person.kind) == ("GOV", "name")
    paper = next(a for a in got.values() if a.text.endswith("Syrian newspaper"))
    assert paper.country == "SYR"


def test_a_bare_government_belongs_to_the_state_that_just_spoke() -> None:
    doc = make_doc(
        [
            ("Chile", 1, "poss", "PROPN", "NNP", "GPE"),
            ("government", 2, "nsubj", "NOUN", "NN", ""),
            ("accused", 2, "ROOT", "VERB", "VBD", ""),
            ("Peru-", 2, "dobj", "PROPN", "NNP", "GPE"),
            (".", 2, "punct", "PUNCT", ".", ""),
            ("Peru", 6, "nsubj", "PROPN", "NNP", "GPE"),
            ("denied", 6, "ROOT", "VERB", "VBD", ""),
            ("it-", 6, "dobj", "PRON", "PRP", ""),
            (".", 6, "punct", "PUNCT", ".", ""),
            ("The", 10, "det", "DET", "DT", ""),
            ("government", 11, "nsubj", "NOUN", "NN", ""),
            ("said", 11, "ROOT", "VERB", "VBD", ""),
            ("nothing-", 11, "dobj", "PRON", "NN", ""),
            (".", 11, "punct", "PUNCT", ".", ""),
        ]
    )
    out = run(doc)
    later = [a for a in out if a.start == doc[10].idx]
    assert later and later[0].country == "PER"


def test_group_mentions_span_their_whole_noun_phrase() -> None:
    doc = make_doc(
        [
            ("Two", 2, "nummod", "NUM", "CD", "CARDINAL"),
            ("Western", 2, "amod", "ADJ", "JJ", "NORP"),
            ("diplomats", 3, "nsubj", "NOUN", "NNS", ""),
            ("said-", 3, "ROOT", "VERB", "VBD", ""),
            (".", 3, "punct", "PUNCT", ".", ""),
            ("Environmental", 6, "amod", "ADJ", "JJ", ""),
            ("groups", 7, "nsubj", "NOUN", "NNS", ""),
            ("objected-", 7, "ROOT", "VERB", "VBD", ""),
            (".", 7, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert got["Two Western diplomats"].name == "Western diplomats"
    assert got["Two Western diplomats"].kind == "anonymous"
    assert "Environmental groups" in got


def test_places_in_prepositional_phrases_weigh_less_for_the_document_country() -> None:
    doc = make_doc(
        [
            ("An", 2, "det", "DET", "DT", ""),
            ("Argentine", 2, "amod", "ADJ", "JJ", "NORP"),
            ("judge", 3, "nsubj", "NOUN", "NN", ""),
            ("summoned", 3, "ROOT", "VERB", "VBD", ""),
            ("President", 6, "compound", "PROPN", "NNP", ""),
            ("Tomas", 6, "compound", "PROPN", "NNP", "PERSON"),
            ("Ferreyra", 3, "dobj", "PROPN", "NNP", "+PERSON"),
            ("over", 3, "prep", "ADP", "IN", ""),
            ("sales", 7, "pobj", "NOUN", "NNS", ""),
            ("to", 8, "prep", "ADP", "IN", ""),
            ("Chile", 9, "pobj", "PROPN", "NNP", "GPE"),
            ("and", 10, "cc", "CCONJ", "CC", ""),
            ("Peru-", 10, "conj", "PROPN", "NNP", "GPE"),
            (".", 3, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert got["President Tomas Ferreyra"].country == "ARG"


def test_groups_loyal_to_or_affiliated_with_a_state_s_body_take_its_country() -> None:
    doc = make_doc(
        [
            ("Fighters", 6, "nsubj", "NOUN", "NNS", ""),
            ("loyal", 0, "amod", "ADJ", "JJ", ""),
            ("to", 1, "prep", "ADP", "IN", ""),
            ("the", 5, "det", "DET", "DT", ""),
            ("Malian", 5, "amod", "ADJ", "JJ", "NORP"),
            ("junta", 2, "pobj", "NOUN", "NN", ""),
            ("attacked", 6, "ROOT", "VERB", "VBD", ""),
            ("Niger-", 9, "poss", "PROPN", "NNP", "GPE"),
            ("'s", 7, "case", "PART", "POS", ""),
            ("army-", 6, "dobj", "NOUN", "NN", ""),
            (".", 6, "punct", "PUNCT", ".", ""),
        ]
    )
    got = by_text(run(doc))
    assert got["Fighters"].country == "MLI"
