"""What an analyst follows, how they want to hear about it, and what was sent to them.

These models were born in the accounts app: their tables keep the names they had there
(`db_table`), so moving them lost no data (see migrations/0001_initial.py)."""

from __future__ import annotations

import datetime as dt
import secrets
import zoneinfo
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from initiatives.models import Actor, CooperationArea, Initiative

DEFAULT_DIGEST_HOUR = 8
DEFAULT_TIME_ZONE = "Europe/Brussels"
DEFAULT_REMINDER_LEAD_DAYS = 14
MAX_REMINDER_LEAD_DAYS = 180


class DigestFrequency(models.TextChoices):
    OFF = "off", "Off"
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"“{value}” is not a time zone. Use a name like Europe/Brussels.")


class EventFilter(models.TextChoices):
    """Which kinds of change reach a follow's or a saved search's owner (see
    notifications.events, the one place that says which events each choice lets through)."""

    ALL = "all", "Everything"
    STATUS = "status", "Status changes"
    DEADLINES = "deadlines", "New or changed deadlines"
    ACTIONS = "actions", "Actions done or gone overdue"
    DOCUMENTS = "documents", "New source documents"


def events_field(
    verbose_name: str = "tell me about",
    help_text: str = "Which kinds of change reach you in digests, reminders and feeds.",
) -> models.CharField:
    return models.CharField(
        verbose_name,
        max_length=10,
        choices=EventFilter,
        default=EventFilter.ALL,
        help_text=help_text,
    )


class Profile(models.Model):
    """An analyst's email preferences. Created with the user (see notifications.signals)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="docket_profile"
    )
    digest_frequency = models.CharField(
        max_length=8, choices=DigestFrequency, default=DigestFrequency.WEEKLY
    )
    digest_weekday = models.PositiveSmallIntegerField(
        choices=Weekday, default=Weekday.MONDAY, help_text="For weekly digests."
    )
    digest_hour = models.PositiveSmallIntegerField(
        default=DEFAULT_DIGEST_HOUR,
        choices=[(h, f"{h:02d}:00") for h in range(24)],
        help_text="The hour, in your time zone, at which the digest is sent.",
    )
    time_zone = models.CharField(
        max_length=64, default=DEFAULT_TIME_ZONE, validators=[validate_time_zone]
    )
    reminders_enabled = models.BooleanField(
        default=True, help_text="Email me before a follow-up action falls due, and when overdue."
    )
    reminder_lead_days = models.PositiveSmallIntegerField(
        default=DEFAULT_REMINDER_LEAD_DAYS,
        help_text="How many days before a deadline the reminder is sent.",
    )
    default_events = events_field(
        "new follows tell me about",
        help_text="What a new follow or saved search lets through; each can be changed later.",
    )
    # The address that a mail server refused permanently; skipped until the user changes it.
    bounced_email = models.EmailField(blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    bounce_reason = models.TextField(blank=True)

    class Meta:
        db_table = "accounts_profile"
        constraints = [
            models.CheckConstraint(
                condition=Q(digest_hour__lte=23),
                name="profile_digest_hour_0_to_23",
                violation_error_message="The hour is from 0 to 23.",
            ),
            models.CheckConstraint(
                condition=Q(reminder_lead_days__lte=MAX_REMINDER_LEAD_DAYS),
                name="profile_reminder_lead_bounded",
                violation_error_message=f"The lead time is at most {MAX_REMINDER_LEAD_DAYS} days.",
            ),
        ]

    def __str__(self) -> str:
        return f"Preferences of {self.user}"

    @property
    def tzinfo(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def can_receive(self, email: str) -> bool:
        return bool(email) and email.lower() != self.bounced_email.lower()


class FollowTarget(models.TextChoices):
    INITIATIVE = "initiative", "Initiative"
    AREA = "area", "Cooperation area"
    ACTOR = "actor", "Actor"


class FollowRow(NamedTuple):
    """What /following/ shows of one follow: its target's kind, id, slug and name (an
    initiative's title), when it was made and what it lets through; and the follow's own
    id, which with ``created_at`` places it in its list (the pager's cursor)."""

    kind: str
    pk: int
    slug: str
    name: str
    created_at: dt.datetime
    events: str
    id: int

    @property
    def kind_label(self) -> str:
        return FollowTarget(self.kind).label


class FollowQuerySet(models.QuerySet):
    def newest_first(self) -> FollowQuerySet:
        """/following/'s order, by the columns a `FollowRow` carries (its pager's cursor
        reads them from the rows), read from the index `follow_user_newest`."""
        return self.order_by("-created_at", "-id")

    def shown(self) -> Iterator[FollowRow]:
        """The follows as plain rows (`FollowRow`), in their order, each with its target's
        slug and name alone: a thousand follows made a thousand follows and a thousand
        targets (a fifth of /following/'s time), and their initiatives' search vectors
        and summaries were read for nothing."""
        return follow_rows(self.shown_values())

    def shown_values(self) -> models.QuerySet:
        """The columns a `FollowRow` is made of (`follow_rows`), as a ``values_list``."""
        return self.values_list(
            "id",
            "created_at",
            "events",
            "initiative_id",
            "initiative__slug",
            "initiative__title",
            "area_id",
            "area__slug",
            "area__name",
            "actor_id",
            "actor__slug",
            "actor__name",
        )


def follow_rows(values: Iterable[tuple[Any, ...]]) -> Iterator[FollowRow]:
    """`FollowRow`s from the rows of `FollowQuerySet.shown_values`."""
    for follow_id, created_at, events, *targets in values:
        # Exactly one of the three is set (the constraint follow_exactly_one_target).
        if targets[0] is not None:
            kind, (pk, slug, name) = FollowTarget.INITIATIVE, targets[0:3]
        elif targets[3] is not None:
            kind, (pk, slug, name) = FollowTarget.AREA, targets[3:6]
        else:
            kind, (pk, slug, name) = FollowTarget.ACTOR, targets[6:9]
        yield FollowRow(kind, pk, slug, name, created_at, events, follow_id)


class Follow(models.Model):
    """One thing a user follows: exactly one of an initiative, an area or an actor."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows"
    )
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    area = models.ForeignKey(
        CooperationArea, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    actor = models.ForeignKey(
        Actor, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    events = events_field()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = FollowQuerySet.as_manager()

    class Meta:
        db_table = "accounts_follow"
        ordering = ["-created_at", "-pk"]
        indexes = [
            # /following/'s pages, newest first: a page of 50 is read from here and only
            # its targets joined, not a thousand follows joined and then sorted.
            models.Index(fields=["user", "-created_at", "-id"], name="follow_user_newest"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(initiative__isnull=False, area__isnull=True, actor__isnull=True)
                    | Q(initiative__isnull=True, area__isnull=False, actor__isnull=True)
                    | Q(initiative__isnull=True, area__isnull=True, actor__isnull=False)
                ),
                name="follow_exactly_one_target",
                violation_error_message="Follow exactly one initiative, area or actor.",
            ),
            models.UniqueConstraint(
                fields=["user", "initiative"],
                condition=Q(initiative__isnull=False),
                name="follow_initiative_once",
            ),
            models.UniqueConstraint(
                fields=["user", "area"], condition=Q(area__isnull=False), name="follow_area_once"
            ),
            models.UniqueConstraint(
                fields=["user", "actor"], condition=Q(actor__isnull=False), name="follow_actor_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} follows {self.target}"

    @property
    def target(self) -> Initiative | CooperationArea | Actor | None:
        return self.initiative or self.area or self.actor

    @property
    def target_kind(self) -> str:
        if self.initiative_id:
            return FollowTarget.INITIATIVE
        return FollowTarget.AREA if self.area_id else FollowTarget.ACTOR


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class SavedSearch(models.Model):
    """A filtered initiative list, saved with a name; saving it follows it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(max_length=120)
    query = models.CharField(
        max_length=2000, blank=True, help_text="The initiative list's query string."
    )
    feed_token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    events = events_field()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "accounts_savedsearch"
        ordering = ["name", "pk"]
        verbose_name_plural = "saved searches"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "name"],
                name="saved_search_name_once_per_user",
                violation_error_message="You already have a saved search with this name.",
            )
        ]

    def __str__(self) -> str:
        return self.name


