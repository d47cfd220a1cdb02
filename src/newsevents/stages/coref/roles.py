"""Mentions headed by role nouns: groups, anonymous sources, descriptions, metonyms and pairs.

"US officials" is a group; "three administration officials" and "people familiar with
the matter" are anonymous; "the president" is a description (resolved later); "the
Chinese readout" is a metonym for the government; "the two sides" is a pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsevents.kb.actors import ActorKB, normalize
from newsevents.stages.coref.context import DocContext, words
from newsevents.stages.coref.mention import Mention
from newsevents.stages.coref.places import GENERIC_PLACE_WORDS, PLACE_LABELS, place_country

INDEFINITE = frozenset(
    {
        "a",
        "an",
        "one",
        "some",
        "several",
        "many",
        "two",
        "three",
        "four",
        "five",
        "few",
        "numerous",
        "multiple",
        "various",
        "other",
    }
)


ANON_HEADS = frozenset({"source", "sources", "people", "person", "insider", "insiders"})


ANON_OFFICIALS = frozenset(
    {
        "official",
        "officials",
        "diplomat",
        "diplomats",
        "source",
        "sources",
        "aide",
        "aides",
        "insider",
        "insiders",
        "negotiator",
        "negotiators",
        "person",
        "people",
    }
)


ANON_MARKERS = frozenset(
    {
        "familiar",
        "briefed",
        "close",
        "knowledgeable",
        "anonymity",
        "speaking",
        "knowledge",
        "aware",
        "involved",
        "requested",
    }
)
# group nouns that stand as actors only with a modifier ("Israeli tanks", "Chinese men")


WEAK_GROUP_WORDS = words(
    """
    units battalions brigades divisions warships warplanes jets tanks helicopters gunships gunboats
    drones submarines artillery vessels men women girls boys parents mothers public population crowd
    crowds mob locals inhabitants analysts analyst economists economist people families children youth
    youths patients passengers shoppers motorists victims victim television radio magazine outlets
    editor anchor industry business businesses units unit guard guards officers officer executive source
    """
)
# what a state does or says: "an Indian proposal" is India's (government's) proposal


STATE_ACTS = words(
    """
    proposal proposals plan plans ultimatum offer demand demands initiative request decision policy
    policies announcement move bid sanction sanctions measure measures response position stance
    statement warning threat threats pressure appeal call accusation accusations claim claims ban
    restrictions restriction tariff tariffs retaliation strike strikes attack attacks offensive raid
    raids operation operations campaign crackdown blockade invasion incursion occupation troops forces
    authorities government officials leadership diplomacy diplomats regime administration election
    elections referendum law laws legislation
    """
)


MILITARY_THINGS = words(
    """
    tanks tank helicopters helicopter jets jet warplanes warplane warships warship drones drone missiles
    missile artillery troops soldiers forces army navy gunboats submarines submarine bombers fighter
    fighters aircraft planes vessels convoy patrol patrols shelling airstrikes airstrike bombardment
    military
    """
)


PAIR_NOUNS = frozenset(
    {
        "sides",
        "leaders",
        "countries",
        "nations",
        "governments",
        "parties",
        "presidents",
        "capitals",
        "powers",
        "neighbors",
        "neighbours",
        "rivals",
        "delegations",
        "camps",
        "economies",
        "superpowers",
        "sides'",
        "adversaries",
        "allies",
    }
)


def determiners(head: Token) -> set[str]:
    return {c.text.lower() for c in head.children if c.dep_ in ("det", "nummod", "predet", "quantmod")}


def is_anonymous_head(head: Token) -> bool:
    if head.text.lower() in ANON_HEADS or head.lemma_.lower() in ANON_HEADS:
        right = [t.text.lower() for t in head.doc[head.i + 1 : head.i + 4]]
        return head.text.lower().startswith("source") or bool(ANON_MARKERS.intersection(right))
    return False


def role_mention(doc: Doc, m: Mention, kb: ActorKB, ctx: DocContext | None = None) -> Mention:
    """Classify a mention headed by a role noun: group, anonymous, description or metonym."""
    head = doc[m.head]
    dets = determiners(head)
    if m.country is None:
        country_from_pp(doc, m, head, kb, ctx)
    m.definite = bool(dets & {"the", "this", "that", "these", "those"}) or any(
        c.dep_ == "poss" for c in head.children
    )
    entry_type = m.entry.type if m.entry else ""
    if is_pair(head, dets) and m.country is None and m.country_from is None:
        m.type, m.kind, m.plural = "pair", "group", True
        m.start = min([m.start] + [c.i for c in head.children if c.text.lower() in ("two", "both")])
        m.name = group_name(doc, m)
        return m
    if (
        is_anonymous_head(head)
        or (
            entry_type in ("group", "title")
            and dets & INDEFINITE
            and m.country is None
            and m.country_from is None
            and head.text.lower() in ANON_OFFICIALS
            and not dets & {"the", "these", "those"}
        )
        or counted_officials(head, dets, entry_type)
    ):
        m.kind = "anonymous"
    elif entry_type == "readout":
        m.kind = "metonym"
        if m.country is None and m.country_from is None:
            if m.plural:
                m.kind = "group"  # "both sides", "the two sides"
            else:
                m.emit = False
    elif entry_type == "group" or m.plural:
        demonym = any(s.type == "demonym" for s in m.modifiers)
        m.kind = "demonym" if demonym else "group"
    else:
        m.kind = "description"
    if m.kind == "anonymous" and head.text.lower() in ANON_HEADS:
        m.sector = None  # "people familiar with the matter": nobody's official
    if m.kind == "anonymous" and head.i + 1 < len(doc) and doc[head.i + 1].text.lower() in ANON_MARKERS:
        m.end = max(m.end, head.i + 2)  # "people familiar (with the matter)"
    if m.kind in ("anonymous", "group", "demonym"):
        m.start = np_start(doc, m.start, head)
    if m.kind in ("anonymous", "group", "demonym", "metonym"):
        m.name = group_name(doc, m)
    return m


NP_LEFT_DEPS = frozenset({"det", "predet", "nummod", "quantmod", "amod", "compound", "advmod", "nmod"})


def np_start(doc: Doc, start: int, head: Token) -> int:
    """Where a group's noun phrase begins: its words before the head ("Two Western intelligence officials")."""
    i = start - 1
    while (
        i >= 0
        and doc[i].dep_ in NP_LEFT_DEPS
        and i < doc[i].head.i <= head.i
        and not doc[i].is_punct
        and "\n" not in doc[i].whitespace_
    ):
        i -= 1
    return i + 1


