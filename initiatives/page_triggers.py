"""The SQL of the triggers that move `Initiative.page_version` (migrations initiatives 0022
and timeline 0015): statement triggers whose function, `docket_pages_moved`, gives a new
version to the initiatives that a SELECT over the statement's transition tables names."""

# ruff: noqa: S608 (the SQL is built from constants: table and column names)
from __future__ import annotations

from collections.abc import Callable

from django.db import migrations

# The initiatives of the rows written (``{rows}``: new_rows or old_rows).
LINKED = "SELECT initiative_id FROM {rows}"
# A column of the rows an UPDATE wrote, before and after.
BOTH = "SELECT {column} FROM new_rows UNION SELECT {column} FROM old_rows"


def statement_triggers(
    table: str, name: str, ids: str = "", *, updated: str | None = None
) -> list[str]:
    """Triggers (``<table>_<name>_<event>``) after each INSERT, UPDATE and DELETE statement
    on ``table``: the pages of the initiatives ``ids`` (a SELECT from ``{rows}``) move.
    ``updated``, if given, is the SELECT for an UPDATE (``new_rows`` and ``old_rows``);
    else ``ids`` of both. An event with no SELECT gets no trigger."""
    if updated is None:
        updated = f"{ids.format(rows='new_rows')} UNION {ids.format(rows='old_rows')}"
    events = [
        ("insert", "INSERT", "NEW TABLE AS new_rows", ids.format(rows="new_rows")),
        ("update", "UPDATE", "NEW TABLE AS new_rows OLD TABLE AS old_rows", updated),
        ("delete", "DELETE", "OLD TABLE AS old_rows", ids.format(rows="old_rows")),
    ]
    return [
        f"CREATE TRIGGER {table}_{name}_{event} AFTER {verb} ON {table} "
        f"REFERENCING {tables} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION docket_pages_moved('{select}')"
        for event, verb, tables, select in events
        if select
    ]


def drop_triggers(sql: list[str]) -> list[str]:
    """The DROP of each trigger that ``sql`` creates."""
    return [
        f"DROP TRIGGER IF EXISTS {words[2]} ON {words[6]}"
        for words in (statement.split() for statement in sql)
    ]


def changed(columns: str) -> str:
    """The ids of the rows whose ``columns`` (what a page shows of them) an UPDATE changed."""
    names = columns.split()
    return (
        "SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id "
        f"WHERE ({', '.join('n.' + c for c in names)}) "
        f"IS DISTINCT FROM ({', '.join('o.' + c for c in names)})"
    )


def trigger_operation(create: list[str], drop: list[str]) -> migrations.RunPython:
    """A migration operation that runs ``create`` forward and ``drop`` backward, each
    statement in turn, on PostgreSQL only (SQLite keeps no drawing, and has no triggers)."""

    def run(statements: list[str]) -> Callable[..., None]:
        def forward(apps, schema_editor) -> None:
            if schema_editor.connection.vendor == "postgresql":
                for sql in statements:
                    schema_editor.execute(sql)

        return forward

    return migrations.RunPython(run(create), run(drop))
