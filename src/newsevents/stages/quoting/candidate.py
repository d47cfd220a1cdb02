"""What each construction finder proposes before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Candidate:
    """A proposed quote: content and cue character spans, and where its speaker is.

    ``speaker_head`` is the token index of the speaker's head word, with
    ``speaker_span`` its token bounds; ``inherit`` marks a continuation that
    takes the speaker (and cue) of the quote before it. ``clause`` is the
    character span of the reported clause a partial quote sits in, if any.
    """

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    speaker_head: int | None = None
    speaker_span: tuple[int, int] | None = None
    inherit: bool = False
    clause: tuple[int, int] | None = None
    source: str = ""  # which rule proposed it (for debugging and error analysis)
