"""What every stage shares: the per-document context and the stage descriptor.

A stage is a plain function ``run(ctx) -> tuple[Record, ...]`` plus a
``Stage`` descriptor naming what it requires and what it assigns. Stages read
the parsed spaCy ``Doc`` and what earlier stages assigned on the context; they
never mutate the context themselves (the pipeline stores their output).

A context can be built around a hand-made ``Doc`` (``StageContext.for_doc``),
so every stage is testable without loading a model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from newsevents.model.options import Options
from newsevents.model.records import Actor, Document, Entity, Event, Place, Quote, TimeExpr


@dataclass
class StageContext:
    """A document on its way through the stages."""

    document: Document
    doc: Doc
    options: Options = field(default_factory=Options)
    entities: tuple[Entity, ...] = ()
    actors: tuple[Actor, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()

    @property
    def published(self) -> dt.date | None:
        return self.document.published

    @classmethod
    def for_doc(
        cls,
        doc: Doc,
        published: dt.date | str | None = None,
        options: Options | None = None,
        **assigned: Any,
    ) -> StageContext:
        """Wrap a (possibly hand-built) spaCy Doc, e.g. in tests."""
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        digest = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
        document = Document(id=digest, text=doc.text, published=published)
        return cls(document=document, doc=doc, options=options or Options(), **assigned)


StageFn = Callable[[StageContext], tuple[Any, ...]]


@dataclass(frozen=True)
class Stage:
    """A named unit of the pipeline: what it needs, what it adds, how it runs."""

    name: str
    requires: tuple[str, ...]
    assigns: str
    run: StageFn
