"""Each initiative's first and last pending due date, and the list's index carrying them.

`pending_due_first` and `pending_due_last` are the earliest and latest `due_latest` of an
initiative's pending actions (open, in progress, stalled; undated ones aside), kept by
`timeline.services.initiative_due_dates_refresh`. They serve the list's `?overdue=true`
(first before today) and `?due_within=N` (the span meets the window, then one probe of
`action_pending_initiative_due`).

On PostgreSQL the list's default order index, `initiative_list_order` (decided_on DESC
NULLS LAST, title, id), is replaced by the same index carrying both dates
(`initiative_list_order_due`): the due filters walk it in list order and test the dates
from the index alone, where they probed each initiative's actions in turn (7,600-8,800
probes for a page at 100,000). Existing rows are filled with one UPDATE from one pass over
the actions.
"""

from django.db import migrations, models

OLD_INDEX = "initiative_list_order"
INDEX = "initiative_list_order_due"
PENDING = "('open', 'in_progress', 'stalled')"


def fill_and_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        schema_editor.execute(
            "UPDATE initiatives_initiative SET "
            + ", ".join(
                f"pending_due_{name} = (SELECT {agg}(a.due_latest) FROM timeline_followupaction a"
                f" WHERE a.initiative_id = initiatives_initiative.id AND a.status IN {PENDING})"
                for name, agg in (("first", "MIN"), ("last", "MAX"))
            )
        )
        return
    schema_editor.execute(
        "UPDATE initiatives_initiative AS i"
        " SET pending_due_first = a.first, pending_due_last = a.last"
        " FROM (SELECT initiative_id, MIN(due_latest) AS first, MAX(due_latest) AS last"
        "       FROM timeline_followupaction"
        f"      WHERE status IN {PENDING} AND due_latest IS NOT NULL"
        "       GROUP BY initiative_id) AS a"
        " WHERE a.initiative_id = i.id"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative"
        " (decided_on DESC NULLS LAST, title, id) INCLUDE (pending_due_first, pending_due_last)"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")
    schema_editor.execute("ANALYZE initiatives_initiative")


def restore_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON initiatives_initiative"
        " (decided_on DESC NULLS LAST, title, id)"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0017_initiative_match_vector"),
        ("timeline", "0012_action_list_and_actor_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="initiative",
            name="pending_due_first",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="initiative",
            name="pending_due_last",
            field=models.DateField(blank=True, editable=False, null=True),
        ),
        migrations.RunPython(fill_and_index, restore_index),
    ]
