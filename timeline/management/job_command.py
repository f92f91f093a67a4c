"""The shape shared by commands that run a periodic job by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.tasks import parse_now


class JobReport(Protocol):
    lines: list[str]
    failed: int


class JobCommand(BaseCommand):
    """`--now ISO` and `--dry-run`, the job's lines at -v2 (or on a dry run), a summary at -v1,
    and exit status 1 when any item failed (each failure is recorded on its delivery row)."""

    dry_run_help = "Say what would be sent; send nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now", help="Act as if it were this moment (ISO 8601, UTC if no offset)."
        )
        parser.add_argument("--dry-run", action="store_true", help=self.dry_run_help)

    def run(self, *, now: dt.datetime, dry_run: bool) -> Any:
        raise NotImplementedError

    def summary(self, report: Any, *, dry_run: bool) -> str:
        raise NotImplementedError

    def handle(self, *args: Any, now: str | None, dry_run: bool, **options: Any) -> None:
        try:
            moment = parse_now(now)
        except ValueError as error:
            raise CommandError(f"--now: {error}. Use e.g. 2026-11-24T08:00:00+00:00") from error
        report: JobReport = self.run(now=moment, dry_run=dry_run)
        verbosity = options["verbosity"]
        if verbosity >= 2 or (dry_run and verbosity >= 1):
            for line in report.lines:
                self.stdout.write(line)
        if verbosity >= 1:
            self.stdout.write(self.summary(report, dry_run=dry_run))
        if report.failed:
            raise CommandError(
                f"{report.failed} failed (-v2 lists them); each is retried later, with backoff.",
                returncode=1,
            )
