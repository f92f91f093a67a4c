from __future__ import annotations

import datetime as dt

from notifications.reminders import RunReport, send_reminders
from timeline.management.job_command import JobCommand


class Command(JobCommand):
    help = (
        "Email the reminders owed now: before a followed action falls due (each user's lead "
        "time) and once when it is overdue. Safe to run at any time and any number of times."
    )
    dry_run_help = "List the reminders owed; send none."

    def run(self, *, now: dt.datetime, dry_run: bool) -> RunReport:
        return send_reminders(now=now, dry_run=dry_run)

    def summary(self, report: RunReport, *, dry_run: bool) -> str:
        verb = "owed (dry run, none sent)" if dry_run else "owed"
        return (
            f"{report.due} reminder(s) {verb}: {report.sent} sent, "
            f"{report.skipped} taken by another run, {report.failed} failed."
        )
