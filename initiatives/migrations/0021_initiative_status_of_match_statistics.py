"""Statistics on `status || ''`, the form in which a searched list tests the status
(PostgreSQL).

It serves the initiative list with a search and a status filter
(`initiatives.filters.status_of_matches`: `... WHERE <search> AND (status || '') IN
(...)`). That form keeps PostgreSQL from intersecting a selective search's matches with
every initiative of the status through the (status, decided_on) index; without these
statistics the planner would guess that it keeps 0.5% of the rows instead of each
status's share, and choose other plans by that guess (a parallel scan to count a broad
search's first thousand matches). Not an index: nothing is written on inserts.
"""

from django.db import migrations

NAME = "initiative_status_of_match"
# The same expression as status_of_matches in initiatives.filters, or the planner ignores it.
EXPRESSION = "(status || '')"


def create_statistics(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS {NAME} ON ({EXPRESSION}) FROM initiatives_initiative"
        )
        schema_editor.execute("ANALYZE initiatives_initiative (status)")


def drop_statistics(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0020_actor_page_indexes")]
    operations = [migrations.RunPython(create_statistics, drop_statistics)]
