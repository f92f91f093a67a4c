"""The initiative page's body (all of it below the header) kept drawn, for every reader
alike: it shows nothing of the reader (the header, drawn at each request, has the follow
button), and it is kept under the initiative's `page_version`, which PostgreSQL's
triggers move at every write to anything the body shows, whoever writes it (see
migrations initiatives 0022 and timeline 0015). The key also holds the day (overdue,
due soon, the delivery record), the language and time zone of the drawing, and a digest
of the code and templates that draw it, so that a deploy never reads an old drawing.
Only on PostgreSQL: elsewhere there are no triggers, and the body is drawn each time.
The bodies last read are kept in each process too, under the same keys.

The whole page, as a reader who is not signed in gets it (the frame, the header and the
body), is kept in each process as well (`kept_page`), under the body's key and the page's
address: nothing else it shows can change without moving the version (the header shows
the initiative's own row, whose every write moves it; the frame and the follow button
show only that the reader is not signed in). A page with messages waiting, or whose
drawing holds a CSRF token, is drawn each time."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Hashable
from functools import cache as once
from functools import partial
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from initiatives.drawn import Kept, KeptPages, forget_pages, visitor_answers
from initiatives.models import Initiative

# A drawing lives at most this long: its key changes at midnight anyway.
BODY_KEPT_SECONDS = 24 * 60 * 60
# What draws the body: the two apps' code, the Jinja2 environment and templates.
DRAWN_BY = ("initiatives", "timeline", "config", "templates/jinja2")
# The bodies last read are also kept in each process, under the same keys (so exactly as
# current as the shared copy): a hit spares the Redis round trip, as long as the page's
# own query. At most this many, some 20-40 KB each.
BODIES_IN_PROCESS = 200
_recent: Kept[str] = Kept(BODIES_IN_PROCESS)
# The whole pages last served to readers who are not signed in, some 20-40 KB each.
PAGES_IN_PROCESS = 200
_pages = KeptPages(PAGES_IN_PROCESS)


@once
def code_digest() -> str:
    """A digest of the sources that draw the body, read once a process."""
    digest = hashlib.blake2b(digest_size=8)
    root = Path(settings.BASE_DIR)
    for folder in DRAWN_BY:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in {".py", ".html"} and "migrations" not in path.parts:
                digest.update(path.read_bytes())
    return digest.hexdigest()


def body_key(initiative: Initiative, *, today: dt.date) -> str | None:
    """The key of the initiative's body as drawn today; None where it is not kept."""
    return _body_key(initiative.pk, initiative.page_version, today=today)


def _body_key(pk: int, version: int, *, today: dt.date) -> str | None:
    if connection.vendor != "postgresql":
        return None
    return ":".join(
        (
            "initiative-body",
            code_digest(),
            connection.settings_dict["NAME"],
            str(pk),
            str(version),
            today.isoformat(),
            get_language() or "",
            timezone.get_current_timezone_name(),
        )
    )


def kept_body(initiative: Initiative, *, today: dt.date, draw: Callable[[], str]) -> SafeString:
    """The body as kept for this version of the initiative's page, or ``draw()`` (the
    Jinja2 template's output, autoescaped) kept for the next reader."""
    key = body_key(initiative, today=today)
    if key is not None:
        body = _recent.get(key)
        if body is None:
            body = cache.get(key)
            if body is not None:
                _recent.put(key, body)
        if body is not None:
            return mark_safe(body)  # escaped: kept from draw()
    body = draw()
    if key is not None:
        cache.set(key, str(body), BODY_KEPT_SECONDS)
        _recent.put(key, str(body))
    return mark_safe(body)  # escaped by Jinja2


def kept_page(
    request: HttpRequest,
    *,
    pk: int,
    version: int,
    today: dt.date,
    draw: Callable[[], HttpResponse],
    check: Callable[[HttpRequest], Hashable],
) -> HttpResponse:
    """The page of the initiative ``pk`` at ``version`` (its `page_version`) for this
    request: as kept in this process for a reader who is not signed in, or ``draw()``
    (kept for the next such reader when it can be). Drawn each time off PostgreSQL.

    ``check(request)`` reads (pk, version, today) again: the whole answer is offered to
    visitors without cookies (`initiatives.drawn.VisitorAnswers`) under it."""
    if connection.vendor != "postgresql":
        return draw()
    # The body's key (but the code's digest: a process never meets another's code);
    # `KeptPages` adds the address and what the frame is drawn from.
    database = connection.settings_dict["NAME"]
    visitor_answers.offer(
        request, partial(_checked, check, database), (database, pk, version, today)
    )
    return _pages.page(request, (database, pk, version, today), draw)


def _checked(
    check: Callable[[HttpRequest], Hashable], database: str, request: HttpRequest
) -> Hashable:
    """The key of a visitor's kept answer as it is now: ``check``'s, in ``database``."""
    shown = check(request)
    if shown is None or connection.settings_dict["NAME"] != database:
        return None
    return (database, *shown)  # type: ignore[misc]


def forget_recent_bodies() -> None:
    """Empty this process's copies of bodies and pages (tests empty the cache between
    them; `bench/web.py` forgets them to measure a page drawn)."""
    _recent.clear()
    forget_pages()
