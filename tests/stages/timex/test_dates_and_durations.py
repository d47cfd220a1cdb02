"""Dates written with "last", and quarters that are shares rather than spans."""

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
    return [(t.text, t.type, t.value) for t in out]


def test_last_with_a_full_date_is_the_previous_one(blank):
    assert found(blank, "He was shot last Oct. 23 at his home.") == [("Oct. 23", "DATE", "2024-10-23")]
    assert found(blank, "The plant closed last October.") == [("last October", "DATE", "2024-10")]


def test_a_quarter_of_something_is_a_share(blank):
    assert found(blank, "The fund holds more than a quarter of the market.") == []
    assert found(blank, "It returned to profit after several quarters of losses.") == [
        ("several quarters", "DURATION", "PXQ")
    ]
    assert found(blank, "The talks lasted a quarter.") == [("a quarter", "DURATION", "P3M")]


def test_spoken_day_numbers(blank):
    assert found(blank, "The rally is on Sunday, March eighth.") == [
        ("Sunday, March eighth", "DATE", "2025-03-08")
    ]
    assert found(blank, "It opened May twenty-first.") == [("May twenty-first", "DATE", "2025-05-21")]


def test_movable_and_fixed_holidays(blank):
    assert found(blank, "Voters go to the polls on Election Day 2024.") == [
        ("Election Day 2024", "DATE", "2024-11-05")
    ]
    assert found(blank, "Pilgrims gathered as Easter week began.") == [("Easter week", "DATE", "2025-W16")]
    assert found(blank, "The shops close on Christmas Day.")[0][2] == "2024-12-25"
    assert found(blank, "Talks resume after Labor Day, 2025.") == [("Labor Day, 2025", "DATE", "2025-09-01")]


def test_the_week_of_a_date(blank):
    assert found(blank, "A hearing is set for the week of March 6.") == [
        ("the week of March 6", "DATE", "2025-W10")
    ]


def test_plural_weekdays_recur(blank):
    assert found(blank, "Flights leave on Tuesday nights.") == [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    assert found(blank, "The market is closed on Sundays.") == [("Sundays", "SET", "XXXX-WXX-7")]
