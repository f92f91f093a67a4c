"""The analyst's pages: dashboard, initiative list (filters, search, CSV), detail with its
timeline, source documents with highlighted evidence, and area and actor pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache, partial
from operator import attrgetter
from typing import Any

from django.db import connection
from django.db.models import (
    Count,
    F,
    Q,
    QuerySet,
    Value,
)
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import get_template
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from initiatives import statements
from initiatives.detail import kept_body, kept_page
from initiatives.drawn import KeptDrawings, KeptPages
from initiatives.filters import InitiativeFilter
from initiatives.highlight import segments
from initiatives.list_page import NOT_SHOWN, list_page
from initiatives.list_page import initiatives as _initiatives
from initiatives.models import (
    SUBQUERY_FENCE,
    Actor,
    ActorRole,
    CooperationArea,
    Document,
    Evidence,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    Status,
)
from initiatives.paging import (
    COUNT_CAP,
    EVERY_ROW,
    capped_page,
    keys_first,
    page_shown,
    read_rows,
    render_list,
)
from initiatives.redirects import follows_retired_slugs
from initiatives.statements import id_stand_ins, ids_given, stand_ins_replaced
from initiatives.summary import status_summary
from timeline.chart import chart_actions, layout_chart
from timeline.chart_drawn import drawn_chart
from timeline.delivery import SEGMENTS, DeliveryRecord
from timeline.models import (
    DUE_SOON_DAYS,
    OPEN_STATUSES,
    FollowUpAction,
    Milestone,
    due_within_q,
    overdue_q,
    pending_for_place,
    pending_place,
)
from timeline.rows import ACTION_COLUMNS, ACTION_FIELDS, action_from_row
from timeline.sources import source_events, sources, state_reports
from timeline.summary import dashboard_delivery
from timeline.timeline import build_timeline

DASHBOARD_LIST_SIZE = 8
# A compiled statement: its SQL and parameters.
Statement = tuple[str, tuple[Any, ...]]
DUE_WINDOWS_DAYS = (DUE_SOON_DAYS, 90)
# An initiative page lists at most this many milestones and this many actions (the earliest
# due first); the rest are one link away, on the paginated deliverables page.
DETAIL_FACTS_SHOWN = 100
# What the list shows of each row's areas (the rest is read if asked for).
AREA_SHOWN = ["id", "slug", "name"]
# A document's bulky columns, left out wherever only its title and dates are shown.
DOCUMENT_BULK = ("text", "set_aside", "warnings")


@lru_cache(maxsize=32)
def _areas_statement(count: int) -> Statement:
    """The area links of `count` initiatives, in the areas' order, as (initiative id, area
    id, slug, name): compiled once per number of rows (`initiatives.statements`)."""
    links = InitiativeArea.objects.filter(initiative_id__in=id_stand_ins(count))
    return links.values_list(
        "initiative_id", "area_id", "area__slug", "area__name"
    ).query.sql_with_params()


def with_areas(rows: list[Initiative]) -> None:
    """Each row's areas, ``row.areas_shown``, in one query of plain rows and an object per
    area shown (its id, slug and name). A prefetch built a link and an area object per
    link, and a queryset per row: a tenth of the list page's time."""
    shown: dict[int, list[CooperationArea]] = {row.pk: [] for row in rows}
    for row in rows:
        row.areas_shown = shown[row.pk]
    if not rows:
        return
    sql, params = _areas_statement(len(shown))
    areas: dict[int, CooperationArea] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, stand_ins_replaced(params, ids_given(shown)))
        for initiative_id, *area in cursor.fetchall():
            if area[0] not in areas:
                areas[area[0]] = CooperationArea.from_db(connection.alias, AREA_SHOWN, area)
            shown[initiative_id].append(areas[area[0]])


def _due_windows(today: dt.date) -> dict[str, Q]:
    return {
        "overdue": overdue_q(today),
        **{f"next{days}": due_within_q(today, days) for days in DUE_WINDOWS_DAYS},
    }


