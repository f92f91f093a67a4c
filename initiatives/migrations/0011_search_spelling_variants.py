"""Rebuild the stored search vectors so that British and American spellings, and the
deciding bodies' acronyms and long forms, find each other (PostgreSQL only)."""

from django.db import migrations

BATCH = 200


def refresh_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from initiatives.search import search_vectors_refresh

    Initiative = apps.get_model("initiatives", "Initiative")
    ids = list(Initiative.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        search_vectors_refresh(schema_editor.connection, ids[start : start + BATCH], ranking=False)


class Migration(migrations.Migration):
    dependencies = [
        ("initiatives", "0010_document_source_indexes"),
    ]

    operations = [
        migrations.RunPython(refresh_vectors, migrations.RunPython.noop),
    ]
