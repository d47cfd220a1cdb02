"""Hand-built parses for the event-coding tests (no model needed)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsevents.model.records import Actor, Event, Place, TimeExpr
from newsevents.stages import events
from newsevents.stages.base import StageContext

NO_SPACE_BEFORE = {".", ",", "n't", "'s"}


def parse(spec: str, ents: dict[int, str] | None = None) -> Doc:
    """Tokens as 'word|head|dep|pos|tag|lemma', separated by spaces; heads are absolute indices.

    ``ents`` marks single-token entities: {token index: label}.
    """
    rows = [t.split("|") for t in spec.split()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in NO_SPACE_BEFORE for i in range(len(words))]
    labels = ["O"] * len(words)
    for i, label in (ents or {}).items():
        labels[i] = "B-" + label
    return Doc(
        Vocab(), words=words, spaces=spaces, heads=[int(r[1]) for r in rows], deps=[r[2] for r in rows],
        pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows], ents=labels,
        sent_starts=[i == 0 or words[i - 1] == "." for i in range(len(words))],
    )


def actor(doc: Doc, start: int, end: int, country: str | None, sector: str | None = "GOV",
          kind: str = "name", name: str | None = None) -> Actor:
    span = doc[start:end]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=name or span.text,
                 country=country, sector=sector, kind=kind)


def time_at(doc: Doc, start: int, end: int, value: str) -> TimeExpr:
    span = doc[start:end]
    return TimeExpr(text=span.text, start=span.start_char, end=span.end_char, type="DATE", value=value)


def place_at(doc: Doc, start: int, end: int, country: str) -> Place:
    span = doc[start:end]
    return Place(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=country)


def code(doc: Doc, actors: tuple[Actor, ...] = (), published: str = "2025-06-05", **assigned: object) -> tuple[Event, ...]:
    """Run the events stage and check every record's offsets."""
    ctx = StageContext.for_doc(doc, published=published, actors=actors, **assigned)
    out = events.run(ctx)
    for e in out:
        assert doc.text[e.trigger_start : e.trigger_end] == e.trigger
        for a in (e.source, e.target):
            if a is not None:
                assert doc.text[a.start : a.end] == a.text
    return out


def dyads(out: tuple[Event, ...]) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None) for e in out}
