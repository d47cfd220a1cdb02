"""People by name: canonical names for unknown people, short forms, titles, appositions, gender.

- A KB person keeps the KB name ("Trump" -> "Donald Trump").
- An unknown person is named by the first full mention, without titles or honorifics
  ("Mayor John Smith" -> "John Smith"); a later "Smith" or "Mr. Smith" in the same
  document joins that chain (for East Asian KB people the family name comes first:
  "Wang" after "Wang Yi").
- Country and sector of an unknown person come from the noun phrase ("Chinese
  leader", "Senator") or an apposition ("John Smith, the mayor of ...").
- Gender: KB, honorific (Mr/Ms), gendered title (spokeswoman), or first name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.kb.actors import ActorKB, normalize
from newsevents.stages.coref.gender import GENDERED_WORDS, HONORIFICS, TITLE_WORDS, first_name_genders
from newsevents.stages.coref.mention import Mention

EAST_ASIAN = frozenset({"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "KHM"})


def _clean_name_tokens(doc: Doc, m: Mention) -> list[Token]:
    """The name proper: no titles, honorifics, possessive or punctuation at the edges."""
    lo, hi = (m.name_start, m.name_end) if m.name_start >= 0 else (m.start, m.end)
    toks = [t for t in doc[lo:hi] if not t.is_space]
    while len(toks) > 1 and (
        toks[0].text.lower() in TITLE_WORDS
        or toks[0].text.lower() in HONORIFICS
        or toks[0].pos_ in ("ADJ", "DET")
        or toks[0].text.lower() in ("'s", "\u2019s")
        or (toks[0].is_punct or toks[0].pos_ == "PUNCT")
        or toks[0].ent_type_ in ("NORP", "GPE")
        or toks[1].text.lower() in ("'s", "\u2019s")
    ):
        if toks[0].text.lower() in TITLE_WORDS:
            m.titles.add(toks[0].text.lower())
        toks = toks[1:]
    while toks and (
        (toks[-1].is_punct or toks[-1].pos_ == "PUNCT") or toks[-1].text.lower() in ("'s", "\u2019s")
    ):
        toks = toks[:-1]
    return toks


def _honorific_gender(doc: Doc, m: Mention) -> str | None:
    for t in doc[max(0, m.start - 2) : m.end]:
        g = HONORIFICS.get(t.text.lower())
        if g:
            return g
    for title in m.titles:
        g = GENDERED_WORDS.get(title)
        if g:
            return g
    return None


def _appositive_info(doc: Doc, m: Mention, by_head: dict[int, Mention]) -> None:
    """ "John Smith, the mayor of X" / "John Smith, a Hamas commander": country, sector, titles."""
    head = doc[m.head]
    for child in head.children:
        if child.dep_ != "appos":
            continue
        for tok in child.subtree:
            other = by_head.get(tok.i)
            if other is None or other is m:
                continue
            if other.country and m.country is None:
                m.country = other.country
            if other.type in ("org", "igo", "ngo", "armed", "company") and other.sector and m.sector is None:
                m.sector = other.sector
            if other.role:
                m.titles.add(other.role)
                if other.role_surface:
                    m.titles.add(other.role_surface)
                if m.sector is None and other.sector and other.kind == "description":
                    m.sector = other.sector
                other.emit = False  # the apposition describes this person; it is not another actor
                other.antecedent = m
        child_word = child.text.lower()
        if child_word in GENDERED_WORDS and m.gender is None:
            m.gender = GENDERED_WORDS[child_word]
        if child.lemma_.lower() in ("president", "minister", "spokesman", "spokeswoman", "leader"):
            m.titles.add(child.lemma_.lower())


def resolve_people(doc: Doc, mentions: list[Mention], kb: ActorKB) -> None:
    """Name every person mention and link short forms to the first full mention."""
    genders = first_name_genders()
    by_head = {mm.head: mm for mm in mentions}
    chains: dict[str, Mention] = {}  # name token (lower) -> first full mention
    for m in mentions:
        if m.type not in ("person", "unknown_person"):
            continue
        _appositive_info(doc, m, by_head)
        if m.gender is None:
            m.gender = _honorific_gender(doc, m)
        if m.type == "person":
            _fit_gender(doc, m, kb)
        if m.type == "person":
            text = doc[m.name_start : m.name_end].text if m.name_start >= 0 else doc[m.start : m.end].text
            earlier = chains.get(text.lower()) if " " not in text else None
            if (
                earlier is not None
                and earlier.name
                and earlier.name != m.name
                and m.gender in (None, earlier.gender)
            ):
                # "Hillary Clinton ... Clinton": the document's own Clinton, not the KB's first one
                m.name, m.entry, m.country, m.sector = (
                    earlier.name,
                    earlier.entry,
                    earlier.country,
                    earlier.sector,
                )
                m.gender, m.antecedent = earlier.gender, earlier
                continue
            _former(doc, m)
            _register(chains, m, m.name or "", kb)
            continue
        toks = _clean_name_tokens(doc, m)
        if not toks:
            m.emit = False
            continue
        name = normalize(doc[toks[0].i : toks[-1].i + 1].text)
        earlier = chains.get(name.lower())
        if earlier is None and len(toks) == 1:
            earlier = chains.get(toks[0].text.lower())
        if earlier is not None and earlier.name:
            m.name = earlier.name
            m.antecedent = earlier
            m.country = m.country or earlier.country
            m.sector = m.sector or earlier.sector
            m.gender = m.gender or earlier.gender
            earlier.titles.update(m.titles)
            continue
        entry = kb.lookup(name)
        if entry is not None and entry.type == "person":
            m.name, m.entry = entry.name, entry
            m.country, m.sector = entry.country, entry.sector
            m.gender = m.gender or entry.gender
            m.titles.update(entry.titles)
        else:
            m.name = name
            if m.gender is None:
                m.gender = genders.get(toks[0].text.lower())
        _former(doc, m)
        _register(chains, m, m.name, kb)
    # titles and gender known anywhere in a chain hold for the whole chain
    for m in mentions:
        if m.antecedent is not None and m.type in ("person", "unknown_person"):
            root = m.antecedent
            root.titles.update(m.titles)
            if root.gender is None:
                root.gender = m.gender


def _fit_gender(doc: Doc, m: Mention, kb: ActorKB) -> None:
    """ "Mrs. Clinton": a KB surname match whose gender contradicts the honorific is another person."""
    said = next(
        (
            HONORIFICS[t.text.lower()]
            for t in doc[max(0, m.name_start - 2) : m.name_start]
            if HONORIFICS.get(t.text.lower())
        ),
        None,
    )
    if said is None or m.entry is None or m.entry.gender in (None, said):
        return
    word = doc[m.name_end - 1].text
    other = next((e for e in kb.people_named(word) if e.gender == said), None)
    if other is not None:
        m.entry, m.name, m.country, m.sector, m.gender = other, other.name, other.country, other.sector, said
        m.titles = set(other.titles)
    else:
        m.type, m.entry, m.name, m.country, m.sector, m.gender = (
            "unknown_person",
            None,
            None,
            None,
            None,
            said,
        )
        m.titles = set()


def _former(doc: Doc, m: Mention) -> None:
    """ "former President X", "ex-minister X": an elite (ELI), no longer the government."""
    words = {t.text.lower() for t in doc[max(0, m.start - 2) : m.end]}
    if words & {"former", "ex", "ex-", "late"} or any(t.startswith("ex-") for t in words):
        m.sector = "ELI"
    elif m.sector == "ELI" and any(s.type == "title" and s.sector for s in m.modifiers):
        # "President Obama" in an article of his time: the office the text gives him
        m.sector = next(s.sector for s in m.modifiers if s.type == "title" and s.sector)


def _register(chains: dict[str, Mention], m: Mention, name: str, kb: ActorKB) -> None:
    parts = name.split()
    chains.setdefault(name.lower(), m)
    if len(parts) > 1:
        chains.setdefault(parts[-1].lower(), m)
        if m.country in EAST_ASIAN or "-" in parts[-1]:  # family name first: "Wang Yi", "Ban Ki-moon"
            chains.setdefault(parts[0].lower(), m)
