"""Keyset ("cursor") pagination over any ordered queryset.

A cursor carries the sort values of the last row a client saw, signed so that it cannot
be forged into an arbitrary filter. The next page is the rows *after* those values in the
queryset's own ordering (which must end in a unique key, such as ``pk``), so rows inserted
or deleted meanwhile never make a page repeat or skip one that was there before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core import signing
from django.db import connection
from django.db.models import F, FloatField, Func, OrderBy, Q, QuerySet, Value

SALT = "docket.api.cursor"
DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


class BadCursor(ValueError):
    """A cursor that Docket did not issue, or issued for another list or order."""


@dataclass(frozen=True)
class Key:
    name: str
    descending: bool
    nulls_last: bool | None  # None: the column is never null


def ordering_keys(queryset: QuerySet) -> list[Key]:
    """The keys of the queryset's ordering, as the FilterSet or the model set it."""
    ordering = queryset.query.order_by or queryset.model._meta.ordering
    keys: list[Key] = []
    for item in ordering:
        if isinstance(item, OrderBy) and isinstance(item.expression, F):
            nulls = True if item.nulls_last else (False if item.nulls_first else None)
            keys.append(Key(item.expression.name, item.descending, nulls))
        elif isinstance(item, str):
            keys.append(Key(item.lstrip("-"), item.startswith("-"), None))
        else:
            raise TypeError(f"Cannot page by {item!r}: order by fields or F() expressions.")
    if not keys or keys[-1].name not in ("pk", "id"):
        raise TypeError("A cursor needs an ordering that ends in the primary key.")
    return keys


def _param(value: Any) -> Any:
    # PostgreSQL's ts_rank is a float4: compare it as one, or a float read back from a
    # cursor never equals the row it came from.
    if isinstance(value, float) and connection.vendor == "postgresql":
        return Func(
            Value(value), template="CAST(%(expressions)s AS real)", output_field=FloatField()
        )
    return value


def _after(key: Key, value: Any) -> Q | None:
    """Rows strictly after ``value`` on this key alone (None: there are none)."""
    name = key.name
    if value is None:
        if key.nulls_last is False:  # nulls first: every non-null value comes after
            return Q(**{f"{name}__isnull": False})
        return None
    beyond = Q(**{f"{name}__{'lt' if key.descending else 'gt'}": _param(value)})
    if key.nulls_last:
        beyond |= Q(**{f"{name}__isnull": True})
    return beyond


def _same(key: Key, value: Any) -> Q:
    if value is None:
        return Q(**{f"{key.name}__isnull": True})
    return Q(**{key.name: _param(value)})


def after_q(keys: list[Key], values: list[Any]) -> Q:
    """(k1 after v1) or (k1 = v1 and k2 after v2) or …"""
    found = Q(pk__in=[])
    equal = Q()
    for key, value in zip(keys, values, strict=True):
        beyond = _after(key, value)
        if beyond is not None:
            found |= equal & beyond
        equal &= _same(key, value)
    return found


def _row_value(row: Any, key: Key) -> Any:
    value = getattr(row, key.name)
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return value.isoformat()  # dates and datetimes: Django's lookups parse them back


def encode(keys: list[Key], row: Any, scope: str) -> str:
    return signing.dumps(
        {"s": scope, "v": [_row_value(row, key) for key in keys]}, salt=SALT, compress=True
    )


def decode(token: str, keys: list[Key], scope: str) -> list[Any]:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        raise BadCursor("This cursor is not one Docket issued; start again without it.") from None
    if not isinstance(data, dict) or data.get("s") != scope or len(data.get("v", ())) != len(keys):
        raise BadCursor("This cursor belongs to another list or sort order; start again.")
    return list(data["v"])


@dataclass
class CursorPage:
    rows: list[Any]
    next_cursor: str | None


def cursor_page(
    queryset: QuerySet, *, cursor: str | None, page_size: int | None, scope: str
) -> CursorPage:
    """One page of ``queryset`` in its own order, after ``cursor``. One query.

    ``scope`` names the list and its order (e.g. "initiatives:decided"): a cursor from
    one list is refused by another."""
    size = min(max(page_size or DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE)
    keys = ordering_keys(queryset)
    if cursor:
        queryset = queryset.filter(after_q(keys, decode(cursor, keys, scope)))
    rows = list(queryset[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    return CursorPage(rows=rows, next_cursor=encode(keys, rows[-1], scope) if more else None)
