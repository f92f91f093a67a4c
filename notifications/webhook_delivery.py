"""Webhooks are sent like email: a delivery row is claimed, sent, then marked.

A run first queues what changed for each enabled endpoint (one row per endpoint and change
event, unique, so queuing twice queues once), then sends what is due. Each row is claimed
by a conditional UPDATE that must touch exactly one row, so two runs never send the same
row at once. A run that dies after sending leaves its row claimed; once the lease is over
another run sends it again, with the same ``webhook-id`` and body: delivery is at least
once, and receivers deduplicate on that id.

A failed attempt is retried with exponential backoff, over about a day; an endpoint that
fails is not tried again in the same run, so a dead one costs a run one timeout. One that
fails DISABLE_AFTER_FAILURES times in a row, with no success between, is disabled and its
owner gets an email. One bad row never stops a run: its error is recorded on it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from initiatives.models import Initiative
from notifications import emails
from notifications.delivery import deliver, delivery_claim, open_connection
from notifications.events import wants_section
from notifications.following import Interests, interests_of
from notifications.models import DeliveryKind
from notifications.searches import saved_search_initiatives
from notifications.webhook_models import WebhookDelivery, WebhookEndpoint, WebhookStatus
from notifications.webhook_payload import event_payload, webhook_body
from notifications.webhook_send import SendResult, webhook_post
from timeline.models import ChangeEvent, EventKind

logger = logging.getLogger(__name__)

# Retry n (1-based) waits RETRY_FIRST * RETRY_FACTOR ** (n - 1): 90 s, 4.5 min, … 18 h;
# the last of MAX_ATTEMPTS attempts comes about 27 hours after the first.
RETRY_FIRST = dt.timedelta(seconds=90)
RETRY_FACTOR = 3
MAX_ATTEMPTS = 8
# Failed attempts in a row, across an endpoint's deliveries, before it is disabled.
DISABLE_AFTER_FAILURES = MAX_ATTEMPTS
# A claim older than this belongs to a run that died: another run sends the row again.
CLAIM_LEASE = dt.timedelta(minutes=5)
# Events are looked for this far behind the last run's mark: a change recorded in a
# long transaction commits after later ones were seen.
FAN_OUT_OVERLAP = dt.timedelta(minutes=10)
FAN_OUT_BATCH = 5000
SEND_BATCH = 500
# A run stops claiming after this long, well within CELERY_TASK_SOFT_TIME_LIMIT; an
# endpoint that fails is not tried again in the same run, so a dead one costs one timeout.
RUN_BUDGET_SECONDS = 120
MAX_ERROR_CHARS = 2000


@dataclass
class WebhookRunReport:
    queued: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0
    disabled: int = 0
    lines: list[str] = field(default_factory=list)


def retry_delay(attempts: int) -> dt.timedelta:
    """The wait after the ``attempts``-th failed attempt."""
    return RETRY_FIRST * RETRY_FACTOR ** (attempts - 1)


# --- Queuing what changed ----------------------------------------------------------


def _wanted_events(interests: Interests, events: list[ChangeEvent], today: dt.date) -> set[int]:
    """Which of ``events`` one user hears about: what their follows let through (the
    digest's own rule, `Interests.events`), and the new initiatives that match a saved
    search that asks for them. One query, plus one per such saved search."""
    ids = [e.pk for e in events]
    found = set(
        ChangeEvent.objects.filter(pk__in=ids)
        .filter(interests.events())
        .values_list("pk", flat=True)
    )
    created = {e.initiative_id: e.pk for e in events if e.kind == EventKind.INITIATIVE_CREATED}
    searches = [s for s in interests.searches if wants_section(s.events, "new_matches")]
    if created and searches:
        candidates = Initiative.objects.filter(pk__in=list(created))
        for search in searches:
            matched = saved_search_initiatives(search, today=today, queryset=candidates)
            found.update(created[pk] for pk in matched.values_list("pk", flat=True))
    return found


def webhook_fan_out(*, now: dt.datetime) -> int:
    """Queue, for every enabled endpoint, the change events its owner hears about since
    the endpoint's mark. Returns how many deliveries were queued."""
    endpoints = list(WebhookEndpoint.objects.filter(enabled=True))
    if not endpoints:
        return 0
    since = min(e.events_until for e in endpoints) - FAN_OUT_OVERLAP
    events = list(
        ChangeEvent.objects.filter(occurred_at__gt=since, occurred_at__lte=now)
        .select_related("initiative", "action", "document")
        .defer("initiative__search_vector", "document__text", "document__set_aside")
        .order_by("occurred_at", "pk")[:FAN_OUT_BATCH]
    )
    mark = now if len(events) < FAN_OUT_BATCH else events[-1].occurred_at
    rows = []
    if events:
        interests = interests_of(sorted({e.user_id for e in endpoints}))
        done = set(
            WebhookDelivery.objects.filter(
                endpoint__in=endpoints, event_id__in=[e.pk for e in events]
            ).values_list("endpoint_id", "event_id")
        )
        wanted: dict[int, set[int]] = {}
        for endpoint in endpoints:
            if endpoint.user_id not in wanted:
                wanted[endpoint.user_id] = _wanted_events(
                    interests[endpoint.user_id], events, now.date()
                )
            start = max(endpoint.events_until - FAN_OUT_OVERLAP, endpoint.created_at)
            for event in events:
                if (
                    event.occurred_at <= start
                    or (endpoint.pk, event.pk) in done
                    or event.pk not in wanted[endpoint.user_id]
                ):
                    continue
                payload = event_payload(event)
                rows.append(
                    WebhookDelivery(
                        endpoint=endpoint,
                        event=event,
                        event_type=payload["type"],
                        payload=payload,
                        created_at=now,
                        next_attempt_at=now,
                    )
                )
    with transaction.atomic():
        # The unique (endpoint, event) makes a change queued by two runs at once a no-op.
        WebhookDelivery.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
        WebhookEndpoint.objects.filter(pk__in=[e.pk for e in endpoints]).update(events_until=mark)
    return len(rows)


# --- Sending -----------------------------------------------------------------------


def _due(now: dt.datetime) -> Q:
    return (
        Q(status=WebhookStatus.PENDING)
        | Q(status=WebhookStatus.RETRY, next_attempt_at__lte=now)
        | Q(status=WebhookStatus.CLAIMED, claimed_at__lte=now - CLAIM_LEASE)
    )


def webhook_claim(*, pk: int, now: dt.datetime) -> WebhookDelivery | None:
    """Take one due row for this run, or None if another run has it or it is not due."""
    taken = (
        WebhookDelivery.objects.filter(pk=pk, endpoint__enabled=True)
        .filter(_due(now))
        .update(status=WebhookStatus.CLAIMED, claimed_at=now)
    )
    if taken != 1:
        return None
    return WebhookDelivery.objects.select_related("endpoint__user").get(pk=pk)


def webhook_deliver(*, delivery: WebhookDelivery, now: dt.datetime) -> SendResult:
    """Send one claimed row, and record what the endpoint answered."""
    endpoint = delivery.endpoint
    try:
        result = webhook_post(
            url=endpoint.url,
            secret=endpoint.secret,
            msg_id=delivery.msg_id,
            # The moment of sending: receivers refuse a timestamp minutes old.
            timestamp=int(timezone.now().timestamp()),
            body=webhook_body(endpoint.url, delivery.payload),
        )
    except Exception as error:  # a bug of ours: recorded on the row, retried like a failure
        logger.exception("Webhook %s failed", delivery.pk)
        result = SendResult(ok=False, error=f"{type(error).__name__}: {error}")
    webhook_mark(delivery=delivery, result=result, now=now)
    return result


def webhook_mark(*, delivery: WebhookDelivery, result: SendResult, now: dt.datetime) -> None:
    attempts = delivery.attempts + 1
    mine = WebhookDelivery.objects.filter(pk=delivery.pk, status=WebhookStatus.CLAIMED)
    endpoint = WebhookEndpoint.objects.filter(pk=delivery.endpoint_id)
    if result.ok:
        with transaction.atomic():
            mine.update(
                status=WebhookStatus.SENT,
                attempts=attempts,
                response_code=result.status_code,
                last_error="",
                sent_at=now,
                next_attempt_at=None,
            )
            endpoint.update(failure_count=0)
        return
    final = attempts >= MAX_ATTEMPTS
    with transaction.atomic():
        mine.update(
            status=WebhookStatus.FAILED if final else WebhookStatus.RETRY,
            attempts=attempts,
            response_code=result.status_code,
            last_error=result.error[:MAX_ERROR_CHARS],
            next_attempt_at=None if final else now + retry_delay(attempts),
        )
        endpoint.update(failure_count=F("failure_count") + 1)


def webhook_disable_failing(
    *, now: dt.datetime, endpoint_ids: list[int] | None = None
) -> list[WebhookEndpoint]:
    """Disable the endpoints that failed too often in a row; each is disabled once (a
    conditional UPDATE), and its owner gets one email."""
    disabled = []
    failing = WebhookEndpoint.objects.filter(
        enabled=True, failure_count__gte=DISABLE_AFTER_FAILURES
    ).select_related("user")
    if endpoint_ids is not None:
        failing = failing.filter(pk__in=endpoint_ids)
    for endpoint in failing:
        reason = f"{endpoint.failure_count} deliveries in a row failed; the last: " + (
            WebhookDelivery.objects.filter(endpoint=endpoint)
            .exclude(last_error="")
            .order_by("-claimed_at", "-pk")
            .values_list("last_error", flat=True)
            .first()
            or "unknown"
        )
        taken = WebhookEndpoint.objects.filter(pk=endpoint.pk, enabled=True).update(
            enabled=False, disabled_at=now, disabled_reason=reason[:MAX_ERROR_CHARS]
        )
        if taken == 1:
            endpoint.disabled_at, endpoint.disabled_reason = now, reason
            disabled.append(endpoint)
    if disabled:
        _tell_owners(disabled)
    return disabled


def _tell_owners(endpoints: list[WebhookEndpoint]) -> None:
    connection = open_connection()
    try:
        for endpoint in endpoints:
            user = endpoint.user
            if not user.email:
                continue
            claim = delivery_claim(
                user=user,
                kind=DeliveryKind.WEBHOOK_DISABLED,
                subject_key=f"endpoint:{endpoint.pk}",
                period=endpoint.disabled_at.isoformat(),
            )
            if claim is None:
                continue
            message = emails.webhook_disabled(
                user.email,
                {
                    "endpoint": endpoint,
                    "webhooks_url": emails.absolute_url(reverse("notifications:webhooks")),
                },
            )
            deliver(delivery=claim, message=message, connection=connection)
    finally:
        connection.close()


def send_webhooks(*, now: dt.datetime, dry_run: bool = False) -> WebhookRunReport:
    """Queue what changed, send what is due, disable the endpoints that keep failing.
    A dry run lists the deliveries due, and neither queues nor sends."""
    report = WebhookRunReport(queued=0 if dry_run else webhook_fan_out(now=now))
    due = (
        WebhookDelivery.objects.filter(endpoint__enabled=True)
        .filter(_due(now))
        .order_by("created_at", "pk")
    )
    if dry_run:
        for pk, event_type, url, attempts in due.values_list(
            "pk", "event_type", "endpoint__url", "attempts"
        )[:SEND_BATCH]:
            report.lines.append(f"{pk}: {event_type} to {url} (attempt {attempts + 1})")
        return report
    started = time.monotonic()
    failing: set[int] = set()
    for pk, endpoint_id in list(due.values_list("pk", "endpoint_id")[:SEND_BATCH]):
        if endpoint_id in failing:
            continue  # it failed once in this run: its other rows wait for the next run
        if time.monotonic() - started > RUN_BUDGET_SECONDS:
            break  # the rest waits for the next run, well before the task's time limit
        try:
            result = webhook_send_one(pk=pk, now=now)
            if result is None:
                report.skipped += 1
                continue
        except Exception as error:  # one row's trouble never stops the run
            logger.exception("Webhook delivery %s failed", pk)
            report.failed += 1
            report.lines.append(f"{pk}: {error!r}")
            continue
        report.lines.append(f"{pk}: {result.status_code or '-'} {result.error}".rstrip())
        if result.ok:
            report.sent += 1
        else:
            report.failed += 1
            failing.add(endpoint_id)
    report.disabled = WebhookEndpoint.objects.filter(disabled_at=now).count()
    return report


def webhook_send_one(*, pk: int, now: dt.datetime) -> SendResult | None:
    """Claim, send and mark one row; None if it was not ours to send. An endpoint that
    has now failed too often is disabled at once: its other rows are not claimed."""
    delivery = webhook_claim(pk=pk, now=now)
    if delivery is None:
        return None
    result = webhook_deliver(delivery=delivery, now=now)
    if not result.ok:
        webhook_disable_failing(now=now, endpoint_ids=[delivery.endpoint_id])
    return result
