"""A recognition rule: a compiled pattern and the function that normalizes its matches."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsevents.stages.timex.calendar import Ref, Value

Handler = Callable[[re.Match[str], Ref], Value | None]

# Modifiers written before a date ("early", "the end of") and the TIMEX3 mod they give.
DATE_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "late": "END", "later": "END", "the end of": "END", "mid": "MID", "mid-": "MID",
    "the middle of": "MID", "around": "APPROX", "about": "APPROX",
}  # fmt: skip
DATE_MOD_RE = (
    r"(?P<pmod>(?i:(?:the\s+)?(?:beginning|start|end|middle)\s+of|early|earlier|late|later|mid-|mid"
    r"|around|about)\s*)?"
)

# Modifiers written before a duration and their TIMEX3 mod.
DURATION_MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "almost": "LESS_THAN", "nearly": "APPROX",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX", "nearly a": "APPROX", "within": "EQUAL_OR_LESS",
}  # fmt: skip
DURATION_MOD_RE = (
    r"(?P<pmod>(?i:more\s+than|less\s+than|longer\s+than|just\s+over|no\s+more\s+than|at\s+least|at\s+most"
    r"|up\s+to|almost|nearly|about|around|roughly|approximately|(?:over|under)(?!\s+the\b))\s+)?"
)


def date_mod(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("pmod")
    if not raw:
        return None
    key = re.sub(r"\s+", " ", raw.strip().lower())
    return DATE_MODS.get(key)


def duration_mod(m: re.Match[str]) -> str | None:
    raw = m.groupdict().get("pmod")
    if not raw:
        return None
    return DURATION_MODS.get(re.sub(r"\s+", " ", raw.strip().lower()))


@dataclass(frozen=True)
class Rule:
    """One pattern. A named group ``t``, when it matched, gives the extent instead of the whole match.

    ``priority`` breaks ties between overlapping candidates of equal length (lower wins).
    """

    name: str
    pattern: re.Pattern[str]
    handle: Handler
    priority: int = 5


def rule(name: str, pattern: str, handle: Handler, priority: int = 5) -> Rule:
    return Rule(name=name, pattern=re.compile(pattern), handle=handle, priority=priority)
