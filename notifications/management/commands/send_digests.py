from __future__ import annotations

import datetime as dt

from notifications.digests import RunReport, send_digests
from timeline.management.job_command import JobCommand


class Command(JobCommand):
    help = (
        "Email the digests whose day and hour have come (each user's preferences) and that "
        "were not sent yet. Safe to run at any time and any number of times."
    )
    dry_run_help = "Build the digests and list them; send none."

    def run(self, *, now: dt.datetime, dry_run: bool) -> RunReport:
        return send_digests(now=now, dry_run=dry_run)

    def summary(self, report: RunReport, *, dry_run: bool) -> str:
        verb = "would be built" if dry_run else "due"
        return (
            f"{report.due} digest(s) {verb}: {report.sent} sent, {report.empty} empty, "
            f"{report.skipped} taken by another run, {report.failed} failed."
        )
