"""What a later document reports about promises: done, moved, or the initiative's stage.

Pure: text and a reference date in, statements out, each with its exact span. Which
existing action a statement speaks of is decided by `match.action_words`, by meaning
(distinctive word stems), in `progress_for_action`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from initiatives.pipeline.dates import find_dates
from initiatives.pipeline.dates_due import find_due_windows
from initiatives.pipeline.match import ACTION_WORDS_MATCH, action_words, content_stems
from initiatives.pipeline.types import DueWindow, Span

# "EU agencies published the co-production guidelines on 19 January".
_COMPLETED = re.compile(
    r"\b(?:published|adopted|presented|issued|released|delivered|completed|finali[sz]ed|"
    r"agreed|identified|launched|set up|established|signed|outlined|unveiled|"
    r"put in place|opened|approved)\b",
    re.I,
)
# A clause that speaks of the future is not a completion.
_FUTURE = re.compile(
    r"\b(?:will|would|shall|expected|plans?|planned|intends?|aims?|due to|is to|are to|"
    r"should|postponed|delayed|pushed back)\b",
    re.I,
)
# A later or firmer window: "now expected by the end of March", "postponed to the autumn".
_WINDOW = re.compile(
    r"\b(?:now expected|expected|postponed|delayed|pushed back|rescheduled|will now|"
    r"now due|is due|are due)\b",
    re.I,
)
_DELAY = re.compile(r"\b(?:postponed|delayed|pushed back|rescheduled|slipped)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=will\b)|[.!?]\s|\n")

# The initiative's stage, as a later document reports it: (status, pattern).
STATUS_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "withdrawn",
        re.compile(
            r"\b(?:was|has been|were|have been) (?:formally )?(?:withdrawn|abandoned|"
            r"scrapped|shelved)\b",
            re.I,
        ),
    ),
    (
        "completed",
        re.compile(
            r"\b(?:(?:was|has been|is now) (?:fully )?(?:completed|delivered in full|"
            r"fully implemented)|all (?:of )?(?:the )?(?:promised )?(?:actions|measures|"
            r"commitments) (?:have been|were|are now) (?:delivered|completed|met))\b",
            re.I,
        ),
    ),
    (
        "in_implementation",
        re.compile(
            r"\b(?:entered into force|came into force|took effect|implementation (?:has )?"
            r"(?:began|begun|started|is (?:now )?under way)|is (?:now )?being implemented)\b",
            re.I,
        ),
    ),
)
_ENTRY_INTO_FORCE = re.compile(r"\b(?:entered|came) into force\b", re.I)

# Confidence of the statements.
COMPLETION_CONFIDENCE_DATED = 0.9  # a completion with its own day
COMPLETION_CONFIDENCE_UNDATED = 0.75  # dated by the document's publication
STATUS_CONFIDENCE = 0.85


@dataclass(frozen=True)
class Statement:
    """One clause that reports progress, with the words it speaks of."""

    span: Span
    words: frozenset[str]


@dataclass(frozen=True)
class Completion(Statement):
    completed_on: dt.date
    dated: bool  # the clause gives its own day


@dataclass(frozen=True)
class WindowStatement(Statement):
    due: DueWindow
    delay: bool


@dataclass(frozen=True)
class StatusStatement:
    status: str
    span: Span
    entry_into_force_on: dt.date | None = None


@dataclass(frozen=True)
class Progress:
    completions: tuple[Completion, ...]
    windows: tuple[WindowStatement, ...]
    statuses: tuple[StatusStatement, ...]


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _span(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def find_progress(text: str, *, reference: dt.date) -> Progress:
    """Completions, window changes and status reports in `text`, read against the
    document's reference (publication) date."""
    completions: list[Completion] = []
    windows: list[WindowStatement] = []
    statuses: list[StatusStatement] = []
    for start, end in _clauses(text):
        clause = text[start:end]
        if len(clause.strip()) < 12:
            continue
        span = _span(text, start, end)
        words = content_stems(clause)
        cue = _WINDOW.search(clause)
        if cue:
            due = _window_in(text, start + cue.start(), end, reference)
            if due is not None:
                windows.append(WindowStatement(span, words, due, bool(_DELAY.search(clause))))
                continue
        if _COMPLETED.search(clause) and not _FUTURE.search(clause):
            day = _day_in(text, start, end, reference)
            completions.append(Completion(span, words, day or reference, dated=day is not None))
        for status, pattern in STATUS_PATTERNS:
            if pattern.search(clause):
                in_force = None
                said = _ENTRY_INTO_FORCE.search(text, start, end)
                if said:
                    # The day after "entered into force", not an earlier day of the clause.
                    in_force = _day_in(text, said.end(), end, reference) or reference
                statuses.append(StatusStatement(status, span, in_force))
                break
    return Progress(tuple(completions), tuple(windows), tuple(statuses))


def _day_in(text: str, start: int, end: int, reference: dt.date) -> dt.date | None:
    for found in find_dates(text, reference=reference, start=start, end=end):
        if found.precision == "day" and found.value <= reference:
            return found.value
    return None


def _window_in(text: str, start: int, end: int, reference: dt.date) -> DueWindow | None:
    """The surest window from `start` (the cue: "postponed to the autumn") on; the first
    of equally sure ones, nearest the cue. A day named before the cue ("approved on 25
    November last year, postponed to…") is not the new window."""
    found = [w for w in find_due_windows(text, reference=reference, start=start, end=end)]
    found = [w for w in found if w.latest is not None and w.latest >= reference]
    return max(found, key=lambda w: w.confidence) if found else None


def speaks_of(statement: Statement, description: str) -> float:
    """How surely a statement speaks of an action: the share of the action's
    distinctive words it holds, 0 below `ACTION_WORDS_MATCH`."""
    wanted = action_words(description)
    if not wanted:
        return 0.0
    share = len(wanted & statement.words) / len(wanted)
    return share if share >= ACTION_WORDS_MATCH else 0.0


def best_action(statement: Statement, descriptions: dict[int, str]) -> tuple[int, float] | None:
    """The id of the action a statement speaks of most surely, with that share; None
    when none, or when two actions are spoken of equally (the clause is ambiguous)."""
    ranked = sorted(((speaks_of(statement, d), pk) for pk, d in descriptions.items()), reverse=True)
    ranked = [(share, pk) for share, pk in ranked if share > 0]
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1], ranked[0][0]
