"""Through the API a token holder manages their own follows and saved searches, and
reaches nobody else's."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from notifications.models import Follow, SavedSearch
from tests.factories import InitiativeFactory, SavedSearchFactory, UserFactory, follow

pytestmark = pytest.mark.django_db
Headers = Callable[[User], dict[str, str]]


def _post(client: Client, url: str, data: dict, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.post(url, json.dumps(data), content_type="application/json", **headers)


def test_a_user_follows_and_unfollows(client: Client, analyst: User, token_for: Headers) -> None:
    headers = token_for(analyst)
    InitiativeFactory(slug="ammunition", title="Joint ammunition")
    made = _post(
        client, "/api/v1/me/follows", {"kind": "initiative", "slug": "ammunition"}, headers
    )
    assert made.status_code == 201
    assert made.json()["name"] == "Joint ammunition"
    area = _post(client, "/api/v1/me/follows", {"kind": "area", "slug": "investment"}, headers)
    assert area.status_code == 201
    listed = client.get("/api/v1/me/follows", **headers).json()
    assert [(f["kind"], f["slug"]) for f in listed] == [
        ("initiative", "ammunition"),
        ("area", "investment"),
    ]
    gone = client.delete(f"/api/v1/me/follows/{made.json()['id']}", **headers)
    assert gone.status_code == 204
    assert list(Follow.objects.filter(user=analyst).values_list("area__slug", flat=True)) == [
        "investment"
    ]


def test_following_something_unknown_is_404(
    client: Client, analyst: User, token_for: Headers
) -> None:
    response = _post(
        client, "/api/v1/me/follows", {"kind": "actor", "slug": "nobody"}, token_for(analyst)
    )
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert not Follow.objects.exists()


def test_a_user_saves_a_search_checked_as_the_list_page_checks_it(
    client: Client, analyst: User, token_for: Headers
) -> None:
    headers = token_for(analyst)
    bad = _post(
        client, "/api/v1/me/saved-searches", {"name": "x", "query": "area=atlantis"}, headers
    )
    assert bad.status_code == 422
    assert bad["Content-Type"] == "application/problem+json"
    assert bad.json()["errors"][0]["field"] == "query"
    assert not SavedSearch.objects.exists()
    good = _post(
        client, "/api/v1/me/saved-searches", {"name": "Adopted", "query": "status=adopted"}, headers
    )
    assert good.status_code == 201
    assert client.get("/api/v1/me/saved-searches", **headers).json()[0]["query"] == "status=adopted"
    assert (
        client.delete(f"/api/v1/me/saved-searches/{good.json()['id']}", **headers).status_code
        == 204
    )
    assert not SavedSearch.objects.exists()


def test_nobody_reaches_another_users_follows_or_searches(
    client: Client, analyst: User, token_for: Headers
) -> None:
    other = UserFactory(username="other")
    theirs = follow(other, InitiativeFactory(slug="theirs"))
    their_search = SavedSearchFactory(user=other, name="Private", query="status=adopted")
    headers = token_for(analyst)
    assert client.get("/api/v1/me/follows", **headers).json() == []
    assert client.get("/api/v1/me/saved-searches", **headers).json() == []
    assert client.delete(f"/api/v1/me/follows/{theirs.pk}", **headers).status_code == 404
    response = client.delete(f"/api/v1/me/saved-searches/{their_search.pk}", **headers)
    assert response.status_code == 404
    assert Follow.objects.filter(pk=theirs.pk).exists()
    assert SavedSearch.objects.filter(pk=their_search.pk).exists()


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/api/v1/me/follows"),
        ("post", "/api/v1/me/follows"),
        ("get", "/api/v1/me/saved-searches"),
        ("delete", "/api/v1/me/saved-searches/1"),
    ],
)
def test_own_data_needs_a_token(client: Client, method: str, url: str) -> None:
    response = getattr(client, method)(url)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"


def test_a_signed_in_browser_session_is_not_a_token(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    assert client.get("/api/v1/me/follows").status_code == 401


@pytest.mark.parametrize("rows", [1, 12])
def test_it_lists_own_follows_in_a_fixed_number_of_queries(
    client: Client,
    analyst: User,
    token_for: Headers,
    django_assert_num_queries: object,
    rows: int,
) -> None:
    headers = token_for(analyst)
    for n in range(rows):
        follow(analyst, InitiativeFactory(slug=f"i{n}"))
    client.get("/api/v1/me/follows", **headers)  # notes when the token was last used
    # The token with its user, then the follows with what they follow.
    with django_assert_num_queries(2):  # type: ignore[operator]
        assert len(client.get("/api/v1/me/follows", **headers).json()) == rows


def test_a_follow_made_through_the_api_chooses_its_kinds_of_change(
    client: Client, analyst: User, token_for: Headers
) -> None:
    headers = token_for(analyst)
    InitiativeFactory(slug="ammunition", title="Joint ammunition")
    made = _post(
        client,
        "/api/v1/me/follows",
        {"kind": "initiative", "slug": "ammunition", "events": "deadlines"},
        headers,
    )
    assert made.status_code == 201
    assert made.json()["events"] == "deadlines"
    assert Follow.objects.get(user=analyst).events == "deadlines"
    search = _post(
        client,
        "/api/v1/me/saved-searches",
        {"name": "Adopted", "query": "status=adopted", "events": "status"},
        headers,
    )
    assert search.json()["events"] == "status"
    refused = _post(
        client,
        "/api/v1/me/follows",
        {"kind": "area", "slug": "investment", "events": "gossip"},
        headers,
    )
    assert refused.status_code in (400, 422)
    assert refused["Content-Type"] == "application/problem+json"
    assert Follow.objects.filter(user=analyst).count() == 1
