"""Stage 1: named entities, straight from the spaCy NER (plus the actor entity ruler)."""

from __future__ import annotations

from newsevents.model.records import Entity
from newsevents.stages.base import Stage, StageContext


def run(ctx: StageContext) -> tuple[Entity, ...]:
    return tuple(
        Entity(text=ent.text, start=ent.start_char, end=ent.end_char, label=ent.label_)
        for ent in ctx.doc.ents
    )


STAGE = Stage(name="entities", requires=(), assigns="entities", run=run)
