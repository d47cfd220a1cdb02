"""Source and target actors of an action, from the argument tokens the parse gives.

An argument is resolved to the ``Actor`` (from the actors stage) whose span
covers its head token; failing that, to an actor inside its modifiers
("Taiwan's Vice Foreign Minister", "sales to China"); failing that, a proper
name becomes an actor with no country. Coordinations ("he and Xi") give one
actor per conjunct, and two-party phrases ("the two sides", "both countries",
"they" with no antecedent) resolve to the document's main dyad.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsevents.kb.actors import ActorKB
from newsevents.model.records import Actor
from newsevents.stages.coding.syntax import conjuncts, kids

ACTOR_ENTS = frozenset({"GPE", "NORP", "PERSON", "ORG", "FAC"})
LOCATIVE = frozenset({"in", "throughout", "across", "inside"})
PAIR_NOUNS = frozenset({"side", "leader", "country", "nation", "government", "president", "party", "state",
                        "neighbor", "neighbour", "power", "capital", "team", "delegation", "economy",
                        "minister", "official", "rival"})
PAIR_DETS = frozenset({"two", "both"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "us"})
RECIPROCAL = frozenset({"other", "another"})  # "each other", "one another"


@dataclass
class ActorIndex:
    """Actors by token, plus the document's dominant dyad.

    ``kb`` (the actor KB) backs up the actors stage for modifiers it left
    unresolved ("an Indian proposal", "Palestinian prisoners").
    """

    doc: Doc
    actors: tuple[Actor, ...]
    kb: ActorKB | None = None
    by_token: dict[int, Actor] = field(default_factory=dict)
    _dyads: dict[int, tuple[str, str] | None] = field(default_factory=dict, repr=False, compare=False)
    _latest_first: tuple[Actor, ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        spans = sorted(self.actors, key=lambda a: (a.start, -(a.end - a.start)))
        for actor in spans:
            span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, actor)

    def at(self, tok: Token) -> Actor | None:
        return self.by_token.get(tok.i)

    def at_or_kb(self, tok: Token) -> Actor | None:
        """The stage's actor at a token, else a KB entry with a country named by the token."""
        actor = self.by_token.get(tok.i)
        if (actor is not None and actor.country) or self.kb is None:
            return actor
        if tok.pos_ not in ("PROPN", "ADJ", "NOUN") or not tok.text[:1].isupper():
            return actor
        span = _name_span(tok)
        for cand in (span, tok.doc[tok.i : tok.i + 1]):
            entry = self.kb.lookup(cand.text)
            if entry is not None and entry.country and entry.type not in ("role", "group"):
                kind = "demonym" if entry.type == "demonym" else "name"
                return Actor(text=cand.text, start=cand.start_char, end=cand.end_char, name=entry.name,
                             country=entry.country, sector=entry.sector, kind=kind)
        return actor

    def dyad(self, before: int) -> tuple[str, str] | None:
        """The two countries most mentioned before a character offset (each at least twice)."""
        if before not in self._dyads:
            counts = Counter(a.country for a in self.actors if a.country and a.start < before)
            top = counts.most_common(3)
            found = len(top) >= 2 and top[1][1] >= 2 and (len(top) < 3 or top[1][1] > top[2][1])
            self._dyads[before] = (top[0][0], top[1][0]) if found else None
        return self._dyads[before]

    def name_for(self, country: str, before: int) -> str:
        if self._latest_first is None:
            self._latest_first = tuple(sorted(self.actors, key=lambda a: -a.start))
        for a in self._latest_first:
            if a.country == country and a.start < before and a.kind in ("name", "metonym"):
                return a.name
        return country


def _name_span(tok: Token) -> Span:
    """A proper name with its compound parts ("Sri Lanka", "European Community")."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].head.i in range(left, tok.i + 1) \
            and tok.doc[left - 1].pos_ == "PROPN":
        left -= 1
    return tok.doc[left : tok.i + 1]


def _phrase_span(tok: Token) -> tuple[int, int]:
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("det", "nummod", "amod", "compound", "poss", "predet", "quantmod"):
            left = c
            break
    return left.idx, tok.idx + len(tok.text)


def _phrase(tok: Token) -> tuple[str, int, int]:
    """Text and character span of a noun with its left modifiers (never builds the whole doc text)."""
    start, end = _phrase_span(tok)
    first = tok
    for c in tok.lefts:
        if c.idx == start:
            first = c
            break
    return tok.doc[first.i : tok.i + 1].text, start, end


def _modifier_actors(tok: Token, index: ActorIndex, depth: int = 0) -> list[Actor]:
    """Actors among a noun's modifiers: 'Israeli soldiers', 'Turkish and Greek sides',
    'Taiwan's minister', 'thousands of students' (ones with a country first)."""
    strong: list[Actor] = []
    weak: list[Actor] = []
    for c in kids(tok):
        if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
            for m in conjuncts_any(c):
                actor = index.at_or_kb(m)
                if actor is not None:
                    (strong if actor.country else weak).append(actor)
                elif depth < 2:
                    strong.extend(a for a in _modifier_actors(m, index, depth + 1) if a.country)
    if strong:
        return strong
    for c in kids(tok):
        located = c.text.lower() in LOCATIVE and tok.tag_ == "NNS"
        if c.dep_ == "prep" and (c.text.lower() in ("of", "from") or located):
            for g in kids(c):
                if g.dep_ != "pobj" or (located and g.ent_type_ != "GPE"):
                    continue
                hit = index.at_or_kb(g)
                if hit is not None and hit.country and located:
                    text, start, end = _phrase(tok)  # "opposition groups in Zimbabwe": a group, not the state
                    return [Actor(text=text, start=start, end=end, name=text, country=hit.country, kind="group")]
                if hit is not None and hit.country:
                    return [hit]
                found = _modifier_actors(g, index, depth + 1) if depth < 2 else []
                if any(a.country for a in found):
                    return [a for a in found if a.country]
                if hit is not None:
                    weak.append(hit)
                weak.extend(found)
    return weak


