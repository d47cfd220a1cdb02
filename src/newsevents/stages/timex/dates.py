"""Calendar dates: month-day-year, months, years, decades, centuries, weekdays, today/yesterday."""

from __future__ import annotations

import datetime as dt
import re

from newsevents.stages.timex.calendar import (
    FUTURE,
    PAST,
    Ref,
    Value,
    fmt_date,
    fmt_month,
    fmt_week,
    month_year,
    safe_date,
    weekday_date,
)
from newsevents.stages.timex.grammar import (
    DAY_NUM_RE,
    DAY_WORD_RE,
    DAY_WORDS,
    MONTH_RE,
    PART_OF_DAY_RE,
    PARTS_OF_DAY,
    SEASONS,
    TENS,
    WEEKDAY_RE,
    YEAR_RE,
    month_number,
    weekday_number,
)
from newsevents.stages.timex.rule import DATE_MOD_RE, Rule, date_mod, rule

_B = r"(?<![\w$])"  # not inside a word or an amount
_E = r"(?![\w%])"


def _day(text: str) -> int:
    if not text[0].isdigit():
        return DAY_WORDS[re.sub(r"\s+", " ", text.lower())]
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _week_of(m: re.Match[str], ref: Ref) -> Value | None:
    """'the week of March 6': the ISO week holding that day."""
    day = _full_date(m, ref)
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value):
        return None
    return Value("DATE", fmt_week(dt.date.fromisoformat(day.value)))


def _weekday_set(m: re.Match[str], ref: Ref) -> Value | None:
    """'Mondays', 'Tuesday nights': a weekday that recurs."""
    weekday = weekday_number(m.group("wd"))
    part = (m.group("part") or "").lower().rstrip("s")
    return (
        Value("SET", f"XXXX-WXX-{weekday}" + (f"T{PARTS_OF_DAY[part]}" if part else "")) if weekday else None
    )


_LAST_NEXT = {"last": PAST, "next": FUTURE}


def _full_date(m: re.Match[str], ref: Ref) -> Value | None:
    month = month_number(m.group("month"))
    day = _day(m.group("day"))
    if month is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
    elif ref.dct is not None:
        before = m.string[max(0, m.start() - 6) : m.start()].lower().split()
        direction = _LAST_NEXT.get(before[-1], ref.direction) if before else ref.direction
        year = month_year(ref.dct, month, direction, day)  # "last Oct. 23": the one before
        if before and before[-1] == "last" and dt.date(year, month, min(day, 28)) > ref.dct:
            year -= 1
    else:
        return Value("DATE", f"XXXX-{month:02d}-{day:02d}", date_mod(m))
    d = safe_date(year, month, day)
    return Value("DATE", fmt_date(d), date_mod(m)) if d else None


_RELATIVE_MONTH = {
    "last": PAST,
    "this past": PAST,
    "past": PAST,
    "next": FUTURE,
    "this coming": FUTURE,
    "coming": FUTURE,
}


def _month(m: re.Match[str], ref: Ref) -> Value | None:
    month = month_number(m.group("month"))
    if month is None:
        return None
    word = m.group("month")
    if word.lower() == "may" and not (
        m.group("rel") or m.group("year") or m.group("pmod") or m.group("yrel")
    ):
        before = m.string[max(0, m.start() - 12) : m.start()].lower().split()
        if not before or before[-1] not in (
            "in",
            "since",
            "until",
            "by",
            "of",
            "through",
            "from",
            "during",
            "before",
            "after",
            "to",
            "early",
            "late",
            "mid",
            "last",
            "next",
        ):
            return None
    mod = date_mod(m)
    if m.group("year"):
        return Value("DATE", fmt_month(int(m.group("year")), month), mod)
    if ref.dct is None:
        return Value("DATE", f"XXXX-{month:02d}", mod)
    yrel = (m.group("yrel") or "").lower()
    if yrel:
        delta = -1 if "last" in yrel else 1 if "next" in yrel else 0
        return Value("DATE", fmt_month(ref.dct.year + delta, month), mod)
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()).strip()
    if rel == "this":
        return Value("DATE", fmt_month(ref.dct.year, month), mod)
    if rel in ("last", "this past", "past"):
        year = ref.dct.year if month < ref.dct.month else ref.dct.year - 1
    elif rel in ("next", "this coming", "coming"):
        year = ref.dct.year if month > ref.dct.month else ref.dct.year + 1
    else:
        year = month_year(ref.dct, month, ref.direction)
    return Value("DATE", fmt_month(year, month), mod)


def _year(m: re.Match[str], ref: Ref) -> Value | None:
    return Value("DATE", m.group("year"), date_mod(m))


