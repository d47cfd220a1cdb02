"""Records to table rows (the one place that knows both shapes)."""

from __future__ import annotations

from typing import Any

from newsevents.model.records import Actor, Event, Extraction, Quote

Row = tuple[Any, ...]


def _actor_cols(actor: Actor | None) -> Row:
    if actor is None:
        return (None,) * 6
    return (actor.name, actor.country, actor.sector, actor.text, actor.start, actor.end)


def _attribution(event: Event) -> tuple[str | None, int | None]:
    ref = event.attributed_to
    if ref is None:
        return None, None
    if isinstance(ref, Quote):
        return (ref.speaker.name if ref.speaker else ref.speaker_text), ref.start
    return ref.name, None


def child_rows(ex: Extraction) -> dict[str, list[Row]]:
    """Rows for every child table of one document."""
    d = ex.document.id
    rows: dict[str, list[Row]] = {
        "entities": [(d, i, e.text, e.start, e.end, e.label) for i, e in enumerate(ex.entities)],
        "actors": [
            (d, i, a.text, a.start, a.end, a.name, a.country, a.sector, a.kind, a.antecedent_start)
            for i, a in enumerate(ex.actors)
        ],
        "quotes": [],
        "events": [],
        "times": [(d, i, t.text, t.start, t.end, t.type, t.value, t.mod) for i, t in enumerate(ex.times)],
        "places": [
            (d, i, p.text, p.start, p.end, p.name, p.country, p.lat, p.lon, p.geonameid, p.feature)
            for i, p in enumerate(ex.places)
        ],
    }
    for i, q in enumerate(ex.quotes):
        s = q.speaker
        rows["quotes"].append(
            (d, i, q.content, q.start, q.end, q.kind, q.cue, q.cue_start, q.cue_end,
             s.name if s else None,
             s.text if s else q.speaker_text,
             s.start if s else q.speaker_start,
             s.end if s else q.speaker_end,
             s.country if s else None, s.sector if s else None, s.kind if s else None,
             q.clause_start, q.clause_end)
        )
    for i, e in enumerate(ex.events):
        place = e.place
        speaker, quote_start = _attribution(e)
        rows["events"].append(
            (d, i, e.trigger, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
             e.cameo, e.root, e.plover, e.mode, e.context, e.quad_class, e.goldstein,
             *_actor_cols(e.source), *_actor_cols(e.target),
             e.date, e.date_source,
             place.name if place else None, place.country if place else None,
             place.lat if place else None, place.lon if place else None,
             e.negated, e.modality, speaker, quote_start, e.confidence)
        )
    return rows