class DeliveryKind(models.TextChoices):
    DIGEST = "digest", "Digest"
    REMINDER_DUE = "reminder_due", "Reminder: due soon"
    REMINDER_OVERDUE = "reminder_overdue", "Reminder: overdue"
    WEBHOOK_DISABLED = "webhook_disabled", "Webhook endpoint disabled"


class DeliveryStatus(models.TextChoices):
    CLAIMED = "claimed", "Claimed, being sent"
    SENT = "sent", "Sent"
    EMPTY = "empty", "Nothing to send"
    RETRY = "retry", "Failed, will retry"
    FAILED = "failed", "Failed, gave up"
    BOUNCED = "bounced", "Address refused"
    # The server went silent after receiving the message, twice: it may have been delivered.
    UNCERTAIN = "uncertain", "Maybe delivered, not retried again"


class Delivery(models.Model):
    """One email owed to one person for one thing in one period: the exactly-once log."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=20, choices=DeliveryKind)
    subject_key = models.CharField(max_length=100, help_text="e.g. digest, or action:42.")
    period = models.CharField(max_length=40, help_text="e.g. the digest's slot, or a due date.")
    email = models.EmailField(blank=True)
    status = models.CharField(max_length=10, choices=DeliveryStatus, default=DeliveryStatus.CLAIMED)
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_at = models.DateTimeField()
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # When a send timed out after its data went out: the server may hold the message,
    # so it is retried once, later, under the same Message-ID (see notifications.delivery).
    uncertain_at = models.DateTimeField(null=True, blank=True)
    # For digests: the changes covered; the next digest starts where a sent one ended.
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "accounts_delivery"
        ordering = ["-claimed_at", "-pk"]
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "subject_key", "period"], name="one_delivery_per_period"
            )
        ]
        indexes = [
            models.Index(fields=["user", "kind", "status"], name="accounts_de_user_id_4aae94_idx")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.user} ({self.period}): {self.status}"


# Webhook endpoints and their delivery log live in their own module.
from notifications.webhook_models import (  # noqa: E402, F401
    WebhookDelivery,
    WebhookEndpoint,
    WebhookStatus,
)
