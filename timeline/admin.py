"""Curation of milestones and follow-up actions, and a read-only view of change events."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from simple_history.admin import SimpleHistoryAdmin

from initiatives.admin import evidence_quote
from initiatives.models import Origin
from timeline.models import ChangeEvent, EventVia, FollowUpAction, Milestone, Proposal
from timeline.services import action_mark_done, action_save, milestone_save


class MarkDoneForm(forms.Form):
    completed_on = forms.DateField(
        label="Completed on",
        help_text="The day the action was delivered (YYYY-MM-DD).",
        widget=forms.DateInput(attrs={"type": "date"}),
    )


@admin.register(FollowUpAction)
class FollowUpActionAdmin(SimpleHistoryAdmin):
    list_display = ("description", "initiative", "owner", "due_latest", "status")
    list_filter = ("status", ("owner", admin.RelatedOnlyFieldListFilter))
    search_fields = ("description", "due_text", "initiative__title")
    list_select_related = ("initiative", "owner")
    autocomplete_fields = ("initiative", "owner")
    readonly_fields = (evidence_quote, "origin", "rule", "due_rule")
    actions = ("mark_done",)

    def save_model(
        self, request: HttpRequest, obj: FollowUpAction, form: object, change: bool
    ) -> None:
        obj.origin = Origin.CURATOR
        action_save(action=obj, via=EventVia.ADMIN, user=request.user)

    @admin.action(description="Mark selected actions done…", permissions=["change"])
    def mark_done(
        self, request: HttpRequest, queryset: QuerySet[FollowUpAction]
    ) -> HttpResponse | None:
        if "apply" in request.POST:
            form = MarkDoneForm(request.POST)
            if form.is_valid():
                done, refused = 0, []
                for action in queryset:
                    try:
                        action_mark_done(
                            action=action,
                            completed_on=form.cleaned_data["completed_on"],
                            via=EventVia.ADMIN,
                            user=request.user,
                        )
                        done += 1
                    except ValidationError as error:
                        refused.append(" ".join(error.messages))
                self.message_user(request, f"{done} action(s) marked done.", messages.SUCCESS)
                for message in refused:
                    self.message_user(request, message, messages.WARNING)
                return None
        else:
            form = MarkDoneForm(initial={"completed_on": timezone.localdate()})
        context = {
            **self.admin_site.each_context(request),
            "title": "Mark actions done",
            "actions": queryset,
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return render(request, "admin/timeline/mark_done.html", context)


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
