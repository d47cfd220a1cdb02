"""Relative periods: last week, this spring, next year, the third quarter, two years ago, year-end."""

from __future__ import annotations

import datetime as dt
import re

from newsevents.stages.timex.calendar import (
    FUTURE,
    PAST,
    Ref,
    Value,
    add_months,
    add_quarters,
    fmt_date,
    fmt_month,
    fmt_quarter,
    fmt_week,
    quarter_of,
)
from newsevents.stages.timex.durations import duration_value
from newsevents.stages.timex.grammar import (
    MONTH_RE,
    NUMBER_RE,
    ORDINALS,
    SEASON_RE,
    SEASON_START,
    SEASONS,
    YEAR_RE,
    month_number,
    word_number,
)
from newsevents.stages.timex.rule import DATE_MOD_RE, Rule, date_mod, rule

_B = r"(?<![\w$-])"

_SHIFT = {
    "last": -1, "past": -1, "previous": -1, "this past": -1, "the past": -1, "the previous": -1, "the last": -1,
    "this": 0, "the current": 0, "current": 0, "the same": 0, "this coming": 1, "next": 1, "the next": 1,
    "coming": 1, "the coming": 1, "the following": 1, "the latest": -1, "latest": -1, "the": 0,
}  # fmt: skip
_DET_RE = (
    r"(?P<det>(?i:this\s+past|this\s+coming|the\s+previous|the\s+current|the\s+same|the\s+coming|the\s+following|that"
    r"|the\s+latest|the\s+past|the\s+last|the\s+next|last|next|this|previous|current|coming|latest|past))\s+"
)


