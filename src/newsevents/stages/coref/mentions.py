"""Find actor mentions: KB phrases (longest match), NER fallbacks, and noun-phrase composites.

An *atom* is one KB match or one NER entity. Atoms that modify the same noun
phrase head (compound, amod, poss, nmod) are merged into one *mention*: the head
atom says what the mention is (a person, an institution, a group of officials,
a readout...), the modifier atoms say whose it is ("China's", "US", "Chinese",
"Trump").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsevents.kb.actors import ORG_TYPES, ActorKB, normalize
from newsevents.stages.coref.atoms import (
    MOD_DEPS,
    atom_root,
    is_dateline,
    is_place_use,
    is_plural,
    kb_atoms,
    ner_atoms,
    plausible_org,
    same_line,
)
from newsevents.stages.coref.context import DocContext, is_subject, lemma_in, words
from newsevents.stages.coref.gender import HONORIFICS, TITLE_WORDS, first_name_genders
from newsevents.stages.coref.mention import Atom, Mention
from newsevents.stages.coref.roles import (
    MILITARY_THINGS,
    STATE_ACTS,
    WEAK_GROUP_WORDS,
    group_name,
    is_anonymous_head,
    role_mention,
)

__all__ = ["Atom", "Mention", "build_mentions"]


def _attach(doc: Doc, atom: Atom, atoms: list[Atom], owner: dict[int, int], ctx: DocContext) -> int | None:
    """The index of the atom this atom modifies (the nearest atom up its modifier chain), if any."""
    nxt = owner.get(atom.end)
    if atom.type == "title" and nxt is not None and atoms[nxt].type in ("person", "unknown_person"):
        return nxt  # "presidential nominee Donald Trump" however the parser attached it
    if not ctx.parsed:
        # no dependency parse: a state word right before a role or a name modifies it ("Chinese officials")
        if (
            nxt is not None
            and atom.type in ("country", "demonym", "title")
            and atoms[nxt].type not in ("country", "capital", "metonym", "demonym")
        ):
            return nxt
        return None
    t = atom_root(doc, atom, ctx)
    for _ in range(6):
        if t.dep_ not in MOD_DEPS:
            return None
        h = t.head
        if h.i <= t.i or h.i - t.i > 8 or ctx.sentence(h.i) != ctx.sentence(t.i):
            return None
        k = owner.get(h.i)
        if k is not None and not (atom.start <= h.i < atom.end):
            return k if atoms[k].type not in ("country", "capital", "metonym") else None
        t = h
    return None


def _shared_head(
    doc: Doc, atom: Atom, atoms: list[Atom], owner: dict[int, int], parent: list[int | None]
) -> int | None:
    """For a state name coordinated with a modifier ("US and Russian negotiators"), that modifier's atom."""
    if atom.type not in ("demonym", "country"):
        return None
    root = atom_root(doc, atom)
    if root.dep_ != "conj":
        return None
    k = owner.get(root.head.i)
    if k is None or parent[k] is None or atoms[k].type not in ("demonym", "country"):
        return None
    return parent[k]


NAME_PARTICLES = frozenset(
    {"el", "al", "al-", "bin", "ibn", "abu", "abdel", "abdul", "de", "da", "van", "von", "le", "la", "di"}
)


def _other_namesakes(doc: Doc, atoms: list[Atom]) -> list[Atom]:
    """ "Alicia Machado" is not the KB's Machado: a surname match after a first name is another person."""
    out: list[Atom] = []
    for atom in atoms:
        if atom.type != "person" or atom.end - atom.start != 1 or atom.start == 0:
            out.append(atom)
            continue
        prev = doc[atom.start - 1]
        word = prev.text.lower()
        if (
            not prev.text[:1].isupper()
            or prev.whitespace_ != " "
            or word in TITLE_WORDS
            or word in HONORIFICS
            or word in ("the", "a", "an")
            or word in NAME_PARTICLES
        ):
            out.append(atom)
            continue
        if out and out[-1].end == atom.start and out[-1].type == "unknown_person":
            out[-1] = Atom(out[-1].start, atom.end, None, "PERSON")  # NER split "Alicia" | "Machado"
        elif (not out or out[-1].end <= prev.i) and (
            word in first_name_genders() or prev.ent_type_ == "PERSON"
        ):
            out.append(Atom(atom.start - 1, atom.end, None, "PERSON"))
        else:
            out.append(atom)
    return out


