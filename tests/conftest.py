from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from tests.caches import clear_cache
from tests.factories import UserFactory, make_curator


@pytest.fixture
def curator(db: None) -> User:
    return make_curator()


@pytest.fixture
def analyst(db: None) -> User:
    """A signed-up reader: no staff rights."""
    return UserFactory(username="analyst")


@pytest.fixture
def outsider(db: None) -> User:
    """Staff, but in no group: can reach admin's index and nothing in it."""
    return UserFactory(username="outsider", is_staff=True)


@pytest.fixture
def superuser(db: None) -> User:
    return UserFactory(username="root", is_staff=True, is_superuser=True)


@pytest.fixture(autouse=True)
def eager_celery(request: pytest.FixtureRequest) -> object:
    """Run tasks in-process, except in tests that start a real worker."""
    from config.celery import app

    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = previous


@pytest.fixture
def celery_worker(transactional_db: None) -> object:
    """A real Celery worker thread consuming from the configured Redis broker."""
    import os

    from celery.contrib.testing.worker import start_worker

    from config.celery import app

    if not (os.environ.get("REDIS_URL") or os.environ.get("CELERY_BROKER_URL")):
        pytest.skip("needs a broker: set REDIS_URL=redis://127.0.0.1:6379/15 (CI does)")
    app.conf.task_always_eager = False
    with start_worker(app, perform_ping_check=False, pool="solo", loglevel="WARNING") as worker:
        yield worker


@pytest.fixture(autouse=True)
def empty_cache() -> object:
    """Rate-limit counts and the dashboard's delivery record live in the cache; no test
    inherits another's."""
    clear_cache()
    yield
    clear_cache()
