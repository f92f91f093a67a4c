"""python manage.py purge_uploads [--dry-run]"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from initiatives.uploads import UPLOAD_FAILED_RETENTION, uploads_purge


class Command(BaseCommand):
    help = (
        "Delete files uploaded in admin whose import failed more than "
        f"{UPLOAD_FAILED_RETENTION.days} days ago. Imported uploads are deleted at once. "
        "Celery beat runs this daily."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be deleted; delete nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        purged = uploads_purge(now=timezone.now(), dry_run=options["dry_run"])
        if options["verbosity"] >= 2:
            for folder in purged:
                self.stdout.write(str(folder))
        if options["verbosity"] >= 1:
            verb = "Would delete" if options["dry_run"] else "Deleted"
            self.stdout.write(f"{verb} {len(purged)} upload(s).")
