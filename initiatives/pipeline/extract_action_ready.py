"""A thing promised in a state by a date: "The skill centres will be ready by July next
year", "the pathway will be in place by the third quarter of 2027", "The new hub will be
operational in 2017", "Payments will be available from Monday 23 March".

The cue rules read a verb of work after the modal; "will be" with an adjective of
readiness names no verb, yet a reader follows it as work: someone makes the thing ready,
puts it in place, makes it available, by the day given. It is a promise (rule
`action.ready_by`) only when dated ahead in its own sentence: undated, it describes
("This funding will be available in tandem with the scheme"). A relative clause ("a
survey, which will be available later in March") qualifies its noun and is left to the
promise that made the noun. The thing is the clause's subject; the owner is the body that
says so, else the text's body (as for any passive promise, `build_action`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from initiatives.pipeline import dates
from initiatives.pipeline.action_cues import REPORTED_RE
from initiatives.pipeline.action_made_instrument import made_instrument
from initiatives.pipeline.extract_actions import (
    FoundAction,
    build_action,
    cue_subject,
    is_ahead,
    object_end,
)
from initiatives.pipeline.extract_owners import (
    Owner,
    OwnerContext,
    ministry_of_speaker,
    owner_of,
)
from initiatives.pipeline.extract_segments import SENTENCE_STOP, Segment, prose_matches
from initiatives.pipeline.literal_gate import Gated
from initiatives.pipeline.types import DueWindow, Span

RULE = "action.ready_by"
# "will be ready", "shall be fully operational", "will now be in place", "will also be
# available", "will be up and running". Not "will be ready to act" (a capacity), nor a
# negated or conditional one ("would become available once …").
_READY = Gated(
    re.compile(
        r"\b(?:will|shall)\s+(?:(?:now|also|then|all|both|each)\s+)?be\s+(?:fully\s+)?"
        r"(?P<state>ready(?!\s+to\b)|in\s+place|operational|available|up\s+and\s+running|"
        r"in\s+operation|functional)\b"
    )
)
# The verb a reader's action takes: someone puts a thing in place, makes it the rest.
_PUT = ("in place",)
# A subject that is a relativiser or a pronoun of nothing in particular: no thing to make.
_NO_THING = re.compile(
    r"\s*(?:which|that|who|where|it|this|there|they|we|you|i|he|she|everything|"
    r"everyone|nothing)?\s*\Z",
    re.IGNORECASE,
)
# A subject that points back at promises told or listed: "These measures", "Both schemes".
_POINTER = re.compile(r"\s*(?:these|those|both|all\s+(?:of\s+)?(?:the|these|those)|such)\b", re.I)
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?(?-i:[A-Z]{2,8})")
# A subordinate clause after the state ends the thing's words: ", once amendments …".
_SUBORDINATE = re.compile(
    r",\s+(?:once|when|after|so\s+that|as|while|subject\s+to)\b", re.IGNORECASE
)


def ready_actions(
    text: str,
    segments: list[Segment],
    found: list[FoundAction],
    *,
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    """The dated states of readiness that prose promises."""
    out: list[FoundAction] = []
    for segment, match in prose_matches(_READY, text, segments):
        out += _ready(text, segment, match, found, anchor, context)
    return out


def _ready(
    text: str,
    segment: Segment,
    match: re.Match[str],
    found: list[FoundAction],
    anchor: dt.date,
    context: OwnerContext,
) -> list[FoundAction]:
    start = segment.start
    for stop in SENTENCE_STOP.finditer(text, segment.start, match.start()):
        start = stop.end()
    quoted, owner = context.speaker_at(match.start())
    if quoted and owner is None:
        # an official the text ties to no body: on a body's own release, the body's
        if context.publisher is None:
            return []
        owner = Owner(context.publisher, Span(match.start(), match.start(), ""))
    # "The TGA said the pathway will be in place": the thing is what follows the saying,
    # and the one who says it is its owner
    said = next(reversed(list(REPORTED_RE.finditer(text, start, match.start()))), None)
    left = start if said is None else said.end()
    if said is not None and owner is None:
        who = cue_subject(text, start, said.start())
        # a name in capitals that says so is a body ("The TGA said"); "Officials" is none
        animate = _ACRONYM.fullmatch(who.quote.strip()) is not None
        owner = ministry_of_speaker(text, who) or owner_of(text, who, context, animate=animate)
    subject = cue_subject(text, left, match.start())
    subject = _without_that(text, subject)
    if owner is None:
        # "… to create a new investment hub … The new hub will be operational in 2017": the
        # body the text made readies itself (`action.made_instrument`'s reading)
        # ("make" is read there as an effect verb: the readiness is work put to the body)
        owner = made_instrument(text, subject, "put", match.start("state"), match.end())
    if _NO_THING.match(subject.quote) or _relative(text, start, match.start()):
        return []
    if _POINTER.match(subject.quote):
        return []  # "These measures will be in place by 2029:": the promises told already
    state = match.start("state")
    stop = SENTENCE_STOP.search(text, match.end(), segment.end)
    end = object_end(text, match.end(), stop.start() if stop else segment.end)
    if (aside := _SUBORDINATE.search(text, match.end(), end)) is not None:
        end = aside.start()
    if _told(found, start, end):
        return []
    windows = [
        w
        for w in dates.find_due_windows(text, reference=anchor, start=start, end=end)
        if is_ahead(w, anchor)
    ]
    if not windows:
        return []  # a description of the thing, not dated work
    windows = _joined(text, windows)
    after = [w for w in windows if w.span is None or w.span.start >= state]
    fronted = next((w for w in windows if w.span is not None and w.span.end <= subject.start), None)
    lemma = "put" if " ".join(match.group("state").split()) in _PUT else "make"
    return build_action(
        text, segment, subject, owner, lemma, True, state, end, after, fronted, anchor, RULE,
        context,
    )  # fmt: skip


_THAT = re.compile(r"\s*that\s+", re.IGNORECASE)


def _without_that(text: str, subject: Span) -> Span:
    """The subject without the "that" of a reported clause ("said that the hub…")."""
    that = _THAT.match(subject.quote)
    if that is None:
        return subject
    start = subject.start + that.end()
    return Span(start, subject.end, text[start : subject.end])


# "from Monday 23 March and until 30 September": one window, opened and closed.
_AND_UNTIL = re.compile(r"\s*(?:,\s*)?and\s+", re.IGNORECASE)
_UNTIL = re.compile(r"(?:until|till|to)\b", re.IGNORECASE)


def _joined(text: str, windows: list[DueWindow]) -> list[DueWindow]:
    """Windows with an open start ("from …") and the close that follows it ("and until
    …") read as one window from the first's day to the second's."""
    out: list[DueWindow] = []
    for window in windows:
        before = out[-1] if out else None
        if (
            before is not None
            and before.latest is None
            and before.span is not None
            and window.span is not None
            and window.latest is not None
            and _AND_UNTIL.fullmatch(text, before.span.end, window.span.start)
            and _UNTIL.match(window.span.quote)
        ):
            whole = Span(
                before.span.start, window.span.end, text[before.span.start : window.span.end]
            )
            out[-1] = replace(before, text=whole.quote, latest=window.latest, span=whole)
            continue
        out.append(window)
    return out


def _relative(text: str, start: int, cue: int) -> bool:
    """Whether the modal stands in a relative clause: "…, which will be available"."""
    return re.search(r"(?:,|\b(?:which|that|who))\s*\Z", text[start:cue].rstrip()) is not None


def _told(found: list[FoundAction], start: int, end: int) -> bool:
    """Whether a finder before this one already read a promise in this sentence's clause."""
    return any(start <= f.action.evidence.start < end for f in found)
