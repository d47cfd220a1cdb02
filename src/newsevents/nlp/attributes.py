"""A cached stand-in for the model's attribute_ruler, with identical output.

The attribute_ruler of en_core_web_sm maps tokens to POS, MORPH and sometimes
LEMMA through a Matcher over ~180 patterns; that costs about a fifth of the
whole pipeline. Most patterns look at one token's LOWER/TAG/DEP/IS_SPACE only,
so their effect is a function of those four attributes. The few others
(multi-token patterns such as "gon na", "There is", regular expressions) run
through a small Matcher of their own, and which of them hit a token becomes
part of that token's key. The ruler's result per key is learned from the
original ruler (which still runs whenever a document has a key never seen)
and applied with one ``from_array``. Output is identical to the original
(tests/nlp/test_attributes.py checks it on the example corpus).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

log = logging.getLogger(__name__)

NAME = "cached_attribute_ruler"
_KEY_ATTRS = {"LOWER", "TAG", "DEP", "IS_SPACE"}
_MAX_CACHE = 200_000


def _literals(spec: Any) -> set[str] | None:
    """The values a LOWER spec can match, or None when it is not a plain enumeration."""
    if isinstance(spec, str):
        return {spec}
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return {str(v) for v in spec["IN"]}
    return None


def _is_simple(pattern: list[dict]) -> bool:
    if len(pattern) != 1 or not set(pattern[0]) <= _KEY_ATTRS:
        return False
    return "LOWER" not in pattern[0] or _literals(pattern[0]["LOWER"]) is not None


class CachedAttributeRuler:
    """Wraps an AttributeRuler; same annotations, learned per token key."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        vocab = ruler.vocab
        self.cache: dict[tuple[Any, ...], tuple[int, int, int]] = {}
        self.lower_hashes: set[int] = set()
        self.matcher = Matcher(vocab)
        self.offsets: dict[int, int] = {}  # match id -> offset of the token the pattern annotates
        for number, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if _is_simple(pattern):
                    for value in _literals(pattern[0].get("LOWER")) or ():
                        self.lower_hashes.add(vocab.strings.add(value.lower()))
                    continue
                key = f"newsevents_attr_{number}"
                self.matcher.add(key, [pattern])
                self.offsets[vocab.strings.add(key)] = int(entry.get("index", 0))

    def _keys(self, doc: Doc) -> list[tuple[Any, ...]]:
        flags: dict[int, list[int]] = {}
        for match_id, start, end in self.matcher(doc, allow_missing=True):
            offset = self.offsets[match_id]
            position = (start if offset >= 0 else end) + offset
            flags.setdefault(position, []).append(match_id)
        lowers = self.lower_hashes
        keys: list[tuple[Any, ...]] = []
        for i, (low, tag, dep, space) in enumerate(doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()):
            hit = flags.get(i)
            keys.append((low if (hit or low in lowers) else 0, tag, dep, space, tuple(sorted(hit)) if hit else ()))
        return keys

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return self.ruler(doc)
        keys = self._keys(doc)
        cache = self.cache
        if all(k in cache for k in keys):
            values = doc.to_array([POS, MORPH, LEMMA])
            for i, key in enumerate(keys):
                pos, morph, lemma = cache[key]
                values[i, 0] = pos
                values[i, 1] = morph
                if lemma:
                    values[i, 2] = lemma
            doc.from_array([POS, MORPH, LEMMA], values)
            return doc
        before = doc.to_array([LEMMA]).tolist()
        self.ruler(doc)
        if len(cache) < _MAX_CACHE:
            for i, (pos, morph, lemma) in enumerate(doc.to_array([POS, MORPH, LEMMA]).tolist()):
                cache[keys[i]] = (pos, morph, lemma if lemma != before[i] else 0)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(NAME)
def make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler(nlp.get_pipe("attribute_ruler"))


def cache_attribute_ruler(nlp: Language) -> Language:
    """Run the model's attribute_ruler through the cache (same output, a fraction of the time)."""
    if "attribute_ruler" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return nlp
    nlp.add_pipe(NAME, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    return nlp
