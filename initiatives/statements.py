"""Statements compiled once per process and run many times: the ORM builds and compiles
a query with stand-in values (ids no row has, strings no document holds), the SQL and
its parameters are kept, and each run puts its own values in the stand-ins' places.
The SQL sent is the one the ORM would send; only the Python of building it is saved."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import ModelIterable
from django.db.models.sql.compiler import SQLCompiler

# A stand-in for a whole list of ids (`field__any_of=IDS_STAND_IN`): no row has this id.
IDS_STAND_IN = [-(2**62) + 7]


def id_stand_ins(count: int) -> list[int]:
    """`count` ids no row has (-1, -2, …), to compile a statement for that many ids."""
    return list(range(-1, -count - 1, -1))


def ids_given(ids: Iterable[int]) -> dict[int, int]:
    """The real ids in the places of `id_stand_ins`' ids, in order."""
    return {-n: pk for n, pk in enumerate(ids, start=1)}


def stand_ins_replaced(params: Sequence[Any], given: Mapping[Any, Any]) -> list[Any]:
    """The parameters of a statement compiled with stand-ins, each stand-in (an int or a
    string) replaced by its value in `given`; every other parameter as it was."""
    return [given.get(p, p) if isinstance(p, int | str) else p for p in params]


def id_array(ids: Iterable[int]) -> str:
    """Ids as PostgreSQL's array text ("{1,2,3}"): one string for `= ANY(%s)`, which
    PostgreSQL reads as an array of the column's type, where a list is dumped id by id."""
    return "{" + ",".join(map(str, ids)) + "}"


class IdsStatement:
    """The query ``make(ids)`` (a queryset filtered by ``<field>__any_of=ids``), compiled
    once with IDS_STAND_IN and run for any list of ids: an export asks the same query of
    every chunk of 2,000 rows, and compiling it, preparing 2,000 ids and dumping them
    cost more Python than the rows' own cells. On PostgreSQL (client-side binding, the
    default); elsewhere each run builds the queryset again."""

    def __init__(self, make: Callable[[list[int]], QuerySet]) -> None:
        self.make = make
        queryset = make(IDS_STAND_IN)
        self.db = queryset.db
        connection = connections[self.db]
        self.compiled = connection.vendor == "postgresql" and not connection.settings_dict[
            "OPTIONS"
        ].get("server_side_binding")
        if self.compiled:
            sql, params = queryset.query.sql_with_params()
            self.sql, self.params = sql, list(params)
            self.at = self.params.index(IDS_STAND_IN)

    def sql_with_params(self, ids: list[int]) -> tuple[str, list[Any]]:
        """The statement for ``ids`` and its parameters."""
        if self.compiled:
            params = list(self.params)
            params[self.at] = id_array(ids)
            return self.sql, params
        sql, params = self.make(ids).query.sql_with_params()
        return sql, list(params)

    def rows(self, ids: list[int]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The column names and the rows, as the database returns them (no conversion
        by Django: only for columns whose values need none)."""
        sql, params = self.sql_with_params(ids)
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            return [column[0] for column in cursor.description], cursor.fetchall()


class CompiledRows:
    """A queryset compiled once per process (and database engine) with stand-in values,
    then run with each call's values: the SQL sent is the one the queryset sends, and the
    rows are the model instances it gives (``select_related`` and ``defer`` included).
    What is saved is the ORM's building and compiling of the query, most of the Python of
    a page that runs a dozen small queries (the initiative page).

    ``build`` returns the queryset, written with stand-ins (``id_stand_ins``, or strings
    no row holds) in the places of the values that change from call to call."""

    def __init__(self, build: Callable[[], QuerySet]) -> None:
        self._build = build
        self._compiled: dict[tuple[str, str], tuple[QuerySet, SQLCompiler, str, tuple]] = {}

    def rows(
        self, given: Mapping[Any, Any], *, known: Mapping[str, Model] | None = None
    ) -> list[Any]:
        """The rows, each stand-in replaced by its value in ``given``. ``known`` names a
        foreign key of the rows and the one instance all of them point to (their
        initiative, say): it is attached to every row rather than read again."""
        connection = connections[DEFAULT_DB_ALIAS]
        key = (DEFAULT_DB_ALIAS, connection.vendor)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = compile_once(self._build())
        queryset, template, sql, params = compiled
        return rows_compiled(
            queryset, template, sql, stand_ins_replaced(params, given), known=known
        )


def compile_once(queryset: QuerySet) -> tuple[QuerySet, SQLCompiler, str, tuple]:
    """The queryset, its compiler once compiled, and the SQL and parameters it sends: what
    `rows_compiled` runs again."""
    compiler = queryset.query.get_compiler(using=DEFAULT_DB_ALIAS)
    sql, params = compiler.as_sql()
    return queryset, compiler, sql, tuple(params)


def rows_compiled(
    queryset: QuerySet,
    template: SQLCompiler,
    sql: str,
    params: Sequence[Any],
    *,
    known: Mapping[str, Model] | None = None,
) -> list[Any]:
    """The rows of ``queryset`` (the model instances it gives) from ``sql`` and ``params``,
    compiled by ``template`` (see `compile_once`) for it or for one of the same shape."""
    # A fresh compiler a run: the template's select, klass_info and converters, this
    # thread's connection, and the SQL already compiled.
    compiler = copy.copy(template)
    compiler.connection = connections[DEFAULT_DB_ALIAS]
    compiler.as_sql = lambda *args, **kwargs: (sql, params)  # type: ignore[method-assign]
    related = {}
    for name, instance in (known or {}).items():
        related[queryset.model._meta.get_field(name)] = {instance.pk: instance}
    return list(ModelIterable(_Run(queryset.model, compiler, related)))  # type: ignore[arg-type]


class _Run:
    """What Django's ModelIterable reads of a queryset, for one run of CompiledRows."""

    db = DEFAULT_DB_ALIAS

    def __init__(self, model: type[Model], compiler: SQLCompiler, related: dict) -> None:
        self.model = model
        self.query = self
        self._compiler = compiler
        self._known_related_objects = related

    def get_compiler(self, using: str | None = None) -> SQLCompiler:
        return self._compiler
