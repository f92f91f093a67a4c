"""Statements compiled once per process and run many times: the ORM builds and compiles
a query with stand-in values (ids no row has, strings no document holds), the SQL and
its parameters are kept, and each run puts its own values in the stand-ins' places.
The SQL sent is the one the ORM would send; only the Python of building it is saved."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from django.db import connections
from django.db.models import QuerySet

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

    def rows(self, ids: list[int]) -> tuple[list[str], list[tuple[Any, ...]]]:
        """The column names and the rows, as the database returns them (no conversion
        by Django: only for columns whose values need none)."""
        if self.compiled:
            params = list(self.params)
            params[self.at] = id_array(ids)
            sql = self.sql
        else:
            sql, params = self.make(ids).query.sql_with_params()
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, params)
            return [column[0] for column in cursor.description], cursor.fetchall()
