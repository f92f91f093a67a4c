"""Sign-in pages: sign-up and a throttled password reset. Following lives in notifications."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import PasswordResetView
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from accounts.forms import SignUpForm
from accounts.throttle import PASSWORD_RESET_LIMIT, PASSWORD_RESET_WINDOW, throttle_hit


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
        return redirect("notifications:preferences")
    return render(request, "registration/signup.html", {"form": form})


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