@lru_cache(maxsize=4)
def _due_statement(today: dt.date, *, cap: int, size: int) -> Statement:
    """The dashboard's statement about pending actions, compiled once a day: it depends on
    nothing but the day (and the constants passed). Compiling it was most of the
    dashboard's Python (4-5 ms a view, of nine ordered parts and three capped ones).

    The pending actions per window, each counted up to ``cap`` + 1 (so half a million
    overdue actions are never all counted), joined to the ids of the ``size`` actions due
    first in each window: one index range scan per window and open status, merged in
    Python (a plain ``status IN (...) ORDER BY due_latest`` sorts every matching row,
    half a million of them on a large database). Every row carries the counts; with no
    pending action, one row has them. (Reading the actions' columns in the same
    statement, joined to their initiatives and owners, cost PostgreSQL more to plan than
    a second query does.)"""
    windows = _due_windows(today)
    pending = FollowUpAction.objects.pending().order_by()
    counted = [
        pending.filter(window).values_list("pk")[: cap + 1].query.sql_with_params()
        for window in windows.values()
    ]
    # Django compiled each part; their values stay parameters.
    each = [f"(SELECT COUNT(*) FROM ({sql}) AS w{n})" for n, (sql, _) in enumerate(counted)]  # noqa: S608
    parts = [
        FollowUpAction.objects.filter(window, status=status)
        .annotate(window=Value(key))
        .order_by("due_latest", "pk")
        .values_list("window", "due_latest", "pk")[:size]
        for key, window in windows.items()
        for status in OPEN_STATUSES
    ]
    firsts, firsts_params = parts[0].union(*parts[1:], all=True).query.sql_with_params()
    sql = f"SELECT {', '.join(each)}, firsts.* FROM ({firsts}) AS firsts RIGHT JOIN (SELECT 1) AS one ON TRUE"  # noqa: S608
    return sql, (*(p for _, params in counted for p in params), *firsts_params)


def _due(today: dt.date) -> tuple[dict[str, int], dict[str, list[tuple[Any, ...]]]]:
    """Pending actions per window (each counted up to COUNT_CAP + 1), and the first due
    in each, as rows of ACTION_COLUMNS (with their initiatives' and owners' columns; made
    actions by `action_from_row` only when the dashboard's body is drawn). On PostgreSQL
    two queries whatever the rows: the counts with the first ids (`_due_statement`), then
    those actions."""
    windows = _due_windows(today)
    if not connection.features.supports_slicing_ordering_in_compound:
        actions = FollowUpAction.objects.select_related("initiative", "owner").defer(
            "initiative__search_vector",
            "initiative__rank_vector",
            "initiative__summary",
            "initiative__curated_fields",
        )
        pending = FollowUpAction.objects.pending().order_by()
        counts = pending.aggregate(**{k: Count("pk", filter=w) for k, w in windows.items()})
        firsts = {
            key: [
                _action_shown(action)
                for action in actions.filter(window).order_by("due_latest", "pk")[
                    :DASHBOARD_LIST_SIZE
                ]
            ]
            for key, window in windows.items()
        }
        return counts, firsts
    sql, params = _due_statement(today, cap=COUNT_CAP, size=DASHBOARD_LIST_SIZE)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    counts = dict(zip(windows, found[0][: len(windows)], strict=True))
    first_ids = {
        key: [
            pk
            for _, pk in sorted((due, pk) for *_, k, due, pk in found if k == key)[
                :DASHBOARD_LIST_SIZE
            ]
        ]
        for key in windows
    }
    # What the dashboard shows of them, as plain rows made actions (`timeline.rows`).
    ids = list(dict.fromkeys(pk for pks in first_ids.values() for pk in pks))  # due in 30 and 90
    rows = _actions_shown(len(ids)).values(ids_given(ids)) if ids else []
    by_pk = {row[0]: tuple(row) for row in rows}
    return counts, {key: [by_pk[pk] for pk in pks if pk in by_pk] for key, pks in first_ids.items()}


@lru_cache(maxsize=3 * DASHBOARD_LIST_SIZE + 1)
def _actions_shown(count: int) -> statements.Statement:
    """The dashboard's first due actions, as ACTION_COLUMNS, compiled once per number."""
    return statements.Statement(
        lambda: FollowUpAction.objects.filter(pk__in=id_stand_ins(count)).values_list(
            *ACTION_COLUMNS
        )
    )


# The dashboard's areas and its latest changed initiatives, compiled once.
_AREAS = statements.Statement(lambda: CooperationArea.objects.all())
_RECENT = statements.Statement(
    lambda: Initiative.objects.only("slug", "title", "status", "updated_at").order_by(
        "-updated_at"
    )[:DASHBOARD_LIST_SIZE]
)


