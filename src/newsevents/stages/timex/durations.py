"""Durations (two years, 90-day, the past three months) and sets (every week, daily)."""

from __future__ import annotations

import re
from fractions import Fraction

from newsevents.stages.timex.calendar import Ref, Value
from newsevents.stages.timex.grammar import (
    MONTH_RE,
    NUMBER_RE,
    WEEKDAY_RE,
    month_number,
    weekday_number,
    word_number,
)
from newsevents.stages.timex.rule import DURATION_MOD_RE, Rule, duration_mod, rule

_LETTERS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "month": ("M", False), "quarter": ("Q", False),
    "year": ("Y", False), "decade": ("E", False), "century": ("C", False), "centurie": ("C", False),
    "weekend": ("D", False),
}  # fmt: skip


def _unit_key(text: str) -> str:
    u = text.lower()
    if u.endswith("ies"):
        return "century"
    return u[:-1] if u.endswith("s") and u[:-1] in _LETTERS else u


def duration_value(n: Fraction | int | None, unit: str) -> str:
    """P<n><U> (PT<n><U> for clock units); decades as years, centuries as 100 years, quarters as months."""
    key = _unit_key(unit)
    letter, clock = _LETTERS[key]
    if n is None:
        amount = "X"
    else:
        if key in ("decade",):
            n, letter = n * 10, "Y"
        elif key in ("century", "centurie"):
            n, letter = n * 100, "Y"
        elif key == "quarter":
            n, letter = n * 3, "M"
        elif key == "weekend":
            n = n * 2
        if isinstance(n, Fraction) and n.denominator != 1:
            whole = int(n)
            rest = n - whole
            sub = {
                "Y": ("M", 12),
                "D": ("H", 24),
                "H": ("M", 60),
                "M": ("D", 30) if not clock else ("S", 60),
                "W": ("D", 7),
            }
            if letter in sub and (rest * sub[letter][1]).denominator == 1:
                small, factor = sub[letter]
                if letter == "Y" or (letter == "M" and not clock) or letter == "W":
                    return (
                        f"P{whole}{letter}{int(rest * factor)}{small}"
                        if whole
                        else f"P{int(rest * factor)}{small}"
                    )
                return (
                    f"PT{whole}{letter}{int(rest * factor)}{small}"
                    if whole
                    else f"PT{int(rest * factor)}{small}"
                )
            amount = str(float(n))
        else:
            amount = str(int(n))
    return f"PT{amount}{letter}" if clock else f"P{amount}{letter}"


def _number(text: str) -> Fraction | int | None:
    t = text.strip().lower().replace(",", "")
    m = re.fullmatch(r"(\d+)\s+(\d)/(\d)", t)
    if m:
        return int(m.group(1)) + Fraction(int(m.group(2)), int(m.group(3)))
    if re.fullmatch(r"\d+\.\d+", t):
        return Fraction(t)
    return word_number(t)


_MODAL_BEFORE = re.compile(r"(?i)\b(?:will|would|could|might|may|can|should|must|'ll)\s+$")


_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?\d{4}\b)")


def _duration(m: re.Match[str], ref: Ref) -> Value | None:
    num = m.group("num")
    if m.group(0).lower() in ("one day", "some day") and _MODAL_BEFORE.search(
        m.string[max(0, m.start() - 12) : m.start()]
    ):
        return Value("DATE", "FUTURE_REF")  # "will one day be"
    n = _number(num) if num else 1
    unit = m.group("unit")
    share = unit.lower() == "quarter" or (unit.lower() == "quarters" and n == 3)
    if share and _FRACTION_OF.match(m.string, m.end()):
        return None  # "more than a quarter of the market" is a share, not three months
    if _unit_key(unit) == "second" and (n == 1 and not (num or "").strip()[:1].isdigit()):
        return None  # "a second" is an ordinal far more often than a duration
    if num and num.strip().lower() in ("a", "an", "one") and m.group("half"):
        n = Fraction(3, 2)
    elif n is not None and m.group("half"):
        n = Fraction(n) + Fraction(1, 2)
    if n is not None and n >= 1000 and _unit_key(unit) in ("quarter", "year", "month"):
        return None  # "the 1988 quarter" is a date
    mod = duration_mod(m)
    if m.group("approx"):
        mod = "APPROX"
    return Value("DURATION", duration_value(n, unit), mod)


