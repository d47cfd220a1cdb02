"""Story clusters: articles about the same happening, grouped over time.

Articles are visited in publication order. Each one joins the most similar
open story (one whose last article is at most ``window_days`` older) when the
similarity reaches ``threshold``, else it starts a new story. Similarity mixes
three signals, each in [0, 1]:

- text: cosine of TF-IDF vectors of content words (the story's centroid);
- actors: overlap coefficient of the countries (or names) of actor mentions;
- events: overlap coefficient of event keys (source, target, CAMEO root).

Near-duplicates (``duplicates``) always join their original's story. Results
go to ``stories`` and ``story_articles``, rebuilt on every call.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsevents.analysis.minhash import words
from newsevents.store import Store

log = logging.getLogger(__name__)

WEIGHTS = {"text": 0.4, "actors": 0.25, "events": 0.35}
THRESHOLD = 0.45
WINDOW_DAYS = 4
_STOP = frozenset(
    ["a", "an", "the", "of", "in", "on", "for", "with", "and", "or", "but", "to", "from", "by", "at", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "not", "no", "said", "says", "say", "will", "would", "could", "should", "may", "might", "can", "also", "after", "before", "over", "about", "into", "than", "then", "there", "here", "who", "which", "what", "when", "where", "while", "more", "most", "some", "any", "all", "one", "two", "new", "last", "first", "told", "us", "mr", "ms"]
)


@dataclass
class _Article:
    doc_id: str
    day: dt.date | None
    title: str | None  # the document title, else its first sentence
    terms: dict[str, float]
    actors: set[str]
    events: set[tuple[str, str, str]]


@dataclass
class _Story:
    members: list[tuple[str, float, bool]] = field(default_factory=list)
    centroid: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    first: dt.date | None = None
    last: dt.date | None = None
    titles: list[str] = field(default_factory=list)

    def add(self, art: _Article, sim: float, duplicate: bool) -> None:
        self.members.append((art.doc_id, sim, duplicate))
        if duplicate:
            return
        self.centroid.update(art.terms)
        self.actors.update(art.actors)
        self.events.update(art.events)
        if art.title:
            self.titles.append(art.title)
        if art.day is not None:
            self.first = art.day if self.first is None else min(self.first, art.day)
            self.last = art.day if self.last is None else max(self.last, art.day)


def _overlap(a: set, b: set | Counter) -> float:
    if not a or not b:
        return 0.0
    return len(a & set(b)) / min(len(a), len(b))


def _cosine(a: dict[str, float], b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0.0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def similarity(art: _Article, story: _Story) -> float:
    return (WEIGHTS["text"] * _cosine(art.terms, story.centroid)
            + WEIGHTS["actors"] * _overlap(art.actors, story.actors)
            + WEIGHTS["events"] * _overlap(art.events, story.events))


def _load(store: Store) -> tuple[list[_Article], dict[str, str]]:
    _, docs = store.query(
        "SELECT id, text, published, title FROM documents ORDER BY published NULLS LAST, ingested_at, id")
    _, dups = store.query("SELECT doc_id, original_id FROM duplicates")
    actors: dict[str, set[str]] = defaultdict(set)
    for doc_id, country, name in store.query(
            "SELECT doc_id, country, name FROM actors WHERE coalesce(country, name) IS NOT NULL")[1]:
        actors[doc_id].add(country or f"name:{name}")
    events: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for doc_id, s, t, r in store.query(
            "SELECT doc_id, coalesce(source_country, source_name, ''), coalesce(target_country, target_name, ''), "
            "root FROM events WHERE root IS NOT NULL AND NOT coalesce(negated, false)")[1]:
        events[doc_id].add((s, t, r))
    tfs = {doc_id: Counter(w for w in words(text) if len(w) > 2 and w not in _STOP and not w.isdigit())
           for doc_id, text, _, _ in docs}
    df: Counter = Counter()
    for tf in tfs.values():
        df.update(tf.keys())
    n = max(1, len(docs))
    articles = []
    for doc_id, text, published, title in docs:
        tf = tfs[doc_id]
        vec = {w: (1 + math.log(c)) * math.log((1 + n) / (1 + df[w])) for w, c in tf.items()}
        top = dict(sorted(vec.items(), key=lambda kv: -kv[1])[:60])
        articles.append(_Article(doc_id, published, title or _lead(text), top, actors.get(doc_id, set()),
                                 events.get(doc_id, set())))
    return articles, dict(dups)


def _lead(text: str) -> str | None:
    """The first sentence-like line of a text, as a fallback title (at most 100 characters)."""
    for line in text.splitlines():
        line = line.strip()
        if len(line) >= 30:
            sentence = line.split(". ")[0].rstrip(".")
            return sentence if len(sentence) <= 100 else sentence[:100].rsplit(" ", 1)[0] + " …"
    return None


@dataclass(frozen=True)
class StorySummary:
    stories: int
    articles: int


def build_stories(store: Store, *, threshold: float = THRESHOLD, window_days: int = WINDOW_DAYS) -> StorySummary:
    """Cluster every stored article into stories and rewrite ``stories``/``story_articles``."""
    articles, original = _load(store)
    stories: list[_Story] = []
    story_of: dict[str, int] = {}
    pending_dups: list[_Article] = []
    for art in articles:
        if art.doc_id in original:
            pending_dups.append(art)
            continue
        best, best_sim = -1, 0.0
        for i in range(len(stories) - 1, -1, -1):
            story = stories[i]
            if art.day is not None and story.last is not None and (art.day - story.last).days > window_days:
                continue
            sim = similarity(art, story)
            if sim > best_sim:
                best, best_sim = i, sim
        if best >= 0 and best_sim >= threshold:
            stories[best].add(art, round(best_sim, 4), False)
        else:
            stories.append(_Story())
            best = len(stories) - 1
            stories[best].add(art, 1.0, False)
        story_of[art.doc_id] = best
    for art in pending_dups:
        target = story_of.get(original[art.doc_id])
        if target is None:  # original not stored: the duplicate stands alone
            stories.append(_Story())
            target = len(stories) - 1
            stories[target].add(art, 1.0, False)
        else:
            stories[target].add(art, 1.0, True)
    _write(store, stories)
    return StorySummary(len(stories), len(articles))


def _title(story: _Story) -> str | None:
    if not story.titles:
        return None
    counts = Counter(story.titles)
    return max(story.titles, key=lambda t: (counts[t], -story.titles.index(t)))


def _write(store: Store, stories: list[_Story]) -> None:
    con = store.con
    rows, members = [], []
    for sid, story in enumerate(stories, start=1):
        keywords = ", ".join(w for w, _ in story.centroid.most_common(6))
        countries = ",".join([c for c, _ in story.actors.most_common() if not c.startswith("name:")][:4])
        n_dup = sum(1 for _, _, d in story.members if d)
        rows.append((sid, _title(story) or keywords, story.first, story.last, len(story.members) - n_dup, n_dup,
                     countries, keywords))
        members += [(doc_id, sid, sim, dup) for doc_id, sim, dup in story.members]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM story_articles")
        con.execute("DELETE FROM stories")
        if rows:
            con.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            con.executemany("INSERT INTO story_articles VALUES (?, ?, ?, ?)", members)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def list_stories(store: Store, limit: int = 50) -> tuple[list[str], list[tuple]]:
    """Stories, largest first."""
    return store.query(
        "SELECT story_id, title, first_date, last_date, n_articles, n_duplicates, countries FROM stories "
        "ORDER BY n_articles DESC, first_date, story_id LIMIT ?", [int(limit)])


def story_articles(store: Store, story_id: int) -> tuple[list[str], list[tuple]]:
    """The member articles of one story."""
    return store.query(
        "SELECT substr(sa.doc_id, 1, 12) AS doc, d.published, coalesce(d.title, d.source) AS title, d.url, "
        "sa.similarity, sa.duplicate FROM story_articles sa JOIN documents d ON d.id = sa.doc_id "
        "WHERE sa.story_id = ? ORDER BY d.published, sa.doc_id", [int(story_id)])
