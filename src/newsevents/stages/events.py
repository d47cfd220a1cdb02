"""Stage 6: code events — who did what to whom, when, where, and who says so.

Each sentence's predicates are coded to CAMEO with the project lexicon
(``kb/data/cameo``), their arguments resolved to the actors stage's
``Actor`` records, and each action gets its modality (negated, hedged,
future, reported), its date (the governing time expression, else the
publication date), its place ("in Geneva") and its attribution (a quote or
a reporting speaker). A negated or denied action is flagged, never coded as
if it happened. See ``stages/coding`` for the pieces.

What is not emitted: an event with no actor at all (as in GDELT, at least one
party must be named); a bare statement or "declined to comment" (010/011)
addressed to no national actor; an epistemic possibility with no condition
("the talks could collapse"). With ``Options.use_embeddings`` verbs the
lexicon does not know, with a political subject, are coded by the nearest of
the team's CAMEO descriptions (``coding/embedding``), confidence = similarity.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents.kb.actors import load_actor_kb
from newsevents.kb.cameo import CameoCode, Lexicon, load_cameo, load_lexicon
from newsevents.model.records import Actor, Event, Place, Quote, TimeExpr
from newsevents.stages.base import Stage, StageContext
from newsevents.stages.coding.actions import Action, SentenceCoder
from newsevents.stages.coding.arguments import ActorIndex, drop_self, resolve, same_side
from newsevents.stages.coding.attach import clause_place, governing_time, quote_for
from newsevents.stages.coding.classify import future_code
from newsevents.stages.coding.embedding import clause_text, load_classifier, unknown_predicates
from newsevents.stages.coding.modality import Modality, combine, conditional, speculative
from newsevents.stages.coding.scan import DocScan
from newsevents.stages.coding.syntax import subject_of

log = logging.getLogger(__name__)

NATIONAL_SECTORS = frozenset({"GOV", "MIL", "OPP", "REB", "CVL", "JUD", "LEG", "EDU", "SPY", "COP"})
HOMELESS = frozenset({"group", "description", "anonymous"})
HOME_TARGET_ROOTS = frozenset({"08", "14", "15", "17"})
PLACE_TARGET_ROOTS = frozenset({"08", "14", "15", "17", "18", "19", "20"})
# bare statements and non-comments are events only when addressed to a national actor
ADDRESSED = frozenset({"010", "011"})
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "him", "her", "them", "us"})


def _sources(action: Action, index: ActorIndex) -> list[Actor]:
    found = resolve(action.source_tok, index)
    tok = action.source_tok
    if not found and action.reported_by is not None and (tok is None or tok.text.lower() in PRONOUNS):
        found = resolve(action.reported_by, index)  # "Hungary said it will ..."
    return found


def _targets(action: Action, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    fallback: list[Actor] = []
    taken = {s.start for s in sources}
    for tok in action.target_toks:
        found = [a for a in resolve(tok, index, deep=True, avoid=tuple(sources))
                 if a.start not in taken and not any(same_side(a, s) for s in sources)]
        if any(a.country for a in found):
            return found
        if found and not fallback:
            fallback = found
    return fallback


def _event(action: Action, sent: Span, ctx: _Local, entry: CameoCode, source: Actor | None,
           target: Actor | None, confidence: float, attributed: Quote | Actor | None, mod: Modality) -> Event:
    trig = action.trigger
    time = governing_time(trig, sent, ctx.times)
    if time is not None:
        date, date_source = time.value, "text"
    else:
        date = ctx.published.isoformat() if ctx.published else None
        date_source = "published"
    return Event(
        trigger=trig.text,
        trigger_start=trig.idx,
        trigger_end=trig.idx + len(trig.text),
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        cameo=entry.code,
        root=entry.root,
        plover=entry.plover,
        mode=entry.mode,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        source=source,
        target=target,
        date=date,
        date_source=date_source,
        place=clause_place(trig, sent, ctx.places),
        negated=mod.negated,
        modality=mod.modality,
        attributed_to=attributed,
        confidence=round(confidence * (0.6 if mod.negated else 1.0), 3),
        context=entry.context,
    )


def _counterpart(known: list[Actor], index: ActorIndex, sent: Span, trig: Token) -> list[Actor]:
    """The other party of a two-party story, for an action that names only one side
    ("a charge Beijing has denied", "measures imposed on China")."""
    dyad = index.dyad(sent.start_char)
    countries = {a.country for a in known}
    if not dyad or len(countries) != 1 or (c := countries.pop()) not in dyad:
        return []
    other = dyad[1] if dyad[0] == c else dyad[0]
    return [Actor(text=trig.text, start=trig.idx, end=trig.idx + len(trig.text),
                  name=index.name_for(other, sent.start_char), country=other, kind="anonymous")]


def _pairs(action: Action, index: ActorIndex, sent: Span,
           places: tuple[Place, ...] = ()) -> list[tuple[Actor | None, Actor | None, float]]:
    sources = _sources(action, index)
    targets = _targets(action, index, sources)
    conf = action.confidence if action.confidence is not None else 0.9
    if action.reciprocal and len(sources) >= 2 and not targets:
        return [(a, b, conf) for a in sources for b in sources if not same_side(a, b)]
    at_place = False
    if action.code in ADDRESSED and not any(t.country for t in targets):
        return []  # "said", "told reporters", "declined to comment": no one addressed, no event
    if sources and not targets:
        targets = _counterpart(sources, index, sent, action.trigger)
        conf = 0.6 if targets else conf
    if targets and not sources and action.trigger.pos_ == "VERB":
        sources = _counterpart(targets, index, sent, action.trigger)
        conf = 0.5 if sources else conf
    if not targets and action.code[:2] in PLACE_TARGET_ROOTS:
        place = clause_place(action.trigger, sent, places)
        if place is not None and place.country:
            # "imposed a curfew in Algiers": the place's country bears the action
            targets = [Actor(text=place.text, start=place.start, end=place.end, name=place.name,
                             country=place.country, kind="metonym")]
            at_place = True
    if not targets and action.code[:2] in HOME_TARGET_ROOTS and len({a.country for a in sources}) == 1 \
            and sources[0].country:
        # a protest, curfew or concession with no named target bears on the source's own country
        trig = action.trigger
        targets = [Actor(text=trig.text, start=trig.idx, end=trig.idx + len(trig.text),
                         name=index.name_for(sources[0].country, sent.end_char), country=sources[0].country,
                         sector="GOV", kind="anonymous")]
        at_place = True
        conf = min(conf, 0.6)
    if not at_place:
        targets = drop_self(sources, targets)
    if not sources and not targets:
        return []  # like GDELT, an event needs at least one actor
    out: list[tuple[Actor | None, Actor | None, float]] = []
    for s in sources or [None]:
        # no actor acts on itself ("Xi welcomed Trump to visit China" is not CHN->CHN)
        kept = [t for t in targets if s is None or at_place or not same_side(s, t)]
        for t in kept or [None]:
            a, b = _domestic(s, t)
            out.append((a, b, conf if s is not None else conf * 0.8))
    return out


def _domestic(source: Actor | None, target: Actor | None) -> tuple[Actor | None, Actor | None]:
    """A countryless group facing a national actor is taken to be of that nation
    ("protesters demanded the president's resignation", "police arrested demonstrators")."""
    if source is None or target is None:
        return source, target
    if source.country is None and target.country and _homeless(source):
        return replace(source, country=target.country), target
    if target.country is None and source.country and _homeless(target):
        return source, replace(target, country=source.country)
    return source, target


def _homeless(actor: Actor) -> bool:
    """A group, or a titled official whose country the text leaves implicit."""
    return actor.kind in HOMELESS or (actor.kind == "name" and actor.sector in NATIONAL_SECTORS)


def _sentence_starts(sents: list[Span]) -> dict[int, int]:
    """Each token's start offset -> the start offset of its sentence."""
    out: dict[int, int] = {}
    if not sents:
        return out
    offsets = sents[0].doc.to_array("IDX").tolist()
    for sent in sents:
        first = sent.start_char
        for k in range(sent.start, sent.end):
            out[offsets[k]] = first
    return out


