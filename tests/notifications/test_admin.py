"""Admins see follows, saved searches and the delivery log; the log cannot be edited."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from notifications.models import Delivery, DeliveryKind, DeliveryStatus
from tests.factories import InitiativeFactory, SavedSearchFactory, follow

pytestmark = pytest.mark.django_db


def test_an_admin_sees_follows_searches_and_deliveries(
    client: Client, superuser: User, analyst: User
) -> None:
    follow(analyst, InitiativeFactory(title="Drone coalition"))
    SavedSearchFactory(user=analyst, name="Adopted drones")
    delivery = Delivery.objects.create(
        user=analyst,
        kind=DeliveryKind.DIGEST,
        subject_key="digest",
        period="daily:2026-11-24",
        status=DeliveryStatus.SENT,
        claimed_at="2026-11-24T08:05:00Z",
    )
    client.force_login(superuser)
    assert (
        "Drone coalition"
        in client.get(reverse("admin:notifications_follow_changelist")).content.decode()
    )
    searches = client.get(reverse("admin:notifications_savedsearch_changelist")).content.decode()
    assert "Adopted drones" in searches
    log = client.get(reverse("admin:notifications_delivery_changelist")).content.decode()
    assert "daily:2026-11-24" in log
    change = client.get(reverse("admin:notifications_delivery_change", args=[delivery.pk]))
    assert change.status_code == 200
    assert 'name="status"' not in change.content.decode()  # read-only
    assert client.get(reverse("admin:notifications_delivery_add")).status_code == 403
