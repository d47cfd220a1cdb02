"""An EntityRuler with the actor KB's people and multi-word organizations, placed before "ner".

The small English model often tags "Trump" as ORG (or nothing) and splits
institution names; phrase patterns from the actor KB fix those, and the
statistical NER still labels everything else (it keeps the ruler's entities).
"""

from __future__ import annotations

import logging

from spacy.language import Language

log = logging.getLogger(__name__)

RULER_NAME = "actor_ruler"


def add_actor_ruler(nlp: Language, patterns: list[dict] | None = None, name: str = RULER_NAME) -> Language:
    """Add (once) an EntityRuler of actor patterns before "ner"; patterns default to the KB's."""
    if name in nlp.pipe_names:
        return nlp
    if patterns is None:
        from newsevents.kb.actors import load_actor_kb

        patterns = load_actor_kb().ruler_patterns()
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler", name=name, config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False}, **where
    )
    with nlp.select_pipes(enable=[]):  # patterns only need the tokenizer
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    log.info("actor ruler: %d patterns", len(patterns))
    return nlp
