"""Stage: quotes — direct, partial and indirect speech with cue and speaker.

Quote marks are paired on the raw text (:mod:`quoting.marks`); quoted
stretches get a cue and a speaker from the parse (:mod:`quoting.direct`);
unmarked reported clauses are found from cue verbs, "according to", "in a
statement" and speaker labels (:mod:`quoting.indirect`, :mod:`quoting.labels`);
a reported clause holding partial quotes is kept only when it says more than
the quoted words, so one statement is one attribution, and the partial quote
keeps that clause as ``clause_start``/``clause_end`` (:mod:`quoting.nesting`,
:mod:`quoting.clauses`); speakers are then
resolved in text order to the actors stage's mentions, pronouns to the
nearest compatible earlier speaker (:mod:`quoting.speakers`).
"""

from __future__ import annotations

import logging

from newsevents.model.records import Quote
from newsevents.stages.base import Stage, StageContext
from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.cues import load_cues
from newsevents.stages.quoting.direct import DirectFinder, paragraph_index
from newsevents.stages.quoting.indirect import IndirectFinder
from newsevents.stages.quoting.marks import find_quote_spans
from newsevents.stages.quoting.nesting import settle_nested
from newsevents.stages.quoting.speakers import SpeakerResolver
from newsevents.stages.quoting.tokens import TokenCache

log = logging.getLogger(__name__)


def _blocked(start: int, end: int, blocking: list[tuple[int, int]]) -> bool:
    """Whether a blocking span covers more than half of [start, end)."""
    half = 0.5 * (end - start)
    return any(max(0, min(end, b) - max(start, a)) > half for a, b in blocking)


def candidates(ctx: StageContext) -> list[Candidate]:
    """Every proposed quote in the document, in text order, duplicates removed."""
    doc = ctx.doc
    text = ctx.document.text
    lexicon = load_cues()
    spans = find_quote_spans(text)
    paragraphs = paragraph_index(doc, text)
    tokens = TokenCache(doc)
    direct = DirectFinder(doc, text, spans, lexicon, paragraphs, tokens=tokens).find()
    quoted_chars = [(q.start, q.end) for q in spans]
    indirect = IndirectFinder(doc, text, quoted_chars, lexicon, tokens=tokens).find()
    colons = [c.cue[0] for c in indirect if c.source == "speaker-label" and c.cue is not None]
    if colons:  # marks paired across a speaker label ('"SMITH: ...' paragraphs) are mispaired
        direct = [d for d in direct if not any(d.start <= k < d.end for k in colons)]
    kept: list[Candidate] = list(direct)
    blocking = [(d.start, d.end) for d in direct if d.kind != "partial"]  # spans a later candidate must not repeat
    for cand in sorted(indirect, key=lambda c: (c.start, -(c.end - c.start))):
        start, end = cand.start, cand.end
        if _blocked(start, end, blocking):
            continue
        kept.append(cand)
        if cand.kind != "partial":
            blocking.append((start, end))
    kept = settle_nested(kept, doc, text, lexicon)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def run(ctx: StageContext) -> tuple[Quote, ...]:
    """Quotes in two runs, each in text order: marked (direct, partial), then indirect.

    Speakers are resolved in text order over all of them, so pronouns see every earlier speaker.
    """
    doc = ctx.doc
    if len(doc) == 0 or not (doc.has_annotation("DEP") or doc.has_annotation("SENT_START")):
        log.debug("quotes: document %s has no parse; no quotes", ctx.document.id)
        return ()
    resolver = SpeakerResolver(doc, ctx.document.text, ctx.actors)
    quotes = []
    for cand in candidates(ctx):
        quote = resolver.resolve(cand)
        if cand.inherit:
            resolver.remember(quote)
        quotes.append(quote)
    return tuple(sorted(quotes, key=lambda q: (q.kind == "indirect", q.start, q.end)))


STAGE = Stage(name="quotes", requires=(), assigns="quotes", run=run)
