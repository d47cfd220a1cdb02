"""Per-document arrays for event coding, read once without building spaCy Token objects."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.attrs import HEAD as HEAD_ATTR
from spacy.attrs import LEMMA as LEMMA_ATTR
from spacy.attrs import POS as POS_ATTR
from spacy.tokens import Doc


@dataclass
class DocScan:
    """Per-document arrays (POS, lemma ids, tree depth), read once without building Token objects."""

    pos: list[int]
    lemma: list[int]
    depth: list[int]

    @classmethod
    def of(cls, doc: Doc) -> DocScan:
        if not len(doc):
            return cls(pos=[], lemma=[], depth=[])
        pos = doc.to_array(POS_ATTR).tolist()
        lemma = doc.to_array(LEMMA_ATTR).tolist()
        heads = np.arange(len(doc), dtype=np.int64) + doc.to_array(HEAD_ATTR).astype(np.int64)
        return cls(pos=pos, lemma=lemma, depth=tree_depths(heads))


def tree_depths(heads: np.ndarray) -> list[int]:
    """Each token's distance to its sentence root, from the absolute head indices.

    Pointer jumping: after k rounds every token knows its ancestor 2**k steps up
    and the distance to it, so 10 rounds cover trees up to 1024 deep.
    """
    up = heads
    depth = (up != np.arange(len(up))).astype(np.int64)
    for _ in range(10):
        nxt = up[up]
        if (nxt == up).all():
            break
        depth += depth[up]
        up = nxt
    return depth.tolist()
