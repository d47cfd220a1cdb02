"""The engine: parse documents with spaCy, then run the stages in order.

``Pipeline.process`` streams ``Document``/``Failure`` items in and
``Extraction``/``Failure`` items out; a document that fails in any stage
becomes a ``Failure`` and the stream goes on.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import fields

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.model.errors import StageError
from newsevents.model.options import Options
from newsevents.model.records import Document, Extraction, Failure
from newsevents.nlp.loader import load_pipeline
from newsevents.stages import load_stages
from newsevents.stages.base import Stage, StageContext

log = logging.getLogger(__name__)

_ASSIGNED = {f.name for f in fields(StageContext)} - {"document", "doc", "options"}


class Pipeline:
    """spaCy plus the enabled stages, built once from an ``Options``."""

    def __init__(self, options: Options | None = None, nlp: Language | None = None) -> None:
        self.options = options or Options()
        self.stages: list[Stage] = load_stages(self.options.stages)
        self.nlp = nlp if nlp is not None else load_pipeline(self.options.model, True, tuple(self.options.actor_files))
        self.nlp.max_length = max(self.nlp.max_length, self.options.max_chars + 1)

    # -- one parsed document -------------------------------------------------
    def analyse(self, document: Document, doc: Doc) -> Extraction:
        """Run every stage on a parsed document (raises StageError)."""
        ctx = StageContext(document=document, doc=doc, options=self.options)
        timings: dict[str, float] = {}
        for stage in self.stages:
            began = time.perf_counter()
            try:
                records = stage.run(ctx)
            except Exception as exc:  # a stage bug must not sink the batch
                raise StageError(
                    f"stage {stage.name} failed: {type(exc).__name__}: {exc}",
                    doc_id=document.id,
                    origin=document.source,
                ) from exc
            timings[stage.name] = time.perf_counter() - began
            if stage.assigns in _ASSIGNED:
                setattr(ctx, stage.assigns, tuple(records))
        return Extraction(
            document=document,
            entities=ctx.entities,
            actors=ctx.actors,
            times=ctx.times,
            places=ctx.places,
            quotes=ctx.quotes,
            events=ctx.events,
            stage_seconds=timings,
        )

    # -- streams ---------------------------------------------------------------
    def process(self, items: Iterable[Document | Failure]) -> Iterator[Extraction | Failure]:
        """Parse and analyse documents; failures pass through in order.

        The whole stream goes through one ``nlp.pipe`` call, so with ``n_process``
        above 1 the parsing processes start once and keep parsing ahead while this
        process runs the stages. When parsing raises, the documents read but not
        yet analysed are parsed one by one (the bad one becomes a Failure) and the
        rest of the stream goes on through a new ``nlp.pipe``.
        """
        source = iter(items)
        while True:
            feed = _Feed(source)
            try:
                parsed = self.nlp.pipe(feed, as_tuples=True, batch_size=self.options.batch_size,
                                       n_process=self.options.n_process)
                for doc, key in parsed:
                    while not isinstance(feed.pending[0], Document):
                        yield feed.pending.popleft()
                    document = feed.pending.popleft()
                    if id(document) != key:
                        raise RuntimeError("parsed documents came back out of order")
                    yield self._analysed(document, doc)
            except Exception as exc:
                if not feed.pending:
                    raise
                log.warning("parsing failed (%s); parsing %d pending items one by one", exc, len(feed.pending))
            while feed.pending:
                item = feed.pending.popleft()
                yield item if isinstance(item, Failure) else self._analysed(item, None)
            if feed.error is not None:
                raise feed.error
            if feed.exhausted:
                return

    def _analysed(self, document: Document, doc: Doc | None) -> Extraction | Failure:
        """Analyse a parsed document (parse it alone when ``doc`` is None); any error becomes a Failure."""
        if doc is None:
            try:
                doc = self.nlp(document.text)
            except Exception as exc:
                return _failure(document, f"parse failed: {type(exc).__name__}: {exc}", exc)
        try:
            return self.analyse(document, doc)
        except StageError as exc:
            log.warning("%s", exc)
            return _failure(document, exc.reason, exc.__cause__ or exc)
        except Exception as exc:  # a bug outside the stages still must not lose the document
            log.exception("analysis of %s failed", document.id)
            return _failure(document, f"analysis failed: {type(exc).__name__}: {exc}", exc)

    def extract(self, document: Document) -> Extraction:
        """Analyse one document; raises StageError when a stage fails."""
        return self.analyse(document, self.nlp(document.text))

    def extract_many(self, documents: list[Document]) -> list[Extraction]:
        """One Extraction per document, in order (an empty one when a document fails)."""
        out: list[Extraction] = []
        for result, document in zip(self.process(documents), documents, strict=True):
            out.append(result if isinstance(result, Extraction) else Extraction(document=document))
        return out


class _Feed:
    """Texts for ``nlp.pipe``, keyed by their Document; remembers every item read, in order.

    An error raised by the source ends the feed (``error``) so that what was read
    before it is still analysed; ``process`` raises it afterwards.
    """

    def __init__(self, source: Iterator[Document | Failure]) -> None:
        self.source = source
        self.pending: deque[Document | Failure] = deque()
        self.exhausted = False
        self.error: Exception | None = None

    def __iter__(self) -> Iterator[tuple[str, int]]:
        while True:
            try:
                item = next(self.source)
            except StopIteration:
                self.exhausted = True
                return
            except Exception as exc:
                self.error, self.exhausted = exc, True
                return
            self.pending.append(item)
            if isinstance(item, Document):
                yield item.text, id(item)


def _failure(document: Document, reason: str, exc: BaseException) -> Failure:
    return Failure(
        origin=document.source or document.id,
        reason=reason,
        error=type(exc).__name__,
        doc_id=document.id,
    )
