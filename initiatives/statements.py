"""Statements compiled once per process and run many times: the ORM builds and compiles
a query with stand-in values (ids no row has, strings no document holds), the SQL and
its parameters are kept, and each run puts its own values in the stand-ins' places.
The SQL sent is the one the ORM would send; only the Python of building it is saved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any


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
