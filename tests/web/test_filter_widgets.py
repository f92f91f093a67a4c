"""The filter forms' widgets drawn in Python write what Django's Jinja2 widget templates
write, character for character: checked boxes, errors, ids, escaping and all."""

from __future__ import annotations

import pytest
from django import forms
from django.forms.renderers import Jinja2

from initiatives.widgets import Checkboxes, LongSelect

CHOICES = [
    ("announced", "Announced"),
    ("a&b", 'Quotes " and <tags>'),
    ("it's", "It’s — Ünïcode"),
]


def form_class(widget: type[forms.Widget], *, multiple: bool) -> type[forms.Form]:
    field = forms.MultipleChoiceField if multiple else forms.ChoiceField

    class Form(forms.Form):
        default_renderer = Jinja2()
        pick = field(label="Pick", choices=CHOICES, required=False, widget=widget)

    return Form


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        {"pick": ["a&b"]},
        {"pick": ["announced", "it's"]},
        {"pick": ["not-a-choice"]},
    ],
)
def test_checkboxes_give_what_djangos_template_gives(data: dict | None) -> None:
    ours = form_class(Checkboxes, multiple=True)(data)
    django = form_class(forms.CheckboxSelectMultiple, multiple=True)(data)
    if data is not None:
        ours.is_valid(), django.is_valid()
    assert str(ours["pick"].as_field_group()) == str(django["pick"].as_field_group())
    assert 'value="a&amp;b"' in str(ours["pick"])


def test_checkboxes_with_groups_give_what_djangos_template_gives() -> None:
    grouped = [("Group <one>", CHOICES[:2]), ("Two", CHOICES[2:])]
    ours = Checkboxes(choices=grouped).render("pick", ["a&b"], {"id": "id_pick"}, Jinja2())
    django = forms.CheckboxSelectMultiple(choices=grouped).render(
        "pick", ["a&b"], {"id": "id_pick"}, Jinja2()
    )
    assert ours == django


@pytest.mark.parametrize("data", [None, {"pick": "it's"}, {"pick": "nope"}])
def test_long_select_marks_the_chosen_option_and_escapes_the_rest(data: dict | None) -> None:
    form = form_class(LongSelect, multiple=False)(data)
    if data is not None:
        form.is_valid()
    html = str(form["pick"])
    assert html.startswith("<select") and ' id="id_pick" name="pick">' in html
    assert '<option value="a&amp;b">Quotes &quot; and &lt;tags&gt;</option>' in html
    chosen = '<option value="it&#x27;s" selected>'
    assert (chosen in html) == (data == {"pick": "it's"})
    assert html.count(" selected") == (1 if data == {"pick": "it's"} else 0)


def test_long_select_follows_choices_that_change() -> None:
    first = LongSelect(choices=[("a", "Alpha")]).render("x", "a")
    second = LongSelect(choices=[("a", "Alpha"), ("b", "Beta")]).render("x", "b")
    assert first == '<select name="x"><option value="a" selected>Alpha</option></select>'
    assert second == (
        '<select name="x"><option value="a">Alpha</option>'
        '<option value="b" selected>Beta</option></select>'
    )
