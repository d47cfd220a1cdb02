"""Calendar helpers behind the TIMEX3 values."""

from __future__ import annotations

import datetime as dt

from newsevents.stages.timex.calendar import FUTURE, PAST, fmt_week, month_year, weekday_date
from newsevents.stages.timex.durations import duration_value
from newsevents.stages.timex.grammar import word_number

THU = dt.date(2025, 6, 5)


def test_weekday_date_directions():
    assert weekday_date(THU, 5, PAST) == dt.date(2025, 5, 30)
    assert weekday_date(THU, 5, FUTURE) == dt.date(2025, 6, 6)
    assert weekday_date(THU, 4, PAST) == THU
    assert weekday_date(THU, 3, None) == dt.date(2025, 6, 4)  # nearest


def test_month_year_leans_with_tense():
    assert month_year(THU, 11, PAST) == 2024
    assert month_year(THU, 11, FUTURE) == 2025
    assert month_year(THU, 7, PAST, 1) == 2025  # a few weeks ahead stays this year
    assert month_year(dt.date(2025, 1, 10), 12, None) == 2024


def test_iso_weeks_and_durations():
    assert fmt_week(THU) == "2025-W23"
    assert fmt_week(dt.date(2021, 1, 2)) == "2020-W53"
    assert duration_value(90, "minute") == "PT90M"
    assert duration_value(2, "decades") == "P20Y"
    assert duration_value(None, "years") == "PXY"


def test_word_numbers():
    assert word_number("twenty-four") == 24
    assert word_number("a") == 1
    assert word_number("several") is None
