"""Near-duplicate articles (wire reprints, updated versions) with MinHash + LSH.

A document is a near-duplicate of an earlier one when the estimated Jaccard
similarity of their 5-word shingle sets is at least ``JACCARD_THRESHOLD``
(0.8: a reprint with a new headline, byline or a trimmed ending), or when one
is almost entirely contained in the other (estimated containment at least
``CONTAINMENT_THRESHOLD``, 0.9: an updated version that adds paragraphs).
Candidates come from an LSH index (``LSH_THRESHOLD`` 0.4, below both rules so
that they are not missed) and are then checked against the two rules on the
MinHash estimates; a candidate whose estimate falls just short of a rule
(within ``EXACT_MARGIN``) is checked again on the exact shingle sets.

Duplicates are kept in ``documents`` and linked to their original in the
``duplicates`` table; the original of a group is the earliest published
article (ties: the first stored). Signatures are stored in ``signatures`` so a
later run compares new documents against everything stored before: the index
is rebuilt from that table when a ``Deduplicator`` opens a store.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsevents.analysis.minhash import NUM_PERM, SHINGLE_SIZE, Signature, shingles, sign
from newsevents.store import Store

log = logging.getLogger(__name__)

JACCARD_THRESHOLD = 0.8
CONTAINMENT_THRESHOLD = 0.9
LSH_THRESHOLD = 0.4
MIN_SHINGLES = 20  # shorter texts are never called duplicates (too little evidence)
EXACT_MARGIN = 0.12  # estimates this close below a threshold are checked on the exact shingle sets

ShingleLoader = Callable[[str], "set[str] | None"]


@dataclass(frozen=True)
class DuplicateLink:
    """``doc_id`` is a near-duplicate of ``original_id``."""

    doc_id: str
    original_id: str
    jaccard: float
    containment: float


@lru_cache(maxsize=8)
def _lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The (bands, rows) split datasketch picks for a threshold; found once per process.

    datasketch searches it by numerical integration every time an index is made
    (about 0.07 s); the answer depends on the two numbers only.
    """
    from datasketch import MinHashLSH

    probe = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return int(probe.b), int(probe.r)


