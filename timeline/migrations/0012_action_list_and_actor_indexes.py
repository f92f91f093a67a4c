"""Two indexes of follow-up actions, for the list's due filters and the actor page.

- `action_pending_initiative_due` (initiative, due_latest) of pending actions serves the
  list's `?overdue=true` and `?due_within=N` (`EXISTS (a pending action of this initiative
  due in the window)`, probed per initiative in list order) and the list's overdue count
  per row: each probe reads the index alone.
- `action_owner_due_id` (owner, due_latest, id) serves the actor page's chart (`owner = X
  ORDER BY due_latest, id LIMIT 200`) and its pending actions: a range of the index.

The plans are in docs/benchmarks/web-issue-11.md.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0011_action_initiative_delivery"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="followupaction",
            index=models.Index(
                condition=models.Q(("status__in", ("open", "in_progress", "stalled"))),
                fields=["initiative", "due_latest"],
                name="action_pending_initiative_due",
            ),
        ),
        migrations.AddIndex(
            model_name="followupaction",
            index=models.Index(fields=["owner", "due_latest", "id"], name="action_owner_due_id"),
        ),
    ]
