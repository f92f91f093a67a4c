"""Keyset ("cursor") pagination over any ordered queryset: one home for the rule, used by
the API (`api.cursor`) and by the pages' "Next" and "Previous" beyond their numbered pages
(`initiatives.paging`).

A cursor carries the sort values of a row the reader saw, signed so that it cannot be
forged into an arbitrary filter. The next page is the rows *after* those values in the
queryset's own ordering (which must end in a unique key, such as ``pk``), so rows inserted
or deleted meanwhile never make a page repeat or skip one that was there before; the
previous page is the rows before them, read in the reverse order.

:func:`seek_ranges` writes the condition so that an index on the ordering can start at
the cursor instead of reading every row before it, as an OFFSET does.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.core import signing
from django.db import connection
from django.db.models import F, FloatField, Func, OrderBy, Q, QuerySet, Value

# The API issued cursors first: the salt keeps its name so that theirs still verify.
SALT = "docket.api.cursor"


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
    value = row
    for part in key.name.split("__"):  # "initiative__updated_at" on a link row
        value = getattr(value, part)
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return value.isoformat()  # dates and datetimes: Django's lookups parse them back


def encode(keys: list[Key], row: Any, scope: str) -> str:
    """A signed cursor holding ``row``'s values of ``keys``, for the list named ``scope``."""
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


def reversed_keys(keys: list[Key]) -> list[Key]:
    """The keys of the reverse order (``QuerySet.reverse()``): each direction and each
    place of the nulls flipped."""
    return [
        replace(
            key,
            descending=not key.descending,
            nulls_last=None if key.nulls_last is None else not key.nulls_last,
        )
        for key in keys
    ]


def reversed_order(queryset: QuerySet) -> QuerySet:
    """``queryset`` in the reverse of its order, written out (unlike ``reverse()``, which
    leaves ``query.order_by`` as it was), so that the order's keys read it as it is."""
    ordering = queryset.query.order_by or queryset.model._meta.ordering
    flipped: list[Any] = []
    for item in ordering:
        if isinstance(item, OrderBy):
            item = item.copy()
            item.reverse_ordering()
            flipped.append(item)
        else:
            flipped.append(item[1:] if item.startswith("-") else f"-{item}")
    return queryset.order_by(*flipped)


def seek_ranges(keys: list[Key], values: list[Any]) -> list[Q]:
    """The rows after ``values``, as one or two conditions to read separately and merge.

    ``after_q`` alone is a chain of ORs, which PostgreSQL applies as a filter to every row
    of the index from its start: page 4,000 would read 100,000 entries. Here each
    condition also bounds the first key (``decided_on <= v``), which an index scan starts
    from. Nulls sit at one end of the order, outside any such bound, so when rows after
    the cursor include both nulls and values of the first key, they are a second range.
    """
    after = after_q(keys, values)
    first, value = keys[0], values[0]
    name = first.name
    if value is None:
        here = Q(**{f"{name}__isnull": True}) & after
        if first.nulls_last is False:  # nulls first: every value comes after them
            return [here, Q(**{f"{name}__isnull": False})]
        return [here]
    bound = Q(**{f"{name}__{'lte' if first.descending else 'gte'}": _param(value)}) & after
    if first.nulls_last:
        return [bound, Q(**{f"{name}__isnull": True})]
    return [bound]


def ranges_read(queryset: QuerySet, ranges: list[Q], size: int) -> list[Any]:
    """The first ``size`` rows of ``queryset`` in ``ranges``, in its order: one query
    (on PostgreSQL a UNION ALL of one ordered, limited scan per range)."""
    if len(ranges) == 1:
        return list(queryset.filter(ranges[0])[:size])
    if not connection.features.supports_slicing_ordering_in_compound:
        either = Q(pk__in=[])
        for part in ranges:
            either |= part
        return list(queryset.filter(either)[:size])
    ordering = queryset.query.order_by or queryset.model._meta.ordering
    parts = [queryset.filter(part)[:size] for part in ranges]
    return list(parts[0].union(*parts[1:], all=True).order_by(*ordering)[:size])
