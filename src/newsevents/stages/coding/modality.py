"""Modality of a coded action: negated, denied, hedged, future, reported or asserted.

A negated or denied action never reads as one that happened: it is flagged
``negated`` and keeps its modality. Hedges are modal verbs ("could", "may"),
conditional clauses ("if", "unless") and raising frames ("expected to");
future is "will"/"shall", "would" inside reported speech, and plan frames
("plans to", "is set to").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsevents.stages.coding.syntax import kids, negated

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HEDGE_AUX = frozenset({"could", "may", "might", "should", "must", "ought", "can", "ca"})
HEDGE_ADV = frozenset({"reportedly", "allegedly", "possibly", "perhaps", "maybe", "probably", "apparently",
                       "likely", "supposedly", "purportedly"})
CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
DENY = frozenset({"deny", "refute", "reject", "dispute", "dismiss"})
EPISTEMIC = frozenset({"could", "might", "may"})
NEGATING_FRAMES = frozenset({"fail", "refrain", "neglect"})  # "failed to produce": it did not happen


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool = False
    modality: str = "asserted"


def own_modality(tok: Token, reported: bool) -> tuple[bool, str | None]:
    """Negation and modal marking carried by one predicate's own auxiliaries/adverbs."""
    neg = negated(tok)
    mode: str | None = None
    for c in kids(tok):
        low = c.text.lower()
        if c.dep_ in ("aux", "auxpass"):
            if low in FUTURE_AUX:
                mode = "future"
            elif low in ("would", "'d"):
                mode = "future" if reported else (mode or "hedged")
            elif low in HEDGE_AUX:
                mode = "hedged"
        elif c.dep_ == "advmod" and low in HEDGE_ADV:
            mode = mode or "hedged"
        elif c.dep_ == "mark" and low in CONDITIONAL:
            mode = "hedged"
    return neg, mode


def denied(tok: Token) -> bool:
    """True when the action is the complement of a denial ("denied attacking", "denies that it fired")."""
    head = tok.head
    if head.i == tok.i:
        return False
    if negated_by_frame(tok):
        return True
    if tok.dep_ in ("ccomp", "xcomp", "dobj") and head.lemma_.lower() in DENY:
        return True
    return tok.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in DENY


def speculative(tok: Token, marks: list[tuple[bool, str | None]]) -> bool:
    """An epistemic possibility with no condition ("the talks could collapse", "X might respond by ..."):
    a guess about the future, not an action. Conditional threats and promises are kept."""
    cur = tok
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.text.lower() in EPISTEMIC for c in kids(cur)):
            return not conditional(cur) and not any(n for n, _ in marks)
        if cur.dep_ == "pcomp" and cur.head.text.lower() == "by":
            cur = cur.head.head  # "could respond by opening": the manner shares the modal
            continue
        break
    return False


def negated_by_frame(tok: Token) -> bool:
    """A predicate negated by its governor: "failed to produce", "without signing"."""
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ == "xcomp" and head.lemma_.lower() in NEGATING_FRAMES:
        return True
    return tok.dep_ == "pcomp" and head.text.lower() == "without"


def combine(parts: list[tuple[bool, str | None]], reported: bool) -> Modality:
    """Merge the marks of a trigger and its governing frame verbs."""
    neg = False
    mode: str | None = None
    rank = {"future": 3, "hedged": 2}
    for n, m in parts:
        neg = neg or n
        if m and (mode is None or rank[m] > rank[mode]):
            mode = m
    if mode is None:
        mode = "reported" if reported else "asserted"
    return Modality(negated=neg, modality=mode)


def conditional(tok: Token) -> bool:
    """An action with an 'if/unless' condition attached: "may halt talks if ...", a threat or a promise."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless") for m in kids(c))
               for c in kids(tok))
