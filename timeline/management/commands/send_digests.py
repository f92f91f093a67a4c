from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from timeline.digests import send_digests
from timeline.tasks import parse_now


class Command(BaseCommand):
    help = (
        "Email the digests whose day and hour have come (each user's preferences) and that "
        "were not sent yet. Safe to run at any time and any number of times."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--now", help="Act as if it were this moment (ISO 8601, UTC if no offset)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Build the digests and list them; send none."
        )

    def handle(self, *args: Any, now: str | None, dry_run: bool, **options: Any) -> None:
        try:
            moment = parse_now(now)
        except ValueError as error:
            raise CommandError(f"--now: {error}. Use e.g. 2026-11-24T08:00:00+00:00") from error
        report = send_digests(now=moment, dry_run=dry_run)
        verbosity = options["verbosity"]
        if verbosity >= 2 or (dry_run and verbosity >= 1):
            for line in report.lines:
                self.stdout.write(line)
        if verbosity >= 1:
            verb = "would be built" if dry_run else "due"
            self.stdout.write(
                f"{report.due} digest(s) {verb}: {report.sent} sent, {report.empty} empty, "
                f"{report.skipped} taken by another run, {report.failed} failed."
            )
