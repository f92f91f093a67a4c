"""InitiativeFilter: each filter keeps the right initiatives; bad values become form errors."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from initiatives.filters import InitiativeFilter
from initiatives.models import Initiative
from initiatives.search import initiative_search_update
from tests.factories import (
    ActorFactory,
    FollowUpActionFactory,
    SectorFactory,
    link_actor,
    link_sector,
    make_listed_initiative,
)

TODAY = dt.date(2026, 11, 24)
pytestmark = pytest.mark.django_db


def titles(query: str, today: dt.date = TODAY) -> list[str]:
    f = InitiativeFilter(data=QueryDict(query), queryset=Initiative.objects.all(), today=today)
    return sorted(i.title for i in f.qs)


@pytest.fixture
def initiatives() -> dict[str, Initiative]:
    a = make_listed_initiative(
        "Ammunition pact", areas=("investment", "supply-chain"), overdue_actions=3
    )
    b = make_listed_initiative(
        "Standards deal",
        areas=("standardization",),
        status="proposed",
        decided_on=dt.date(2024, 3, 1),
        verified=True,
    )
    c = make_listed_initiative("Loan facility", areas=("investment",), status="announced")
    FollowUpActionFactory(initiative=c, due_earliest=None, due_latest=TODAY + dt.timedelta(days=20))
    link_actor(b, ActorFactory(name="Government of Ukraine"), "partner")
    link_sector(b, SectorFactory(name="Drones"))
    initiative_search_update(initiative_ids=[a.pk, b.pk, c.pk])
    return {"a": a, "b": b, "c": c}


def test_it_filters_by_several_statuses(initiatives: dict) -> None:
    assert titles("status=proposed&status=announced") == ["Loan facility", "Standards deal"]


def test_it_filters_by_any_of_several_areas_without_duplicates(initiatives: dict) -> None:
    assert titles("area=investment") == ["Ammunition pact", "Loan facility"]
    assert titles("area=supply-chain&area=investment") == ["Ammunition pact", "Loan facility"]


def test_it_filters_by_actor_and_by_role_together(initiatives: dict) -> None:
    assert titles("actor=government-of-ukraine") == ["Standards deal"]
    assert titles("actor=government-of-ukraine&role=decision_maker") == []
    assert titles("role=partner") == ["Standards deal"]


def test_it_filters_by_sector_and_decision_dates(initiatives: dict) -> None:
    assert titles("sector=drones") == ["Standards deal"]
    assert titles("decided_before=2024-12-31") == ["Standards deal"]
    assert titles("decided_after=2025-01-01") == ["Ammunition pact", "Loan facility"]


def test_it_filters_by_overdue_and_due_within_using_the_given_today(initiatives: dict) -> None:
    assert titles("overdue=on") == ["Ammunition pact"]
    assert titles("overdue=on", today=dt.date(2026, 5, 1)) == []
    assert titles("due_within=30") == ["Loan facility"]
    assert titles("due_within=10") == []


def test_it_filters_by_verified(initiatives: dict) -> None:
    assert titles("verified=true") == ["Standards deal"]
    assert titles("verified=false") == ["Ammunition pact", "Loan facility"]


def test_it_keeps_the_search_matches_of_the_chosen_statuses(initiatives: dict) -> None:
    assert titles("q=facility&status=announced") == ["Loan facility"]
    assert titles("q=facility&status=announced&status=proposed") == ["Loan facility"]
    assert titles("q=facility&status=proposed") == []
    assert titles("q=deal&status=proposed&area=standardization") == ["Standards deal"]


def test_it_searches_title_and_summary(initiatives: dict) -> None:
    assert titles("q=pact") == ["Ammunition pact"]
    assert titles("q=AMMUNITION pact") == ["Ammunition pact"]
    assert titles("q=standards deal") == ["Standards deal"]


def test_it_sorts_by_title_and_by_decision_date(initiatives: dict) -> None:
    f = InitiativeFilter(data=QueryDict("sort=title"), queryset=Initiative.objects.all())
    assert [i.title for i in f.qs] == ["Ammunition pact", "Loan facility", "Standards deal"]
    f = InitiativeFilter(data=QueryDict("sort=decided"), queryset=Initiative.objects.all())
    assert [i.title for i in f.qs][-1] == "Standards deal"


def test_it_reports_bad_values_as_form_errors_and_applies_the_rest(initiatives: dict) -> None:
    f = InitiativeFilter(
        data=QueryDict("status=bogus&due_within=soon&area=investment&actor=nobody"),
        queryset=Initiative.objects.all(),
    )
    assert set(f.form.errors) == {"status", "due_within", "actor"}
    assert sorted(i.title for i in f.qs) == ["Ammunition pact", "Loan facility"]


def test_it_reads_today_once_from_the_clock_by_default(initiatives: dict) -> None:
    import time_machine

    with time_machine.travel("2026-05-01 09:00:00+00:00", tick=False):
        f = InitiativeFilter(data=QueryDict("overdue=on"), queryset=Initiative.objects.all())
    assert f.today == dt.date(2026, 5, 1)
    assert list(f.qs) == []


def test_the_actor_select_escapes_names_and_keeps_the_chosen_one() -> None:
    ActorFactory(name='Bureau <script>alert("x")</script> & Co', slug="bureau")
    ActorFactory(name="Council of the EU", slug="council")
    f = InitiativeFilter(
        data=QueryDict("actor=council"), queryset=Initiative.objects.all(), today=TODAY
    )
    html = str(f.form["actor"])
    assert "<script>" not in html
    assert "Bureau &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in html
    assert '<option value="council" selected>Council of the EU</option>' in html
    assert '<option value="">Any actor</option>' in html
