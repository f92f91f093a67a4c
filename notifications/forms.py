from __future__ import annotations

import zoneinfo

from django import forms

from initiatives.filters import FILTER_FORM_RENDERER
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
    default_events = forms.ChoiceField(
        choices=EventFilter.choices,
        required=False,
        label="New follows tell me about",
        help_text="What a new follow or saved search lets through; each can be changed later.",
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

    def clean_default_events(self) -> str:
        # Left out (an older form, a script): keep what was chosen before.
        return self.cleaned_data.get("default_events") or self.instance.default_events


class SavedSearchForm(forms.ModelForm):
    # Drawn on every /following/ page: Django's form templates took most of a millisecond
    # (the page's own SQL takes two); the filter forms' renderer writes the same fields in
    # Python (as Django's Jinja2 form templates do: a quote escaped as &#34;, not &quot;).
    default_renderer = FILTER_FORM_RENDERER

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
