"""The typed records newsevents produces: one module of frozen dataclasses.

Every record that points into a document carries ``start``/``end`` character
offsets into ``Document.text`` (Python string indices, end exclusive), so that
``document.text[record.start:record.end] == record.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

QUOTE_KINDS = ("direct", "partial", "indirect")
MODALITIES = ("asserted", "hedged", "future", "reported")


@dataclass(frozen=True, slots=True)
class Document:
    """One news article: its text and what is known about where it came from."""

    id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None  # origin: file path, "path#record", feed URL, "<stdin>"
    published_from: str = "unknown"  # "caller", "front-matter", "html-meta", "feed", "warc", "jsonl", "unknown"


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NER model (or an entity ruler)."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A mention of an actor resolved to a canonical name, country and sector.

    ``country`` is ISO 3166 alpha-3 (IGOs get codes like UNO, EUR, NATO);
    ``sector`` follows CAMEO/PLOVER (GOV, MIL, BUS, MED, OPP, REB, CVL, ...).
    ``kind`` says how the mention refers: name, pronoun, description,
    metonym, demonym, anonymous, group. ``antecedent`` is the offset of the
    mention a pronoun or description was resolved to, when there is one.
    """

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "name"
    antecedent_start: int | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker: direct, partial or indirect."""

    content: str
    start: int
    end: int
    kind: str  # one of QUOTE_KINDS
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Actor | None = None
    speaker_text: str | None = None  # surface of the speaker mention when no actor resolved
    speaker_start: int | None = None
    speaker_end: int | None = None
    clause_start: int | None = None  # the reported clause a partial quote sits in, when there is one
    clause_end: int | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression with its TIMEX3 type (DATE, TIME, DURATION, SET) and value."""

    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, BEFORE, AFTER, ...


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved to a gazetteer entry."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country, capital, city, region, admin1, continent


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom: one coded action in one sentence."""

    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    cameo: str
    root: str
    plover: str | None = None
    mode: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None  # TIMEX3 value of the governing time expression
    date_source: str = "published"  # "text" when from a time expression, "published" otherwise
    place: Place | None = None
    negated: bool = False
    modality: str = "asserted"  # one of MODALITIES
    attributed_to: Quote | Actor | None = None
    confidence: float = 1.0
    context: str | None = None  # PLOVER context(s), comma separated


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be read or processed, with the reason."""

    origin: str
    reason: str
    error: str  # exception class name
    doc_id: str | None = None
    offset: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the stages read out of one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    stage_seconds: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
