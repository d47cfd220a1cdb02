"""Attach a date, a place and an attribution to a coded action.

Date: a DATE/TIME expression inside the action's own clause wins; else one
in a clause that governs it; else the publication date (``date_source``
"published"). Place: a toponym introduced by "in"/"at" within the action's
clause. Attribution: a quote whose content span holds the trigger, else the
speaker of the reporting verb the action is the complement of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.model.records import Place, Quote, TimeExpr
from newsevents.stages.coding.syntax import clause_head

DATED = frozenset({"DATE", "TIME"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def governing_time(trigger: Token, sent: Span, times: tuple[TimeExpr, ...]) -> TimeExpr | None:
    """The time expression whose clause is the trigger's clause, or governs it."""
    doc = trigger.doc
    own = clause_head(trigger)
    chain = [own.i] + [a.i for a in own.ancestors]
    best: tuple[int, TimeExpr] | None = None
    for t in times:
        if t.type not in DATED or not (sent.start_char <= t.start < sent.end_char):
            continue
        tok = _token_at(doc, t.start, t.end)
        if tok is None:
            continue
        head = clause_head(tok.head if tok.dep_ == "pobj" else tok)
        if tok.head.i == trigger.i or tok.i == trigger.i:
            rank = 0
        elif head.i in chain:
            rank = 1 + chain.index(head.i)
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, t)
    return best[1] if best else None


def _in_clause(tok: Token, own: Token) -> bool:
    """True when a token's clause is ``own`` or an infinitive complement under it."""
    head = clause_head(tok)
    for _ in range(4):
        if head.i == own.i:
            return True
        if head.dep_ != "xcomp" or head.head.i == head.i:
            return False
        head = clause_head(head.head)
    return False


def clause_place(trigger: Token, sent: Span, places: tuple[Place, ...]) -> Place | None:
    """A place named with 'in/at ...' inside the action's clause ("in the town of Cizre")."""
    doc = trigger.doc
    own = clause_head(trigger)
    for p in places:
        if not (sent.start_char <= p.start < sent.end_char):
            continue
        tok = _token_at(doc, p.start, p.end)
        if tok is None:
            continue
        cur = tok
        for _ in range(4):  # climb "Cizre" -> of -> town -> in
            if cur.dep_ == "pobj" and cur.head.text.lower() in PLACE_PREPS:
                prep = cur.head
                if prep.head.i == trigger.i or _in_clause(prep.head, own):
                    return p
                break
            if cur.dep_ in ("pobj", "prep", "appos", "compound", "amod") and cur.head.i != cur.i:
                cur = cur.head
            else:
                break
    return None


def quote_for(start: int, quotes: tuple[Quote, ...]) -> Quote | None:
    """The quote whose content holds a character offset (the innermost)."""
    best: Quote | None = None
    for q in quotes:
        if q.start <= start < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best
