"""Curation of milestones and follow-up actions, and a read-only view of change events."""

from __future__ import annotations

from collections.abc import Callable

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from initiatives.admin import evidence_quote
from initiatives.models import Document, Origin
from timeline.models import (
    DELIVERED_STATUSES,
    ActionStatus,
    ChangeEvent,
    EventVia,
    FollowUpAction,
    Milestone,
    Proposal,
)
from timeline.services import (
    action_delete,
    action_save,
    action_set_status,
    actions_delete,
    milestone_save,
)


class StateChangeForm(forms.Form):
    """What a curator gives when moving actions to another state: the evidence, and for a
    delivery, the day."""

    completed_on = forms.DateField(
        label="Completed on",
        help_text="The day the action was delivered (YYYY-MM-DD).",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    document = forms.ModelChoiceField(
        queryset=Document.objects.only("pk", "title"),
        required=False,
        label="Source document",
        help_text="Optional: the number of the document that reports it (/documents/<number>/).",
        widget=forms.NumberInput,
    )

    def __init__(self, *args: object, needs_date: bool, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if not needs_date:
            del self.fields["completed_on"]


# Admin action name → the state it sets, its title, and whether it asks for a date.
STATE_ACTIONS = {
    "mark_in_progress": (ActionStatus.IN_PROGRESS, "Mark actions in progress"),
    "mark_stalled": (ActionStatus.STALLED, "Mark actions stalled"),
    "mark_partly_done": (ActionStatus.PARTLY_DONE, "Mark actions partly done"),
    "mark_done": (ActionStatus.DONE, "Mark actions done"),
    "mark_dropped": (ActionStatus.DROPPED, "Mark actions dropped"),
}


def _state_action(name: str) -> Callable[..., HttpResponse | None]:
    """An admin action moving the selected actions to one state (see STATE_ACTIONS)."""
    status = STATE_ACTIONS[name][0]

    @admin.action(
        description=f"Mark selected actions {ActionStatus(status).label.lower()}…",
        permissions=["change"],
    )
    def change_state(
        self: FollowUpActionAdmin, request: HttpRequest, queryset: QuerySet
    ) -> HttpResponse | None:
        return self._change_state(request, queryset, name)

    change_state.__name__ = name
    return change_state


@admin.register(FollowUpAction)
class FollowUpActionAdmin(SimpleHistoryAdmin):
    list_display = ("description", "initiative", "owner", "due_latest", "status")
    list_filter = ("status", ("owner", admin.RelatedOnlyFieldListFilter))
    search_fields = ("description", "due_text", "initiative__title")
    list_select_related = ("initiative", "owner")
    autocomplete_fields = ("initiative", "owner")
    readonly_fields = (evidence_quote, "origin", "rule", "due_rule")
    actions = tuple(STATE_ACTIONS)

    def save_model(
        self, request: HttpRequest, obj: FollowUpAction, form: object, change: bool
    ) -> None:
        obj.origin = Origin.CURATOR
        action_save(action=obj, via=EventVia.ADMIN, user=request.user)

    def delete_model(self, request: HttpRequest, obj: FollowUpAction) -> None:
        action_delete(action=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[FollowUpAction]) -> None:
        actions_delete(actions=queryset)

    def _change_state(
        self, request: HttpRequest, queryset: QuerySet[FollowUpAction], name: str
    ) -> HttpResponse | None:
        status, title = STATE_ACTIONS[name]
        needs_date = status in DELIVERED_STATUSES
        if "apply" in request.POST:
            form = StateChangeForm(request.POST, needs_date=needs_date)
            if form.is_valid():
                changed, refused = 0, []
                for action in queryset.select_related("initiative"):
                    try:
                        action_set_status(
                            action=action,
                            status=status,
                            completed_on=form.cleaned_data.get("completed_on"),
                            document=form.cleaned_data["document"],
                            via=EventVia.ADMIN,
                            user=request.user,
                        )
                        changed += 1
                    except ValidationError as error:
                        refused.append(" ".join(error.messages))
                label = ActionStatus(status).label.lower()
                self.message_user(request, f"{changed} action(s) marked {label}.", messages.SUCCESS)
                for message in refused:
                    self.message_user(request, message, messages.WARNING)
                return None
        else:
            initial = {"completed_on": timezone.localdate()} if needs_date else {}
            form = StateChangeForm(initial=initial, needs_date=needs_date)
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "actions": queryset,
            "form": form,
            "opts": self.model._meta,
            "action_name": name,
            "state_label": ActionStatus(status).label.lower(),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return render(request, "admin/timeline/change_state.html", context)

    mark_in_progress = _state_action("mark_in_progress")
    mark_stalled = _state_action("mark_stalled")
    mark_partly_done = _state_action("mark_partly_done")
    mark_done = _state_action("mark_done")
    mark_dropped = _state_action("mark_dropped")


@admin.register(Milestone)
class MilestoneAdmin(SimpleHistoryAdmin):
    list_display = ("title", "initiative", "kind", "date", "window_start", "window_end")
    list_filter = ("kind",)
    search_fields = ("title", "initiative__title")
    list_select_related = ("initiative",)
    autocomplete_fields = ("initiative",)
    readonly_fields = (evidence_quote, "origin", "rule")

    def save_model(self, request: HttpRequest, obj: Milestone, form: object, change: bool) -> None:
        obj.origin = Origin.CURATOR
        milestone_save(milestone=obj, via=EventVia.ADMIN, user=request.user)


@admin.register(ChangeEvent)
class ChangeEventAdmin(admin.ModelAdmin):
    list_display = ("occurred_at", "kind", "summary", "initiative", "via", "user")
    list_filter = ("kind", "via")
    search_fields = ("summary", "initiative__title")
    list_select_related = ("initiative", "user")
    date_hierarchy = "occurred_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Proposal)
class ProposalAdmin(admin.ModelAdmin):
    """Read-only: proposals are decided on the triage page, through the services."""

    list_display = ("__str__", "initiative", "state", "confidence", "document", "created_at")
    list_filter = ("state", "kind")
    search_fields = ("initiative__title", "document__title")
    raw_id_fields = ("initiative", "document", "action", "milestone", "evidence", "decided_by")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
