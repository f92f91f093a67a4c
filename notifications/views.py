"""Following, saved searches, preferences and unsubscribe."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import get_template
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from initiatives.drawn import (
    CSRF_STAND_IN,
    CSRF_STAND_IN_INPUT,
    KeptDrawings,
    ReadersPages,
    with_csrf,
)
from initiatives.keyset import ordering_keys
from initiatives.models import Actor, CooperationArea, Initiative
from initiatives.paging import (
    AFTER,
    BEFORE,
    COUNT_CAP,
    CappedPage,
    capped_count_sql,
    capped_page,
    numbered,
    page_scope,
    page_shown,
)
from initiatives.statements import Statement, id_stand_ins, stand_ins_replaced
from notifications.forms import PreferencesForm, SavedSearchForm
from notifications.models import (
    EventFilter,
    Follow,
    FollowRow,
    FollowTarget,
    Profile,
    SavedSearch,
    follow_rows,
)
from notifications.services import (
    UNSUBSCRIBE_MAX_AGE,
    UnsubscribeLinkExpired,
    follow_create,
    follow_delete,
    follow_set_events,
    profile_for,
    query_from_url,
    saved_search_create,
    saved_search_delete,
    saved_search_set_events,
    unsubscribe,
    unsubscribe_token,
    unsubscribe_user,
)
from timeline.models import DUE_SOON_DAYS

# Follows shown a page; a page of the initiative list is 25, but a follow is one line.
FOLLOWS_PER_PAGE = 50
# Pages of follows kept drawn by each process (`_rows_drawn`), some 60 KB each.
FOLLOW_PAGES_KEPT = 64
_follow_pages = KeptDrawings(FOLLOW_PAGES_KEPT)
TARGET_MODELS = {
    FollowTarget.INITIATIVE: Initiative,
    FollowTarget.AREA: CooperationArea,
    FollowTarget.ACTOR: Actor,
}


def _next_url(request: HttpRequest, default: str) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


@login_required
@require_POST
def follow(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    model = TARGET_MODELS.get(kind)
    if model is None:
        raise Http404("Nothing of that kind can be followed.")
    target = get_object_or_404(model, pk=pk)
    if request.POST.get("follow", "1") == "1":
        follow_create(user=request.user, target=target)
        messages.success(request, f"You now follow {target}.")
    else:
        follow_delete(user=request.user, target=target)
        messages.success(request, f"You no longer follow {target}.")
    return HttpResponseRedirect(_next_url(request, reverse("notifications:following")))


@login_required
@require_POST
def follow_events(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Choose which kinds of change a follow lets through."""
    model = TARGET_MODELS.get(kind)
    if model is None:
        raise Http404("Nothing of that kind can be followed.")
    target = get_object_or_404(model, pk=pk)
    events = request.POST.get("events", "")
    try:
        changed = follow_set_events(user=request.user, target=target, events=events)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if not changed:
            raise Http404("You do not follow this.")
        label = EventFilter(events).label.lower()
        messages.success(request, f"From {target}, you now hear about: {label}.")
    return HttpResponseRedirect(_next_url(request, reverse("notifications:following")))


@login_required
@require_POST
def saved_search_events(request: HttpRequest, pk: int) -> HttpResponse:
    events = request.POST.get("events", "")
    try:
        changed = saved_search_set_events(user=request.user, pk=pk, events=events)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if not changed:
            raise Http404("No such saved search.")
        label = EventFilter(events).label.lower()
        messages.success(request, f"From this saved search, you now hear about: {label}.")
    return redirect("notifications:following")


def _follow_rows(queryset: QuerySet, start: int, stop: int, ranges: list[Q]) -> list[FollowRow]:
    """The page's follows, keys first (from the index `follow_user_newest` alone), then
    their targets: joined whole, every follow's target was read to show 50. The order has
    no nulls, so a cursor's rows are one range (`keyset.seek_ranges`)."""
    keys = queryset.filter(*ranges).values("pk")[start:stop]
    return list(queryset.filter(pk__in=keys).shown())


