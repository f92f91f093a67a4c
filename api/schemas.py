"""What the API returns, field by field. The shape of evidence (start, end, quote) is the
one `import_documents --json` prints (initiatives/serialize.py)."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema


class EvidenceOut(Schema):
    """The exact span of a source document's text behind a fact."""

    id: int
    document_id: int
    start: int = Field(description="Offset of the first character in the document's text.")
    end: int = Field(description="Offset just after the last character.")
    quote: str
    prefix: str
    suffix: str
    rule: str


class ActorOut(Schema):
    slug: str
    name: str
    kind: str
    aliases: list[str]
    confirmed: bool


class AreaOut(Schema):
    slug: str
    name: str
    description: str


class SectorOut(Schema):
    slug: str
    name: str


class InitiativeRef(Schema):
    slug: str
    title: str


class InitiativeOut(Schema):
    slug: str
    title: str
    status: str
    decided_on: dt.date | None
    decided_on_precision: str
    decided_on_year_inferred: bool
    venue: str
    verified: bool
    areas: list[str] = Field(description="Slugs of the cooperation areas.")
    updated_at: dt.datetime
    url: str = Field(description="The initiative's page.")


class ActorRoleOut(Schema):
    actor: ActorOut
    role: str
    origin: str
    evidence: EvidenceOut | None


class AreaStatementOut(Schema):
    area: AreaOut
    statement: str
    origin: str
    evidence: EvidenceOut | None


class SectorLinkOut(Schema):
    sector: SectorOut
    origin: str
    evidence: EvidenceOut | None


class MilestoneOut(Schema):
    id: int
    title: str
    kind: str
    date: dt.date | None
    date_precision: str
    window_start: dt.date | None
    window_end: dt.date | None
    origin: str
    evidence: EvidenceOut | None


class OwnerOut(Schema):
    slug: str
    name: str


class ActionOut(Schema):
    id: int
    initiative: InitiativeRef
    description: str
    owner: OwnerOut | None
    status: str
    due_text: str
    due_earliest: dt.date | None
    due_latest: dt.date | None
    due_confidence: float | None
    due_confidence_words: str = Field(description="“vague: …”, “approximate: …” or empty.")
    overdue: bool
    due_soon: bool
    completed_on: dt.date | None
    recurrence: str
    origin: str
    evidence: EvidenceOut | None


class DocumentRef(Schema):
    id: int
    title: str
    source_url: str
    site_name: str
    published_on: dt.date | None
    imported_at: dt.datetime


class InitiativeDetailOut(InitiativeOut):
    summary: str
    actors: list[ActorRoleOut]
    area_statements: list[AreaStatementOut]
    sectors: list[SectorLinkOut]
    milestones: list[MilestoneOut]
    actions: list[ActionOut]
    more_actions_url: str | None = Field(
        description="When the initiative has more actions than listed here: the rest."
    )
    documents: list[DocumentRef]


class DocumentOut(DocumentRef):
    initiative: InitiativeRef | None


class SetAsideOut(Schema):
    start: int
    end: int
    reason: str


class DocumentDetailOut(DocumentOut):
    format: str
    reference_date: dt.date | None
    text: str = Field(description="The normalized text that every offset refers to.")
    set_aside: list[SetAsideOut] = Field(
        description="Spans that are not the article: comments, share blocks, bylines."
    )
    evidence: list[EvidenceOut]


class EventOut(Schema):
    id: int
    kind: str
    initiative: InitiativeRef
    summary: str
    field: str
    old_value: str
    new_value: str
    action_id: int | None
    milestone_id: int | None
    document_id: int | None
    evidence: EvidenceOut | None
    via: str
    occurred_at: dt.datetime


class Page(Schema):
    next: str | None = Field(description="The next page's URL; null on the last page.")


class InitiativePage(Page):
    results: list[InitiativeOut]


class ActionPage(Page):
    results: list[ActionOut]


class DocumentPage(Page):
    results: list[DocumentOut]


class ActorPage(Page):
    results: list[ActorOut]


class SectorPage(Page):
    results: list[SectorOut]


class EventPage(Schema):
    results: list[EventOut]
    since: str = Field(description="Pass as `since` next time to get only newer events.")
    more: bool = Field(description="True when more events are waiting: call again at once.")


EVENTS_FIELD = Field(
    None,
    description=(
        "Which kinds of change reach you: all, status, deadlines, actions or documents "
        "(default: your preferences' choice)."
    ),
    pattern="^(all|status|deadlines|actions|documents)$",
)


class FollowIn(Schema):
    kind: str = Field(description="initiative, area or actor", pattern="^(initiative|area|actor)$")
    slug: str = Field(min_length=1, max_length=200)
    events: str | None = EVENTS_FIELD


class FollowOut(Schema):
    id: int
    kind: str
    slug: str
    name: str
    events: str
    created_at: dt.datetime


class SavedSearchIn(Schema):
    name: str = Field(min_length=1, max_length=120)
    query: str = Field(
        max_length=2000, description="The initiative list's query string, e.g. status=adopted."
    )
    events: str | None = EVENTS_FIELD


class SavedSearchOut(Schema):
    id: int
    name: str
    query: str
    events: str
    created_at: dt.datetime


class WebhookEndpointIn(Schema):
    url: str = Field(
        max_length=1000,
        description="An https:// address on the public internet that accepts POST requests, "
        "or a Slack incoming webhook.",
    )


class WebhookEndpointOut(Schema):
    id: int
    url: str
    slack: bool = Field(description="True when messages are formatted for Slack.")
    enabled: bool
    failure_count: int = Field(description="Failed attempts since the last success.")
    disabled_at: dt.datetime | None
    disabled_reason: str
    created_at: dt.datetime


class WebhookEndpointCreated(WebhookEndpointOut):
    secret: str = Field(description="The signing secret (whsec_…). Shown this once: keep it now.")


class WebhookDeliveryOut(Schema):
    id: int
    msg_id: str = Field(description="The `webhook-id` header of every attempt.")
    event_type: str
    event_id: int | None = Field(description="The change event; null for a test event.")
    status: str = Field(description="pending, claimed, sent, retry or failed")
    response_code: int | None
    attempts: int
    last_error: str
    next_attempt_at: dt.datetime | None
    sent_at: dt.datetime | None
    created_at: dt.datetime