def _by_sentence(doc: Doc, records: tuple[TimeExpr, ...] | tuple[Place, ...],
                 starts: dict[int, int] | None = None) -> dict[int, tuple]:
    """Records grouped by the start offset of the sentence they lie in.

    ``starts`` (from ``_sentence_starts``) answers records that begin at a token
    start without building spans; any other record takes the ``char_span`` path.
    """
    out: dict[int, list] = {}
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # len(doc.text), without building it
    for r in records:
        first = starts.get(r.start) if starts is not None and r.start < r.end <= size else None
        if first is None:
            span = doc.char_span(r.start, r.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            first = span[0].sent.start_char
        out.setdefault(first, []).append(r)
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class _Local:
    """What one sentence's events read from the context: its own times and places."""

    published: dt.date | None
    times: tuple[TimeExpr, ...]
    places: tuple[Place, ...]


def replace_ctx(ctx: StageContext, times: tuple[TimeExpr, ...], places: tuple[Place, ...]) -> _Local:
    return _Local(published=ctx.published, times=times, places=places)


def _with_fallback(coded: list[tuple[Span, SentenceCoder, list[Action]]], index: ActorIndex,
                   lex: Lexicon) -> list[tuple[Span, SentenceCoder, list[Action]]]:
    """Add embedding-coded actions for verbs the lexicon is silent on whose subject is a political actor."""
    classifier = load_classifier()
    if classifier is None:
        return coded
    todo: list[tuple[int, Token]] = []
    for k, (sent, coder, _) in enumerate(coded):
        for verb in unknown_predicates(sent, lex, coder.taken()):
            if any(a.country or a.sector for a in resolve(subject_of(verb), index)):
                todo.append((k, verb))
    if not todo:
        return coded
    hits = classifier.classify([clause_text(v) for _, v in todo])
    extra: dict[int, list[Action]] = {}
    for (k, verb), hit in zip(todo, hits, strict=True):
        if hit is not None:
            extra.setdefault(k, []).append(coded[k][1].fallback_action(verb, hit[0], hit[1]))
    return [(s, c, a + extra.get(k, [])) for k, (s, c, a) in enumerate(coded)]


def run(ctx: StageContext) -> tuple[Event, ...]:
    """Code every action of the document (needs a dependency parse; none without one)."""
    if not ctx.doc.has_annotation("DEP"):
        log.debug("document %s has no dependency parse: no events coded", ctx.document.id)
        return ()
    lex = load_lexicon(tuple(ctx.options.petrarch_verb_files))
    table = load_cameo()
    index = ActorIndex(ctx.doc, ctx.actors, load_actor_kb(ctx.options))
    events: list[Event] = []
    seen: set[tuple] = set()
    scan = DocScan.of(ctx.doc)
    sents = list(ctx.doc.sents)
    starts = _sentence_starts(sents)
    times_by_sent = _by_sentence(ctx.doc, ctx.times, starts)
    places_by_sent = _by_sentence(ctx.doc, ctx.places, starts)
    coded = [(sent, coder, coder.run(scan)) for sent in sents for coder in (SentenceCoder(sent, lex),)]
    if ctx.options.use_embeddings:
        coded = _with_fallback(coded, index, lex)
    for sent, _coder, actions in coded:
        local = replace_ctx(ctx, times_by_sent.get(sent.start_char, ()), places_by_sent.get(sent.start_char, ()))
        for action in actions:
            entry = table.get(action.code)
            if entry is None:
                log.debug("unknown CAMEO code %s for %r", action.code, action.trigger.text)
                continue
            quote = quote_for(action.trigger.idx, ctx.quotes)
            speaker = resolve(action.reported_by, index) if action.reported_by is not None else []
            attributed: Quote | Actor | None = quote or (speaker[0] if speaker else None)
            reported = quote is not None or action.reported_by is not None
            mod = combine(action.marks, reported)
            if speculative(action.trigger, action.marks):
                continue  # "the talks could collapse", "a deal could be signed": a possibility, not an action
            if mod.modality == "future" or (mod.modality == "hedged" and conditional(action.trigger)):
                code = future_code(entry.code, mod.negated)
                if mod.negated and code != entry.code:  # "will not accept": a refusal, stated now
                    mod = Modality(negated=False, modality="reported" if reported else "asserted")
                entry = table.get(code, entry)
            for source, target, conf in _pairs(action, index, sent, local.places):
                key = (action.trigger.i, entry.code, source and source.start, source and source.country,
                       target and target.country, target and target.start)
                if key in seen:
                    continue
                seen.add(key)
                events.append(_event(action, sent, local, entry, source, target, conf, attributed, mod))
    return tuple(events)


STAGE = Stage(name="events", requires=("actors",), assigns="events", run=run)
