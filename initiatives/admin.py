"""Curation of initiatives in Django admin. Every save goes through the services,
so history and change events are recorded whichever way a record is edited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.forms import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from initiatives.models import (
    Actor,
    CooperationArea,
    Document,
    Evidence,
    ImportRun,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Origin,
    Sector,
)
from initiatives.outbox import import_run_retry
from initiatives.search import initiative_search_update
from initiatives.services import (
    actors_confirm,
    document_detach,
    initiative_merge,
    initiative_pin,
    initiative_save,
    initiative_verify,
)
from initiatives.uploads import UploadForm, uploads_enqueue
from timeline.models import EventVia, FollowUpAction, Milestone
from timeline.services import action_delete, action_save, milestone_save


@admin.display(description="Evidence")
def evidence_quote(obj: object) -> str:
    """The quote behind a fact, escaped, linking to its place in the document."""
    evidence: Evidence | None = getattr(obj, "evidence", None)
    if evidence is None:
        return "—"
    return format_html(
        '<a href="{}" title="Rule: {}"><q>{}</q></a>',
        evidence.get_absolute_url(),
        evidence.rule or "manual",
        evidence.quote[:300],
    )


class FactInline(admin.TabularInline):
    """An inline for an extracted fact, with its quote shown read-only beside it."""

    extra = 0
    readonly_fields = (evidence_quote, "origin")
    show_change_link = False

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("evidence__document")


class InitiativeActorInline(FactInline):
    model = InitiativeActor
    fields = ("actor", "role", evidence_quote, "origin")
    autocomplete_fields = ("actor",)


class InitiativeAreaInline(FactInline):
    model = InitiativeArea
    fields = ("area", "statement", evidence_quote, "origin")


class InitiativeSectorInline(FactInline):
    model = InitiativeSector
    fields = ("sector", evidence_quote, "origin")
    autocomplete_fields = ("sector",)


class MilestoneInline(FactInline):
    model = Milestone
    fields = (
        "title",
        "kind",
        "date",
        "date_precision",
        "window_start",
        "window_end",
        evidence_quote,
        "origin",
    )


class FollowUpActionInline(FactInline):
    model = FollowUpAction
    fields = (
        "description",
        "owner",
        "due_text",
        "due_earliest",
        "due_latest",
        "status",
        "completed_on",
        evidence_quote,
        "origin",
    )
    autocomplete_fields = ("owner",)

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).select_related("owner")


class DocumentInline(admin.TabularInline):
    model = Document
    fields = ("title", "format", "published_on", "imported_at")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class InitiativeForm(forms.ModelForm):
    pin_summary = forms.BooleanField(
        label="Pin the summary",
        required=False,
        help_text="Re-imports keep a pinned summary. Editing the summary pins it; untick to "
        "let the next version of its document update it again.",
    )

    class Meta:
        model = Initiative
        fields = "__all__"  # noqa: DJ007 - the fieldsets below choose what is shown

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pin_summary"].initial = "summary" in (self.instance.curated_fields or [])


@admin.register(Initiative)
class InitiativeAdmin(SimpleHistoryAdmin):
    form = InitiativeForm

    class Media:
        css = {"all": ("docket/admin.css",)}

    list_display = ("title", "status", "decided", "venue", "verified", "updated_at")
    list_filter = (
        "status",
        "verified",
        ("areas", admin.RelatedOnlyFieldListFilter),
        ("actors", admin.RelatedOnlyFieldListFilter),
        ("sectors", admin.RelatedOnlyFieldListFilter),
    )
    search_fields = ("title", "summary")
    prepopulated_fields = {"slug": ("title",)}
    readonly_fields = (
        "verified",
        "verified_at",
        "verified_by",
        "curated_fields",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "pin_summary", "status")}),
        (
            "Decision",
            {"fields": ("decided_on", "decided_on_precision", "decided_on_year_inferred", "venue")},
        ),
        (
            "Curation",
            {
                "fields": (
                    "verified",
                    "verified_at",
                    "verified_by",
                    "curated_fields",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )
    inlines = (
        InitiativeActorInline,
        InitiativeAreaInline,
        InitiativeSectorInline,
        MilestoneInline,
        FollowUpActionInline,
        DocumentInline,
    )
    actions = ("mark_verified", "merge")
    date_hierarchy = "decided_on"

    @admin.display(description="decided", ordering="decided_on")
    def decided(self, obj: Initiative) -> str:
        """The date as pages show it, a guessed year said so, with the reason on hover."""
        if not obj.decided_on_year_reason:
            return obj.decided_on_display or "-"
        return format_html(
            '<span title="{}">{}</span><span class="visually-hidden"> ({})</span>',
            obj.decided_on_year_reason,
            obj.decided_on_display,
            obj.decided_on_year_reason,
        )

    def save_model(
        self, request: HttpRequest, obj: Initiative, form: InitiativeForm, change: bool
    ) -> None:
        initiative_save(initiative=obj, via=EventVia.ADMIN, user=request.user)
        if "pin_summary" in form.changed_data:
            initiative_pin(
                initiative=obj,
                field="summary",
                pinned=form.cleaned_data["pin_summary"],
                via=EventVia.ADMIN,
                user=request.user,
            )

    def save_related(
        self, request: HttpRequest, form: Any, formsets: list[BaseInlineFormSet], change: bool
    ) -> None:
        """After the inlines are saved, write what they changed on the initiative's history
        record of this save: its history then shows facts as well as fields."""
        super().save_related(request, form, formsets, change)
        changed = [
            entry
            for entry in self.construct_change_message(request, form, formsets, not change)
            if "changed" not in entry or entry["changed"].get("object")
        ]
        if changed:
            record = form.instance.history.latest()  # written by this save's save_model
            record.history_change_reason = LogEntry(
                change_message=json.dumps(changed)
            ).get_change_message()
            record.save(update_fields=["history_change_reason"])

    def set_history_delta_changes(self, request: HttpRequest, historical_records: Any) -> None:
        """The "Changes" column lists the facts a save changed beside its fields."""
        super().set_history_delta_changes(request, historical_records)
        for record in historical_records:
            if record.history_change_reason:
                facts = {"field": "Facts", "old": "", "new": record.history_change_reason}
                record.history_delta_changes = [
                    *(getattr(record, "history_delta_changes", None) or []),
                    facts,
                ]

    def save_formset(
        self, request: HttpRequest, form: object, formset: BaseInlineFormSet, change: bool
    ) -> None:
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            if isinstance(obj, FollowUpAction):
                action_delete(action=obj)
            else:
                obj.delete()
        for obj in instances:
            # Whatever a curator touches becomes the curator's: a re-import keeps it.
            obj.origin = Origin.CURATOR
            if isinstance(obj, FollowUpAction):
                action_save(action=obj, via=EventVia.ADMIN, user=request.user)
            elif isinstance(obj, Milestone):
                milestone_save(milestone=obj, via=EventVia.ADMIN, user=request.user)
            else:
                obj.save()
        formset.save_m2m()
        initiative_search_update(initiative_ids=[form.instance.pk])  # statements, sectors

    @admin.action(description="Mark selected initiatives verified", permissions=["change"])
    def mark_verified(self, request: HttpRequest, queryset: QuerySet[Initiative]) -> None:
        done = sum(
            initiative_verify(initiative=i, via=EventVia.ADMIN, user=request.user) for i in queryset
        )
        self.message_user(request, f"{done} initiative(s) marked verified.", messages.SUCCESS)

    @admin.action(
        description="Merge the two selected initiatives…", permissions=["change", "delete"]
    )
    def merge(self, request: HttpRequest, queryset: QuerySet[Initiative]) -> HttpResponse | None:
        pair = list(queryset.order_by("pk")[:3])
        if len(pair) != 2:
            self.message_user(request, "Select exactly two initiatives to merge.", messages.ERROR)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, pair=pair)
        if form.is_valid():
            survivor = next(i for i in pair if str(i.pk) == form.cleaned_data["survivor"])
            merged = next(i for i in pair if i.pk != survivor.pk)
            try:
                initiative_merge(
                    survivor=survivor, merged=merged, via=EventVia.ADMIN, user=request.user
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return None
            self.message_user(
                request,
                f"“{merged}” was merged into “{survivor}”; its address now leads there.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge two initiatives",
            "pair": pair,
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return render(request, "admin/initiatives/initiative/merge.html", context)


class MergeForm(forms.Form):
    survivor = forms.ChoiceField(
        label="Which one survives?",
        widget=forms.RadioSelect,
        help_text=(
            "The survivor keeps its title, status and curated fields, and gains the other's "
            "documents, facts, followers and events. The other's address redirects to it."
        ),
    )

    def __init__(self, *args: object, pair: list[Initiative], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["survivor"].choices = [
            (str(i.pk), f"{i.title} ({i.slug}{', verified' if i.verified else ''})") for i in pair
        ]


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "confirmed")
    list_filter = ("confirmed", "kind")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    actions = ("mark_confirmed",)

    @admin.action(description="Mark selected actors confirmed", permissions=["change"])
    def mark_confirmed(self, request: HttpRequest, queryset: QuerySet[Actor]) -> None:
        done = actors_confirm(actors=queryset)
        self.message_user(request, f"{done} actor(s) marked confirmed.", messages.SUCCESS)


@admin.register(CooperationArea)
class CooperationAreaAdmin(admin.ModelAdmin):
    """The five areas are fixed by a migration: they can be described, not added or removed."""

    list_display = ("name", "slug")
    readonly_fields = ("slug",)
    fields = ("name", "slug", "description")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ("name",)
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ("__str__", "format", "published_on", "initiative", "imported_at")
    list_filter = ("format",)
    search_fields = ("title", "source_url", "source_path")
    readonly_fields = (
        "text",
        "sha256",
        "format",
        "source_path",
        "reference_date",
        "set_aside",
        "warnings",
        "imported_at",
    )
    list_select_related = ("initiative",)
    autocomplete_fields = ("initiative",)
    actions = ("detach",)

    def has_detach_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perms(["initiatives.change_document", "initiatives.add_initiative"])

    @admin.action(
        description="Detach the selected documents into initiatives of their own",
        permissions=["detach"],
    )
    def detach(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        for document in queryset:
            try:
                initiative = document_detach(
                    document=document, via=EventVia.ADMIN, user=request.user
                )
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.WARNING)
                continue
            self.message_user(
                request,
                format_html(
                    '“{}” now reports <a href="{}">{}</a>.',
                    document,
                    initiative.get_absolute_url(),
                    initiative.title,
                ),
                messages.SUCCESS,
            )


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ("__str__", "document", "start", "end", "rule")
    search_fields = ("quote",)
    list_select_related = ("document",)
    readonly_fields = ("document", "start", "end", "quote", "prefix", "suffix", "rule")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class ImportProducedFilter(admin.SimpleListFilter):
    """Documents kept without an initiative (nothing found, or a possible match waiting),
    for a curator to review."""

    title = "result"
    parameter_name = "produced"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list:
        return [
            ("no_initiative", "Document without an initiative"),
            ("initiative", "Document with an initiative"),
        ]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "no_initiative":
            return queryset.filter(document__isnull=False, document__initiative__isnull=True)
        if self.value() == "initiative":
            return queryset.filter(document__initiative__isnull=False)
        return queryset


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    """Every import, whatever way it came in; uploading files starts new ones."""

    change_list_template = "admin/initiatives/importrun/change_list.html"
    # Short columns first: outcome and error stay on a 1280 px screen, whatever the path.
    list_display = ("file", "outcome", "error_first_line", "initiative", "trigger", "started_at")
    list_filter = ("outcome", ImportProducedFilter, "trigger")
    search_fields = ("path", "sha256", "error")
    list_select_related = ("document", "initiative")
    actions = ("rerun",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    @admin.display(description="File", ordering="path")
    def file(self, obj: ImportRun) -> str:
        return format_html('<span title="{}">{}</span>', obj.path, Path(obj.path).name[:60])

    @admin.display(description="Error")
    def error_first_line(self, obj: ImportRun) -> str:
        if not obj.error:
            return ""
        first = obj.error.splitlines()[0]
        return format_html(
            '<span title="{}">{}</span>', obj.error, first if len(first) <= 90 else first[:89] + "…"
        )

    @admin.action(description="Re-run the selected imports", permissions=["upload"])
    def rerun(self, request: HttpRequest, queryset: QuerySet[ImportRun]) -> None:
        queued = 0
        for run in queryset:
            try:
                import_run_retry(run=run)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.WARNING)
                continue
            queued += 1
        if queued:
            self.message_user(
                request,
                f"{queued} import(s) queued again; their outcome appears below.",
                messages.SUCCESS,
            )

    def get_urls(self) -> list:
        upload = path(
            "upload/",
            self.admin_site.admin_view(self.upload_view),
            name="initiatives_importrun_upload",
        )
        return [upload, *super().get_urls()]

    def has_upload_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("initiatives.add_importrun")

    def upload_view(self, request: HttpRequest) -> HttpResponse:
        if not self.has_upload_permission(request):
            raise PermissionDenied
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            stored = uploads_enqueue(files=form.cleaned_data["files"])
            self.message_user(
                request,
                f"{len(stored)} document(s) queued for import; their outcome appears below.",
                messages.SUCCESS,
            )
            return redirect("admin:initiatives_importrun_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": "Import documents",
            "form": form,
            "opts": self.model._meta,
        }
        return render(request, "admin/initiatives/importrun/upload.html", context)

    def changelist_view(
        self, request: HttpRequest, extra_context: dict | None = None
    ) -> HttpResponse:
        extra_context = {**(extra_context or {}), "can_upload": self.has_upload_permission(request)}
        return super().changelist_view(request, extra_context)
