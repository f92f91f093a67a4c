"""The matcher's vector of each initiative's title and summary, stored (PostgreSQL).

It serves `InitiativeQuerySet.match_candidates`, the candidate query of every import:
the first rows of the table are tested against the document's words one by one, on this
stored vector, and only a document whose words are rare goes on to the GIN index (see
`_CANDIDATES_SQL`). Before it, the query read the expression index of migration 0009,
whose bitmap takes the whole posting list of a common word (30,000 rows at 100,000
initiatives, about 4.5 ms of the server's CPU), and computed `to_tsvector` again for
every row it rechecked and ranked.

A generated column: PostgreSQL writes it whenever a title or summary is written, by
any path (a save, `update()`, a bulk insert), so it cannot fall behind the text.
Adding it computes every row's vector in one pass (the table is rewritten under an
exclusive lock: about 20 s at 100,000 initiatives on a busy 2-core machine; schedule it
with the deploy), so there is no fill to batch. It replaces the expression index of
0009, which computed the same vector on every write. The model does not declare the
column: only the candidate query reads it. SQLite has neither.
"""

from django.db import migrations

COLUMN = "match_vector"
INDEX = "initiatives_initiative_match_gin"
# The expression of migration 0009's index: the same words, the same candidates.
EXPRESSION = (
    "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))"
)
OLD_INDEX = "initiatives_initiative_match_fts"


def add_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE initiatives_initiative ADD COLUMN IF NOT EXISTS {COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({EXPRESSION}) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON initiatives_initiative USING gin ({COLUMN})"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def drop_vector(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON initiatives_initiative USING gin (({EXPRESSION}))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"ALTER TABLE initiatives_initiative DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0016_initiative_rank_vector")]
    operations = [migrations.RunPython(add_vector, drop_vector)]
