"""Redis down loses no upload: it is queued with the file, and handed over when Redis is back."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from initiatives.models import ImportRun, Initiative
from initiatives.outbox import QUEUE_GRACE, import_runs_sweep
from tests.initiatives.conftest import ROOT, SEED

# Nothing listens there: a connection is refused at once, as with Redis stopped.
DEAD_BROKER = "redis://127.0.0.1:1/0"
WAIT_SECONDS = 60


@contextmanager
def broker(url: str) -> Iterator[None]:
    """Point the Celery app (producers and result store) at `url`, then back."""
    from config.celery import app

    saved = (app.conf.broker_url, app.conf.result_backend, app.conf.task_always_eager)

    def forget_connections() -> None:
        app._pool = None
        app.amqp._producer_pool = None
        app._local.__dict__.pop("backend", None)

    app.conf.update(broker_url=url, result_backend=url, task_always_eager=False)
    forget_connections()
    try:
        yield
    finally:
        broker_url, result_backend, eager = saved
        app.conf.update(broker_url=broker_url, result_backend=result_backend)
        app.conf.task_always_eager = eager
        forget_connections()


@pytest.mark.django_db
def test_an_upload_with_redis_down_is_queued_and_answered_at_once(
    client: Client,
    curator: User,
    settings: object,
    tmp_path: Path,
    django_capture_on_commit_callbacks: object,
) -> None:
    settings.MEDIA_ROOT = tmp_path
    client.force_login(curator)
    upload = SimpleUploadedFile(SEED.name, SEED.read_bytes())
    with broker(DEAD_BROKER), django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:initiatives_importrun_upload"), {"files": [upload]}, follow=True
        )
    assert response.status_code == 200
    assert "1 document(s) queued for import" in response.content.decode()
    run = ImportRun.objects.get()
    assert (run.outcome, run.trigger, run.enqueued_at) == ("queued", "admin", None)
    assert Path(run.path).read_bytes() == SEED.read_bytes()
    assert Initiative.objects.count() == 0


def test_import_documents_async_with_redis_down_fails_in_one_line_with_status_2() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "import_documents", "--async", str(SEED)],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": DEAD_BROKER, "CELERY_BROKER_URL": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    [line] = [line for line in result.stderr.splitlines() if line.strip()]
    assert line.startswith("CommandError: Cannot reach the task broker (")
    assert line.endswith("0 of 1 document(s) enqueued. Run again without --async to import here.")


@pytest.mark.worker
def test_the_sweep_hands_a_queued_upload_to_a_real_worker_once(
    celery_worker: object, tmp_path: Path
) -> None:
    path = tmp_path / SEED.name
    path.write_bytes(SEED.read_bytes())
    # What an upload left while Redis was down.
    run = ImportRun.objects.create(path=str(path), trigger="admin", outcome="queued")
    ImportRun.objects.filter(pk=run.pk).update(started_at=timezone.now() - QUEUE_GRACE)
    fresh = ImportRun.objects.create(path=str(path), trigger="admin", outcome="queued")

    assert import_runs_sweep(now=timezone.now()) == 1  # the fresh one has its own hand-off
    assert import_runs_sweep(now=timezone.now()) == 0  # handed over: not again
    deadline = time.monotonic() + WAIT_SECONDS
    while ImportRun.objects.filter(pk=run.pk, outcome="queued").exists():
        assert time.monotonic() < deadline, "the worker never imported the swept upload"
        time.sleep(0.2)
    run.refresh_from_db()
    assert (run.outcome, run.trigger) == ("created", "admin")
    assert Initiative.objects.get().title.startswith("EU Votes")
    assert ImportRun.objects.get(pk=fresh.pk).outcome == "queued"
    later = timezone.now() + dt.timedelta(hours=2)
    assert import_runs_sweep(now=later) == 1  # only the fresh one, never handed over
