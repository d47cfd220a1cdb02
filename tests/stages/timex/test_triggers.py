"""Triggers and prefilters only skip paragraphs where a rule's pattern finds nothing."""

from __future__ import annotations

import pytest

from newsevents.stages.timex.recognizer import RULES, find_candidates
from newsevents.stages.timex.triggers import ALL_TRIGGERS, PREFILTERS, paragraphs, trigger_paragraphs

TEXTS = [
    "The talks lasted 90 days.\nHe will stay for another two and a half weeks or so.",
    "It was a 10-year-long fight, settled at 3 p.m. Tuesday, March 4, 1996, and again at noon.",
    "Sales rose 5 percent a year in the third quarter of 1988; the year-ago quarter was weak.",
    "In the 1990s and the Seventies, prices rose daily.\n\nEvery Monday the board met.",
    "Recently the company said that same day it would report results in the coming weeks.",
    "THE DEAL CLOSED LAST WEEK, THREE MONTHS AGO IT STALLED AT MIDNIGHT ON DEC. 1.",
    "Two\tdays\u00a0later, the year-end figures came; the full fiscal year ended Sept. 30.",
    "Odd case: it lasted ten dayſ, and mİnutes later it was over.",
    "Nothing to see here.",
    "",
]


def _naive(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every match of every rule, paragraph by paragraph, without triggers or prefilters."""
    out = []
    for start, end, _ in paragraphs(text):
        for r in RULES:
            out.extend((r.name, m.span()) for m in r.pattern.finditer(text, start, end))
    return sorted(out)


@pytest.mark.parametrize("text", TEXTS)
def test_trigger_paragraphs_are_the_paragraphs_holding_each_trigger(text: str) -> None:
    paras = paragraphs(text)
    found = trigger_paragraphs(paras)
    for t in ALL_TRIGGERS:
        assert found.get(t, set()) == {k for k, (_, _, lower) in enumerate(paras) if t in lower}


@pytest.mark.parametrize("text", TEXTS)
def test_prefilters_never_hide_a_match(text: str) -> None:
    for start, end, lower in paragraphs(text):
        for r in RULES:
            if r.name not in PREFILTERS or not r.pattern.search(text, start, end):
                continue
            on_lower, stages = PREFILTERS[r.name]
            if on_lower and any(c in text for c in "\u0130\u0131\u017f"):
                continue  # the lower-case prefilters are not used on such texts
            assert all(p.search(lower) if on_lower else p.search(text, start, end) for p in stages), r.name


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_are_the_triggered_matches(text: str) -> None:
    got = {(c.rule.name, c.match.span()) for c in find_candidates(text)}
    assert got <= set(_naive(text))