def status_area_counts(
    areas: list[CooperationArea], cells: dict[tuple[int, str], int]
) -> list[dict[str, Any]]:
    """Initiatives by status and area, a row per status, from the kept summary's cells."""
    return [
        {
            "status": value,
            "label": label,
            "cells": [{"area": a, "count": cells.get((a.pk, value), 0)} for a in areas],
        }
        for value, label in Status.choices
    ]


def dashboard(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    due_counts, first_due = _due(today)
    summary = status_summary()
    areas = _AREAS.instances({})
    recent = _RECENT.instances({})
    record, by_area = dashboard_delivery(today=today)
    # What the body shows, each value as read (`_dashboard_body`).
    shown = (
        today,
        tuple(sorted(due_counts.items())),
        tuple((key, tuple(rows)) for key, rows in first_due.items()),
        tuple(sorted(summary.by_status.items())),
        tuple(sorted(summary.cells.items())),
        tuple((a.pk, a.slug, a.name) for a in areas),
        tuple((i.pk, i.slug, i.title, i.status, i.updated_at) for i in recent),
        record,
        tuple(sorted(by_area.items())),
    )

    def context() -> dict[str, Any]:
        status_counts, cells = summary.by_status, summary.cells
        return {
            "today": today,
            "status_counts": [
                {"value": v, "label": label, "count": status_counts.get(v, 0)}
                for v, label in Status.choices
            ],
            "total": sum(status_counts.values()),
            "due": [
                {
                    "key": key,
                    "title": title,
                    "count": due_counts[key],
                    "count_display": (
                        f"{COUNT_CAP}+" if due_counts[key] > COUNT_CAP else due_counts[key]
                    ),
                    "actions": [action_from_row(row, connection.alias) for row in first_due[key]],
                    "link": link,
                }
                for key, title, link in (
                    ("overdue", "Overdue", "window=overdue"),
                    ("next30", "Due in the next 30 days", "window=next30"),
                    ("next90", "Due in the next 90 days", "window=next90"),
                )
            ],
            "recent": recent,
            "areas": areas,
            "matrix": status_area_counts(areas, cells),
            "record": record,
            "area_records": [
                {"area": area, "record": by_area.get(area.pk, DeliveryRecord())} for area in areas
            ],
            "segments": SEGMENTS,
        }

    def draw() -> HttpResponse:
        body = _dashboards.kept(
            shown,
            lambda: get_template("initiatives/_dashboard.html", using="jinja2").render(context()),
        )
        return render(request, "initiatives/dashboard.html", {"body": body})

    # For a visitor the whole page is kept under what its body shows: the frame around it
    # shows only that the reader is not signed in.
    return _dashboard_pages.page(request, shown, draw)


# The dashboard's body (templates/jinja2/initiatives/_dashboard.html), kept drawn by each
# process while what it shows is what it was drawn from (`initiatives.drawn`): it shows
# nothing of the reader, and its drawing (about 1,500 template steps) was most of the
# dashboard's Python. What it shows is still read on every view (the same queries).
_dashboards = KeptDrawings(size=8)
# Whole dashboards as a visitor gets them (`initiatives.drawn.KeptPages`), some 40 KB each.
_dashboard_pages = KeptPages(size=8)


def _action_shown(action: FollowUpAction) -> tuple[Any, ...]:
    """What the dashboard shows of an action: its ACTION_COLUMNS, as a row of them."""
    owner = action.owner
    return (
        *(getattr(action, name) for name in ACTION_FIELDS),
        action.initiative.title,
        action.initiative.slug,
        None if owner is None else owner.name,
        None if owner is None else owner.slug,
    )


def initiative_list(request: HttpRequest) -> HttpResponse:
    filterset = InitiativeFilter(data=request.GET, queryset=_initiatives(), request=request)
    page = list_page(filterset, request.GET)
    with_areas(page.rows)
    query = filterset.query_text
    rows_shown = (query, tuple(map(_row_shown, page.rows)))
    rows_drawn = _list_rows.kept(
        rows_shown,
        lambda: get_template("initiatives/_rows.html", using="jinja2").render(
            {"rows": page.rows, "query": query}
        ),
    )
    follow_area = _single_area(filterset, page.rows)
    context = {
        "filter": filterset,
        "page": page,
        "rows_drawn": rows_drawn,
        "today": filterset.today,
        "follow_area": follow_area,
    }
    # What the page's own part shows besides its address (`_list.html`): the filter form
    # (its kind: filters and choices; its values and errors come from the address), the
    # count and the pager, the rows, and the area to follow. None when the form's kind is
    # not known (drawn each time).
    kind = filterset.form_kind
    part_shown = None
    if kind is not None:
        part_shown = (
            kind,
            filterset.today,
            filterset.has_errors,
            page_shown(page),
            rows_shown,
            None if follow_area is None else (follow_area.pk, follow_area.name),
        )
    return render_list(
        request,
        page_template="initiatives/list.html",
        results_template="initiatives/_results.html",
        results_using="jinja2",
        context=context,
        # The filter form is drawn only for a whole page (an htmx answer is the results).
        page_part=lambda: get_template("initiatives/_list.html", using="jinja2").render(
            {**context, "filters_drawn": _filters_drawn(request, filterset)}, request=request
        ),
        kept=_list_pages,
        part_shown=part_shown,
    )


def _filters_drawn(request: HttpRequest, filterset: InitiativeFilter) -> SafeString:
    """The list's filter form (templates/jinja2/initiatives/_filters.html), kept drawn by
    each process (`initiatives.drawn`) under the form's kind (its filters and the choices
    read for this request: `DatedFilterSet._kind`) and the page's address, which holds
    every value the form shows, so its errors too. Drawn only for a whole page (the
    template calls it: an htmx answer is the results alone)."""
    action = reverse("initiatives:list")

    def draw() -> str:
        return get_template("initiatives/_filters.html", using="jinja2").render(
            {"filter": filterset, "action": action, "form_label": FILTERS_LABEL},
            request=request,
        )

    kind = filterset.form_kind
    if kind is None:
        return mark_safe(draw())  # escaped by Jinja2
    return _filter_forms.kept((kind, action, request.get_full_path()), draw)


# Whole list pages as a reader who is not signed in gets them, kept under their own part
# (the form, the results) drawn: the frame around it, Django's base.html and its pieces,
# was a fifth of the unfiltered list's Python. Some 60 KB each, the part and the page.
_list_pages = KeptPages(size=64)
FILTERS_LABEL = "Filter initiatives"
# Filter forms kept drawn (`_filters_drawn`): some 30 KB each, the actors' and sectors'
# options among them.
_filter_forms = KeptDrawings(size=128)
# Pages of the list's rows (templates/jinja2/initiatives/_rows.html), kept drawn by each
# process under what they show and the words searched (`initiatives.drawn`): drawing 25
# rows, their titles and summaries marked, was the largest part of the list's Python.
_list_rows = KeptDrawings(size=256)
# What a row of the list and the initiative page's header (config/initiative_head.py)
# both show of an initiative: its address, title, status, decision date (the `decided`
# part of templates/jinja2/_parts.html), venue and verification.
HEADLINE_SHOWN = (
    "pk",
    "slug",
    "title",
    "status",
    "decided_on",
    "decided_on_precision",
    "decided_on_year_inferred",
    "venue",
    "verified",
)
# What a row of the list shows of its initiative (besides its areas).
ROW_SHOWN = (*HEADLINE_SHOWN, "overdue_count", "summary")


_row_values = attrgetter(*ROW_SHOWN)  # one call a row, not a generator's twelve steps


def _row_shown(row: Initiative) -> tuple[Any, ...]:
    return (
        *_row_values(row),
        tuple((area.slug, area.name) for area in row.areas_shown),
    )


def _single_area(filterset: InitiativeFilter, rows: list[Initiative]) -> CooperationArea | None:
    """The area the list is filtered to, if exactly one, taken from the rows' areas (no
    extra query), so that the page can offer to follow it."""
    chosen = filterset.cleaned.get("area") or []
    if len(chosen) != 1 or not rows:
        return None
    return next((area for area in rows[0].areas_shown if area.slug in chosen), None)


# The initiative page's statements, compiled once (see statements.Statement): building and
# compiling its ten small queries was a third of the page's Python.
_ANY_ID = id_stand_ins(1)[0]
_ANY_SLUG = "\x00slug"
_DETAIL_INITIATIVE = statements.Statement(lambda: _initiatives().filter(slug=_ANY_SLUG))
_DETAIL_ACTORS = statements.Statement(
    lambda: InitiativeActor.objects.filter(initiative=_ANY_ID).select_related("actor", "evidence")
)
_DETAIL_AREAS = statements.Statement(
    lambda: InitiativeArea.objects.filter(initiative=_ANY_ID).select_related("area", "evidence")
)
_DETAIL_SECTORS = statements.Statement(
    lambda: InitiativeSector.objects.filter(initiative=_ANY_ID).select_related("sector")
)
_DETAIL_DOCUMENTS = statements.Statement(
    lambda: Document.objects.filter(initiative=_ANY_ID).defer(*DOCUMENT_BULK)
)
_DETAIL_PROPOSALS = statements.Statement(lambda: pending_for_place().filter(initiative=_ANY_ID))


def _detail_milestones(initiative_id: int = _ANY_ID) -> QuerySet[Milestone]:
    return _with_evidence_document(Milestone.objects.filter(initiative=initiative_id)).order_by(
        F("date").asc(nulls_last=True), F("window_start").asc(nulls_last=True), "pk"
    )


def _detail_actions(initiative_id: int = _ANY_ID) -> QuerySet[FollowUpAction]:
    return _with_evidence_document(
        FollowUpAction.objects.filter(initiative=initiative_id).select_related("owner")
    ).order_by(F("due_latest").asc(nulls_last=True), "pk")


_DETAIL_MILESTONES = statements.Statement(lambda: _detail_milestones()[: DETAIL_FACTS_SHOWN + 1])
_DETAIL_ACTIONS = statements.Statement(lambda: _detail_actions()[: DETAIL_FACTS_SHOWN + 1])


@follows_retired_slugs("initiatives:detail")
def initiative_detail(request: HttpRequest, slug: str) -> HttpResponse:
    found = _detail_found(request, slug)
    if not found:
        raise Http404("No initiative at this address.")
    pk, version, today = _detail_shown(request, slug)  # type: ignore[misc]
    return kept_page(
        request,
        pk=pk,
        version=version,
        today=today,
        draw=lambda: _detail_page(request, _DETAIL_INITIATIVE.instances_of(found)[0], today),
        check=partial(_detail_shown, slug=slug),
    )


def _detail_found(request: HttpRequest, slug: str) -> list[tuple[Any, ...]]:
    """The initiative's row, read plainly (a kept page needs only its id and version, a
    drawn one the initiative, made from the same row), once a request: a visitor's kept
    answer is checked with it (`_detail_shown`) before the view runs."""
    read = request.__dict__.get("_detail_found")
    if read is None or read[0] != slug:
        read = (slug, _DETAIL_INITIATIVE.plain({_ANY_SLUG: slug}))
        request._detail_found = read  # type: ignore[attr-defined]
    return read[1]


def _detail_shown(request: HttpRequest, slug: str) -> tuple[int, int, dt.date] | None:
    """What the initiative page at ``slug`` is drawn from besides its reader: the
    initiative's id and `page_version`, and the day. None if there is no such page."""
    found = _detail_found(request, slug)
    if not found:
        return None
    row = found[0]
    return (
        row[_DETAIL_INITIATIVE.position("id")],
        row[_DETAIL_INITIATIVE.position("page_version")],
        timezone.localdate(),
    )


def _detail_page(request: HttpRequest, initiative: Initiative, today: dt.date) -> HttpResponse:
    body = kept_body(
        initiative,
        today=today,
        draw=lambda: get_template("initiatives/_detail.html", using="jinja2").render(
            _detail_body(initiative, today), request=request
        ),
    )
    return render(
        request,
        "initiatives/detail.html",
        {
            "initiative": initiative,
            "today": today,
            "body": body,
            "feeds": _detail_feeds.kept(
                (initiative.title, initiative.slug),
                lambda: get_template("initiatives/_detail_feeds.html", using="jinja2").render(
                    {"initiative": initiative}, request=request
                ),
            ),
        },
    )


# The initiative page's feed links, kept drawn: drawing them through Jinja2
# (inside Django's template, by the `jinja` tag) was a third of the kept page's Python.
_detail_feeds = KeptDrawings(size=512)


def _detail_body(initiative: Initiative, today: dt.date) -> dict[str, Any]:
    """What the initiative page shows below its header (templates/jinja2/initiatives/
    _detail.html): the same for every reader, so kept drawn (`kept_body`)."""
    given, own = {_ANY_ID: initiative.pk}, {"initiative": initiative}
    by_role: dict[str, list[InitiativeActor]] = {}
    for link in _DETAIL_ACTORS.instances(given, known=own):
        by_role.setdefault(link.role, []).append(link)
    roles = [
        {"label": label, "links": by_role[value]}
        for value, label in ActorRole.choices
        if value in by_role
    ]
    areas = _DETAIL_AREAS.instances(given, known=own)
    sectors = _DETAIL_SECTORS.instances(given, known=own)
    documents = _DETAIL_DOCUMENTS.instances(given, known=own)
    initiative.pending_proposals = _DETAIL_PROPOSALS.instances(given, known=own)  # type: ignore[attr-defined]
    milestones, more_milestones = _shown(
        _DETAIL_MILESTONES.instances(given, known=own),
        lambda: _detail_milestones(initiative.pk),
    )
    actions, more_actions = _shown(
        _DETAIL_ACTIONS.instances(given, known=own),
        lambda: _detail_actions(initiative.pk),
    )
    pending_place(initiative, actions)
    events = source_events(initiative.pk)
    timeline = build_timeline(
        milestones=milestones,
        actions=actions,
        today=today,
        reports=state_reports(documents, events, actions),
    )
    record = FollowUpAction.objects.one_delivery_record(
        by="initiative", pk=initiative.pk, today=today
    )
    return {
        "initiative": initiative,
        "roles": roles,
        "areas": areas,
        "sectors": sectors,
        "timeline": timeline,
        "more_milestones": more_milestones,
        "more_actions": more_actions,
        "record": record,
        "sources": sources(documents, events),
        "chart": layout_chart(actions=actions, milestones=milestones, today=today, by="owner"),
    }


def _with_evidence_document(queryset: QuerySet) -> QuerySet:
    """Facts with their quote and the document it is from, without the document's text."""
    return queryset.select_related("evidence__document").defer(
        *(f"evidence__document__{name}" for name in DOCUMENT_BULK)
    )


def _shown(rows: list[Any], facts: Callable[[], QuerySet]) -> tuple[list[Any], int]:
    """The first DETAIL_FACTS_SHOWN of ``rows`` (read up to one more), and how many more
    ``facts`` there are: a count only when there are more."""
    if len(rows) <= DETAIL_FACTS_SHOWN:
        return rows, 0
    return rows[:DETAIL_FACTS_SHOWN], facts().order_by().count() - DETAIL_FACTS_SHOWN


def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document.objects.select_related("initiative"), pk=pk)
    evidence = list(Evidence.objects.filter(document=document).only("pk", "start", "end"))
    set_aside = document.set_aside if isinstance(document.set_aside, list) else []
    return render(
        request,
        "initiatives/document.html",
        {
            "document": document,
            "segments": segments(document.text, evidence, set_aside),
            "evidence_count": len(evidence),
            "set_aside": [s for s in set_aside if isinstance(s, dict)],
        },
    )


