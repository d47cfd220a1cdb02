"""MinHash signatures of article text (word shingles), stored as bytes so later runs can compare.

Text is lower-cased and reduced to word tokens; shingles are runs of
``SHINGLE_SIZE`` consecutive words. A ``datasketch.MinHash`` with
``NUM_PERM`` permutations estimates the Jaccard similarity of two shingle
sets; with the set sizes it also gives an estimate of containment (how much
of the shorter article is inside the longer one), which catches updated
versions that add paragraphs to an earlier text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SHINGLE_SIZE = 5
SEED = 1
SCHEME = "affine32"  # datasketch 2.x hashing scheme; signatures of other schemes do not compare

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (punctuation and quote styles ignored)."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """The set of k-word shingles of a text (the whole text when shorter than k words)."""
    toks = words(text)
    if len(toks) < k:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + k]) for i in range(len(toks) - k + 1)}


@dataclass(frozen=True)
class Signature:
    """A document's MinHash and the size of its shingle set."""

    doc_id: str
    minhash: MinHash
    n_shingles: int

    def to_bytes(self) -> bytes:
        return np.asarray(self.minhash.hashvalues, dtype=np.uint64).tobytes()

    @classmethod
    def from_bytes(cls, doc_id: str, blob: bytes, n_shingles: int, num_perm: int = NUM_PERM) -> Signature:
        from datasketch import MinHash  # imported lazily: datasketch takes ~1 s to import

        values = np.frombuffer(blob, dtype=np.uint64).copy()
        return cls(doc_id, MinHash(num_perm=num_perm, seed=SEED, hashvalues=values, scheme=SCHEME), n_shingles)

    def jaccard(self, other: Signature) -> float:
        return float(self.minhash.jaccard(other.minhash))

    def containment(self, other: Signature, jaccard: float | None = None) -> float:
        """Estimated |A ∩ B| / min(|A|, |B|) from the Jaccard estimate and the set sizes."""
        j = self.jaccard(other) if jaccard is None else jaccard
        smaller = min(self.n_shingles, other.n_shingles)
        if smaller == 0:
            return 0.0
        inter = j * (self.n_shingles + other.n_shingles) / (1.0 + j)
        return min(1.0, inter / smaller)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> object:
    """The seeded permutations MinHash would draw again for every text (drawn once here)."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME).permutations


def sign(doc_id: str, text: str, num_perm: int = NUM_PERM, k: int = SHINGLE_SIZE) -> Signature:
    """MinHash signature of one text."""
    from datasketch import MinHash

    grams = shingles(text, k)
    mh = MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME, permutations=_permutations(num_perm))
    if grams:
        mh.update_batch([g.encode("utf-8") for g in grams])
    return Signature(doc_id, mh, len(grams))
