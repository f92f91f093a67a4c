"""An export job that crashes is run again; one that fails says why and leaves no file;
old files go."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import time_machine
from django.contrib.auth.models import User
from django.core import mail
from django.utils import timezone

from exports.models import Export, ExportState
from exports.services import EXPORT_KEEP, STALE_RUN, export_run, exports_sweep
from tests.exports.conftest import files_in

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 24, 8, 5, tzinfo=dt.UTC)


def queued(user: User, **fields: object) -> Export:
    return Export.objects.create(user=user, kind="initiatives", today=NOW.date(), **fields)


@time_machine.travel(NOW, tick=False)
def test_a_run_that_died_is_taken_up_again_and_a_live_one_is_left_alone(
    analyst: User, three_initiatives
) -> None:
    dead = queued(analyst, state=ExportState.RUNNING, started_at=NOW - STALE_RUN - dt.timedelta(1))
    live = queued(analyst, state=ExportState.RUNNING, started_at=NOW - dt.timedelta(minutes=1))
    assert export_run(export_id=dead.pk).state == ExportState.READY
    assert export_run(export_id=live.pk).state == ExportState.RUNNING
    live.refresh_from_db()
    assert live.file.name == "" and live.notified_at is None
    assert len(mail.outbox) == 1


def test_a_ready_export_whose_email_was_not_sent_gets_it_once(
    analyst: User, three_initiatives
) -> None:
    export = queued(analyst)
    export_run(export_id=export.pk)
    Export.objects.filter(pk=export.pk).update(notified_at=None)  # died before the email
    mail.outbox.clear()
    export_run(export_id=export.pk)
    export_run(export_id=export.pk)
    assert len(mail.outbox) == 1


def test_a_failure_says_why_and_leaves_no_file(
    analyst: User, three_initiatives, settings: object, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the exports folder should be")
    settings.DOCKET_EXPORTS_DIR = blocker
    export = export_run(export_id=queued(analyst).pk)
    assert export.state == ExportState.FAILED
    assert export.error.startswith("It could not be written (")
    assert export.file.name == "" and export.finished_at is not None
    assert mail.outbox == []


def test_an_unknown_kind_fails_cleanly(analyst: User, export_settings: Path) -> None:
    export = export_run(
        export_id=Export.objects.create(user=analyst, kind="retired-kind", today=NOW.date()).pk
    )
    assert export.state == ExportState.FAILED
    assert "KeyError" in export.error
    assert files_in(export_settings) == []


def test_the_sweep_deletes_old_files_and_queues_what_never_ran(
    analyst: User, three_initiatives, export_settings: Path
) -> None:
    with time_machine.travel(NOW, tick=False):
        old = export_run(export_id=queued(analyst).pk)
        fresh_stuck = queued(analyst)
        Export.objects.filter(pk=fresh_stuck.pk).update(state=ExportState.QUEUED)
    partial = export_settings / str(analyst.pk) / "abc.csv.partial"
    partial.write_text("half a file")
    with time_machine.travel(NOW + EXPORT_KEEP + dt.timedelta(hours=1), tick=False):
        import os

        stamp = (timezone.now() - dt.timedelta(days=1)).timestamp()
        os.utime(partial, (stamp, stamp))
        counts = exports_sweep()
    assert counts == {"expired": 1, "leftovers": 1, "requeued": 1}
    old.refresh_from_db()
    assert old.state == ExportState.EXPIRED and old.file.name == ""
    fresh_stuck.refresh_from_db()
    assert fresh_stuck.state == ExportState.READY  # queued again, and run (eager Celery)
    assert len(files_in(export_settings)) == 1
