"""Stage 2: actors. Every actor mention in the document, resolved to a name, country and sector.

Mentions come from the actor KB (people, countries, capitals as metonyms,
institutions, IGOs, companies, armed groups, demonyms, role nouns) and the NER
(unknown people and organizations), merged into noun phrases ("China's Ministry
of Foreign Affairs" -> CHN GOV, "US officials" -> USA GOV). Then, in text order,
short names join their first full mention, descriptions ("the president", "the
ministry") and pronouns ("he", "it", "they") take their antecedents. State
actors that nothing places ("President Levy Mwanawasa", "the rebels") take the
document's main country (the one its places, demonyms and capitals name most).
See :mod:`newsevents.stages.coref` for the rules.

``Actor.kind`` is one of: name, metonym ("Beijing", "the Chinese readout"),
demonym ("Chinese officials"), group ("US officials", "protesters"), anonymous
("three administration officials", "people familiar"), description ("the
president"), pronoun ("he").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from newsevents.kb.actors import ActorKB, load_actor_kb
from newsevents.model.records import Actor
from newsevents.stages.base import Stage, StageContext
from newsevents.stages.coref.context import DocContext
from newsevents.stages.coref.descriptions import home_country, resolve_descriptions
from newsevents.stages.coref.mentions import Mention, build_mentions
from newsevents.stages.coref.names import resolve_people
from newsevents.stages.coref.places import document_countries, main_country
from newsevents.stages.coref.pronouns import find_pronouns, resolve_pronoun


def resolve_mentions(doc: Doc, kb: ActorKB) -> list[Mention]:
    """All mentions of a parsed Doc, resolved in place (emit=False ones are not actors)."""
    return _resolve(doc, kb, DocContext.build(doc))


def _resolve(doc: Doc, kb: ActorKB, ctx: DocContext) -> list[Mention]:
    mentions = build_mentions(doc, kb, ctx)
    resolve_people(doc, mentions, kb)
    counts = document_countries(doc, ctx.atoms, ctx.ents)
    main = main_country(counts)
    ethnic_groups(doc, mentions, counts)
    if main is not None:
        give_main_country(doc, mentions, main)
    taken = {t for m in mentions for t in range(m.start, m.end)}
    mentions = sorted(mentions + find_pronouns(doc, ctx, taken), key=lambda m: (m.start, m.end))
    home = home_country(mentions) or main
    done: list[Mention] = []
    for k, m in enumerate(mentions):
        if m.type == "pronoun":
            resolve_pronoun(doc, m, done, mentions[k + 1 :])
        else:
            resolve_descriptions(doc, m, done, home)
        if m.emit and m.name is not None:
            done.append(m)
    return mentions


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "SPY", "REB"})
PERSON_TYPES = frozenset({"person", "unknown_person"})


FOREIGN_WORDS = frozenset({"foreign", "world", "international", "global", "western", "overseas", "other"})


def give_main_country(doc: Doc, mentions: list[Mention], main: str) -> None:
    """State actors with no country of their own belong to the document's main country.

    Titled people ("President Levy Mwanawasa") and state groups ("the rebels",
    "officials", "Yoruba leaders") that nothing else places.
    """
    for m in mentions:
        if m.country is not None or m.country_from is not None or not m.emit or m.type == "pair":
            continue
        near = [*doc[m.start : m.end], *doc[m.head].children]
        if any(t.text.lower() in FOREIGN_WORDS for t in near):
            continue  # "foreign leaders", "world leaders": not the story's country
        if m.type in PERSON_TYPES:
            if m.name and (m.sector in STATE_SECTORS or m.sector == "ELI" or m.titles):
                m.country = main
        elif (
            m.entry is not None
            and m.entry.type == "group"
            and m.kind in ("group", "anonymous")
            and m.sector in STATE_SECTORS
        ):
            m.country = main


def ethnic_groups(doc: Doc, mentions: list[Mention], counts: Mapping[str, float]) -> None:
    """ "ethnic Albanians" in a story about Macedonia are Macedonia's: the state they live in.

    The demonym's own country counts only when no other country is named.
    """
    for m in mentions:
        if m.kind != "demonym" or not any(
            t.text.lower() == "ethnic" for t in doc[max(m.start - 1, 0) : m.end]
        ):
            continue
        others = [(n, c) for c, n in counts.items() if c != m.country]
        if others:
            n, country = max(others)
            if sum(1 for x, _ in others if x == n) == 1:
                m.country = country


def to_actors(doc: Doc, m: Mention, text: str | None = None) -> list[Actor]:
    """The Actor records of one mention: one, or two sharing the span for a pair ("the two sides").

    ``text`` is ``doc.text`` when the caller has it (saves building a Span per mention).
    """
    if text is not None and m.end > m.start:
        last = doc[m.end - 1]
        start, end = doc[m.start].idx, last.idx + len(last.text)
        span_text = text[start:end]
    else:
        span = doc[m.start : m.end]
        start, end, span_text = span.start_char, span.end_char, span.text
    ante = m.antecedent
    antecedent_start = None
    if ante is not None and m.kind in ("pronoun", "description"):
        antecedent_start = doc[ante.start].idx
    if m.pair is not None:
        return [
            Actor(
                text=span_text,
                start=start,
                end=end,
                name=side.name or "",
                country=side.country,
                sector=side.sector,
                kind=m.kind,
                antecedent_start=doc[side.start].idx,
            )
            for side in m.pair
        ]
    return [
        Actor(
            text=span_text,
            start=start,
            end=end,
            name=m.name or span_text,
            country=m.country,
            sector=m.sector,
            kind=m.kind,
            antecedent_start=antecedent_start,
        )
    ]


def run(ctx: StageContext) -> tuple[Actor, ...]:
    kb = load_actor_kb(ctx.options)
    doc = ctx.doc
    coref = DocContext.build(doc)
    return tuple(
        actor
        for m in _resolve(doc, kb, coref)
        if m.emit and m.name is not None
        for actor in to_actors(doc, m, coref.text)
    )


STAGE = Stage(name="actors", requires=("entities",), assigns="actors", run=run)
