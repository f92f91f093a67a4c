"""A saved search is checked when it is saved: a query the list would reject is refused."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from notifications.models import SavedSearch


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("q=%00", "Null characters are not allowed"),
        ("q=" + "-" * 50, "no words to search for"),
        ("decided_after=2026-02-30", "Enter a valid date"),
        ("sort=sideways", "Select a valid choice"),
        ("due_within=99999999999999999999", "less than or equal to"),
    ],
)
def test_it_refuses_to_save_a_search_the_list_would_reject(
    client: Client, analyst: User, query: str, message: str
) -> None:
    client.force_login(analyst)
    response = client.post(
        "/following/searches/",
        {"name": "Broken", "query": f"http://testserver/initiatives/?{query}"},
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_it_saves_a_well_formed_search(client: Client, analyst: User) -> None:
    client.force_login(analyst)
    response = client.post(
        "/following/searches/",
        {"name": "Drones", "query": "/initiatives/?q=drones+-russia&sort=decided"},
    )
    assert response.status_code == 302
    assert SavedSearch.objects.get().query == "q=drones+-russia&sort=decided"
