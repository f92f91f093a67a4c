"""The filter forms' widgets that are drawn in Python rather than through one template
per option: they are on every list page, and their templates were most of its form's time.
Each writes what Django's Jinja2 widget templates write, character for character (the
tests compare the two)."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from typing import Any

from django import forms
from django.forms.renderers import Jinja2
from django.forms.utils import flatatt
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from markupsafe import escape as jinja_escape

from initiatives.drawn import Kept

Choices = tuple[tuple[Any, Any], ...]
Context = dict[str, Any]


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


def _field_group(context: Context) -> str:
    """django/forms/field.html: the label (a legend in a fieldset), help, errors, widget."""
    field = context["field"]
    fieldset = field.use_fieldset
    if fieldset:
        described = field.aria_describedby
        aria = f' aria-describedby="{jinja_escape(described)}"' if described else ""
        head = (
            f"\n  <fieldset{aria}>\n  {jinja_escape(field.legend_tag()) if field.label else ''}\n"
        )
    else:
        head = f"\n  {jinja_escape(field.label_tag()) if field.label else ''}\n"
    helps = ""
    if field.help_text:
        ident = f' id="{jinja_escape(field.auto_id)}_helptext"' if field.auto_id else ""
        helps = f'<div class="helptext"{ident}>{field.help_text}</div>'  # |safe, as Django's
    tail = "</fieldset>" if fieldset else ""
    return f"{head}\n{helps}\n{jinja_escape(field.errors)}\n{jinja_escape(field)}\n{tail}"


def _label(context: Context) -> str:
    """django/forms/label.html (a label or a legend)."""
    label = jinja_escape(context["label"])
    if not context["use_tag"]:
        return str(label)
    tag, attrs = jinja_escape(context["tag"]), context["attrs"]
    return f"<{tag}{_attrs(attrs) if attrs else ''}>{label}</{tag}>"


def _error_list(context: Context) -> str:
    """django/forms/errors/list/default.html, that is ul.html."""
    errors = context["errors"]
    if not errors:
        return ""
    field_id = errors.field_id
    ident = f' id="{jinja_escape(field_id)}_error"' if field_id else ""
    items = "".join(f"<li>{jinja_escape(error)}</li>" for error in errors)
    return f'<ul class="{jinja_escape(context["error_class"])}"{ident}>{items}</ul>'


def _input_widget(context: Context) -> str:
    """django/forms/widgets/text.html and its kin, each input.html alone."""
    return _input(context["widget"])


SELECT_OPTION = "django/forms/widgets/select_option.html"


def _option(option: dict[str, Any]) -> str:
    """django/forms/widgets/select_option.html."""
    value, label = jinja_escape(option["value"]), jinja_escape(option["label"])
    return f'<option value="{value}"{_attrs(option["attrs"])}>{label}</option>'


def _select(context: Context) -> str | None:
    """django/forms/widgets/select.html, or None for options drawn by another template."""
    widget = context["widget"]
    parts = [f'<select name="{jinja_escape(widget["name"])}"{_attrs(widget["attrs"])}>']
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(f'\n  <optgroup label="{jinja_escape(group)}">')
        for option in options:
            if option["template_name"] != SELECT_OPTION:
                return None
            parts.append(f"\n  {_option(option)}")
        if group:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


_DRAWN = {
    "django/forms/field.html": _field_group,
    "django/forms/label.html": _label,
    "django/forms/errors/list/default.html": _error_list,
    "django/forms/errors/list/ul.html": _error_list,
    **{
        f"django/forms/widgets/{kind}.html": _input_widget
        for kind in ("text", "search", "number", "date", "checkbox")
    },
    "django/forms/widgets/select.html": _select,
}


# A form kept by the renderer names what its fields' drawing depends on besides each
# field's value and errors: its fields' definitions and choices (`FormRenderer`).
KEPT_AS = "kept_as"
FIELD_GROUP = "django/forms/field.html"
FIELDS_KEPT = 512


class FormRenderer(Jinja2):
    """Django's Jinja2 form renderer, with the templates of a filter form's fields written
    in Python: the field group, its label, its errors, text-like inputs and selects. Each
    writes what the template writes, character for character (the tests compare them on
    every field of the filter forms, bound, unbound and invalid); any other template is
    Django's. Through the templates, the list page's form took a quarter of its time.

    A form that names its kind (its ``kept_as`` attribute: its fields' definitions and
    choices, as `initiatives.filters.DatedFilterSet` gives it) has its field groups kept:
    a field group is drawn from its definition, its value, its errors and the language,
    and most of a filter form's fields are empty on most pages. The FIELDS_KEPT latest
    are kept."""

    def __init__(self) -> None:
        super().__init__()
        self._kept: Kept[str] = Kept(FIELDS_KEPT)

    def render(self, template_name: str, context: Context, request: Any = None) -> str:
        if template_name == FIELD_GROUP:
            key = _field_key(context["field"])
            if key is not None:
                drawn = self._kept.get(key)
                if drawn is None:
                    drawn = self._kept.put(key, self._render(template_name, context, request))
                return drawn
        return self._render(template_name, context, request)

    def _render(self, template_name: str, context: Context, request: Any = None) -> str:
        draw = _DRAWN.get(template_name)
        drawn = None if draw is None else draw(context)
        if drawn is None:
            return super().render(template_name, context, request)
        return drawn.strip()


def _field_key(field: forms.BoundField) -> tuple[Any, ...] | None:
    """What a field group of a kept form is drawn from, or None if it is not to be kept."""
    kind = getattr(field.form, KEPT_AS, None)
    if kind is None:
        return None
    value = field.value()
    if isinstance(value, list):
        value = tuple(value)
    try:
        hash(value)
    except TypeError:
        return None
    return (kind, field.name, type(value), value, tuple(field.errors), get_language())
