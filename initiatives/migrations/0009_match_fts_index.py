"""A full-text index on initiative titles and summaries, for the matcher (PostgreSQL).

It serves `InitiativeQuerySet.match_candidates`: `to_tsvector('english', title || ' ' ||
summary) @@ <the document's distinctive words and programme names>`. The stored
`search_vector` also holds every document's text, so the same words match most rows
there and the query read thousands of large vectors; this index holds only the
short vectors of titles and summaries. (A pg_trgm title index was tried first: at
100,000 templated titles its nearest-title scan cost 60 to 170 ms per document; see
docs/benchmarks/matching.md.) SQLite has no such index; the matcher falls back to word
matching there.
"""

from django.db import migrations

INDEX = "initiatives_initiative_match_fts"
# The same expression as MATCH_VECTOR_SQL in initiatives.models, or the index is unused.
EXPRESSION = "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative USING gin (({EXPRESSION}))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0008_documentmatch")]
    operations = [migrations.RunPython(create_index, drop_index)]
