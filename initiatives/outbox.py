"""Imports waiting for a worker: an outbox of queued ImportRuns.

An upload records its ImportRun as queued in the same transaction as the file, and
hands the task to the broker only after commit. If the broker is down, the hand-off
fails fast (see BROKER_TIMEOUT in settings), the run stays queued, and the periodic
sweep hands it over again. The task completes the run it was given, and does nothing
for a run that is no longer queued, so a run handed over twice imports once.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from initiatives.models import ImportOutcome, ImportRun

logger = logging.getLogger(__name__)

# A run never handed to the broker is swept after this long: its own on-commit hand-off
# comes first, unless the broker was down.
QUEUE_GRACE = dt.timedelta(minutes=2)
# A run handed over but still queued this long after (the message was lost with
# Redis's data) is handed over again.
REQUEUE_AFTER = dt.timedelta(hours=1)
SWEEP_BATCH = 500


def import_run_queue(*, path: Path, trigger: str) -> ImportRun:
    """Record one file as queued and hand it to a worker once the transaction commits."""
    with transaction.atomic():
        run = ImportRun.objects.create(
            path=str(path), trigger=trigger, outcome=ImportOutcome.QUEUED
        )
        transaction.on_commit(lambda: import_run_enqueue(run_id=run.pk))
    return run


def import_run_retry(*, run: ImportRun) -> ImportRun:
    """Import a run's file again, as a new queued run (a curator re-runs an import once
    its cause is fixed). Raises ValidationError when the file is gone: uploads are
    deleted once imported, their text being stored."""
    path = Path(run.path)
    if not path.is_file():
        raise ValidationError(
            f"The file {path.name} is no longer on disk; import it from its source or upload it."
        )
    return import_run_queue(path=path, trigger=run.trigger)


def import_run_enqueue(*, run_id: int) -> bool:
    """Hand a queued run to the broker; False (and the run stays queued) if it is down."""
    from initiatives.tasks import import_document

    run = ImportRun.objects.filter(pk=run_id, outcome=ImportOutcome.QUEUED).first()
    if run is None:
        return False
    try:
        import_document.delay(run.path, None, run.trigger, run.pk)
    except Exception as error:  # the broker is down: the sweep tries again later
        logger.warning("Import of %s stays queued: the broker refused it: %s", run.path, error)
        return False
    ImportRun.objects.filter(pk=run.pk, outcome=ImportOutcome.QUEUED).update(
        enqueued_at=timezone.now()
    )
    return True


def import_runs_sweep(*, now: dt.datetime) -> int:
    """Hand over again the queued runs the broker never got or lost. Returns how many."""
    stale = ImportRun.objects.filter(outcome=ImportOutcome.QUEUED).filter(
        Q(enqueued_at__isnull=True, started_at__lte=now - QUEUE_GRACE)
        | Q(enqueued_at__lte=now - REQUEUE_AFTER)
    )
    run_ids = list(stale.order_by("started_at").values_list("pk", flat=True)[:SWEEP_BATCH])
    return sum(import_run_enqueue(run_id=run_id) for run_id in run_ids)
