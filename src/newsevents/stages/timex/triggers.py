"""Cheap tests that decide which paragraphs a rule's pattern needs to run on.

A rule runs on a paragraph only when the paragraph holds one of its trigger strings
(``TRIGGERS``) and, for the rules listed in ``PREFILTERS``, when each prefilter finds
something: a prefilter is a necessary condition for a match, far cheaper than the
rule's own pattern, so skipping on it never changes what is found.
"""

from __future__ import annotations

import bisect
import re

from newsevents.stages.timex.grammar import MONTH_RE, WEEKDAY_RE, YEAR_RE

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNITS = ("second", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "centur")
# Lower-case strings at least one of which a paragraph must contain for a rule to run on it:
# a plain substring test is far cheaper than a regex scan, and most rules fire on few paragraphs.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "full_date": _MONTHS, "month": _MONTHS, "week_of": ("week of",), "year": ("16", "17", "18", "19", "20"), "decade": ("0s", "ties"),
    "century": ("century",), "weekday": ("day",), "weekday_set": ("days", "day nights", "day mornings", "day afternoons", "day evenings"), "deictic_day": ("today", "tonight", "yesterday", "tomorrow"),
    "holiday": ("christmas", "new year", "independence", "thanksgiving", "halloween", "valentine", "easter",
                "good friday", " day"),
    "spoken_year": ("nineteen", "thousand"),
    "season_year": ("spring", "summer", "fall", "autumn", "winter"), "weekend": ("weekend",),
    "relative_unit": ("week", "month", "year", "quarter", "decade", "century", "spring", "summer", "fall",
                      "autumn", "winter"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"), "bare_quarter": ("quarter", "period"), "year_ago": ("year-",),
    "ago": ("ago", "earlier", "later", "from now", "hence"), "year_end": ("end",), "half": ("half",), "the_year": ("year",), "the_season": ("spring", "summer", "fall", "autumn", "winter"),
    "duration": _UNITS, "adjectival_duration": _UNITS, "long_adjective": ("long",),
    "vague_plural": _UNITS, "set_word": ("ly",), "every": ("every", "each", "per"), "rate": (" a ", " an "),
    "ref": ("now", "current", "recent", "lately", "formerly", "future", "term", "past", "possible", "later date",
            "coming", "ahead", "these days", "present", "moment"),
    "clock": ("a.m", "p.m", "am", "pm", "noon", "midnight", "midday"),
    "part_of_day": ("morning", "afternoon", "evening", "night"), "overnight": ("overnight",), "mid_part": ("mid",), "anaphoric_day": (" day", "morning", "afternoon", "evening", "night"),
}  # fmt: skip

TRIGGER_SETS: dict[str, frozenset[str]] = {name: frozenset(ts) for name, ts in TRIGGERS.items()}
ALL_TRIGGERS: frozenset[str] = frozenset().union(*TRIGGER_SETS.values())


def _parent(trigger: str) -> str | None:
    """The longest other trigger inside ``trigger``: only paragraphs holding it can hold ``trigger``."""
    inside = sorted(t for t in ALL_TRIGGERS if t != trigger and t in trigger)
    return max(inside, key=len) if inside else None


# Every trigger with its parent, shortest first, so that a parent's paragraphs are known before its children's.
_SCAN_ORDER: tuple[tuple[str, str | None], ...] = tuple(
    (t, _parent(t)) for t in sorted(ALL_TRIGGERS, key=lambda t: (len(t), t))
)

