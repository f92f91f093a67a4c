"""The filter forms' lists of choices (every area, actor and sector, as (slug, name) in
their model's order), kept by each process while they stay the same.

Reading them was one statement of every row of those tables on every list page (366 rows
at 100,000 initiatives, with their sorts: about a millisecond, and as much again of
Python), though they change only when a curator or an import adds, renames or removes
one. Database triggers give `ChoicesVersion` a new random value at every such change,
whoever makes it, in the writer's own transaction (migration initiatives 0026); a request
reads that one row and, if it holds the version the process kept the lists under, uses
them as kept. The version is read before the rows, so rows kept under a version are
never older than it: a change committed in between is read again on the next request.

Nothing is kept in a shared cache: each process reads the lists once per version, so it
is the same with Redis, without it, and on SQLite (whose triggers are row triggers). If
the version's row is missing (a test database emptied by ``flush``) nothing is kept.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from django.db import connection
from django.db.models import Model, Value, Window
from django.db.models.functions import RowNumber

from initiatives.models import ChoicesVersion

# (slug, name) pairs, one tuple per model asked for.
Choices = tuple[tuple[str, str], ...]

# (database alias, database name, models) -> (version, the lists read under it).
_kept: dict[tuple[str, str, tuple[type[Model], ...]], tuple[int, tuple[Choices, ...]]] = {}
_lock = threading.Lock()


def choices_of(models: tuple[type[Model], ...]) -> tuple[Choices, ...]:
    """Every row's (slug, name) of each model, in the model's order (ties by id): as kept
    for the current version, or read and kept. One query when kept, two when not."""
    version = _version()
    key = (connection.alias, connection.settings_dict["NAME"], models)
    kept = _kept.get(key)
    if version is not None and kept is not None and kept[0] == version:
        return kept[1]
    found = _read(models)
    if version is not None:
        with _lock:
            _kept[key] = (version, found)
    return found


def _version() -> int | None:
    with connection.cursor() as cursor:
        cursor.execute(_version_sql())
        row = cursor.fetchone()
    return None if row is None else row[0]


@lru_cache(maxsize=1)
def _version_sql() -> str:
    table = connection.ops.quote_name(ChoicesVersion._meta.db_table)
    return f"SELECT version FROM {table} WHERE id = 1"  # noqa: S608 (a table's name)


def _read(models: tuple[type[Model], ...]) -> tuple[Choices, ...]:
    sql, params = choices_statement(models)
    found: list[list[tuple[str, str]]] = [[] for _ in models]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for part, _place, slug, name in cursor.fetchall():
            found[part].append((slug, name))
    return tuple(tuple(choices) for choices in found)


@lru_cache(maxsize=8)
def choices_statement(models: tuple[type[Model], ...]) -> tuple[str, tuple[Any, ...]]:
    """Every row's (slug, name) of each model, numbered by model and by place in the
    model's order (ties by id): the lists of a filter form's choices, which were one
    query each. Compiled once per process; it depends on nothing but the models."""
    parts = [
        model.objects.annotate(
            part=Value(n), place=Window(RowNumber(), order_by=[*model._meta.ordering, "pk"])
        )
        .order_by()
        .values_list("part", "place", "slug", "name")
        for n, model in enumerate(models)
    ]
    every = parts[0].union(*parts[1:], all=True).order_by("part", "place")
    return every.query.sql_with_params()
