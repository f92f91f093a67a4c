"""Keyset ("cursor") pagination of the API's lists; the rule itself is
`initiatives.keyset`'s, shared with the pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from initiatives.keyset import (
    BadCursor,
    decode,
    encode,
    ordering_keys,
    ranges_read,
    seek_ranges,
)

__all__ = ["DEFAULT_PAGE_SIZE", "MAX_PAGE_SIZE", "BadCursor", "CursorPage", "cursor_page"]

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 100


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
        rows = ranges_read(queryset, seek_ranges(keys, decode(cursor, keys, scope)), size + 1)
    else:
        rows = list(queryset[: size + 1])
    more = len(rows) > size
    rows = rows[:size]
    return CursorPage(rows=rows, next_cursor=encode(keys, rows[-1], scope) if more else None)
