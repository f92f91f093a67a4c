"""A CSV link on a page: streamed when small enough, otherwise offered to the export job."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from exports.kinds import KINDS, build
from initiatives.csvexport import csv_response


def site_base(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")[:-1]


def csv_download(request: HttpRequest, kind: str) -> HttpResponse:
    """Up to DOCKET_EXPORT_STREAM_ROWS rows are streamed at once (a capped count decides);
    beyond, a page offers to prepare the file in the background and email its link, so
    that no web worker is held for minutes."""
    export = build(kind, request.GET.urlencode(), base=site_base(request))
    limit = settings.DOCKET_EXPORT_STREAM_ROWS
    if export.queryset.order_by()[: limit + 1].count() <= limit:
        return csv_response(export)
    label, _, page = KINDS[kind]
    context = {"kind": kind, "label": label, "page": page, "query": request.GET.urlencode()}
    return render(request, "exports/too_big.html", {**context, "limit": limit})


def initiative_export(request: HttpRequest) -> HttpResponse:
    """The initiative list's rows, with its filters."""
    return csv_download(request, "initiatives")


def deliverables_export(request: HttpRequest) -> HttpResponse:
    """The deliverables page's actions, with its filters."""
    return csv_download(request, "deliverables")
