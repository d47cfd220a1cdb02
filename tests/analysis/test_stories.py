from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from newsevents.analysis.dedup import deduplicate
from newsevents.analysis.stories import build_stories, list_stories, story_articles
from newsevents.store import Store

from .conftest import Corpus


def test_stories_group_articles_about_the_same_happening(corpus_db: Path, corpus: Corpus) -> None:
    with Store(corpus_db) as store:
        deduplicate(store)
        summary = build_stories(store)
        rows = store.query("SELECT doc_id, story_id, duplicate FROM story_articles")[1]
        assert summary.articles == len(rows) == len(corpus.extractions)
        by_story: dict[int, list[int]] = defaultdict(list)
        by_truth: dict[int, set[int]] = defaultdict(set)
        for doc_id, story_id, _ in rows:
            by_story[story_id].append(corpus.truth.story_of[doc_id])
            by_truth[corpus.truth.story_of[doc_id]].add(story_id)
        purity = sum(Counter(v).most_common(1)[0][1] for v in by_story.values()) / len(rows)
        assert purity >= 0.9
        assert sum(1 for s in by_truth.values() if len(s) == 1) / len(by_truth) >= 0.9
        story_of = {d: s for d, s, _ in rows}
        for dup, original in corpus.truth.duplicate_of.items():
            assert story_of[dup] == story_of[original]
        cols, listed = list_stories(store, 5)
        assert cols[:2] == ["story_id", "title"] and listed[0][1]
        assert listed[0][2] <= listed[0][3]  # first_date <= last_date
        _, members = story_articles(store, listed[0][0])
        assert len(members) == listed[0][4] + listed[0][5]


def test_rebuilding_replaces_the_clusters(corpus_db: Path) -> None:
    with Store(corpus_db) as store:
        first = build_stories(store)
        second = build_stories(store)
        assert first == second
        assert store.query("SELECT count(*) FROM story_articles")[1][0][0] == first.articles
