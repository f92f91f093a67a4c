"""Template helpers for the analyst pages."""

from __future__ import annotations

from html import escape

from django import template
from django.template.backends.utils import csrf_input
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from initiatives.links import link as cached_link
from initiatives.search import marked_words
from initiatives.searchtext import match_spans, snippet_bounds

register = template.Library()
# A result's snippet: this many characters, starting this far before the first match.
SNIPPET_CHARS, SNIPPET_LEAD = 240, 80


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` escaped, with each span wrapped in <mark>. (The standard library's escape
    is Django's, without its check for lazy text at every call: four a list row.)"""
    parts, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        parts += [escape(text[at:start]), "<mark>", escape(text[start:end]), "</mark>"]
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


@register.filter
def marked(value: str | None, query: str | None) -> SafeString:
    """A title with the words the search ``query`` matched marked (escaped)."""
    text = value or ""
    return mark_safe(_marked(text, match_spans(text, marked_words(query or ""))))  # escaped


@register.filter
def snippet(value: str | None, query: str | None) -> SafeString:
    """About SNIPPET_CHARS of a summary around the first word the search matched, marked
    (escaped); the summary's start when nothing in it matched."""
    text = value or ""
    spans = match_spans(text, marked_words(query or ""))
    begin, end = snippet_bounds(text, spans, width=SNIPPET_CHARS, lead=SNIPPET_LEAD)
    shown = [
        (max(s, begin) - begin, min(e, end) - begin) for s, e in spans if s < end and e > begin
    ]
    html = _marked(text[begin:end], shown)
    return mark_safe(("…" if begin else "") + html + ("…" if end < len(text) else ""))  # escaped


@register.simple_tag
def link(name: str, *args: object) -> str:
    """``{% url %}`` reversed once per URL name (`initiatives.links.link`): base.html draws
    ten links on every page, and ``{% url %}`` walked the resolver for each. Takes
    positional arguments only; ``as`` works as for any tag."""
    return cached_link(name, *args)


@register.simple_tag(takes_context=True)
def jinja(context: template.Context, template_name: str, **values: object) -> SafeString:
    """Draw a template of the Jinja2 engine (templates/jinja2/) here, with these values (and
    the request, `csrf_input` and `csrf_token`): for the row loops that the Django engine
    draws slowly. Its output is autoescaped."""
    drawn = get_template(template_name, using="jinja2")
    return mark_safe(drawn.render(values, request=context.get("request")))  # escaped


@register.simple_tag(takes_context=True)
def part(context: template.Context, name: str, *args: object) -> SafeString:
    """Draw the macro ``name`` of templates/jinja2/_parts.html with these arguments: the one
    home of the small parts that both engines draw (a badge, a quote, a pending change…).
    A macro that takes ``csrf`` gets the request's CSRF input. Its output is autoescaped."""
    macro = getattr(get_template("_parts.html", using="jinja2").template.module, name)
    extra = {}
    if "csrf" in macro.arguments:
        extra["csrf"] = csrf_input(context["request"])
    return mark_safe(macro(*args, **extra))  # escaped by Jinja2


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key, "") if isinstance(mapping, dict) else ""


@register.filter
def action_state(action: object, today: object) -> str:
    """The action's badge state on ``today`` (see timeline.timeline.action_state)."""
    from timeline.timeline import action_state as state_on

    return state_on(action, today=today)