# Numbered pages of an area's or actor's initiatives kept compiled, each (first, last).
PAGES_KEPT = 64
# The initiative an area's or actor's link, or an actor's action, points to is shown by
# its title, address, status and decision date: its vectors, summary and what the list
# never shows are not read (at 25 + 16 rows, a tsvector, a JSON list and three datetimes
# decoded a row), save `updated_at`, which the links are ordered by (and a cursor keyed).
_LINKED_NOT_SHOWN = tuple(
    f"initiative__{name}"
    for name in ("search_vector", "rank_vector", "summary", *NOT_SHOWN)
    if name != "updated_at"
)
# The area page's statements and the actor's chart, compiled once (statements.Statement).
_AREA = statements.Statement(lambda: CooperationArea.objects.filter(slug=_ANY_SLUG))
_AREA_CHART = statements.Statement(
    lambda: chart_actions(FollowUpAction.objects.filter(initiative__area_links__area=_ANY_ID))
)
_ACTOR_CHART = statements.Statement(
    lambda: chart_actions(FollowUpAction.objects.filter(owner=_ANY_ID))
)


def _area_links(area_id: int) -> QuerySet[InitiativeArea]:
    return (
        InitiativeArea.objects.filter(area=area_id)
        .select_related("initiative", "evidence")
        .defer(*_LINKED_NOT_SHOWN)
        .order_by("-initiative__updated_at", "pk")
    )


