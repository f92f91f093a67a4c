"""Follow-up actions: promises of future work, each with its owner and due window.

A promise is a cue ("will", "are expected to", "must now", a "Next steps" section) followed
by a verb of concrete work; its owner is the subject mapped to an actor; its description
starts with the verb, without the deadline phrase.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from initiatives.pipeline import dates
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.gazetteer import GOVERNMENT_AFTER_RE, ActorEntry, find_actors
from initiatives.pipeline.types import DueWindow, ExtractedAction, Span

MAX_DESCRIPTION = 200
EXPLICIT_DATE_CONFIDENCE = 0.9
MAX_SPLIT_ITEM_WORDS = 5
# "outline A, B, and C" becomes one action per object from this many objects.
MIN_SPLIT_ITEMS = 3

# Verbs of concrete follow-up work. Verbs of forecast ("influence", "expand", "become")
# are left out on purpose: "is expected to influence" promises nothing.
_REGULAR_VERBS = (
    "outline", "publish", "present", "adopt", "propose", "identify", "coordinate", "launch",
    "submit", "disburse", "establish", "review", "report", "negotiate", "sign", "vote",
    "accompany", "monitor", "evaluate", "deliver", "transpose", "implement", "prepare",
    "develop", "assess", "examine", "allocate", "open", "create", "finalise", "finalize",
    "approve", "endorse", "consult", "define", "issue", "table", "update", "revise",
    "complete", "start", "convene", "mobilise", "mobilize", "procure", "decide", "discuss",
    "designate", "appoint", "announce", "introduce", "select", "award", "organise",
    "organize", "release", "transfer", "ratify", "conclude", "notify", "screen",
    "map", "follow", "track", "agree", "provide",
)  # fmt: skip
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "set up": ("sets up", "set up"),
    "draw up": ("draws up", "drawn up"),
    "put forward": ("puts forward", "put forward"),
    "lay down": ("lays down", "laid down"),
    "make available": ("makes available", "made available"),
    "hold": ("holds", "held"),
    "send": ("sends", "sent"),
    "begin": ("begins", "begun"),
    "take stock of": ("takes stock of", "taken stock of"),
    "pay": ("pays", "paid"),
}


def _forms(lemma: str) -> tuple[str, str]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    elif lemma.endswith("e"):
        past = lemma + "d"
    elif lemma in ("map",):
        past = lemma + "ped"
    else:
        past = lemma + "ed"
    return third, past


VERB_BASE: dict[str, str] = {}
VERB_PARTICIPLE: dict[str, str] = {}
for _lemma in (*_REGULAR_VERBS, *_IRREGULAR):
    _third, _past = _forms(_lemma)
    VERB_BASE[_lemma] = _lemma
    VERB_PARTICIPLE[_past] = _lemma
_verb_alt = "|".join(sorted((re.escape(v) for v in VERB_BASE), key=len, reverse=True))
_participle_alt = "|".join(sorted((re.escape(v) for v in VERB_PARTICIPLE), key=len, reverse=True))
_ADVERBS = r"(?:\s+(?:also|now|then|further|jointly|first|soon|still|swiftly|formally|quickly|"
_ADVERBS += r"together|shortly|subsequently|in\s+turn|\w+ly))*"
# The promise of future work, then the verb: "are expected to outline", "will be published".
ACTION_RE = re.compile(
    r"\b(?P<cue>(?:is|are)(?:\s+also)?\s+expected\s+to|must(?:\s+now)?|will|shall|"
    r"(?:is|are)\s+(?:scheduled|due|set|going|invited|called\s+(?:up)?on|requested|required)\s+to|"
    r"plans?\s+to|intends?\s+to|aims?\s+to|needs?\s+to|(?:has|have)\s+to|(?:is|are)\s+to|"
    r"should|commit(?:s|ted)?\s+to|undert(?:akes|ook)\s+to|"
    r"(?:will\s+)?(?:has|have)\s+(?:[\w-]+\s+){1,6}?to)"
    rf"{_ADVERBS}\s+(?:(?P<passive>be){_ADVERBS}\s+(?P<participle>{_participle_alt})"
    rf"|(?P<verb>{_verb_alt}))\b(?!-)",
    re.IGNORECASE,
)
# Without a cue, in a "Next steps" section: "The Council then adopts the text."
_third_alt = "|".join(sorted((re.escape(_forms(v)[0]) for v in VERB_BASE), key=len, reverse=True))
SECTION_VERB_RE = re.compile(
    rf"\b(?:(?:is|are|was|were)\s+(?P<participle>{_participle_alt})|(?P<third>{_third_alt}))\b",
    re.IGNORECASE,
)
_THIRD_TO_LEMMA = {_forms(v)[0].lower(): v for v in VERB_BASE}
# Where an action's object ends: a reporting clause (", Kiev said"), a relative clause,
# or a new clause with its own verb (", and the first payment is due").
_NEW_CLAUSE = re.compile(
    r",\s+[^,]{1,40}?\s+(?:said|says|told|added|noted|stated)\b|;"
    r"|\s+and\s+(?=(?:will|shall|must|would|can|could|should)\b)|,\s+after\s+which\b"
    r"|,\s+(?:which|who|where|whereas|while)\b"
    r"|,\s+(?:and|but)\s+(?=(?:\S+\s+){0,5}?"
    r"(?:is|are|was|were|will|has|have|had|can|could|must|should|would)\b)"
)
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s|\b(?:but|while|whereas)\s+(?=[A-Z])")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+$", re.IGNORECASE)
_DATE_PREPOSITION = re.compile(
    r"\b(on|by|before|in|no\s+later\s+than|as\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE
)
_LEADING_CONJUNCTION = re.compile(r"(?:and|but|while|whereas|so)\s+", re.IGNORECASE)
_SUBJECT_ADVERB = re.compile(r"\s+(?:now|then|also|still|first|soon)$", re.IGNORECASE)
_PRONOUN = re.compile(r"\A(?:it|they|this|these|which|who|that|he|she|we)\b", re.IGNORECASE)
_AGENT_RE = re.compile(r"\s*\bby\s+(?:the\s+)?")
_TRAILING = re.compile(r"[\s,;:.–—-]+$")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;])")
_SPLIT_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_NOT_A_NOUN_LIST = re.compile(r"\b(?:to|including|such\s+as|with|which|that|by)\b", re.I)


@dataclass(frozen=True)
class Owner:
    entry: ActorEntry
    evidence: Span


@dataclass
class FoundAction:
    action: ExtractedAction
    owner: Owner | None


def find_actions(text: str, segments: list[Segment], *, anchor: dt.date) -> list[FoundAction]:
    found: list[FoundAction] = []
    seen: set[str] = set()
    for segment in segments:
        if segment.kind in ("title", "heading"):
            continue
        matches = list(ACTION_RE.finditer(text, segment.start, segment.end))
        rule = "action.next_steps_section" if segment.in_next_steps else "action.promise"
        if not matches and segment.in_next_steps:
            matches = list(SECTION_VERB_RE.finditer(text, segment.start, segment.end))[:1]
            rule = "action.next_steps_section"
        left = segment.start
        for match in matches:
            if _RELATIVE_BEFORE.search(text, max(left, match.start() - 12), match.start()):
                continue  # "…, which will mobilise €1.5 billion": what the act does
            for item in _actions_of(text, segment, match, left, anchor, rule):
                key = item.action.description.casefold()
                if key not in seen:
                    seen.add(key)
                    found.append(item)
            left = match.end()
    return found


def _actions_of(
    text: str,
    segment: Segment,
    match: re.Match[str],
    left: int,
    anchor: dt.date,
    rule: str,
) -> list[FoundAction]:
    clause = left
    for brk in _CLAUSE_BREAK.finditer(text, left, match.start()):
        clause = brk.end()
    subject = span(text, clause, match.start())
    if not subject.quote and clause > left:
        # "The regulation, agreed with the Parliament in July, will…": the subject is the
        # head of the sentence, before the apposition.
        head = _CLAUSE_BREAK.search(text, left, match.start())
        subject = span(text, left, head.start() if head else match.start())
    conjunction = _LEADING_CONJUNCTION.match(subject.quote)
    if conjunction:  # "…, and ministers are expected to approve it"
        subject = span(text, subject.start + conjunction.end(), subject.end)
    owner = _owner(text, subject)
    groups = match.groupdict()
    passive = bool(groups.get("participle"))
    lemma = (
        VERB_PARTICIPLE.get(groups["participle"].lower(), groups["participle"])
        if passive
        else _THIRD_TO_LEMMA.get((groups.get("third") or "").lower())
        or (groups.get("verb") or "").lower()
    )
    verb_end = match.end()
    end = _object_end(text, verb_end, segment.end)
    windows = dates.find_due_windows(text, reference=anchor, start=segment.start, end=segment.end)
    # The deadline of this promise: in its object, else before its verb in its own clause
    # ("In the coming months, EU agencies will…"), else an explicit date in its object.
    due = next((w for w in windows if w.span and verb_end <= w.span.start < end), None)
    due = due or next((w for w in windows if w.span and left <= w.span.start < verb_end), None)
    due = due or _dated(text, verb_end, end, anchor)
    obj = _without(text, verb_end, end, due)
    if passive:
        agent = _AGENT_RE.search(obj[1]) if obj[1] else None
        if agent and owner is None:
            for actor in find_actors(text, obj[0] + agent.end(), end):
                owner = Owner(
                    actor.entry, Span(actor.start, actor.end, text[actor.start : actor.end])
                )
                break
        if agent:
            obj = (obj[0], obj[1][: agent.start()])
        thing = _SUBJECT_ADVERB.sub("", subject.quote)
        if thing[:4] in ("The ", "This", "Thes", "Its "):
            thing = thing[0].lower() + thing[1:]
        description = f"{lemma} {thing} {obj[1]}"
    elif owner is None and subject.quote and not _PRONOUN.match(subject.quote):
        if not segment.in_next_steps:
            return []  # "SAFE will provide loans": what the act does, not a follow-up
        description = f"{subject.quote} to {lemma} {obj[1]}"
    else:
        description = f"{lemma} {obj[1]}"
    evidence = span(text, segment.start, segment.end)
    items = [] if passive or (owner is None and subject.quote) else _split(text, obj)
    if len(items) >= MIN_SPLIT_ITEMS:
        return [
            FoundAction(
                ExtractedAction(
                    _tidy(f"{lemma} {item.quote}"), _name(owner), due, item, rule + ".split"
                ),
                owner,
            )
            for item in items
        ]
    return [
        FoundAction(ExtractedAction(_tidy(description), _name(owner), due, evidence, rule), owner)
    ]


def _dated(text: str, start: int, end: int, anchor: dt.date) -> DueWindow | None:
    """An explicit date after the verb: "adopt the regulation on 29 February 2024"."""
    for found in dates.find_dates(text, reference=anchor, start=start, end=end):
        lead_in = _DATE_PREPOSITION.search(
            text, max(start, found.span.start - 16), found.span.start
        )
        if lead_in is None:
            continue
        first, last = _period(found.value, found.precision)
        if lead_in.group(1).lower() in ("by", "before", "no later than"):
            first = min(anchor, last)
        phrase = Span(lead_in.start(1), found.span.end, text[lead_in.start(1) : found.span.end])
        return DueWindow(
            phrase.quote, first, last, EXPLICIT_DATE_CONFIDENCE, "explicit_date", span=phrase
        )
    return None


def _period(value: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if precision == "month":
        following = dt.date(value.year + value.month // 12, value.month % 12 + 1, 1)
        return value.replace(day=1), following - dt.timedelta(days=1)
    return value, value


def _name(owner: Owner | None) -> str | None:
    return owner.entry.name if owner else None


def _owner(text: str, subject: Span) -> Owner | None:
    actors = find_actors(text, subject.start, subject.end) if subject.quote else []
    # "Ukrainian companies will…": the companies act, not Ukraine.
    actors = [a for a in actors if not a.demonym or GOVERNMENT_AFTER_RE.match(text, a.end)]
    if not actors:
        return None
    first = actors[0]
    return Owner(first.entry, Span(first.start, first.end, text[first.start : first.end]))


def _object_end(text: str, start: int, end: int) -> int:
    """The object runs to the end of the sentence, a relative or a new clause ("…, and the
    first payment is due"), or the next coordinated promise."""
    clause = _NEW_CLAUSE.search(text, start, end)
    if clause:
        end = clause.start()
    nxt = ACTION_RE.search(text, start, end)
    if nxt is None:
        return end
    brk = None
    for found in _CLAUSE_BREAK.finditer(text, start, nxt.start()):
        brk = found
    return brk.start() if brk else end


def _without(text: str, start: int, end: int, due: DueWindow | None) -> tuple[int, str]:
    """text[start:end] with the due phrase cut out, and the span start kept for offsets."""
    piece = text[start:end]
    if due is not None and due.span is not None and start <= due.span.start < end:
        a, b = due.span.start - start, min(due.span.end, end) - start
        piece = piece[:a] + piece[b:]
    return start, _TRAILING.sub("", piece).strip()


def _split(text: str, obj: tuple[int, str]) -> list[Span]:
    """ "specific funding mechanisms, co-production guidelines, and implementation structures":
    one span per item, when the object is a plain list of short noun phrases."""
    start, cleaned = obj
    if "," not in cleaned or _NOT_A_NOUN_LIST.search(cleaned):
        return []
    items: list[Span] = []
    position = start
    for raw in _SPLIT_SEP.split(cleaned):
        raw = raw.strip()
        if not raw:
            continue
        at = text.find(raw, position)
        if at < 0:
            return []
        words = raw.split()
        first = words[0].lower()
        if len(words) > MAX_SPLIT_ITEM_WORDS or first in VERB_BASE or first in _THIRD_TO_LEMMA:
            return []
        items.append(Span(at, at + len(raw), raw))
        position = at + len(raw)
    return items


def _tidy(description: str) -> str:
    description = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(description.split()))
    description = _TRAILING.sub("", description)
    description = description[:1].upper() + description[1:]
    if len(description) > MAX_DESCRIPTION:
        cut = description.rfind(" ", 0, MAX_DESCRIPTION - 1)
        description = description[: cut if cut > 0 else MAX_DESCRIPTION - 1] + "…"
    return description
