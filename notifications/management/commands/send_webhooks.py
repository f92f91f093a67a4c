from __future__ import annotations

import datetime as dt

from notifications.webhook_delivery import WebhookRunReport, send_webhooks
from timeline.management.job_command import JobCommand


class Command(JobCommand):
    help = (
        "Queue the changes that registered webhook endpoints follow, and send the deliveries "
        "due now, retries included. Safe to run at any time and any number of times."
    )
    dry_run_help = "List the deliveries due; queue and send none."

    def run(self, *, now: dt.datetime, dry_run: bool) -> WebhookRunReport:
        return send_webhooks(now=now, dry_run=dry_run)

    def summary(self, report: WebhookRunReport, *, dry_run: bool) -> str:
        if dry_run:
            return f"{len(report.lines)} webhook deliveries due (dry run, none sent)."
        return (
            f"{report.queued} queued, {report.sent} sent, {report.failed} failed, "
            f"{report.skipped} taken by another run, {report.disabled} endpoint(s) disabled."
        )
