"""Template helpers for the analyst pages."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from initiatives.search import HEADLINE_START, HEADLINE_STOP

register = template.Library()


@register.filter
def headline(value: str | None) -> SafeString:
    """Escape a search snippet, then turn the match markers into <mark> elements."""
    text = escape(value or "")
    text = text.replace(HEADLINE_START, "<mark>").replace(HEADLINE_STOP, "</mark>")
    # A snippet cut between markers must not leave a <mark> open.
    if text.count("<mark>") > text.count("</mark>"):
        text += "</mark>"
    return mark_safe(text)  # escaped above


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key, "") if isinstance(mapping, dict) else ""


@register.filter
def action_state(action: object, today: object) -> str:
    """The action's badge state on ``today`` (see timeline.timeline.action_state)."""
    from timeline.timeline import action_state as state_on

    return state_on(action, today=today)
