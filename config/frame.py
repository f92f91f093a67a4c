"""The site's frame (base.html's head links, header and footer), drawn once per process.

base.html drew the same ten links, three static files and the feed links on every page,
asking the resolver, the static manifest and the user's permissions each time: about half
a millisecond a request, as much as a detail page's whole SQL. What they show depends only
on the settings, the URL configuration, which page it is (the current link in the nav) and
who reads it (anonymous, signed in, staff, staff who triage), so each piece is drawn once
for each of those and kept. The templates in templates/frame/ see only those values, never
the request or the user, so a kept piece cannot carry one reader's data to another; the
one per-request part, the sign-out form's CSRF token, is put in when the piece is served.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.defaulttags import CsrfTokenNode
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from initiatives.drawn import CSRF_STAND_IN, CSRF_STAND_IN_INPUT, Kept
from initiatives.links import here

register = template.Library()

# (piece, page's URL name, reader, URL configuration…) -> the piece's HTML. Four pieces,
# for each page that names itself in the nav and four kinds of reader: a few hundred at
# most, bounded all the same (a URL configuration or a prefix changed at run time).
FRAME_PIECES_KEPT = 512
_kept: Kept[str] = Kept(FRAME_PIECES_KEPT)


def _reader(request: object) -> tuple[bool, bool, bool]:
    """(signed in, staff, may triage): all of the user that the frame shows."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False, False, False
    staff = bool(user.is_staff)
    return True, staff, staff and user.has_perm("timeline.change_proposal")


@register.simple_tag(takes_context=True)
def frame(context: template.Context, piece: str) -> SafeString:
    """The piece of the frame drawn by templates/frame/<piece>.html for this page and
    reader, drawn once and then served from the process's memory."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    page = match.url_name if match is not None and piece == "header" else None
    reader = _reader(request) if piece == "header" else (False, False, False)
    key = (piece, page, reader, here(), settings.SITE_NAME)
    html = _kept.get(key)
    if html is None:
        signed_in, staff, triage = reader
        values = {
            "SITE_NAME": settings.SITE_NAME,
            "page": page,
            "signed_in": signed_in,
            "staff": staff,
            "triage": triage,
            "csrf_token": CSRF_STAND_IN,
        }
        html = _kept.put(key, get_template(f"frame/{piece}.html").render(values).rstrip("\n"))
    if CSRF_STAND_IN in html:
        html = html.replace(CSRF_STAND_IN_INPUT, CsrfTokenNode().render(context))
    return mark_safe(html)  # drawn by the Django engine, autoescaped


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs: object) -> None:
    if setting in {"ROOT_URLCONF", "FORCE_SCRIPT_NAME", "STATIC_URL", "STORAGES", "TEMPLATES"}:
        _kept.clear()
