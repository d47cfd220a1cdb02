"""The times stage: recognition, TIMEX3 normalization against the publication date, and tense."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.stages import times
from newsevents.stages.base import StageContext

PUBLISHED = dt.date(2025, 6, 5)  # a Thursday, ISO week 23


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def found(nlp, text: str, published: dt.date | None = PUBLISHED):
    ctx = StageContext.for_doc(nlp(text), published=published)
    out = times.run(ctx)
    for t in out:
        assert text[t.start : t.end] == t.text
    return {t.text: (t.type, t.value) for t in out}


@pytest.mark.parametrize(
    ("text", "expr", "kind", "value"),
    [
        (
            "The two men last spoke on January 17, days before the inauguration.",
            "January 17",
            "DATE",
            "2025-01-17",
        ),
        ("Sales fell last month.", "last month", "DATE", "2025-05"),
        ("The ministry complained last week about the tariffs.", "last week", "DATE", "2025-W22"),
        ("He repeated the claim this spring in several speeches.", "this spring", "DATE", "2025-SP"),
        (
            "Prices rose by a third in the third quarter of 2024.",
            "the third quarter of 2024",
            "DATE",
            "2024-Q3",
        ),
        ("Growth in Q3 should be slower.", "Q3", "DATE", "2025-Q3"),
        ("The law was written in the 1990s.", "the 1990s", "DATE", "199"),
        ("The plant opened in March 2019 and closed in 2021.", "March 2019", "DATE", "2019-03"),
        ("The plant opened in March 2019 and closed in 2021.", "2021", "DATE", "2021"),
        ("Elections are due next year.", "next year", "DATE", "2026"),
        ("The ban ended two years ago.", "two years ago", "DATE", "2023"),
        ("They agreed a 90-day truce.", "90-day", "DURATION", "P90D"),
        ("After a 90-minute call the leaders spoke to reporters.", "90-minute", "DURATION", "PT90M"),
        ("The talks lasted two years.", "two years", "DURATION", "P2Y"),
        ("The siege lasted more than three weeks.", "more than three weeks", "DURATION", "P3W"),
        ("Output fell over the past six months.", "the past six months", "DURATION", "P6M"),
        ("The feud has simmered for decades.", "decades", "DURATION", "PXE"),
        ("The committee meets every week.", "every week", "SET", "P1W"),
        ("The paper is published weekly.", "weekly", "SET", "P1W"),
        ("Inspections happen every Monday at the port.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Officials had signaled in recent days that a call was near.", "recent days", "DATE", "PAST_REF"),
        ("The two sides are now in talks.", "now", "DATE", "PRESENT_REF"),
        ("The firm recently hired a new chief.", "recently", "DATE", "PAST_REF"),
        ("Markets may recover in the near future.", "the near future", "DATE", "FUTURE_REF"),
        ("The vote took place at 3 p.m. in the capital.", "3 p.m.", "TIME", "2025-06-05T15:00"),
        ("Rockets hit the city this morning.", "this morning", "TIME", "2025-06-05TMO"),
        ("Shops reopened yesterday.", "yesterday", "DATE", "2025-06-04"),
        ("Results arrive by year-end.", "year-end", "DATE", "2025"),
    ],
)
def test_expression_kinds(blank, text, expr, kind, value):
    assert found(blank, text).get(expr) == (kind, value)


def test_without_publication_date_keeps_absolute_and_leaves_relative_open(blank):
    out = found(blank, "The deal signed on May 3, 2021 was renewed last month.", published=None)
    assert out["May 3, 2021"] == ("DATE", "2021-05-03")
    assert out["last month"][1] in ("PAST_REF", "XXXX-XX")


def test_bare_months_do_not_match_verbs(blank):
    out = found(blank, "Protesters may march to the square, they said.")
    assert out == {}


def test_amounts_are_not_years(blank):
    assert "1990" not in found(blank, "They paid $1990 in fees.")
    # "The company cut 2000 jobs ." : a number counting a plural noun is no year
    doc = Doc(Vocab(), words=["The", "company", "cut", "2000", "jobs", "."], spaces=[True] * 4 + [False, False],
              tags=["DT", "NN", "VBD", "CD", "NNS", "."], deps=["det", "nsubj", "ROOT", "nummod", "dobj", "punct"],
              heads=[1, 2, 2, 4, 2, 2], pos=["DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"])  # fmt: skip
    assert times.run(StageContext.for_doc(doc, published=PUBLISHED)) == ()


def _sentence(words, tags, deps, heads, pos):
    return Doc(Vocab(), words=words, spaces=[True] * (len(words) - 2) + [False, False], tags=tags, deps=deps,
               heads=heads, pos=pos)  # fmt: skip


def test_weekday_in_past_sentence_is_the_previous_one():
    # "Xi met Trump on Monday ."  published Thursday 2025-06-05
    doc = _sentence(
        ["Xi", "met", "Trump", "on", "Monday", "."],
        ["NNP", "VBD", "NNP", "IN", "NNP", "."],
        ["nsubj", "ROOT", "dobj", "prep", "pobj", "punct"],
        [1, 1, 1, 1, 3, 1],
        ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
    )
    out = times.run(StageContext.for_doc(doc, published=PUBLISHED))
    assert [(t.text, t.value) for t in out] == [("Monday", "2025-06-02")]


def test_weekday_in_future_sentence_is_the_next_one():
    # "Xi will meet Trump on Monday ."
    doc = _sentence(
        ["Xi", "will", "meet", "Trump", "on", "Monday", "."],
        ["NNP", "MD", "VB", "NNP", "IN", "NNP", "."],
        ["nsubj", "aux", "ROOT", "dobj", "prep", "pobj", "punct"],
        [2, 2, 2, 2, 2, 4, 2],
        ["PROPN", "AUX", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"],
    )
    out = times.run(StageContext.for_doc(doc, published=PUBLISHED))
    assert [(t.text, t.value) for t in out] == [("Monday", "2025-06-09")]


def test_weekday_of_the_publication_day_is_that_day():
    doc = _sentence(
        ["Trump", "emerged", "Thursday", "from", "the", "call", "."],
        ["NNP", "VBD", "NNP", "IN", "DT", "NN", "."],
        ["nsubj", "ROOT", "npadvmod", "prep", "det", "pobj", "punct"],
        [1, 1, 1, 1, 5, 3, 1],
        ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
    )
    out = times.run(StageContext.for_doc(doc, published=PUBLISHED))
    assert [(t.text, t.type, t.value) for t in out] == [("Thursday", "DATE", "2025-06-05")]


def test_month_follows_tense():
    # "The ban will end in November ." vs "The ban ended in November ."  (published June)
    future = _sentence(
        ["The", "ban", "will", "end", "in", "November", "."],
        ["DT", "NN", "MD", "VB", "IN", "NNP", "."],
        ["det", "nsubj", "aux", "ROOT", "prep", "pobj", "punct"],
        [1, 3, 3, 3, 3, 4, 3],
        ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    past = _sentence(
        ["The", "ban", "ended", "in", "November", "."],
        ["DT", "NN", "VBD", "IN", "NNP", "."],
        ["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
        [1, 2, 2, 2, 3, 2],
        ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
    )
    assert times.run(StageContext.for_doc(future, published=PUBLISHED))[0].value == "2025-11"
    assert times.run(StageContext.for_doc(past, published=PUBLISHED))[0].value == "2024-11"


def test_stage_descriptor():
    assert times.STAGE.name == "times"
    assert times.STAGE.assigns == "times"
    assert times.STAGE.run is times.run


@pytest.mark.model
def test_full_sentences_with_the_model():
    from newsevents.nlp.loader import load_pipeline

    nlp = load_pipeline(with_ruler=False)
    text = (
        "The minister said on Tuesday that talks would resume on Monday, after a two-week pause. "
        "Exports fell 4% in the first quarter and have dropped every month since January."
    )
    out = found(nlp, text)
    assert out["Tuesday"] == ("DATE", "2025-06-03")
    assert out["Monday"] == ("DATE", "2025-06-09")
    assert out["two-week"] == ("DURATION", "P2W")
    assert out["the first quarter"] == ("DATE", "2025-Q1")
    assert out["every month"] == ("SET", "P1M")
    assert out["January"] == ("DATE", "2025-01")


def test_quarter_context_carries_to_year_ago_comparisons(blank):
    text = (
        "Acme said profit in the quarter ended Sept. 30 rose 12%. "
        "Revenue was $40 million, up from $35 million a year earlier."
    )
    out = found(blank, text, published=dt.date(2025, 10, 20))
    assert out["the quarter"] == ("DATE", "2025-Q3")
    assert out["a year earlier"] == ("DATE", "2024-Q3")


def test_anaphoric_years_follow_the_last_year_named(blank):
    out = found(blank, "The mine closed in 2011, and the following year the town lost its school.")
    assert out["2011"] == ("DATE", "2011")
    assert out["the following year"] == ("DATE", "2012")
    assert "that year" not in found(blank, "Nothing happened that year.")  # nothing to point at


def test_explicit_last_and_next_months(blank):
    out = found(blank, "Talks stalled last December and resume next March.")
    assert out["last December"] == ("DATE", "2024-12")
    assert out["next March"] == ("DATE", "2026-03")


def test_clock_time_with_a_date_and_sentence_final_period(blank):
    out = found(blank, "The offer runs until 5 p.m. EST Nov. 9. Shares rose at 10 a.m. Trading was calm.")
    assert out["5 p.m. EST Nov. 9"] == ("TIME", "2025-11-09T17:00")
    assert out["10 a.m"] == ("TIME", "2025-06-05T10:00")


def test_ages_are_not_durations(blank):
    assert found(blank, "Mr. Smith, 52 years old, will retire.") == {}


def test_verb_last_and_future_one_day(blank):
    out = found(blank, "The truce would last 60 days. Islam will one day be a major faith here.")
    assert out["60 days"] == ("DURATION", "P60D")
    assert out["one day"] == ("DATE", "FUTURE_REF")


def test_season_of_a_year(blank):
    assert found(blank, "Elections are set for the spring of 2026.")["the spring of 2026"] == (
        "DATE",
        "2026-SP",
    )
