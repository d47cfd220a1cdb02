from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

from newsevents.analysis.aggregate import aggregate_events, event_mentions
from newsevents.analysis.dedup import deduplicate
from newsevents.model.records import Actor, Document, Event, Extraction
from newsevents.store import Store

from .conftest import Corpus


def _truth_groups(store: Store, corpus: Corpus) -> dict[int, int]:
    """aggregated event id -> the true event most of its mentions belong to."""
    members: dict[int, Counter] = defaultdict(Counter)
    for doc_id, idx, event_id in store.query("SELECT doc_id, idx, event_id FROM event_mentions")[1]:
        members[event_id][corpus.truth.event_of[(doc_id, idx)]] += 1
    return {e: c.most_common(1)[0][0] for e, c in members.items()}


def test_aggregated_counts_are_within_five_percent(corpus_db: Path, corpus: Corpus) -> None:
    with Store(corpus_db) as store:
        deduplicate(store)
        summary = aggregate_events(store)
        truth_events = len(corpus.truth.articles_of)
        assert abs(summary.events - truth_events) / truth_events <= 0.05
        groups = _truth_groups(store, corpus)
        errors = []
        for event_id, n_articles, n_mentions in store.query(
                "SELECT event_id, num_articles, num_mentions FROM event_groups")[1]:
            true_n = len(corpus.truth.articles_of[groups[event_id]])
            errors.append(abs(n_articles - true_n) / true_n)
            assert n_mentions >= n_articles
        assert sum(errors) / len(errors) <= 0.05
        # reprints never inflate NumArticles
        assert max(errors) == 0 or all(
            n <= len(corpus.truth.articles_of[groups[e]])
            for e, n in store.query("SELECT event_id, num_articles FROM event_groups")[1])


def test_every_mention_is_linked_with_its_sentence(corpus_db: Path) -> None:
    with Store(corpus_db) as store:
        aggregate_events(store)
        n_events = store.query("SELECT count(*) FROM events")[1][0][0]
        assert store.query("SELECT count(*) FROM event_mentions")[1][0][0] == n_events
        bad = store.query(
            "SELECT count(*) FROM event_mentions m JOIN events e USING (doc_id, idx) JOIN documents d ON d.id = m.doc_id "
            "WHERE m.sentence <> substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)")[1][0][0]
        assert bad == 0
        event_id = store.query("SELECT min(event_id) FROM event_groups")[1][0][0]
        cols, rows = event_mentions(store, event_id)
        assert "sentence" in cols and rows


def _doc(i: int, published: dt.date, source: str, target: str, root: str = "11", event_date: str | None = None,
         url: str | None = None) -> Extraction:
    text = f"Officials of {source} accused {target} of cheating in report number {i}."
    a = Actor(source, text.index(source), text.index(source) + len(source), source, source, "GOV")
    b = Actor(target, text.index(target), text.index(target) + len(target), target, target, "GOV")
    t = text.index("accused")
    ev = Event("accused", t, t + 7, 0, len(text), cameo=root + "2", root=root, plover="ACCUSE", quad_class=3,
               goldstein=-2.0, source=a, target=b, date=event_date)
    doc = Document(id=f"{i:064d}", text=text, published=published, url=url or f"https://site{i}.example/x")
    return Extraction(doc, actors=(a, b), events=(ev,))


def test_dates_windows_dyads_and_codes_separate_events(tmp_path: Path) -> None:
    d = dt.date(2025, 4, 1)
    docs = [
        _doc(1, d, "USA", "CHN"), _doc(2, d + dt.timedelta(days=1), "USA", "CHN"),
        _doc(3, d + dt.timedelta(days=9), "USA", "CHN"),            # too late: a new event
        _doc(4, d, "CHN", "USA"),                                    # other direction
        _doc(5, d, "USA", "CHN", root="04"),                         # other root
        _doc(6, d + dt.timedelta(days=9), "USA", "CHN", event_date=d.isoformat(),
             url="https://site1.example/y"),                          # dated in the text: joins the first
    ]
    with Store(tmp_path / "a.duckdb") as store:
        store.write_batch(docs)
        assert aggregate_events(store).events == 4
        rows = store.query("SELECT num_mentions, num_articles, num_sources, first_seen, last_seen FROM event_groups "
                           "WHERE source_country = 'USA' AND root = '11' ORDER BY event_id")[1]
    assert rows[0][:3] == (3, 3, 2)  # site1 twice: two sources
    assert rows[0][3] == d and rows[0][4] == d + dt.timedelta(days=9)
    assert rows[1][:3] == (1, 1, 1)


def test_by_story_never_merges_across_stories(corpus_db: Path) -> None:
    from newsevents.analysis.stories import build_stories

    with Store(corpus_db) as store:
        deduplicate(store)
        build_stories(store)
        plain = aggregate_events(store).events
        by_story = aggregate_events(store, by_story=True).events
        mixed = store.query(
            "SELECT count(*) FROM (SELECT m.event_id FROM event_mentions m JOIN story_articles s USING (doc_id) "
            "GROUP BY m.event_id HAVING count(DISTINCT s.story_id) > 1)")[1][0][0]
    assert by_story >= plain and mixed == 0
