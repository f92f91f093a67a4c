"""Tasks numbered inside one line, and a summary's lines of infinitives.

Real pages that summarise an action plan give its tasks in shapes with no lead-in and no
modal, which the other list rules do not read:
- a run of numbered items in one line: "(1) Sift through households in crisis, (2)
  intensively protect the vulnerable, (3) upgrade social services"; the structure may
  already have cut the first marker as the line's bullet, so the line starts with item 1
  and the numbers run on from (2);
- circled numbers ("① Widening access…, ② Easing costs…") or, in a copy whose encoding
  lost them, runs of question marks standing for them ("Care reform ? ??Widening
  access to…, ??Easing the cost of…"): the line's head before the first marker is its
  heading, the items after it are tasks;
- a summary box of lines that each open with "To" and a verb: "To draw up a plan for
  rural clinics", "To open the register to small firms by 2027" (two such lines at least,
  so that one "To apply, visit…" line is no task list).
The numbering (or the run of infinitives) is the sign that each item is a task of the
text's own body (`OwnerContext.body_at`, else the body the text says announced it,
`extract_owners.lead_author`): each item whose head names work is a promise
(`action.numbered_item`, `action.summary_infinitive`) with its own deadline. An item's
head is read as for any listed item (`extract_action_listed.item_head`), and, since the
numbering says it is a task, also a bare verb that those word lists do not hold, after
an adverb perhaps ("intensively protect the vulnerable"). Nothing comes from items told
in the past, nor from a line whose head tells what was done ("Achievements: (1) …").

Only segments that gave no action are read, so each rule adds what the others missed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import NOT_VERBS
from initiatives.pipeline.extract_action_lines import by_segment, lowered_sum
from initiatives.pipeline.extract_action_listed import PAST_LEAD, item_head
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    coordinated_promises,
    object_end,
)
from initiatives.pipeline.extract_owners import Owner, OwnerContext, lead_author
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.types import Span

NUMBERED_RULE = "action.numbered_item"
INFINITIVE_RULE = "action.summary_infinitive"

# "(2) ", "(3)": a number in brackets that opens an item (after a space or at the start:
# checked after the bracket, so that the engine skips from bracket to bracket).
_NUMBER = re.compile(r"\((?<!\S\()(?P<n>\d{1,2})\)\s+")
# Circled numbers, or the runs of "?" (or U+FFFD) a lost glyph leaves before a word.
_GLYPH = re.compile(r"(?:[\u2460-\u2473\u2776-\u277f]|\?{2,}|\ufffd+)\s*(?=[A-Za-z])")
MIN_GLYPH_ITEMS = 2
# What parts an item from the next marker: a comma, a semicolon, "and".
_TRAILER = re.compile(r"[\s,;]*(?:and\s*)?$")
# An adverb before an item's verb: "intensively protect", "gradually expand".
_ADVERB = re.compile(r"(?P<adverb>[a-z]{3,}ly)\s+(?=[a-z])")
# A bare verb as an item's head, where the marker says it is a task: "sift through…".
_BARE_VERB = re.compile(r"(?P<word>[A-Za-z][a-z]{2,})\b(?=\s+[A-Za-z(])")
_NOT_BARE = re.compile(
    r"(?:tion|sion|ment|ness|ity|ies|ous|ive|al|ic|ed|ly|er|or|ist|ism|ship|hood|s)$"
)
_NOT_HEAD_WORDS = frozenset(
    {"the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from",
     "this", "that", "these", "those", "its", "their", "our", "his", "her", "more", "most",
     "less", "new", "all", "each", "every", "other", "such", "some", "any", "many", "much",
     "very"}
)  # fmt: skip
# A summary line of an infinitive: "To draw up a plan…", not "To apply, visit…".
_TO_LINE = re.compile(r"\s*To\s+(?P<verb>[a-z]{3,})\b")
_CLAUSE_AFTER = re.compile(
    r",\s*(?:[\w'’-]+\s+){0,6}?(?:is|are|was|were|will|can|may|visit|see|call)\b"
)
_READER_VERBS = frozenset(
    {"learn", "find", "read", "see", "view", "apply", "subscribe", "sign", "download", "watch",
     "visit", "enquire"}
)  # fmt: skip
MIN_INFINITIVE_LINES = 2


def enumerated_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The numbered items and the summary's infinitive lines, in segments that gave no
    action."""
    held = by_segment(segments, found)
    out: list[FoundAction] = []
    infinitives = _infinitive_lines(text, segments)
    author = None  # the body that publishes the plan, when the tables do not know it
    for segment in segments:
        if segment.kind == "title" or held.get(segment.start):
            continue
        if segment.kind == "heading" and segment.start not in infinitives:
            continue
        if not (segment.start in infinitives or _items(text, segment)):
            continue
        body = context.body_at(segment.start)
        if body is None:
            # "On 9 January, the Ministry of Welfare announced its action plan" further on
            author = author or lead_author(
                text, [(s.start, s.end) for s in segments], context, remits=True
            )
            body = author
        if body is None:
            continue
        owner = Owner(body, span(text, segment.start, segment.end))
        if segment.start in infinitives:
            verb = _TO_LINE.match(text, segment.start, segment.end)
            assert verb is not None
            out += _item(text, segment, verb.start("verb"), segment.end, owner, anchor, context,
                         INFINITIVE_RULE, bare=True)  # fmt: skip
            continue
        for start, end, bare in _items(text, segment):
            out += _item(
                text, segment, start, end, owner, anchor, context, NUMBERED_RULE, bare=bare
            )
    return out