_UNIT_STEMS = r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur)"
# What ends a duration's number or the modifier between number and unit ("90", "ten", "a few", "straight").
_NUMBER_ENDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|zero|a|an|single|of|few|several"
    "|some|many|dozen|hundred|thousand|half|more|additional|straight|consecutive|full|trading|business|calendar"
    "|long"
)
# "<number-end>\s+<unit>" matched from the first blank on, which the regex engine can scan for; the words
# before the blank are checked by fixed-width lookbehinds.
_AFTER_NUMBER = "|".join(rf"(?<={end}\s)" for end in (r"\d", *_NUMBER_ENDS.split("|")))
_NUMBER_UNIT = rf"\s(?=\s*{_UNIT_STEMS})(?:{_AFTER_NUMBER})"
_MONTH_START = re.compile(
    r"[JFMASOND](?:an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|AN|EB|AR|PR|AY|UN|UL|UG|EP|CT|OV|EC)"
)
_RELATIVE = r"(?:week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)"
_AGO_UNITS = r"(?:days?|weeks?|months?|years?|decades?|centuries|century|quarters?|hours?|minutes?)"
# (True, ps): patterns searched in the lower-cased paragraph; (False, ps): in the text itself. A cheap
# first pattern (one whose first character the regex engine can scan for) guards a stronger second.
PREFILTERS: dict[str, tuple[bool, tuple[re.Pattern[str], ...]]] = {
    "duration": (True, (re.compile(rf"\s{_UNIT_STEMS}"), re.compile(_NUMBER_UNIT))),
    "adjectival_duration": (True, (re.compile(rf"-{_UNIT_STEMS}"),)),
    "vague_plural": (True, (re.compile(r"\s(?:years|months|weeks|days|decades|hours|centuries|minutes)"),)),
    "clock": (True, (re.compile(r"[\dmn](?:(?<=\d)(?::[0-5]\d)?\s*(?:a\.m|p\.m|am|pm)|(?<=n)oon|(?<=m)id(?:night|day))"),)),
    "relative_unit": (True, (re.compile(rf"\s{_RELATIVE}"), re.compile(
        r"(?:past|coming|previous|current|same|following|that|latest|last|next|this)\s+(?:(?:fiscal|calendar)\s+)?"
        + _RELATIVE
    ))),
    "set_word": (True, (re.compile(r"daily|nightly|weekly|monthly|yearly|hourly"),)),
    "rate": (True, (re.compile(r"\s(?:a|an)\s+(?:year|month|week|day|hour|quarter)"),)),
    "full_date": (False, (_MONTH_START, re.compile(MONTH_RE))),
    "month": (False, (_MONTH_START, re.compile(MONTH_RE))),
    "weekday": (False, (re.compile(WEEKDAY_RE),)),
    "year": (False, (re.compile(YEAR_RE),)),
    "decade": (True, (re.compile(r"\d0'?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties"),)),
    "ago": (True, (re.compile(rf"{_AGO_UNITS}(?:\s+or\s+so)?\s+(?:ago|earlier|later|from|hence)"),)),
    "anaphoric_day": (True, (re.compile(
        r"(?:that|same|following|next|previous)\s+(?:day|morning|afternoon|evening|night)|(?:earlier|later)\s+in\s+the\s+day"
    ),)),
    "the_year": (True, (re.compile(r"the\s+(?:(?:full|fiscal|current|whole|entire)(?:\s+fiscal)?\s+)?year"),)),
    "every": (True, (re.compile(r"(?:every|each|per)\s"),)),
    "year_end": (True, (re.compile(r"the\s+end\s+of\s|year[- ]end|year's\s+end"),)),
}  # fmt: skip
# Characters that case-insensitive patterns match to ASCII letters but ``str.lower`` does not map to them:
# a text holding one skips the lower-case prefilters.
ODD_CASE = ("\u0130", "\u0131", "\u017f")


def paragraphs(text: str) -> list[tuple[int, int, str]]:
    """The non-empty lines of ``text``: start, end and lower-cased text."""
    out = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end > start:
            out.append((start, end, text[start:end].lower()))
        start = end + 1
    return out


def trigger_paragraphs(paras: list[tuple[int, int, str]]) -> dict[str, set[int]]:
    """For each trigger string, the indices of the paragraphs whose lower-cased text contains it."""
    lowers = [lower for _, _, lower in paras]
    joined = "\n".join(lowers)  # no trigger holds a newline, so no hit spans two paragraphs
    starts = []
    at = 0
    for lower in lowers:
        starts.append(at)
        at += len(lower) + 1
    out: dict[str, set[int]] = {}
    for t, parent in _SCAN_ORDER:
        if parent is not None:
            out[t] = {k for k in out[parent] if t in lowers[k]}
            continue
        i = joined.find(t)
        hits = out[t] = set()
        while i >= 0:
            k = bisect.bisect_right(starts, i) - 1
            hits.add(k)
            if k + 1 == len(starts):
                break
            i = joined.find(t, starts[k + 1])
    return out