@lru_cache(maxsize=PAGES_KEPT)
def _area_page(start: int, stop: int) -> statements.Statement:
    return statements.Statement(lambda: _area_links(_ANY_ID)[start:stop])


def _area_rows(
    area_id: int, links: QuerySet, start: int, stop: int, ranges: list[Q]
) -> list[InitiativeArea]:
    """A numbered page of the area's links, from a statement compiled once per page; a
    cursor's page as the pager reads it."""
    if ranges != EVERY_ROW:
        return read_rows(links, start, stop, ranges)
    return _area_page(start, stop).instances({_ANY_ID: area_id})


def area_detail(request: HttpRequest, slug: str) -> HttpResponse:
    found = _AREA.instances({_ANY_SLUG: slug})
    if not found:
        raise Http404("No cooperation area at this address.")
    area = found[0]
    page = capped_page(_area_links(area.pk), request.GET, fetch=partial(_area_rows, area.pk))
    today = timezone.localdate()
    chart = drawn_chart(_AREA_CHART.values({_ANY_ID: area.pk}), today=today, db=connection.alias)
    return render(request, "initiatives/area.html", {"area": area, "page": page, "chart": chart})


# The actor page's own statements, compiled once (see statements.Statement).
_ACTOR = statements.Statement(lambda: Actor.objects.filter(slug=_ANY_SLUG))
_ACTOR_ACTIONS = statements.Statement(
    lambda: (
        FollowUpAction.objects.pending()
        .filter(owner=_ANY_ID)
        .select_related("initiative")
        # Nor the action's own timestamps: the list shows its due window and state.
        .defer("created_at", "updated_at", *_LINKED_NOT_SHOWN)[: DASHBOARD_LIST_SIZE * 2]
    )
)


