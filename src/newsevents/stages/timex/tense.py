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
# Verbs whose object is arranged for a later day even in the past tense ("has scheduled a news
# conference Thursday", "planned a rally on Saturday"), unless the arrangement itself is pluperfect.
_ARRANGE_VERBS = {"schedule", "reschedule", "plan", "slate", "postpone", "defer", "adjourn"}
# Verbs that push a deadline forward: future with "until" ("extended the deadline until Tuesday").
_DEFER_VERBS = {"extend", "delay", "give", "postpone", "defer", "push", "move", "adjourn", "recess"}
_FUTURE_MODALS = {"will", "'ll", "shall", "wo", "ll", "would", "'d", "may", "might", "must", "should", "can",
                  "ca", "going"}  # fmt: skip


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the dependency tree."""
    seen = 0
    while seen < 50:
        tag = token.tag_
        if token.pos_ in ("VERB", "AUX") or tag.startswith("VB") or tag == "MD":
            return token
        head = token.head
        if head.i == token.i:
            return None
        token = head
        seen += 1
    return None


def _pluperfect(verb: Token) -> bool:
    """Whether ``verb`` or the verb it hangs from carries "had" ("had been due to expire")."""
    for tok in (verb, verb.head):
        if any(
            c.dep_ in ("aux", "auxpass") and c.text.lower() in ("had", "'d") and c.tag_ == "VBD"
            for c in tok.children
        ):
            return True
    return False


def verb_tense(verb: Token) -> str | None:
    """past, future or present for a verb and its auxiliaries; None when unknown."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.text.lower() for a in auxes}
    words = {a.lower_ for a in auxes}
    tags = {a.tag_ for a in auxes}
    tag = verb.tag_
    if lowers & _FUTURE_AUX or "going" in words:
        return FUTURE
    if tag == "VBN" and not words.isdisjoint(("have", "had", "'ve")):
        return PAST
    if "MD" in tags and "have" not in words:
        return FUTURE if lowers & _FUTURE_MODALS else None  # "could be located Wednesday": past ability
    if "to" in words and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_ in _FUTURE_HEADS or head.lower_ in _FUTURE_HEADS:
            return PAST if _pluperfect(head) else FUTURE
        head_tense = verb_tense(head) if head.tag_.startswith("VB") or head.tag_ == "MD" else None
        return FUTURE if head_tense in (FUTURE, PRESENT) else None
    if "VBD" in tags:
        return PAST
    if tag == "VBN" and (not words.isdisjoint(("has", "have")) or any(a.lemma_ == "have" for a in auxes)):
        return PAST
    if tag == "VB" and "to" in words:
        head = verb.head if verb.head.i != verb.i else None
        if head is not None and (head.lemma_ in _FUTURE_HEADS or head.lower_ in _FUTURE_HEADS):
            return FUTURE
        if head is not None and head.i != verb.i:
            return verb_tense(head)
        return None
    if tag == "VBD":
        return PAST
    if tag == "VBN":
        if not words.isdisjoint(("is", "are", "am", "'s", "'re")):
            return PRESENT
        if auxes and tags <= {"VB", "VBG"}:  # "start getting beaten": the head's tense
            head = verb.head
            return verb_tense(head) if head.i != verb.i and head.tag_.startswith("VB") else None
        return None if not auxes else PAST
    if tag in _PRESENT_TAGS or tag == "VBG":
        return PRESENT
    if tag == "MD":
        return FUTURE if verb.lower_ in _FUTURE_AUX else PRESENT
    return None


def direction_at(doc: Doc, start: int, end: int, parsed: bool | None = None) -> str | None:
    """The tense of the verb that governs the characters ``start:end`` of ``doc``.

    ``parsed`` is ``doc.has_annotation("DEP")`` when the caller already knows it.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    try:
        root = span.root
    except Exception:  # a span without a parse
        return None
    if not (doc.has_annotation("DEP") if parsed is None else parsed):
        return None
    verb = governing_verb(root)
    if verb is None:
        return None
    if _arranges(verb) and verb.i < span.start:
        return PAST if _pluperfect(verb) else FUTURE
    return verb_tense(verb)


def _arranges(verb: Token) -> bool:
    """A finite arranging verb ("planned a rally", "has scheduled a briefing"), not a participle."""
    if verb.lemma_ not in _ARRANGE_VERBS:
        return False
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def defers_at(doc: Doc, start: int, end: int, parsed: bool | None = None) -> bool:
    """Whether the verb governing ``start:end`` pushes something forward ("extended ... until Tuesday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not (doc.has_annotation("DEP") if parsed is None else parsed):
        return False
    verb = governing_verb(span.root)
    return verb is not None and verb.lemma_ in _DEFER_VERBS
