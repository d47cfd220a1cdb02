"""Calendar arithmetic and TIMEX3 value formatting around a reference date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

PAST, FUTURE, PRESENT = "past", "future", "present"


@dataclass(frozen=True)
class Ref:
    """What a relative expression is resolved against.

    ``dct``: the publication date (None when unknown); ``direction``: the tense of
    the governing verb (past, future, present or None); ``quarter``: the last
    quarter (year, q) the text spoke of, for "the quarter" and "a year earlier";
    ``financial``: the sentence talks of quarters or periods; ``year``: the last
    year written out ("in 1995 ... the following year"); ``multi_quarter``: the
    sentence reports a span of several quarters ("for the nine months"), so "a
    year earlier" is last year rather than last year's quarter.
    """

    dct: dt.date | None
    direction: str | None = None
    quarter: tuple[int, int] | None = None
    financial: bool = False
    year: int | None = None  # the last year the text named outright, for "that year", "the following year"
    multi_quarter: bool = False  # the sentence reports a longer span ("the nine months"), not a quarter
    month: tuple[int, int] | None = None  # the last month named with its date, for "the following month"
    day: dt.date | None = None  # the last day the text resolved, for "that day", "the next morning"


@dataclass(frozen=True)
class Value:
    """A TIMEX3 type, value and optional mod."""

    type: str
    value: str
    mod: str | None = None


def fmt_date(d: dt.date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def fmt_quarter(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_quarters(year: int, q: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (q - 1) + delta
    return index // 4, index % 4 + 1


def weekday_date(dct: dt.date, weekday: int, direction: str | None) -> dt.date:
    """The date of ``weekday`` (1 = Monday) nearest the reference in the given direction.

    Past: the latest such day on or before the reference; future: the earliest on
    or after it; otherwise the past one unless the day is tomorrow (news reports the past).
    """
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if direction == FUTURE:
        return dct + dt.timedelta(days=ahead)
    if direction == PAST or ahead != 1:
        return dct - dt.timedelta(days=back)
    return dct + dt.timedelta(days=ahead)


def month_year(dct: dt.date, month: int, direction: str | None, day: int | None = None) -> int:
    """The year of ``month`` (and ``day``) nearest the reference, leaning the way the tense points.

    News mostly reports the past: without a tense a date up to about four months
    ahead is taken as coming, anything later as last year's; in the present
    tense likewise. In a past-tense sentence only dates
    more than two months ahead move back a year (deadlines a few weeks ahead are
    still this year's); in a future one, dates more than a month behind move on.
    """
    delta = (month - dct.month) + ((day if day is not None else 15) - dct.day) / 31
    if direction == PAST:
        ahead, behind = 2.0, -12.0
    elif direction == FUTURE:
        ahead, behind = 12.0, -1.0
    else:
        ahead, behind = 4.5, -7.5
    if delta > ahead:
        return dct.year - 1
    if delta < behind:
        return dct.year + 1
    return dct.year


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
