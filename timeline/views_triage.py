"""Triage, for curators: pending proposals and possible matches, by initiative."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import groupby
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from initiatives.imports import document_match_resolve
from initiatives.models import Document, DocumentMatch, Initiative, Status
from timeline.models import EventVia, Proposal, ProposalKind, ProposalState
from timeline.proposals_apply import (
    proposal_apply,
    proposal_reject,
    proposal_undo,
    proposals_accept_document,
)

# How many applied proposals stay on the page, undoable, newest first.
RECENTLY_APPLIED = 50


def curators_only(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    return login_required(
        permission_required("timeline.change_proposal", raise_exception=True)(view)
    )


@curators_only
def triage(request: HttpRequest) -> HttpResponse:
    pending = list(Proposal.objects.for_triage())
    groups = [
        {"initiative": initiative, "proposals": list(items)}
        for initiative, items in groupby(pending, key=lambda p: p.initiative)
    ]
    applied = (
        Proposal.objects.filter(state=ProposalState.APPLIED)
        .select_related("initiative", "document", "evidence")
        .order_by("-decided_at", "-pk")[:RECENTLY_APPLIED]
    )
    matches = (
        DocumentMatch.objects.filter(decision="review", resolved_at__isnull=True)
        .select_related("document")
        .order_by("created_at", "pk")
    )
    return render(
        request,
        "timeline/triage.html",
        {
            "groups": groups,
            "applied": applied,
            "matches": matches,
            "statuses": Status.choices,
            "kinds": ProposalKind,
        },
    )


def _edited_value(proposal: Proposal, post: Any) -> dict[str, Any]:
    """A curator's edit of the proposed value, checked."""
    edits: dict[str, Any] = {}
    for name in ("completed_on", "due_latest"):
        raw = post.get(name, "").strip()
        if raw:
            try:
                edits[name] = dt.date.fromisoformat(raw).isoformat()
            except ValueError as error:
                raise ValidationError(f"“{raw}” is not a date; write it as YYYY-MM-DD.") from error
    status = post.get("status", "").strip()
    if status:
        if status not in Status.values:
            raise ValidationError(f"“{status}” is not a status.")
        edits["status"] = status
    description = post.get("description", "").strip()
    if description:
        edits["description"] = description
    if "due_latest" in edits and proposal.value.get("due_earliest", "") > edits["due_latest"]:
        edits["due_earliest"] = edits["due_latest"]
    return edits


@require_POST
@curators_only
def proposal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(Proposal, pk=pk)
    verb = request.POST.get("verb")
    try:
        if verb == "accept":
            proposal_apply(
                proposal=proposal,
                via=EventVia.WEB,
                user=request.user,
                value=_edited_value(proposal, request.POST),
            )
            messages.success(request, f"Applied: {proposal.describe()}")
        elif verb == "reject":
            proposal_reject(proposal=proposal, user=request.user)
            messages.success(request, f"Rejected: {proposal.describe()}")
        elif verb == "undo":
            proposal_undo(proposal=proposal, via=EventVia.WEB, user=request.user)
            messages.success(request, f"Undone, and waiting again: {proposal.describe()}")
        else:
            messages.error(request, "Choose accept, reject or undo.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return HttpResponseRedirect(reverse("timeline:triage"))


@require_POST
@curators_only
def document_accept_all(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    try:
        count = proposals_accept_document(document=document, via=EventVia.WEB, user=request.user)
        messages.success(request, f"Applied {count} change(s) from “{document}”.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return HttpResponseRedirect(reverse("timeline:triage"))


@require_POST
@curators_only
def match_decide(request: HttpRequest, pk: int) -> HttpResponse:
    match = get_object_or_404(DocumentMatch, pk=pk)
    choice = request.POST.get("initiative", "")
    initiative = None
    if choice != "new":
        initiative = Initiative.objects.filter(pk=int(choice) if choice.isdigit() else 0).first()
        if initiative is None:
            messages.error(request, "Choose one of the initiatives, or a new initiative.")
            return HttpResponseRedirect(reverse("timeline:triage"))
    try:
        placed = document_match_resolve(match=match, initiative=initiative, user=request.user)
        messages.success(request, f"“{match.document}” is now a source of “{placed}”.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return HttpResponseRedirect(reverse("timeline:triage"))
