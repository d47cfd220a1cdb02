"""Vague and anaphoric references: current, mid-afternoon, that day, later in the day."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from newsevents.stages import times
from newsevents.stages.base import StageContext

PUBLISHED = dt.date(2025, 6, 5)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def found(nlp, text: str) -> list[tuple[str, str, str]]:
    out = times.run(StageContext.for_doc(nlp(text), published=PUBLISHED))
    assert all(text[t.start : t.end] == t.text for t in out)
    return [(t.text, t.type, t.value) for t in out]


def test_current_as_an_adjective_is_the_present(blank):
    assert found(blank, "Under current rules the plan fails.") == [("current", "DATE", "PRESENT_REF")]
    assert found(blank, "The current account deficit widened.") == []
    assert found(blank, "Holders may buy at the then current price.") == [
        ("then current", "DATE", "PAST_REF")
    ]


def test_soon_and_recent_days_follow_the_project_gold(blank):
    assert found(blank, "Talks could soon be arranged.") == []
    assert found(blank, "Officials had signaled in recent days that a call would help.") == [
        ("recent days", "DATE", "PAST_REF")
    ]


def test_mid_afternoon(blank):
    assert found(blank, "By mid-afternoon the square was empty.") == [
        ("mid-afternoon", "TIME", "2025-06-05TAF")
    ]
    assert found(blank, "Shares fell at mid afternoon yesterday.") == [
        ("mid afternoon yesterday", "TIME", "2025-06-04TAF")
    ]


def test_that_day_points_at_the_last_day_named(blank):
    text = "The strike began on May 2. Later that day the port closed. The next morning it reopened."
    out = found(blank, text)
    assert ("Later that day", "DATE", "2025-05-02") in out
    assert ("The next morning", "TIME", "2025-05-03TMO") in out


def test_later_in_the_day_without_a_day_is_the_publication_day(blank):
    assert found(blank, "The minister will speak later in the day.") == [
        ("later in the day", "DATE", "2025-06-05")
    ]


def test_that_day_with_nothing_to_point_at_is_left_out(blank):
    assert found(blank, "It was a great day, and that day will be remembered.") == []
