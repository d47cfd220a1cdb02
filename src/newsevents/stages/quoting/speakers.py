"""Turn candidates into Quote records: speaker spans resolved to canonical actors.

A speaker span is matched to the actors stage's mentions (the one holding
the speaker's head word, else the widest overlap). Without a match the
speaker becomes an ``unresolved`` actor named by its text, except that a
bare surname takes the full name of an earlier person entity ("Xi" →
"Xi Jinping") and a pronoun takes the most recent compatible speaker.
Continuations take the previous quote's speaker and cue.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc

from newsevents.model.records import Actor, Quote
from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.cues import PERSON_PRONOUNS, PLURAL_PRONOUNS, SPEAKER_PRONOUNS, THING_PRONOUNS
from newsevents.stages.quoting.syntax import np_bounds, relative_antecedent

_UNRESOLVED = "unresolved"


class SpeakerResolver:
    """Resolves candidate speakers against actor mentions, in text order."""

    def __init__(self, doc: Doc, text: str, actors: tuple[Actor, ...]) -> None:
        self.doc = doc
        self.text = text
        self.actors = sorted(actors, key=lambda a: (a.start, -a.end))
        self.actor_starts = [a.start for a in self.actors]
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        self.persons = [(e.start_char, text[e.start_char:e.end_char]) for e in people if len(e) > 1]
        self.person_subjects = [
            (e.start_char, text[e.start_char:e.end_char]) for e in people
            if e.root.dep_ in ("nsubj", "nsubjpass")
            or (e.root.dep_ == "appos" and e.root.head.dep_ in ("nsubj", "nsubjpass"))  # "The minister, X, said"
        ]
        self.full_names: dict[str, str] = {}  # multiword surname -> full name, once per document
        self.history: list[tuple[int, Actor, str]] = []  # (offset, actor, number: sg/pl/thing)
        self.by_cue: dict[tuple[int, int], Actor] = {}  # cue span -> the speaker resolved for it

    # -- actor lookup -------------------------------------------------------------
    def _actor_for(self, start: int, end: int, head_start: int, head_end: int) -> Actor | None:
        lo = bisect.bisect_left(self.actor_starts, start - 200)
        best: Actor | None = None
        best_score = 0
        for actor in self.actors[lo:]:
            if actor.start >= end:
                break
            ov = min(actor.end, end) - max(actor.start, start)
            if ov <= 0:
                continue
            holds_head = actor.start <= head_start and head_end <= actor.end
            score = ov + (10_000 if holds_head else 0)
            if score > best_score:
                best, best_score = actor, score
        return best

    def _number(self, head_i: int, actor: Actor | None) -> str:
        tok = self.doc[head_i]
        low = tok.lower_
        if low in PLURAL_PRONOUNS:
            return "pl"
        if low in THING_PRONOUNS:
            return "thing"
        if low in PERSON_PRONOUNS:
            return "sg"
        if tok.tag_ in ("NNS", "NNPS"):
            return "pl"
        if tok.ent_type_ == "PERSON" or (actor is not None and actor.kind == "name" and tok.ent_type_ not in
                                          ("ORG", "GPE", "NORP", "FAC", "LOC")):
            return "sg"
        if tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") or tok.pos_ == "NOUN":
            return "thing" if tok.tag_ != "NNS" else "pl"
        return "sg"

    def _antecedent(self, offset: int, want: str) -> Actor | None:
        """The most recent earlier speaker of the wanted number (or, for he/she, person subject)."""
        found: Actor | None = None
        found_at = -1
        for hist_offset, actor, number in reversed(self.history):
            if hist_offset < offset and number == want:
                found, found_at = actor, hist_offset
                break
        if want == "sg":
            for ent_start, name in reversed(self.person_subjects):
                if found_at < ent_start < offset:
                    full = self._surname_name(name, ent_start)
                    return Actor(text=name, start=ent_start, end=ent_start + len(name), name=full,
                                 kind=_UNRESOLVED)
                if ent_start <= found_at:
                    break
        return found

    def _sentence_subject(self, pronoun, want: str) -> Actor | None:
        """An earlier subject of the pronoun's own sentence that fits it ("Beijing denied it, while it said")."""
        sent = pronoun.sent
        for i in range(pronoun.i - 1, sent.start - 1, -1):
            tok = self.doc[i]
            if tok.dep_ not in ("nsubj", "nsubjpass", "appos") or tok.lower_ in SPEAKER_PRONOUNS:
                continue
            ent = tok.ent_type_
            fits = (
                (want == "sg" and ent == "PERSON")
                or (want == "thing" and ent in ("GPE", "ORG", "NORP") and tok.tag_ not in ("NNS", "NNPS"))
                or (want == "pl" and tok.tag_ in ("NNS", "NNPS") and (ent in ("NORP", "ORG", "GPE", "PERSON")
                                                                       or self._covered_by_actor(tok)))
            )
            if fits:
                a, b = tok.left_edge.i, tok.i + 1
                span = self.doc[a:b]
                actor = self._actor_for(span.start_char, span.end_char, tok.idx, tok.idx + len(tok.text))
                if actor is None:
                    name = self._surname_name(span.text, span.start_char)
                    actor = Actor(text=span.text, start=span.start_char, end=span.end_char, name=name,
                                  kind=_UNRESOLVED)
                return actor
        return None

    def _covered_by_actor(self, tok) -> bool:
        return self._actor_for(tok.idx, tok.idx + len(tok.text), tok.idx, tok.idx + len(tok.text)) is not None

    def _surname_name(self, text: str, offset: int) -> str:
        """The full name of a person named by a surname ("Xi", "van Klaveren"), else ``text``."""
        words = text.split()
        if len(words) > 1:
            if text not in self.full_names:
                self.full_names[text] = next(
                    (
                        name
                        for _start, name in self.persons
                        if len(name.split()) > len(words) and name.split()[-len(words) :] == words
                    ),
                    text,
                )
            return self.full_names[text]
        if not text[:1].isupper():
            return text
        for ent_start, name in reversed(self.persons):
            if ent_start < offset and text in name.split():
                return name
        for _start, name in self.persons:
            if text in name.split():
                return name
        return text

    # -- resolution ---------------------------------------------------------------
    def resolve(self, cand: Candidate) -> Quote:
        content = self.text[cand.start:cand.end]
        cue_text = self.text[cand.cue[0]:cand.cue[1]] if cand.cue else None
        cue_start, cue_end = cand.cue if cand.cue else (None, None)
        if cand.inherit or cand.speaker_head is None or cand.speaker_span is None:
            prev = None
            if cand.inherit:
                prev = self.by_cue.get(cand.cue) if cand.cue else None
                if prev is None and self.history:
                    prev = self.history[-1][1]
            return Quote(content=content, start=cand.start, end=cand.end, kind=cand.kind, cue=cue_text,
                         cue_start=cue_start, cue_end=cue_end, speaker=prev,
                         speaker_text=prev.text if prev is not None else None,
                         speaker_start=prev.start if prev is not None else None,
                         speaker_end=prev.end if prev is not None else None,
                         clause_start=cand.clause[0] if cand.clause else None,
                         clause_end=cand.clause[1] if cand.clause else None)
        a, b = cand.speaker_span
        span = self.doc[a:b]
        head = self.doc[cand.speaker_head]
        s_start, s_end = span.start_char, span.end_char
        actor = self._actor_for(s_start, s_end, head.idx, head.idx + len(head.text))
        number = self._number(head.i, actor)
        low = head.lower_
        antecedent = relative_antecedent(head)
        if antecedent is not None and (actor is None or actor.name.lower() in ("who", "that", "which")):
            a2, b2 = np_bounds(antecedent)
            ante_span = self.doc[a2:b2]
            ante = self._actor_for(ante_span.start_char, ante_span.end_char, antecedent.idx,
                                   antecedent.idx + len(antecedent.text))
            name = ante.name if ante is not None else self._surname_name(ante_span.text, ante_span.start_char)
            actor = Actor(text=span.text, start=s_start, end=s_end, name=name,
                          country=ante.country if ante else None, sector=ante.sector if ante else None,
                          kind="pronoun", antecedent_start=ante_span.start_char)
            number = self._number(antecedent.i, ante)
        elif low in SPEAKER_PRONOUNS and (actor is None or actor.name.lower() in SPEAKER_PRONOUNS):
            ante = self._sentence_subject(head, number) or self._antecedent(s_start, number)
            if ante is not None:
                actor = Actor(text=span.text, start=s_start, end=s_end, name=ante.name, country=ante.country,
                              sector=ante.sector, kind="pronoun", antecedent_start=ante.start)
        elif actor is not None and head.ent_type_ == "PERSON":
            full = self._surname_name(actor.name, s_start)
            if len(full) > len(actor.name):
                actor = replace(actor, name=full)
        if actor is None:
            name = self._surname_name(span.text, s_start)
            actor = Actor(text=span.text, start=s_start, end=s_end, name=name, kind=_UNRESOLVED)
        self.history.append((s_start, actor, number))
        if cand.cue is not None:
            self.by_cue[cand.cue] = actor
        return Quote(content=content, start=cand.start, end=cand.end, kind=cand.kind, cue=cue_text,
                     cue_start=cue_start, cue_end=cue_end, speaker=actor, speaker_text=span.text,
                     speaker_start=s_start, speaker_end=s_end,
                     clause_start=cand.clause[0] if cand.clause else None,
                     clause_end=cand.clause[1] if cand.clause else None)

    def remember(self, quote: Quote) -> None:
        """Record an inherited speaker so that later pronouns can find it."""
        if quote.speaker is not None and quote.speaker_start is not None:
            self.history.append((quote.start, replace(quote.speaker), "sg"))
