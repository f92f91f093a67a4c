"""The filter forms' field groups kept by their renderer (`FormRenderer`) are the ones
Django's templates draw for the same value, errors, choices and language: whatever came
before, with every request's own choices."""

from __future__ import annotations

import pytest
from django.forms.renderers import Jinja2
from django.http import QueryDict
from django.utils import translation

from initiatives.filters import FILTER_FORM_RENDERER, InitiativeFilter
from initiatives.models import Actor, CooperationArea
from tests.factories import ActorFactory, ensure_areas
from tests.web.test_form_renderer import DELIVERABLE_DATA, LIST_DATA
from timeline.filters import DeliverableFilter

pytestmark = pytest.mark.django_db


def groups(filterset_class: type, data: str | None, renderer: object | None = None) -> list[str]:
    filterset = filterset_class(
        data=None if data is None else QueryDict(data),
        queryset=filterset_class._meta.model.objects.all(),
    )
    form = filterset.form
    if renderer is not None:
        form.renderer = renderer
    return [str(field.as_field_group()) for field in form]


@pytest.fixture
def choices() -> None:
    ensure_areas()
    ActorFactory(name="Owner <a> & b", slug="owner-a-b")


def test_kept_groups_are_djangos_for_every_value_in_any_order(choices: None) -> None:
    cases = [(InitiativeFilter, d) for d in LIST_DATA] + [
        (DeliverableFilter, d) for d in DELIVERABLE_DATA
    ]
    for case in [*cases, *reversed(cases), *cases]:  # drawn, then from the kept groups
        assert groups(*case) == groups(*case, renderer=Jinja2())


def test_a_renamed_choice_or_another_language_is_drawn_anew(choices: None) -> None:
    first = groups(InitiativeFilter, "actor=owner-a-b")
    assert any("Owner &lt;a&gt; &amp; b</option>" in html for html in first)
    Actor.objects.filter(slug="owner-a-b").update(name="Owner renamed")
    area = CooperationArea.objects.order_by("pk").first()
    CooperationArea.objects.filter(pk=area.pk).update(name="Area renamed")
    again = groups(InitiativeFilter, "actor=owner-a-b")
    assert again == groups(InitiativeFilter, "actor=owner-a-b", renderer=Jinja2())
    assert any("Owner renamed</option>" in html for html in again)
    assert any("Area renamed</label>" in html for html in again)
    with translation.override("de"):
        german = groups(InitiativeFilter, "due_within=abc")
        assert german == groups(InitiativeFilter, "due_within=abc", renderer=Jinja2())
    assert groups(InitiativeFilter, "due_within=abc") == groups(
        InitiativeFilter, "due_within=abc", renderer=Jinja2()
    )
    assert german != groups(InitiativeFilter, "due_within=abc")


def test_the_list_keeps_its_groups_and_no_more_than_its_bound(choices: None) -> None:
    from initiatives.widgets import FIELDS_KEPT

    for n in range(40):
        groups(InitiativeFilter, f"q=word{n}")
    assert 0 < len(FILTER_FORM_RENDERER._kept) <= FIELDS_KEPT
