"""The initiative page's kept body is also kept in each process (initiatives/detail.py),
under the same key: read without asking the cache, and never after a write."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from initiatives.models import Initiative
from tests.factories import InitiativeFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="kept only where triggers move the version"
    ),
]


def page(initiative: Initiative) -> str:
    return Client().get(f"/initiatives/{initiative.slug}/").content.decode()


def test_a_body_read_in_this_process_is_read_again_without_the_cache(
    frozen_today: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    initiative = InitiativeFactory(title="Kept here", summary="The first summary.")
    assert "The first summary." in page(initiative)
    asked = []
    monkeypatch.setattr(cache, "get", lambda key, *a, **k: asked.append(key))
    assert "The first summary." in page(initiative)
    assert not [key for key in asked if "initiative-body" in str(key)]


def test_a_write_shows_on_the_next_request_though_this_process_kept_the_body(
    frozen_today: object,
) -> None:
    initiative = InitiativeFactory(title="Kept here", summary="The first summary.")
    assert "The first summary." in page(initiative)
    Initiative.objects.filter(pk=initiative.pk).update(summary="The second summary.")
    html = page(initiative)
    assert "The second summary." in html and "The first summary." not in html
