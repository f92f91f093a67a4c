"""Cooperation areas (from the gazetteer's term lists) and priority sectors (from
enumerations such as "priority sectors, including …")."""

from __future__ import annotations

import re

from initiatives.pipeline.areas_vocabulary import SITE_NOTICE_RE, area_supported
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import AREA_SLUGS, PHRASES, POLICY_SECTION_RE
from initiatives.pipeline.literal_gate import Gated, fold
from initiatives.pipeline.types import ExtractedArea, ExtractedSector, Span

# How a segment ranks as evidence for an area: a bullet line says most.
BULLET_SCORE = 3
POLICY_SENTENCE_SCORE = 2
OTHER_SCORE = 1
TITLE_SCORE = 0  # a headline names an area in passing; a sentence says what it is
MAX_SECTOR_WORDS = 6
MAX_SECTOR_CHARS = 60
# "focus on" and "in areas like" also introduce things that are not sectors; only a
# list of at least this many items counts after them.
WEAK_CUE_MIN_ITEMS = 2

_QUALIFIED_GROUP = (
    r"(?:priority|key|strategic|critical|main|core\s+industrial)\s+"
    r"(?:defen[cs]e\s+|industrial\s+|military\s+)?"
    r"(?:sectors?|areas|domains|capabilit(?:y|ies)|fields|technologies|segments)"
)
_PLAIN_GROUP = r"(?:sectors|domains|industries|technologies|capabilities|segments|categories)"
_INTRO = r"\s*,?\s*(?:(?:including|such\s+as|like|notably|namely|in\s+particular)\b|:)\s*"
SECTOR_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("sector.priority_list", re.compile(rf"\b{_QUALIFIED_GROUP}{_INTRO}", re.IGNORECASE), False),
    (
        "sector.priority_list",
        re.compile(
            r"\bpriorit(?:ies|y\s+(?:[\w-]+\s+)?(?:areas|sectors|capabilities|domains|fields))"
            r"\s+(?:include|are|will\s+be|cover)\b:?\s*",
            re.IGNORECASE,
        ),
        False,
    ),
    ("sector.sectors_such_as", re.compile(rf"\b{_PLAIN_GROUP}{_INTRO}", re.IGNORECASE), False),
    (
        "sector.areas_like",
        re.compile(r"\bin\s+(?:areas|fields)\s+(?:like|such\s+as|including)\s+", re.IGNORECASE),
        True,
    ),
    (
        "sector.focus_on",
        re.compile(r"\b(?:focus(?:es|ed|ing)?|concentrat(?:e|es|ed|ing))\s+on\s+", re.I),
        True,
    ),
)
_ANY_SECTOR_CUE = Gated(
    re.compile("|".join(f"(?:{cue.pattern})" for _, cue, _ in SECTOR_CUES), re.IGNORECASE)
)
# Where an enumeration stops: the end of the sentence, a purpose or relative clause.
_LIST_END = re.compile(
    r"[.;:()\[\]]|\s[–—-]\s|\s+(?:in\s+order\s+to|to\s+\w+|which|that|while|so\s+that|"
    r"with\s+a\s+view|by\s+\d|in\s+the\s+coming|within|over\s+the|by\s+the\s+end)\b",
    re.IGNORECASE,
)
# Capitalized words that stay so in a sector's name: "Ukrainian drones".
PROPER_WORDS = frozenset(PHRASES) | {"European", "Europe", "Union"}
SEMICOLON_LIST_MIN = 2
_SEMICOLON = re.compile(r";")
_LIST_CONJUNCTION = re.compile(r"\s*(?:and|or)\s+")
_ITEM_END = re.compile(r"[,.(:]|\s[–—-]\s")
_COMMA = re.compile(r"\s*,\s*(?:(?P<conj>and|or)\s+)?")
_AND = re.compile(r"\s+(?:and|or|as\s+well\s+as|plus)\s+")
_INNER_INTRO = re.compile(r"\b(?:such\s+as|including|like|notably|namely)\s+", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:the|a|an|its|their)\s+", re.IGNORECASE)


def find_areas(text: str, segments: list[Segment]) -> list[ExtractedArea]:
    best: dict[str, tuple[int, int, Segment, str]] = {}
    folded = fold(text)
    for order, segment in enumerate(segments):
        if segment.kind == "heading" or SITE_NOTICE_RE.search(text, segment.start, segment.end):
            continue
        if segment.kind == "title":
            score, where = TITLE_SCORE, "title"
        elif segment.kind == "bullet":
            score, where = BULLET_SCORE, "bullet"
        elif segment.kind == "paragraph" and POLICY_SECTION_RE.search(segment.section):
            score, where = POLICY_SENTENCE_SCORE, "policy_sentence"
        else:
            score, where = OTHER_SCORE, "sentence"
        for slug in AREA_SLUGS:
            current = best.get(slug)
            if current is not None and current[0] >= score:
                continue
            if area_supported(slug, text, segment.start, segment.end, folded=folded):
                best[slug] = (score, order, segment, where)
    areas = []
    for slug in AREA_SLUGS:
        if slug in best:
            _, _, segment, where = best[slug]
            evidence = span(text, segment.start, segment.end)
            areas.append(ExtractedArea(slug, evidence.quote, evidence, f"area.{slug}.{where}"))
    return areas


