"""The dashboard's body is kept drawn while what it shows stays the same (`_dashboard_body`
in initiatives/views.py): each change to what it shows, and the next day, is on the next
view; the same view twice is drawn once."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client

from initiatives import views
from initiatives.models import Initiative
from tests.caches import count_drawings
from tests.factories import FollowUpActionFactory, InitiativeFactory, link_area
from timeline.models import FollowUpAction

pytestmark = pytest.mark.django_db
TODAY = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)


def section(page: str, heading_id: str) -> str:
    """The dashboard's section headed ``heading_id``, up to the next top-level section."""
    return page.split(f'id="{heading_id}"', 1)[1].split('<section aria-labelledby="', 1)[0]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the body was drawn rather than reused."""
    return count_drawings(monkeypatch, "initiatives/_dashboard.html")


@pytest.fixture
def late() -> FollowUpAction:
    initiative = InitiativeFactory(title="Powder plant", status="adopted")
    link_area(initiative, "investment")
    return FollowUpActionFactory(
        initiative=initiative,
        description="Sign the supply contract",
        due_earliest=None,
        due_latest=dt.date(2026, 11, 30),
    )


@time_machine.travel(TODAY, tick=False)
def test_the_same_dashboard_is_drawn_once(client: Client, late, drawn) -> None:
    first = client.get("/").content.decode()
    assert "Sign the supply contract" in section(first, "due")
    assert client.get("/").content.decode() == first
    assert len(drawn) == 1


@time_machine.travel(TODAY, tick=False)
def test_what_changes_shows_on_the_next_view(client: Client, late: FollowUpAction) -> None:
    client.get("/")
    FollowUpAction.objects.filter(pk=late.pk).update(description="Sign the new contract")
    page = client.get("/").content.decode()
    assert "Sign the new contract" in section(page, "due")
    initiative = Initiative.objects.get(pk=late.initiative_id)
    initiative.title = "Propellant plant"
    initiative.status = "completed"
    initiative.save()
    page = client.get("/").content.decode()
    assert ">Propellant plant</a>" in section(page, "recent")
    assert "Propellant plant" in section(page, "due")
    by_status = section(page, "by-status")
    assert '<span class="stat-number">1</span> <span class="stat-label">Completed</span>' in (
        by_status
    )
    FollowUpActionFactory(
        initiative=initiative, description="Report to the board", due_latest=dt.date(2026, 12, 9)
    )
    assert "Report to the board" in section(client.get("/").content.decode(), "due")


def test_the_next_days_dashboard_counts_what_became_overdue(client: Client, late) -> None:
    with time_machine.travel(dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC), tick=False):
        page = client.get("/").content.decode()
        assert "today is 30 November 2026" in page
        assert 'Overdue <span class="count">(0)</span>' in page
    with time_machine.travel(dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), tick=False):
        page = client.get("/").content.decode()
        assert "today is 1 December 2026" in page
        assert 'Overdue <span class="count">(1)</span>' in page


@time_machine.travel(TODAY, tick=False)
def test_a_visitors_whole_dashboard_is_kept_and_a_reader_gets_their_own(
    late: FollowUpAction, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages: list[str] = []
    real = views.render

    def counted(request: object, template_name: str, *args: object, **kwargs: object) -> object:
        pages.append(template_name)
        return real(request, template_name, *args, **kwargs)

    monkeypatch.setattr(views, "render", counted)
    first = Client().get("/").content.decode()
    assert Client().get("/").content.decode() == first
    assert pages == ["initiatives/dashboard.html"]  # the frame drawn once
    FollowUpAction.objects.filter(pk=late.pk).update(description="Sign the new contract")
    assert "Sign the new contract" in Client().get("/").content.decode()
    reader = Client()
    reader.force_login(User.objects.create_user("dash-reader"))
    page = reader.get("/").content.decode()
    assert "Sign out" in page and "Sign out" not in first
