"""The filter forms' renderer (`initiatives.widgets.FormRenderer`) writes in Python what
Django's Jinja2 form templates write, character for character: every field of both
filter forms, unbound, bound, invalid, and with hostile text, labels, help and errors."""

from __future__ import annotations

import pytest
from django import forms
from django.forms.renderers import Jinja2
from django.http import QueryDict

from initiatives.filters import InitiativeFilter
from initiatives.widgets import FormRenderer
from tests.factories import ActorFactory, ensure_areas
from timeline.filters import DeliverableFilter

HOSTILE = '"><script>alert(1)</script>&amp;'

LIST_DATA = [
    None,
    "",
    "q=ammunition&status=adopted&status=proposed&area=investment&actor=owner-a-b",
    "role=partner&sector=nope&decided_after=2024-01-31&decided_before=2025-12-01",
    "overdue=true&due_within=30&verified=true&sort=title",
    # Invalid: each field's error list, aria-invalid and aria-describedby.
    "status=nope&area=nope&actor=nope&role=nope&decided_after=31/01&due_within=abc"
    "&verified=maybe&sort=nope",
    "due_within=0&decided_before=" + HOSTILE,
    "q=" + HOSTILE.replace("&", "%26"),
]
DELIVERABLE_DATA = [
    None,
    "owner=owner-a-b&area=investment&status=pending&window=overdue&initiative=x-y",
    "owner=nope&area=nope&status=nope&window=nope&initiative=" + HOSTILE.replace("&", "%26"),
]


def fields_drawn(filterset_class: type, data: str | None, renderer: object) -> list[str]:
    filterset = filterset_class(
        data=None if data is None else QueryDict(data),
        queryset=filterset_class._meta.model.objects.all(),
    )
    filterset.form.renderer = renderer  # before the form is validated or drawn
    if data is not None:
        filterset.form.is_valid()
    form = filterset.form
    drawn = [str(field.as_field_group()) for field in form]
    drawn += [str(field) for field in form]
    drawn += [str(field.label_tag()) + str(field.errors) for field in form]
    drawn.append(str(form.non_field_errors()))
    return drawn


@pytest.fixture
def choices(db: None) -> None:
    ensure_areas()
    ActorFactory(name="Owner <a> & b", slug="owner-a-b")


@pytest.mark.parametrize("data", LIST_DATA)
def test_list_filter_form_is_drawn_as_djangos_templates_draw_it(
    choices: None, data: str | None
) -> None:
    ours = fields_drawn(InitiativeFilter, data, FormRenderer())
    assert ours == fields_drawn(InitiativeFilter, data, Jinja2())
    assert len(ours) == 3 * 12 + 1
    assert not any("<script>" in html for html in ours)


@pytest.mark.parametrize("data", DELIVERABLE_DATA)
def test_deliverable_filter_form_is_drawn_as_djangos_templates_draw_it(
    choices: None, data: str | None
) -> None:
    ours = fields_drawn(DeliverableFilter, data, FormRenderer())
    assert ours == fields_drawn(DeliverableFilter, data, Jinja2())
    assert not any("<script>" in html for html in ours)


class Hostile(forms.Form):
    """What the filter forms do not have: help text, a fieldset's description, groups of
    options, a required field, an unlabelled field, a label ending in punctuation."""

    required_css_class = "required <x>"
    pick = forms.ChoiceField(
        label="Pick <one>",
        choices=[("Group <g>", [("a&b", "A & <b>"), ("c", "C")]), ("d", 'D "quoted"')],
        help_text="Some <em>help</em>",
    )
    boxes = forms.MultipleChoiceField(
        label="Boxes?",
        choices=[("x", "X")],
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick <any>",
        required=False,
    )
    plain = forms.CharField(label="", required=False, widget=forms.TextInput(attrs={"id": ""}))
    when = forms.DateField(label="When", widget=forms.DateInput(attrs={"data-x": HOSTILE}))


@pytest.mark.parametrize("data", [None, {}, {"pick": "a&b", "when": HOSTILE, "plain": HOSTILE}])
def test_fields_the_filter_forms_lack_are_drawn_as_django_draws_them(data: dict | None) -> None:
    def drawn(renderer: object) -> list[str]:
        form = Hostile(data, renderer=renderer)
        if data is not None:
            form.is_valid()
        return [str(f.as_field_group()) for f in form] + [str(form.non_field_errors())]

    ours = drawn(FormRenderer())
    assert ours == drawn(Jinja2())
    assert any('<optgroup label="Group &lt;g&gt;">' in html for html in ours)
    assert any(
        '<div class="helptext" id="id_pick_helptext">Some <em>help</em></div>' in html
        for html in ours
    )
