"""Per-document arrays for event coding, read once without building spaCy Token objects."""

from __future__ import annotations

from dataclasses import dataclass

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
        heads = [i + off for i, off in enumerate(doc.to_array(HEAD_ATTR).astype("int64").tolist())]
        depth = [-1] * len(heads)
        for i in range(len(heads)):
            chain = []
            j = i
            while depth[j] < 0 and heads[j] != j and len(chain) < 500:
                chain.append(j)
                j = heads[j]
            base = depth[j] if depth[j] >= 0 else 0
            depth[j] = base
            for k in reversed(chain):
                base += 1
                depth[k] = base
        return cls(pos=pos, lemma=lemma, depth=depth)
