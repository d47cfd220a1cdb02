"""Mentions headed by role nouns: groups, anonymous sources, descriptions, metonyms and pairs.

"US officials" is a group; "three administration officials" and "people familiar with
the matter" are anonymous; "the president" is a description (resolved later); "the
Chinese readout" is a metonym for the government; "the two sides" is a pair.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.kb.actors import ActorKB, normalize
from newsevents.stages.coref.context import words
from newsevents.stages.coref.mention import Mention

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


def role_mention(doc: Doc, m: Mention, kb: ActorKB) -> Mention:
    """Classify a mention headed by a role noun: group, anonymous, description or metonym."""
    head = doc[m.head]
    dets = determiners(head)
    if m.country is None:
        country_from_pp(doc, m, head, kb)
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
    if m.kind in ("anonymous", "group", "demonym", "metonym"):
        m.name = group_name(doc, m)
    return m


def is_pair(head: Token, dets: set[str]) -> bool:
    """ "the two sides", "both leaders", "the two countries": two parties already in the story."""
    return head.text.lower() in PAIR_NOUNS and bool(dets & {"two", "both"})


def counted_officials(head: Token, dets: set[str], entry_type: str) -> bool:
    """ "three administration officials", "a senior US official": counted or indefinite officials."""
    if entry_type not in ("group", "title"):
        return False
    counted = bool(dets & INDEFINITE) or any(c.dep_ == "nummod" for c in head.children)
    return counted and head.text.lower() in ANON_OFFICIALS and not dets & {"the", "these", "those"}


def country_from_pp(doc: Doc, m: Mention, head: Token, kb: ActorKB) -> None:
    """ "officials in China", "the president of France": country from a following PP."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.text.lower() not in ("in", "of", "from", "at", "for"):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for tok in doc[pobj.left_edge.i : pobj.i + 1]:
                entry = kb.lookup(doc[tok.i : pobj.i + 1].text)
                if entry is not None and entry.type in ("country", "capital", "demonym") and entry.country:
                    m.country = entry.country
                    return


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
