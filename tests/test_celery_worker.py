"""A task's round trip through Redis and a real worker, as in production."""

import pytest

from config.celery import app


@app.task(name="tests.add")
def add(x: int, y: int) -> int:
    return x + y


@pytest.mark.worker
def test_it_runs_a_task_in_a_real_worker_and_returns_its_result(celery_worker: object) -> None:
    assert not app.conf.task_always_eager
    result = add.delay(2, 3)
    assert result.get(timeout=30) == 5
    assert result.successful()
