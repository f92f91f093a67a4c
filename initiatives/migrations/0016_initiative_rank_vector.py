"""The title and summary part of each initiative's search vector, stored beside it, with
a GIN index on PostgreSQL.

It serves the list's search (`initiatives.search.search_filter`): results are ranked by
`ts_rank(rank_vector, <query>)`, and a query without "not" matches `rank_vector @@ <query>
OR search_vector @@ <query>`, the small vector tested first. The whole vector holds the
documents' words too, 1.8 KB a row kept in TOAST, and ranking by it, or a scan testing
it, read all of them: a word in every one of 100,000 initiatives took 1.3-1.7 s. The
index keeps a selective search a bitmap scan of both indexes (BitmapOr). Existing rows
are filled from the stored vector itself (its A and B weights are exactly the title,
summary and venue); `search_vectors_refresh` keeps both from then on. SQLite keeps the
(unused) column, as it does search_vector, and no index.
"""

import django.contrib.postgres.search
from django.db import migrations


INDEX = "initiatives_initiative_rank_gin"


def fill_and_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "UPDATE initiatives_initiative SET rank_vector = ts_filter(search_vector, '{a,b}') "
        "WHERE search_vector IS NOT NULL"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative USING gin (rank_vector)"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0015_history_facts_changed"),
    ]

    operations = [
        migrations.AddField(
            model_name="initiative",
            name="rank_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_and_index, drop_index),
    ]