BARE_PAIR_NOUNS = frozenset({"leaders", "presidents", "sides"})


def is_pair(head: Token, dets: set[str]) -> bool:
    """ "the two sides", "both leaders", "the two countries": two parties already in the story.

    A bare "the leaders" / "the sides" (nothing else modifying it) is read the same way.
    """
    word = head.text.lower()
    if word in PAIR_NOUNS and bool(dets & {"two", "both"}):
        return True
    return word in BARE_PAIR_NOUNS and dets == {"the"} and all(c.dep_ == "det" for c in head.children)


def counted_officials(head: Token, dets: set[str], entry_type: str) -> bool:
    """ "three administration officials", "a senior US official": counted or indefinite officials."""
    if entry_type not in ("group", "title"):
        return False
    counted = bool(dets & INDEFINITE) or any(c.dep_ == "nummod" for c in head.children)
    return counted and head.text.lower() in ANON_OFFICIALS and not dets & {"the", "these", "those"}


LOCATED_VERBS = frozenset(
    {"based", "operating", "stationed", "deployed", "living", "headquartered", "active"}
)
# "workers affiliated with the Serbian union", "fighters loyal to the Libyan government"
TIED_VERBS = frozenset({"affiliated", "linked", "loyal", "allied", "attached", "belonging"})


