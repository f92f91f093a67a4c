"""Exports written by the job: asked for, run, announced and expired here, whoever calls
(the page, the task, beat)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import secrets
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from exports.kinds import KINDS, build
from exports.models import Export, ExportState, export_storage
from initiatives.csvexport import csv_pieces, in_one_transaction
from notifications import emails

logger = logging.getLogger(__name__)

# A ready file is kept this long after it was written, then deleted by beat.
EXPORT_KEEP = dt.timedelta(days=7)
# A run still "running" this long after it started has died with its worker (the hard
# time limit has passed; Redis hands its task out again a little later): it may run again.
STALE_RUN = dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 10)
# A queued export not started within this long never reached the broker: queue it again.
STALE_QUEUED = dt.timedelta(minutes=10)
PARTIAL = ".partial"


def export_request(*, user: AbstractBaseUser, kind: str, query: str, today: dt.date) -> Export:
    """Record an export of ``kind`` with the page's filters ``query``, and queue its job
    once the row is committed."""
    if kind not in KINDS:
        raise ValidationError(f"There is no export of “{kind}”.")
    with transaction.atomic():
        export = Export(user=user, kind=kind, query=query, today=today)
        export.full_clean()
        export.save()
        transaction.on_commit(lambda: export_enqueue(export_id=export.pk))
    return export


def export_enqueue(*, export_id: int) -> None:
    from exports.tasks import run_export

    try:
        run_export.delay(export_id)
    except Exception:  # the broker is down: the row stays queued and beat queues it again
        logger.warning("Export %s not queued; the sweep will queue it.", export_id, exc_info=True)


def _counted(rows: Iterable[Any], counter: list[int]) -> Iterator[Any]:
    for row in rows:
        counter[0] += 1
        yield row


def export_run(*, export_id: int) -> Export | None:
    """Write the export's CSV and announce it. Safe to run twice, or again after a crash:
    only a queued export (or one whose run died) is claimed, the file appears whole or not
    at all, and the email is claimed before it is sent."""
    now = timezone.now()
    claimable = Q(state=ExportState.QUEUED) | Q(
        state=ExportState.RUNNING, started_at__lt=now - STALE_RUN
    )
    claimed = Export.objects.filter(claimable, pk=export_id).update(
        state=ExportState.RUNNING, started_at=now, error=""
    )
    export = Export.objects.select_related("user").filter(pk=export_id).first()
    if export is None:
        return None
    if claimed != 1:
        if export.state == ExportState.READY:
            export_notify(export=export)  # a run that died between the file and the email
        return export
    mine = Export.objects.filter(pk=export_id, state=ExportState.RUNNING, started_at=now)
    storage = export_storage()
    name = f"{export.user_id}/{secrets.token_urlsafe(18)}.csv"
    final = Path(storage.path(name))
    partial = final.with_name(final.name + PARTIAL)
    counter = [0]
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        csv_export = build(export.kind, export.query, base=settings.SITE_URL, today=export.today)
        rows = _counted(in_one_transaction(csv_export.rows), counter)
        with partial.open("w", encoding="utf-8", newline="") as out:
            for piece in csv_pieces(csv_export.header, rows, written=csv_export.written):
                out.write(piece)
        os.replace(partial, final)  # the whole file appears at once
    except Exception as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        logger.exception("Export %s failed", export_id)
        mine.update(state=ExportState.FAILED, error=_reason(error), finished_at=timezone.now())
        export.refresh_from_db()
        return export
    if (
        mine.update(
            state=ExportState.READY, file=name, row_count=counter[0], finished_at=timezone.now()
        )
        != 1
    ):
        final.unlink(missing_ok=True)  # another run took it over meanwhile: its file counts
        return export
    export.refresh_from_db()
    export_notify(export=export)
    return export


def _reason(error: Exception) -> str:
    if isinstance(error, SoftTimeLimitExceeded):
        return (
            f"It took longer than {settings.CELERY_TASK_SOFT_TIME_LIMIT} seconds. "
            "Narrow the filters and ask again."
        )
    return f"It could not be written ({type(error).__name__}: {error}). Ask again later."


def export_notify(*, export: Export) -> bool:
    """Email the link to a ready export, once: the send is claimed first, so a second run
    (or a crash after the send) never sends it again."""
    if not export.user.email:
        return False
    claimed = Export.objects.filter(pk=export.pk, state=ExportState.READY, notified_at=None).update(
        notified_at=timezone.now()
    )
    if claimed != 1:
        return False
    label, _, _ = KINDS[export.kind]
    context = {
        "export": export,
        "label": label,
        "download_url": emails.absolute_url(export.get_absolute_url()),
        "exports_url": emails.absolute_url("/exports/"),
        "expires_on": (export.finished_at + EXPORT_KEEP).date(),
    }
    emails.export_ready(export.user.email, context).send()
    return True


def exports_sweep(*, now: dt.datetime | None = None) -> dict[str, int]:
    """Beat's round: delete the files kept long enough, and the pieces left by crashed
    runs; queue again what never started or died running."""
    now = now or timezone.now()
    storage = export_storage()
    expired = 0
    for export in Export.objects.filter(
        state=ExportState.READY, finished_at__lt=now - EXPORT_KEEP
    ).only("pk", "file"):
        if export.file:
            storage.delete(export.file.name)
        expired += Export.objects.filter(pk=export.pk, state=ExportState.READY).update(
            state=ExportState.EXPIRED, file=""
        )
    leftovers = 0
    root = Path(storage.location)
    if root.is_dir():
        for piece in root.glob(f"*/*{PARTIAL}"):
            if piece.stat().st_mtime < time.time() - STALE_RUN.total_seconds():
                piece.unlink(missing_ok=True)
                leftovers += 1
    stuck = list(
        Export.objects.filter(
            Q(state=ExportState.QUEUED, created_at__lt=now - STALE_QUEUED)
            | Q(state=ExportState.RUNNING, started_at__lt=now - STALE_RUN)
        ).values_list("pk", flat=True)
    )
    for export_id in stuck:
        export_enqueue(export_id=export_id)
    return {"expired": expired, "leftovers": leftovers, "requeued": len(stuck)}
