"""Every export is read back: GDELT TSV and its side file, PLOVER JSON, CSV and Parquet of every table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from newsevents.analysis.corpus import refresh
from newsevents.analysis.exports import GDELT_COLUMNS, export_gdelt, export_plover, export_tables
from newsevents.store import Store
from newsevents.store.schema import TABLES


@pytest.fixture
def ready_db(corpus_db: Path) -> Path:
    with Store(corpus_db) as store:
        refresh(store)
    return corpus_db


def test_gdelt_tsv_has_61_columns_and_reads_back(ready_db: Path, tmp_path: Path) -> None:
    assert len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    with Store(ready_db) as store:
        path, side = export_gdelt(store, tmp_path / "events.tsv")
        groups = {r[0]: r[1:] for r in store.query(
            "SELECT event_id, num_mentions, num_sources, num_articles, root FROM event_groups")[1]}
    con = duckdb.connect()
    rows = con.execute("SELECT * FROM read_csv(?, delim='\t', header=false, names=?, all_varchar=true)",
                       [str(path), GDELT_COLUMNS]).fetchall()
    assert len(rows) == len(groups)
    for row in rows:
        r = dict(zip(GDELT_COLUMNS, row, strict=True))
        mentions, sources, articles, root = groups[int(r["GLOBALEVENTID"])]
        assert (int(r["NumMentions"]), int(r["NumSources"]), int(r["NumArticles"])) == (mentions, sources, articles)
        assert r["EventRootCode"] == root and r["EventCode"].startswith(root)
        assert len(r["SQLDATE"]) == 8 and r["MonthYear"] == r["SQLDATE"][:6]
        assert r["QuadClass"] in {"1", "2", "3", "4"}
        if r["Actor1CountryCode"]:  # a country actor is placed at its country (geo type 1)
            assert r["Actor1Geo_Type"] == "1" and r["Actor1Geo_FullName"] and r["Actor1Geo_Lat"]
        if r["ActionGeo_Lat"]:
            assert r["ActionGeo_FullName"] and r["ActionGeo_Type"] in {"", "1", "2", "3", "4", "5"}
    with side.open() as fh:
        extra = list(csv.DictReader(fh, delimiter="\t"))
    assert len(extra) == len(groups) and {"plover", "story_id", "doc_ids"} <= set(extra[0])


def test_gdelt_header_option(ready_db: Path, tmp_path: Path) -> None:
    with Store(ready_db) as store:
        path, _ = export_gdelt(store, tmp_path / "h.tsv", header=True)
    assert path.read_text().splitlines()[0].split("\t") == GDELT_COLUMNS


def test_plover_records_read_back(ready_db: Path, tmp_path: Path) -> None:
    with Store(ready_db) as store:
        jsonl = export_plover(store, tmp_path / "events.jsonl")
        array = export_plover(store, tmp_path / "events.json")
        n_groups = store.query("SELECT count(*) FROM event_groups WHERE plover IS NOT NULL")[1][0][0]
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert records == json.loads(array.read_text())
    assert len(records) == n_groups
    first = records[0]
    assert {"id", "event_type", "mode", "context", "date", "actors", "source_sentence", "mentions"} <= set(first)
    assert first["actors"]["source"]["country"] and first["mentions"][0]["sentence"]
    assert first["num_mentions"] == len(first["mentions"])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_every_table_exports_and_reads_back(ready_db: Path, tmp_path: Path, fmt: str) -> None:
    with Store(ready_db, read_only=True) as store:
        written = export_tables(store, tmp_path / fmt, fmt=fmt)
        counts = {t: store.query(f"SELECT count(*) FROM {t}")[1][0][0] for t in TABLES}
    assert sorted(p.stem for p in written) == sorted(TABLES)
    for path in written:
        if fmt == "parquet":
            n = pq.read_table(path).num_rows
        else:
            n = duckdb.connect().execute("SELECT count(*) FROM read_csv(?, header=true)", [str(path)]).fetchone()[0]
        assert n == counts[path.stem], path.name


def test_unknown_table_or_format_is_refused(ready_db: Path, tmp_path: Path) -> None:
    with Store(ready_db, read_only=True) as store:
        with pytest.raises(ValueError):
            export_tables(store, tmp_path, tables=["documents; DROP TABLE events"])
        with pytest.raises(ValueError):
            export_tables(store, tmp_path, fmt="xlsx")


def test_gdelt_geography_of_actors_and_action(tmp_path: Path) -> None:
    import datetime as dt

    from newsevents.model.records import Actor, Document, Event, Extraction, Place

    text = "Kenya condemned Uganda in Nairobi on Monday."
    doc = Document(id="f" * 64, text=text, published=dt.date(2026, 3, 2), url="https://news.example/a")
    kenya = Actor(text="Kenya", start=0, end=5, name="Kenya", country="KEN", sector="GOV", kind="metonym")
    uganda = Actor(text="Uganda", start=16, end=22, name="Uganda", country="UGA", kind="metonym")
    nairobi = Place(text="Nairobi", start=26, end=33, name="Nairobi", country="KEN", lat=-1.283, lon=36.817,
                    geonameid=184745, feature="capital")
    event = Event(trigger="condemned", trigger_start=6, trigger_end=15, sentence_start=0, sentence_end=len(text),
                  cameo="122", root="12", plover="REJECT", quad_class=3, goldstein=-4.0, source=kenya,
                  target=uganda, place=nairobi)
    db = tmp_path / "geo.duckdb"
    with Store(db) as store:
        store.write_batch([Extraction(document=doc, actors=(kenya, uganda), places=(nairobi,), events=(event,))])
        refresh(store)
        path, _ = export_gdelt(store, tmp_path / "geo.tsv")
    row = dict(zip(GDELT_COLUMNS, path.read_text().rstrip("\n").split("\t"), strict=True))
    assert (row["Actor1Geo_Type"], row["Actor1Geo_FullName"]) == ("1", "Kenya")
    assert (row["Actor2Geo_Type"], row["Actor2Geo_FullName"]) == ("1", "Uganda")
    assert row["Actor1Geo_Lat"] and row["Actor1Geo_FeatureID"]
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_FeatureID"]) == ("4", "Nairobi", "184745")
    assert float(row["ActionGeo_Lat"]) == -1.283
