"""CSV downloads: one way to write a cell, and one streamed response, for every export."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from django.http import StreamingHttpResponse

# Cells starting with these would be run as formulas by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_CHUNK = 2000

T = TypeVar("T")


def csv_cell(value: Any) -> str:
    """A cell as text: dates in ISO 8601, formulas neutralised with a leading quote."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        text = value.isoformat(timespec="seconds")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def chunks(rows: Iterable[T], size: int = CSV_CHUNK) -> Iterator[list[T]]:
    chunk: list[T] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(
    filename: str, header: Iterable[str], rows: Iterable[Iterable[Any]]
) -> StreamingHttpResponse:
    """Streams ``rows`` (an iterator, consumed as the client reads) below ``header``, so
    that 100,000 rows never sit in memory."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield writer.writerow(list(header))
        for row in rows:
            yield writer.writerow([csv_cell(v) for v in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