def _items(text: str, segment: Segment) -> list[tuple[int, int, bool]]:
    """The items of a numbered line: (start, end, whether the marker vouches for a bare
    verb); none when the line holds no run of markers."""
    start, end = segment.start, segment.end
    numbers = list(_NUMBER.finditer(text, start, end))
    values = [int(m.group("n")) for m in numbers]
    markers: list[re.Match[str]] = []
    first_is_item = False
    if len(numbers) >= 1 and values == list(range(values[0], values[0] + len(values))):
        if values[0] == 2 and segment.kind == "bullet":
            first_is_item = True  # "(1)" was cut as the bullet's marker
            markers = numbers
        elif values[0] == 1 and len(numbers) >= MIN_GLYPH_ITEMS:
            markers = numbers
    if not markers:
        markers = list(_GLYPH.finditer(text, start, end))
        if len(markers) < MIN_GLYPH_ITEMS:
            return []
    if PAST_LEAD.search(text, start, markers[0].start()):
        return []  # "Achievements so far: (1) …"
    pieces: list[tuple[int, int, bool]] = []
    if first_is_item:
        pieces.append((start, markers[0].start(), True))
    for index, marker in enumerate(markers):
        stop = markers[index + 1].start() if index + 1 < len(markers) else end
        pieces.append((marker.end(), stop, True))
    trimmed = []
    for a, b, bare in pieces:
        b = a + len(_TRAILER.sub("", text[a:b]))
        if b > a:
            trimmed.append((a, b, bare))
    return trimmed


def _infinitive_lines(text: str, segments: list[Segment]) -> set[int]:
    """The starts of the lines of a summary box of infinitives: at least two lines in a
    row that each are one "To" + verb, with no main clause after a comma."""
    run: list[int] = []
    runs: list[list[int]] = []
    per_block = Counter(s.block for s in segments)
    for segment in segments:
        verb = _TO_LINE.match(text, segment.start, segment.end)
        # a short line may be taken for a heading: "To draw up a plan for storm shelters"
        own_line = segment.kind != "title" and per_block[segment.block] == 1
        if (
            verb is not None
            and own_line
            and verb.group("verb") not in _READER_VERBS
            and not _CLAUSE_AFTER.search(text, verb.end(), segment.end)
        ):
            run.append(segment.start)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return {start for r in runs if len(r) >= MIN_INFINITIVE_LINES for start in r}


def _item(
    text: str,
    segment: Segment,
    start: int,
    end: int,
    owner: Owner,
    anchor: dt.date,
    context: OwnerContext,
    rule: str,
    *,
    bare: bool,
) -> list[FoundAction]:
    """The promise(s) of one item, owned by the text's body."""
    head = _head(text, start, end, bare=bare)
    if head is None:
        return []
    lemma, at, verb = head
    if PAST_LEAD.search(text, at, end) and re.search(r"\b(?:was|were|had)\b", text[at:end]):
        return []
    windows = dates.find_due_windows(text, reference=anchor, start=start, end=end)
    stop = object_end(text, at, end)
    parts = coordinated_promises(text, lemma, at, stop, windows) if verb else []
    if not parts:
        parts = [(lemma, at, stop, False)]
    out: list[FoundAction] = []
    for part_lemma, a, b, _ in parts:
        out += build_action(
            text, segment, Span(segment.start, segment.start, ""), owner, part_lemma, False,
            a, b, windows, None, anchor, rule, context, whole=True,
        )  # fmt: skip
    return [lowered_sum(item) for item in out]


def _head(text: str, start: int, end: int, *, bare: bool) -> tuple[str, int, bool] | None:
    """The work an item names: (lemma, where its object starts, whether a verb)."""
    head = item_head(text, start, end)
    if head is not None and (head.verb or head.lemma):
        return head.lemma, head.at, head.verb
    if not bare:
        return None
    at = start
    adverb = _ADVERB.match(text, at, end)
    if adverb is not None:
        at = adverb.end()
        head = item_head(text, at, end)
        if head is not None and head.verb:
            return head.lemma, head.at, True
    word = _BARE_VERB.match(text, at, end)
    if word is None:
        return None
    lower = word.group("word").lower()
    if lower in _NOT_HEAD_WORDS or lower in NOT_VERBS or _NOT_BARE.search(lower):
        return None
    if word.group("word")[0].isupper() and at != start:
        return None
    return lower, word.end(), True
