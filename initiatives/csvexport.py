"""CSV downloads: one way to write a cell, and one way to write the rows, for every export,
whether streamed to the browser or written to a file by the export job."""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from django.db import connection, connections, transaction
from django.db.models import CharField, Func, QuerySet
from django.http import StreamingHttpResponse
from django.urls import reverse

from initiatives.statements import StatementRead

# Cells starting with these would be run as formulas by spreadsheet programs.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Rows fetched from the database at a time, and written out as one piece of text: one
# write to the socket (or file) per piece, not one per row.
CSV_CHUNK = 2000

T = TypeVar("T")


@dataclass(frozen=True)
class CsvExport:
    """One export, however it is delivered (streamed, or written to a file by the job)."""

    filename: str
    header: tuple[str, ...]
    queryset: QuerySet  # the filtered rows, for counting them
    rows: Callable[[], Iterator[tuple[Any, ...]]]
    # True when ``rows`` already wrote each cell (see csv_pieces).
    written: bool = False


def url_maker(base: str, viewname: str) -> Callable[[Any], str]:
    """The absolute URL of ``viewname`` for one slug or id, reversed once rather than once
    a row: every detail URL is the same with another slug."""
    marker = "9081726354"  # a valid slug and a valid id
    head, tail = (base + reverse(viewname, args=[marker])).split(marker)
    return lambda key: f"{head}{key}{tail}"