class Deduplicator:
    """An LSH index over the stored signatures; links new documents to their originals."""

    def __init__(
        self,
        *,
        jaccard: float = JACCARD_THRESHOLD,
        containment: float = CONTAINMENT_THRESHOLD,
        lsh_threshold: float = LSH_THRESHOLD,
    ) -> None:
        self.jaccard = jaccard
        self.containment = containment
        from datasketch import MinHashLSH  # lazily: datasketch is slow to import

        self.lsh = MinHashLSH(threshold=lsh_threshold, num_perm=NUM_PERM, params=_lsh_bands(lsh_threshold, NUM_PERM))
        self.signatures: dict[str, Signature] = {}
        self.original: dict[str, str] = {}  # duplicate id -> original id
        self.published: dict[str, dt.date | None] = {}

    # -- building -------------------------------------------------------------------
    @classmethod
    def open(cls, store: Store, **thresholds: float) -> Deduplicator:
        """Index every stored signature, then sign and link stored documents that lack one."""
        dedup = cls(**thresholds)
        _, rows = store.query(
            "SELECT s.doc_id, s.minhash, s.n_shingles, s.num_perm, d.published FROM signatures s "
            "JOIN documents d ON d.id = s.doc_id WHERE s.num_perm = ? AND s.shingle_size = ?",
            [NUM_PERM, SHINGLE_SIZE],
        )
        for doc_id, blob, n, num_perm, published in rows:
            dedup._index(Signature.from_bytes(doc_id, blob, n, num_perm), published)
        _, links = store.query("SELECT doc_id, original_id FROM duplicates")
        dedup.original.update(dict(links))
        _, pending = store.query(
            "SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM signatures s WHERE s.doc_id = d.id "
            "AND s.num_perm = ? AND s.shingle_size = ?) ORDER BY published NULLS LAST, ingested_at, id",
            [NUM_PERM, SHINGLE_SIZE],
        )
        if pending:
            dedup.link(store, [r[0] for r in pending])
        return dedup

    def _index(self, signature: Signature, published: dt.date | None) -> None:
        if signature.doc_id in self.signatures:
            return
        self.signatures[signature.doc_id] = signature
        self.published[signature.doc_id] = published
        if signature.n_shingles >= MIN_SHINGLES:
            self.lsh.insert(signature.doc_id, signature.minhash)

    # -- matching -------------------------------------------------------------------
    def match(self, signature: Signature, exact: ShingleLoader | None = None) -> DuplicateLink | None:
        """The best stored document this signature near-duplicates, if any.

        MinHash estimates carry noise (about ±0.03 at 128 permutations), so a
        candidate whose estimate falls just short of a threshold (within
        ``EXACT_MARGIN``) is checked on its exact shingle sets when ``exact``
        can load them.
        """
        if signature.n_shingles < MIN_SHINGLES:
            return None
        best: DuplicateLink | None = None
        for other_id in self.lsh.query(signature.minhash):
            if other_id == signature.doc_id:
                continue
            other = self.signatures[other_id]
            j = signature.jaccard(other)
            c = signature.containment(other, j)
            near = j >= self.jaccard - EXACT_MARGIN or c >= self.containment - EXACT_MARGIN
            if exact is not None and near and not (j >= self.jaccard or c >= self.containment):
                mine, theirs = exact(signature.doc_id), exact(other_id)
                if mine and theirs:
                    inter = len(mine & theirs)
                    j = inter / len(mine | theirs)
                    c = inter / min(len(mine), len(theirs))
            if j >= self.jaccard or c >= self.containment:
                candidate = DuplicateLink(signature.doc_id, self.root(other_id), j, c)
                if best is None or (j, c) > (best.jaccard, best.containment):
                    best = candidate
        return best

    def root(self, doc_id: str) -> str:
        seen = {doc_id}
        while doc_id in self.original and self.original[doc_id] not in seen:
            doc_id = self.original[doc_id]
            seen.add(doc_id)
        return doc_id

    def link(self, store: Store, doc_ids: Iterable[str]) -> list[DuplicateLink]:
        """Sign these stored documents, link near-duplicates, and persist both in one transaction."""
        ids = [i for i in dict.fromkeys(doc_ids) if i not in self.signatures]
        if not ids:
            return []
        _, rows = store.query(
            "SELECT id, text, published FROM documents WHERE id IN (SELECT unnest(?)) "
            "ORDER BY published NULLS LAST, ingested_at, id",
            [ids],
        )
        links: list[DuplicateLink] = []
        moved: list[tuple[str, str]] = []  # (old original, new original)
        fresh: list[Signature] = []
        texts = {doc_id: text for doc_id, text, _ in rows}

        def exact(doc_id: str) -> set[str] | None:
            if doc_id not in texts:
                found = store.query("SELECT text FROM documents WHERE id = ?", [doc_id])[1]
                texts[doc_id] = found[0][0] if found else ""
            return shingles(texts[doc_id]) or None

        for doc_id, text, published in rows:
            sig = sign(doc_id, text)
            found = self.match(sig, exact)
            if found is not None and _earlier(published, self.published.get(found.original_id)):
                # The newcomer predates the group's original: it becomes the original.
                old = found.original_id
                for dup, orig in list(self.original.items()):
                    if orig == old:
                        self.original[dup] = doc_id
                self.original[old] = doc_id
                moved.append((old, doc_id))
                links.append(DuplicateLink(old, doc_id, found.jaccard, found.containment))
            elif found is not None:
                self.original[doc_id] = found.original_id
                links.append(found)
            self._index(sig, published)
            fresh.append(sig)
        _persist(store, fresh, links, moved)
        if links:
            log.info("linked %d near-duplicate(s)", len(links))
        return links


def _earlier(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and a < b


def _persist(store: Store, sigs: list[Signature], links: list[DuplicateLink], moved: list[tuple[str, str]]) -> None:
    con = store.con
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    try:
        store.insert_rows(
            "signatures",
            [(s.doc_id, NUM_PERM, SHINGLE_SIZE, s.n_shingles, s.to_bytes()) for s in sigs],
            replace=True,
        )
        for old, new in moved:
            con.execute("UPDATE duplicates SET original_id = ? WHERE original_id = ?", [new, old])
            con.execute("DELETE FROM duplicates WHERE doc_id = ?", [new])
        if links:
            store.insert_rows(
                "duplicates",
                [(x.doc_id, x.original_id, round(x.jaccard, 4), round(x.containment, 4), now) for x in links],
                replace=True,
            )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def deduplicate(store: Store, **thresholds: float) -> int:
    """Sign and link every stored document not yet signed; returns how many duplicates are stored."""
    Deduplicator.open(store, **thresholds)
    return int(store.query("SELECT count(*) FROM duplicates")[1][0][0])


def duplicate_groups(store: Store) -> dict[str, list[str]]:
    """original id -> its near-duplicates."""
    groups: dict[str, list[str]] = {}
    for doc_id, original in store.query("SELECT doc_id, original_id FROM duplicates ORDER BY doc_id")[1]:
        groups.setdefault(original, []).append(doc_id)
    return groups
