"""Webhook endpoints that users register, and the log of what was sent to each.

Imported by notifications.models, so that Django finds them."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from notifications.webhook_signing import new_secret


def new_msg_id() -> str:
    """A ``webhook-id``: unique, and the same on every attempt of one delivery."""
    return f"msg_{uuid.uuid4().hex}"


class WebhookEndpoint(models.Model):
    """A URL that receives the change events of its owner's follows, signed with its
    own secret. Disabled after a run of failures; its owner is told by email."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(max_length=1000)
    # Needed in clear to sign every delivery; shown to its owner once, when registered.
    secret = models.CharField(max_length=100, default=new_secret, editable=False)
    enabled = models.BooleanField(default=True)
    # Failed attempts since the last success, across deliveries.
    failure_count = models.PositiveIntegerField(default=0)
    disabled_at = models.DateTimeField(null=True, blank=True)
    disabled_reason = models.TextField(blank=True)
    created_at = models.DateTimeField()
    # The change events up to here were queued for it (see notifications.webhook_delivery).
    events_until = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "url"],
                name="webhook_endpoint_url_once_per_user",
                violation_error_message="You have already registered this address.",
            )
        ]

    def __str__(self) -> str:
        return self.url


class WebhookStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be sent"
    CLAIMED = "claimed", "Being sent"
    SENT = "sent", "Delivered"
    RETRY = "retry", "Failed, will retry"
    FAILED = "failed", "Failed, gave up"


class WebhookDelivery(models.Model):
    """One message owed to one endpoint: a change event, or a test. Its ``msg_id`` is the
    ``webhook-id`` of every attempt, and its body is fixed when it is created, so that a
    receiver deduplicates a resend."""

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="log")
    event = models.ForeignKey(
        "timeline.ChangeEvent",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="webhook_deliveries",
        help_text="Empty for a test event.",
    )
    msg_id = models.CharField(max_length=64, unique=True, default=new_msg_id, editable=False)
    event_type = models.CharField(max_length=60)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=WebhookStatus, default=WebhookStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    response_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["endpoint", "event"],
                condition=Q(event__isnull=False),
                name="one_webhook_per_endpoint_and_event",
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.event_type} to {self.endpoint} ({self.status})"