class IsoSeconds(Func):
    """A timestamp as ``isoformat(timespec="seconds")`` writes it in UTC
    ("2026-12-01T12:00:05+00:00"), formatted by the database: an export's rows need it as
    text, and loading each timestamp in Python to format it cost more than the rest of
    the row's date work."""

    output_field = CharField()

    def as_sql(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple]:
        sql, params = compiler.compile(self.source_expressions[0])
        return (
            f"to_char({sql} AT TIME ZONE 'UTC', %s)",
            (*params, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
        )

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> tuple[str, tuple]:
        sql, params = compiler.compile(self.source_expressions[0])
        return f"strftime(%s, {sql})", ("%Y-%m-%dT%H:%M:%S+00:00", *params)


def csv_cell(value: Any) -> str:
    """A cell as text: dates in ISO 8601, formulas neutralised with a leading quote."""
    if type(value) is str:  # most cells: checked first
        text = value
    elif value is None:
        return ""
    elif isinstance(value, dt.datetime):
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


ChunkRead = Callable[[list[int]], Any]
_cursor_names = itertools.count()


def chunks_read(
    values: QuerySet, reads: Sequence[ChunkRead], *, size: int = CSV_CHUNK
) -> Iterator[tuple[list[tuple[Any, ...]], list[Any]]]:
    """Each chunk of the value rows ``values``, with what each of ``reads`` gives for the
    chunk's ids (the rows' first column).

    On PostgreSQL, when every read is a compiled StatementRead (or there is none), the
    statements and the next chunk's rows are sent ahead in pipeline mode: the server
    reads chunk n + 1 while the export writes chunk n. Before, the export's Python and
    its SQL took turns, each idle while the other worked. Elsewhere, each chunk's reads
    run when the chunk comes."""
    db = connections[values.db]
    if not _pipelined(db, reads):
        for chunk in chunks(values.iterator(chunk_size=size), size):
            ids = [row[0] for row in chunk] if reads else []
            yield chunk, [read(ids) for read in reads]
        return
    yield from _pipelined_chunks(db, values, reads, size)


def _pipelined(db: Any, reads: Sequence[ChunkRead]) -> bool:
    if db.vendor != "postgresql" or not db.in_atomic_block:
        return False  # a cursor without HOLD lives in a transaction (in_one_transaction)
    from psycopg import Pipeline

    return Pipeline.is_supported() and all(
        isinstance(read, StatementRead) and read.statement.compiled for read in reads
    )


def _pipelined_chunks(
    db: Any, values: QuerySet, reads: Sequence[StatementRead], size: int
) -> Iterator[tuple[list[tuple[Any, ...]], list[Any]]]:
    compiler = values.query.get_compiler(using=values.db)
    sql, params = compiler.as_sql()
    converters = compiler.get_converters([column for column, _, _ in compiler.select])
    name = f"docket_chunks_{next(_cursor_names)}"
    fetch = f"FETCH FORWARD {size} FROM {name}"
    sent: list[Any] = []  # cursors whose results are not read yet

    def send(statement_sql: str, statement_params: Sequence[Any] = ()) -> Any:
        cursor = db.cursor()
        sent.append(cursor)
        cursor.execute(statement_sql, statement_params)
        return cursor

    def command(statement_sql: str, statement_params: Sequence[Any] = ()) -> None:
        """Sent without waiting: an error shows at the next result read."""
        with db.cursor() as cursor:
            cursor.execute(statement_sql, statement_params)

    def result(cursor: Any) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Waits for the cursor's statement; the cursor is closed, its rows kept."""
        try:
            rows = cursor.fetchall()  # in pipeline mode, the description comes with the rows
            return [column.name for column in cursor.description], rows
        finally:
            cursor.close()
            sent.remove(cursor)

    def chunk_of(cursor: Any) -> list[tuple[Any, ...]]:
        names, rows = result(cursor)
        if names != list(values._fields):
            raise ValueError(f"{name}: its columns are not those of the value rows")
        if converters:  # as values_list converts its rows (none for an export's columns today)
            return [tuple(row) for row in compiler.apply_converters(rows, converters)]
        return rows

    def ahead(chunk: list[tuple[Any, ...]]) -> tuple[list[Any], Any]:
        ids = [row[0] for row in chunk] if reads else []
        return [send(*read.statement.sql_with_params(ids)) for read in reads], send(fetch)

    db.ensure_connection()
    try:
        with db.connection.pipeline():
            command(f"DECLARE {name} NO SCROLL CURSOR FOR {sql}", params)
            chunk = chunk_of(send(fetch))
            pending = ahead(chunk) if chunk else ([], None)
            while chunk:
                cursors, following = pending
                shaped = [
                    read.shape(*result(cursor)) for read, cursor in zip(reads, cursors, strict=True)
                ]
                following_chunk = chunk_of(following)
                if following_chunk:  # sent now, read by the server while this one is written
                    pending = ahead(following_chunk)
                yield chunk, shaped
                chunk = following_chunk
            command(f"CLOSE {name}")
    finally:
        for cursor in sent:
            cursor.close()


def csv_pieces(
    header: Iterable[str], rows: Iterable[Iterable[Any]], *, written: bool = False
) -> Iterator[str]:
    """The CSV text, ``header`` then ``rows``, in pieces of CSV_CHUNK rows.

    Each cell goes through csv_cell, unless the rows are ``written``: each cell already
    csv_cell's text, or a value the csv module writes as csv_cell would (None, a whole
    number not below 0, text Docket makes that starts with a letter, a digit or "/":
    labels, URLs, dates). An export that knows its columns writes only the cells that
    need it, rather than twenty calls a row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(list(header))
    for chunk in chunks(rows):
        writer.writerows(chunk if written else [[csv_cell(v) for v in row] for row in chunk])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if tail := buffer.getvalue():  # the header of an export without rows
        yield tail


def in_one_transaction(rows: Callable[[], Iterable[T]]) -> Iterator[T]:
    """``rows()`` read inside one transaction. On PostgreSQL a streamed queryset outside a
    transaction is a cursor WITH HOLD, which the server materialises in full before the
    first row (37 s for the deliverables' million actions); inside one it streams, from
    one consistent snapshot. A client that goes away ends the transaction. JIT is off
    for it (see below)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # A cursor over a million rows costs enough for PostgreSQL to compile its plan
            # with JIT: seconds before the first row, and three times slower after
            # (measured: 30,000 deliverables in 8.9 s with JIT, 1.2 s without).
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
        yield from rows()


def csv_response(export: CsvExport) -> StreamingHttpResponse:
    """Streams the export's rows below its header, read as the client reads, so that
    100,000 rows never sit in memory."""
    response = StreamingHttpResponse(
        csv_pieces(export.header, in_one_transaction(export.rows), written=export.written),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response
