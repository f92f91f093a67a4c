"""Through the API a token holder registers, lists and deletes their own webhook
endpoints and reads each one's delivery log; nobody reaches another user's endpoints."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client
from standardwebhooks.webhooks import Webhook

from notifications.webhook_delivery import send_webhooks
from notifications.webhook_models import WebhookDelivery, WebhookEndpoint, WebhookStatus
from notifications.webhook_services import webhook_endpoint_create
from tests.factories import UserFactory, make_world
from tests.notifications.receiver import Receiver, start_receiver
from tests.notifications.webhook_world import REGISTERED_AT, RUN_AT, endpoint_with_changes

pytestmark = pytest.mark.django_db
Headers = Callable[[User], dict[str, str]]
URL = "/api/v1/me/webhooks"


@pytest.fixture
def receiver(settings: object) -> Iterator[Receiver]:
    """A webhook receiver on loopback, which the settings let through as in development."""
    settings.WEBHOOKS_ALLOW_LOOPBACK = True  # type: ignore[attr-defined]
    found, server = start_receiver()
    yield found
    server.shutdown()
    server.server_close()


def _post(client: Client, data: dict, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.post(URL, json.dumps(data), content_type="application/json", **headers)


def test_a_user_registers_an_endpoint_and_gets_its_secret_once(
    client: Client, analyst: User, token_for: Headers, receiver: Receiver
) -> None:
    headers = token_for(analyst)
    with time_machine.travel(REGISTERED_AT, tick=False):
        made = _post(client, {"url": receiver.url}, headers)
    assert made.status_code == 201
    body = made.json()
    endpoint = WebhookEndpoint.objects.get(user=analyst)
    assert body["secret"] == endpoint.secret
    assert body["secret"].startswith("whsec_")
    assert (body["id"], body["url"], body["enabled"]) == (endpoint.pk, receiver.url, True)
    listed = client.get(URL, **headers)
    assert [e["url"] for e in listed.json()] == [receiver.url]
    assert endpoint.secret not in listed.content.decode()
    # The secret signs what is sent: an independent verifier accepts it.
    make_world(analyst)
    send_webhooks(now=RUN_AT)
    sent = receiver.requests[0]
    Webhook(body["secret"]).verify(sent.body, sent.headers)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://169.254.169.254/latest/meta-data/", "only sends webhooks to public addresses"),
        ("https://10.0.0.5/hook", "only sends webhooks to public addresses"),
        ("https://127.0.0.1:8000/hook", "only sends webhooks to public addresses"),
        ("http://93.184.215.14/hook", "Use an https:// address"),
        ("not a url", "Leave spaces"),
        ("example.org/hook", "Give a full web address"),
        ("https://[::1/hook", "Give a full web address"),
        ("https://93.184.215.14/\x00", "control characters"),
    ],
)
def test_an_unsafe_or_bad_address_is_refused_as_the_page_refuses_it(
    client: Client, analyst: User, token_for: Headers, url: str, message: str
) -> None:
    response = _post(client, {"url": url}, token_for(analyst))
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["errors"][0]["field"] == "url"
    assert message in problem["errors"][0]["message"]
    assert not WebhookEndpoint.objects.exists()


def test_a_user_deletes_an_endpoint(
    client: Client, analyst: User, token_for: Headers, receiver: Receiver
) -> None:
    headers = token_for(analyst)
    made = _post(client, {"url": receiver.url}, headers).json()
    assert client.delete(f"{URL}/{made['id']}", **headers).status_code == 204
    assert not WebhookEndpoint.objects.exists()
    again = client.delete(f"{URL}/{made['id']}", **headers)
    assert again.status_code == 404
    assert again["Content-Type"] == "application/problem+json"


def test_a_user_reads_an_endpoints_delivery_log(
    client: Client, analyst: User, token_for: Headers, receiver: Receiver
) -> None:
    endpoint = endpoint_with_changes(analyst, receiver)
    receiver.statuses = [503, 200]
    send_webhooks(now=RUN_AT)
    log = client.get(f"{URL}/{endpoint.pk}/deliveries", **token_for(analyst))
    assert log.status_code == 200
    rows = log.json()
    stored = list(WebhookDelivery.objects.filter(endpoint=endpoint).order_by("-created_at", "-pk"))
    assert [(r["msg_id"], r["status"], r["response_code"], r["attempts"]) for r in rows] == [
        (d.msg_id, d.status, d.response_code, d.attempts) for d in stored
    ]
    assert len(rows) == 2
    assert (WebhookStatus.RETRY, 503, 1) in {
        (r["status"], r["response_code"], r["attempts"]) for r in rows
    }
    assert endpoint.secret not in log.content.decode()


def test_nobody_reaches_another_users_endpoints(
    client: Client, analyst: User, token_for: Headers, receiver: Receiver
) -> None:
    other = UserFactory(username="other")
    theirs = endpoint_with_changes(other, receiver)
    send_webhooks(now=RUN_AT)
    kept = WebhookDelivery.objects.filter(endpoint=theirs).count()
    assert kept
    headers = token_for(analyst)
    assert client.get(URL, **headers).json() == []
    log = client.get(f"{URL}/{theirs.pk}/deliveries", **headers)
    assert log.status_code == 404
    assert log["Content-Type"] == "application/problem+json"
    assert client.delete(f"{URL}/{theirs.pk}", **headers).status_code == 404
    assert WebhookEndpoint.objects.filter(pk=theirs.pk).exists()
    assert WebhookDelivery.objects.filter(endpoint=theirs).count() == kept


@pytest.mark.parametrize(
    ("method", "url"),
    [("get", URL), ("post", URL), ("delete", f"{URL}/1"), ("get", f"{URL}/1/deliveries")],
)
def test_webhooks_need_a_token(client: Client, method: str, url: str) -> None:
    response = getattr(client, method)(url)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("rows", [1, 8])
def test_endpoints_and_deliveries_are_listed_in_a_fixed_number_of_queries(
    client: Client,
    analyst: User,
    token_for: Headers,
    receiver: Receiver,
    django_assert_num_queries: object,
    rows: int,
) -> None:
    headers = token_for(analyst)
    endpoint = webhook_endpoint_create(user=analyst, url=receiver.url, now=RUN_AT)
    for n in range(1, rows):
        webhook_endpoint_create(user=analyst, url=f"{receiver.url}?n={n}", now=RUN_AT)
    for _ in range(rows):
        WebhookDelivery.objects.create(
            endpoint=endpoint, event_type="ping", payload={}, created_at=RUN_AT
        )
    client.get(URL, **headers)  # notes when the token was last used
    # The token with its user, then the endpoints.
    with django_assert_num_queries(2):  # type: ignore[operator]
        assert len(client.get(URL, **headers).json()) == rows
    # The token with its user, the endpoint (yours?), then its deliveries.
    with django_assert_num_queries(3):  # type: ignore[operator]
        assert len(client.get(f"{URL}/{endpoint.pk}/deliveries", **headers).json()) == rows
