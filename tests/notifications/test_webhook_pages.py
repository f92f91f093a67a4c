"""The webhooks page: register, secret shown once, log, test event, delete; own data only."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from standardwebhooks.webhooks import Webhook

from notifications.webhook_models import WebhookDelivery, WebhookEndpoint, WebhookStatus
from tests.factories import UserFactory
from tests.notifications.receiver import Receiver

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client: Client, analyst: User) -> Client:
    client.force_login(analyst)
    return client


def test_anonymous_visitors_are_sent_to_sign_in(client: Client) -> None:
    response = client.get("/webhooks/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_registering_shows_the_secret_once_and_lists_the_endpoint(
    signed_in: Client, receiver: Receiver
) -> None:
    response = signed_in.post("/webhooks/", {"url": receiver.url}, follow=True)
    endpoint = WebhookEndpoint.objects.get()
    page = response.content.decode()
    assert f"Registered {receiver.url}." in page
    assert endpoint.secret in page
    assert "shown only this once" in page
    again = signed_in.get("/webhooks/").content.decode()
    assert endpoint.secret not in again
    assert f'href="/webhooks/{endpoint.pk}/">{receiver.url}</a>' in again


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://169.254.169.254/latest/meta-data/", "only sends webhooks to public addresses"),
        ("https://10.0.0.5/hook", "only sends webhooks to public addresses"),
        ("http://93.184.215.14/hook", "Use an https:// address"),
        ("not a url", "Enter a valid URL"),
    ],
)
def test_an_unsafe_or_bad_address_is_refused_with_a_reason(
    signed_in: Client, url: str, message: str
) -> None:
    response = signed_in.post("/webhooks/", {"url": url})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


def test_the_test_event_button_sends_a_signed_test_and_logs_it(
    signed_in: Client, analyst: User, receiver: Receiver, django_capture_on_commit_callbacks
) -> None:
    signed_in.post("/webhooks/", {"url": receiver.url})
    endpoint = WebhookEndpoint.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in.post(f"/webhooks/{endpoint.pk}/test/", follow=True)
    (request,) = receiver.requests
    body = Webhook(endpoint.secret).verify(request.body, request.headers)
    assert body["type"] == "docket.test"
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.response_code, delivery.attempts) == (
        WebhookStatus.SENT,
        200,
        1,
    )
    assert "A test event is on its way" in response.content.decode()
    page = signed_in.get(f"/webhooks/{endpoint.pk}/").content.decode()
    assert "<td>docket.test" in page
    assert "<td>Delivered" in page and "<td>200</td>" in page
    assert delivery.msg_id in page


def test_nobody_sees_or_touches_another_users_endpoint(
    signed_in: Client, receiver: Receiver
) -> None:
    other = UserFactory(username="other")
    theirs = WebhookEndpoint.objects.create(
        user=other,
        url=receiver.url,
        created_at="2026-11-01T00:00Z",
        events_until="2026-11-01T00:00Z",
    )
    assert receiver.url not in signed_in.get("/webhooks/").content.decode()
    assert signed_in.get(f"/webhooks/{theirs.pk}/").status_code == 404
    assert signed_in.post(f"/webhooks/{theirs.pk}/test/").status_code == 404
    assert signed_in.post(f"/webhooks/{theirs.pk}/delete/").status_code == 404
    assert signed_in.post(f"/webhooks/{theirs.pk}/enable/").status_code == 404
    assert WebhookEndpoint.objects.filter(pk=theirs.pk).exists()
    assert not WebhookDelivery.objects.exists()


def test_deleting_an_endpoint_removes_it_and_its_log(signed_in: Client, receiver: Receiver) -> None:
    signed_in.post("/webhooks/", {"url": receiver.url})
    endpoint = WebhookEndpoint.objects.get()
    response = signed_in.post(f"/webhooks/{endpoint.pk}/delete/", follow=True)
    assert "nothing more is sent to it" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()
