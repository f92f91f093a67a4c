"""The query parameters of the list endpoints, as the schema documents them. The values
go to the site's own FilterSets (initiatives/filters.py, timeline/filters.py); these
classes only describe them, so that clients and the fuzzer know what is accepted."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema

from api.cursor import MAX_PAGE_SIZE
from initiatives.filters import MAX_DUE_WITHIN_DAYS, Sort
from initiatives.models import ActorKind, ActorRole, Status
from timeline.filters import Window
from timeline.models import ActionStatus, EventKind

StatusValue = Literal[tuple(Status.values)]  # type: ignore[valid-type]
RoleValue = Literal[tuple(ActorRole.values)]  # type: ignore[valid-type]
SortValue = Literal[tuple(key for key, _ in Sort.CHOICES)]  # type: ignore[valid-type]
ActionStatusValue = Literal[tuple(ActionStatus.values)]  # type: ignore[valid-type]
WindowValue = Literal[tuple(key for key, _ in Window.CHOICES)]  # type: ignore[valid-type]
EventKindValue = Literal[tuple(EventKind.values)]  # type: ignore[valid-type]
ActorKindValue = Literal[tuple(ActorKind.values)]  # type: ignore[valid-type]


class PageParams(Schema):
    cursor: str | None = Field(None, description="The `next` link's cursor.", max_length=2000)
    page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)


class InitiativeParams(PageParams):
    q: str | None = Field(None, description="Words to search for.", max_length=2000)
    status: list[StatusValue] | None = None
    area: list[str] | None = Field(None, description="Cooperation area slugs.")
    actor: str | None = Field(None, description="An actor's slug.", max_length=200)
    role: RoleValue | None = Field(None, description="The actor's role (with or without actor).")
    sector: str | None = Field(None, description="A sector's slug.", max_length=200)
    decided_after: dt.date | None = None
    decided_before: dt.date | None = None
    overdue: bool | None = Field(None, description="Only those with overdue actions.")
    due_within: int | None = Field(None, ge=1, le=MAX_DUE_WITHIN_DAYS)
    verified: bool | None = None
    sort: SortValue | None = Field(
        None, description="Default: relevance with `q` (PostgreSQL), else decided."
    )


class ActionParams(PageParams):
    owner: str | None = Field(None, description="The owner's slug.", max_length=200)
    area: str | None = Field(None, description="A cooperation area's slug.", max_length=200)
    status: list[ActionStatusValue] | None = None
    window: WindowValue | None = None
    initiative: str | None = Field(None, description="An initiative's slug.", max_length=200)


class DocumentParams(PageParams):
    initiative: str | None = Field(None, description="An initiative's slug.", max_length=200)


class ActorParams(PageParams):
    kind: ActorKindValue | None = None


class EventParams(Schema):
    since: str | None = Field(
        None, description="The `since` of the previous response: only newer events.", max_length=500
    )
    limit: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)
    kind: list[EventKindValue] | None = None
    initiative: str | None = Field(None, description="An initiative's slug.", max_length=200)
