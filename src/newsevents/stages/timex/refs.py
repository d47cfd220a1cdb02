"""Vague references (now, recently, the future) and clock times (3 p.m., noon, this morning)."""

from __future__ import annotations

import datetime as dt
import re

from newsevents.stages.timex.calendar import Ref, Value, fmt_date, month_year, safe_date, weekday_date
from newsevents.stages.timex.grammar import (
    DAY_NUM_RE,
    MONTH_RE,
    PART_OF_DAY_RE,
    PARTS_OF_DAY,
    WEEKDAY_RE,
    month_number,
    weekday_number,
)
from newsevents.stages.timex.rule import Rule, rule

_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present": "PRESENT_REF", "at the moment": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "more recently": "PAST_REF", "until recently": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF", "the coming": "FUTURE_REF",
    "coming": "FUTURE_REF", "the years ahead": "FUTURE_REF", "the days ahead": "FUTURE_REF",
    "the weeks ahead": "FUTURE_REF", "the months ahead": "FUTURE_REF", "the past few": "PAST_REF",
    "past": "PAST_REF", "the last few": "PAST_REF", "recent past": "PAST_REF", "the recent past": "PAST_REF",
    "then current": "PAST_REF", "then-current": "PAST_REF",
}  # fmt: skip


def _ref(m: re.Match[str], ref: Ref) -> Value | None:
    key = re.sub(r"\s+", " ", m.group("w").lower())
    if m.group("unit"):
        key = re.sub(r"\s+(?:days|weeks|months|years|decades|quarters)$", "", key)
    value = _REFS.get(key)
    return Value("DATE", value) if value else None


def _clock(m: re.Match[str], ref: Ref) -> Value | None:
    hour = int(m.group("h")) if m.group("h") else (12 if m.group("noon").lower() in ("noon", "midday") else 0)
    minute = int(m.group("min")) if m.group("min") else 0
    half = (m.group("ampm") or "").lower()
    if hour > 23 or minute > 59:
        return None
    if half.startswith("p") and hour < 12:
        hour += 12
    if half.startswith("a") and hour == 12:
        hour = 0
    day: dt.date | None = ref.dct
    when = (m.group("day") or "").lower()
    if ref.dct is not None and when:
        if when == "yesterday":
            day = ref.dct - dt.timedelta(days=1)
        elif when == "tomorrow":
            day = ref.dct + dt.timedelta(days=1)
        elif weekday_number(when) is not None:
            day = weekday_date(ref.dct, weekday_number(when) or 1, ref.direction)
    if m.group("month") and ref.dct is not None:
        month = month_number(m.group("month")) or 1
        mday = int(re.match(r"\d+", m.group("mday")).group(0))  # type: ignore[union-attr]
        day = safe_date(month_year(ref.dct, month, ref.direction, mday), month, mday)
    prefix = fmt_date(day) if day else "XXXX-XX-XX"
    return Value("TIME", f"{prefix}T{hour:02d}:{minute:02d}", "APPROX" if m.group("approx") else None)


def _part_of_day(m: re.Match[str], ref: Ref) -> Value | None:
    det = m.group("det").lower()
    part = m.group("part").lower()
    if det == "last" and part != "night":
        return None
    day = ref.dct
    if day is not None and (det == "last" or det == "yesterday"):
        day = day - dt.timedelta(days=1)
    elif day is not None and det == "tomorrow":
        day = day + dt.timedelta(days=1)
    prefix = fmt_date(day) if day else "XXXX-XX-XX"
    return Value("TIME", f"{prefix}T{PARTS_OF_DAY[part]}")


def _mid_part(m: re.Match[str], ref: Ref) -> Value | None:
    """'mid-afternoon', 'mid-morning yesterday': the middle of a part of the reference day."""
    offset = {"yesterday": -1, "tomorrow": 1}.get((m.group("day") or "").lower(), 0)
    day = ref.dct + dt.timedelta(days=offset) if ref.dct else None
    prefix = fmt_date(day) if day else "XXXX-XX-XX"
    return Value("TIME", f"{prefix}T{PARTS_OF_DAY[m.group('part').lower()]}", "MID")


