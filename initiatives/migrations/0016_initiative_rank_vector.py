"""The title and summary part of each initiative's search vector, stored beside it.

It serves the list's search ranking (`initiatives.search.search_filter`:
`ts_rank(rank_vector, <query>)` for every row `search_vector @@ <query>` matches). The
whole vector holds the documents' words too, 1.8 KB a row kept in TOAST, and ranking by
it read all of them: a word in most of 100,000 initiatives took 300-450 ms. Existing rows
are filled from the stored vector itself (its A and B weights are exactly the title,
summary and venue); `search_vectors_refresh` keeps both from then on. SQLite keeps the
(unused) column, as it does search_vector.
"""

import django.contrib.postgres.search
from django.db import migrations


def fill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "UPDATE initiatives_initiative SET rank_vector = ts_filter(search_vector, '{a,b}') "
            "WHERE search_vector IS NOT NULL"
        )


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
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
