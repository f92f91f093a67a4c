"""The units that extraction rules read: sentences of paragraphs, whole bullet lines,
headings and the title, each with its offsets into the document's text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from initiatives.pipeline.types import Block, Span, Structure

_BULLET_MARKER = re.compile(r"\s*(?:[-*•·▪◦–—]|\d{1,2}[.)]|\([a-z0-9]\))\s+")
_UNINDENTED_LINE = re.compile(r"\n(?=[^\s])")
_HEADING_MARKER = re.compile(r"\s*#{1,6}\s+")
# A sentence ends at . ! ? (and closing quotes or brackets) before a space and a capital;
# or, where a saved page joined its paragraphs without a space ("over the next ten
# years.At the core"), between a lower-case word and a capitalized one.
_SENTENCE_END = re.compile(
    r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9€£$])|(?<=[a-z]{3})[.!?][\"”’)\]]*(?=[A-Z][a-z])"
)
_WORD_BEFORE_DOT = re.compile(r"(\S+?)\.*$")
ABBREVIATIONS = frozenset(
    {
        "e.g", "i.e", "etc", "Mr", "Mrs", "Ms", "Dr", "St", "No", "Nos", "Art", "vs", "U.S",
        "U.K", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
        "Dec", "Inc", "Ltd", "Co", "approx", "cf", "para", "p", "pp", "Gen", "Col", "Lt",
        "Prof", "Rep", "Sen", "Gov", "Amb",
    }
)  # fmt: skip
# A heading longer than this is a sentence set in bold, not a section title.
MAX_HEADING_WORDS = 8
# The segments promises are read in: the sentences of paragraphs, and bullet lines.
PROSE = ("paragraph", "bullet")
# The end of a sentence inside one segment: . ! ? before a space or the segment's end.
SENTENCE_STOP = re.compile(r"[.!?](?=\s|\Z)")
NEXT_STEPS_RE = re.compile(
    r"next\s+steps?|what\s+(?:comes|happens)\s+next|the\s+way\s+forward|what\s+next|"
    r"background.*next|timeline|implementation",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Segment:
    """A sentence of a paragraph, or a whole title, heading or bullet line."""

    start: int
    end: int
    kind: str  # the block's kind: title | heading | paragraph | bullet
    section: str
    block: int  # index of its block among the article's blocks; -1 for the title
    paragraph: int  # index among paragraph blocks (-1 for others)

    @property
    def in_next_steps(self) -> bool:
        return _is_next_steps(self.section)


@lru_cache(maxsize=256)
def _is_next_steps(section: str) -> bool:
    return len(section.split()) <= MAX_HEADING_WORDS and bool(NEXT_STEPS_RE.search(section))


def span(text: str, start: int, end: int) -> Span:
    """A Span of text[start:end], trimmed of surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def _content(text: str, block: Block) -> tuple[int, int]:
    start, end = block.start, block.end
    marker = _BULLET_MARKER if block.kind == "bullet" else _HEADING_MARKER
    found = marker.match(text, start, end)
    if found and block.kind in ("bullet", "heading", "title"):
        start = found.end()
    while start < end and (text[start].isspace() or text[start] in "*_"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*_"):
        end -= 1
    return start, end


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence boundaries in text[start:end]; abbreviations and initials do not end one."""
    pieces: list[tuple[int, int]] = []
    left = start
    for match in _SENTENCE_END.finditer(text, start, end):
        word = _WORD_BEFORE_DOT.search(text, max(left, match.start() - 12), match.start() + 1)
        token = (word.group(1) if word else "").lstrip('("“')
        if text[match.start()] == "." and (
            token in ABBREVIATIONS or (len(token) == 1 and token.isupper())
        ):
            continue
        pieces.append((left, match.end()))
        left = match.end()
        while left < end and text[left].isspace():
            left += 1
    if left < end:
        pieces.append((left, end))
    return [(a, b) for a, b in pieces if b > a]


def _reads_as_prose(text: str, start: int, end: int) -> bool:
    body = text[start:end].strip("*_ ")
    return body.endswith((".", "!", "?")) or len(body.split()) > MAX_HEADING_WORDS * 2


def segments(text: str, structure: Structure) -> list[Segment]:
    """The title, then every article block cut into sentences (bullets stay whole)."""
    out: list[Segment] = []
    if structure.title is not None:
        start, end = _content(text, structure.title)
        if end > start:
            out.append(Segment(start, end, "title", "", -1, -1))
    paragraph = 0
    for index, block in enumerate(structure.blocks):
        start, end = _content(text, block)
        if end <= start:
            continue
        kind = block.kind
        if kind == "heading" and _reads_as_prose(text, start, end):
            kind = "paragraph"  # a bold standfirst: "**Parliament on Tuesday endorsed …**"
        rest = end
        if kind == "bullet":
            # A bullet is one line (and its indented continuation); an unindented line
            # after it is prose, whatever the block says.
            line_break = _UNINDENTED_LINE.search(text, start, end)
            if line_break:
                end, rest = line_break.start(), line_break.end()
            out.append(Segment(start, end, "bullet", block.section, index, -1))
            if rest == block.end or rest >= _content(text, block)[1]:
                continue
            start, end = rest, _content(text, block)[1]
        if kind in ("paragraph", "bullet"):
            for a, b in sentences(text, start, end):
                out.append(Segment(a, b, "paragraph", block.section, index, paragraph))
            paragraph += 1
        else:
            out.append(Segment(start, end, kind, block.section, index, -1))
    return out


def prose_matches(
    pattern: Any, text: str, segments: list[Segment]
) -> Iterator[tuple[Segment, re.Match[str]]]:
    """Each match of `pattern` (a compiled pattern, or a `literal_gate` one) in a segment
    of prose, with its segment: where a finder of one wording looks for it."""
    for segment in segments:
        if segment.kind in PROSE:
            for match in pattern.finditer(text, segment.start, segment.end):
                yield segment, match
