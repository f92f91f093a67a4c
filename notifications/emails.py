"""Every email Docket sends: a subject, a text body and an HTML body from templates/emails/."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse


def absolute_url(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def make_message(
    name: str, to: str, context: dict[str, Any], headers: dict[str, str] | None = None
) -> EmailMultiAlternatives:
    context = {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "preferences_url": absolute_url(reverse("notifications:preferences")),
        **context,
    }
    subject = " ".join(render_to_string(f"emails/{name}-subject.txt", context).split())
    text = render_to_string(f"emails/{name}-body.txt", context)
    html = render_to_string(f"emails/{name}-body.html", context)
    message = EmailMultiAlternatives(subject, text, to=[to], headers=headers or {})
    message.attach_alternative(html, "text/html")
    return message


def unsubscribe_headers(unsubscribe_url: str) -> dict[str, str]:
    """RFC 2369 and RFC 8058: a mail client may unsubscribe with one POST, no sign-in."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def digest(to: str, context: dict[str, Any]) -> EmailMultiAlternatives:
    headers = unsubscribe_headers(context["unsubscribe_url"])
    return make_message("digest", to, context, headers)


def reminder(to: str, context: dict[str, Any]) -> EmailMultiAlternatives:
    headers = unsubscribe_headers(context["unsubscribe_url"])
    return make_message("reminder", to, context, headers)


def webhook_disabled(to: str, context: dict[str, Any]) -> EmailMultiAlternatives:
    return make_message("webhook-disabled", to, context)


def export_ready(to: str, context: dict[str, Any]) -> EmailMultiAlternatives:
    return make_message("export-ready", to, context)
