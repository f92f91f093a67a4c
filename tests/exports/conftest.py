from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User

from tests.factories import InitiativeFactory, UserFactory

# Small enough that three initiatives are "too many to stream".
STREAM_ROWS = 2


@pytest.fixture(autouse=True)
def export_settings(settings: object, tmp_path: Path) -> Path:
    settings.DOCKET_EXPORT_STREAM_ROWS = STREAM_ROWS
    settings.DOCKET_EXPORTS_DIR = tmp_path / "exports"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return settings.DOCKET_EXPORTS_DIR


@pytest.fixture
def three_initiatives(db: None) -> list:
    return [InitiativeFactory(title=f"=Initiative {n}") for n in range(3)]


@pytest.fixture
def stranger(db: None) -> User:
    return UserFactory(username="stranger")


def files_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def ask(client: object, django_capture_on_commit_callbacks: object) -> object:
    """Ask for an export as the client's user, and let its job be queued on commit (the
    test's transaction never commits; eager Celery then runs it at once)."""

    def ask(kind: str, query: str = "") -> object:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/exports/{kind}/new/", {"query": query})

    return ask
