"""The dataclasses that the pipeline's stages hand to each other and to the loader.

Every offset refers to `ReadResult.text`, the one normalized string that is stored
as `Document.text`. For every Span, `text[span.start:span.end] == span.quote`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class DocumentError(ValueError):
    """Input that cannot be imported. The message says what is wrong and what to do."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    quote: str


# --- 1. Read -------------------------------------------------------------------
@dataclass
class ReadResult:
    text: str  # normalized; all offsets refer to it
    format: str  # "txt" | "md" | "html" | "pdf"
    title: str = ""
    published: dt.date | None = None
    source_url: str = ""
    site_name: str = ""
    warnings: list[str] = field(default_factory=list)


# --- 2. Structure --------------------------------------------------------------
@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # "title" | "heading" | "paragraph" | "bullet"
    section: str = ""  # the text of the heading this block falls under, "" before any


@dataclass(frozen=True)
class SetAside:
    start: int
    end: int
    reason: str  # e.g. "comments tail", "share block", "related articles", "byline"


@dataclass
class Structure:
    title: Block | None
    blocks: list[Block]  # article blocks in order, set-aside parts excluded
    set_aside: list[SetAside]


# --- 3. Dates ------------------------------------------------------------------
@dataclass(frozen=True)
class DueWindow:
    text: str  # the phrase as written, e.g. "in the coming months"
    earliest: dt.date | None
    latest: dt.date | None
    confidence: float  # 0..1
    rule: str  # the name of the table row that matched
    anchor_event: str = ""  # "entry into force" for "six months from entry into force"
    offset_days: int | None = None
    recurrence: str = ""  # "twice a year"
    span: Span | None = None


@dataclass(frozen=True)
class FoundDate:
    value: dt.date
    precision: str  # "day" | "month" | "year"
    span: Span
    year_inferred: bool = False
    last: dt.date | None = None  # the last day of a range ("15–19 September"), else None


# --- 4. Extract ----------------------------------------------------------------
@dataclass(frozen=True)
class ExtractedActor:
    name: str  # canonical, e.g. "Ukraine"
    kind: str  # ActorKind value: institution | country | group | organisation
    role: str  # decision_maker | partner | implementer | mentioned
    evidence: Span
    rule: str
    aliases: tuple[str, ...] = ()
    # Not in the gazetteer: an owner read from the text, for a curator to confirm.
    found_by_pipeline: bool = False


@dataclass(frozen=True)
class ExtractedArea:
    area: str  # slug: co-production | supply-chain | standardization | investment | regulation
    statement: str
    evidence: Span
    rule: str


@dataclass(frozen=True)
class ExtractedSector:
    name: str
    evidence: Span
    rule: str


@dataclass(frozen=True)
class ExtractedMilestone:
    title: str
    kind: str  # decision | vote | signature | entry_into_force | deadline | other
    date: dt.date | None
    precision: str | None
    evidence: Span
    rule: str
    window_start: dt.date | None = None
    window_end: dt.date | None = None


@dataclass(frozen=True)
class ExtractedAction:
    description: str
    owner: str | None  # canonical actor name, one of the extracted actors
    due: DueWindow | None
    evidence: Span
    rule: str


@dataclass
class ExtractedInitiative:
    title: str
    summary: str
    status: str
    status_rule: str
    venue: str | None
    decided_on: dt.date | None
    decided_on_precision: str | None
    decided_on_year_inferred: bool = False
    actors: list[ExtractedActor] = field(default_factory=list)
    areas: list[ExtractedArea] = field(default_factory=list)
    sectors: list[ExtractedSector] = field(default_factory=list)
    milestones: list[ExtractedMilestone] = field(default_factory=list)
    actions: list[ExtractedAction] = field(default_factory=list)
    status_evidence: Span | None = None
    venue_evidence: Span | None = None


@dataclass
class Extraction:
    """Everything the pipeline learned from one document."""

    read: ReadResult
    sha256: str  # of read.text, encoded as UTF-8
    reference_date: dt.date
    set_aside: list[SetAside]
    warnings: list[str]
    initiative: ExtractedInitiative | None  # None: no initiative found (stored with a warning)
