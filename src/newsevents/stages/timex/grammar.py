"""Shared regex fragments and word tables for the time-expression rules.

Fragments are plain strings meant to be combined into the compiled patterns of
the rule modules. Month and weekday names must be capitalized (``march`` and
``may`` are also verbs); other words match in any case through ``(?i:...)``.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "overnight": "NI", "tonight": "NI",
}  # fmt: skip

UNITS = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "E", "century": "C",
}  # fmt: skip

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "single": 1,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
VAGUE_NUMBERS = {"few", "several", "some", "many", "couple", "a couple of", "a few", "numerous"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 4, "final": 4,
}  # fmt: skip

# --- regex fragments ------------------------------------------------------------------------

MONTH_RE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=\s))"
)
WEEKDAY_RE = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
)
DAY_NUM_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,]\d)"
_DAY_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",
]  # fmt: skip
# Spoken day numbers, as broadcast transcripts write them: "March eighth", "May twenty-first".
DAY_WORDS = (
    {w: i + 1 for i, w in enumerate(_DAY_ORDINALS)}
    | {
        f"{tens}{sep}{w}": base + i + 1
        for tens, base in (("twenty", 20), ("thirty", 30))
        for sep in ("-", " ")
        for i, w in enumerate(_DAY_ORDINALS[: 9 if base == 20 else 1])
    }
    | {"thirtieth": 30}
)
DAY_WORD_RE = "(?i:" + "|".join(sorted(DAY_WORDS, key=len, reverse=True)) + r")(?![\w-])"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
_NUM_WORDS = "|".join(sorted([*SMALL_NUMBERS, *TENS], key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
NUMBER_RE = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?i:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_NUM_WORDS}"
    r"|a\s+couple\s+of|a\s+few|several|few|some|many|couple\s+of|a\s+hundred|hundreds\s+of|a\s+dozen"
    r"|dozens\s+of|one\s+hundred|a\s+thousand|thousands\s+of))"
)
UNIT_RE = r"(?i:second|minute|hour|day|week|month|quarter|year|decade|century|centurie)"
PLURAL_UNIT_RE = rf"{UNIT_RE}(?i:s)?"
PART_OF_DAY_RE = r"(?i:morning|afternoon|evening|night)"
SEASON_RE = r"(?i:spring|summer|fall|autumn|winter)"


def ci(words: str) -> str:
    """A case-insensitive group over ``a|b|c``."""
    return f"(?i:{words})"


def word_number(text: str) -> int | None:
    """The integer a number phrase spells (``twenty-four``, ``90``, ``a``); None when vague."""
    t = re.sub(r"\s+", " ", text.strip().lower().replace(",", ""))
    if not t:
        return None
    if re.fullmatch(r"\d+", t):
        return int(t)
    if t in SMALL_NUMBERS:
        return SMALL_NUMBERS[t]
    if t in ("a hundred", "one hundred"):
        return 100
    if t in ("a thousand",):
        return 1000
    if t == "a dozen":
        return 12
    if t in ("a couple of", "couple of", "couple"):
        return 2
    parts = re.split(r"[- ]", t)
    if parts[0] in TENS and (len(parts) == 1 or (len(parts) == 2 and parts[1] in SMALL_NUMBERS)):
        return TENS[parts[0]] + (SMALL_NUMBERS[parts[1]] if len(parts) == 2 else 0)
    return None


def month_number(text: str) -> int | None:
    return MONTHS.get(text.lower().rstrip(".").strip())


def weekday_number(text: str) -> int | None:
    return WEEKDAYS.get(text.lower().rstrip(".").strip())