def find_sectors(
    text: str, segments: list[Segment], *, exclude: set[int] | None = None
) -> list[ExtractedSector]:
    """Items of enumerations introduced by a sector cue; `exclude` holds segment starts
    (the cooperation-area bullets) that are never read as sectors."""
    exclude = exclude or set()
    sectors: dict[str, ExtractedSector] = {}
    for index, segment in enumerate(segments):
        if segment.kind == "heading" or not _ANY_SECTOR_CUE.search(
            text, segment.start, segment.end
        ):
            continue
        for rule, cue, weak in SECTOR_CUES:
            for match in cue.finditer(text, segment.start, segment.end):
                if match.end() >= segment.end:
                    items = _following_bullets(text, segments, index, exclude)
                    rule_name = "sector.bullets_after_cue"
                else:
                    items = _items(text, match.end(), segment.end)
                    rule_name = rule
                if weak and len(items) < WEAK_CUE_MIN_ITEMS:
                    continue
                for item in items:
                    name = _normalize(item.quote)
                    if name.casefold() not in sectors:
                        sectors[name.casefold()] = ExtractedSector(name, item, rule_name)
    return list(sectors.values())


def _items(text: str, start: int, end: int) -> list[Span]:
    """Split "A, B, C and D" (or "A, B, C, and D") into its items' spans.

    With an Oxford comma, "and" inside an item is part of it ("air and missile defence,
    drones, and military mobility"); without one, only the last piece splits on "and".
    """
    if text.count(";", start, end) >= SEMICOLON_LIST_MIN:
        return _semicolon_items(text, start, end)
    stop = _LIST_END.search(text, start, end)
    end = stop.start() if stop else end
    inner = _INNER_INTRO.search(text, start, end)
    if inner:  # "focus on capability categories such as A, B and C"
        start = inner.end()
    pieces: list[tuple[int, int]] = []
    left = start
    commas = list(_COMMA.finditer(text, start, end))
    oxford = any(c.group("conj") for c in commas)
    for sep in [*commas, None]:
        right = sep.start() if sep else end
        last = sep is None
        if commas and (oxford or not last):
            pieces.append((left, right))
        else:
            pieces.extend(_split_and(text, left, right))
        if sep:
            left = sep.end()
    return [item for a, b in pieces if (item := _item(text, a, b)) is not None]


def _semicolon_items(text: str, start: int, end: int) -> list[Span]:
    """ "A; B, including C; D; and E.": each item up to its first comma or bracket."""
    items = []
    for piece in _SEMICOLON.split(text[start:end]):
        offset = text.find(piece, start)
        start = offset + len(piece)
        lead = _LIST_CONJUNCTION.match(piece)
        a = offset + (lead.end() if lead else 0)
        stop = _ITEM_END.search(text, a, offset + len(piece))
        item = _item(text, a, stop.start() if stop else offset + len(piece))
        if item is not None:
            items.append(item)
    return items


def _split_and(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces, left = [], start
    for sep in _AND.finditer(text, start, end):
        pieces.append((left, sep.start()))
        left = sep.end()
    pieces.append((left, end))
    return pieces


def _item(text: str, start: int, end: int) -> Span | None:
    piece = span(text, start, end)
    article = _ARTICLE.match(text, piece.start, piece.end)
    if article:
        piece = span(text, article.end(), piece.end)
    words = piece.quote.split()
    if not words or len(words) > MAX_SECTOR_WORDS or len(piece.quote) > MAX_SECTOR_CHARS:
        return None
    if not any(c.isalpha() for c in piece.quote):
        return None
    return piece


def _following_bullets(
    text: str, segments: list[Segment], index: int, exclude: set[int]
) -> list[Span]:
    items = []
    for segment in segments[index + 1 :]:
        if segment.kind != "bullet":
            break
        if segment.start in exclude:
            continue
        item = _item(text, segment.start, segment.end)
        if item is not None:
            items.append(item)
    return items


def _normalize(name: str) -> str:
    """Lowercase capitals that only mark a list start or title case; keep proper nouns
    (actors, demonyms, "European"), acronyms and spelling."""
    words = name.rstrip(".;,").split(" ")
    return " ".join(
        word[0].lower() + word[1:]
        if word[:1].isupper() and word[1:].islower() and word not in PROPER_WORDS
        else word
        for word in words
    )
