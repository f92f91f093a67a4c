"""Exactly-once email: claim a row of the delivery log, send, then mark it sent.

The log's unique key (user, kind, subject, period) admits one row per email owed. A run
claims the row before sending, by inserting it or, for a row another run left behind
(a crash, a failure due for retry), by a conditional UPDATE that must touch exactly one
row. Only the SMTP server's acceptance marks it sent. So a run repeated, run twice at
once or re-run after a crash sends each email once; the only window for a duplicate is
a crash between the server's acceptance and the UPDATE that follows it.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from enum import StrEnum

from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import Delivery, DeliveryStatus, Profile

logger = logging.getLogger(__name__)

# A claim older than this belongs to a run that died; another run may take it over.
CLAIM_LEASE = dt.timedelta(minutes=15)
# Transient failures are retried by later runs, waiting twice as long each time.
RETRY_BACKOFF = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 5
# Rows in these states are finished: nothing more will ever be sent for them.
FINISHED = (
    DeliveryStatus.SENT,
    DeliveryStatus.EMPTY,
    DeliveryStatus.FAILED,
    DeliveryStatus.BOUNCED,
)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    BOUNCED = "bounced"


def open_connection() -> BaseEmailBackend:
    """One connection for a whole run; if the server is down, each message tries again."""
    connection = get_connection(fail_silently=False)
    _reopen(connection)
    return connection


def _reopen(connection: BaseEmailBackend) -> None:
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        logger.warning("Cannot connect to the mail server: %r", error)
        connection.close()


def _reclaimable(row: Delivery, now: dt.datetime) -> bool:
    if row.status == DeliveryStatus.CLAIMED:
        return row.claimed_at <= now - CLAIM_LEASE
    if row.status == DeliveryStatus.RETRY:
        return row.next_attempt_at is None or row.next_attempt_at <= now
    return False


def delivery_claim(
    *,
    user: AbstractBaseUser,
    kind: str,
    subject_key: str,
    period: str,
    period_start: dt.datetime | None = None,
    period_end: dt.datetime | None = None,
) -> Delivery | None:
    """Claim the right to send one email, or None if it is sent, being sent, or finished."""
    now = timezone.now()
    key = {"user": user, "kind": kind, "subject_key": subject_key, "period": period}
    try:
        with transaction.atomic():
            return Delivery.objects.create(
                **key,
                email=user.email,
                status=DeliveryStatus.CLAIMED,
                claimed_at=now,
                period_start=period_start,
                period_end=period_end,
            )
    except IntegrityError:
        pass
    row = Delivery.objects.filter(**key).first()
    if row is None or not _reclaimable(row, now):
        return None
    taken = Delivery.objects.filter(pk=row.pk, status=row.status, claimed_at=row.claimed_at).update(
        status=DeliveryStatus.CLAIMED,
        claimed_at=now,
        email=user.email,
        period_start=period_start,
        period_end=period_end,
    )
    if taken != 1:
        return None  # another run took it over first
    row.refresh_from_db()
    return row


def delivery_mark_empty(delivery: Delivery) -> None:
    Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.EMPTY)


def _permanent(error: smtplib.SMTPRecipientsRefused) -> bool:
    codes = [code for code, _message in error.recipients.values()]
    return bool(codes) and all(500 <= code < 600 for code in codes)


def deliver(*, delivery: Delivery, message: EmailMessage, connection: BaseEmailBackend) -> Outcome:
    """Send one claimed email and record what the server said."""
    now = timezone.now()
    attempts = delivery.attempts + 1
    if getattr(connection, "connection", False) is None:
        _reopen(connection)  # closed after an earlier failure in this run
    try:
        connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as error:
        if _permanent(error):
            _record_bounce(delivery, error, attempts)
            return Outcome.BOUNCED
        return _record_failure(delivery, error, attempts, now)
    except (smtplib.SMTPException, OSError) as error:
        connection.close()  # the next message opens a fresh connection
        return _record_failure(delivery, error, attempts, now)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now(), attempts=attempts, last_error=""
    )
    return Outcome.SENT


def _record_failure(
    delivery: Delivery, error: Exception, attempts: int, now: dt.datetime
) -> Outcome:
    logger.warning("Sending %s to %s failed: %r", delivery.kind, delivery.email, error)
    if attempts >= MAX_ATTEMPTS:
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.FAILED, attempts=attempts, last_error=repr(error)[:2000]
        )
        return Outcome.FAILED
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.RETRY,
        attempts=attempts,
        last_error=repr(error)[:2000],
        next_attempt_at=now + RETRY_BACKOFF * 2 ** (attempts - 1),
    )
    return Outcome.RETRY


def _record_bounce(delivery: Delivery, error: Exception, attempts: int) -> None:
    logger.warning("%s refused %s permanently: %r", delivery.kind, delivery.email, error)
    with transaction.atomic():
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.BOUNCED, attempts=attempts, last_error=repr(error)[:2000]
        )
        Profile.objects.filter(user_id=delivery.user_id).update(
            bounced_email=delivery.email, bounced_at=timezone.now(), bounce_reason=repr(error)
        )
