"""The filter forms' choices version (`ChoicesVersion`), moved by triggers on the areas,
actors and sectors, so that each process may keep the lists of choices it read until
one of those rows changes (`initiatives.choices`).

Both databases get triggers, each row change setting a new random version in the same
transaction: a request never reads a version newer than the rows it then reads, and a
database made again (tests, a restored copy) never meets a version a process kept for
other rows. On PostgreSQL statement triggers (one UPDATE a statement, a `bulk_create` of
300 actors included), an UPDATE counting only when a slug, name or position changed; on
SQLite row triggers."""

# ruff: noqa: S608 (the SQL is built from constants: table and column names)
from django.db import migrations, models

# Each table of choices, and the columns its choices show or are ordered by.
SHOWN = {
    "initiatives_cooperationarea": ("slug", "name", "position"),
    "initiatives_actor": ("slug", "name"),
    "initiatives_sector": ("slug", "name"),
}
TABLE = "initiatives_choicesversion"

POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION docket_choices_moved() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN
  UPDATE {TABLE} SET version = docket_page_version();
  RETURN NULL;
END $$;
"""


def _changed(columns: tuple[str, ...]) -> str:
    return (
        "EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id "
        f"WHERE ({', '.join('n.' + c for c in columns)}) "
        f"IS DISTINCT FROM ({', '.join('o.' + c for c in columns)}))"
    )


def postgres_triggers() -> list[str]:
    sql = [POSTGRES_FUNCTION]
    for table, columns in SHOWN.items():
        for event in ("insert", "delete"):
            sql.append(
                f"CREATE TRIGGER {table}_choices_{event} AFTER {event.upper()} ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION docket_choices_moved()"
            )
        # An UPDATE that changed no choice (an actor's aliases, `confirmed`) keeps the
        # version: the function is a plain one, so the test is a second function's.
        sql.append(
            f"CREATE OR REPLACE FUNCTION docket_choices_moved_{table}() RETURNS trigger "
            f"LANGUAGE plpgsql AS $$ BEGIN IF {_changed(columns)} THEN "
            f"UPDATE {TABLE} SET version = docket_page_version(); END IF; RETURN NULL; END $$;"
        )
        sql.append(
            f"CREATE TRIGGER {table}_choices_update AFTER UPDATE ON {table} "
            "REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT "
            f"EXECUTE FUNCTION docket_choices_moved_{table}()"
        )
    return sql


def postgres_drops() -> list[str]:
    sql = []
    for table in SHOWN:
        for event in ("insert", "delete", "update"):
            sql.append(f"DROP TRIGGER IF EXISTS {table}_choices_{event} ON {table}")
        sql.append(f"DROP FUNCTION IF EXISTS docket_choices_moved_{table}()")
    sql.append("DROP FUNCTION IF EXISTS docket_choices_moved()")
    return sql


SQLITE_NEW = f"UPDATE {TABLE} SET version = random();"


def sqlite_triggers() -> list[str]:
    sql = []
    for table, columns in SHOWN.items():
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
        sql += [
            f"CREATE TRIGGER {table}_choices_insert AFTER INSERT ON {table} "
            f"BEGIN {SQLITE_NEW} END",
            f"CREATE TRIGGER {table}_choices_delete AFTER DELETE ON {table} "
            f"BEGIN {SQLITE_NEW} END",
            f"CREATE TRIGGER {table}_choices_update AFTER UPDATE ON {table} "
            f"WHEN {changed} BEGIN {SQLITE_NEW} END",
        ]
    return sql


def sqlite_drops() -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {table}_choices_{event}"
        for table in SHOWN
        for event in ("insert", "delete", "update")
    ]


def forward(apps, schema_editor) -> None:
    apps.get_model("initiatives", "ChoicesVersion").objects.create(pk=1, version=0)
    vendor = schema_editor.connection.vendor
    for sql in {"postgresql": postgres_triggers, "sqlite": sqlite_triggers}.get(
        vendor, list
    )():
        schema_editor.execute(sql)


def backward(apps, schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for sql in {"postgresql": postgres_drops, "sqlite": sqlite_drops}.get(vendor, list)():
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0025_list_order_due_date_keys")]

    operations = [
        migrations.CreateModel(
            name="ChoicesVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("version", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(forward, backward),
    ]
