"""The cue lexicon: reporting verbs, framing verbs and statement nouns (kb/data/quotes/cues.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

# Pronouns that may stand for a speaker, with the kind of antecedent they want.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
PLURAL_PRONOUNS = frozenset({"they", "them", "we"})
THING_PRONOUNS = frozenset({"it"})
SPEAKER_PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS | frozenset({"i", "you"})

# Short colon prefixes that introduce something other than a speaker.
NOT_SPEAKER_PREFIXES = frozenset(
    {
        "note", "update", "photo", "photos", "watch", "related", "read", "more", "video", "editor",
        "source", "sources", "credit", "image", "caption", "q", "a", "question", "answer", "opinion",
        "analysis", "exclusive", "breaking", "live", "warning", "listen", "see", "also", "correction",
        "clarification", "disclosure", "advertisement", "getty", "reuters", "ap", "afp", "file",
    }
)


@dataclass(frozen=True)
class CueLexicon:
    """Lemma sets by class."""

    speech: frozenset[str]
    frame: frozenset[str]
    belief: frozenset[str]
    nouns: frozenset[str]
    intent: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    stance_adjectives: frozenset[str] = frozenset()

    def is_verb_cue(self, token: Token, *, with_belief: bool = False) -> bool:
        """A verb (or verb-like token) that can introduce speech."""
        if token.pos_ not in ("VERB", "AUX") and token.tag_[:2] != "VB":
            return False
        lemma = verb_lemma(token)
        if lemma in self.speech or lemma in self.frame:
            return True
        return with_belief and lemma in self.belief

    def lemma_classes(self, token: Token) -> set[str]:
        """The classes a verb's lemma belongs to (speech, frame, belief, intent)."""
        lemma = verb_lemma(token)
        out = set()
        for name in ("speech", "frame", "belief", "intent"):
            if lemma in getattr(self, name):
                out.add(name)
        return out

    def is_speech_verb(self, token: Token) -> bool:
        return verb_lemma(token) in self.speech and (token.pos_ in ("VERB", "AUX") or token.tag_[:2] == "VB")

    def is_noun_cue(self, token: Token) -> bool:
        return token.lower_ in self.nouns or token.lemma_.lower() in self.nouns


_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write", "written": "write",
    "swore": "swear", "sworn": "swear", "spoke": "speak", "spoken": "speak", "thought": "think",
    "felt": "feel", "heard": "hear", "found": "find", "shown": "show", "showed": "show",
    "retold": "retell", "learnt": "learn",
}


def verb_lemma(token: Token) -> str:
    """The lemma, falling back on a tiny irregular table when the lemmatizer is off."""
    lemma = token.lemma_.lower()
    if lemma and lemma != token.lower_:
        return lemma
    low = token.lower_
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if not lemma:
        for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("es", ""), ("s", ""), ("ing", "")):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                return low[: -len(suffix)] + repl
    return lemma or low


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """Read the cue lexicon shipped in kb/data/quotes/cues.tsv (cached)."""
    text = resources.files("newsevents").joinpath("kb/data/quotes/cues.tsv").read_text(encoding="utf-8")
    classes: dict[str, set[str]] = {
        "speech": set(), "frame": set(), "belief": set(), "noun": set(), "intent": set(), "claimnoun": set(),
        "stanceadj": set(),
    }
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 2 and parts[1] in classes:
            classes[parts[1]].add(parts[0].strip().lower())
    return CueLexicon(
        speech=frozenset(classes["speech"]),
        frame=frozenset(classes["frame"]),
        belief=frozenset(classes["belief"]),
        nouns=frozenset(classes["noun"]),
        intent=frozenset(classes["intent"]),
        claim_nouns=frozenset(classes["claimnoun"]),
        stance_adjectives=frozenset(classes["stanceadj"]),
    )
