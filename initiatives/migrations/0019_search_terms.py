"""Each word of an initiative's ranking vector with the rank a search for it alone gives
(`SearchTerm`), and on PostgreSQL the index `search_term_rank` on (lexeme, rank DESC
NULLS LAST, initiative).

It serves the list's one-word search ranked by relevance (`initiatives.search.
ranked_first`): `WHERE lexeme = <the word's lexeme> ORDER BY rank DESC NULLS LAST,
initiative_id LIMIT 25` reads the page's 25 entries in order. Before, a word in every
title computed `ts_rank` on every one of 100,000 rows for each page (PostgreSQL CPU
50-90 ms a request). Existing rows are filled on PostgreSQL from their ranking vectors;
`search_vectors_refresh` keeps the terms from then on. SQLite keeps the (unused) table,
without the index (it cannot order one NULLS LAST).
"""

import django.db.models.deletion
from django.db import migrations, models


# As initiatives.search writes them (the lexeme quoted as tsquery input: a quote doubled,
# a backslash escaped).
FILL_SQL = r"""
INSERT INTO initiatives_searchterm (initiative_id, lexeme, rank)
SELECT i.id, t.lexeme, ts_rank(i.rank_vector,
    ('''' || replace(replace(t.lexeme, '\', '\\'), '''', '''''') || '''')::tsquery)
FROM initiatives_initiative AS i, unnest(i.rank_vector) AS t
WHERE i.rank_vector IS NOT NULL
"""


INDEX_SQL = (
    "CREATE INDEX search_term_rank ON initiatives_searchterm "
    "(lexeme, rank DESC NULLS LAST, initiative_id)"
)


def fill_and_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FILL_SQL)
        schema_editor.execute(INDEX_SQL)  # after the rows: one build, not 100,000 inserts
        # Statistics for the planner now, not at autovacuum's next pass: without them it
        # takes a word's rows for hundreds and reads a filtered search's every area link
        # instead (130 ms, against 0.7 ms, for a rare word with an area and a status at
        # 100,000 initiatives).
        schema_editor.execute("ANALYZE initiatives_searchterm")


class Migration(migrations.Migration):

    dependencies = [
        ('initiatives', '0018_initiative_pending_due_dates'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchTerm',
            fields=[
                ('pk', models.CompositePrimaryKey('initiative', 'lexeme', blank=True, editable=False, primary_key=True, serialize=False)),
                ('lexeme', models.TextField()),
                ('rank', models.FloatField()),
                ('initiative', models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='search_terms', to='initiatives.initiative')),
            ],
        ),
        migrations.RunPython(fill_and_index, migrations.RunPython.noop),
    ]
