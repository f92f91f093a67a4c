"""A worker killed with SIGKILL mid-import: another worker runs the task again, soon, once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection

from initiatives.models import Document, ImportRun, Initiative
from tests.initiatives.conftest import ROOT, SEED

pytestmark = pytest.mark.worker
# Small limits make the visibility timeout 2 + 5 = 7 s (see config/settings.py).
TIME_LIMIT = 2
WAIT_SECONDS = 90


def worker_env(marker: Path) -> dict[str, str]:
    settings = connection.settings_dict
    database = (
        f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    )
    return {
        **os.environ,
        "DATABASE_URL": database,
        "CELERY_TASK_TIME_LIMIT": str(TIME_LIMIT),
        "CELERY_TASK_SOFT_TIME_LIMIT": str(TIME_LIMIT - 1),
        "DOCKET_TEST_STALL_MARKER": str(marker),
    }


@contextmanager
def worker(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen]:
    command = [sys.executable, "-m", "celery", "-A", "tests.stalling_worker", "worker"]
    options = ["--pool=solo", "--loglevel=WARNING", "--without-mingle", "--without-gossip"]
    with log.open("ab") as out:
        process = subprocess.Popen(
            [*command, *options], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)


def wait_for(condition: object, what: str, log: Path) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        assert time.monotonic() < deadline, f"{what}; worker log:\n{log.read_text()}"
        time.sleep(0.2)


def test_a_task_of_a_killed_worker_runs_again_on_another_and_takes_effect_once(
    transactional_db: None, tmp_path: Path
) -> None:
    if connection.vendor != "postgresql" or not os.environ.get("REDIS_URL"):
        pytest.skip("needs PostgreSQL (shared with the worker process) and REDIS_URL")
    from config.celery import app
    from initiatives.tasks import import_document

    app.control.purge()
    marker, log = tmp_path / "stalled", tmp_path / "worker.log"
    env = worker_env(marker)
    document = tmp_path / SEED.name
    document.write_bytes(SEED.read_bytes())

    with worker(env, log) as first:
        import_document.delay(str(document))
        wait_for(marker.exists, "the first worker never started the import", log)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    assert Document.objects.count() == 0  # its transaction died with it

    with worker(env, log):
        wait_for(ImportRun.objects.exists, "no worker ran the task again", log)
    assert Document.objects.count() == 1
    assert Initiative.objects.count() == 1
    assert list(ImportRun.objects.values_list("outcome", flat=True)) == ["created"]
