"""Scoring one document's quotes, events, times and places against its gold items (counts only)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from newsevents.evaluate.metrics import PRF, coverage_of_gold, match_one_to_one, overlap
from newsevents.evaluate.seed.gold import GoldDoc, Located, Span, find_all, fold, locate
from newsevents.evaluate.seed.speakers import speaker_matches
from newsevents.model.records import Event, Extraction, Place, Quote, TimeExpr

LENIENT, STRICT = 0.3, 0.8
PLACE_CENTRE_CHARS = 10


def clip(value: Any, width: int = 60) -> str:
    """Shorten a value for a table cell."""
    s = " ".join(str(value or "").split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _best(spans: tuple[Span, ...], score: Any) -> float:
    return max((score(s) for s in spans), default=0.0)


def _ignored(span: Span, located: list[Located], matched: dict[int, Span]) -> bool:
    """Whether an unmatched prediction lies on an occurrence of a gold text that gold does not count.

    Those are the other occurrences of an item with an explicit ``occurrence``,
    and the occurrences an already matched item was not matched on.
    """
    for gi, loc in enumerate(located):
        others = loc.ignore
        if gi in matched:
            others += tuple(s for s in loc.spans if not overlap(*s, *matched[gi]))
        if any(overlap(*span, *s) for s in others):
            return True
    return False


@dataclass
class SeedCounts:
    """Counts summed over documents (micro-averaged)."""

    quotes_lenient: PRF = field(default_factory=PRF)
    quotes_strict: PRF = field(default_factory=PRF)
    by_kind: dict[str, PRF] = field(default_factory=dict)
    quotes_matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    events: PRF = field(default_factory=PRF)
    events_root: int = 0
    events_dyad: int = 0
    events_correct: int = 0
    plover_right: int = 0
    dated: int = 0
    date_right: int = 0
    not_events: int = 0
    not_events_violated: int = 0
    times_extent: PRF = field(default_factory=PRF)
    times_value: PRF = field(default_factory=PRF)
    places: PRF = field(default_factory=PRF)
    places_country: int = 0
    distances_km: list[float] = field(default_factory=list)
    quote_rows: list[list[Any]] = field(default_factory=list)
    event_rows: list[list[Any]] = field(default_factory=list)
    unmatched_rows: list[list[Any]] = field(default_factory=list)
    item_rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _pspan(q: Quote | TimeExpr | Place) -> Span:
    return (q.start, q.end)


def score_quotes(
    text: str, gold: list[dict[str, Any]], preds: tuple[Quote, ...], c: SeedCounts, name: str
) -> None:
    located = [locate(text, g, "content") for g in gold]
    for loc in located:
        if not loc.spans:
            c.notes.append(f"{name}: quote not found in text: {loc.item.get('content')!r}")

    def cover(loc: Located, q: Quote) -> float:
        return _best(loc.spans, lambda s: coverage_of_gold(s, _pspan(q)))

    for threshold, prf in ((LENIENT, c.quotes_lenient), (STRICT, c.quotes_strict)):
        pairs = match_one_to_one(located, preds, cover, threshold)
        matched = {gi: _pspan(preds[pi]) for gi, pi, _ in pairs}
        used = {pi for _, pi, _ in pairs}
        fp = sum(
            1 for pi, q in enumerate(preds) if pi not in used and not _ignored(_pspan(q), located, matched)
        )
        prf.add(PRF(tp=len(pairs), fp=fp, fn=len(gold) - len(pairs)))
        if threshold != LENIENT:
            continue
        by_gold = {gi: preds[pi] for gi, pi, _ in pairs}
        for gi, loc in enumerate(located):
            kind = str(loc.item.get("kind") or "unknown")
            kprf = c.by_kind.setdefault(kind, PRF())
            q = by_gold.get(gi)
            right = q is not None and speaker_matches(loc.item, q)
            if q is None:
                kprf.fn += 1
            else:
                kprf.tp += 1
                c.quotes_matched += 1
                c.speaker_right += right
                c.kind_right += q.kind == kind
            who = None if q is None else (q.speaker.name if q.speaker else q.speaker_text)
            c.quote_rows.append(
                [
                    name,
                    kind,
                    clip(loc.item.get("content")),
                    loc.item.get("speaker"),
                    "yes" if q else "no",
                    who,
                    "yes" if right else "no",
                ]
            )
        for pi, q in enumerate(preds):
            if pi not in used and not _ignored(_pspan(q), located, matched):
                c.by_kind.setdefault(q.kind, PRF()).fp += 1
                who = q.speaker.name if q.speaker else q.speaker_text
                c.unmatched_rows.append([name, f"quote ({q.kind})", clip(q.content), who or "-"])


def _root(event: Event) -> str:
    return (event.root or event.cameo or "")[:2].zfill(2)


def _country(actor: Any) -> str | None:
    return getattr(actor, "country", None)


def dyad_right(gold: dict[str, Any], event: Event) -> bool:
    """Source and target countries as gold has them (either order when ``reciprocal``); null gold sides match anything."""
    src, tgt = gold.get("source"), gold.get("target")
    ps, pt = _country(event.source), _country(event.target)

    def fits(a: str | None, b: str | None) -> bool:
        return (not src or a == src) and (not tgt or b == tgt)

    return fits(ps, pt) or (bool(gold.get("reciprocal")) and fits(pt, ps))


def root_right(gold: dict[str, Any], event: Event) -> bool:
    roots = gold.get("root") or []
    roots = [roots] if isinstance(roots, str) else roots
    return _root(event) in {str(r)[:2].zfill(2) for r in roots}


def _event_score(span: Span, gold: dict[str, Any], e: Event) -> float:
    if span[0] <= e.trigger_start and e.trigger_end <= span[1]:
        base = 3.0
    elif overlap(*span, e.trigger_start, e.trigger_end):
        base = 2.0
    elif overlap(*span, e.sentence_start, e.sentence_end):
        base = 1.0
    else:
        return 0.0
    return base + 0.5 * root_right(gold, e) + 0.25 * dyad_right(gold, e) - 0.1 * e.negated


def score_events(text: str, gold: dict[str, Any], preds: tuple[Event, ...], c: SeedCounts, name: str) -> None:
    located = [locate(text, g, "text") for g in gold.get("events") or []]
    for loc in located:
        if not loc.spans:
            c.notes.append(f"{name}: event text not found: {loc.item.get('text')!r}")
    pairs = match_one_to_one(
        located, preds, lambda g, e: _best(g.spans, lambda s: _event_score(s, g.item, e)), 1.0
    )
    by_gold = {gi: preds[pi] for gi, pi, _ in pairs}
    used = {pi for _, pi, _ in pairs}
    mirrors = [
        (s, g.item)
        for gi, g in enumerate(located)
        if gi in by_gold and g.item.get("reciprocal")
        for s in g.spans
    ]

    def mirror(e: Event) -> bool:
        """The other direction of a matched reciprocal event: not a false positive."""
        return any(overlap(*s, e.trigger_start, e.trigger_end) and dyad_right(g, e) for s, g in mirrors)

    unmatched = [e for pi, e in enumerate(preds) if pi not in used and not e.negated and not mirror(e)]
    fp = len(unmatched)
    for e in unmatched:
        dyad = f"{_country(e.source)}->{_country(e.target)}"
        c.unmatched_rows.append(
            [name, "event", clip(text[e.sentence_start : e.sentence_end]), f"{e.trigger!r} {e.cameo} {dyad}"]
        )
    c.events.add(PRF(tp=len(pairs), fp=fp, fn=len(located) - len(pairs)))
    for gi, loc in enumerate(located):
        g, e = loc.item, by_gold.get(gi)
        root = e is not None and root_right(g, e)
        dyad = e is not None and dyad_right(g, e)
        correct = root and dyad and not e.negated
        c.events_root += root
        c.events_dyad += dyad
        c.events_correct += correct
        if e is not None:
            c.plover_right += str(e.plover or "").upper() == str(g.get("plover") or "").upper()
            if g.get("date"):
                c.dated += 1
                c.date_right += e.date == g.get("date")
        pred = (
            "-"
            if e is None
            else (
                f"{e.trigger!r} {e.cameo} {_country(e.source)}->{_country(e.target)}"
                f"{' NEG' if e.negated else ''} {e.date or ''}".strip()
            )
        )
        gold_desc = f"{'/'.join(g.get('root') or [])} {g.get('source')}->{g.get('target')}"
        c.event_rows.append(
            [
                name,
                g.get("id") or clip(g.get("text")),
                gold_desc,
                pred,
                "yes" if root else "no",
                "yes" if dyad else "no",
                "yes" if correct else "no",
            ]
        )
    for item in gold.get("not_events") or []:
        spans = find_all(text, str(item.get("text") or ""))
        c.not_events += 1
        bad = [
            e
            for e in preds
            if not e.negated and any(s[0] <= e.trigger_start and e.trigger_end <= s[1] for s in spans)
        ]
        if bad:
            c.not_events_violated += 1
            c.notes.append(
                f"{name}: not_event coded as positive: {item.get('text')!r} <- {bad[0].trigger!r} {bad[0].cameo}"
            )


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def score_times(
    text: str, gold: list[dict[str, Any]], preds: tuple[TimeExpr, ...], c: SeedCounts, name: str = ""
) -> None:
    located = [locate(text, g, "text") for g in gold]
    pairs = match_one_to_one(
        located, preds, lambda g, t: _best(g.spans, lambda s: coverage_of_gold(s, _pspan(t))), 1e-9
    )
    matched = {gi: _pspan(preds[pi]) for gi, pi, _ in pairs}
    used = {pi for _, pi, _ in pairs}
    n_pred = sum(1 for pi, t in enumerate(preds) if pi in used or not _ignored(_pspan(t), located, matched))
    right = sum(1 for gi, pi, _ in pairs if str(preds[pi].value) == str(located[gi].item.get("value")))
    by_gold = {gi: preds[pi] for gi, pi, _ in pairs}
    for gi, loc in enumerate(located):
        t, want = by_gold.get(gi), str(loc.item.get("value"))
        got = "-" if t is None else f"{t.text!r} {t.value}"
        c.item_rows.append(
            [name, "time", loc.item.get("text"), want, got, _yes(t is not None and t.value == want)]
        )
    c.times_extent.add(PRF(tp=len(pairs), fp=n_pred - len(pairs), fn=len(gold) - len(pairs)))
    c.times_value.add(PRF(tp=right, fp=n_pred - right, fn=len(gold) - right))


def _surface(s: str) -> str:
    return re.sub(r"^the\s+", "", fold(s).strip())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def score_places(
    text: str, gold: list[dict[str, Any]], preds: tuple[Place, ...], c: SeedCounts, name: str = ""
) -> None:
    located = [locate(text, g, "text") for g in gold]

    def near(loc: Located, p: Place) -> float:
        if _surface(p.text) != _surface(str(loc.item.get("text") or "")):
            return 0.0
        centre = (p.start + p.end) / 2
        dist = min((abs(centre - (s[0] + s[1]) / 2) for s in loc.spans), default=PLACE_CENTRE_CHARS)
        return 1.0 - dist / PLACE_CENTRE_CHARS if dist < PLACE_CENTRE_CHARS else 0.0

    pairs = match_one_to_one(located, preds, near, 1e-9)
    matched = {gi: _pspan(preds[pi]) for gi, pi, _ in pairs}
    used = {pi for _, pi, _ in pairs}
    n_pred = sum(1 for pi, p in enumerate(preds) if pi in used or not _ignored(_pspan(p), located, matched))
    c.places.add(PRF(tp=len(pairs), fp=n_pred - len(pairs), fn=len(gold) - len(pairs)))
    by_gold = {gi: preds[pi] for gi, pi, _ in pairs}
    for gi, loc in enumerate(located):
        p, want = by_gold.get(gi), loc.item.get("country")
        got = "-" if p is None else f"{p.name} {p.country}"
        c.item_rows.append(
            [name, "place", loc.item.get("text"), want, got, _yes(p is not None and p.country == want)]
        )
    for gi, pi, _ in pairs:
        g, p = located[gi].item, preds[pi]
        c.places_country += bool(g.get("country")) and p.country == g.get("country")
        if g.get("lat") is not None and g.get("lon") is not None and p.lat is not None and p.lon is not None:
            c.distances_km.append(haversine_km(float(g["lat"]), float(g["lon"]), p.lat, p.lon))


def score_document(gdoc: GoldDoc, extraction: Extraction, c: SeedCounts) -> None:
    text, gold = gdoc.document.text, gdoc.gold
    score_quotes(text, gold.get("quotes") or [], extraction.quotes, c, gdoc.name)
    score_events(text, gold, extraction.events, c, gdoc.name)
    score_times(text, gold.get("times") or [], extraction.times, c, gdoc.name)
    score_places(text, gold.get("places") or [], extraction.places, c, gdoc.name)