def _pp_objects(head: Token) -> list[Token]:
    """Objects of the PPs that place a role noun: "officials in China", "a group based in Trinidad"."""
    out: list[Token] = []
    for child in head.children:
        preps = [child] if child.dep_ == "prep" else []
        allowed: tuple[str, ...] = ("in", "of", "from", "at", "for")
        word = child.text.lower()
        if child.dep_ in ("acl", "amod") and word in LOCATED_VERBS | TIED_VERBS:
            preps = [c for c in child.children if c.dep_ == "prep"]  # "based in", "loyal to"
            if word in TIED_VERBS:
                allowed = ("with", "to")
        for prep in preps:
            if prep.text.lower() not in allowed:
                continue
            out.extend(p for p in prep.children if p.dep_ == "pobj")
    return out


def country_from_pp(doc: Doc, m: Mention, head: Token, kb: ActorKB, ctx: DocContext | None = None) -> None:
    """ "officials in China", "the president of France", "rebels in Darfur": country from a following PP.

    The actor KB's countries, capitals and demonyms first; then the gazetteer for other
    place names (regions, provinces, cities), read from the NER entity or proper nouns.
    """
    for pobj in _pp_objects(head):
        for tok in doc[pobj.left_edge.i : pobj.i + 1]:
            entry = kb.lookup(doc[tok.i : pobj.i + 1].text)
            if entry is not None and entry.type in ("country", "capital", "demonym") and entry.country:
                m.country = entry.country
                return
        for tok in doc[pobj.left_edge.i : pobj.i]:  # "the Serbian Workers' Union", "China's embassy"
            entry = kb.lookup(tok.text) if tok.text[:1].isupper() else None
            if entry is not None and entry.type in ("country", "demonym") and entry.country:
                m.country = entry.country
                return
        code = _gazetteer_country(doc, pobj, ctx)
        if code is not None:
            m.country = code
            return


def _gazetteer_country(doc: Doc, pobj: Token, ctx: DocContext | None = None) -> str | None:
    """The country of a place named in a PP object: its GPE/LOC entity, else its proper-noun run."""
    lo, hi = pobj.left_edge.i, pobj.i + 1
    # an entity can only contain the object or end right before it: skip building doc.ents otherwise
    near_ent = any(doc[i].ent_iob_ in ("B", "I") for i in (pobj.i - 1, pobj.i) if i >= 0)
    ents: Sequence[Span] = ()
    if near_ent:
        ents = ctx.ents if ctx is not None else doc.ents  # the context builds them once per document
    for ent in ents:
        # the place is the object itself ("in Darfur") or names it ("Sindh province"), not its owner
        if ent.label_ in PLACE_LABELS and (
            ent.start <= pobj.i < ent.end
            or (ent.end == pobj.i and lo <= ent.start and pobj.text.lower() in GENERIC_PLACE_WORDS)
        ):
            return place_country(ent.text)
    names = [t for t in doc[lo:hi] if t.pos_ == "PROPN"]
    if names and names[-1].i - names[0].i == len(names) - 1:
        return place_country(doc[names[0].i : names[-1].i + 1].text)
    return None


def group_name(doc: Doc, m: Mention) -> str:
    """ "three administration officials" -> "administration officials" (no determiners or numbers)."""
    toks = [
        t
        for t in doc[m.start : m.end]
        if not (t.dep_ in ("det", "nummod", "predet") or t.like_num or t.pos_ == "NUM")
    ]
    while toks and toks[0].text.lower() in ("the", "a", "an", "both", "all", "those", "these"):
        toks = toks[1:]
    if not toks:
        return normalize(doc[m.start : m.end].text)
    text = doc[toks[0].i : toks[-1].i + 1].text
    head = doc[m.head]
    if is_anonymous_head(head):
        right = [t for t in doc[head.i + 1 : head.i + 2] if t.text.lower() in ANON_MARKERS]
        if right:
            text = doc[toks[0].i : right[-1].i + 1].text
    return normalize(text)
