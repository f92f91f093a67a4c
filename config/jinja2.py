"""The Jinja2 environment of the row templates in templates/jinja2/ (see TEMPLATES in settings)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple

from django.conf import settings
from django.template import defaultfilters
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import get_current_timezone, template_localtime
from django.utils.translation import get_language
from jinja2 import Environment, pass_context
from jinja2.runtime import Context

from initiatives.links import link, links_here
from initiatives.templatetags.docket import action_state, marked, snippet
from notifications.templatetags.follow import follow_state as follow_state_tag


def plural(count: int, suffix: str = "s") -> str:
    """Django's ``pluralize``: the suffix unless the count is one."""
    return "" if count == 1 else suffix


# The format characters of Django's `date` filter that read only the day; any other
# letter (or an escape) may read the time or the time zone.
DAY_FORMAT = set("dDjlNSwzWmMnFbEyYLot")


@lru_cache(maxsize=64)
def _day_only(format: str) -> bool:
    return all(c in DAY_FORMAT or (not (c.isascii() and c.isalpha()) and c != "\\") for c in format)


class Drawing(NamedTuple):
    """What the date filter reads of the request, read once per drawing (a thousand dates
    on /following/ read the time zone and the language a thousand times each, most of a
    date's time). Given by the `links` context processor."""

    use_tz: bool
    zone: dt.tzinfo
    language: str | None


DRAWING = "docket_drawing"  # its name in a drawing's context


def date(value: Any, format: str, drawing: Drawing | None = None) -> str:
    """Django's ``date`` filter, in the current time zone as Django's templates give it
    (or the time zone and language of ``drawing``, read once for all its dates). A day is
    formatted once per format and language: a timeline shows dozens, and Django's
    formatter takes tens of microseconds for each. So is a moment shown as a day
    (``j M Y``), once it is in the current time zone (/following/ shows a thousand)."""
    language = get_language() if drawing is None else drawing.language
    if type(value) is dt.date:
        return _day(value, format, language)
    if (
        drawing is not None
        and drawing.use_tz
        and type(value) is dt.datetime
        and value.utcoffset() is not None
    ):
        value = value.astimezone(drawing.zone)  # what template_localtime gives
    else:
        value = template_localtime(value)
    if type(value) is dt.datetime and _day_only(format):
        return _day(value.date(), format, language)
    return defaultfilters.date(value, format)


@pass_context
def date_drawn(context: Context, value: Any, format: str) -> str:
    """The ``date`` filter of the templates: `date`, with the drawing's time zone and
    language (`Drawing`) where it has one (a macro imported without the context reads
    them itself)."""
    return date(value, format, context.get(DRAWING))


@lru_cache(maxsize=4096)
def _day(value: dt.date, format: str, language: str | None) -> str:
    return defaultfilters.date(value, format)


def truncatechars(value: Any, length: int) -> Any:
    """Django's ``truncatechars``, without its walk through every character of a text
    short enough to keep whole (48 walks a dashboard). Django returns such a text in NFC,
    whatever it counts as a character: no longer than ``length`` in NFC is kept whole."""
    text = unicodedata.normalize("NFC", str(value))
    if isinstance(length, int) and length > 0 and len(text) <= length:
        return mark_safe(text) if isinstance(value, SafeData) else text
    return defaultfilters.truncatechars(value, length)


@pass_context
def follow_state(context: Context, target: Any) -> dict[str, Any]:
    """The ``follow_state`` tag of Django's templates: what a follow button of ``target``
    needs (`notifications.templatetags.follow`), for the drawing's request."""
    return follow_state_tag(context, target)


def links(request: Any) -> dict[str, Any]:
    """A context processor of the Jinja2 templates: their ``url()``, bound to this
    request's URL configuration, script prefix and language (`links_here`). Macros
    imported without the context keep the global ``url``, `link`."""
    return {
        "url": links_here(),
        DRAWING: Drawing(settings.USE_TZ, get_current_timezone(), get_language()),
    }


def environment(**options: Any) -> Environment:
    env = Environment(**options)  # noqa: S701 (Django's backend turns autoescape on)
    env.globals["url"] = link
    env.globals["follow_state"] = follow_state
    env.filters.update(
        marked=marked,
        snippet=snippet,
        plural=plural,
        date=date_drawn,
        truncatechars=truncatechars,
        capfirst=defaultfilters.capfirst,
        floatformat=defaultfilters.floatformat,
        action_state=action_state,
        # What a visitor typed, escaped as Django's templates escape it (``&#x27;``, not
        # Jinja2's ``&#39;``), so that a page drawn by either engine is the same.
        html=conditional_escape,
    )
    return env
