"""A stored, weighted full-text vector on initiatives, with a GIN index on PostgreSQL only.

SQLite keeps the (unused) column and migrates without the index."""

import django.contrib.postgres.search
from django.db import migrations

INDEX = "initiatives_initiative_search_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative USING gin (search_vector)"
    )
    from initiatives.search import search_vectors_refresh

    Initiative = apps.get_model("initiatives", "Initiative")
    ids = list(Initiative.objects.values_list("pk", flat=True))
    if ids:
        search_vectors_refresh(schema_editor.connection, ids, ranking=False)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0002_cooperation_areas"),
    ]

    operations = [
        migrations.AddField(
            model_name="initiative",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(create_index, drop_index),
    ]