def _adjectival(m: re.Match[str], ref: Ref) -> Value | None:
    num = m.groupdict().get("num")
    n = _number(num) if num else 1
    if n is None:
        return Value("DURATION", duration_value(None, m.group("unit")))
    return Value("DURATION", duration_value(n, m.group("unit")))


def _vague(m: re.Match[str], ref: Ref) -> Value | None:
    return Value("DURATION", duration_value(None, m.group("unit")))


_SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W", "semiannually": "P6M",
}  # fmt: skip


def _set_word(m: re.Match[str], ref: Ref) -> Value | None:
    return Value("SET", _SET_WORDS[m.group("w").lower()])


def _every(m: re.Match[str], ref: Ref) -> Value | None:
    target = m.group("what")
    n = 2 if m.group("other") else 1
    if m.group("num"):
        n = _number(m.group("num")) or n
    wd = weekday_number(target.rstrip("s"))
    if wd is not None:
        return Value("SET", f"XXXX-WXX-{wd}")
    month = month_number(target)
    if month is not None and target[0].isupper():
        return Value("SET", f"XXXX-{month:02d}")
    key = _unit_key(target)
    if key not in _LETTERS:
        return None
    return Value("SET", duration_value(n, key))


_UNITS = r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century)"
_ADJ_UNITS = r"(?i:second|minute|hour|day|night|week|month|quarter|year|decade|century)"

RULES: list[Rule] = [
    rule(
        "duration",
        rf"(?<![\w$-]){DURATION_MOD_RE}(?:(?i:the|another|an\s+additional|additional)\s+)?"
        r"(?:(?i:past|last|next|first|coming|previous|latest|final|following|recent|initial|remaining|same"
        r"|year-earlier|year-ago|comparable|corresponding)\s+)?"
        rf"(?P<num>{NUMBER_RE})(?P<half>\s+(?i:and\s+a\s+half))?"
        r"(?:\s+(?i:more|additional|straight|consecutive|full|trading|business|calendar|long))?"
        rf"\s+(?P<unit>{_UNITS})(?P<approx>\s+(?i:or\s+so))?(?![\w-])(?!\s+(?i:old|of\s+age)\b)",
        _duration,
        priority=3,
    ),
    rule(
        "adjectival_duration",
        rf"(?<![\w$-])(?P<num>{NUMBER_RE})-(?P<unit>{_ADJ_UNITS})(?:-(?i:long))?(?![\w-])",
        _adjectival,
        priority=4,
    ),
    rule(
        "long_adjective",
        r"(?<![\w-])(?P<unit>(?i:day|week|month|year|decade|hour))(?:s)?-?(?i:long)(?!\w)",
        _adjectival,
        priority=4,
    ),
    rule(
        "vague_plural",
        r"(?<!\w)(?i:for|over|in|within|during|after|take|takes|took|last|lasted)\s+"
        r"(?P<t>(?:(?i:the\s+)?(?:(?i:past|last|next|coming)\s+))?(?P<unit>(?i:years|months|weeks|days|decades|hours|centuries|minutes)))(?!\w)",
        _vague,
        priority=6,
    ),
    rule(
        "set_word",
        r"(?<![\w-])(?P<w>(?i:daily|nightly|weekly|monthly|yearly|hourly|biweekly))(?!\w)",
        _set_word,
        priority=3,
    ),
    rule(
        "every",
        rf"(?<!\w)(?i:every|each|per)\s+(?P<other>(?i:other)\s+)?(?:(?P<num>{NUMBER_RE})\s+)?"
        rf"(?P<what>{_UNITS}|{WEEKDAY_RE}s?|{MONTH_RE})(?![\w-])",
        _every,
        priority=2,
    ),
    rule(
        "rate",
        r"(?<=[\d%])(?:\s+(?:(?i:dollars|cents|percent|pounds|yen|marks|francs|billion|million|barrels|tons|shares|points|people)))?"
        r"\s+(?P<t>(?i:a|an)\s+(?P<what>(?i:year|month|week|day|hour|quarter)))(?![\w-])(?P<other>)(?P<num>)",
        _every,
        priority=2,
    ),
]
