"""Filters of the deliverables page: owner, area, status and due window."""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, QuerySet

from initiatives.filters import DatedFilterSet, LongChoiceFilter
from initiatives.models import Actor, CooperationArea, InitiativeArea
from initiatives.statements import Statement
from initiatives.widgets import Checkboxes, LongSelect
from timeline.models import DUE_SOON_DAYS, ActionStatus, FollowUpAction

NEXT_30 = dt.timedelta(days=DUE_SOON_DAYS)
NEXT_90 = dt.timedelta(days=90)


class Window:
    OVERDUE = "overdue"
    NEXT_30 = "next30"
    NEXT_90 = "next90"
    LATER = "later"
    NO_DATE = "nodate"
    CHOICES = (
        (OVERDUE, "Overdue"),
        (NEXT_30, "Due in the next 30 days"),
        (NEXT_90, "Due in the next 90 days"),
        (LATER, "Due later"),
        (NO_DATE, "No firm date"),
    )


# The owner and area choices, (slug, name) pairs: statements compiled once, as they take
# no value (compiling them was a tenth of the deliverables page's Python).
_OWNER_CHOICES = Statement(
    lambda: Actor.objects.filter(
        Exists(FollowUpAction.objects.filter(owner=OuterRef("pk")))
    ).values_list("slug", "name")
)
_AREA_CHOICES = Statement(lambda: CooperationArea.objects.values_list("slug", "name"))


class DeliverableFilter(DatedFilterSet):
    owner = LongChoiceFilter(
        label="Owner",
        choices=[],
        field_name="owner__slug",
        empty_label="Any owner",
        widget=LongSelect,
    )
    area = django_filters.ChoiceFilter(
        label="Cooperation area", choices=[], method="filter_area", empty_label="Any area"
    )
    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=ActionStatus.choices,
        widget=Checkboxes,
        distinct=False,
    )
    window = django_filters.ChoiceFilter(
        label="Due", choices=Window.CHOICES, method="filter_window", empty_label="Any time"
    )
    # One initiative's actions: where its page's "and N more" link leads.
    initiative = django_filters.CharFilter(
        field_name="initiative__slug", widget=forms.HiddenInput, max_length=255
    )

    class Meta:
        model = FollowUpAction
        fields: list[str] = []

    def load_choices(self) -> None:
        self.filters["owner"].extra["choices"] = _OWNER_CHOICES.values({})
        self.filters["area"].extra["choices"] = _AREA_CHOICES.values({})

    def filter_area(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        links = InitiativeArea.objects.filter(
            initiative=OuterRef("initiative_id"), area__slug=value
        )
        return queryset.filter(Exists(links))

    def filter_window(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        today = self.today
        if value == Window.NO_DATE:
            return queryset.without_firm_date()
        if value == Window.OVERDUE:
            return queryset.overdue(today=today)
        if value == Window.NEXT_30:
            return queryset.due_soon(today=today)
        if value == Window.NEXT_90:
            return queryset.due_within(today=today, days=NEXT_90.days)
        if value == Window.LATER:
            return queryset.due_after(today=today, days=NEXT_90.days)
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return (
            super().filter_queryset(queryset).order_by(F("due_latest").asc(nulls_last=True), "pk")
        )
