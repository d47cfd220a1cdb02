"""Table rows back to records (for ``show`` and the API)."""

from __future__ import annotations

from typing import Any

import duckdb

from newsevents.model.errors import StoreError
from newsevents.model.records import Actor, Document, Entity, Event, Extraction, Place, Quote, TimeExpr


def _rows(con: duckdb.DuckDBPyConnection, table: str, doc_id: str) -> list[dict[str, Any]]:
    cur = con.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY idx", [doc_id])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def _actor(prefix: str, r: dict[str, Any]) -> Actor | None:
    if r[f"{prefix}_name"] is None and r[f"{prefix}_start"] is None:
        return None
    return Actor(
        text=r[f"{prefix}_text"] or "",
        start=r[f"{prefix}_start"],
        end=r[f"{prefix}_end"],
        name=r[f"{prefix}_name"],
        country=r[f"{prefix}_country"],
        sector=r[f"{prefix}_sector"],
    )


def read_extraction(con: duckdb.DuckDBPyConnection, doc_id: str) -> Extraction:
    row = con.execute(
        "SELECT id, text, published, url, title, source, published_from FROM documents WHERE id = ?", [doc_id]
    ).fetchone()
    if row is None:
        raise StoreError("no such document", doc_id=doc_id)
    document = Document(
        id=row[0], text=row[1], published=row[2], url=row[3], title=row[4], source=row[5], published_from=row[6]
    )
    entities = tuple(
        Entity(r["text"], r["char_start"], r["char_end"], r["label"]) for r in _rows(con, "entities", doc_id)
    )
    actors = tuple(
        Actor(r["text"], r["char_start"], r["char_end"], r["name"], r["country"], r["sector"], r["kind"],
              r["antecedent_start"])
        for r in _rows(con, "actors", doc_id)
    )
    quotes = []
    for r in _rows(con, "quotes", doc_id):
        speaker = None
        if r["speaker"] is not None:
            speaker = Actor(r["speaker_text"] or "", r["speaker_start"], r["speaker_end"], r["speaker"],
                            r["speaker_country"], r["speaker_sector"], r["speaker_kind"] or "name")
        quotes.append(Quote(r["content"], r["char_start"], r["char_end"], r["kind"], r["cue"], r["cue_start"],
                            r["cue_end"], speaker, r["speaker_text"], r["speaker_start"], r["speaker_end"],
                            r["clause_start"], r["clause_end"]))
    times = tuple(
        TimeExpr(r["text"], r["char_start"], r["char_end"], r["type"], r["value"], r["mod"])
        for r in _rows(con, "times", doc_id)
    )
    places = tuple(
        Place(r["text"], r["char_start"], r["char_end"], r["name"], r["country"], r["lat"], r["lon"],
              r["geonameid"], r["feature"])
        for r in _rows(con, "places", doc_id)
    )
    events = []
    for r in _rows(con, "events", doc_id):
        place = None
        if r["place_name"] is not None:
            place = Place("", 0, 0, r["place_name"], r["place_country"], r["place_lat"], r["place_lon"])
        events.append(Event(
            trigger=r["trigger"], trigger_start=r["trigger_start"], trigger_end=r["trigger_end"],
            sentence_start=r["sentence_start"], sentence_end=r["sentence_end"], cameo=r["cameo"],
            root=r["root"], plover=r["plover"], mode=r["mode"], quad_class=r["quad_class"],
            goldstein=r["goldstein"], source=_actor("source", r), target=_actor("target", r),
            date=r["event_date"], date_source=r["date_source"], place=place, negated=r["negated"],
            modality=r["modality"], confidence=r["confidence"], context=r["context"],
        ))
    return Extraction(document, entities, actors, times, places, tuple(quotes), tuple(events))
