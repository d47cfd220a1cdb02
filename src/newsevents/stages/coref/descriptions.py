"""Definite descriptions: "the president", "the ministry", "those people", "administration officials".

- A title ("the president", "the Chinese foreign minister", "his US counterpart") goes to
  the most salient earlier person who holds that title (said in the document, outside
  quotes, counts most; a KB title counts too), of the right country when one is given.
- An institution ("the ministry", "the administration") goes to the last mention of the
  same institution with a known country; failing that, to the document's home country
  (the country of its most mentioned government person), when one clearly dominates.
- A demonstrative group ("those people", "these officials") repeats the last group with
  the same head noun.
"""

from __future__ import annotations

import math
from collections import Counter

from spacy.tokens import Doc

from newsevents.stages.coref.mention import Mention

PERSON_TYPES = frozenset({"person", "unknown_person"})
GENERIC_TITLES = frozenset({"counterpart", "leader", "head", "chief"})


def home_country(mentions: list[Mention]) -> str | None:
    """The country of the document's government people, when one country clearly dominates."""
    counts = Counter(
        m.country for m in mentions if m.type in PERSON_TYPES and m.country and m.sector == "GOV"
    )
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 3 and n >= 2 * second else None


def _person_score(doc: Doc, title: str, surface: str, chain: list[Mention], here: Mention) -> float:
    score = 0.0
    for m in chain:
        said = title in m.titles or surface in m.titles
        if said and m.modifiers and any(s.type == "title" for s in m.modifiers):
            score = max(score, 1.5 if m.in_quote else 3.0)
    kb_titles = chain[0].entry.titles if chain[0].entry is not None else ()
    if title in kb_titles or surface in kb_titles or surface in chain[0].titles:
        score += 1.0
    if score == 0.0:
        return 0.0
    score += math.log1p(len(chain))
    if any(here.sent - m.sent <= 2 for m in chain):
        score += 0.5
    return score


def resolve_title(doc: Doc, m: Mention, before: list[Mention]) -> Mention | None:
    """The latest mention of the person a title description refers to."""
    chains: dict[str, list[Mention]] = {}
    for c in before:
        if c.type in PERSON_TYPES and c.name and c.kind in ("name", "description", "pronoun"):
            if m.country and c.country and c.country != m.country:
                continue
            chains.setdefault(c.name, []).append(c)
    title = (m.role or "").lower()
    surface = (m.role_surface or title).lower()
    best: tuple[float, int, Mention] | None = None
    for chain in chains.values():
        if title in GENERIC_TITLES or surface in GENERIC_TITLES:
            if not m.country:
                continue
            s = 1.0 + math.log1p(len(chain))
        else:
            s = _person_score(doc, title, surface, chain, m)
        if s <= 0:
            continue
        cand = (s, chain[-1].start, chain[-1])
        if best is None or cand[:2] > best[:2]:
            best = cand
    return best[2] if best else None


def resolve_institution(m: Mention, before: list[Mention]) -> Mention | None:
    """The last earlier mention of the same institution with a known country.

    A nearer state subject wins over an older namesake: in "Rwanda denied the
    accusation. Government spokeswoman X said ...", the government is Rwanda's.
    """
    same = None
    for c in reversed(before):
        if c.role == m.role and c.country and c is not m and c.type == m.type:
            same = c
            break
    if same is not None and m.sent - same.sent <= 1:
        return same
    return recent_state_subject(m, before) or same


STATE_SUBJECT_TYPES = frozenset({"country", "capital", "metonym", "institution"})


def recent_state_subject(m: Mention, before: list[Mention]) -> Mention | None:
    """The subject of this or the previous sentence when it is a state ("Rwanda", "Kigali")."""
    for c in reversed(before):
        if m.sent - c.sent > 1:
            break
        if c.subject and not c.in_quote and c.country and c.type in STATE_SUBJECT_TYPES and c is not m:
            return c
    return None


ORG_TYPES_FOR = {
    "company": ("company", "unknown_org"),
    "firm": ("company", "unknown_org"),
    "corporation": ("company", "unknown_org"),
    "conglomerate": ("company", "unknown_org"),
    "carrier": ("company", "unknown_org"),
    "airline": ("company", "unknown_org"),
    "bank": ("company", "org", "unknown_org"),
    "newspaper": ("company", "unknown_org"),
    "channel": ("company", "unknown_org"),
    "network": ("company", "unknown_org", "ngo"),
    "group": ("armed", "ngo", "unknown_org", "org"),
    "movement": ("armed", "ngo", "unknown_org", "org"),
    "organization": ("igo", "ngo", "org", "unknown_org"),
    "organisation": ("igo", "ngo", "org", "unknown_org"),
    "association": ("ngo", "org", "unknown_org"),
    "foundation": ("ngo", "org", "unknown_org"),
    "institute": ("ngo", "org", "unknown_org"),
    "coalition": ("armed", "igo", "org", "unknown_org"),
    "alliance": ("igo", "armed", "org", "unknown_org"),
    "campaign": ("org", "unknown_org"),
    "agency": ("igo", "org", "unknown_org"),
    "party": ("org", "unknown_org"),
}


