"""Reporting periods: the (full) year, seasons, quarter memory, spans counted from a story event."""

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


def found(nlp, text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, str]]:
    out = times.run(StageContext.for_doc(nlp(text), published=published))
    assert all(text[t.start : t.end] == t.text for t in out)
    return [(t.text, t.type, t.value) for t in out]


def test_the_reporting_year_and_a_year_ending_on_a_date(blank):
    assert found(blank, "Sales for the full year rose 4%.") == [("the full year", "DATE", "2025")]
    assert found(blank, "Net income for the year ended March 31 doubled.")[0] == (
        "the year",
        "DURATION",
        "P1Y",
    )
    assert found(blank, "Profit was lower in the fiscal year.") == [("the fiscal year", "DATE", "2025")]


def test_the_year_before_and_the_year_of_birth_are_not_dates(blank):
    assert found(blank, "Exports fell from the year before.") == []
    assert found(blank, "She was named person of the year.")[0][2] == "2025"  # "of the year" is this year
    assert found(blank, "The year was hard.") == []


def test_a_season_with_the_is_the_latest_one(blank):
    autumn = dt.date(2025, 10, 1)
    assert found(blank, "Output slowed over the summer.", autumn) == [("the summer", "DATE", "2025-SU")]
    assert found(blank, "Demand peaked in the winter.") == [("the winter", "DATE", "2024-WI")]
    assert found(blank, "Talks may resume in the summer.", dt.date(2025, 4, 1)) == [
        ("the summer", "DATE", "2025-SU")
    ]


def test_nine_month_results_compare_with_last_year(blank):
    text = "For the nine months, net rose to $9 million from $7 million a year earlier."
    assert ("a year earlier", "DATE", "2024") in found(blank, text)


def test_quarter_results_compare_with_the_same_quarter(blank):
    text = "In the first quarter, net rose to $5 million from $4 million a year earlier."
    assert ("a year earlier", "DATE", "2024-Q1") in found(blank, text)


def test_a_forecast_quarter_does_not_become_the_reported_one(blank):
    text = (
        "Profit rose in the first quarter.\n"
        "The company expects a loss in the fourth quarter.\n"
        "Quarterly revenue was $3 million, up from $2 million a year earlier."
    )
    assert ("a year earlier", "DATE", "2024-Q1") in found(blank, text)


def test_the_following_month_counts_from_the_month_named(blank):
    text = "Talks began in March 2024. The following month they collapsed."
    assert ("The following month", "DATE", "2024-04") in found(blank, text)


def test_days_later_is_a_span_from_a_story_event(blank):
    assert found(blank, "Three days later, the envoy returned.") == [("Three days later", "DURATION", "P3D")]
    assert found(blank, "The ban ended two years ago.") == [("two years ago", "DATE", "2023")]


def test_a_quarter_ended_off_calendar_is_the_calendar_quarter_it_mostly_covers(blank):
    text = "In the quarter ended July 31, net rose 4%."
    assert ("the quarter", "DATE", "2024-Q2") in found(blank, text)
