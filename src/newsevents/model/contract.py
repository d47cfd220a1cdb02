"""The JSON contract of DESIGN.md: one object per document.

Fields may be added; none may be renamed or removed without bumping
``CONTRACT_VERSION``. ``tests/golden/contract_keys.json`` pins the keys.
"""

from __future__ import annotations

from typing import Any

from newsevents.model.records import Actor, Event, Extraction, Place, Quote

CONTRACT_VERSION = 1


def actor_json(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
        "start": actor.start,
        "end": actor.end,
        "text": actor.text,
        "kind": actor.kind,
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "content": quote.content,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker": speaker.name if speaker else None,
        "speaker_text": speaker.text if speaker else quote.speaker_text,
        "speaker_start": speaker.start if speaker else quote.speaker_start,
        "speaker_end": speaker.end if speaker else quote.speaker_end,
        "speaker_country": speaker.country if speaker else None,
        "speaker_sector": speaker.sector if speaker else None,
        "clause_start": quote.clause_start,
        "clause_end": quote.clause_end,
    }


def place_json(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "text": place.text,
        "start": place.start,
        "end": place.end,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
    }


def _attribution_json(event: Event) -> dict[str, Any] | None:
    ref = event.attributed_to
    if ref is None:
        return None
    if isinstance(ref, Quote):
        who = ref.speaker
        return {"quote_start": ref.start, "quote_end": ref.end, "speaker": who.name if who else ref.speaker_text}
    return {"speaker": ref.name, "start": ref.start, "end": ref.end}


def event_json(event: Event) -> dict[str, Any]:
    return {
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_end,
        "cameo": event.cameo,
        "root": event.root,
        "plover": event.plover,
        "mode": event.mode,
        "context": event.context,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "source": actor_json(event.source),
        "target": actor_json(event.target),
        "date": event.date,
        "date_source": event.date_source,
        "place": place_json(event.place),
        "negated": event.negated,
        "modality": event.modality,
        "attributed_to": _attribution_json(event),
        "confidence": event.confidence,
    }


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """The contract object for one document."""
    doc = extraction.document
    return {
        "id": doc.id,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "title": doc.title,
        "source": doc.source,
        "text": doc.text,
        "entities": [
            {"text": e.text, "start": e.start, "end": e.end, "label": e.label} for e in extraction.entities
        ],
        "actors": [actor_json(a) for a in extraction.actors],
        "quotes": [quote_json(q) for q in extraction.quotes],
        "events": [event_json(e) for e in extraction.events],
        "times": [
            {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value, "mod": t.mod}
            for t in extraction.times
        ],
        "places": [place_json(p) for p in extraction.places],
    }
