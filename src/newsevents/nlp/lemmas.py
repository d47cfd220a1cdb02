"""A cached stand-in for the model's rule lemmatizer, with identical output.

spaCy's rule lemmatizer visits every token from Python and sets
``token.lemma_`` one by one, and its own cache does not cover base forms or
words without rules. A token's lemma is a function of its ORTH, POS and MORPH
alone (the lookup tables are fixed once loaded), so this component reads those
three columns with one ``to_array``, asks the original lemmatizer only for
keys it has never seen, and writes the LEMMA column back with one
``from_array``. Tokens that already carry a lemma (set by the attribute ruler)
keep it unless the lemmatizer overwrites, as in the original.
tests/nlp/test_lemmas.py checks the output against the model's own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

log = logging.getLogger(__name__)

NAME = "cached_lemmatizer"
_MODES = ("rule", "lookup")  # modes whose result depends on ORTH/POS/MORPH only
_MAX_CACHE = 500_000


class CachedLemmatizer:
    """Wraps a spaCy Lemmatizer; same lemmas, one array read and write per document."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        overwrite = bool(self.lemmatizer.overwrite)
        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        cache = self.cache
        lemmas: list[int] = []
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if len(cache) < _MAX_CACHE:
                    cache[key] = found
            lemmas.append(found)
            changed = changed or found != lemma
        if changed:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(NAME)
def make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def cache_lemmatizer(nlp: Language) -> Language:
    """Run the model's lemmatizer through the cache (same lemmas, a fraction of the time).

    Left alone when the pipeline has no lemmatizer or one whose mode may look beyond a
    token's ORTH, POS and MORPH.
    """
    if "lemmatizer" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) not in _MODES:
        log.info("lemmatizer mode %r is not cached", getattr(lemmatizer, "mode", None))
        return nlp
    if not getattr(lemmatizer, "_validated", True):
        lemmatizer._validate_tables()
    nlp.add_pipe(NAME, after="lemmatizer")
    nlp.disable_pipe("lemmatizer")
    return nlp
