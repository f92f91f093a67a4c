"""pg_trgm, and a trigram index on initiative titles (PostgreSQL only).

The index serves the matcher's candidate query `title %% <new title>` (the
`trigram_similar` lookup in `InitiativeQuerySet.match_candidates`); the existing GIN
index on `search_vector` serves its full-text half. SQLite has neither and the matcher
falls back to word matching there.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEX = "initiatives_initiative_title_trgm"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative "
            "USING gin (title gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0005_documentmatch")]
    operations = [
        TrigramExtension(),
        migrations.RunPython(create_index, drop_index),
    ]