def _decade(m: re.Match[str], ref: Ref) -> Value | None:
    if m.group("dyear"):
        digits = m.group("dyear")[:3]
    elif m.group("short"):
        digits = "19" + m.group("short")[0]
    else:
        tens = TENS.get(m.group("word").lower().replace("ies", "y"))
        if tens is None:
            return None
        digits = "19" + str(tens // 10)
    return Value("DATE", digits, date_mod(m))


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def _century(m: re.Match[str], ref: Ref) -> Value | None:
    word = m.group("ord").lower()
    n = int(re.match(r"\d+", word).group(0)) if word[0].isdigit() else _CENTURY_WORDS.get(word)  # type: ignore[union-attr]
    if n is None:
        return None
    return Value("DATE", f"{n - 1:02d}", date_mod(m))


_WEEKDAY_REL = {"last": PAST, "this past": PAST, "past": PAST, "previous": PAST, "the previous": PAST,
                "next": FUTURE, "this coming": FUTURE, "coming": FUTURE, "the following": FUTURE, "this": None}  # fmt: skip


def _weekday(m: re.Match[str], ref: Ref) -> Value | None:
    weekday = weekday_number(m.group("wd"))
    if weekday is None:
        return None
    part = (m.group("part") or "").lower()
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    kind = "TIME" if part else "DATE"
    if ref.dct is None:
        return Value(kind, f"XXXX-WXX-{weekday}{suffix}", date_mod(m))
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower()).strip()
    if rel == "this":
        d = ref.dct + dt.timedelta(days=weekday - ref.dct.isoweekday())
    else:
        direction = _WEEKDAY_REL.get(rel, ref.direction)
        d = weekday_date(ref.dct, weekday, direction)
        if rel in ("last", "previous", "the previous", "this past", "past") and d == ref.dct:
            d -= dt.timedelta(days=7)
        if rel in ("next", "the following", "this coming", "coming") and d == ref.dct:
            d += dt.timedelta(days=7)
    return Value(kind, fmt_date(d) + suffix, date_mod(m))


_DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _deictic_day(m: re.Match[str], ref: Ref) -> Value | None:
    word = m.group("word").lower()
    part = (m.group("part") or "").lower()
    if word == "tonight":
        part = "night"
    offset = _DAY_OFFSETS[word]
    if m.group("before"):
        offset += -1 if word == "yesterday" else 1
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    kind = "TIME" if part else "DATE"
    if ref.dct is None:
        return Value(kind, "PRESENT_REF" if offset == 0 and not part else "XXXX-XX-XX" + suffix, date_mod(m))
    return Value(kind, fmt_date(ref.dct + dt.timedelta(days=offset)) + suffix, date_mod(m))


_REL_MONTH_RE = r"(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past)\s+)?"
_WD_REL_RE = r"(?P<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past|the\s+previous|previous|the\s+following)\s+)?"

RULES: list[Rule] = [
    rule(
        "weekday_set",
        rf"{_B}(?P<wd>{WEEKDAY_RE})(?:s|\s+(?P<part>(?i:nights|mornings|afternoons|evenings)))(?!\w)",
        _weekday_set,
        priority=2,
    ),
    rule(
        "week_of",
        rf"{_B}(?i:the\s+week\s+of\s+)(?P<month>{MONTH_RE})\s*(?P<day>{DAY_NUM_RE})(?:,?\s+(?P<year>{YEAR_RE}))?{_E}",
        _week_of,
        priority=1,
    ),
    rule(
        "full_date",
        rf"{_B}{DATE_MOD_RE}(?:{WEEKDAY_RE},?\s+)?(?:(?P<month>{MONTH_RE})\s*(?P<day>{DAY_NUM_RE}|{DAY_WORD_RE})"
        rf"|(?i:the\s+)?(?P<day2>{DAY_NUM_RE})\s+(?:of\s+)?(?P<month2>{MONTH_RE}))"
        rf"(?:,?\s+(?P<year>{YEAR_RE}))?{_E}",
        lambda m, ref: _full_date(_swap(m), ref),
        priority=1,
    ),
    rule(
        "month",
        rf"{_B}{DATE_MOD_RE}{_REL_MONTH_RE}(?P<month>{MONTH_RE})(?!\s*{DAY_NUM_RE})(?:,?\s+(?i:of\s+)?(?P<year>{YEAR_RE})"
        r"|\s+(?P<yrel>(?i:last|this|next)\s+year))?(?![\w])",
        _month,
        priority=2,
    ),
    rule(
        "year",
        rf"{_B}(?:{DATE_MOD_RE}(?i:(?:the\s+)?(?:fiscal|calendar|year)\s+)?(?P<year>{YEAR_RE}))(?![\w%]|,\d|\.\d)",
        _year,
        priority=4,
    ),
    rule(
        "decade",
        rf"{_B}(?i:the\s+)?{DATE_MOD_RE}(?:(?P<dyear>1[5-9]\d0|20[0-9]0)'?s|'(?P<short>\d0)s"
        r"|(?i:nineteen[- ])?(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))(?!\w)",
        _decade,
        priority=2,
    ),
    rule(
        "century",
        rf"{_B}(?i:the\s+)?{DATE_MOD_RE}(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:eighteenth|nineteenth|twentieth|twenty[- ]first))"
        r"[- ](?i:century)(?!\w)",
        _century,
        priority=2,
    ),
    rule(
        "weekday",
        rf"{_B}{DATE_MOD_RE}{_WD_REL_RE}(?P<wd>{WEEKDAY_RE})(?:\s+(?P<part>{PART_OF_DAY_RE}))?(?!\w)",
        _weekday,
        priority=3,
    ),
    rule(
        "deictic_day",
        rf"{_B}{DATE_MOD_RE}(?P<before>(?i:the\s+day\s+(?:before|after)\s+))?"
        rf"(?P<word>(?i:today|tonight|yesterday|tomorrow))(?:\s+(?P<part>{PART_OF_DAY_RE}))?(?!\w)",
        _deictic_day,
        priority=3,
    ),
]


