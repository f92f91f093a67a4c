"""A sending process killed mid-run: what it sent stays sent, and the request it was in
the middle of is sent again, once, with the same webhook-id."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
import time_machine
from django.contrib.auth.models import User
from django.db import connection

from notifications.webhook_delivery import CLAIM_LEASE, send_webhooks
from notifications.webhook_models import WebhookDelivery, WebhookStatus
from tests.initiatives.conftest import ROOT
from tests.notifications.receiver import Receiver
from tests.notifications.webhook_world import RUN_AT, endpoint_with_changes

pytestmark = pytest.mark.django_db(transaction=True)
WAIT_SECONDS = 60


def database_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"


def test_a_killed_run_resends_only_the_request_it_was_in(analyst: User, receiver: Receiver) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("another process shares the test database only on PostgreSQL")
    endpoint_with_changes(analyst, receiver)
    receiver.delay, receiver.delay_only = WAIT_SECONDS, {1}  # the second request hangs
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "WEBHOOKS_ALLOW_LOOPBACK": "1",
        "DEBUG": "1",
    }
    command = [sys.executable, "manage.py", "send_webhooks", "--now", RUN_AT.isoformat()]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while len(receiver.requests) < 2:
            assert process.poll() is None, process.stdout.read().decode()
            assert time.monotonic() < deadline, "the run never reached the second request"
            time.sleep(0.1)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    rows = {r.msg_id: r for r in WebhookDelivery.objects.all()}
    first, second = (r.headers["webhook-id"] for r in receiver.requests)
    assert rows[first].status == WebhookStatus.SENT
    assert rows[second].status == WebhookStatus.CLAIMED  # the killed run's, mid-request

    receiver.delay = 0
    with time_machine.travel(RUN_AT + CLAIM_LEASE / 2, tick=False):
        assert send_webhooks(now=RUN_AT + CLAIM_LEASE / 2).sent == 0  # its claim holds
    with time_machine.travel(RUN_AT + CLAIM_LEASE, tick=False):
        assert send_webhooks(now=RUN_AT + CLAIM_LEASE).sent == 1
    ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert ids == [first, second, second]
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {WebhookStatus.SENT}
