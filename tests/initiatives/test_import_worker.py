"""`import_documents --async` hands each document to a real Celery worker on Redis."""

import io
import time

import pytest
from django.core.management import call_command

from initiatives.models import ImportRun, Initiative
from tests.initiatives.conftest import INPUTS, SEED

pytestmark = pytest.mark.worker
WAIT_SECONDS = 60


def test_a_real_worker_imports_what_the_command_enqueued(celery_worker: object) -> None:
    out = io.StringIO()
    call_command(
        "import_documents", str(SEED), str(INPUTS / "recipe.txt"), use_async=True, stdout=out
    )
    assert "Enqueued 2 document(s)." in out.getvalue()
    deadline = time.monotonic() + WAIT_SECONDS
    while ImportRun.objects.exclude(outcome="").count() < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert sorted(ImportRun.objects.values_list("trigger", "outcome")) == [
        ("task", "created"),
        ("task", "created"),
    ]
    assert Initiative.objects.get().title.startswith("EU Votes")
