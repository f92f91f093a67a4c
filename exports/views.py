"""Your exports: ask for one, see where each stands, download what is ready."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from exports.kinds import KINDS
from exports.models import Export, ExportState
from exports.services import EXPORT_KEEP, export_request

EXPORTS_SHOWN = 50


@login_required
def exports(request: HttpRequest) -> HttpResponse:
    rows = Export.objects.filter(user=request.user)[:EXPORTS_SHOWN]
    labels = {kind: label for kind, (label, _, _) in KINDS.items()}
    return render(
        request,
        "exports/list.html",
        {"exports": rows, "labels": labels, "keep_days": EXPORT_KEEP.days},
    )


@login_required
@require_POST
def export_create(request: HttpRequest, kind: str) -> HttpResponse:
    try:
        export_request(
            user=request.user,
            kind=kind,
            query=request.POST.get("query", ""),
            today=timezone.localdate(),
        )
    except ValidationError as error:
        raise Http404(error.messages[0]) from error
    return redirect("exports:list")


@login_required
def export_download(request: HttpRequest, pk: int) -> FileResponse:
    """The file, to the person who asked for it and to staff: to anyone else it does not
    exist."""
    export = get_object_or_404(Export, pk=pk, state=ExportState.READY)
    if export.user_id != request.user.pk and not request.user.is_staff:
        raise Http404("No such export.")
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.filename,
        content_type="text/csv; charset=utf-8",
    )
