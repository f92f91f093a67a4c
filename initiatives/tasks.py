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
from initiatives.models import ImportRun
from initiatives.pipeline.formats import SUPPORTED_SUFFIXES
from initiatives.uploads import upload_discard, uploads_purge

logger = logging.getLogger(__name__)

# Where the inbox moves files once they are imported (or failed), so a file is
# picked up once; a crash before the move only makes the next run say "unchanged".
INBOX_DONE = "imported"
INBOX_FAILED = "failed"


@shared_task(
    autoretry_for=(OperationalError,),
    retry_backoff=True,
    retry_backoff_max=300,
    max_retries=5,
)
def import_document(
    path: str, published: str | None = None, trigger: str = ImportRun.Trigger.TASK
) -> dict[str, Any]:
    """Import one file. Idempotent: the same text imported again is "unchanged"."""
    result = document_import_path(
        path=Path(path),
        today=timezone.localdate(),
        published=dt.date.fromisoformat(published) if published else None,
        trigger=trigger,
    )
    if trigger == ImportRun.Trigger.ADMIN and result.outcome != "failed":
        upload_discard(Path(path))  # its text is stored; a failed one waits for the purge
    return result.as_dict()


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
        result = document_import_path(
            path=path, root=inbox, today=timezone.localdate(), trigger=ImportRun.Trigger.INBOX
        )
        outcomes[result.outcome] = outcomes.get(result.outcome, 0) + 1
        target = inbox / (INBOX_FAILED if result.outcome == "failed" else INBOX_DONE)
        target.mkdir(exist_ok=True)
        shutil.move(path, target / path.name)
    return outcomes
