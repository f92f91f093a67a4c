"""Curators and operators see who follows what and what was sent; they rarely edit it."""

from __future__ import annotations

from django.contrib import admin

from notifications.models import Delivery, Follow, Profile, SavedSearch
from notifications.webhook_models import WebhookDelivery, WebhookEndpoint


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "digest_frequency",
        "digest_weekday",
        "digest_hour",
        "time_zone",
        "reminders_enabled",
        "reminder_lead_days",
        "default_events",
        "bounced_email",
    ]
    list_filter = ["digest_frequency", "reminders_enabled"]
    search_fields = ["user__username", "user__email", "bounced_email"]
    raw_id_fields = ["user"]


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ["user", "initiative", "area", "actor", "events", "created_at"]
    list_filter = ["events"]
    search_fields = ["user__username", "initiative__title", "actor__name"]
    raw_id_fields = ["user", "initiative", "actor"]


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "query", "events", "created_at"]
    list_filter = ["events"]
    search_fields = ["name", "user__username", "query"]
    raw_id_fields = ["user"]
    exclude = ["feed_token"]


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    """The exactly-once log. Read-only: editing a row could send an email twice."""

    list_display = ["user", "kind", "period", "status", "attempts", "claimed_at", "sent_at"]
    list_filter = ["kind", "status"]
    search_fields = ["user__username", "email", "subject_key", "period"]
    date_hierarchy = "claimed_at"

    def has_add_permission(self, request: object) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(_ReadOnly):
    """Who sends webhooks where, and which endpoints were turned off. Read-only: an address
    is checked (SSRF) only when its owner registers it, and the signing secret is never
    shown here."""

    list_display = ["url", "user", "enabled", "failure_count", "disabled_at", "created_at"]
    list_filter = ["enabled"]
    search_fields = ["url", "user__username"]
    fields = [
        "user",
        "url",
        "enabled",
        "failure_count",
        "disabled_at",
        "disabled_reason",
        "created_at",
        "events_until",
    ]


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(_ReadOnly):
    """Each endpoint's delivery log. Read-only: editing a row could send a change twice."""

    list_display = [
        "event_type",
        "endpoint",
        "status",
        "response_code",
        "attempts",
        "next_attempt_at",
        "sent_at",
        "created_at",
    ]
    list_filter = ["status", "event_type"]
    list_select_related = ["endpoint"]
    search_fields = ["msg_id", "endpoint__url", "endpoint__user__username"]
    date_hierarchy = "created_at"
    raw_id_fields = ["endpoint", "event"]
