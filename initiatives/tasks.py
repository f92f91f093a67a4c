"""Celery tasks of the import pipeline. Thin: they take paths, call the service."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from pathlib import Path
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import OperationalError
from django.utils import timezone

from initiatives.imports import document_import_path
from initiatives.models import ImportOutcome, ImportRun
from initiatives.outbox import import_runs_sweep
from initiatives.pipeline.formats import SUPPORTED_SUFFIXES
from initiatives.uploads import upload_discard, uploads_purge

logger = logging.getLogger(__name__)

# Where the inbox moves files once they are imported (or failed), so a file is
# picked up once; a crash before the move only makes the next run say "unchanged".
INBOX_DONE = "imported"
INBOX_FAILED = "failed"


# Its ImportRun is its result: nothing waits on the result store, so enqueueing needs
# only the broker.
@shared_task(
    ignore_result=True,
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    retry_backoff_max=300,
    max_retries=5,
)
def import_document(
    path: str,
    published: str | None = None,
    trigger: str = ImportRun.Trigger.TASK,
    run_id: int | None = None,
) -> dict[str, Any]:
    """Import one file. Idempotent: the same text imported again is "unchanged", and a
    queued run (`run_id`) that another worker completed is not imported again."""
    if (
        run_id is not None
        and not ImportRun.objects.filter(pk=run_id, outcome=ImportOutcome.QUEUED).exists()
    ):
        return {"path": path, "outcome": "done before"}
    result = document_import_path(
        path=Path(path),
        today=timezone.localdate(),
        published=dt.date.fromisoformat(published) if published else None,
        trigger=trigger,
        run_id=run_id,
    )
    if trigger == ImportRun.Trigger.ADMIN and result.outcome != "failed":
        upload_discard(Path(path))  # its text is stored; a failed one waits for the purge
    return result.as_dict()


@shared_task
def sweep_queued_imports() -> int:
    """Hand over again the uploads that the broker never got (it was down) or lost."""
    return import_runs_sweep(now=timezone.now())


@shared_task
def purge_uploads() -> int:
    """Delete uploads kept after a failed import once UPLOAD_FAILED_RETENTION has passed."""
    return len(uploads_purge(now=timezone.now()))


def inbox_files(inbox: Path) -> list[Path]:
    """Files waiting at the top of the inbox (the done and failed folders are below it).
    Links, devices and FIFOs are listed too, so that the import refuses each one by name."""
    if not inbox.is_dir():
        return []
    return sorted(
        p
        for p in inbox.iterdir()
        if not (p.is_dir() and not p.is_symlink())
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not p.name.startswith(".")
    )


@shared_task
def import_inbox() -> dict[str, int]:
    """Import the files dropped into DOCKET_INBOX_DIR, then move each out of the way."""
    inbox = Path(settings.DOCKET_INBOX_DIR)
    outcomes: dict[str, int] = {}
    for path in inbox_files(inbox):
        try:
            result = document_import_path(
                path=path,
                root=inbox,
                today=timezone.localdate(),
                trigger=ImportRun.Trigger.INBOX,
            )
            outcome = result.outcome
            target = inbox / (INBOX_FAILED if outcome == ImportOutcome.FAILED else INBOX_DONE)
            target.mkdir(exist_ok=True)
            shutil.move(path, target / path.name)
        except Exception:  # one file's trouble is logged; the others are still imported
            logger.exception("Inbox file %s could not be imported or moved", path)
            outcome = ImportOutcome.FAILED
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return outcomes


@shared_task
def refresh_status_counts() -> int:
    """Count the dashboard's statuses again (see initiatives.summary)."""
    from initiatives.summary import status_summary_refresh

    return sum(status_summary_refresh().by_status.values())
