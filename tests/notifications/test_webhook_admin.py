"""Staff see webhook endpoints and their delivery logs, read-only and without secrets;
nobody else reaches them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from notifications.webhook_delivery import send_webhooks
from notifications.webhook_models import WebhookDelivery
from tests.factories import UserFactory
from tests.notifications.receiver import Receiver
from tests.notifications.webhook_world import RUN_AT, endpoint_with_changes

pytestmark = pytest.mark.django_db


def _pages(endpoint_pk: int, delivery_pk: int) -> list[str]:
    return [
        reverse("admin:notifications_webhookendpoint_changelist"),
        reverse("admin:notifications_webhookendpoint_change", args=[endpoint_pk]),
        reverse("admin:notifications_webhookdelivery_changelist"),
        reverse("admin:notifications_webhookdelivery_change", args=[delivery_pk]),
    ]


def test_staff_see_endpoints_and_deliveries_read_only_without_secrets(
    client: Client, superuser: User, analyst: User, receiver: Receiver
) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    receiver.statuses = [503]
    send_webhooks(now=RUN_AT)
    delivery = WebhookDelivery.objects.filter(endpoint=endpoint).first()
    assert delivery is not None
    client.force_login(superuser)
    pages = [client.get(url) for url in _pages(endpoint.pk, delivery.pk)]
    assert [p.status_code for p in pages] == [200, 200, 200, 200]
    for page in pages:
        assert endpoint.secret not in page.content.decode()
        assert endpoint.secret.removeprefix("whsec_") not in page.content.decode()
    assert receiver.url in pages[0].content.decode()
    assert "503" in pages[2].content.decode()
    for change in (pages[1], pages[3]):
        assert 'name="url"' not in change.content.decode()
        assert 'name="status"' not in change.content.decode()
    add = reverse("admin:notifications_webhookendpoint_add")
    assert client.get(add).status_code == 403
    assert client.get(reverse("admin:notifications_webhookdelivery_add")).status_code == 403
    # A posted change is refused, and the row is as it was.
    refused = client.post(pages[3].request["PATH_INFO"], {"status": "sent"})
    assert refused.status_code == 403
    delivery.refresh_from_db()
    assert delivery.status != "sent"


def test_a_user_who_is_not_staff_cannot_reach_them(
    client: Client, analyst: User, receiver: Receiver
) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    send_webhooks(now=RUN_AT)
    delivery = WebhookDelivery.objects.filter(endpoint=endpoint).first()
    assert delivery is not None
    client.force_login(UserFactory(username="curious"))
    for url in _pages(endpoint.pk, delivery.pk):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert endpoint.secret not in response.content.decode()