def _det(m: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", (m.group("det") or "").lower())


def _relative_unit(m: re.Match[str], ref: Ref) -> Value | None:
    det = _det(m)
    unit = m.group("unit").lower()
    fiscal = bool(m.group("fiscal"))
    mod = date_mod(m)
    if det in ("that", "the same", "the following", "the previous") and unit == "year":
        if ref.year is None:
            return None  # anaphoric with nothing to point at
        return Value("DATE", f"{ref.year + {'the following': 1, 'the previous': -1}.get(det, 0):04d}", mod)
    if det in ("that", "the same", "the following", "the previous") and unit == "month":
        if ref.month is None:
            return None
        step = {"the following": 1, "the previous": -1}.get(det, 0)
        return Value("DATE", fmt_month(*add_months(*ref.month, step)), mod)
    shift = _SHIFT.get(det)
    if shift is None:
        return None
    if det in ("the past", "the last", "the next", "the coming") and unit in (
        "week",
        "month",
        "decade",
        "century",
    ):
        letter = {"week": "W", "month": "M", "decade": "E", "century": "C"}[unit]
        return Value(
            "DURATION", f"P1{letter}" if letter in "WM" else ("P10Y" if letter == "E" else "P100Y"), mod
        )
    if ref.dct is None:
        return Value(
            "DATE", "PRESENT_REF" if shift == 0 else ("PAST_REF" if shift < 0 else "FUTURE_REF"), mod
        )
    d = ref.dct
    if unit == "week":
        return Value("DATE", fmt_week(d + dt.timedelta(weeks=shift)), mod)
    if unit == "weekend":
        week = fmt_week(d + dt.timedelta(weeks=shift))
        return Value("DATE", f"{week}-WE", mod)
    if unit == "month":
        return Value("DATE", fmt_month(*add_months(d.year, d.month, shift)), mod)
    if unit == "year":
        if fiscal and det == "the":
            shift = 0
        return Value("DATE", f"{d.year + shift:04d}", mod)
    if unit == "quarter":
        if det in ("the latest", "latest"):
            return Value("DATE", fmt_quarter(*add_quarters(*quarter_of(d), -1)), mod)
        return Value("DATE", fmt_quarter(*add_quarters(*quarter_of(d), shift)), mod)
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        start = (d.year // size + shift) * size
        return Value("DATE", str(start)[: 3 if size == 10 else 2], mod)
    season = SEASONS.get(unit)
    if season is None:
        return None
    year = d.year
    current = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        d.month, "FA"
    )
    order = ["WI", "SP", "SU", "FA"]
    if det == "last":
        year -= 1  # "last spring" is last year's spring, even when this year's is over
    elif shift < 0 and order.index(season) >= order.index(current):
        year -= 1
    elif shift > 0 and order.index(season) <= order.index(current):
        year += 1
    return Value("DATE", f"{year:04d}-{season}", mod)


def _quarter(m: re.Match[str], ref: Ref) -> Value | None:
    q_word = (m.group("q") or m.group("q2") or "").lower()
    q = int(m.group("qn")) if m.group("qn") else ORDINALS.get(q_word)
    if q is None or not 1 <= q <= 4:
        return None
    year_text = m.group("year") or m.group("year2") or m.group("year3")
    if year_text:
        return Value("DATE", fmt_quarter(int(year_text), q), date_mod(m))
    if m.group("plural"):
        return Value("SET", f"XXXX-Q{q}", None)
    if ref.dct is None:
        return Value("DATE", f"XXXX-Q{q}", date_mod(m))
    year = ref.dct.year
    yrel = (m.group("yrel") or "").lower()
    if (
        "last" in yrel
        or "year-ago" in yrel
        or "year-earlier" in yrel
        or "year ago" in yrel
        or "prior" in yrel
    ):
        year -= 1
    elif "next" in yrel:
        year += 1
    elif q > quarter_of(ref.dct)[1] and ref.direction == PAST:
        year -= 1
    return Value("DATE", fmt_quarter(year, q), date_mod(m))


def _bare_quarter(m: re.Match[str], ref: Ref) -> Value | None:
    """'the quarter', 'the latest quarter', 'the year-ago quarter': the quarter the text is about."""
    if ref.dct is None:
        return Value("DATE", "XXXX-QX")
    base = ref.quarter or add_quarters(*quarter_of(ref.dct), -1)
    end_month = month_number(m.group("qend") or "")
    if end_month is not None:
        # a quarter ended July 31 ran May to July: the calendar quarter of its middle month
        end_year = ref.dct.year if end_month <= ref.dct.month else ref.dct.year - 1  # it has ended
        mid_year, mid_month = add_months(end_year, end_month, -1)
        base = (mid_year, (mid_month - 1) // 3 + 1)
    if m.group("ago") or m.group("ago2") or m.group("ago3"):
        base = (base[0] - 1, base[1])
    if m.group("qyear"):
        base = (int(m.group("qyear")), base[1])
    if ref.multi_quarter and end_month is None:
        return Value("DATE", f"{base[0]:04d}")  # "nine months ... the 1988 period"
    return Value("DATE", fmt_quarter(*base))


_UNIT_LETTER = {
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "E",
    "quarter": "Q",
    "hour": "H",
    "minute": "M",
}


_SPAN_MODS = {"more than": "MORE_THAN", "less than": "LESS_THAN", "almost": "LESS_THAN", "nearly": "APPROX",
              "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX"}  # fmt: skip


def _ago(m: re.Match[str], ref: Ref) -> Value | None:
    unit = m.group("unit").lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    n = word_number(m.group("num"))
    word = m.group("dir").lower()
    sign = 1 if word in ("later", "from now", "hence", "after") else -1
    approx = (m.group("approx") or "").strip().lower()
    mod = {"more than": "BEFORE", "less than": "AFTER"}.get(approx, "APPROX") if approx else None
    if word in ("earlier", "later") and unit not in ("year", "decade", "century"):
        # "three days later" counts from an event of the story, not from publication: keep the span
        return Value("DURATION", duration_value(n, unit), _SPAN_MODS.get(approx))
    if n is None or ref.dct is None:
        return Value("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod)
    d = ref.dct
    if unit in ("hour", "minute"):
        return Value("TIME", fmt_date(d), mod) if n < 24 else None
    if unit == "day":
        return Value("DATE", fmt_date(d + dt.timedelta(days=sign * n)), mod)
    if unit == "week":
        return Value("DATE", fmt_week(d + dt.timedelta(weeks=sign * n)), mod)
    if unit == "month":
        return Value("DATE", fmt_month(*add_months(d.year, d.month, sign * n)), mod)
    if unit == "quarter":
        return Value("DATE", fmt_quarter(*add_quarters(*quarter_of(d), sign * n)), mod)
    if unit == "year":
        if ref.financial:
            base = ref.quarter or add_quarters(*quarter_of(d), -1)
            return Value("DATE", fmt_quarter(base[0] + sign * n, base[1]), mod)
        return Value("DATE", f"{d.year + sign * n:04d}", mod)
    if unit == "decade":
        return Value("DATE", f"{d.year + sign * 10 * n:04d}"[:3], mod)
    if unit == "century":
        return Value("DATE", f"{d.year + sign * 100 * n:04d}"[:2], mod)
    return None


def _year_end(m: re.Match[str], ref: Ref) -> Value | None:
    if m.group("year"):
        return Value("DATE", m.group("year"), "END")
    if ref.dct is None:
        return Value("DATE", "XXXX", "END")
    det = (m.group("yd") or m.group("yd2") or "").strip().lower()
    shift = {"last": -1, "next": 1}.get(det, 0)
    return Value("DATE", f"{ref.dct.year + shift:04d}", "END")


def _half(m: re.Match[str], ref: Ref) -> Value | None:
    word = (m.group("h") or m.group("h2") or "").lower()
    h = 1 if word.startswith("first") else 2
    if m.group("year"):
        return Value("DATE", f"{m.group('year')}-H{h}")
    if ref.dct is None:
        return Value("DATE", f"XXXX-H{h}")
    year = ref.dct.year
    if h == 2 and ref.dct.month <= 6 and ref.direction == PAST:
        year -= 1
    if ref.direction == FUTURE and h == 1 and ref.dct.month > 6:
        year += 1
    return Value("DATE", f"{year:04d}-H{h}")


def _year_ago_adjective(m: re.Match[str], ref: Ref) -> Value | None:
    """'year-earlier profit', 'the year-ago results': last year, or its quarter in quarterly reports."""
    if ref.dct is None:
        return Value("DATE", "PAST_REF")
    if ref.financial:
        base = ref.quarter or add_quarters(*quarter_of(ref.dct), -1)
        return Value("DATE", fmt_quarter(base[0] - 1, base[1]))
    return Value("DATE", f"{ref.dct.year - 1:04d}")


def _the_year(m: re.Match[str], ref: Ref) -> Value | None:
    """'the full year', 'for the year': the year being reported; 'the year ended March 31': a year long."""
    if m.group("ended") is not None:
        return Value("DURATION", "P1Y")
    if ref.dct is None:
        return Value("DATE", "XXXX")
    return Value("DATE", f"{ref.dct.year:04d}")


def _the_season(m: re.Match[str], ref: Ref) -> Value | None:
    """'the summer', 'the early summer': the latest such season begun by the reference (or the next,
    in a future-tense sentence)."""
    season = SEASONS[m.group("season").lower()]
    if ref.dct is None:
        return Value("DATE", f"XXXX-{season}", date_mod(m))
    start = SEASON_START[season]
    year = ref.dct.year
    begun = ref.dct.month >= start
    if ref.direction == FUTURE and begun and ref.dct.month >= start + 3:
        year += 1
    elif not begun and (ref.direction == PAST or start - ref.dct.month > 3):
        year -= 1  # an untensed season a few months off is the coming one
    return Value("DATE", f"{year:04d}-{season}", date_mod(m))


_QORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th|final)"
_YREL = r"(?P<yrel>(?i:last\s+year's|next\s+year's|this\s+year's|the\s+year-ago|the\s+year-earlier|year-ago|year-earlier|the\s+prior-year|the\s+prior\s+year's)\s+)?"

RULES: list[Rule] = [
    rule(
        "relative_unit",
        rf"{_B}{DATE_MOD_RE}{_DET_RE}(?P<fiscal>(?i:fiscal|calendar)\s+)?"
        rf"(?P<unit>(?i:week|weekend|month|year|quarter|decade|century)|{SEASON_RE})(?![\w-])",
        _relative_unit,
        priority=2,
    ),
    rule(
        "quarter",
        rf"{_B}{DATE_MOD_RE}(?:(?i:the|its|a|their|this)\s+)?{_YREL}(?:(?P<year2>{YEAR_RE})(?:'s)?\s+)?"
        rf"(?i:fiscal[- ])?(?P<q>{_QORD})[- ](?i:fiscal[- ])?(?i:quarter)(?P<plural>(?i:s))?"
        rf"(?:\s+(?i:of\s+)?(?:(?i:fiscal\s+)?(?P<year>{YEAR_RE})))?(?!\w)"
        rf"|{_B}(?i:Q)(?P<qn>[1-4])(?:\s+(?P<year3>{YEAR_RE}))?(?!\w)(?P<q2>)",
        _quarter,
        priority=1,
    ),
    rule(
        "bare_quarter",
        r"(?<!\w)(?i:(?:the\s+(?:latest\s+|same\s+|comparable\s+|corresponding\s+|recent\s+)?|(?P<ago3>last\s+year's\s+))"
        r"(?P<ago>year-ago\s+|year-earlier\s+|prior-year\s+|year\s+earlier\s+)?(?P<qyear>(?:19|20)\d\d\s+)?(?:quarter|period)"
        r"(?P<ago2>\s+(?:(?:of\s+|in\s+)?last\s+year|a\s+year\s+(?:ago|earlier)))?)(?!\w)"
        rf"(?=\s+(?i:ended|ending|that\s+ended|which\s+ended)\s+(?P<qend>{MONTH_RE}))?",
        _bare_quarter,
        priority=2,
    ),
    rule(
        "year_ago",
        r"(?<![\w-])(?i:year-earlier|year-ago|prior-year)(?![\w-])",
        _year_ago_adjective,
        priority=5,
    ),
    rule(
        "ago",
        rf"(?<!\w)(?P<approx>(?i:almost|nearly|some|more\s+than|less\s+than|about|around|roughly)\s+)?(?P<num>{NUMBER_RE})\s+(?P<unit>(?i:days?|weeks?|months?|years?|decades?|centuries|century|quarters?|hours?|minutes?))"
        r"(?:\s+(?i:or\s+so))?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence))(?!\w)",
        _ago,
        priority=1,
    ),
    rule(
        "year_end",
        rf"(?<!\w)(?:(?i:the\s+end\s+of\s+)(?:(?P<year>{YEAR_RE})|(?P<yd>(?i:this|last|next|the))\s+(?i:year))"
        r"|(?P<yd2>(?i:the|this|last|next)\s+)?(?i:year[- ]end|year's\s+end))(?!\w)",
        _year_end,
        priority=2,
    ),
    rule(
        "the_year",
        r"(?i:(?<![\w-])the\s+(?:full|fiscal|current|whole|entire)(?:\s+fiscal)?\s+year"
        r"|(?:(?<=for\s)|(?<=of\s)|(?<=in\s)|(?<=during\s)|(?<=through\s)|(?<=throughout\s))the\s+year)(?![\w-])"
        r"(?!\s+(?i:before|after|earlier|later|that|when|in\s+which|of|\d))"
        rf"(?P<ended>(?=\s+(?i:ended|ending|that\s+ended|which\s+ended|to)\s+(?:{MONTH_RE}|(?i:today|tomorrow))))?",
        _the_year,
        priority=3,
    ),
    rule(
        "the_season",
        rf"(?<![\w-])(?i:the\s+){DATE_MOD_RE}(?P<season>{SEASON_RE})(?![\w-])(?!\s+(?i:of|season|months|\d))",
        _the_season,
        priority=4,
    ),
    rule(
        "half",
        rf"(?<!\w)(?i:the\s+)?(?:(?P<h>(?i:first|second|last))\s+(?i:half)|(?P<h2>(?i:first|last)\s+two\s+quarters))"
        rf"(?:\s+(?i:of\s+)?(?P<year>{YEAR_RE}))?(?!\w)",
        _half,
        priority=3,
    ),
]
