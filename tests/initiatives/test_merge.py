"""Curators merge two initiatives into one in admin: everything moves to the survivor,
follows are not doubled, history is kept, and the old address redirects for good."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from initiatives.models import (
    Document,
    Initiative,
    InitiativeActor,
    InitiativeArea,
    InitiativeSector,
    SlugRedirect,
)
from initiatives.services import initiative_merge
from notifications.models import Follow
from tests.factories import (
    ActorFactory,
    DocumentFactory,
    FollowUpActionFactory,
    InitiativeFactory,
    MilestoneFactory,
    SectorFactory,
    UserFactory,
    follow,
    link_actor,
    link_area,
    link_sector,
    make_evidence,
)
from timeline.models import ChangeEvent, EventKind, EventVia, FollowUpAction, Milestone

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:initiatives_initiative_changelist"


@pytest.fixture
def pair():
    """The same EU–Ukraine initiative, imported twice from two articles."""
    council = ActorFactory(name="Council of the EU")
    ukraine = ActorFactory(name="Ukraine")
    drones = SectorFactory(name="Drones")
    survivor = InitiativeFactory(
        title="EU–Ukraine defence-industrial cooperation", slug="eu-ukraine", venue=""
    )
    duplicate = InitiativeFactory(
        title="Co-production with Ukraine", slug="co-production-with-ukraine", venue="Kyiv"
    )
    for initiative in (survivor, duplicate):
        DocumentFactory(initiative=initiative)
        link_actor(initiative, council, "decision_maker")  # on both: kept once
        link_area(initiative, "co-production")  # on both: kept once
        MilestoneFactory(initiative=initiative)
        FollowUpActionFactory(initiative=initiative)
    quote = make_evidence(duplicate.documents.get(), "Brussels")
    link = link_actor(duplicate, ukraine, "partner")
    link.evidence = quote
    link.save()
    link_area(duplicate, "investment")
    link_sector(duplicate, drones)
    ChangeEvent.objects.create(
        initiative=duplicate,
        kind=EventKind.VERIFIED,
        summary="Checked",
        via=EventVia.ADMIN,
        occurred_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    return survivor, duplicate


def test_it_moves_everything_to_the_survivor_once(pair) -> None:
    survivor, duplicate = pair
    both, only_one, other = UserFactory(), UserFactory(), UserFactory()
    for user in (both, only_one):
        follow(user, duplicate)
    follow(both, survivor)
    follow(other, survivor)
    events_before = ChangeEvent.objects.count()

    initiative_merge(survivor=survivor, merged=duplicate, via=EventVia.ADMIN)

    assert list(Initiative.objects.values_list("slug", flat=True)) == ["eu-ukraine"]
    assert Document.objects.filter(initiative=survivor).count() == 2
    assert Milestone.objects.filter(initiative=survivor).count() == 2
    assert FollowUpAction.objects.filter(initiative=survivor).count() == 2
    assert sorted(
        InitiativeActor.objects.filter(initiative=survivor).values_list("actor__name", "role")
    ) == [("Council of the EU", "decision_maker"), ("Ukraine", "partner")]
    assert InitiativeActor.objects.get(actor__name="Ukraine").evidence.quote == "Brussels"
    assert sorted(InitiativeArea.objects.values_list("area__slug", flat=True)) == [
        "co-production",
        "investment",
    ]
    assert InitiativeSector.objects.get().initiative == survivor
    assert sorted(Follow.objects.values_list("user__username", "initiative__slug")) == sorted(
        [(u.username, "eu-ukraine") for u in (both, only_one, other)]
    )
    assert ChangeEvent.objects.count() == events_before + 1
    assert ChangeEvent.objects.filter(initiative=survivor).count() == events_before + 1
    merged = ChangeEvent.objects.get(kind=EventKind.MERGED)
    assert merged.summary == "Merged with “Co-production with Ukraine” (co-production-with-ukraine)"


def test_the_survivor_keeps_its_fields_and_fills_only_blanks(pair) -> None:
    survivor, duplicate = pair
    initiative_merge(survivor=survivor, merged=duplicate, via=EventVia.ADMIN)
    survivor.refresh_from_db()
    assert (survivor.title, survivor.venue) == ("EU–Ukraine defence-industrial cooperation", "Kyiv")


def test_history_of_both_is_kept(pair) -> None:
    survivor, duplicate = pair
    action = FollowUpAction.objects.get(initiative=duplicate)
    initiative_merge(survivor=survivor, merged=duplicate, via=EventVia.ADMIN)
    assert {h.initiative_id for h in action.history.all()} == {survivor.pk}
    gone = Initiative.history.filter(id=duplicate.pk)
    assert gone.exists()
    assert gone.latest().history_type == "-"


def test_the_old_address_and_its_feeds_redirect_permanently(pair, client: Client) -> None:
    survivor, duplicate = pair
    initiative_merge(survivor=survivor, merged=duplicate, via=EventVia.ADMIN)
    page = client.get("/initiatives/co-production-with-ukraine/")
    assert (page.status_code, page["Location"]) == (301, "/initiatives/eu-ukraine/")
    feed = client.get("/feeds/initiatives/co-production-with-ukraine.atom")
    assert (feed.status_code, feed["Location"]) == (301, "/feeds/initiatives/eu-ukraine.atom")
    assert client.get("/initiatives/never-was/").status_code == 404
    assert "Merged with" in client.get("/feeds/initiatives/eu-ukraine.atom").content.decode()


def test_a_second_merge_carries_the_first_redirect_along(pair) -> None:
    survivor, duplicate = pair
    initiative_merge(survivor=duplicate, merged=survivor, via=EventVia.ADMIN)
    third = InitiativeFactory(slug="third")
    initiative_merge(survivor=third, merged=duplicate, via=EventVia.ADMIN)
    assert dict(SlugRedirect.objects.values_list("old_slug", "initiative__slug")) == {
        "eu-ukraine": "third",
        "co-production-with-ukraine": "third",
    }


def test_a_curator_chooses_the_survivor_on_a_confirmation_page(
    pair, client: Client, curator: User
) -> None:
    survivor, duplicate = pair
    client.force_login(curator)
    selected = {"action": "merge", "_selected_action": [survivor.pk, duplicate.pk]}
    asked = client.post(reverse(CHANGELIST), selected)
    assert asked.status_code == 200
    assert "Which one survives?" in asked.content.decode()
    assert Initiative.objects.count() == 2
    done = client.post(reverse(CHANGELIST), {**selected, "apply": "1", "survivor": duplicate.pk})
    assert done.status_code == 302
    assert list(Initiative.objects.values_list("slug", flat=True)) == [duplicate.slug]
    assert ChangeEvent.objects.get(kind=EventKind.MERGED).user == curator


def test_analysts_and_outsiders_cannot_merge(
    pair, client: Client, analyst: User, outsider: User
) -> None:
    survivor, duplicate = pair
    form = {
        "action": "merge",
        "apply": "1",
        "survivor": survivor.pk,
        "_selected_action": [survivor.pk, duplicate.pk],
    }
    client.force_login(analyst)
    response = client.post(reverse(CHANGELIST), form)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(outsider)
    assert client.post(reverse(CHANGELIST), form).status_code == 403
    assert Initiative.objects.count() == 2
