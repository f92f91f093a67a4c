"""The Jinja2 environment of the row templates in templates/jinja2/ (see TEMPLATES in settings)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any

from django.template import defaultfilters
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import get_language
from jinja2 import Environment

from initiatives.links import link
from initiatives.templatetags.docket import action_state, marked, snippet


def plural(count: int, suffix: str = "s") -> str:
    """Django's ``pluralize``: the suffix unless the count is one."""
    return "" if count == 1 else suffix


def date(value: Any, format: str) -> str:
    """Django's ``date`` filter, in the current time zone as Django's templates give it.
    A day (not a moment) is formatted once per format and language: a timeline shows
    dozens, and Django's formatter takes tens of microseconds for each."""
    if type(value) is dt.date:
        return _day(value, format, get_language())
    return defaultfilters.date(template_localtime(value), format)


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


def environment(**options: Any) -> Environment:
    env = Environment(**options)  # noqa: S701 (Django's backend turns autoescape on)
    env.globals["url"] = link
    env.filters.update(
        marked=marked,
        snippet=snippet,
        plural=plural,
        date=date,
        truncatechars=truncatechars,
        capfirst=defaultfilters.capfirst,
        floatformat=defaultfilters.floatformat,
        action_state=action_state,
    )
    return env