def _rows_drawn(request: HttpRequest, rows: list[FollowRow], *, csrf: bool = True) -> SafeString:
    """The page's rows (templates/jinja2/notifications/_follow_rows.html), kept drawn
    (`initiatives.drawn`) under what they show and the page's address (where each form
    sends the reader back), with this request's CSRF input put in: fifty rows of two forms
    each were most of the page's Python, and they are the same from one view to the next
    until a follow changes, which changes the rows."""
    next_url = request.get_full_path()
    drawn = _follow_pages.kept(
        (tuple(rows), next_url),
        lambda: get_template("notifications/_follow_rows.html", using="jinja2").render(
            {
                "follows": rows,
                "event_choices": EventFilter.choices,
                "next": next_url,
                "csrf": CSRF_STAND_IN_INPUT,
            }
        ),
    )
    return with_csrf(drawn, request) if csrf else drawn


def _follows_page(user: Any, query: QueryDict) -> CappedPage:
    """A page of what ``user`` follows, newest first, with the list's pager: a thousand
    follows were a thousand rows of forms on one page (six times its SQL to draw). A
    numbered page is read with statements compiled once (`_FollowStatements`), as
    `capped_page` would read it; a cursor's page through `capped_page` itself."""
    if query.get(AFTER) or query.get(BEFORE):
        follows = Follow.objects.filter(user=user).newest_first()
        return capped_page(
            follows, query, per_page=FOLLOWS_PER_PAGE, fetch=_follow_rows, scope=SCOPE
        )
    return _follow_statements(connection.vendor).page(user.pk, query)


SCOPE = "following"
_ANY_USER = id_stand_ins(1)[0]


@lru_cache(maxsize=2)
def _follow_statements(vendor: str) -> _FollowStatements:
    return _FollowStatements()


class _FollowStatements:
    """/following/'s count and numbered pages, compiled once with a stand-in for the
    user (`initiatives.statements`): building and compiling them was a fifth of the
    page's Python. The SQL sent is `capped_page`'s, with `_follow_rows`' fetch."""

    def __init__(self) -> None:
        self.follows = Follow.objects.filter(user=_ANY_USER).newest_first()
        self.count = capped_count_sql(self.follows)
        self.keys = ordering_keys(self.follows)
        # One statement a numbered page: at most COUNT_CAP / FOLLOWS_PER_PAGE of them.
        self._pages: dict[tuple[int, int], Statement] = {}

    def page(self, user_id: int, query: QueryDict) -> CappedPage:
        given = {_ANY_USER: user_id}
        sql, params = self.count
        with connection.cursor() as cursor:
            cursor.execute(sql, stand_ins_replaced(params, given))
            found = cursor.fetchone()[0]
        page = CappedPage(
            rows=[], number=0, per_page=FOLLOWS_PER_PAGE, count=min(found, COUNT_CAP),
            capped=found > COUNT_CAP, query=query, keys=self.keys,
            scope=page_scope(SCOPE, self.keys),
        )  # fmt: skip

        def read(start: int, stop: int) -> list[FollowRow]:
            statement = self._pages.get((start, stop))
            if statement is None:
                keys = self.follows.values("pk")[start:stop]
                statement = Statement.of(self.follows.filter(pk__in=keys).shown_values())
                self._pages[start, stop] = statement
            return list(follow_rows(statement.values(given)))

        return numbered(page, first=None, read=read)


