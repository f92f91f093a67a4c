"""What each process keeps in memory between requests, in one home: `Kept`, the latest
values used, each under its key, never more than its bound; and `KeptDrawings`, drawings
kept under everything they were drawn from.

A part of a page that shows nothing of its reader (the dashboard's body, a chart, a page
of the list's rows) is a function of the values it shows, the day, the language, the time
zone and the links' prefix. Its values are still read on every request; when they, and
the rest, are those of a kept drawing, the drawing is reused, and any change to them
draws it again. Nothing is kept across processes, so nothing needs invalidating: the key
is the whole of what is drawn from.

A drawing kept for every reader may hold forms: it is drawn with `CSRF_STAND_IN_INPUT`
for the CSRF input, and `with_csrf` puts the request's own in its place when it is served.

`KeptPages` keeps whole pages as a reader who is not signed in gets them: such a page
shows nothing of its reader (the frame and the follow buttons show only that they are
not signed in) but the messages waiting, and a page with messages is drawn each time.

`VisitorAnswers` keeps whole answers (the body and every header the middleware inside it
set) to visitors who send no cookie, each with the page's own test of what it shows (its
one query), so that `config.middleware.visitor_answers` serves them before the session,
CSRF, user, messages, routing and the view: a request without cookies has no session, no
user, no messages and no CSRF token, so none of those could change its answer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.template.backends.utils import csrf_input
from django.urls import get_script_prefix, get_urlconf
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

V = TypeVar("V")

# Stands in for the CSRF token while a part is drawn for keeping: letters and digits, so
# that escaping leaves it as it is; its input is the one Django's `csrf_input` writes.
CSRF_STAND_IN = "keptCsrfTokenStandIn7301946285"
CSRF_STAND_IN_INPUT = format_html(
    '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', CSRF_STAND_IN
)


class Kept(Generic[V]):
    """The ``size`` values used latest, each under its key; the one that has gone unused
    longest is forgotten first. Safe to share between a process's threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            value = self._kept.get(key)
            if value is not None:
                self._kept.move_to_end(key)
            return value

    def put(self, key: Hashable, value: V) -> V:
        with self._lock:
            self._kept[key] = value
            self._kept.move_to_end(key)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()

    def __len__(self) -> int:
        return len(self._kept)


class KeptDrawings(Kept[SafeString]):
    """The ``size`` drawings used latest, each under its key (`kept`)."""

    def kept(self, shown: Any, draw: Callable[[], str]) -> SafeString:
        """The drawing of ``shown`` (the values it is drawn from) in this request's
        language, time zone and prefix, as kept, or ``draw()`` (escaped already: a
        template's output) kept for the next. Drawn each time if ``shown`` holds a value
        that cannot be a key (a list)."""
        key = (
            shown,
            get_language(),
            timezone.get_current_timezone_name(),
            get_script_prefix(),
        )
        try:
            hash(key)
        except TypeError:
            return mark_safe(draw())  # escaped by its template
        drawn = self.get(key)
        if drawn is None:
            drawn = self.put(key, mark_safe(draw()))  # escaped by its template
        return drawn


def with_csrf(drawn: str, request: Any) -> SafeString:
    """A kept drawing with this request's CSRF input in place of `CSRF_STAND_IN_INPUT`
    (one masked token for all its forms, as one `csrf_input` gives)."""
    if CSRF_STAND_IN not in drawn:
        return mark_safe(drawn)  # escaped when drawn
    return mark_safe(drawn.replace(CSRF_STAND_IN_INPUT, csrf_input(request)))  # both escaped


def _page_setting() -> tuple[Hashable, ...]:
    """What a whole page is drawn from besides what it shows and its address: the
    request's language, time zone and URL prefix, the URL configuration and the site."""
    return (
        get_language(),
        timezone.get_current_timezone_name(),
        get_script_prefix(),
        get_urlconf() or settings.ROOT_URLCONF,
        settings.SITE_NAME,
    )


def _messages_waiting(request: HttpRequest) -> bool:
    """Whether messages wait to be shown (this loads them; only showing them uses them)."""
    messages = getattr(request, "_messages", None)
    return messages is not None and len(messages) > 0


