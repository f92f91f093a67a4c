"""Statements compiled once per process and run many times: the ORM builds and compiles
a query with stand-in values (ids no row has, strings no document holds, a list of ids
no row has), the SQL and its parameters are kept, and each run puts its own values in
the stand-ins' places. The SQL sent is the one the ORM would send; only the Python of
building and compiling it is saved.

One mechanism, `Statement`, read three ways: its plain rows (`rows`), its model
instances (`instances`, through Django's own ModelIterable and the kept compiler, so
``select_related``, ``defer`` and the converters are the ORM's), or its SQL and
parameters to run elsewhere (`sql`). `IdsStatement` is a Statement of one list of ids.
Statements whose shape changes with the number of ids (``pk__in=id_stand_ins(n)``) are
compiled by their callers, once per number, with the same stand-ins (`stand_ins_replaced`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import ModelIterable
from django.db.models.sql.compiler import SQLCompiler

# A stand-in for a whole list of ids (`field__any_of=IDS_STAND_IN`): no row has this id.
IDS_STAND_IN = [-(2**62) + 7]
# The key, in a Statement's ``given``, of the ids in IDS_STAND_IN's place.
IDS = "\x00ids"


def id_stand_ins(count: int) -> list[int]:
    """`count` ids no row has (-1, -2, …), to compile a statement for that many ids."""
    return list(range(-1, -count - 1, -1))


def ids_given(ids: Iterable[int]) -> dict[int, int]:
    """The real ids in the places of `id_stand_ins`' ids, in order."""
    return {-n: pk for n, pk in enumerate(ids, start=1)}


def stand_ins_replaced(params: Sequence[Any], given: Mapping[Any, Any]) -> list[Any]:
    """The parameters of a statement compiled with stand-ins, each stand-in (an int or a
    string) replaced by its value in `given`, and IDS_STAND_IN by ``given[IDS]`` as one
    array (`id_array`); every other parameter as it was."""
    return [
        given.get(p, p)
        if isinstance(p, int | str)
        else id_array(given[IDS])
        if p == IDS_STAND_IN and IDS in given
        else p
        for p in params
    ]


def id_array(ids: Iterable[int]) -> str:
    """Ids as PostgreSQL's array text ("{1,2,3}"): one string for `= ANY(%s)`, which
    PostgreSQL reads as an array of the column's type, where a list is dumped id by id."""
    return "{" + ",".join(map(str, ids)) + "}"


class _Compiled(NamedTuple):
    queryset: QuerySet
    compiler: SQLCompiler
    sql: str
    params: tuple[Any, ...]
    positions: dict[str, int]  # `Statement.position`'s answers