def _titled_orgs(doc: Doc, atoms: list[Atom]) -> list[Atom]:
    """ "Vice-President Moody Awori": a capitalized title right before an unknown ORG names a person.

    The NER often takes unfamiliar personal names for organizations.
    """
    out = list(atoms)
    for k in range(len(out) - 1):
        title, nxt = out[k], out[k + 1]
        if (
            title.type == "title"
            and nxt.type == "unknown_org"
            and nxt.start == title.end
            and doc[title.start].text[:1].isupper()
            and 2 <= nxt.end - nxt.start <= 4
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[nxt.start : nxt.end])
        ):
            out[k + 1] = Atom(nxt.start, nxt.end, None, "PERSON")
    return out


BRAZZAVILLE_REPUBLIC = "Republic of the Congo"
BARE_CONGO = frozenset({"congo", "the congo", "congolese"})


def _congo(kb: ActorKB, atoms: list[Atom], ctx: DocContext) -> list[Atom]:
    """Bare "Congo"/"Congolese" mean the DRC, unless the document names only the Republic of the Congo.

    "Republic of Congo", "Congo-Brazzaville" or "Brazzaville" with no explicit DRC
    ("DR Congo", "Kinshasa", "Democratic Republic of Congo") make the bare names COG.
    """
    bare = [k for k, a in enumerate(atoms) if ctx.span_text(a.start, a.end).lower() in BARE_CONGO]
    if not bare:
        return atoms
    explicit = {a.entry.country for k, a in enumerate(atoms) if k not in bare and a.entry is not None}
    if "COG" not in explicit or "COD" in explicit:
        return atoms
    cog = kb.lookup(BRAZZAVILLE_REPUBLIC)
    if cog is None:
        return atoms
    out = list(atoms)
    for k in bare:
        a = atoms[k]
        if a.entry is not None and a.entry.type == "demonym":
            out[k] = Atom(a.start, a.end, replace(a.entry, country="COG"))
        else:
            out[k] = Atom(a.start, a.end, cog)
    return out


def build_mentions(doc: Doc, kb: ActorKB, ctx: DocContext) -> list[Mention]:
    """Atoms grouped into mentions, in text order (descriptions and pronouns added later).

    Each atom attaches to the nearest atom up its chain of modifier dependencies
    ("Chinese" -> "leader" -> "Xi Jinping"); each top atom heads one mention.
    """
    atoms = _congo(kb, kb_atoms(doc, kb, ctx), ctx)
    atoms = sorted(atoms + ner_atoms(doc, atoms, ctx.ents), key=lambda a: a.start)
    atoms = _other_namesakes(doc, _titled_orgs(doc, atoms))
    ctx.atoms = atoms
    owner = {t: k for k, a in enumerate(atoms) for t in range(a.start, a.end)}
    parent = [_attach(doc, a, atoms, owner, ctx) for a in atoms]

    def top_of(k: int) -> int:
        seen = 0
        while parent[k] is not None and seen < len(atoms):
            k, seen = parent[k], seen + 1  # type: ignore[assignment]
        return k

    members: dict[int, list[int]] = {}
    for k in range(len(atoms)):
        members.setdefault(top_of(k), []).append(k)
    mentions: list[Mention] = []
    for top, ks in members.items():
        head_atom = atoms[top]
        mods = [atoms[k] for k in ks if k != top]
        shared = _shared_head(doc, head_atom, atoms, owner, parent) if not mods else None
        if shared is not None:
            # "Hungarian and Romanian officials": "Romanian" also modifies "officials"
            head_atom, mods = atoms[top_of(shared)], [head_atom]
        if not mods:
            m = _standalone(doc, head_atom, ctx, kb)
            if m is not None:
                mentions.append(m)
            continue
        made = _composite(doc, head_atom, mods, ctx, kb)
        if isinstance(made, list):
            mentions.extend(made)
        elif made is not None:
            mentions.append(made)
    mentions.sort(key=lambda m: m.start)
    return mentions