def conjuncts_any(tok: Token) -> list[Token]:
    out = [tok]
    for c in kids(tok):
        if c.dep_ == "conj":
            out.extend(conjuncts_any(c))
    return out


def _entity_actor(tok: Token) -> Actor | None:
    if tok.ent_type_ not in ACTOR_ENTS:
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    span = doc[start:end]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind="name")


def _role_actor(tok: Token, index: ActorIndex) -> Actor | None:
    """A countryless actor for a proper name or a known role/group noun ("rebels", "the militia")."""
    if tok.pos_ == "PROPN" and not tok.ent_type_:
        span = _name_span(tok)
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind="name")
    if tok.pos_ != "NOUN" or index.kb is None:
        return None
    entry = index.kb.lookup(tok.text) or index.kb.lookup(tok.lemma_)
    if entry is None:
        return None
    text, start, end = _phrase(tok)
    return Actor(text=text, start=start, end=end, name=entry.name, country=entry.country, sector=entry.sector,
                 kind="group")


def is_pair_phrase(tok: Token) -> bool:
    """'the two sides', 'both countries', 'they' (a two-party reference)."""
    if tok.text.lower() in GROUP_PRONOUNS:
        return True
    if tok.lemma_.lower() in PAIR_NOUNS and tok.tag_ in ("NNS", "NNPS"):
        return any(c.text.lower() in PAIR_DETS for c in kids(tok))
    return False


def is_reciprocal_object(tok: Token | None) -> bool:
    return tok is not None and tok.text.lower() in RECIPROCAL and any(c.text.lower() in ("each", "one") for c in kids(tok))


def pair_actors(tok: Token, index: ActorIndex) -> list[Actor]:
    """The dyad a two-party phrase refers to, as group actors spanning the phrase."""
    dyad = index.dyad(tok.idx)
    if dyad is None:
        return []
    text, start, end = _phrase(tok)
    return [
        Actor(text=text, start=start, end=end, name=index.name_for(c, tok.idx), country=c, kind="group")
        for c in dyad
    ]


def resolve(tok: Token | None, index: ActorIndex, *, deep: bool = False,
            avoid: tuple[Actor, ...] = ()) -> list[Actor]:
    """Actors an argument token stands for (one per conjunct)."""
    if tok is None:
        return []
    out: list[Actor] = []

    def add(actors: list[Actor]) -> None:
        out.extend(a for a in actors if all((a.start, a.country) != (b.start, b.country) for b in out))

    for t in conjuncts(tok):
        actor = index.at(t)
        if is_pair_phrase(t) and (actor is None or actor.kind not in ("name", "metonym")) and (
                pairs := pair_actors(t, index)):
            add(pairs)  # "the two leaders", "both sides", "they": the story's two parties
            continue
        if actor is not None and actor.country:
            add([actor])
            continue
        mods = [a for a in _modifier_actors(t, index) if not any(same_side(a, b) for b in avoid)]
        if any(a.country for a in mods):
            add([a for a in mods if a.country])
            continue
        own = index.at_or_kb(t)
        if own is not None and own.country:
            add([own])
            continue
        if deep:
            found = None
            for d in t.subtree:
                if d.i != t.i and (hit := index.at_or_kb(d)) is not None and hit.country and not any(
                        same_side(hit, a) for a in avoid):
                    found = hit
                    break
            if found is not None:
                add([found])
                continue
        fallback = actor or (mods[0] if mods else None) or _entity_actor(t) or _role_actor(t, index)
        if fallback is not None:
            add([fallback])
    return out


def same_side(a: Actor, b: Actor) -> bool:
    """True when two actors are one party: same country and sector, or a government and its own
    country's name ("Xi ... China"); a government and its rebels or police are two sides."""
    if a.start == b.start and a.end == b.end and a.country == b.country:
        return True
    if not (a.country and b.country) or a.country != b.country:
        return False
    if a.sector == b.sector:
        return True
    bare = (not a.sector and a.kind in ("name", "metonym")) or (not b.sector and b.kind in ("name", "metonym"))
    return bare


def drop_self(sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """Remove targets on the source's own side when another target remains ("urged the US and China")."""
    if len(targets) < 2 or not sources:
        return targets
    kept = [t for t in targets if not any(same_side(s, t) for s in sources)]
    return kept or targets
