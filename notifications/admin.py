"""Curators and operators see who follows what and what was sent; they rarely edit it."""

from __future__ import annotations

from django.contrib import admin

from notifications.models import Delivery, Follow, Profile, SavedSearch


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
        "bounced_email",
    ]
    list_filter = ["digest_frequency", "reminders_enabled"]
    search_fields = ["user__username", "user__email", "bounced_email"]
    raw_id_fields = ["user"]


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ["user", "initiative", "area", "actor", "created_at"]
    search_fields = ["user__username", "initiative__title", "actor__name"]
    raw_id_fields = ["user", "initiative", "actor"]


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "query", "created_at"]
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
