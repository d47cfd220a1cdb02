"""Speaker labels: a paragraph opening with a short label and a colon ("SMITH: We will win.").

Transcripts quoted whole ('"SMITH: ...' paragraphs) give direct quotes, and a quoted paragraph
with no label continues the last speaker. Section heads ("The Latest:", "Frustration with
police:") are no speakers.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from newsevents.stages.quoting.candidate import Candidate
from newsevents.stages.quoting.cues import NOT_SPEAKER_PREFIXES

_NAME_PARTICLES = frozenset({"de", "da", "del", "van", "von", "der", "al", "bin", "le", "la", "of"})
_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _names_a_speaker(label: Span) -> bool:
    """Whether a label before a colon names a speaker ("WALLACE", "Poll", "Obama on Trade")
    rather than heads a section ("The Latest", "Frustration with police", "Another challenge")."""
    letters = [ch for ch in label.text if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        return True
    words = [t for t in label if t.is_alpha]
    if not words or words[0].pos_ == "DET":
        return False
    if len(words) == 1:
        return words[0].text[0].isupper()
    if any(t.text[0].islower() and t.pos_ not in ("ADP", "CCONJ", "PART") and t.lower_ not in _NAME_PARTICLES
           for t in words):
        return False
    return any(t.ent_type_ in _LABEL_ENTS for t in label)


def speaker_labels(doc: Doc, text: str, quoted_share: Callable[[int, int], float]) -> list[Candidate]:
    """Paragraphs opening with a short speaker label and a colon: "SMITH: We will win.".

    In a transcript quoted whole ('"SMITH: ...' paragraphs), the label's words are direct, and a
    quoted paragraph with no label right after continues the last speaker.
    """
    out: list[Candidate] = []
    pos = 0
    last: Candidate | None = None
    for line in text.split("\n"):
        p_start, p_end = pos, pos + len(line)
        pos = p_end + 1
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip("\"“ \t"))
        quoted = "\"" in line[:lead] or "“" in line[:lead]
        line, p_start = line[lead:], p_start + lead
        cand = _label_line(doc, text, quoted_share, line, p_start, p_end, quoted)
        if cand is None and quoted and last is not None and last.kind == "direct":
            c_end = p_end
            while c_end > p_start and text[c_end - 1] in " \t\u00a0\"”":
                c_end -= 1
            if c_end - p_start >= 15 and not line.startswith("("):
                cand = Candidate(p_start, c_end, "direct", cue=last.cue, speaker_head=last.speaker_head,
                                 speaker_span=last.speaker_span, source="speaker-label")
        if cand is not None:
            out.append(cand)
        last = cand if cand is not None or not line.startswith("(") else last
    return out

def _label_line(doc: Doc, text: str, quoted_share: Callable[[int, int], float], line: str, p_start: int,
            p_end: int, quoted: bool) -> Candidate | None:
    colon = line.find(":")
    if colon <= 0 or colon > 60 or p_end - (p_start + colon) < 15:
        return None
    label = line[:colon].strip()
    words = label.split()
    first = words[0].lower().replace("’", "'").removesuffix("'s").strip("'") if words else ""
    if not words or len(words) > 5 or first in NOT_SPEAKER_PREFIXES:
        return None
    if not any(w[:1].isupper() for w in words):
        return None
    lab = doc.char_span(p_start + line.find(label), p_start + line.find(label) + len(label),
                             alignment_mode="expand")
    if lab is None or any(t.pos_ in ("VERB", "AUX") and not t.text.isupper() for t in lab):
        return None
    if any(t.like_num for t in lab):
        return None  # times such as "10:30"
    nouns = [t for t in lab if t.pos_ in ("PROPN", "NOUN") or t.text.isupper()]
    if not nouns or not _names_a_speaker(lab):
        return None
    c_start, c_end = p_start + colon + 1, p_end
    while c_start < c_end and text[c_start] in " \t\u00a0\"“'‘":
        c_start += 1
    while c_end > c_start and text[c_end - 1] in " \t\u00a0\"”'’":
        c_end -= 1
    if c_end - c_start < 8:
        return None
    marked = quoted or quoted_share(c_start, c_end) > 0.5
    return Candidate(c_start, c_end, "direct" if marked else "indirect",
                     cue=(p_start + colon, p_start + colon + 1), speaker_head=nouns[-1].i,
                     speaker_span=(lab.start, lab.end), source="speaker-label")