def _actor_links(actor_id: int) -> QuerySet[InitiativeActor]:
    return (
        InitiativeActor.objects.filter(actor=actor_id)
        .select_related("initiative")
        .defer(*_LINKED_NOT_SHOWN)
        .order_by("-initiative__updated_at", "pk")
    )


def _actor_fence(actor_id: int) -> QuerySet[InitiativeActor]:
    """An actor in few initiatives: its links are read first and sorted, rather than the
    initiatives walked newest first until 25 of the actor's turn up (21,000 of them for
    an actor in 1% of 100,000). (Unordered: the links' default order joined the actors
    and sorted them, a third of the page's SQL, for a fence that keeps every link.)"""
    return InitiativeActor.objects.filter(actor=actor_id).order_by().values("pk")[:SUBQUERY_FENCE]


@lru_cache(maxsize=PAGES_KEPT)
def _actor_page(start: int, stop: int, *, fenced: bool) -> statements.Statement:
    def build() -> QuerySet[InitiativeActor]:
        links = _actor_links(_ANY_ID)
        keys = links.filter(pk__in=_actor_fence(_ANY_ID)) if fenced else links
        return links.filter(pk__in=keys.values("pk")[start:stop])

    return statements.Statement(build)


def _actor_rows(
    actor_id: int, links: QuerySet, keys: QuerySet, start: int, stop: int, ranges: list[Q]
) -> list[InitiativeActor]:
    """The page's keys are read first, from indexes alone (`actor_link_initiative`,
    `initiative_id_updated`), then its 25 rows (without the fence): `keys_first`, from a
    statement compiled once per numbered page (``keys`` is the fenced ``links`` when the
    pager found few)."""
    if ranges != EVERY_ROW:
        return keys_first(keys, start, stop, ranges, rows=links)
    fenced = keys is not links
    return _actor_page(start, stop, fenced=fenced).instances({_ANY_ID: actor_id})


def actor_detail(request: HttpRequest, slug: str) -> HttpResponse:
    found = _ACTOR.instances({_ANY_SLUG: slug})
    if not found:
        raise Http404("No actor at this address.")
    actor = found[0]
    today = timezone.localdate()
    links = _actor_links(actor.pk)
    page = capped_page(
        links,
        request.GET,
        when_few=lambda rows: rows.filter(pk__in=_actor_fence(actor.pk)),
        fetch=partial(_actor_rows, actor.pk, links),
    )
    actions = _ACTOR_ACTIONS.instances({_ANY_ID: actor.pk}, known={"owner": actor})
    record = FollowUpAction.objects.one_delivery_record(by="owner", pk=actor.pk, today=today)
    chart = drawn_chart(_ACTOR_CHART.values({_ANY_ID: actor.pk}), today=today, db=connection.alias)
    return render(
        request,
        "initiatives/actor.html",
        {
            "actor": actor,
            "page": page,
            "actions": actions,
            "today": today,
            "record": record,
            "chart": chart,
        },
    )
