from __future__ import annotations

import zoneinfo

from django import forms

from notifications.models import MAX_REMINDER_LEAD_DAYS, EventFilter, Profile, SavedSearch


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class PreferencesForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=time_zone_choices)
    reminder_lead_days = forms.IntegerField(
        min_value=0,
        max_value=MAX_REMINDER_LEAD_DAYS,
        label="Reminder lead time (days)",
        help_text="How many days before a deadline the reminder is sent.",
    )

    class Meta:
        model = Profile
        fields = [
            "digest_frequency",
            "digest_weekday",
            "digest_hour",
            "time_zone",
            "reminders_enabled",
            "reminder_lead_days",
            "default_events",
        ]
        labels = {
            "digest_frequency": "Digest",
            "digest_weekday": "Day (weekly digests)",
            "digest_hour": "Hour",
        }


class SavedSearchForm(forms.ModelForm):
    query = forms.CharField(
        max_length=2000,
        required=False,
        label="Search",
        help_text="Paste the address of a filtered initiative list.",
    )
    events = forms.ChoiceField(
        choices=EventFilter.choices,
        required=False,
        label="Tell me about",
        help_text="Which kinds of change in its initiatives reach you.",
    )

    class Meta:
        model = SavedSearch
        fields = ["name", "query", "events"]
