"""Each FilterSet filters with its own copies of the filters: its own day, its own choices,
its own methods (`initiatives.filters.CopiedFilters`), however many are made at once."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from initiatives.filters import InitiativeFilter
from initiatives.models import CooperationArea, Initiative
from tests.factories import FollowUpActionFactory, make_listed_initiative
from timeline.filters import DeliverableFilter

TODAY = dt.date(2026, 11, 24)
pytestmark = pytest.mark.django_db


def made(query: str, today: dt.date) -> InitiativeFilter:
    return InitiativeFilter(data=QueryDict(query), queryset=Initiative.objects.all(), today=today)


def test_two_filter_sets_made_together_each_filter_with_their_own_day() -> None:
    late = make_listed_initiative("Late pact")
    FollowUpActionFactory(initiative=late, due_earliest=None, due_latest=TODAY)
    before, after = made("overdue=on", TODAY), made("overdue=on", TODAY + dt.timedelta(days=2))
    assert [i.title for i in after.qs] == ["Late pact"]
    assert list(before.qs) == []
    for filterset in (before, after):
        for filter_ in filterset.filters.values():
            assert filter_.parent is filterset
            if filter_.method is not None:
                assert filter_.filter.f is filter_  # the method is looked up on this set


def test_the_choices_read_for_one_request_stay_with_its_filter_set() -> None:
    area = CooperationArea.objects.order_by("pk").first()
    filterset = made(f"area={area.slug}", TODAY)
    assert (area.slug, area.name) in filterset.filters["area"].extra["choices"]
    assert filterset.form.is_valid()
    assert InitiativeFilter.base_filters["area"].extra["choices"] == []
    assert "_field" not in vars(InitiativeFilter.base_filters["area"])
    area.name = "Renamed area"
    area.save()
    again = made("", TODAY)
    assert (area.slug, "Renamed area") in again.form.fields["area"].choices
    assert (area.slug, "Renamed area") not in filterset.form.fields["area"].choices


def test_forms_of_one_kind_share_their_fields_and_keep_their_own_values_and_errors() -> None:
    """The fields of a kept form class are not copied for each form (`SharedFields`),
    so each form's values and errors must live on the form alone."""
    refused, valid = made("due_within=abc&q=rail", TODAY), made("due_within=5", TODAY)
    assert refused.form.fields["actor"] is valid.form.fields["actor"]
    assert not refused.form.is_valid() and valid.form.is_valid()
    assert "due_within" in refused.form.errors and not valid.form.errors
    drawn = str(valid.form["due_within"].as_field_group())
    assert 'value="5"' in drawn and "errorlist" not in drawn
    assert "errorlist" in str(refused.form["due_within"].as_field_group())
    assert 'value="rail"' in str(refused.form["q"]) and 'value="rail"' not in str(valid.form["q"])


def test_the_deliverables_filters_are_copied_the_same_way() -> None:
    one = DeliverableFilter(data=QueryDict(""), today=TODAY)
    two = DeliverableFilter(data=QueryDict(""), today=TODAY)
    assert set(one.filters) == set(DeliverableFilter.base_filters)
    for name, filter_ in one.filters.items():
        assert filter_ is not two.filters[name]
        assert filter_.extra is not DeliverableFilter.base_filters[name].extra


def test_an_area_filter_built_once_filters_every_list_it_is_given_to() -> None:
    from tests.factories import SectorFactory, link_sector

    pact = make_listed_initiative("Ammunition pact", areas=("investment",))
    make_listed_initiative("Loan facility", areas=("investment",), status="announced")
    make_listed_initiative("Standards deal", areas=("standardization",))
    link_sector(pact, SectorFactory(name="Drones", slug="drones"))
    for _ in range(2):  # the second time from the kept conditions
        assert sorted(i.title for i in made("area=investment", TODAY).qs) == [
            "Ammunition pact",
            "Loan facility",
        ]
        assert [i.title for i in made("area=investment&status=announced", TODAY).qs] == [
            "Loan facility"
        ]
        assert [i.title for i in made("area=investment&sector=drones", TODAY).qs] == [
            "Ammunition pact"
        ]
        assert [i.title for i in made("area=standardization&sector=drones", TODAY).qs] == []
