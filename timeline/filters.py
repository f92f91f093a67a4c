"""Filters of the deliverables page: owner, area, status and due window."""

from __future__ import annotations

import datetime as dt
from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from initiatives.filters import LongSelect
from initiatives.models import Actor, CooperationArea, InitiativeArea
from timeline.models import ActionStatus, FollowUpAction

NEXT_30 = dt.timedelta(days=30)
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
        (NO_DATE, "No date"),
    )


class DeliverableFilter(django_filters.FilterSet):
    owner = django_filters.ChoiceFilter(
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
        widget=forms.CheckboxSelectMultiple,
        distinct=False,
    )
    window = django_filters.ChoiceFilter(
        label="Due", choices=Window.CHOICES, method="filter_window", empty_label="Any time"
    )

    class Meta:
        model = FollowUpAction
        fields: list[str] = []

    def __init__(
        self,
        data: Any = None,
        queryset: QuerySet | None = None,
        *,
        request: Any = None,
        prefix: str | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.today = today or timezone.localdate()
        self.filters["owner"].extra["choices"] = list(
            Actor.objects.filter(
                Exists(FollowUpAction.objects.filter(owner=OuterRef("pk")))
            ).values_list("slug", "name")
        )
        self.filters["area"].extra["choices"] = list(
            CooperationArea.objects.values_list("slug", "name")
        )

    def filter_area(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        links = InitiativeArea.objects.filter(
            initiative=OuterRef("initiative_id"), area__slug=value
        )
        return queryset.filter(Exists(links))

    def filter_window(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        today = self.today
        if value == Window.NO_DATE:
            return queryset.filter(due_latest__isnull=True, due_earliest__isnull=True)
        pending = queryset.filter(status__in=[ActionStatus.OPEN, ActionStatus.IN_PROGRESS])
        if value == Window.OVERDUE:
            return pending.filter(due_latest__lt=today)
        if value == Window.NEXT_30:
            return pending.filter(due_latest__gte=today, due_latest__lte=today + NEXT_30)
        if value == Window.NEXT_90:
            return pending.filter(due_latest__gte=today, due_latest__lte=today + NEXT_90)
        if value == Window.LATER:
            return queryset.filter(Q(due_latest__gt=today + NEXT_90))
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return (
            super().filter_queryset(queryset).order_by(F("due_latest").asc(nulls_last=True), "pk")
        )