_DAY_STEP = {"the following": 1, "the next": 1, "the previous": -1}


def _anaphoric_day(m: re.Match[str], ref: Ref) -> Value | None:
    """'that day', 'the next morning', 'later in the day': the last day the text spoke of."""
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    day = ref.day
    if day is None:
        if det:
            return None  # "that day" with nothing to point at
        day = ref.dct
    if day is None:
        return None
    day += dt.timedelta(days=_DAY_STEP.get(det, 0))
    part = (m.group("part") or m.group("part2") or "day").lower()
    rel = (m.group("rel") or m.group("rel2") or "").strip().lower()
    mod = {"earlier": "START", "later": "END"}.get(rel)
    if part == "day":
        return Value("DATE", fmt_date(day), mod)
    return Value("TIME", f"{fmt_date(day)}T{PARTS_OF_DAY[part]}", mod)


def _overnight(m: re.Match[str], ref: Ref) -> Value | None:
    prefix = fmt_date(ref.dct) if ref.dct else "XXXX-XX-XX"
    return Value("TIME", f"{prefix}TNI")


_AMPM = r"(?P<ampm>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b))"
_ZONE = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|PT|local\s+time))?"

_SPECS = [
    (
        "ref",
        r"(?<![\w-])(?P<w>(?i:right\s+now|just\s+now|now|currently|nowadays|these\s+days|at\s+present"
        r"|at\s+the\s+moment|recently|more\s+recently|until\s+recently|lately|formerly|the\s+near\s+future"
        r"|the\s+(?:near|short|long)\s+term|the\s+future|the\s+recent\s+past|as\s+soon\s+as\s+possible|a\s+later\s+date"
        r"|the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day|quarter|century))"
        r"|(?:recent|coming|the\s+coming|future|the\s+past\s+few|the\s+last\s+few|past)\s+(?P<unit>days|weeks|months|years|decades|quarters)"
        r"|the\s+(?:years|days|weeks|months)\s+ahead"
        r"|(?:then[\s-])?current(?=\s+[a-z])(?!\s+(?:account|assets|liabilit|dollars|yield|coupon|events|issue)))"
        r")(?![\w-])",
        _ref,
        4,
    ),
    (
        "clock",
        rf"(?<![\w:$.])(?P<approx>(?i:around|about|approximately|shortly\s+after|shortly\s+before)\s+)?"
        rf"(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*{_AMPM}|(?P<noon>(?i:noon|midnight|midday)))"
        rf"{_ZONE}(?:,?\s+(?P<day>{WEEKDAY_RE}|(?i:today|yesterday|tomorrow))"
        rf"|,?\s+(?P<month>{MONTH_RE})\s*(?P<mday>{DAY_NUM_RE}))?(?![\w])",
        _clock,
        1,
    ),
    (
        "part_of_day",
        rf"(?<![\w-])(?P<det>(?i:this|last|yesterday|tomorrow|tonight))\s+(?P<part>{PART_OF_DAY_RE})(?!\w)",
        _part_of_day,
        2,
    ),
    ("overnight", r"(?<![\w-])(?i:overnight)(?![\w-])", _overnight, 5),
    (
        "anaphoric_day",
        r"(?<![\w-])(?:(?P<rel>(?i:earlier|later)\s+)?(?P<det>(?i:that\s+same|that|the\s+same|the\s+following"
        r"|the\s+next|the\s+previous))\s+(?P<part>(?i:day|morning|afternoon|evening|night))"
        r"|(?P<rel2>(?i:earlier|later))\s+in\s+the\s+(?P<part2>(?i:day)))(?![\w-])",
        _anaphoric_day,
        2,
    ),
    (
        "mid_part",
        r"(?<![\w-])(?i:mid[- ]?)(?P<part>(?i:morning|afternoon|evening))(?:\s+(?P<day>(?i:yesterday|today|tomorrow)))?"
        r"(?![\w-])",
        _mid_part,
        2,
    ),
]

RULES: list[Rule] = [rule(name, pattern, handle, priority) for name, pattern, handle, priority in _SPECS]
