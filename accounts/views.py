"""Following, saved searches, preferences, sign-up and unsubscribe."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordResetView
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from accounts.forms import PreferencesForm, SavedSearchForm, SignUpForm
from accounts.models import FollowTarget
from accounts.services import (
    UNSUBSCRIBE_MAX_AGE,
    UnsubscribeLinkExpired,
    follow_create,
    follow_delete,
    profile_for,
    query_from_url,
    saved_search_create,
    saved_search_delete,
    unsubscribe,
    unsubscribe_token,
    unsubscribe_user,
)
from accounts.throttle import PASSWORD_RESET_LIMIT, PASSWORD_RESET_WINDOW, throttle_hit
from initiatives.models import Actor, CooperationArea, Initiative

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
    return HttpResponseRedirect(_next_url(request, reverse("accounts:following")))


@login_required
def following(request: HttpRequest) -> HttpResponse:
    follows = request.user.follows.select_related("initiative", "area", "actor")
    initial = {"query": query_from_url(request.GET.get("query", ""))}
    context = {
        "follows": follows,
        "saved_searches": request.user.saved_searches.all(),
        "form": SavedSearchForm(initial=initial),
    }
    return render(request, "accounts/following.html", context)


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
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, f"Saved “{search.name}”. You now follow it.")
            return redirect("accounts:following")
    context = {
        "follows": request.user.follows.select_related("initiative", "area", "actor"),
        "saved_searches": request.user.saved_searches.all(),
        "form": form,
    }
    return render(request, "accounts/following.html", context, status=400)


@login_required
@require_POST
def saved_search_remove(request: HttpRequest, pk: int) -> HttpResponse:
    if not saved_search_delete(user=request.user, pk=pk):
        raise Http404("No such saved search.")
    messages.success(request, "The saved search was deleted.")
    return redirect("accounts:following")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    profile = profile_for(request.user)
    form = PreferencesForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your email preferences were saved.")
        return redirect("accounts:preferences")
    return render(request, "accounts/preferences.html", {"form": form, "profile": profile})


def signup(request: HttpRequest) -> HttpResponse:
    if not settings.DOCKET_ALLOW_SIGNUP:
        raise Http404("Accounts are created by curators on this site.")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, "Welcome. Follow initiatives to hear when their promises fall due."
        )
        return redirect("accounts:preferences")
    return render(request, "registration/signup.html", {"form": form})


@csrf_exempt  # RFC 8058: mail clients POST without a session; the signed token authenticates.
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    try:
        user = unsubscribe_user(token)
    except UnsubscribeLinkExpired:
        return render(
            request,
            "accounts/unsubscribe_expired.html",
            {"days": UNSUBSCRIBE_MAX_AGE.days},
            status=410,
        )
    if user is None:
        return render(request, "accounts/unsubscribe_invalid.html", status=400)
    if request.method == "POST":
        unsubscribe(user=user)
        return render(request, "accounts/unsubscribed.html", {"email": user.email})
    return render(
        request,
        "accounts/unsubscribe_confirm.html",
        {"email": user.email, "token": unsubscribe_token(user)},
    )


class ThrottledPasswordResetView(PasswordResetView):
    """Django's reset form, limited per address and per email to PASSWORD_RESET_LIMIT
    requests an hour, so that it cannot be used to flood someone's inbox."""

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        email = request.POST.get("email", "")
        if throttle_hit(
            scope="password-reset",
            values=[f"ip:{request.META.get('REMOTE_ADDR', '')}", f"email:{email}"],
            limit=PASSWORD_RESET_LIMIT,
            window=PASSWORD_RESET_WINDOW,
        ):
            minutes = int(PASSWORD_RESET_WINDOW.total_seconds() // 60)
            return render(
                request,
                "registration/password_reset_throttled.html",
                {"minutes": minutes},
                status=429,
            )
        return super().post(request, *args, **kwargs)
