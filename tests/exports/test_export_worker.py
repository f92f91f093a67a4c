"""The export job on a real Celery worker (Redis), as in production."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client

from exports.models import Export, ExportState

pytestmark = pytest.mark.worker
WAIT_SECONDS = 60


def test_a_real_worker_prepares_the_export_and_emails_its_link(
    celery_worker: object, client: Client, analyst: User, three_initiatives
) -> None:
    client.force_login(analyst)
    client.post("/exports/initiatives/new/", {"query": "status=adopted"})
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        export = Export.objects.get()
        if export.state in (ExportState.READY, ExportState.FAILED) and mail.outbox:
            break
        time.sleep(0.2)
    assert (export.state, export.row_count, export.error) == (ExportState.READY, 3, "")
    [email] = mail.outbox
    assert f"/exports/{export.pk}/download/" in email.body
    download = client.get(f"/exports/{export.pk}/download/")
    assert b"".join(download.streaming_content).count(b"\n") == 4
