"""Exactly-once email: claim a row of the delivery log, send, then mark it sent.

The log's unique key (user, kind, subject, period) admits one row per email owed. A run
claims the row before sending, by inserting it or, for a row another run left behind
(a crash, a failure due for retry), by a conditional UPDATE that must touch exactly one
row. Only the SMTP server's acceptance marks it sent. So a run repeated, run twice at
once or re-run after a crash sends each email once; the only window for a duplicate is
a crash between the server's acceptance and the UPDATE that follows it.

Every email of a delivery carries the same Message-ID, so mail systems recognise a
resend. A timeout after the message data went out is uncertain (the server may have
stored it): it is retried once, after UNCERTAIN_RETRY_AFTER, and never again. A 5xx
answer to the data is permanent: nothing more is tried. Any other error while building
or sending one email is recorded on its row and retried with backoff; the run goes on.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import traceback
from email.utils import parseaddr
from enum import StrEnum

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications.models import Delivery, DeliveryStatus, Profile

logger = logging.getLogger(__name__)

# A claim older than this belongs to a run that died; another run may take it over.
CLAIM_LEASE = dt.timedelta(minutes=15)
# Transient failures are retried by later runs, waiting twice as long each time.
RETRY_BACKOFF = dt.timedelta(minutes=10)
MAX_ATTEMPTS = 5
# A server that timed out after taking the data may still deliver it, late: the one
# retry waits long enough for that copy to arrive first and be recognised by its id.
UNCERTAIN_RETRY_AFTER = dt.timedelta(hours=6)
MAX_ERROR_CHARS = 2000
# Rows in these states are finished: nothing more will ever be sent for them.
FINISHED = (
    DeliveryStatus.SENT,
    DeliveryStatus.EMPTY,
    DeliveryStatus.FAILED,
    DeliveryStatus.BOUNCED,
    DeliveryStatus.UNCERTAIN,
)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"
    BOUNCED = "bounced"
    UNCERTAIN = "uncertain"


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


def delivery_message_id(delivery: Delivery) -> str:
    """The one Message-ID of every copy of this delivery's email: a resend is the same mail."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return f"<{delivery.kind.replace('_', '-')}-{delivery.pk}@{domain}>"


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


def _timed_out_after_data(error: BaseException) -> bool:
    """Whether the server went silent while smtplib awaited its answer to DATA: it may
    hold the message already. (smtplib turns a read timeout into SMTPServerDisconnected.)"""
    timed_out = isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError)
    return timed_out and any(
        frame.name == "data" and frame.filename == smtplib.__file__
        for frame in traceback.extract_tb(error.__traceback__)
    )


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS]


def deliver(*, delivery: Delivery, message: EmailMessage, connection: BaseEmailBackend) -> Outcome:
    """Send one claimed email and record what the server said."""
    now = timezone.now()
    attempts = delivery.attempts + 1
    message.extra_headers["Message-ID"] = delivery_message_id(delivery)
    if getattr(connection, "connection", False) is None:
        _reopen(connection)  # closed after an earlier failure in this run
    try:
        connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as error:
        if _permanent(error):
            _record_bounce(delivery, error, attempts)
            return Outcome.BOUNCED
        return _record_failure(delivery, error, attempts, now)
    except smtplib.SMTPDataError as error:
        if 500 <= error.smtp_code < 600:  # the server refused this message for good
            return _record_final(delivery, error, attempts, DeliveryStatus.FAILED)
        return _record_failure(delivery, error, attempts, now)
    except (smtplib.SMTPException, OSError) as error:
        connection.close()  # the next message opens a fresh connection
        if _timed_out_after_data(error):
            return _record_uncertain(delivery, error, attempts, now)
        return _record_failure(delivery, error, attempts, now)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.SENT, sent_at=timezone.now(), attempts=attempts, last_error=""
    )
    return Outcome.SENT


def delivery_record_error(*, delivery: Delivery, error: Exception) -> Outcome:
    """Record an error in building or sending one email; it is retried with backoff."""
    logger.error("%s for user %s failed", delivery.kind, delivery.user_id, exc_info=error)
    return _record_failure(delivery, error, delivery.attempts + 1, timezone.now())


def _record_failure(
    delivery: Delivery, error: Exception, attempts: int, now: dt.datetime
) -> Outcome:
    logger.warning("Sending %s to %s failed: %r", delivery.kind, delivery.email, error)
    if attempts >= MAX_ATTEMPTS:
        return _record_final(delivery, error, attempts, DeliveryStatus.FAILED)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.RETRY,
        attempts=attempts,
        last_error=_describe(error),
        next_attempt_at=now + RETRY_BACKOFF * 2 ** (attempts - 1),
    )
    return Outcome.RETRY


def _record_uncertain(
    delivery: Delivery, error: Exception, attempts: int, now: dt.datetime
) -> Outcome:
    logger.warning("%s to %s may have been delivered: %r", delivery.kind, delivery.email, error)
    if delivery.uncertain_at is not None:  # its one retry was uncertain too
        return _record_final(delivery, error, attempts, DeliveryStatus.UNCERTAIN)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=DeliveryStatus.RETRY,
        attempts=attempts,
        uncertain_at=now,
        last_error=f"Uncertain, retried once later: {_describe(error)}"[:MAX_ERROR_CHARS],
        next_attempt_at=now + UNCERTAIN_RETRY_AFTER,
    )
    return Outcome.UNCERTAIN


def _record_final(
    delivery: Delivery, error: Exception, attempts: int, status: DeliveryStatus
) -> Outcome:
    logger.warning("Gave up sending %s to %s: %r", delivery.kind, delivery.email, error)
    Delivery.objects.filter(pk=delivery.pk).update(
        status=status, attempts=attempts, last_error=_describe(error), next_attempt_at=None
    )
    return Outcome(status)


def _record_bounce(delivery: Delivery, error: Exception, attempts: int) -> None:
    logger.warning("%s refused %s permanently: %r", delivery.kind, delivery.email, error)
    with transaction.atomic():
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.BOUNCED, attempts=attempts, last_error=_describe(error)
        )
        Profile.objects.filter(user_id=delivery.user_id).update(
            bounced_email=delivery.email, bounced_at=timezone.now(), bounce_reason=repr(error)
        )
