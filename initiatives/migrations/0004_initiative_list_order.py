"""An index in the initiative list's default order (newest decision first, undated last),
so that page one of 100,000 initiatives reads an index instead of sorting them all.

PostgreSQL only: SQLite cannot index NULLS LAST, and its databases are small."""

from django.db import migrations

INDEX = "initiative_list_order"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative "
        "(decided_on DESC NULLS LAST, title, id)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0003_initiative_search_vector"),
    ]

    operations = [
        migrations.RunPython(create_index, drop_index),
    ]
