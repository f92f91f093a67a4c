"""The filter forms' widgets that are drawn in Python rather than through one template
per option: they are on every list page, and their templates were most of its form's time.
Each writes what Django's Jinja2 widget templates write, character for character (the
tests compare the two)."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from typing import Any

from django import forms
from django.forms.utils import flatatt
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from markupsafe import escape as jinja_escape

Choices = tuple[tuple[Any, Any], ...]


@lru_cache(maxsize=32)
def _options(choices: Choices, language: str | None) -> tuple[tuple[str, str, str], ...]:
    """Each choice's value as text, and its <option> unselected and selected. The choices
    are read afresh on every request, but are the same from one request to the next (kept
    per language too, for a label that is translated)."""
    drawn = []
    for key, label in choices:
        value, text = escape(str(key)), escape(str(label))
        drawn.append(
            (
                str(key),
                f'<option value="{value}">{text}</option>',
                f'<option value="{value}" selected>{text}</option>',
            )
        )
    return tuple(drawn)


class LongSelect(forms.Select):
    """A select among hundreds of choices (actors, sectors, owners). Through a template
    per option it took tens of milliseconds; escaping each value and label once and
    joining them takes a tenth of that, and the escaped options are kept between requests
    while the choices stay the same."""

    def render(
        self, name: str, value: Any, attrs: dict | None = None, renderer: Any = None
    ) -> SafeString:
        final = self.build_attrs(self.attrs, attrs)
        final["name"] = name
        chosen = "" if value in (None, "") else str(value)
        options = "".join(
            selected if key == chosen else plain
            for key, plain, selected in _options(tuple(self.choices), get_language())
        )
        return mark_safe(f"<select{flatatt(final)}>{options}</select>")  # escaped above


def _attrs(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html: a True attribute by its name alone, False left out."""
    return "".join(
        f" {jinja_escape(name)}"
        if value is True
        else f' {jinja_escape(name)}="{jinja_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _input(widget: dict[str, Any]) -> str:
    """django/forms/widgets/input.html."""
    value = "" if widget["value"] is None else f' value="{jinja_escape(widget["value"])}"'
    return (
        f'<input type="{jinja_escape(widget["type"])}" name="{jinja_escape(widget["name"])}"'
        f"{value}{_attrs(widget['attrs'])}>"
    )


def _input_option(option: dict[str, Any]) -> str:
    """django/forms/widgets/input_option.html."""
    if not option["wrap_label"]:
        return _input(option)
    ident = option["attrs"].get("id")
    label_for = f' for="{jinja_escape(ident)}"' if ident else ""
    return f"<label{label_for}>{_input(option)} {jinja_escape(option['label'])}</label>"


class Checkboxes(forms.CheckboxSelectMultiple):
    """Checkboxes for a handful of choices (statuses, areas), as
    django/forms/widgets/multiple_input.html draws them: Django still works out each
    box's id, value and whether it is checked (``get_context``); only the four nested
    templates per box are replaced."""

    def render(
        self, name: str, value: Any, attrs: dict | None = None, renderer: Any = None
    ) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        ident, css = widget["attrs"].get("id"), widget["attrs"].get("class")
        parts = [
            "<div",
            f' id="{jinja_escape(ident)}"' if ident else "",
            f' class="{jinja_escape(css)}"' if css else "",
            ">",
        ]
        for group, options, _index in widget["optgroups"]:
            if group:
                parts.append(f"\n  <div><label>{jinja_escape(group)}</label>")
            parts += [f"<div>\n    {_input_option(option)}</div>" for option in options]
            if group:
                parts.append("\n  </div>")
        parts.append("\n</div>")
        return mark_safe("".join(parts))  # every value escaped above
