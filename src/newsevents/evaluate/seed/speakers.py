"""Whether a predicted quote speaker is the gold speaker."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from newsevents.model.records import Quote

# Words that do not identify a speaker: titles, articles, connectives.
_TITLES = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "senator",
        "gov",
        "governor",
        "rep",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "premier",
        "leader",
        "general",
        "gen",
        "chairman",
        "the",
        "a",
        "an",
        "of",
        "and",
        "s",
    ]
)
_ARTICLES = frozenset({"the", "a", "an"})


def _tokens(name: str) -> list[str]:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = re.sub(r"'s\b", "", name.replace("’", "'"))
    return re.findall(r"[a-z0-9]+", name.lower())


def _content(name: str) -> set[str]:
    return {t for t in _tokens(name) if t not in _TITLES}


def _untitled(name: str) -> list[str]:
    return [t for t in _tokens(name) if t not in _TITLES]


def _is_personal_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def speaker_matches(gold: dict[str, Any], quote: Quote) -> bool:
    """Whether the predicted speaker of ``quote`` is the gold speaker.

    The prediction is the speaker actor's canonical name and its surface text
    (or ``speaker_text`` when no actor was resolved); the gold is ``speaker``
    and any ``speaker_aliases``. Right when any of:

    1. equal after normalizing (accents, case, punctuation, possessive 's and
       articles dropped);
    2. the gold speaker is a personal name (two or more capitalized words,
       "Li Qiang") and its last word is a word of the prediction, or the
       prediction without titles is just its first word ("Premier Li");
    3. gold ``speaker_country`` equals the predicted actor's country and the
       two share a content word (titles and articles excluded):
       "two cabinet officials" ~ "Swedish officials", both SWE.

    A gold speaker of null is right only when no speaker is predicted.
    """
    want = gold.get("speaker")
    actor = quote.speaker
    preds = [s for s in ((actor.name, actor.text) if actor else (quote.speaker_text,)) if s]
    if not want:
        return not preds
    if not preds:
        return False
    names = [str(want), *map(str, gold.get("speaker_aliases") or ())]
    norm = {" ".join(t for t in _tokens(n) if t not in _ARTICLES) for n in names}
    if any(" ".join(t for t in _tokens(p) if t not in _ARTICLES) in norm for p in preds):
        return True
    pred_words = set().union(*(_tokens(p) for p in preds))
    for name in names:
        words = _tokens(name)
        if (
            _is_personal_name(name)
            and words
            and (words[-1] in pred_words or any(_untitled(p) == words[:1] for p in preds))
        ):
            return True
    country = gold.get("speaker_country")
    if country and actor and actor.country == country:
        return any(_content(n) & set().union(*(_content(p) for p in preds)) for n in names)
    return False
