"""stories, narrative, dyad and export against a store written from hand-made records (no model)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli.main import cli
from newsevents.model.records import Actor, Document, Event, Extraction, Quote
from newsevents.store import Store

FILLER = ["Markets in the region were calm and shipping schedules held steady through the week.",
          "Analysts said grain prices and freight costs would decide the mood of the coming month.",
          "A parliamentary committee postponed its hearing on the budget until the autumn session.",
          "Farmers in the north reported a late harvest after an unusually wet and cold spring."]


def _article(n: int, day: dt.date, accuse: bool) -> Extraction:
    lead = ("Washington accused Beijing of breaching the Lisbon agreement, officials said." if accuse
            else "Beijing held talks with Washington on farm trade, officials said.")
    quote_us = "This is about trade and nothing else"
    quote_cn = "The Taiwan question must be handled with care"
    body = f"{lead} “{quote_us},” Trump said. “{quote_cn},” Xi said. " + " ".join(
        FILLER[(n + i) % 4] + f" Note {n}-{i}." for i in range(6))
    src_name, tgt_name = ("Washington", "Beijing") if accuse else ("Beijing", "Washington")
    src = Actor(src_name, body.index(src_name), body.index(src_name) + len(src_name), src_name,
                "USA" if accuse else "CHN", "GOV")
    tgt = Actor(tgt_name, body.index(tgt_name), body.index(tgt_name) + len(tgt_name), tgt_name,
                "CHN" if accuse else "USA", "GOV")
    trig = "accused" if accuse else "held talks"
    t = body.index(trig)
    event = Event(trig, t, t + len(trig), 0, len(lead), cameo="112" if accuse else "040", root="11" if accuse else "04",
                  plover="ACCUSE" if accuse else "CONSULT", quad_class=3 if accuse else 1,
                  goldstein=-2.0 if accuse else 1.0, source=src, target=tgt)
    trump = Actor("Trump", body.index("Trump"), body.index("Trump") + 5, "Donald Trump", "USA", "GOV")
    xi = Actor("Xi", body.index("Xi said"), body.index("Xi said") + 2, "Xi Jinping", "CHN", "GOV")
    quotes = (Quote(quote_us, body.index(quote_us), body.index(quote_us) + len(quote_us), "direct", speaker=trump),
              Quote(quote_cn, body.index(quote_cn), body.index(quote_cn) + len(quote_cn), "direct", speaker=xi))
    doc_id = hashlib.sha256(body.encode()).hexdigest()
    doc = Document(id=doc_id, text=body, published=day, url=f"https://outlet{n}.example/{n}", title=lead[:40])
    return Extraction(doc, actors=(src, tgt, trump, xi), quotes=quotes, events=(event,))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    day = dt.date(2025, 5, 1)
    items = [_article(i, day, True) for i in range(3)] + [_article(i, day + dt.timedelta(days=20), False)
                                                          for i in range(3, 5)]
    reprint = items[0].document.text + " This story has been updated."
    rid = hashlib.sha256(reprint.encode()).hexdigest()
    items.append(Extraction(Document(id=rid, text=reprint, published=day + dt.timedelta(days=1),
                                     url="https://wire.example/r"), events=items[0].events,
                            actors=items[0].actors))
    path = tmp_path / "a.duckdb"
    with Store(path) as store:
        store.write_batch(items)
    return path


def test_stories_lists_and_shows(db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["stories", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    stories = json.loads(res.output)
    assert len(stories) == 2 and sorted(s["n_articles"] for s in stories) == [2, 3]
    big = next(s for s in stories if s["n_articles"] == 3)
    assert big["n_duplicates"] == 1
    res = runner.invoke(cli, ["stories", str(db), str(big["story_id"]), "--format", "json"])
    assert res.exit_code == 0, res.output
    shown = json.loads(res.output)
    assert len(shown["articles"]) == 4
    assert shown["events"][0]["num_articles"] == 3 and shown["events"][0]["num_mentions"] == 4
    assert runner.invoke(cli, ["stories", str(db), str(big["story_id"])]).exit_code == 0
    assert runner.invoke(cli, ["stories", str(db), "999"]).exit_code == 3


def test_narrative_dyad_and_story(db: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["narrative", str(db), "--dyad", "usa", "chn", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data["sides"]) == {"USA", "CHN"}
    assert any(d["topic"] == "taiwan" for d in data["discrepancies"])
    res = runner.invoke(cli, ["narrative", str(db), "--story", "1"])
    assert res.exit_code == 0 and "Discrepancies" in res.output
    assert runner.invoke(cli, ["narrative", str(db)]).exit_code == 2
    assert runner.invoke(cli, ["narrative", str(db), "--dyad", "FRA", "DEU"]).exit_code == 3


def test_dyad_table_csv_json_and_chart(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["dyad", str(db), "USA", "CHN", "--freq", "day", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [int(r["events"]) for r in rows] == [3, 2]  # the reprint is not counted
    res = runner.invoke(cli, ["dyad", str(db), "USA", "CHN", "--unit", "events", "--format", "json",
                              "--chart", str(tmp_path / "c.svg")])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["totals"]["events"] == 2
    assert (tmp_path / "c.svg").exists()
    res = runner.invoke(cli, ["dyad", str(db), "USA", "CHN", "--directed", "--chart", str(tmp_path / "c.png")])
    assert res.exit_code == 0 and (tmp_path / "c.png").exists()
    assert runner.invoke(cli, ["dyad", str(db), "USA", "CHN", "--chart", str(tmp_path / "c.gif")]).exit_code == 2


def test_export_every_format(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["export", str(db), "--format", "gdelt", "-o", str(tmp_path / "e.tsv")])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "e.tsv").read_text().splitlines()
    assert len(lines) == 2 and all(len(line.split("\t")) == 61 for line in lines)
    assert (tmp_path / "e.extra.tsv").exists()
    res = runner.invoke(cli, ["export", str(db), "--format", "plover", "-o", str(tmp_path / "e.json")])
    assert res.exit_code == 0
    assert {r["event_type"] for r in json.loads((tmp_path / "e.json").read_text())} == {"ACCUSE", "CONSULT"}
    res = runner.invoke(cli, ["export", str(db), "--format", "parquet", "-o", str(tmp_path / "pq"),
                              "--table", "events", "--table", "event_groups"])
    assert res.exit_code == 0 and sorted(p.name for p in (tmp_path / "pq").iterdir()) == [
        "event_groups.parquet", "events.parquet"]
    res = runner.invoke(cli, ["export", str(db), "--format", "csv", "-o", str(tmp_path / "csv")])
    assert res.exit_code == 0 and (tmp_path / "csv" / "documents.csv").exists()


def test_stories_rebuild_with_settings(db: Path) -> None:
    res = CliRunner().invoke(cli, ["stories", str(db), "--threshold", "0.99", "--window", "0", "--format", "json"])
    assert res.exit_code == 0, res.output
    stories = json.loads(res.stdout)
    assert len(stories) >= 2 and sum(s["n_duplicates"] for s in stories) == 1
