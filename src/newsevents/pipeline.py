"""The engine: parse documents with spaCy, then run the stages in order.

``Pipeline.process`` streams ``Document``/``Failure`` items in and
``Extraction``/``Failure`` items out; a document that fails in any stage
becomes a ``Failure`` and the stream goes on.
"""

from __future__ import annotations

import logging
import time
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
        """Parse and analyse documents in batches; failures pass through in order."""
        pending: list[Document | Failure] = []
        for item in items:
            pending.append(item)
            if len(pending) >= self.options.batch_size:
                yield from self._process_batch(pending)
                pending = []
        if pending:
            yield from self._process_batch(pending)

    def _process_batch(self, batch: list[Document | Failure]) -> Iterator[Extraction | Failure]:
        documents = [item for item in batch if isinstance(item, Document)]
        parsed: dict[int, Doc | Failure] = {}
        try:
            pairs = self.nlp.pipe(
                ((d.text, i) for i, d in enumerate(documents)),
                as_tuples=True,
                batch_size=self.options.batch_size,
                n_process=self.options.n_process,
            )
            for doc, i in pairs:
                parsed[i] = doc
        except Exception as exc:  # parse the batch one by one to isolate the bad document
            log.warning("batch parse failed (%s); retrying documents one by one", exc)
            for i, d in enumerate(documents):
                if i in parsed:
                    continue
                try:
                    parsed[i] = self.nlp(d.text)
                except Exception as one:
                    parsed[i] = _failure(d, f"parse failed: {type(one).__name__}: {one}", one)
        index = 0
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            doc = parsed[index]
            index += 1
            if isinstance(doc, Failure):
                yield doc
                continue
            try:
                yield self.analyse(item, doc)
            except StageError as exc:
                log.warning("%s", exc)
                yield _failure(item, exc.reason, exc.__cause__ or exc)

    def extract(self, document: Document) -> Extraction:
        """Analyse one document; raises StageError when a stage fails."""
        return self.analyse(document, self.nlp(document.text))

    def extract_many(self, documents: list[Document]) -> list[Extraction]:
        """One Extraction per document, in order (an empty one when a document fails)."""
        out: list[Extraction] = []
        for result, document in zip(self.process(documents), documents, strict=True):
            out.append(result if isinstance(result, Extraction) else Extraction(document=document))
        return out


def _failure(document: Document, reason: str, exc: BaseException) -> Failure:
    return Failure(
        origin=document.source or document.id,
        reason=reason,
        error=type(exc).__name__,
        doc_id=document.id,
    )
