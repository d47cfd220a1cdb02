"""PLOVER JSON records, one per aggregated event, in the spirit of POLECAT.

Each record: ``id``, ``event_type`` (PLOVER), ``mode``, ``context`` (list),
``date``, ``actors`` (source and target with name, country, sector),
``cameo``, ``quad_class``, ``goldstein``, ``negated``, ``location``,
``story_id``, the counts, the first report's ``source_sentence`` and
``source_url``, and ``mentions`` (document id, offsets, sentence, whether the
article is a near-duplicate). Events without a PLOVER type are skipped unless
``include_uncoded`` is set. ``.json`` writes one array; anything else JSON Lines.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsevents.store import Store


def plover_records(store: Store, *, include_uncoded: bool = False) -> list[dict[str, Any]]:
    cols, rows = store.query("SELECT * FROM event_groups ORDER BY event_id")
    mcols, mrows = store.query(
        "SELECT m.event_id, m.doc_id, m.idx, m.duplicate, m.sentence, e.trigger, e.trigger_start, e.trigger_end, "
        "e.mode, e.context, e.source_sector, e.target_sector, e.modality, d.published, d.url "
        "FROM event_mentions m JOIN events e USING (doc_id, idx) JOIN documents d ON d.id = m.doc_id "
        "ORDER BY m.event_id, d.published, m.doc_id, m.idx")
    mentions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in mrows:
        mentions[row[0]].append(dict(zip(mcols, row, strict=True)))
    out = []
    for row in rows:
        g = dict(zip(cols, row, strict=True))
        if g["plover"] is None and not include_uncoded:
            continue
        ms = mentions.get(g["event_id"], [])
        first = next((m for m in ms if not m["duplicate"]), ms[0] if ms else {})
        modes = [m["mode"] for m in ms if m["mode"]]
        contexts = sorted({c.strip() for m in ms if m["context"] for c in m["context"].split(",") if c.strip()})
        day = g["event_date"] or g["first_seen"]
        out.append({
            "id": f"newsevents-{g['event_id']}",
            "event_id": g["event_id"],
            "event_type": g["plover"],
            "mode": max(set(modes), key=modes.count) if modes else None,
            "context": contexts,
            "date": day.isoformat() if day else None,
            "actors": {
                "source": {"name": g["source_name"], "country": g["source_country"],
                           "sector": first.get("source_sector")},
                "target": {"name": g["target_name"], "country": g["target_country"],
                           "sector": first.get("target_sector")},
            },
            "cameo": g["cameo"], "quad_class": g["quad_class"], "goldstein": g["goldstein"],
            "negated": g["negated"],
            "location": {"name": g["place_name"], "country": g["place_country"], "lat": g["place_lat"],
                         "lon": g["place_lon"]} if g["place_name"] else None,
            "story_id": g["story_id"],
            "num_mentions": g["num_mentions"], "num_sources": g["num_sources"], "num_articles": g["num_articles"],
            "first_seen": g["first_seen"].isoformat() if g["first_seen"] else None,
            "last_seen": g["last_seen"].isoformat() if g["last_seen"] else None,
            "source_sentence": first.get("sentence"),
            "source_url": g["source_url"],
            "mentions": [{"doc_id": m["doc_id"], "idx": m["idx"], "trigger": m["trigger"],
                          "trigger_start": m["trigger_start"], "trigger_end": m["trigger_end"],
                          "modality": m["modality"], "published": m["published"].isoformat() if m["published"]
                          else None, "url": m["url"], "duplicate": m["duplicate"], "sentence": m["sentence"]}
                         for m in ms],
        })
    return out


def export_plover(store: Store, path: str | Path, *, include_uncoded: bool = False) -> Path:
    """Write PLOVER records to ``path`` (a JSON array for .json, JSON Lines otherwise)."""
    path = Path(path)
    records = plover_records(store, include_uncoded=include_uncoded)
    with path.open("w", encoding="utf-8") as fh:
        if path.suffix.lower() == ".json":
            json.dump(records, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        else:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