_SPOKEN_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def _spoken_year(m: re.Match[str], ref: Ref) -> Value | None:
    if m.group("thousand"):
        return Value("DATE", f"{2000 + _SPOKEN_UNITS.get((m.group('unit2') or '').lower(), 0)}", None)
    tens = TENS.get(m.group("tens").lower())
    if tens is None:
        return None
    unit = _SPOKEN_UNITS.get((m.group("unit") or "").lower(), 0)
    return Value("DATE", f"{1900 + tens + unit}", None)


def _weekend(m: re.Match[str], ref: Ref) -> Value | None:
    if ref.dct is None:
        return Value("DATE", "XXXX-WXX-WE")
    d = ref.dct
    if ref.direction == PAST and d.isoweekday() < 5:
        d -= dt.timedelta(days=7)
    elif ref.direction == FUTURE and d.isoweekday() > 6:
        d += dt.timedelta(days=7)
    year, week, _ = d.isocalendar()
    return Value("DATE", f"{year:04d}-W{week:02d}-WE")


def _season_year(m: re.Match[str], ref: Ref) -> Value | None:
    season = SEASONS[m.group("season").lower()]
    year = m.group("year")
    if year is None:
        tens = TENS.get(m.group("tens").lower(), 0)
        year = str(1900 + tens + _SPOKEN_UNITS.get((m.group("unit") or "").lower(), 0))
    return Value("DATE", f"{year}-{season}", date_mod(m))


RULES.extend(
    [
        rule(
            "season_year",
            rf"(?<!\w){DATE_MOD_RE}(?i:the\s+)?(?P<season>(?i:spring|summer|fall|autumn|winter))(?:\s+(?i:of))?\s+"
            rf"(?:(?P<year>{YEAR_RE})|(?i:nineteen)[- ](?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
            r"(?:[- ](?P<unit>(?i:one|two|three|four|five|six|seven|eight|nine)))?)(?!\w)",
            _season_year,
            priority=1,
        ),
        rule(
            "spoken_year",
            r"(?<!\w)(?:(?i:nineteen)[- ](?P<tens>(?i:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))"
            r"(?:[- ](?P<unit>(?i:one|two|three|four|five|six|seven|eight|nine)))?"
            r"|(?P<thousand>(?i:the\s+year\s+two\s+thousand))"
            r"(?:\s+(?i:and\s+)?(?P<unit2>(?i:one|two|three|four|five|six|seven|eight|nine)))?)(?!\w)",
            _spoken_year,
            priority=2,
        ),
        rule("weekend", r"(?<!\w)(?i:the\s+weekend)(?!\w)", _weekend, priority=5),
    ]
)


class _Swapped:
    """A match view that reads day-month-year matches as month-day-year."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self.string = m.string

    def group(self, name: str) -> str | None:
        if name in ("month", "day") and self._m.group(name) is None:
            return self._m.group(name + "2")
        return self._m.group(name)

    def groupdict(self) -> dict[str, str | None]:
        return self._m.groupdict()

    def start(self, *a: object) -> int:
        return self._m.start()


def _swap(m: re.Match[str]) -> re.Match[str]:
    return _Swapped(m)  # type: ignore[return-value]
