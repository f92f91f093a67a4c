"""The actor page's index of its actions carries their status and day of delivery.

`action_owner_due_delivery` (owner, due_latest, id) INCLUDE (status, completed_on)
replaces `action_owner_due_id` (owner, due_latest, id). It serves the same chart and
pending actions (`owner = X ORDER BY due_latest, id`), and the actor's promise against
delivery (`delivery_record` over `owner = X`: counts by status, on time or late), which
now reads the index alone instead of the owner's 3,000 actions from the table at
100,000 initiatives. The new index is built before the old one is dropped. The plans are
in docs/benchmarks/web-issue-11.md.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0012_action_list_and_actor_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="followupaction",
            index=models.Index(
                fields=["owner", "due_latest", "id"],
                include=("status", "completed_on"),
                name="action_owner_due_delivery",
            ),
        ),
        migrations.RemoveIndex(
            model_name="followupaction",
            name="action_owner_due_id",
        ),
    ]
