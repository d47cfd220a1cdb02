"""GDELT 2.0 Event table export: one tab-separated row of 61 columns per aggregated event.

Rows come from ``event_groups`` (run ``aggregate_events`` first). Columns the
engine does not produce (ethnic and religious codes, ADM codes, FIPS country
codes of places, AvgTone) are left empty, as GDELT leaves unknown fields.
Actor geography is the actor's country (type 1, the gazetteer's point for the
country); the action's is the event's place, typed from its gazetteer feature. Columns GDELT has no room for (PLOVER type, negation, story,
ISO country of the place, first/last seen, the mention count without reprints)
go to a side file keyed by GLOBALEVENTID.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from newsevents.kb.gazetteer import Gazetteer, load_gazetteer
from newsevents.store import Store

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")],
    "DATEADDED", "SOURCEURL",
]
SIDE_COLUMNS = ["GLOBALEVENTID", "plover", "negated", "story_id", "source_country", "target_country",
                "place_name", "place_country", "first_seen", "last_seen", "num_mentions_original",
                "mode", "context", "doc_ids"]
LEAD_CHARS = 400  # a mention starting in an article's first 400 characters is in its lead (IsRootEvent)
IGO_CODES = frozenset({"UNO", "EUR", "NATO", "AFR", "ASN", "OPC", "WBK", "IMF", "WTO", "ICC", "IAE", "GCC", "ARL"})

_QUERY = """
SELECT g.*, s.root_event, s.added, s.mode, s.context, s.doc_ids, s.original_mentions
FROM event_groups g JOIN (
    SELECT m.event_id,
           max(CASE WHEN e.sentence_start < ? THEN 1 ELSE 0 END) AS root_event,
           min(d.ingested_at) AS added, mode(e.mode) AS mode, mode(e.context) AS context,
           string_agg(DISTINCT m.doc_id, ',' ORDER BY m.doc_id) AS doc_ids,
           count(*) FILTER (WHERE NOT m.duplicate) AS original_mentions
    FROM event_mentions m JOIN events e USING (doc_id, idx) JOIN documents d ON d.id = m.doc_id
    GROUP BY m.event_id
) s USING (event_id)
ORDER BY g.event_id
"""


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _actor(country: str | None, name: str | None, sector: str | None) -> list[Any]:
    code = (country or "") + (sector or "") if (country or sector) else None
    group = country if country in IGO_CODES else None
    return [code, name.upper() if name else None, None if group else country, group, None, None, None,
            sector, None, None]


_PLACE_FEATURES = """
SELECT m.event_id, mode(p.feature), mode(p.geonameid)
FROM event_mentions m JOIN events e USING (doc_id, idx)
     JOIN places p ON p.doc_id = e.doc_id AND p.name = e.place_name
GROUP BY m.event_id
"""


def _geo_type(feature: str | None, country: str | None) -> int | None:
    """GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (None: a region)."""
    us = country == "USA"
    if feature == "country":
        return 1
    if feature == "admin1":
        return 2 if us else 5
    if feature in ("city", "capital", "admin2"):
        return 3 if us else 4
    return None


def _actor_geo(gaz: Gazetteer, country: str | None) -> list[Any]:
    """An actor's country as GDELT actor geography (empty for IGOs and unknown countries)."""
    info = gaz.country_info(country) if country and country not in IGO_CODES else None
    if info is None:
        return [None] * 8
    return [1, info.name, None, None, None, info.lat, info.lon, info.geonameid]


def gdelt_rows(store: Store) -> tuple[list[list[Any]], list[list[Any]]]:
    """(61-column event rows, side-file rows) for every aggregated event."""
    cols, rows = store.query(_QUERY, [LEAD_CHARS])
    events, side = [], []
    sectors = dict(store.query(
        "SELECT m.event_id, mode(e.source_sector) || '|' || coalesce(mode(e.target_sector), '') "
        "FROM event_mentions m JOIN events e USING (doc_id, idx) GROUP BY m.event_id")[1])
    features = {eid: (feature, geonameid) for eid, feature, geonameid in store.query(_PLACE_FEATURES)[1]}
    gaz = load_gazetteer()
    for row in rows:
        r = dict(zip(cols, row, strict=True))
        day = r["event_date"] or r["first_seen"]
        src_sector, _, tgt_sector = (sectors.get(r["event_id"]) or "|").partition("|")
        cameo = r["cameo"] or ""
        feature, geonameid = features.get(r["event_id"], (None, None))
        geo = [_geo_type(feature, r["place_country"]) if r["place_lat"] is not None else None, r["place_name"],
               None, None, None, r["place_lat"], r["place_lon"], geonameid]
        events.append([
            r["event_id"],
            day.strftime("%Y%m%d") if day else None,
            day.strftime("%Y%m") if day else None,
            day.year if day else None,
            round(day.year + (day.month * 30 + day.day) / 365, 4) if day else None,
            *_actor(r["source_country"], r["source_name"], src_sector or None),
            *_actor(r["target_country"], r["target_name"], tgt_sector or None),
            r["root_event"], cameo, cameo[:3] if len(cameo) >= 3 else cameo, r["root"],
            r["quad_class"], r["goldstein"], r["num_mentions"], r["num_sources"], r["num_articles"], None,
            *_actor_geo(gaz, r["source_country"]), *_actor_geo(gaz, r["target_country"]), *geo,
            r["added"].strftime("%Y%m%d%H%M%S") if r["added"] else None,
            r["source_url"],
        ])
        side.append([r["event_id"], r["plover"], r["negated"], r["story_id"], r["source_country"],
                     r["target_country"], r["place_name"], r["place_country"], r["first_seen"], r["last_seen"],
                     r["original_mentions"], r["mode"], r["context"], r["doc_ids"]])
    return events, side


def export_gdelt(store: Store, path: str | Path, *, side_path: str | Path | None = None,
                 header: bool = False) -> tuple[Path, Path]:
    """Write the GDELT 2.0 Event TSV (no header row, like GDELT's files) and its side file.

    The side file defaults to ``<path stem>.extra.tsv`` and always has a header.
    """
    path = Path(path)
    side_path = Path(side_path) if side_path else path.with_name(path.stem + ".extra.tsv")
    events, side = gdelt_rows(store)
    with path.open("w", encoding="utf-8", newline="") as fh:
        if header:
            fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for row in events:
            fh.write("\t".join(_clean(v) for v in row) + "\n")
    with side_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(SIDE_COLUMNS)
        writer.writerows([[_clean(v) for v in row] for row in side])
    return path, side_path