@login_required
def following(request: HttpRequest) -> HttpResponse:
    try:
        page = _follows_page(request.user, request.GET)
    except Http404:
        # Past the last page (its last row was unfollowed, and the form came back here):
        # the last page there is.
        if not request.GET.get("page", "").isdigit():
            raise
        query = request.GET.copy()
        query["page"] = "1"
        first = _follows_page(request.user, query)
        if int(request.GET["page"]) <= first.num_pages:
            raise
        return redirect(reverse("notifications:following") + first.url_for(first.num_pages))
    given = {_ANY_USER: request.user.pk}
    profile = _PROFILE.instances(given)
    initial = {
        "query": query_from_url(request.GET.get("query", "")),
        "events": (profile[0] if profile else profile_for(request.user)).default_events,
    }
    saved_searches = _SAVED_SEARCHES.instances(given)
    form_shown = (initial["query"], initial["events"])
    # What the page shows (`ReadersPages`): the reader's follows on this page and the
    # pager, their saved searches and the form's values.
    shown = (
        page_shown(page),
        tuple(page.rows),
        tuple((s.pk, s.name, s.query, s.events, s.feed_token) for s in saved_searches),
        form_shown,
    )

    def draw() -> HttpResponse:
        context = {
            "page": page,
            "rows_drawn": _rows_drawn(request, page.rows, csrf=False),
            "saved_searches": saved_searches,
            "form_drawn": _saved_search_forms.kept(
                form_shown, lambda: SavedSearchForm(initial=initial).as_p()
            ),
            "event_choices": EventFilter.choices,
            "csrf_token": CSRF_STAND_IN,  # the request's own is put in when served
        }
        return render(request, "notifications/following.html", context)

    return _following_pages.page(request, shown, draw)


# Whole /following/ pages as their readers get them (`initiatives.drawn.ReadersPages`):
# drawing the page around its kept rows (the frame, the saved searches, the form) was
# the largest part of its Python. Some 60 KB each.
_following_pages = ReadersPages(64)


# The reader's profile and saved searches, compiled once (`initiatives.statements`).
_PROFILE = Statement(lambda: Profile.objects.filter(user=_ANY_USER))
_SAVED_SEARCHES = Statement(lambda: SavedSearch.objects.filter(user=_ANY_USER))
# The empty "save a search" form, kept drawn under what it is filled with (a search
# given by ?query=, the reader's default events): some 1 KB each.
_saved_search_forms = KeptDrawings(64)


@login_required
@require_POST
def saved_search_add(request: HttpRequest) -> HttpResponse:
    form = SavedSearchForm(request.POST)
    if form.is_valid():
        try:
            search = saved_search_create(
                user=request.user,
                name=form.cleaned_data["name"],
                query=form.cleaned_data["query"],
                events=form.cleaned_data["events"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Saved “{search.name}”. You now follow it.")
            return redirect("notifications:following")
    page = _follows_page(request.user, QueryDict())
    context = {
        "page": page,
        "rows_drawn": _rows_drawn(request, page.rows),
        "saved_searches": request.user.saved_searches.all(),
        "form": form,
        "form_drawn": form.as_p(),
        "event_choices": EventFilter.choices,
    }
    return render(request, "notifications/following.html", context, status=400)


@login_required
@require_POST
def saved_search_remove(request: HttpRequest, pk: int) -> HttpResponse:
    if not saved_search_delete(user=request.user, pk=pk):
        raise Http404("No such saved search.")
    messages.success(request, "The saved search was deleted.")
    return redirect("notifications:following")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    profile = profile_for(request.user)
    form = PreferencesForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your email preferences were saved.")
        return redirect("notifications:preferences")
    return render(
        request,
        "notifications/preferences.html",
        {"form": form, "profile": profile, "due_soon_days": DUE_SOON_DAYS},
    )


@csrf_exempt  # RFC 8058: mail clients POST without a session; the signed token authenticates.
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user = unsubscribe_user(token)
    except UnsubscribeLinkExpired:
        return render(
            request,
            "notifications/unsubscribe_expired.html",
            {"days": UNSUBSCRIBE_MAX_AGE.days},
            status=410,
        )
    if user is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=400)
    if request.method == "POST":
        unsubscribe(user=user)
        return render(request, "notifications/unsubscribed.html", {"email": user.email})
    return render(
        request,
        "notifications/unsubscribe_confirm.html",
        {"email": user.email, "token": unsubscribe_token(user)},
    )
