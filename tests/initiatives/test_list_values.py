"""The list's query is validated into plain values by the form class's own fields
(`DatedFilterSet.valid_values`), without a bound form: the values are the bound form's
cleaned data, a refused value makes the form (for its errors), and a page whose form is
kept drawn makes no form at all."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from django.test import Client

from initiatives import views
from initiatives.filters import InitiativeFilter
from initiatives.models import Initiative
from tests.factories import make_listed_initiative

pytestmark = pytest.mark.django_db

QUERIES = [
    "",
    "q=boat",
    "overdue=true",
    "overdue=on&verified=false",
    "verified=maybe",
    "due_within=30&sort=changed",
    "due_within=0",
    "due_within=abc",
    "area=investment&area=regulation&status=announced&status=in_progress",
    "area=nope",
    "status=bogus",
    "decided_after=2019-01-01&decided_before=2024-06-30&role=lead",
    "decided_after=2020-13-01",
    "sector=nope&actor=nobody",
    "q=&area=&actor=&page=3",
    "sort=title&q=%22free+trade%22",
]


@pytest.mark.parametrize("query", QUERIES)
def test_the_values_are_the_bound_forms_cleaned_data(query: str) -> None:
    data = QueryDict(query)
    plain = InitiativeFilter(data=data, queryset=Initiative.objects.all())
    bound = InitiativeFilter(data=data, queryset=Initiative.objects.all()).form
    if bound.is_valid():
        assert plain.valid_values() == bound.cleaned_data
        assert not plain.has_errors
    else:
        assert plain.valid_values() is None
        assert plain.has_errors
        assert plain.cleaned == bound.cleaned_data  # the valid fields', as before


def test_a_kept_page_makes_no_form(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    make_listed_initiative("Boat repair yard")
    views._filter_forms.clear()
    made: list[str] = []
    form = InitiativeFilter.form
    monkeypatch.setattr(
        InitiativeFilter, "form", property(lambda self: made.append("form") or form.fget(self))
    )
    client.get("/initiatives/?sort=title&verified=false")  # draws the form
    assert made
    made.clear()
    page = client.get("/initiatives/?sort=title&verified=false").content.decode()
    assert "Boat repair yard" in page
    assert made == []
    errors = client.get("/initiatives/?due_within=abc").content.decode()
    assert "Some filters were ignored" in errors
    assert made
