"""An owner the gazetteer does not know is imported as an unconfirmed actor, for a
curator to recognise in admin and confirm."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import Actor
from tests.initiatives.conftest import import_json
from timeline.models import FollowUpAction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]

RELEASE = """Regional grid plan adopted
The Council adopted the regional grid plan on 3 March 2026 in Brussels.
The Northern Grid Operator will publish a connection map by June 2026.
The European Commission will review the plan in the autumn.
A connection guide will be published by September 2026.
The plan is to open the first connections in 2027.
"""


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "grid-plan.txt"
    path.write_text(RELEASE, encoding="utf-8")
    return path


def test_it_creates_an_unknown_owner_as_an_unconfirmed_actor(release: Path) -> None:
    report = import_json(release)
    assert report["documents"][0]["outcome"] == "created", report
    operator = Actor.objects.get(name="Northern Grid Operator")
    assert not operator.confirmed
    assert Actor.objects.get(name="European Commission").confirmed
    action = FollowUpAction.objects.get(owner=operator)
    assert action.description == "Publish a connection map"
    # Promises owned by the text's main actor, quoted by their whole sentence.
    assert {
        a.description for a in FollowUpAction.objects.filter(owner__name="Council of the EU")
    } == {
        "Publish a connection guide",
        "Open the first connections",
    }


def test_it_keeps_a_known_actor_confirmed_when_it_exists_already(release: Path) -> None:
    Actor.objects.create(name="Northern Grid Operator", slug="northern-grid-operator")
    import_json(release)
    assert Actor.objects.get(name="Northern Grid Operator").confirmed


def test_a_curator_filters_the_unconfirmed_actors_and_confirms_them(
    client: Client, curator: User, release: Path
) -> None:
    import_json(release)
    client.force_login(curator)
    changelist = reverse("admin:initiatives_actor_changelist")
    page = client.get(changelist, {"confirmed__exact": "0"}).content.decode()
    assert "Northern Grid Operator" in page and "European Commission" not in page
    operator = Actor.objects.get(name="Northern Grid Operator")
    client.post(changelist, {"action": "mark_confirmed", "_selected_action": [operator.pk]})
    operator.refresh_from_db()
    assert operator.confirmed
    assert not Actor.objects.filter(confirmed=False).exists()