class KeptPages(Kept[tuple[bytes, dict[str, str]]]):
    """The ``size`` whole pages served latest to readers who are not signed in, each
    under what it is drawn from (`page`), with the headers the view gave them."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        _all_pages.append(self)

    def page(
        self, request: HttpRequest, shown: Hashable, draw: Callable[[], HttpResponse]
    ) -> HttpResponse:
        """The page drawn from ``shown`` (with the request's address, language, time zone
        and URLs) as kept, or ``draw()``, kept for the next such reader when it can be:
        a whole page (200) that sets no cookie and holds no CSRF token. A signed-in
        reader, or one with messages waiting, gets ``draw()``."""
        key = self._key(request, shown)
        if key is not None:
            kept = self.get(key)
            if kept is not None:
                content, headers = kept
                return HttpResponse(content, headers=headers)
        response = draw()
        if (
            key is not None
            and response.status_code == 200
            and not response.cookies
            and b"csrfmiddlewaretoken" not in response.content
        ):
            self.put(key, (response.content, dict(response.items())))
        return response

    @staticmethod
    def _key(request: HttpRequest, shown: Hashable) -> tuple[Hashable, ...] | None:
        if request.user.is_authenticated:  # the frame and follow buttons show who reads
            return None
        if _messages_waiting(request):
            return None
        return (
            shown,
            request.get_full_path(),
            *_page_setting(),
        )


class ReadersPages(Kept[tuple[str, dict[str, str]]]):
    """The ``size`` whole pages served latest to signed-in readers, each under its reader
    and what it is drawn from (`page`), with the headers the view gave them. A page is
    drawn with `CSRF_STAND_IN_INPUT` for each CSRF input (``draw`` puts the stand-in as
    the template's ``csrf_token``), and served with the request's own (`with_csrf`).

    Staff are drawn each time (the frame shows what their permissions allow, which
    change without their row), and so is a page with messages waiting."""

    def page(
        self, request: HttpRequest, shown: Hashable, draw: Callable[[], HttpResponse]
    ) -> HttpResponse:
        """The page drawn from ``shown`` for this reader (with the request's address,
        language, time zone and URLs) as kept, or ``draw()``, kept for the next view."""
        key = self._key(request, shown)
        if key is not None:
            kept = self.get(key)
            if kept is not None:
                content, headers = kept
                return HttpResponse(with_csrf(content, request), headers=headers)
        response = draw()
        content = response.content.decode(response.charset)
        if key is not None and response.status_code == 200 and not response.cookies:
            self.put(key, (content, dict(response.items())))
        response.content = with_csrf(content, request)
        return response

    @staticmethod
    def _key(request: HttpRequest, shown: Hashable) -> tuple[Hashable, ...] | None:
        user = request.user
        if not user.is_authenticated or user.is_staff:
            return None
        if _messages_waiting(request):
            return None
        return (
            shown,
            user.pk,
            user.get_username(),
            request.get_full_path(),
            *_page_setting(),
        )


_all_pages: list[Kept[Any]] = []


def forget_pages() -> None:
    """Empty every `KeptPages` of this process, and the visitors' answers."""
    for pages in _all_pages:
        pages.clear()


# What a page offers to keep for visitors without cookies: a test that reads what the
# page shows (its key, or None when there is no such page) and that key as drawn.
Check = Callable[[HttpRequest], Hashable]
_OFFERED = "_visitor_answer_offered"


class VisitorAnswers(Kept[tuple[tuple[Hashable, ...], Check, Hashable, bytes, dict[str, str]]]):
    """The ``size`` answers served latest to visitors who send no cookie, each under its
    address, with the check its page offered (`offer`) and the key it was drawn from.
    `serve` runs the check (the page's own query) and answers only if the key is the
    same; otherwise the request goes on through the middleware and the view as usual.

    Only a whole page (200) that sets no cookie, holds no CSRF token and used no CSP
    nonce is kept; a request with a cookie, an htmx request or any other method than
    GET is never served nor kept (`may_serve`)."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        _all_pages.append(self)

    @staticmethod
    def may_serve(request: HttpRequest) -> bool:
        meta = request.META
        return (
            request.method == "GET"
            and not meta.get("HTTP_COOKIE")
            and "HTTP_HX_REQUEST" not in meta
        )

    def serve(self, request: HttpRequest) -> HttpResponse | None:
        """The answer kept for ``request`` (`may_serve`) if its page's check finds it
        current; None otherwise."""
        kept = self.get(self._path(request))
        if kept is None:
            return None
        address, check, key, content, headers = kept
        if self._address(request) != address or check(request) != key:
            return None
        return HttpResponse(content, headers=headers)

    def keep(self, request: HttpRequest, response: HttpResponse) -> None:
        """Keep ``response`` to ``request`` (`may_serve`) if its page offered it and it
        may be kept."""
        offered = request.__dict__.get(_OFFERED)
        if (
            offered is not None
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and getattr(request, "_csp_nonce", None) is None
            and b"csrfmiddlewaretoken" not in response.content
        ):
            check, key = offered
            self.put(
                self._path(request),
                (self._address(request), check, key, response.content, dict(response.items())),
            )

    @staticmethod
    def offer(request: HttpRequest, check: Check, key: Hashable) -> None:
        """Let the answer to ``request``, drawn from ``key``, be kept for visitors without
        cookies: ``check(request)`` reads the key again for the next one."""
        request.__dict__[_OFFERED] = (check, key)

    @staticmethod
    def _path(request: HttpRequest) -> tuple[str, str]:
        return request.path, request.META.get("QUERY_STRING", "")

    @staticmethod
    def _address(request: HttpRequest) -> tuple[Hashable, ...]:
        """What else than its page's key the answer is drawn from."""
        return (
            request.get_host(),  # as CommonMiddleware does: a host not allowed is refused
            request.scheme,
            *_page_setting(),
        )


# The answers kept for visitors without cookies (`config.middleware.visitor_answers`):
# initiative pages, some 20-40 KB each.
VISITOR_ANSWERS_KEPT = 200
visitor_answers = VisitorAnswers(VISITOR_ANSWERS_KEPT)


@receiver(setting_changed)
def _forget(*, setting: str, **kwargs: object) -> None:
    # What the pages' frame is drawn from (as config/frame.py's pieces).
    if setting in {"ROOT_URLCONF", "FORCE_SCRIPT_NAME", "STATIC_URL", "STORAGES", "TEMPLATES"}:
        forget_pages()