class Statement:
    """A queryset compiled once per process and database engine with stand-in values,
    then run with each call's values (``given``: each stand-in and its value).

    ``build`` returns the queryset, written with stand-ins (``id_stand_ins``, strings no
    row holds, IDS_STAND_IN) in the places of the values that change from call to call."""

    def __init__(self, build: Callable[[], QuerySet]) -> None:
        self._build = build
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    @classmethod
    def of(cls, queryset: QuerySet) -> Statement:
        """A statement of a queryset already built, compiled now (one with no stand-in,
        kept by its caller under a key of its own)."""
        statement = cls(lambda: queryset)
        statement._get()
        return statement

    def _get(self) -> _Compiled:
        connection = connections[DEFAULT_DB_ALIAS]
        key = (DEFAULT_DB_ALIAS, connection.vendor)
        compiled = self._compiled.get(key)
        if compiled is None:
            queryset = self._build()
            compiler = queryset.query.get_compiler(using=DEFAULT_DB_ALIAS)
            sql, params = compiler.as_sql()
            compiled = self._compiled[key] = _Compiled(queryset, compiler, sql, tuple(params), {})
        return compiled

    def sql(self, given: Mapping[Any, Any]) -> tuple[str, list[Any]]:
        """The SQL and its parameters, each stand-in replaced by its value in ``given``."""
        compiled = self._get()
        return compiled.sql, stand_ins_replaced(compiled.params, given)

    def rows(self, given: Mapping[Any, Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The column names and the rows, as the database returns them (no conversion
        by Django: only for columns whose values need none)."""
        sql, params = self.sql(given)
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute(sql, params)
            return [column[0] for column in cursor.description], cursor.fetchall()

    def plain(self, given: Mapping[Any, Any]) -> list[tuple[Any, ...]]:
        """The rows as `rows` reads them, without their column names (which psycopg
        makes for each run): `position` says where a field's value is."""
        sql, params = self.sql(given)
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def position(self, field: str) -> int:
        """Where the model field ``field``'s value is in each row of `plain`."""
        compiled = self._get()
        found = compiled.positions.get(field)
        if found is None:
            for index, (expression, _sql, _alias) in enumerate(compiled.compiler.select):
                target = getattr(expression, "target", None)
                if target is not None and target.name == field:
                    found = compiled.positions[field] = index
                    break
            else:
                raise KeyError(field)
        return found

    def _run_compiler(self, given: Mapping[Any, Any]) -> tuple[_Compiled, SQLCompiler]:
        """A fresh compiler a run: the kept one's select, klass_info and converters, this
        thread's connection, and the SQL already compiled with ``given``'s values."""
        compiled = self._get()
        params = stand_ins_replaced(compiled.params, given)
        compiler = copy.copy(compiled.compiler)
        compiler.connection = connections[DEFAULT_DB_ALIAS]
        compiler.as_sql = lambda *args, **kwargs: (compiled.sql, params)  # type: ignore[method-assign]
        return compiled, compiler

    def values(self, given: Mapping[Any, Any]) -> list[tuple[Any, ...]]:
        """The rows as tuples, each value converted as Django converts it (a
        ``values_list`` statement's rows, read as the queryset would read them)."""
        _, compiler = self._run_compiler(given)
        return list(compiler.results_iter(tuple_expected=True))

    def instances(
        self, given: Mapping[Any, Any], *, known: Mapping[str, Model] | None = None
    ) -> list[Any]:
        """The rows as the queryset gives them (model instances). ``known`` names a
        foreign key of the rows and the one instance all of them point to (their
        initiative, say): it is attached to every row rather than read again."""
        compiled, compiler = self._run_compiler(given)
        model = compiled.queryset.model
        related = {}
        for name, instance in (known or {}).items():
            related[model._meta.get_field(name)] = {instance.pk: instance}
        return list(ModelIterable(_Run(model, compiler, related)))  # type: ignore[arg-type]

    def instances_of(self, rows: Sequence[tuple[Any, ...]]) -> list[Any]:
        """The model instances of ``rows`` as `rows` read them (unconverted), made as
        `instances` makes them: a caller that needs only a value or two of a row reads
        it plainly, and makes the instance only when it needs one."""
        compiled, compiler = self._run_compiler({})
        count = compiler.col_count
        compiler.execute_sql = lambda *args, **kwargs: [[row[:count] for row in rows]]  # type: ignore[method-assign]
        return list(ModelIterable(_Run(compiled.queryset.model, compiler, {})))  # type: ignore[arg-type]


class IdsStatement(Statement):
    """The query ``make(ids)`` (a queryset filtered by ``<field>__any_of=ids``), compiled
    once with IDS_STAND_IN and run for any list of ids: an export asks the same query of
    every chunk of 2,000 rows, and compiling it, preparing 2,000 ids and dumping them
    cost more Python than the rows' own cells. On PostgreSQL (client-side binding, the
    default, where the list is one parameter); elsewhere each run builds the queryset
    again."""

    def __init__(self, make: Callable[[list[int]], QuerySet]) -> None:
        super().__init__(lambda: make(IDS_STAND_IN))
        self.make = make
        connection = connections[DEFAULT_DB_ALIAS]
        self.compiled = connection.vendor == "postgresql" and not connection.settings_dict[
            "OPTIONS"
        ].get("server_side_binding")

    def sql_with_params(self, ids: list[int]) -> tuple[str, list[Any]]:
        """The statement for ``ids`` and its parameters."""
        if self.compiled:
            return self.sql({IDS: ids})
        sql, params = self.make(ids).query.sql_with_params()
        return sql, list(params)

    def rows(self, ids: list[int]) -> tuple[list[str], list[tuple[Any, ...]]]:  # type: ignore[override]
        sql, params = self.sql_with_params(ids)
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute(sql, params)
            return [column[0] for column in cursor.description], cursor.fetchall()


class _Run:
    """What Django's ModelIterable reads of a queryset, for one run of a Statement."""

    db = DEFAULT_DB_ALIAS

    def __init__(self, model: type[Model], compiler: SQLCompiler, related: dict) -> None:
        self.model = model
        self.query = self
        self._compiler = compiler
        self._known_related_objects = related

    def get_compiler(self, using: str | None = None) -> SQLCompiler:
        return self._compiler


@dataclass(frozen=True)
class StatementRead:
    """What an export reads for each chunk of its rows with one compiled statement:
    ``shape`` makes the statement's column names and rows into what the export uses.
    Called with the chunk's ids, it runs the statement there and then."""

    statement: IdsStatement
    shape: Callable[[list[str], list[tuple[Any, ...]]], Any]

    def __call__(self, ids: list[int]) -> Any:
        return self.shape(*self.statement.rows(ids))
