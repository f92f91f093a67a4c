"""What happened and what is due: milestones, follow-up actions and change events."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from simple_history.models import HistoricalRecords

from initiatives.models import (
    Actor,
    DatePrecision,
    Document,
    Evidence,
    Initiative,
    Origin,
    format_partial_date,
)

if TYPE_CHECKING:
    from timeline.delivery import DeliveryRecord

# An action is "due soon" when its latest due date is this close.
DUE_SOON_DAYS = 30
DUE_SOON = dt.timedelta(days=DUE_SOON_DAYS)
# A due window read with less confidence than these (0..1, from the pipeline's rules) is
# shown as vague ("in the coming months") or approximate ("by mid-2026").
VAGUE_CONFIDENCE = 0.6
APPROXIMATE_CONFIDENCE = 0.8


class MilestoneKind(models.TextChoices):
    DECISION = "decision", "Decision"
    VOTE = "vote", "Vote"
    SIGNATURE = "signature", "Signature"
    ENTRY_INTO_FORCE = "entry_into_force", "Entry into force"
    DEADLINE = "deadline", "Deadline"
    OTHER = "other", "Other"


# The last day a milestone covers: its day, or else its window's end (or start).
MILESTONE_END = Coalesce("date", "window_end", "window_start")


class MilestoneQuerySet(models.QuerySet):
    def on_calendar(self, *, since: dt.date | None) -> MilestoneQuerySet:
        """The milestones a calendar shows: those with a day, ending on or after ``since``
        (any day when None), the earliest end first, so that a capped calendar is
        contiguous in time. Read from the index `milestone_end_id`."""
        milestones = self.alias(calendar_end=MILESTONE_END).filter(calendar_end__isnull=False)
        if since is not None:
            milestones = milestones.filter(calendar_end__gte=since)
        return milestones.order_by("calendar_end", "pk")


class Milestone(models.Model):
    """A dated event of an initiative: a day (with precision) or a window."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=20, choices=MilestoneKind, default=MilestoneKind.OTHER)
    date = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=5, choices=DatePrecision, blank=True, default="")
    window_start = models.DateField(null=True, blank=True)
    window_end = models.DateField(null=True, blank=True)
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rule = models.CharField(max_length=100, blank=True)
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.CURATOR)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = MilestoneQuerySet.as_manager()

    class Meta:
        ordering = ["date", "window_start", "pk"]
        indexes = [
            # The calendar feeds' milestones: `COALESCE(date, window_end, window_start) >= a
            # year ago ORDER BY that, id LIMIT 2000` reads 2,000 index entries instead of
            # sorting every milestone.
            models.Index(MILESTONE_END, "id", name="milestone_end_id"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(window_start__isnull=True)
                | Q(window_end__isnull=True)
                | Q(window_start__lte=models.F("window_end")),
                name="milestone_window_in_order",
                violation_error_message="The window must start on or before the day it ends.",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def sort_date(self) -> dt.date | None:
        return self.date or self.window_start or self.window_end

    @property
    def date_display(self) -> str:
        return milestone_date_display(
            self.date, self.date_precision, self.window_start, self.window_end
        )


class ActionStatus(models.TextChoices):
    """What a later document can report of a promise (after PolitiFact's promise meters:
    in the works, stalled, compromise, kept, broken)."""

    OPEN = "open", "Open"
    IN_PROGRESS = "in_progress", "In progress"
    STALLED = "stalled", "Stalled"
    PARTLY_DONE = "partly_done", "Partly done"
    DONE = "done", "Done"
    DROPPED = "dropped", "Dropped"


# Still a live promise: it can yet be delivered, so it can be due, due soon or overdue.
OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.STALLED)
# Delivered, in full or in part: these carry the day of delivery.
DELIVERED_STATUSES = (ActionStatus.DONE, ActionStatus.PARTLY_DONE)


# --- The due-window rule -------------------------------------------------------
# Written once, twice over: as Q objects for queries and as predicates on a date for
# Python. FollowUpAction's QuerySet methods and properties are built on these; every
# other module (the timeline builder, digests, reminders, filters, views, templates)
# calls those, never compares due dates itself.
#
# - pending: open, in progress or stalled (it can yet be delivered);
# - overdue: pending, and its latest due date is before today;
# - due within N days: pending, due from today to today + N days, both included;
# - due soon: due within DUE_SOON_DAYS;
# - open within its window: pending and not yet overdue (due today or later);
# - no firm date: no latest due date, whatever its state.


def pending_q() -> Q:
    return Q(status__in=OPEN_STATUSES)


def overdue_q(today: dt.date) -> Q:
    return pending_q() & Q(due_latest__lt=today)


def due_within_q(today: dt.date, days: int) -> Q:
    return pending_q() & Q(due_latest__gte=today, due_latest__lte=today + dt.timedelta(days=days))


def due_soon_q(today: dt.date) -> Q:
    return due_within_q(today, DUE_SOON_DAYS)


def in_window_q(today: dt.date) -> Q:
    return pending_q() & Q(due_latest__gte=today)


def no_firm_date_q() -> Q:
    return Q(due_latest__isnull=True)


# For initiatives, from the first and last latest-due date of their pending actions kept
# on each (`Initiative.pending_due_first`, `pending_due_last`; see `pending_due_bounds`):
# - it has an overdue action: its first pending due date is before today (exactly);
# - it has an action due within N days: its pending due dates span some of the window
#   (first <= today + N, last >= today), and one of its actions falls inside it. The
#   span rules out, from the row alone, the initiatives whose actions are all past or all
#   beyond the window; the few whose span covers the window are probed.


def initiative_overdue_q(today: dt.date) -> Q:
    return Q(pending_due_first__lt=today)


def initiative_due_within_q(today: dt.date, days: int) -> Q:
    end = today + dt.timedelta(days=days)
    spans = Q(pending_due_first__lte=end, pending_due_last__gte=today)
    # Its first or last pending due date in the window: an action due in it, read from
    # the row. Only an initiative whose dates straddle the window has its actions asked,
    # and under OR that question is not turned into a join: PostgreSQL hashes the
    # window's actions the first time it is asked (a narrow window's few) or probes one
    # initiative's (a wide one's), where a join of EXISTS hashed every action in a
    # 30-day window (80,000 at 1,000,000 initiatives) before counting the first match.
    ends_inside = Q(pending_due_first__gte=today) | Q(pending_due_last__lte=end)
    due = FollowUpAction.objects.due_within(today=today, days=days)
    return spans & (ends_inside | Q(due.of_initiative()))


def date_overdue(due_latest: dt.date | None, today: dt.date) -> bool:
    """For a pending action due by `due_latest`: is it overdue on `today`?"""
    return due_latest is not None and due_latest < today


def days_overdue(due_latest: dt.date | None, today: dt.date) -> int:
    """How many days a pending action due by `due_latest` is overdue on `today` (0 if not)."""
    return (today - due_latest).days if date_overdue(due_latest, today) else 0  # type: ignore[operator]


def date_due_within(due_latest: dt.date | None, today: dt.date, days: int) -> bool:
    """For a pending action due by `due_latest`: is it due within `days` of `today`?"""
    return due_latest is not None and today <= due_latest <= today + dt.timedelta(days=days)


def milestone_date_display(
    day: dt.date | None,
    precision: str,
    window_start: dt.date | None,
    window_end: dt.date | None,
) -> str:
    """A milestone's date in words (`Milestone.date_display`), from its columns alone, for
    readers of value rows such as the calendars."""
    if day:
        return format_partial_date(day, precision)
    if window_start or window_end:
        return f"{window_start or '…'} – {window_end or '…'}"
    return "no date"


def due_display(earliest: dt.date | None, latest: dt.date | None) -> str:
    """An action's due window in words (`FollowUpAction.due_display`), from its dates."""
    if earliest and latest:
        return f"{earliest:%-d %b %Y} – {latest:%-d %b %Y}"
    if latest:
        return f"by {latest:%-d %b %Y}"
    if earliest:
        return f"from {earliest:%-d %b %Y}, no firm date"
    return "no firm date"


def due_confidence_words(confidence: float | None, due_text: str) -> str:
    """How sure a due window is, in words, for windows read from loose wording:
    "vague: in the coming months", "approximate: by mid-2026"; "" when firm or unknown."""
    if confidence is None or confidence >= APPROXIMATE_CONFIDENCE:
        return ""
    word = "vague" if confidence < VAGUE_CONFIDENCE else "approximate"
    return f"{word}: {due_text}" if due_text else word


class FollowUpActionQuerySet(models.QuerySet):
    def pending(self) -> FollowUpActionQuerySet:
        return self.filter(pending_q())

    def overdue(self, *, today: dt.date) -> FollowUpActionQuerySet:
        return self.filter(overdue_q(today))

    def due_within(self, *, today: dt.date, days: int) -> FollowUpActionQuerySet:
        return self.filter(due_within_q(today, days))

    def due_soon(self, *, today: dt.date) -> FollowUpActionQuerySet:
        return self.filter(due_soon_q(today))

    def due_after(self, *, today: dt.date, days: int) -> FollowUpActionQuerySet:
        """Due later than `days` from today (the deliverables' "Due later")."""
        return self.filter(due_latest__gt=today + dt.timedelta(days=days))

    def in_window(self, *, today: dt.date) -> FollowUpActionQuerySet:
        return self.filter(in_window_q(today))

    def without_firm_date(self) -> FollowUpActionQuerySet:
        return self.filter(no_firm_date_q())

    def on_calendar(self, *, since: dt.date | None) -> FollowUpActionQuerySet:
        """The actions a calendar shows: those with a firm date, due on or after ``since``
        (any day when None), the earliest first. Read from the index `action_due_latest_id`."""
        actions = self.exclude(due_latest=None)
        if since is not None:
            actions = actions.filter(due_latest__gte=since)
        return actions.order_by("due_latest", "pk")

    def pending_due_bounds(self) -> dict[str, models.Subquery]:
        """For updating initiatives (``Initiative.objects.update(**…)``): the first and
        last latest-due date of each one's pending actions among these, None if none."""
        dated = (
            self.pending()
            .filter(initiative=models.OuterRef("pk"), due_latest__isnull=False)
            .order_by()
            .values("initiative")
        )
        return {
            "pending_due_first": models.Subquery(
                dated.annotate(day=models.Min("due_latest")).values("day")
            ),
            "pending_due_last": models.Subquery(
                dated.annotate(day=models.Max("due_latest")).values("day")
            ),
        }

    def of_initiative(self) -> models.Exists:
        """For filtering initiatives: the initiative has an action in this set
        (``Initiative.objects.filter(actions.of_initiative())``)."""
        return models.Exists(self.filter(initiative=models.OuterRef("pk")))

    def count_per_initiative(self) -> Coalesce:
        """For annotating initiatives: how many of its actions are in this set."""
        counted = (
            self.filter(initiative=models.OuterRef("pk"))
            .order_by()
            .values("initiative")
            .annotate(n=models.Count("pk"))
            .values("n")
        )
        return Coalesce(models.Subquery(counted, output_field=models.IntegerField()), 0)

    def delivery_record(self, *, today: dt.date) -> DeliveryRecord:
        """Promise against delivery for these actions, in one query on PostgreSQL (two,
        whatever the rows, on SQLite)."""
        from timeline.delivery import delivery_record

        return delivery_record(self, today=today)

    def one_delivery_record(self, *, by: str, pk: int, today: dt.date) -> DeliveryRecord:
        """The record of one initiative's (``by="initiative"``) or one owner's actions,
        the same as ``filter(<by>=pk).delivery_record(...)``: its statement is compiled
        once a day, for the pages that show one."""
        from timeline.delivery import one_delivery_record

        return one_delivery_record(by=by, pk=pk, today=today)

    def delivery_records(self, *, by: str, today: dt.date) -> dict[int, DeliveryRecord]:
        """The same per initiative, owner or area (``by``), keyed by its id."""
        from timeline.delivery import delivery_records

        return delivery_records(self, by=by, today=today)

    def delivery_rows(self, *, by: str, today: dt.date) -> dict[int, tuple[Any, ...]]:
        """The same as rows of figures (`timeline.delivery.ROW_FIELDS`), for exports."""
        from timeline.delivery import delivery_rows

        return delivery_rows(self, by=by, today=today)


class FollowUpAction(models.Model):
    """A promise of future work. Whether it is overdue is derived from today, never stored."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="actions")
    description = models.TextField()
    owner = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.SET_NULL, related_name="actions"
    )
    due_text = models.CharField(
        max_length=200,
        blank=True,
        help_text="The deadline as written, e.g. “in the coming months”.",
    )
    due_earliest = models.DateField(null=True, blank=True)
    due_latest = models.DateField(null=True, blank=True)
    due_confidence = models.FloatField(null=True, blank=True)
    due_rule = models.CharField(max_length=100, blank=True)
    due_anchor = models.CharField(
        max_length=200,
        blank=True,
        help_text="For deadlines relative to an event (“six months from entry into force”).",
    )
    due_offset_days = models.IntegerField(null=True, blank=True)
    recurrence = models.CharField(max_length=100, blank=True, help_text="e.g. “twice a year”.")
    status = models.CharField(max_length=12, choices=ActionStatus, default=ActionStatus.OPEN)
    completed_on = models.DateField(null=True, blank=True)
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    rule = models.CharField(max_length=100, blank=True)
    origin = models.CharField(max_length=10, choices=Origin, default=Origin.CURATOR)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(excluded_fields=["updated_at"])
    objects = FollowUpActionQuerySet.as_manager()

    class Meta:
        ordering = [models.F("due_latest").asc(nulls_last=True), "pk"]
        verbose_name = "follow-up action"
        indexes = [
            # Actions of one status by due date, ties by id (the deliverables page and the
            # dashboard's windows merge one scan per open status; the list's `due_within`
            # reads the initiative from the index itself). With id in it, no plan prefers
            # walking `action_due_latest_id` and skipping the other statuses' rows.
            models.Index(
                fields=["status", "due_latest", "id"],
                include=["initiative"],
                name="action_status_due_initiative",
            ),
            # The calendar feeds' actions: `due_latest >= a year ago ORDER BY due_latest, id
            # LIMIT 2000` reads 2,000 index entries instead of sorting every dated action.
            models.Index(fields=["due_latest", "id"], name="action_due_latest_id"),
            # Promise against delivery for a set of initiatives (the CSV export asks for
            # 2,000 at a time): the counts read the index alone, not 20,000 scattered rows.
            models.Index(
                fields=["initiative"],
                include=["status", "due_latest", "completed_on"],
                name="action_initiative_delivery",
            ),
            # Does this initiative have a pending action due in a window (the list's
            # `?overdue=` and `?due_within=`, and its overdue count per row): one probe of
            # the index alone per initiative, where the plain initiative index read each
            # initiative's ten actions from the table (8,836 initiatives probed for
            # `?overdue=true` at 100,000).
            models.Index(
                fields=["initiative", "due_latest"],
                condition=Q(status__in=OPEN_STATUSES),
                name="action_pending_initiative_due",
            ),
            # One owner's actions in due order (the actor page's chart and its pending
            # actions): a range of the index, where `action_due_latest_id` was walked
            # past every other owner's actions (70,000 of them for 200 at 100,000). With
            # status and completed_on, the actor's promise against delivery reads the
            # index alone, not each of its 3,000 actions from the table.
            models.Index(
                fields=["owner", "due_latest", "id"],
                include=["status", "completed_on"],
                name="action_owner_due_delivery",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(due_earliest__isnull=True)
                | Q(due_latest__isnull=True)
                | Q(due_earliest__lte=models.F("due_latest")),
                name="action_due_window_in_order",
                violation_error_message="The earliest due date must be on or before the latest.",
            ),
            models.CheckConstraint(
                condition=Q(due_confidence__isnull=True)
                | (Q(due_confidence__gte=0) & Q(due_confidence__lte=1)),
                name="action_due_confidence_0_to_1",
                violation_error_message="Confidence is a number from 0 to 1.",
            ),
            models.CheckConstraint(
                condition=~Q(status__in=DELIVERED_STATUSES) | Q(completed_on__isnull=False),
                name="action_delivered_has_completed_on",
                violation_error_message=(
                    "A done or partly done action needs the date it was delivered."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.description[:100]

    def clean(self) -> None:
        if self.status not in DELIVERED_STATUSES and self.completed_on:
            raise ValidationError(
                {"completed_on": "Only a done or partly done action has a completion date."}
            )

    @property
    def is_pending(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def has_firm_date(self) -> bool:
        return self.due_latest is not None

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_pending and date_overdue(self.due_latest, today)

    def days_overdue(self, today: dt.date) -> int:
        return days_overdue(self.due_latest, today) if self.is_pending else 0

    def is_due_within(self, today: dt.date, days: int) -> bool:
        return self.is_pending and date_due_within(self.due_latest, today, days)

    def is_due_soon(self, today: dt.date) -> bool:
        return self.is_due_within(today, DUE_SOON_DAYS)

    def is_in_window(self, today: dt.date) -> bool:
        return self.is_pending and self.has_firm_date and not date_overdue(self.due_latest, today)

    @property
    def due_confidence_display(self) -> str:
        return due_confidence_words(self.due_confidence, self.due_text)

    @property
    def due_display(self) -> str:
        return due_display(self.due_earliest, self.due_latest)


class EventKind(models.TextChoices):
    INITIATIVE_CREATED = "initiative_created", "New initiative"
    STATUS_CHANGED = "status_changed", "Status changed"
    MILESTONE_ADDED = "milestone_added", "New milestone"
    MILESTONE_CHANGED = "milestone_changed", "Milestone changed"
    ACTION_ADDED = "action_added", "New follow-up action"
    ACTION_CHANGED = "action_changed", "Follow-up action changed"
    ACTION_DONE = "action_done", "Follow-up action done"
    ACTION_IN_PROGRESS = "action_in_progress", "Follow-up action in progress"
    ACTION_STALLED = "action_stalled", "Follow-up action stalled"
    ACTION_PARTLY_DONE = "action_partly_done", "Follow-up action partly done"
    ACTION_DROPPED = "action_dropped", "Follow-up action dropped"
    ACTION_REOPENED = "action_reopened", "Follow-up action reopened"
    ACTION_OVERDUE = "action_overdue", "Follow-up action overdue"
    DOCUMENT_ADDED = "document_added", "New source document"
    DOCUMENT_DETACHED = "document_detached", "Source document detached"
    MERGED = "merged", "Merged with another initiative"
    VERIFIED = "verified", "Verified by a curator"


# The event that each action state records, and the word its summary begins with
# ("Done: …"; in a digest, "Done, according to …").
STATE_EVENTS = {
    ActionStatus.OPEN: (EventKind.ACTION_REOPENED, "Reopened"),
    ActionStatus.IN_PROGRESS: (EventKind.ACTION_IN_PROGRESS, "In progress"),
    ActionStatus.STALLED: (EventKind.ACTION_STALLED, "Stalled"),
    ActionStatus.PARTLY_DONE: (EventKind.ACTION_PARTLY_DONE, "Partly done"),
    ActionStatus.DONE: (EventKind.ACTION_DONE, "Done"),
    ActionStatus.DROPPED: (EventKind.ACTION_DROPPED, "Dropped"),
}
STATE_WORDS = {kind: word for kind, word in STATE_EVENTS.values()}


class EventVia(models.TextChoices):
    IMPORT = "import", "Import"
    ADMIN = "admin", "Curator in admin"
    PERIODIC = "periodic", "Periodic check"
    WEB = "web", "Web"


class ChangeEventQuerySet(models.QuerySet):
    def between(self, start: dt.datetime, end: dt.datetime) -> ChangeEventQuerySet:
        return self.filter(occurred_at__gte=start, occurred_at__lt=end)


class ChangeEvent(models.Model):
    """A meaningful change, written by the service that made it, in the same transaction."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=24, choices=EventKind)
    action = models.ForeignKey(
        FollowUpAction, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    milestone = models.ForeignKey(
        Milestone, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    document = models.ForeignKey(
        Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    # The quote that reports the change, when a document says so in so many words.
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    field = models.CharField(max_length=60, blank=True)
    old_value = models.TextField(blank=True)
    new_value = models.TextField(blank=True)
    summary = models.TextField()
    via = models.CharField(max_length=10, choices=EventVia)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    occurred_at = models.DateTimeField(db_index=True)

    objects = ChangeEventQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        indexes = [models.Index(fields=["initiative", "occurred_at"])]
        constraints = [
            # The periodic check records an action going overdue once per due date,
            # however often it runs.
            models.UniqueConstraint(
                fields=["action", "new_value"],
                condition=Q(kind="action_overdue"),
                name="one_overdue_event_per_action_due_date",
            ),
        ]

    def __str__(self) -> str:
        return self.summary

    @property
    def state_word(self) -> str:
        """ "Done", "Stalled", … for an event that reports an action's state; else ""."""
        return STATE_WORDS.get(self.kind, "")


class ProposalKind(models.TextChoices):
    ACTION_DONE = "action_done", "Action done"
    STATUS_CHANGE = "status_change", "Status change"
    WINDOW_CHANGE = "window_change", "Due window change"
    NEW_ACTION = "new_action", "New action"
    NEW_MILESTONE = "new_milestone", "New milestone"
    NEW_ACTOR = "new_actor", "New actor"
    NEW_AREA = "new_area", "New area"
    NEW_SECTOR = "new_sector", "New sector"


class ProposalState(models.TextChoices):
    PENDING = "pending", "Awaiting review"
    APPLIED = "applied", "Applied"
    REJECTED = "rejected", "Rejected"
    # Overtaken by events: a new window for an action that was delivered meanwhile.
    WITHDRAWN = "withdrawn", "Withdrawn (out of date)"


class ProposalQuerySet(models.QuerySet):
    def pending(self) -> ProposalQuerySet:
        return self.filter(state=ProposalState.PENDING)

    def orphans(self) -> ProposalQuerySet:
        """Pending reports (done, new window) that found no action to change yet."""
        return self.pending().filter(
            kind__in=(ProposalKind.ACTION_DONE, ProposalKind.WINDOW_CHANGE), action__isnull=True
        )

    def for_triage(self) -> ProposalQuerySet:
        """What a curator decides: pending proposals with something to change."""
        return (
            self.pending()
            .filter(initiative__isnull=False)
            .exclude(pk__in=self.orphans().values("pk"))
            .select_related("initiative", "document", "evidence", "action__evidence")
            .order_by("initiative__title", "initiative_id", "document_id", "pk")
        )


def pending_for_place() -> ProposalQuerySet:
    """The changes waiting for review that `pending_place` places, with their document."""
    return Proposal.objects.pending().select_related("document").order_by("pk")


def pending_place(initiative: Initiative, actions: list[FollowUpAction]) -> None:
    """Give each action its own pending changes (`pending_proposals`) and the
    initiative the ones about itself (`pending_changes`), from the initiative's
    `pending_proposals` (the rows of `pending_for_place`)."""
    by_action: dict[int, list[Proposal]] = {}
    changes = []
    for proposal in initiative.pending_proposals:  # type: ignore[attr-defined]
        if proposal.action_id:
            by_action.setdefault(proposal.action_id, []).append(proposal)
        elif proposal.kind not in (ProposalKind.ACTION_DONE, ProposalKind.WINDOW_CHANGE):
            changes.append(proposal)
    for action in actions:
        action.pending_proposals = by_action.get(action.pk, [])  # type: ignore[attr-defined]
    initiative.pending_changes = changes  # type: ignore[attr-defined]


class Proposal(models.Model):
    """A change that a later document reports, with its evidence, waiting to be applied
    or applied and undoable. `key` makes a document propose each change once, ever: a
    rejected proposal is remembered and a re-import proposes nothing again."""

    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.CASCADE, related_name="proposals"
    )
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="proposals")
    kind = models.CharField(max_length=16, choices=ProposalKind)
    state = models.CharField(max_length=10, choices=ProposalState, default=ProposalState.PENDING)
    confidence = models.FloatField()
    action = models.ForeignKey(
        FollowUpAction, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    milestone = models.ForeignKey(
        Milestone, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    target = models.JSONField(default=dict, blank=True, help_text="The existing fact: id, text.")
    value = models.JSONField(default=dict, help_text="What the document says now.")
    old_value = models.JSONField(default=dict, blank=True, help_text="Restored by an undo.")
    evidence = models.ForeignKey(
        Evidence, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    key = models.CharField(max_length=64, unique=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["initiative_id", "document_id", "pk"]
        indexes = [models.Index(fields=["state", "initiative"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(confidence__gte=0) & Q(confidence__lte=1),
                name="proposal_confidence_0_to_1",
                violation_error_message="Confidence is a number from 0 to 1.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.describe()}"

    @property
    def target_label(self) -> str:
        """The existing fact this changes, as a reader names it."""
        return str(self.target.get("description") or self.target.get("title") or "")

    @property
    def old_display(self) -> str:
        """What the record says now, as it was before the change."""
        old = self.old_value
        if self.kind == ProposalKind.WINDOW_CHANGE:
            window = f"{old.get('due_earliest') or '…'} – {old.get('due_latest') or '…'}"
            return f"due {window} (“{old.get('due_text', '')}”)" if old else ""
        if self.kind == ProposalKind.ACTION_DONE and old:
            return f"status {old.get('status')}"
        if self.kind == ProposalKind.STATUS_CHANGE and old:
            return f"status {old.get('status')}"
        return ""

    def describe(self) -> str:
        """One line a curator reads: what would change."""
        value = self.value
        target = self.target_label
        if self.kind == ProposalKind.ACTION_DONE:
            return f"“{target or value.get('statement', '')}” done on {value.get('completed_on')}"
        if self.kind == ProposalKind.STATUS_CHANGE:
            return f"status {self.old_value.get('status', '')} → {value.get('status')}"
        if self.kind == ProposalKind.WINDOW_CHANGE:
            return f"“{target}” due {value.get('due_text')}"
        return str(value.get("description") or value.get("title") or value.get("name", ""))
