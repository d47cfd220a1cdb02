"""What the coreference rules work on: KB/NER atoms and the mentions built from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsevents.kb.actors import ActorEntry


@dataclass(eq=False)
class Mention:
    """A candidate actor mention (token offsets) and what is known about it."""

    start: int
    end: int
    head: int  # token index of the syntactic head
    type: str
    name_start: int = -1  # the head atom's tokens (the name proper, without modifiers)
    name_end: int = -1  # KB entry type, "unknown_person", "unknown_org", "pronoun", "pair"
    kind: str = "name"
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    entry: ActorEntry | None = None
    role: str | None = None  # the role entry name for role heads ("president", "ministry")
    role_surface: str | None = None  # the role words as written ("foreign minister")
    gender: str | None = None
    plural: bool = False
    titles: set[str] = field(default_factory=set)
    sent: int = 0
    subject: bool = False
    in_quote: bool = False
    definite: bool = False
    country_from: Mention | None = None  # a modifier whose country still has to be resolved
    modifiers: list[Mention] = field(default_factory=list)
    antecedent: Mention | None = None
    pair: tuple[Mention, Mention] | None = None  # the two parties of "the two sides" (or "they")
    emit: bool = True

    @property
    def resolved(self) -> bool:
        return self.name is not None

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass
class Atom:
    start: int
    end: int
    entry: ActorEntry | None
    label: str | None = None  # NER label for atoms without an entry

    @property
    def type(self) -> str:
        if self.entry is not None:
            return self.entry.type
        return "unknown_person" if self.label == "PERSON" else "unknown_org"
