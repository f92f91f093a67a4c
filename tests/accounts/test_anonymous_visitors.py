"""A visitor who has not signed in is offered to sign in where the Follow button would be,
and sees the public feeds, which work without an account."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from initiatives.models import ActorRole, CooperationArea, Initiative
from tests.factories import ActorFactory, InitiativeFactory, link_actor, link_area

pytestmark = pytest.mark.django_db


@pytest.fixture
def initiative() -> Initiative:
    initiative = InitiativeFactory(title="Joint procurement", slug="joint-procurement")
    link_area(initiative, "investment")
    link_actor(initiative, ActorFactory(name="Council", slug="council"), ActorRole.DECISION_MAKER)
    return initiative


def sign_in_link(path: str) -> str:
    return f'<a class="follow-button" href="/accounts/login/?next={path}">Sign in to follow</a>'


@pytest.mark.parametrize(
    "path", ["/initiatives/joint-procurement/", "/areas/investment/", "/actors/council/"]
)
def test_a_visitor_is_offered_to_sign_in_to_follow(
    client: Client, initiative: Initiative, path: str
) -> None:
    assert path in {initiative.get_absolute_url(), _area_url(), _actor_url()}
    page = client.get(path).content.decode()
    assert sign_in_link(path) in page
    assert ">Sign in to follow</a>" in page
    assert 'class="follow-form"' not in page


def test_the_list_filtered_to_one_area_offers_to_sign_in_to_follow_it(
    client: Client, initiative: Initiative
) -> None:
    page = client.get("/initiatives/", {"area": "investment"}).content.decode()
    assert "Hear about every change in investment:" in page
    assert ">Sign in to follow</a>" in page


def test_a_signed_in_reader_gets_the_follow_button(
    client: Client, analyst: User, initiative: Initiative
) -> None:
    client.force_login(analyst)
    page = client.get(initiative.get_absolute_url()).content.decode()
    assert 'class="follow-form"' in page
    assert "Sign in to follow" not in page


def test_a_visitor_sees_feed_links_that_work_without_an_account(
    client: Client, initiative: Initiative
) -> None:
    page = client.get(initiative.get_absolute_url()).content.decode()
    links = [
        "/feeds/initiatives/joint-procurement.atom",
        "/feeds/initiatives/joint-procurement.ics",
        "/feeds/events.atom",
        "/feeds/calendar.ics",
    ]
    for link in links:
        assert f'href="{link}"' in page
        assert client.get(link).status_code == 200
    area = client.get(_area_url()).content.decode()
    assert 'href="/feeds/areas/investment.atom"' in area
    assert client.get("/feeds/areas/investment.atom").status_code == 200


def _area_url() -> str:
    return CooperationArea.objects.get(slug="investment").get_absolute_url()


def _actor_url() -> str:
    from initiatives.models import Actor

    return Actor.objects.get(slug="council").get_absolute_url()
