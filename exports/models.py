"""Exports too big for a web request: written to a private file by a Celery task."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse


class ExportStorage(FileSystemStorage):
    """A folder of its own (DOCKET_EXPORTS_DIR), outside MEDIA_ROOT and never served as it
    is: a file is only handed out by the download view, to its owner (or staff). The
    folder is read from the settings at each use, not once at start-up."""

    @property
    def base_location(self) -> str:
        return str(settings.DOCKET_EXPORTS_DIR)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    @property
    def base_url(self) -> None:
        return None


def export_storage() -> ExportStorage:
    return ExportStorage()


class ExportState(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Being prepared"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"
    EXPIRED = "expired", "Expired"


class Export(models.Model):
    """One requested export: who asked, with which filters, and where it stands."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(max_length=20)
    query = models.TextField(blank=True, help_text="The page's filters, as a query string.")
    # The day the filters' "overdue" and "due within" are read against: the day it was asked.
    today = models.DateField()
    state = models.CharField(max_length=10, choices=ExportState, default=ExportState.QUEUED)
    row_count = models.PositiveIntegerField(null=True, blank=True)
    file = models.FileField(storage=export_storage, max_length=200, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Set when the "ready" email is claimed for sending: never sent twice.
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "-created_at"], name="export_user_created")]

    def __str__(self) -> str:
        return f"{self.kind} export #{self.pk} ({self.state})"

    def get_absolute_url(self) -> str:
        return reverse("exports:download", args=[self.pk])

    @property
    def filename(self) -> str:
        return f"{self.kind}-{self.created_at:%Y-%m-%d}-{self.pk}.csv"