def _base(doc: Doc, atom: Atom, ctx: DocContext, start: int | None = None) -> Mention:
    root = atom_root(doc, atom, ctx)
    entry = atom.entry
    m = Mention(
        start=atom.start if start is None else start,
        end=atom.end,
        head=root.i,
        type=atom.type,
        name_start=atom.start,
        name_end=atom.end,
        entry=entry,
        sent=ctx.sentence(root.i),
        subject=is_subject(root),
        in_quote=ctx.in_quote(doc[atom.start].idx),
        plural=is_plural(root),
    )
    if entry is not None:
        m.country, m.sector, m.gender = entry.country, entry.sector, entry.gender
        if entry.is_role:
            m.role = entry.name
            m.role_surface = ctx.span_text(atom.start, atom.end).lower()
        else:
            m.name = entry.name
            m.titles.update(entry.titles)
    return m


def _standalone(doc: Doc, atom: Atom, ctx: DocContext, kb: ActorKB) -> Mention | None:
    """An atom that modifies a non-actor noun ("Trump's tariffs", "Chinese goods") or stands alone."""
    t = atom.type
    root = atom_root(doc, atom, ctx)
    if t == "demonym":
        return _demonym(doc, atom, ctx)
    if atom.entry is not None and atom.entry.is_role:
        if root.dep_ in ("compound", "amod", "nmod"):
            return None
        demonstrative = any(c.text.lower() in ("those", "these") for c in root.children)
        if root.text.lower() in WEAK_GROUP_WORDS and not is_anonymous_head(root) and not demonstrative:
            return None  # "the men", "tanks", "units": an actor only with a country or an owner
        if atom.entry.type == "group" and ctx.in_quote(root.idx) and not demonstrative:
            return None  # "as Presidents of two great nations": rhetoric inside a quote
        return role_mention(doc, _base(doc, atom, ctx), kb, ctx)
    if t in ("capital", "metonym") and (is_place_use(root) or is_dateline(doc, atom, ctx)):
        return None
    if t == "country" and is_dateline(doc, atom, ctx):
        return None
    if t == "unknown_org" and not plausible_org(doc, atom, ctx):
        return None
    m = _base(doc, atom, ctx)
    if t in ("capital", "metonym"):
        m.kind = "metonym"
    if t == "unknown_person":
        m.name = None  # named by the names module
    elif t == "unknown_org":
        m.name = normalize(ctx.span_text(atom.start, atom.end))
    return m


NON_AGENTS = words(
    """
    good goods product products import imports export exports stock stocks share shares bond bonds
    currency currencies market markets commodity commodities steel car cars vehicle vehicles wine food
    cuisine dish dishes language languages culture holiday brand brands visa visas passport passports
    yuan yen peso rupee dollar dollars
    """
)


def _demonym(doc: Doc, atom: Atom, ctx: DocContext) -> Mention | None:
    """ "Palestinians", "the Chinese" (people); "an Indian proposal", "Israeli changes" (the state's)."""
    root = atom_root(doc, atom, ctx)
    m = _base(doc, atom, ctx)
    m.kind = "demonym"
    if root.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
        if (root.pos_ in ("NOUN", "PROPN", "") and is_plural(root)) or any(
            c.dep_ == "det" for c in root.children
        ):
            m.name = group_name(doc, m)
            m.sector = "CVL"  # "Palestinians", "the Chinese": the people, not the state
            return m
        return None
    head = root.head
    if head.i <= root.i or ctx.in_quote(root.idx):
        return None
    word = head.text.lower()
    if lemma_in(head, NON_AGENTS) or word in NON_AGENTS:
        return None  # "Chinese goods", "Japanese imports": things, not actors
    if lemma_in(head, STATE_ACTS) or word in STATE_ACTS:
        m.sector = "GOV"
    elif word in MILITARY_THINGS:
        m.sector = "MIL"
    m.name = m.entry.name if m.entry is not None else group_name(doc, m)
    return m


