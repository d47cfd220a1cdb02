"""Narrative comparison on an article written for this test (same structure as the defining example)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.analysis.narratives import dyad_narrative, narrative_dict, side_name, story_narrative
from newsevents.analysis.statements import clause_window, sentence_bounds
from newsevents.analysis.stories import build_stories
from newsevents.model.records import Actor, Document, Event, Extraction, Quote
from newsevents.store import Store

TEXT = (
    "Washington — President Donald Trump held a phone call with Chinese President Xi Jinping on Tuesday.\n"
    "Trump said the conversation was almost entirely about trade, and that negotiators would meet in London "
    "next week.\n"
    "“We had a tremendous talk about farm purchases,” Trump wrote on social media.\n"
    "Trump accused Beijing on Monday of “breaking” the London agreement — a charge China denied, while it "
    "accused Washington of moves that “sabotage” the deal.\n"
    "According to a Chinese statement, Xi said China had “faithfully” implemented the London agreement.\n"
    "Xi told Trump that the United States must “handle the Taiwan issue with great care,” the statement said.\n"
    "“Both countries should respect each other’s core interests,” Xi said.\n"
)


def _at(needle: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(needle, after)
    return start, start + len(needle)


def _actor(needle: str, name: str, country: str, after: int = 0) -> Actor:
    s, e = _at(needle, after)
    return Actor(needle, s, e, name, country, "GOV")


def _quote(content: str, kind: str, speaker: Actor) -> Quote:
    s, e = _at(content)
    return Quote(content, s, e, kind, speaker=speaker)


def _event(trigger: str, after: int, cameo: str, plover: str, source: Actor, target: Actor) -> Event:
    s, e = _at(trigger, after)
    sent = sentence_bounds(TEXT, s)
    return Event(trigger, s, e, sent[0], sent[1], cameo=cameo, root=cameo[:2], plover=plover, quad_class=3,
                 goldstein=-2.0, source=source, target=target, date="2025-06-03", date_source="text")


def extraction() -> Extraction:
    line2 = TEXT.index("Trump said")
    line4 = TEXT.index("Trump accused")
    line5 = TEXT.index("Xi said")
    trump2 = _actor("Trump", "Donald Trump", "USA", line2)
    trump3 = _actor("Trump", "Donald Trump", "USA", TEXT.index("Trump wrote"))
    trump4 = _actor("Trump", "Donald Trump", "USA", line4)
    beijing = _actor("Beijing", "China", "CHN", line4)
    china = _actor("China", "China", "CHN", TEXT.index("China denied"))
    it = _actor("it", "China", "CHN", TEXT.index("it accused"))
    washington = _actor("Washington", "United States", "USA", line4)
    xi5 = _actor("Xi", "Xi Jinping", "CHN", line5)
    xi6 = _actor("Xi", "Xi Jinping", "CHN", TEXT.index("Xi told"))
    xi7 = _actor("Xi", "Xi Jinping", "CHN", TEXT.index("Xi said."))
    quotes = (
        _quote("the conversation was almost entirely about trade, and that negotiators would meet in London next week",
               "indirect", trump2),
        _quote("We had a tremendous talk about farm purchases,", "direct", trump3),
        _quote("breaking", "partial", trump4),
        _quote("sabotage", "partial", china),
        _quote("faithfully", "partial", xi5),
        _quote("handle the Taiwan issue with great care,", "partial", xi6),
        _quote("Both countries should respect each other’s core interests,", "direct", xi7),
    )
    events = (
        _event("accused", line4, "112", "ACCUSE", trump4, beijing),
        _event("denied", line4, "0214", "REJECT", china, washington),
        _event("accused", TEXT.index("it accused"), "112", "ACCUSE", it, washington),
    )
    doc = Document(id="n" * 64, text=TEXT, published=dt.date(2025, 6, 3), title="A call", source="call.txt")
    actors = (trump2, trump3, trump4, beijing, china, it, washington, xi5, xi6, xi7)
    return Extraction(doc, actors=actors, quotes=quotes, events=events)


EXPECTED_CONTRADICTION = ("Compliance with the London agreement: the US accuses China of breaking it; China says it "
                          "implemented it faithfully and accuses the US of sabotaging it")


def test_contradiction_and_omission_from_the_tables(tmp_path: Path) -> None:
    with Store(tmp_path / "n.duckdb") as store:
        store.write_batch([extraction()])
        narrative = dyad_narrative(store, "USA", "CHN")
    texts = [d.text for d in narrative.discrepancies]
    assert texts[0] == EXPECTED_CONTRADICTION
    taiwan = [d for d in narrative.discrepancies if d.topic == "taiwan"]
    assert len(taiwan) == 1
    assert taiwan[0].text.startswith("Taiwan: raised by China")
    assert "absent from the US account (which says the conversation was almost entirely about trade)" in taiwan[0].text
    us, cn = narrative.sides
    assert us.topics["trade"] and not us.topics["taiwan"] and cn.topics["taiwan"]
    assert narrative.agreement == "the London agreement"
    assert narrative_dict(narrative)["discrepancies"][0]["kind"] == "contradiction"


def test_story_narrative_picks_the_two_sides(tmp_path: Path) -> None:
    with Store(tmp_path / "n.duckdb") as store:
        store.write_batch([extraction()])
        build_stories(store)
        narrative = story_narrative(store, 1)
    assert narrative is not None
    assert {a.side for a in narrative.sides} == {"USA", "CHN"}
    assert any(d.kind == "contradiction" for d in narrative.discrepancies)


def test_clause_windows_stop_at_clause_breaks() -> None:
    anchor = TEXT.index("“breaking”") + 1
    start, end = clause_window(TEXT, anchor, TEXT.index("Trump accused"), anchor + 8)
    assert TEXT[start:end] == "Trump accused Beijing on Monday of “breaking” the London agreement"
    assert side_name("USA") == "the US" and side_name("CHN") == "China"


def test_no_contradiction_without_a_defence(tmp_path: Path) -> None:
    ex = extraction()
    keep = tuple(q for q in ex.quotes if q.content not in {"sabotage", "faithfully"})
    events = tuple(e for e in ex.events if e.trigger != "denied" and e.source.text != "it")
    import dataclasses

    with Store(tmp_path / "n.duckdb") as store:
        store.write_batch([dataclasses.replace(ex, quotes=keep, events=events)])
        narrative = dyad_narrative(store, "USA", "CHN")
    assert not [d for d in narrative.discrepancies if d.kind == "contradiction"]


@pytest.mark.model
def test_pipeline_on_an_original_article_yields_both_discrepancies(tmp_path: Path) -> None:
    import newsevents

    ex = newsevents.extract(TEXT, published="2025-06-03")
    with Store(tmp_path / "m.duckdb") as store:
        store.write_batch([ex])
        narrative = dyad_narrative(store, "USA", "CHN")
    kinds = {(d.kind, d.topic) for d in narrative.discrepancies}
    assert ("contradiction", "compliance") in kinds, [d.text for d in narrative.discrepancies]
    assert ("omission", "taiwan") in kinds, [d.text for d in narrative.discrepancies]
    contradiction = next(d.text for d in narrative.discrepancies if d.kind == "contradiction")
    assert "London agreement" in contradiction


DENIAL_TEXT = (
    "Officials in Lima accused Bolivia on Friday of diverting water from a shared river, the ministry said.\n"
    "“They took what is not theirs,” the Peruvian minister said.\n"
    "Bolivia rejected the charge and accused Peru of blocking the joint survey.\n"
    "“Our engineers followed every rule,” the Bolivian minister said.\n"
)


def test_accusation_and_its_denial(tmp_path: Path) -> None:
    t = DENIAL_TEXT

    def actor(needle: str, name: str, country: str, after: int = 0) -> Actor:
        s = t.index(needle, after)
        return Actor(needle, s, s + len(needle), name, country, "GOV")

    def event(trigger: str, after: int, cameo: str, src: Actor, tgt: Actor) -> Event:
        s = t.index(trigger, after)
        sent = sentence_bounds(t, s)
        return Event(trigger, s, s + len(trigger), sent[0], sent[1], cameo=cameo, root=cameo[:2], source=src,
                     target=tgt)

    lima, bolivia = actor("Officials in Lima", "Peru", "PER"), actor("Bolivia", "Bolivia", "BOL")
    bol2 = actor("Bolivia", "Bolivia", "BOL", t.index("Bolivia rejected"))
    peru = actor("Peru", "Peru", "PER", t.index("accused Peru"))
    q1 = t.index("They took")
    q2 = t.index("Our engineers")
    pm = actor("the Peruvian minister", "Peruvian minister", "PER")
    bm = actor("the Bolivian minister", "Bolivian minister", "BOL")
    quotes = (Quote("They took what is not theirs,", q1, q1 + 29, "direct", speaker=pm),
              Quote("Our engineers followed every rule,", q2, q2 + 34, "direct", speaker=bm))
    events = (event("accused", 0, "112", lima, bolivia), event("rejected", 0, "0214", bol2, peru),
              event("accused", t.index("accused Peru"), "112", bol2, peru))
    doc = Document(id="p" * 64, text=t, published=dt.date(2025, 2, 7))
    with Store(tmp_path / "d.duckdb") as store:
        store.write_batch([Extraction(doc, actors=(lima, bolivia, bol2, peru, pm, bm), quotes=quotes,
                                      events=events)])
        narrative = dyad_narrative(store, "PER", "BOL")
    texts = [d.text for d in narrative.discrepancies if d.kind == "contradiction"]
    assert texts == ["Accusation and denial: Peru accuses Bolivia of diverting water from a shared river; Bolivia "
                     "denies it and accuses Peru of blocking the joint survey"]


def test_sentence_bounds_skip_abbreviations() -> None:
    t = "Washington accused Moscow of holding U.S. citizens as chips. Russia rejects it. Mr. Lee agreed."
    assert t[slice(*sentence_bounds(t, 5))] == "Washington accused Moscow of holding U.S. citizens as chips."
    assert t[slice(*sentence_bounds(t, t.index("Lee")))] == "Mr. Lee agreed."