def resolve_org(doc: Doc, m: Mention, before: list[Mention]) -> Mention | None:
    """ "the company", "the group", "the alliance": the last organization of a fitting kind, nearby."""
    word = doc[m.head].text.lower()
    types = ORG_TYPES_FOR.get(word)
    if types is None or m.plural or m.modifiers or not m.definite:
        return None
    for c in reversed(before):
        if m.sent - c.sent > 6:
            break
        for cand in (c, *c.modifiers):  # "Hamas fighters" also mentions Hamas
            if cand.type not in types or not cand.name or cand.kind not in ("name", "description"):
                continue
            if word in ("bank", "party", "campaign") and word not in cand.name.lower():
                continue
            return cand
    return None


def resolve_group(m: Mention, before: list[Mention]) -> Mention | None:
    """ "those people" -> the last group mention with the same head word."""
    for c in reversed(before):
        if c.role == m.role and c.kind in ("group", "anonymous", "demonym") and c is not m:
            return c
    return None


PAIR_KINDS = frozenset({"name", "metonym", "description", "pronoun", "demonym", "group"})


def resolve_pair(m: Mention, before: list[Mention]) -> None:
    """ "the two sides", "both leaders": the two most mentioned parties (of different countries) so far.

    People count for "leaders"/"presidents"; states and governments otherwise. Sets ``m.pair``
    (two actors are emitted for the span); left unresolved when fewer than two countries appear.
    """
    surface = m.role_surface or ""
    people = any(w in surface for w in ("leader", "president"))
    score: dict[str, float] = {}
    names: dict[str, Counter[str]] = {}
    latest: dict[tuple[str, str], Mention] = {}
    for k, c in enumerate(before):
        if not c.country or not c.name or c.kind not in PAIR_KINDS or c.pair is not None:
            continue
        if people and c.type not in PERSON_TYPES:
            continue
        if c.kind == "anonymous":
            continue
        score[c.country] = score.get(c.country, 0.0) + 1.0 + k / (10.0 * (len(before) + 1))
        names.setdefault(c.country, Counter())[c.name] += 1
        latest[(c.country, c.name)] = c
    rep = {country: latest[(country, counts.most_common(1)[0][0])] for country, counts in names.items()}
    top = sorted(score, key=lambda x: -score[x])[:2]
    if len(top) == 2:
        m.pair = (rep[top[0]], rep[top[1]])


def resolve_descriptions(doc: Doc, m: Mention, before: list[Mention], home: str | None) -> None:
    """Resolve one role-headed mention in place (called in text order)."""
    if m.type == "pair":
        resolve_pair(m, before)
        return
    if m.country_from is not None:
        src = m.country_from
        if src.country is None and src.entry is not None and src.entry.type == "institution":
            ante = resolve_institution(src, before)
            src.country = ante.country if ante else home
        m.country = src.country
        if m.name is None and m.kind in ("group", "anonymous", "demonym"):
            m.name = doc[m.start : m.end].text
    if m.entry is None or not m.entry.is_role:
        return
    org = resolve_org(doc, m, before)
    if org is not None:
        m.name, m.country, m.sector, m.antecedent = org.name, org.country, org.sector, org
        m.kind, m.type = "description", org.type
        return
    etype = m.entry.type
    if m.role == "organization" and m.country is None and not m.modifiers and not m.plural:
        m.emit = False  # "the group" with nothing to point to
        return
    if etype == "title" and m.kind == "description":
        ante = resolve_title(doc, m, before)
        if ante is not None:
            m.name, m.country, m.sector = ante.name, ante.country, ante.sector
            m.gender = ante.gender
            m.antecedent = ante
            m.type = "person"
            m.titles.update(ante.titles)
        elif m.country is not None:
            m.name = doc[m.start : m.end].text
        else:
            m.emit = False
    elif etype == "institution" and not (m.plural and m.kind == "group"):
        if m.country is not None or any(s.type in ("person", "unknown_person") for s in m.modifiers):
            m.kind = "name"
            m.name = doc[m.start : m.end].text
            if m.country is None:
                m.country = next((s.country for s in m.modifiers if s.country), None)
            return
        ante = resolve_institution(m, before)
        m.kind = "description"
        if ante is not None and ante.role == m.role:
            m.name, m.country, m.sector = ante.name, ante.country, ante.sector or m.sector
            m.antecedent = ante
        elif ante is not None:  # the state that just spoke: "Ethiopia rejected it. The ministry said"
            m.name, m.country = doc[m.start : m.end].text, ante.country
        else:
            m.country = home
            m.name = doc[m.start : m.end].text
    elif etype == "group" and m.kind in ("group", "anonymous") and m.country is None and m.definite:
        head = doc[m.head]
        if any(c.text.lower() in ("those", "these") for c in head.children):
            ante = resolve_group(m, before)
            if ante is not None:
                m.name, m.country, m.kind, m.sector = ante.name, ante.country, ante.kind, ante.sector
                m.antecedent = ante
