"""A larger statistics sample for the search and ranking vectors (PostgreSQL).

It serves the list searched for a rare word (`initiatives.search.search_filter`: `...
WHERE rank_vector @@ q OR search_vector @@ q`, with area and status). With the default
target (100) the planner keeps the few hundred commonest words of each vector and guesses
any other at half the rarest of those: at 1,000,000 initiatives, 5,000 rows for a title's
code word that matches 50 (40 at 100,000), so it counted and fetched them with two
parallel workers each time, whose start cost more than the work. With 1,000 it guesses
87 and 332. `ANALYZE` of the table reads 300,000 rows instead of 30,000 (11 s at
1,000,000). Not an index: nothing is written on inserts.
"""

from django.db import migrations

COLUMNS = ("rank_vector", "search_vector")
TARGET = 1000


def set_target(target: int):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for column in COLUMNS:
            schema_editor.execute(
                f"ALTER TABLE initiatives_initiative ALTER COLUMN {column} SET STATISTICS {target}"
            )
        schema_editor.execute(f"ANALYZE initiatives_initiative ({', '.join(COLUMNS)})")

    return run


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0023_pending_due_indexes")]
    operations = [migrations.RunPython(set_target(TARGET), set_target(-1))]
