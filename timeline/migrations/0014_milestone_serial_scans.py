"""Milestones are scanned by one process, never by parallel workers (PostgreSQL only).

It serves the calendar feeds' milestones (`Milestone.objects.on_calendar`: `COALESCE(date,
window_end, window_start) >= a year ago ORDER BY that, id LIMIT 2000`, read from
`milestone_end_id` and joined to each milestone's initiative). At 100,000 initiatives the
planner chose a Gather Merge over a parallel scan of that index: two workers started for
7-30 ms of work, and the first row came after 25-76 ms (`EXPLAIN (ANALYZE, BUFFERS)` in
docs/benchmarks/web.md, Session 19). Every other read of milestones is one initiative's
few rows, which no parallel plan helps.
"""

from django.db import migrations


def serial(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE timeline_milestone SET (parallel_workers = 0)")


def parallel(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE timeline_milestone RESET (parallel_workers)")


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0013_action_owner_due_delivery"),
    ]

    operations = [
        migrations.RunPython(serial, parallel),
    ]
