"""No upload stays on disk forever: imported ones go at once, failed ones after
UPLOAD_FAILED_RETENTION, by the periodic purge or `purge_uploads`."""

from __future__ import annotations

import datetime as dt
import os
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client

from initiatives.models import Initiative
from initiatives.tasks import purge_uploads
from initiatives.uploads import UPLOAD_FAILED_RETENTION
from tests.initiatives.conftest import INPUTS, SEED

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]


def stored(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "uploads").glob("*/*"))


def age(root: Path, days: float) -> None:
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).timestamp()
    for folder in (root / "uploads").iterdir():
        os.utime(folder, (old, old))


@pytest.fixture
def uploaded(
    client: Client,
    curator: User,
    settings: object,
    tmp_path: Path,
    django_capture_on_commit_callbacks: object,
) -> Path:
    settings.MEDIA_ROOT = tmp_path
    client.force_login(curator)
    files = [
        SimpleUploadedFile(SEED.name, SEED.read_bytes()),
        SimpleUploadedFile("empty.txt", b" \n \n"),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/admin/initiatives/importrun/upload/", {"files": files})
    assert Initiative.objects.count() == 1
    return tmp_path


def test_an_imported_upload_is_deleted_and_a_failed_one_kept(uploaded: Path) -> None:
    assert stored(uploaded) == ["empty.txt"]


def test_the_purge_deletes_failed_uploads_after_the_retention_period(uploaded: Path) -> None:
    age(uploaded, UPLOAD_FAILED_RETENTION.days - 1)
    assert purge_uploads.delay().get() == 0
    assert stored(uploaded) == ["empty.txt"]
    age(uploaded, UPLOAD_FAILED_RETENTION.days + 1)
    assert purge_uploads.delay().get() == 1
    assert stored(uploaded) == []


def test_the_command_says_what_it_would_delete_in_a_dry_run(uploaded: Path) -> None:
    age(uploaded, UPLOAD_FAILED_RETENTION.days + 1)
    out = StringIO()
    call_command("purge_uploads", dry_run=True, stdout=out)
    assert out.getvalue() == "Would delete 1 upload(s).\n"
    assert stored(uploaded) == ["empty.txt"]
    call_command("purge_uploads", stdout=out)
    assert stored(uploaded) == []


def test_the_purge_is_in_the_beat_schedule() -> None:
    tasks = {entry["task"] for entry in django_settings.CELERY_BEAT_SCHEDULE.values()}
    assert "initiatives.tasks.purge_uploads" in tasks


def test_the_purge_leaves_other_files_alone(tmp_path: Path, settings: object) -> None:
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "keep.txt").write_text("not an upload")
    (tmp_path / "uploads").mkdir()
    assert purge_uploads.delay().get() == 0
    assert (tmp_path / "keep.txt").exists()
    assert INPUTS.exists()
