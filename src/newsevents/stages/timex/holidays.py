"""Named days: fixed holidays (Christmas), movable ones (Easter, Thanksgiving, US Election Day)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from newsevents.stages.timex.calendar import FUTURE, PAST, Ref, Value, fmt_date, fmt_week, month_year
from newsevents.stages.timex.grammar import YEAR_RE
from newsevents.stages.timex.rule import DATE_MOD_RE, Rule, date_mod, rule

_FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "boxing day": (12, 26), "veterans day": (11, 11), "armistice day": (11, 11), "may day": (5, 1),
}  # fmt: skip


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    return dt.date(year, month, (h + el - 7 * m + 114) % 31 + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; n = -1 for the last one."""
    if n < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)


_MOVABLE: dict[str, Callable[[int], dt.date]] = {
    "easter": easter, "easter sunday": easter, "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "election day": _election_day, "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
}  # fmt: skip


def _date_in(name: str, year: int) -> dt.date | None:
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in _MOVABLE:
        return _MOVABLE[name](year)
    return None


def _holiday(m: re.Match[str], ref: Ref) -> Value | None:
    name = re.sub(r"\s+", " ", m.group("name").lower().replace("’", "'"))
    week = name.endswith(" week")
    name = name.removesuffix(" week")
    if m.group("year"):
        day = _date_in(name, int(m.group("year")))
    elif ref.dct is not None:
        # the occurrence nearest the reference, leaning the way "last"/"next" or the tense points
        day = _date_in(name, ref.dct.year)
        if day is not None:
            hrel = (m.group("hrel") or "").strip().lower()
            direction = {"last": PAST, "next": FUTURE}.get(hrel, ref.direction)
            day = _date_in(name, month_year(ref.dct, day.month, direction, day.day))
    else:
        return None
    if day is None:
        return None
    return Value("DATE", fmt_week(day) if week else fmt_date(day), date_mod(m))


_NAMES = (
    r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year[’']s\s+(?:Day|Eve)|Independence\s+Day|Thanksgiving(?:\s+Day)?"
    r"|Halloween|Valentine[’']s\s+Day|Boxing\s+Day|Veterans\s+Day|Armistice\s+Day|May\s+Day"
    r"|Easter(?:\s+(?:Sunday|Monday|week))?|Good\s+Friday|Election\s+Day|Memorial\s+Day|Labor\s+Day"
)

RULES: list[Rule] = [
    rule(
        "holiday",
        rf"(?<!\w){DATE_MOD_RE}(?P<hrel>(?i:last|next|this)\s+)?(?P<name>{_NAMES})"
        rf"(?:,?\s+(?P<year>{YEAR_RE}))?(?!\w)",
        _holiday,
        priority=3,
    ),
]
