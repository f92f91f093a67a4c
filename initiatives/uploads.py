"""Uploading documents through admin: the form, and where the files are kept."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from initiatives.models import ImportRun
from initiatives.outbox import import_run_queue
from initiatives.pipeline.formats import SUPPORTED_SUFFIXES

# An upload that imported is deleted at once (its text is stored); one that failed is kept
# this long, for a curator to fetch and fix, then deleted by the periodic purge.
UPLOAD_FAILED_RETENTION = dt.timedelta(days=30)


def uploads_root() -> Path:
    """Each upload lives alone in a folder of its own below this one."""
    return Path(settings.MEDIA_ROOT) / "uploads"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: object, initial: object = None) -> list[UploadedFile]:
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label="Documents",
        help_text=(
            "One or more news articles or press releases: "
            + ", ".join(sorted(SUPPORTED_SUFFIXES))
            + "."
        ),
    )

    def clean_files(self) -> list[UploadedFile]:
        files: list[UploadedFile] = self.cleaned_data["files"]
        limit = settings.DOCKET_MAX_UPLOAD_BYTES
        for upload in files:
            if Path(upload.name).suffix.lower() not in SUPPORTED_SUFFIXES:
                raise forms.ValidationError(
                    f"{upload.name}: Docket imports {', '.join(sorted(SUPPORTED_SUFFIXES))} files."
                )
            if upload.size > limit:
                raise forms.ValidationError(
                    f"{upload.name} is {upload.size:,} bytes; the limit is {limit:,} "
                    "(setting DOCKET_MAX_UPLOAD_BYTES)."
                )
        return files


def uploads_enqueue(*, files: list[UploadedFile]) -> list[Path]:
    """Keep each upload under MEDIA_ROOT, queued for import in the same transaction; a
    worker imports it after commit, or after the broker comes back (initiatives.outbox)."""
    stored = []
    with transaction.atomic():
        for upload in files:
            folder = uploads_root() / uuid.uuid4().hex
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / Path(upload.name).name
            with path.open("wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
            stored.append(path)
            import_run_queue(path=path, trigger=ImportRun.Trigger.ADMIN)
    return stored


def upload_discard(path: Path) -> bool:
    """Delete an upload and its folder; paths outside the uploads folder are left alone."""
    folder = Path(path).parent
    if folder.parent.resolve() != uploads_root().resolve() or folder.is_symlink():
        return False
    shutil.rmtree(folder, ignore_errors=True)
    return True


def uploads_purge(*, now: dt.datetime, dry_run: bool = False) -> list[Path]:
    """Delete the upload folders last changed more than UPLOAD_FAILED_RETENTION before
    ``now``: those left by failed imports (imported ones are already gone). Returns them."""
    root = uploads_root()
    if not root.is_dir():
        return []
    cutoff = (now - UPLOAD_FAILED_RETENTION).timestamp()
    expired = sorted(
        folder
        for folder in root.iterdir()
        if folder.is_dir() and not folder.is_symlink() and folder.lstat().st_mtime < cutoff
    )
    if not dry_run:
        for folder in expired:
            shutil.rmtree(folder, ignore_errors=True)
    return expired