def _composite(doc: Doc, head_atom: Atom, mods: list[Atom], ctx: DocContext, kb: ActorKB) -> Mention | None:
    person_head = head_atom.type in ("person", "unknown_person")
    loose = [
        a
        for a in mods
        if not same_line(doc, a, head_atom)
        or (not person_head and a.entry is not None and a.entry.type == "title")
    ]
    if loose:
        # a dateline above the head, or "the president's Oval Office": not modifiers of this head
        mods = [a for a in mods if a not in loose]
        rest = [m for m in (_standalone(doc, a, ctx, kb) for a in loose) if m is not None]
        main = _composite(doc, head_atom, mods, ctx, kb)
        return [*rest, main] if main is not None else rest  # type: ignore[return-value]
    if head_atom.type == "unknown_org" and not mods and not plausible_org(doc, head_atom, ctx):
        return None
    start = min([head_atom.start] + [a.start for a in mods])
    m = _base(doc, head_atom, ctx, start=start)
    if (
        head_atom.type in ("capital", "metonym")
        and not mods
        and (is_place_use(doc[m.head]) or is_dateline(doc, head_atom, ctx))
    ):
        m.emit = False
        return m
    for atom in mods:
        sub = _base(doc, atom, ctx)
        if atom.type == "unknown_org":
            sub.name = normalize(ctx.span_text(atom.start, atom.end))
        m.modifiers.append(sub)
        if atom.entry is not None and atom.entry.type == "title":
            m.titles.add(atom.entry.name)
            m.titles.add(ctx.span_text(atom.start, atom.end).lower())
            if m.sector is None:
                m.sector = atom.entry.sector
    _inherit_country(m)
    if head_atom.type == "demonym":
        # "Iraqi Kurds", "Bosnian Serbs": the state named by the modifier
        state = next((s.country for s in m.modifiers if s.type in ("demonym", "country") and s.country), None)
        m.country = state or m.country
        m.kind = "demonym"
        m.sector = m.sector or "CVL"
        m.name = group_name(doc, m)
    if head_atom.type in ("capital", "metonym"):
        m.kind = "metonym"
    if head_atom.entry is not None and head_atom.entry.is_role and m.role is not None:
        return role_mention(doc, m, kb, ctx)
    if head_atom.type == "unknown_org":
        m.name = normalize(ctx.span_text(head_atom.start, head_atom.end))
    return m


GENERIC_HEADS = frozenset({"organization", "leaders", "officials", "leader", "military"})


def _inherit_sector(m: Mention) -> None:
    """ "rebel leaders" (REB), "opposition groups" (OPP), "Islamic Jihad movement" (the group itself)."""
    if m.role not in GENERIC_HEADS:
        return
    for sub in m.modifiers:
        if sub.type in ORG_TYPES and m.role == "organization" and sub.name:
            m.name, m.type, m.entry = sub.name, sub.type, sub.entry
            m.sector, m.country = sub.sector, m.country or sub.country
            m.role = None
            return
        if sub.sector and sub.entry is not None and sub.entry.type == "group" and sub.sector != m.sector:
            m.sector = sub.sector
            return


def _inherit_country(m: Mention) -> None:
    """Country (and a better sector) from modifiers: "China's", "US", "Chinese", "Trump", "Pentagon"."""
    _inherit_sector(m)
    if m.country is not None:
        return
    for sub in m.modifiers:
        if sub.type == "title":
            continue
        if sub.country is not None:
            m.country = sub.country
            if sub.type in ORG_TYPES and sub.sector and m.role in ("officials", "leaders"):
                m.sector = sub.sector
            return
    # no modifier names a country ("official Syrian newspaper" has one after "official")
    for sub in m.modifiers:
        if sub.type != "title" and (
            (sub.entry is not None and sub.entry.is_role) or sub.type == "unknown_person"
        ):
            m.country_from = sub  # resolved later ("administration officials", "Smith aides")
            return
