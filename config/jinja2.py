"""The Jinja2 environment of the row templates in jinja_templates/ (see TEMPLATES in settings)."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from jinja2 import Environment

from initiatives.templatetags.docket import marked, snippet


def plural(count: int, suffix: str = "s") -> str:
    """Django's ``pluralize``: the suffix unless the count is one."""
    return "" if count == 1 else suffix


def environment(**options: Any) -> Environment:
    env = Environment(**options)  # noqa: S701 (Django's backend turns autoescape on)
    env.globals["url"] = lambda name, *args: reverse(name, args=args)
    env.filters.update(marked=marked, snippet=snippet, plural=plural)
    return env
