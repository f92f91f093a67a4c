"""Milestones: the decision itself, entry into force, end dates and scheduled events."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from initiatives.pipeline import dates
from initiatives.pipeline.extract_decision import LEAD_PARAGRAPHS, Decision
from initiatives.pipeline.extract_segments import Segment, span
from initiatives.pipeline.literal_gate import StartGated
from initiatives.pipeline.types import ExtractedMilestone, FoundDate, Span

MAX_MILESTONE_TITLE = 80
# How far after "until" or "scheduled for" its date may start.
DATE_NEAR_CUE = 20

DECISION_TITLES: dict[str, str] = {
    "adopted": "Decision adopted",
    "provisional_agreement": "Provisional agreement reached",
    "proposed": "Proposal presented",
    "announced": "Announcement",
    "in_implementation": "Implementation started",
    "withdrawn": "Withdrawal",
}
ENTRY_INTO_FORCE_RE = re.compile(
    r"\b(?:will\s+enter|shall\s+enter|enters|entered|enter|will\s+come|comes|came)\s+into\s+force"
    r"|\bentry\s+into\s+force\b",
    re.IGNORECASE,
)
END_DATE_RE = re.compile(
    r"\b(?:until|till|up\s+to|through|runs?\s+to|valid\s+to)\s+(?:the\s+end\s+of\s+)?",
    re.IGNORECASE,
)
SCHEDULED_RE = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:scheduled|expected|due|set|planned|slated|foreseen)\s+"
    r"(?:for|on|in|to\s+take\s+place\s+on|to\s+take\s+place\s+in)\s+"
    r"|\bwill\s+(?:take\s+place|be\s+held|be\s+signed|vote|meet|sign\s+\w+)\s+(?:on|in)\s+"
    # "talks are due to resume on 4 May": said of a meeting noun (checked on the subject).
    r"|\b(?:is|are)\s+(?:now\s+)?(?:scheduled|expected|due|set|planned|slated)\s+to\s+"
    r"(?P<start>resume|begin|start|restart|reopen|reconvene|continue)\s+(?:on|in|from)\s+"
    # "the summit due to be held in The Hague on 24-25 June", "talks are set to take place
    # on 3 May": said of a meeting noun, with or without "is", a place between.
    r"|\b(?:(?:is|are)\s+)?(?:now\s+)?(?P<held>scheduled|expected|due|set|planned|slated)\s+to\s+"
    r"(?:be\s+held|take\s+place|convene|open)\s+(?:in\s+(?-i:(?:[A-Z][\w-]*\s+){1,3})(?=on\s|in\s|from\s))?"
    r"(?:on|in|from)\s+",
    re.IGNORECASE,
)
# The meeting a bare participle speaks of: "… in preparation for the NATO summit due to be
# held…" is titled "NATO summit".
_MEETING_TAIL = re.compile(
    r"(?:(?-i:[A-Z][\w&-]*)\s+){0,3}(?:[\w-]+\s+)?(?:talks|negotiations|round|session|meeting|"
    r"summit|conference|assembly|plenary|consultations?|hearings?|dialogue)\s*$",
    re.IGNORECASE,
)
# What a meeting is called, for a subject that says it resumes or begins on a date.
_MEETING_NOUN = re.compile(
    r"\b(?:talks|negotiations|round|session|meeting|summit|conference|assembly|plenary|"
    r"consultations?|hearings?|dialogue)\b",
    re.IGNORECASE,
)
# A meeting or talks to come: "ministers will meet again in March", "the parties will
# resume talks on 4 May", "leaders will hold their next summit in June 2027".
MEETING_RE = re.compile(
    r"\b(?:will|shall|would|(?:is|are)\s+(?:set|due|expected)\s+to|plans?\s+to|agreed\s+to)\s+"
    r"(?P<what>(?:meet|reconvene|convene|gather|resume\s+(?:the\s+)?(?:talks|negotiations)|"
    r"hold\s+(?:(?:the|a|an|its|their)\s+)?(?:next|further|new|second|third|fourth|fifth|final|"
    r"separate|fresh|another|first)\s+(?:meeting|round|session|talks|summit|conference)"
    r"(?:\s+of\s+(?:talks|negotiations))?)(?:\s+again)?)"
    r"(?:\s+(?:in\s+(?:Brussels|Geneva|person)|virtually|online))?\s+",
    re.IGNORECASE,
)
# How far into its clause a meeting's date may stand: "will resume negotiations over a
# final deal in New York on September 18".
MEETING_DATE_REACH = 90
MAX_MEETING_SUBJECT = 48
_CLAUSE_END = re.compile(r"[,;:.!?](?:\s|$)|\n")
_ANY_MILESTONE = StartGated(
    re.compile(
        "|".join(
            f"(?:{p.pattern})" for p in (ENTRY_INTO_FORCE_RE, END_DATE_RE, SCHEDULED_RE, MEETING_RE)
        ),
        re.IGNORECASE,
    )
)
_CLAUSE_BREAK = re.compile(r"[,;:–—]\s")
_ARTICLE = re.compile(r"\A(?:(?:and|but|while|whereas)\s+)?(?:the|a|an)\s+", re.IGNORECASE)


def find_milestones(
    text: str, segments: list[Segment], decision: Decision, *, reference: dt.date
) -> list[ExtractedMilestone]:
    milestones: list[ExtractedMilestone] = []
    if decision.decided_on is not None and decision.segment is not None:
        milestones.append(_decision_milestone(text, decision))
    anchor = decision.decided_on or reference
    seen: set[tuple[str, str]] = {(m.kind, m.title) for m in milestones}
    for segment in segments:
        if segment.kind in ("title", "heading") or not _ANY_MILESTONE.search(
            text, segment.start, segment.end
        ):
            continue
        in_lead = 0 <= segment.paragraph < LEAD_PARAGRAPHS
        for milestone in _segment_milestones(text, segment, anchor, lead=in_lead):
            if (milestone.kind, milestone.title) not in seen:
                seen.add((milestone.kind, milestone.title))
                milestones.append(milestone)
    return milestones


def _decision_milestone(text: str, decision: Decision) -> ExtractedMilestone:
    segment = decision.segment
    assert segment is not None
    makers = {entry.name for entry, _, _ in decision.makers}
    if decision.kind == "entry_into_force":
        title = "Entry into force"
    elif decision.kind == "vote":
        where = "the European Parliament" if "European Parliament" in makers else decision.venue
        title = f"Vote in {where}" if where else "Vote"
    elif decision.kind == "signature":
        title = f"Signature in {decision.venue}" if decision.venue else "Signature"
    else:
        title = DECISION_TITLES.get(decision.status, "Decision")
        title += f" in {decision.venue}" if decision.venue else ""
    return ExtractedMilestone(
        title=title,
        kind=decision.kind,
        date=decision.decided_on,
        precision=decision.precision,
        evidence=span(text, segment.start, segment.end),
        rule=f"milestone.{decision.date_rule}",
    )


def _segment_milestones(
    text: str, segment: Segment, anchor: dt.date, *, lead: bool
) -> list[ExtractedMilestone]:
    out: list[ExtractedMilestone] = []
    evidence = span(text, segment.start, segment.end)
    found: list[FoundDate] | None = None

    def dates_in() -> list[FoundDate]:
        nonlocal found
        if found is None:
            found = dates.find_dates(text, reference=anchor, start=segment.start, end=segment.end)
        return found

    force = ENTRY_INTO_FORCE_RE.search(text, segment.start, segment.end)
    if force and force.group().lower().startswith(("entered", "came")) and not lead:
        force = None  # a past entry into force outside the lead is another act's background
    if force:
        # An entry into force before the decision is another act's.
        near = force.end() + DATE_NEAR_CUE
        after = [d for d in dates_in() if force.end() <= d.span.start <= near and d.value >= anchor]
        windows = [
            w
            for w in dates.find_due_windows(
                text, reference=anchor, start=force.end(), end=segment.end
            )
            if w.span is not None
            and w.span.start <= near
            and not w.text.lower().startswith("until")
        ]
        if after:
            out.append(
                ExtractedMilestone(
                    "Entry into force", "entry_into_force", after[0].value, after[0].precision,
                    evidence, "milestone.entry_into_force",
                )
            )  # fmt: skip
        elif windows:
            window = windows[0]
            out.append(
                ExtractedMilestone(
                    f"Entry into force ({window.text})", "entry_into_force", None, None,
                    evidence, f"milestone.entry_into_force.{window.rule}",
                    window.earliest, window.latest,
                )
            )  # fmt: skip
        else:
            out.append(
                ExtractedMilestone(
                    "Entry into force", "entry_into_force", None, None, evidence,
                    "milestone.entry_into_force.undated",
                )
            )  # fmt: skip
    for until in END_DATE_RE.finditer(text, segment.start, segment.end):
        date = next(
            (d for d in dates_in() if until.end() <= d.span.start <= until.end() + DATE_NEAR_CUE),
            None,
        )
        if date is not None:
            out.append(
                ExtractedMilestone(
                    f"Runs until {date.span.quote}", "deadline", date.value, date.precision,
                    evidence, "milestone.end_date",
                )
            )  # fmt: skip
    for scheduled in SCHEDULED_RE.finditer(text, segment.start, segment.end):
        date = next(
            (
                d
                for d in dates_in()
                if scheduled.end() <= d.span.start <= scheduled.end() + DATE_NEAR_CUE
            ),
            None,
        )
        title = _subject(text, segment.start, scheduled.start())
        if scheduled.group("start") and not _MEETING_NOUN.search(title):
            continue  # "the scheme is expected to begin in April" is an action's matter
        if scheduled.group("held"):
            tail = _MEETING_TAIL.search(
                text, max(segment.start, scheduled.start() - 80), scheduled.start()
            )
            if tail is None:
                continue  # "the rule is expected to take effect on…" is not a meeting
            title = _ARTICLE.sub("", tail.group().strip())
            title = title[:1].upper() + title[1:]
        if date is None:
            # "a stocktake is scheduled for the third quarter": the window, not a day.
            out += _window_milestone(
                text, title or "Scheduled event", scheduled.end(), segment, anchor, evidence,
                "milestone.scheduled_event",
            )  # fmt: skip
            continue
        words = (title + " " + scheduled.group()).lower()
        kind = "vote" if "vot" in words else "signature" if "sign" in words else "other"
        out.append(
            ExtractedMilestone(
                title or "Scheduled event", kind, date.value, date.precision, evidence,
                "milestone.scheduled_event",
            )
        )  # fmt: skip
    out += _meetings(text, segment, anchor, dates_in, evidence)
    return out


def _meetings(
    text: str,
    segment: Segment,
    anchor: dt.date,
    dates_in: Callable[[], list[FoundDate]],
    evidence: Span,
) -> list[ExtractedMilestone]:
    """Meetings and talks to come, dated by a day or month, else by a window ("in the
    autumn", "next month")."""
    out: list[ExtractedMilestone] = []
    for meeting in MEETING_RE.finditer(text, segment.start, segment.end):
        subject = _subject(text, segment.start, meeting.start())
        what = " ".join(meeting.group("what").split())
        if len(subject) > MAX_MEETING_SUBJECT:
            subject = ""  # a long list of parties: the meeting is named by what it does
        title = f"{subject} {what.lower()}" if subject else what[:1].upper() + what[1:]
        clause = _CLAUSE_END.search(text, meeting.end(), segment.end)
        near = min(clause.start() if clause else segment.end, meeting.end() + MEETING_DATE_REACH)
        date = next(
            (d for d in dates_in() if meeting.end() <= d.span.start <= near and d.value >= anchor),
            None,
        )
        if date is not None:
            out.append(
                ExtractedMilestone(
                    title[:MAX_MILESTONE_TITLE], "other", date.value, date.precision, evidence,
                    "milestone.scheduled_meeting",
                )
            )  # fmt: skip
            continue
        window = next(
            (
                w
                for w in dates.find_due_windows(
                    text, reference=anchor, start=meeting.end(), end=segment.end
                )
                # a window reads its date as ahead whatever the tense: only right after the cue
                if w.span is not None and w.span.start <= meeting.end() + DATE_NEAR_CUE
            ),
            None,
        )
        if window is not None:
            out.append(
                ExtractedMilestone(
                    f"{title} ({window.text})"[:MAX_MILESTONE_TITLE], "other", None, None,
                    evidence, f"milestone.scheduled_meeting.{window.rule}",
                    window.earliest, window.latest,
                )
            )  # fmt: skip
    return out


def _window_milestone(
    text: str, title: str, start: int, segment: Segment, anchor: dt.date, evidence: Span, rule: str
) -> list[ExtractedMilestone]:
    """A milestone dated by the deadline window that follows its cue, if one does."""
    for window in dates.find_due_windows(text, reference=anchor, start=start, end=segment.end):
        if window.span is not None and window.span.start <= start + DATE_NEAR_CUE:
            return [
                ExtractedMilestone(
                    f"{title} ({window.text})"[:MAX_MILESTONE_TITLE], "other", None, None,
                    evidence, f"{rule}.{window.rule}", window.earliest, window.latest,
                )
            ]  # fmt: skip
    return []


def _subject(text: str, start: int, end: int) -> str:
    for brk in _CLAUSE_BREAK.finditer(text, start, end):
        start = brk.end()
    subject = _ARTICLE.sub("", text[start:end].strip())
    if len(subject) > MAX_MILESTONE_TITLE:
        return ""
    return subject[:1].upper() + subject[1:]
