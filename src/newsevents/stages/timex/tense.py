"""Which way in time a sentence points: the tense of the verb governing an expression."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.stages.timex.calendar import FUTURE, PAST, PRESENT

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "ll", "would", "'d"}
_PAST_TAGS = {"VBD", "VBN"}
_PRESENT_TAGS = {"VBZ", "VBP"}
_FUTURE_HEADS = {
    "plan",
    "expect",
    "schedule",
    "hope",
    "want",
    "intend",
    "aim",
    "prepare",
    "set",
    "due",
    "likely",
}


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the dependency tree."""
    seen = 0
    while seen < 50:
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD":
            return token
        if token.head.i == token.i:
            return None
        token = token.head
        seen += 1
    return None


def verb_tense(verb: Token) -> str | None:
    """past, future or present for a verb and its auxiliaries; None when unknown."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & _FUTURE_AUX or any(a.lower_ == "going" for a in auxes):
        return FUTURE
    if verb.tag_ == "VBN" and any(a.lower_ in ("have", "had", "'ve") for a in auxes):
        return PAST
    if any(a.tag_ == "MD" for a in auxes) and not any(a.lower_ == "have" for a in auxes):
        return FUTURE
    if any(a.lower_ == "to" for a in auxes) and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_ in _FUTURE_HEADS or head.lower_ in _FUTURE_HEADS:
            return FUTURE
        head_tense = verb_tense(head) if head.tag_.startswith("VB") or head.tag_ == "MD" else None
        return FUTURE if head_tense in (FUTURE, PRESENT) else None
    if any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" or a.lower_ in ("has", "have") for a in auxes):
        return PAST
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head if verb.head.i != verb.i else None
        if head is not None and (head.lemma_ in _FUTURE_HEADS or head.lower_ in _FUTURE_HEADS):
            return FUTURE
        if head is not None and head.i != verb.i:
            return verb_tense(head)
        return None
    if verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN":
        if any(a.lower_ in ("is", "are", "am", "'s", "'re") for a in auxes):
            return PRESENT
        return None if not auxes else PAST
    if verb.tag_ in _PRESENT_TAGS or verb.tag_ == "VBG":
        return PRESENT
    if verb.tag_ == "MD":
        return FUTURE if verb.lower_ in _FUTURE_AUX else PRESENT
    return None


def direction_at(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the verb that governs the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    try:
        root = span.root
    except Exception:  # a span without a parse
        return None
    if not doc.has_annotation("DEP"):
        return None
    verb = governing_verb(root)
    return verb_tense(verb) if verb is not None else None
