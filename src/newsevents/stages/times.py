"""Stage 3: time expressions, recognized by rules and normalized to TIMEX3 values.

Dates, times of day, durations and sets are found by compiled token-level
patterns over the text (``stages/timex``) and resolved against the publication
date; relative dates follow the tense of the verb that governs them ("Xi met
him on Friday" is the Friday before, "will meet on Friday" the one after).
Without a publication date, relative values stay underspecified (``XXXX-WXX-5``,
``PAST_REF``) and absolute ones are kept as written.
"""

from __future__ import annotations

from newsevents.model.records import TimeExpr
from newsevents.stages.base import Stage, StageContext
from newsevents.stages.timex.recognizer import recognize


def run(ctx: StageContext) -> tuple[TimeExpr, ...]:
    return recognize(ctx.doc, ctx.document.published, ctx.document.text)


STAGE = Stage(name="times", requires=(), assigns="times", run=run)
