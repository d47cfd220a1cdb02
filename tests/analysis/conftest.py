"""A synthetic corpus written from templates: originals, reprints and events reported by several outlets.

Nothing here needs spaCy: documents and their events are built as records and
stored with ``Store.write_batch``. The generator returns the truth (which
document reprints which, which mentions belong to which event) so tests can
score de-duplication and aggregation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsevents.model.records import Actor, Document, Event, Extraction, Quote
from newsevents.store import Store

COUNTRIES = {
    "USA": ("Washington", "American"), "CHN": ("Beijing", "Chinese"), "RUS": ("Moscow", "Russian"),
    "FRA": ("Paris", "French"), "DEU": ("Berlin", "German"), "IND": ("New Delhi", "Indian"),
    "BRA": ("Brasilia", "Brazilian"), "JPN": ("Tokyo", "Japanese"), "TUR": ("Ankara", "Turkish"),
    "EGY": ("Cairo", "Egyptian"), "KEN": ("Nairobi", "Kenyan"), "MEX": ("Mexico City", "Mexican"),
}
# (cameo, root, plover, quad_class, goldstein, verb phrases)
ACTIONS = [
    ("040", "04", "CONSULT", 1, 1.0, ["held talks with", "met officials from", "opened consultations with"]),
    ("036", "03", "AGREE", 1, 4.0, ["agreed to meet", "offered to meet", "signalled willingness to meet"]),
    ("057", "05", "AGREE", 1, 8.0, ["signed an agreement with", "concluded a pact with", "sealed a deal with"]),
    ("112", "11", "ACCUSE", 3, -2.0, ["accused", "blamed", "charged"]),
    ("130", "13", "THREATEN", 3, -4.4, ["threatened", "warned of measures against", "issued a threat to"]),
    ("163", "16", "REDUCE", 3, -5.6, ["imposed an embargo on", "restricted trade with", "cut exports to"]),
    ("020", "02", "REQUEST", 1, 3.0, ["appealed to", "called on", "urged"]),
    ("0871", "08", "RETREAT", 2, 9.0, ["lifted sanctions on", "eased restrictions on", "withdrew measures against"]),
    ("190", "19", "ASSAULT", 4, -10.0, ["attacked positions of", "shelled", "struck targets in"]),
    ("061", "06", "COOPERATE", 2, 6.4, ["launched joint projects with", "expanded cooperation with",
                                        "deepened economic ties with"]),
]
OUTLETS = [f"news{i:02d}.example" for i in range(40)]
VOCAB = ["market", "analysts", "officials", "ministry", "border", "spokesperson", "economy", "growth", "shipping", "port", "energy", "grain", "prices", "inflation", "parliament", "coalition", "budget", "reform", "farmers", "workers", "union", "strike", "protest", "capital", "province", "governor", "election", "campaign", "investors", "bonds", "currency", "exchange", "harbour", "railway", "bridge", "steel", "copper", "fertiliser", "drought", "harvest", "rainfall", "fishing", "fleet", "factory", "output", "survey", "index", "diplomats", "envoy", "summit", "agenda", "delegation", "embassy", "consulate", "visa", "tourism", "airline", "airport", "freight", "customs", "inspectors", "satellite", "telecom", "network", "software", "chips", "research", "university", "students", "teachers", "hospital", "vaccine", "clinic", "doctors", "water", "pipeline", "refinery", "tanker", "reserve", "bank", "lenders", "loans", "debt", "bailout", "audit", "court", "judge", "lawyers", "verdict", "appeal", "senate", "committee", "hearing", "report", "draft", "law", "rule", "quarter", "year", "week", "morning", "evening", "record", "decline", "rise", "surge", "slump", "rally", "cautious", "steady", "sharp", "mild"]
FUNCTION = ["the", "a", "of", "in", "on", "for", "with", "and", "that", "as", "by", "from", "at", "which", "while", "after", "before"]


def _actor(text: str, start: int, name: str, country: str) -> Actor:
    return Actor(text=text, start=start, end=start + len(text), name=name, country=country, sector="GOV")


def _filler(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        words = [rng.choice(VOCAB if rng.random() < 0.75 else FUNCTION) for _ in range(rng.randint(10, 18))]
        out.append(" ".join(words).capitalize() + ".")
    return out


@dataclass
class Truth:
    duplicate_of: dict[str, str] = field(default_factory=dict)  # reprint id -> original id
    event_of: dict[tuple[str, int], int] = field(default_factory=dict)  # (doc id, idx) -> true event
    articles_of: dict[int, set[str]] = field(default_factory=dict)  # true event -> original article ids
    story_of: dict[str, int] = field(default_factory=dict)  # doc id -> true happening


@dataclass
class Corpus:
    extractions: list[Extraction]
    truth: Truth


def _article(rng: random.Random, happening: int, src: str, tgt: str, action: tuple, day: dt.date,
             outlet: str, serial: int) -> tuple[str, list[tuple[int, int, str, int, int, str, int, int]], str]:
    """Text plus the spans of its event mentions (trigger, source, target)."""
    verbs = action[5]
    s_cap, s_dem = COUNTRIES[src]
    t_cap, _t_dem = COUNTRIES[tgt]
    parts: list[str] = []
    mentions = []
    pos = 0

    def add(sentence: str) -> int:
        nonlocal pos
        begin = pos + (1 if parts else 0)
        parts.append(sentence)
        pos = begin + len(sentence)
        return begin

    src_name = rng.choice([s_cap, f"{s_dem} officials", f"the {s_dem} government"])
    verb = rng.choice(verbs)
    lead = f"{src_name} {verb} {t_cap} on {day:%B} {day.day}, {outlet} reported."
    begin = add(lead)
    mentions.append((begin, begin + len(src_name), verb, begin + len(src_name) + 1, begin + len(lead),
                     t_cap, begin + lead.index(t_cap, len(src_name)), begin))
    for sentence in _filler(rng, rng.randint(4, 7)):
        add(sentence)
    if rng.random() < 0.6:  # a second mention of the same event later in the article
        verb2 = rng.choice(verbs)
        second = f"The move by {s_cap} came as {s_cap} {verb2} {t_cap} again."
        begin = add(second)
        at = second.index(f"{s_cap} {verb2}")
        mentions.append((begin + at, begin + at + len(s_cap), verb2, begin + at + len(s_cap) + 1,
                         begin + len(second), t_cap, begin + second.rindex(t_cap), begin))
    for sentence in _filler(rng, rng.randint(3, 6)):
        add(sentence)
    add(f"Story {happening}-{serial}.")
    title = f"{s_cap} and {t_cap}: {' '.join(rng.sample(VOCAB, 4))}"
    return " ".join(parts), mentions, title


def _extraction(doc: Document, mentions: list, src: str, tgt: str, action: tuple, day: dt.date,
                dated: bool) -> Extraction:
    cameo, root, plover, quad, gold, _ = action
    events = []
    actors = []
    for s_start, s_end, verb, v_start, sent_end, t_text, t_start, sent_start in mentions:
        source = _actor(doc.text[s_start:s_end], s_start, src, src)
        target = _actor(t_text, t_start, tgt, tgt)
        actors += [source, target]
        events.append(Event(trigger=verb, trigger_start=v_start, trigger_end=v_start + len(verb),
                            sentence_start=sent_start, sentence_end=sent_end, cameo=cameo, root=root,
                            plover=plover, quad_class=quad, goldstein=gold, source=source, target=target,
                            date=day.isoformat() if dated else None, date_source="text" if dated else "published"))
    quote = Quote(content=doc.text[mentions[0][7]:mentions[0][4]], start=mentions[0][7], end=mentions[0][4],
                  kind="indirect", speaker=actors[0])
    return Extraction(document=doc, actors=tuple(actors), events=tuple(events), quotes=(quote,))


def _reprint(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    kind = rng.random()
    if kind < 0.4:  # wire reprint: new dateline, a word or two changed
        for _ in range(2):
            i = rng.randrange(len(words))
            words[i] = rng.choice(VOCAB)
        return "(Wire) " + " ".join(words)
    if kind < 0.7:  # trimmed: last sentences dropped
        sentences = text.split(". ")
        return ". ".join(sentences[: max(3, len(sentences) - 2)]) + "."
    return text + " " + " ".join(_filler(rng, 2)) + " This story has been updated."  # updated version


def make_corpus(n_articles: int = 200, n_reprints: int = 30, n_events: int = 40, seed: int = 7) -> Corpus:
    rng = random.Random(seed)
    truth = Truth()
    extractions: list[Extraction] = []
    base = dt.date(2025, 3, 1)
    codes = list(COUNTRIES)
    plans = []
    for h in range(n_events):
        plans.append((h, rng.randint(3, 5)))
    h = n_events
    while sum(k for _, k in plans) < n_articles - n_reprints:
        plans.append((h, 1))
        h += 1
    originals: list[tuple[Extraction, int]] = []
    for happening, k in plans:
        src, tgt = rng.sample(codes, 2)
        action = rng.choice(ACTIONS)
        day = base + dt.timedelta(days=3 * happening)
        outlets = rng.sample(OUTLETS, k)
        truth.articles_of[happening] = set()
        for serial, outlet in enumerate(outlets):
            dated = rng.random() < 0.5
            published = day + dt.timedelta(days=rng.randint(0, 1 if not dated else 3))
            text, mentions, title = _article(rng, happening, src, tgt, action, day, outlet, serial)
            doc_id = hashlib.sha256(text.encode()).hexdigest()
            doc = Document(id=doc_id, text=text, published=published, url=f"https://{outlet}/{doc_id[:8]}",
                           title=title, source=f"{outlet}.txt", published_from="caller")
            ex = _extraction(doc, mentions, src, tgt, action, day, dated)
            extractions.append(ex)
            originals.append((ex, happening))
            truth.articles_of[happening].add(doc_id)
            truth.story_of[doc_id] = happening
            for i in range(len(ex.events)):
                truth.event_of[(doc_id, i)] = happening
    for ex, happening in rng.sample(originals, n_reprints):
        text = _reprint(rng, ex.document.text)
        doc_id = hashlib.sha256(text.encode()).hexdigest()
        outlet = rng.choice(OUTLETS)
        doc = Document(id=doc_id, text=text, published=ex.document.published + dt.timedelta(days=1),
                       url=f"https://{outlet}/{doc_id[:8]}", title=ex.document.title, source=f"{outlet}.txt")
        shift = len(text) - len(ex.document.text) if text.startswith("(Wire)") else 0
        shifted = _shift_events(ex, doc, shift)
        extractions.append(shifted)
        truth.duplicate_of[doc_id] = ex.document.id
        truth.story_of[doc_id] = happening
        for i in range(len(shifted.events)):
            truth.event_of[(doc_id, i)] = happening
    rng.shuffle(extractions)
    return Corpus(extractions, truth)


def _shift_events(ex: Extraction, doc: Document, shift: int) -> Extraction:
    """The original's events carried into a reprint (offsets moved by a prefix; dropped if cut off)."""
    import dataclasses

    events = []
    n = len(doc.text)
    for e in ex.events:
        if e.sentence_end + shift > n or doc.text[e.trigger_start + shift:e.trigger_end + shift] != e.trigger:
            continue
        src = dataclasses.replace(e.source, start=e.source.start + shift, end=e.source.end + shift)
        tgt = dataclasses.replace(e.target, start=e.target.start + shift, end=e.target.end + shift)
        events.append(dataclasses.replace(e, trigger_start=e.trigger_start + shift,
                                          trigger_end=e.trigger_end + shift, sentence_start=e.sentence_start + shift,
                                          sentence_end=e.sentence_end + shift, source=src, target=tgt))
    actors = tuple(a for e in events for a in (e.source, e.target))
    return Extraction(document=doc, actors=actors, events=tuple(events))


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture
def corpus_db(tmp_path: Path, corpus: Corpus) -> Path:
    path = tmp_path / "synthetic.duckdb"
    with Store(path) as store:
        store.write_batch(corpus.extractions)
    return path
