"""Loading millions of generated rows fast: what `bench_seed` needs beyond the ORM.

- :func:`rows_insert` writes tuples with PostgreSQL's ``COPY … FROM STDIN`` (text format,
  built in Python: psycopg's ``write_row`` costs three times as much per row), or with
  ``executemany`` on other databases.
- :func:`indexes_set_aside` drops a table's secondary indexes and unique constraints for
  the load and builds them again after: one sort per index instead of a million random
  B-tree and GIN insertions.
- :class:`VectorPieces` makes the stored search vector of a row out of the vectors of its
  pieces of text, each computed once by PostgreSQL (``indexed_text`` then
  ``to_tsvector``), instead of analysing three kilobytes of text for every row.

Rows are tuples of ``None``, ``int``, ``float`` and ``str`` (dates and times already
written as ISO text, booleans as 1 or 0), so that one tuple serves both databases.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from django.db import connections as django_connections
from django.db.backends.base.base import BaseDatabaseWrapper

from initiatives.search import SEARCH_CONFIG
from initiatives.searchtext import indexed_text

# Bytes of COPY text sent to the server at a time.
COPY_CHUNK = 1 << 20
# Memory for sorting, shared by the connections that build indexes at once.
BUILD_MEMORY_MB = 1536
# One entry of a tsvector's text form: 'lexeme':1A,5,7B
# The document part of a vector starts at a multiple of this (see VectorPieces.vector).
DOCUMENT_ALIGN = 32
_ENTRY = re.compile(r"'((?:[^']|'')*)':([0-9A-D,]+)")


def rows_insert(
    db: BaseDatabaseWrapper,
    table: str,
    columns: Sequence[str],
    rows: Iterable[tuple[Any, ...]],
    *,
    escape: bool = False,
) -> None:
    """Insert ``rows`` (tuples in the order of ``columns``). ``escape`` when a text value
    may hold a backslash, tab or line break (COPY's text format gives them meaning)."""
    names = ", ".join(db.ops.quote_name(c) for c in columns)
    with db.cursor() as cursor:
        if db.vendor != "postgresql":
            marks = ", ".join(["%s"] * len(columns))
            cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(rows))  # noqa: S608
            return
        with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
            lines: list[str] = []
            size = 0
            for row in rows:
                if escape:
                    values = [
                        "\\N" if v is None else _copy_escaped(v) if type(v) is str else str(v)
                        for v in row
                    ]
                else:
                    values = ["\\N" if v is None else v if type(v) is str else str(v) for v in row]
                line = "\t".join(values)
                lines.append(line)
                size += len(line)
                if size >= COPY_CHUNK:
                    copy.write("\n".join(lines) + "\n")
                    lines, size = [], 0
            if lines:
                copy.write("\n".join(lines) + "\n")


def _copy_escaped(value: str) -> str:
    """``value`` in COPY's text format (str.replace: translate() is ten times slower)."""
    if "\\" not in value and "\n" not in value and "\t" not in value and "\r" not in value:
        return value
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    )


def backend_cpu_seconds(db: BaseDatabaseWrapper) -> float | None:
    """CPU seconds of this connection's PostgreSQL process, when the server runs on this
    machine (a load's report separates the database's work from Python's)."""
    if db.vendor != "postgresql":
        return None
    with db.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def max_id(db: BaseDatabaseWrapper, table: str) -> int:
    with db.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
        return int(cursor.fetchone()[0])


def sequences_reset(db: BaseDatabaseWrapper, tables: Iterable[str]) -> None:
    """After rows were inserted with their own ids, the next ``save()`` must not reuse one."""
    if db.vendor != "postgresql":
        return  # SQLite's AUTOINCREMENT follows the largest id inserted
    with db.cursor() as cursor:
        for table in tables:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "  # noqa: S608
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))",
                [table],
            )


@contextmanager
def indexes_set_aside(
    db: BaseDatabaseWrapper,
    tables: Sequence[str],
    *,
    builders: int = 1,
    timings: dict[str, tuple[float, float | None]] | None = None,
) -> Iterator[list[str]]:
    """Drop the tables' indexes other than their primary keys (plain indexes and unique
    constraints) and create them again when the block ends, even on an error. Yields the
    names set aside. PostgreSQL only; elsewhere a no-op.

    ``builders`` connections build them at once, the largest tables' first (one index is
    one CPU's sort, or a few with parallel maintenance workers: on a shared machine a
    single connection leaves the other cores to other work). ``timings`` gets the
    seconds of each build, by its statement (see :func:`statements_run`)."""
    if db.vendor != "postgresql" or not tables:
        yield []
        return
    with db.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, pg_get_indexdef(i.indexrelid), pg_relation_size(i.indrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = ANY(%s::regclass[]) AND NOT EXISTS (
                SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            """,
            [list(tables)],
        )
        indexes = cursor.fetchall()
        cursor.execute(
            """
            SELECT k.conrelid::regclass::text, k.conname, pg_get_constraintdef(k.oid)
            FROM pg_constraint k
            WHERE k.conrelid = ANY(%s::regclass[]) AND k.contype = 'u'
            """,
            [list(tables)],
        )
        constraints = cursor.fetchall()
        for name, _, _ in indexes:
            cursor.execute(f"DROP INDEX {db.ops.quote_name(name)}")
        for table, name, _ in constraints:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {db.ops.quote_name(name)}")
    try:
        yield [name for name, _, _ in indexes] + [name for _, name, _ in constraints]
    finally:
        statements = [
            f"ALTER TABLE {table} ADD CONSTRAINT {db.ops.quote_name(name)} {definition}"
            for table, name, definition in constraints
        ]
        # The biggest tables' indexes first, so that the last to finish are small ones.
        statements += [d for _, d, _ in sorted(indexes, key=lambda index: -index[2])]
        statements_run(db, statements, connections=builders, timings=timings)


def largest_first(db: BaseDatabaseWrapper, tables: Sequence[str]) -> list[str]:
    """``tables`` from the largest (with their indexes and TOAST) to the smallest: work
    spread over a few connections then ends with small tables, not one long one."""
    if db.vendor != "postgresql":
        return list(tables)
    with db.cursor() as cursor:
        cursor.execute(
            "SELECT t FROM unnest(%s::text[]) AS t ORDER BY pg_total_relation_size(t::regclass) DESC",
            [list(tables)],
        )
        return [table for (table,) in cursor.fetchall()]


def statements_run(
    db: BaseDatabaseWrapper,
    statements: Sequence[str],
    *,
    connections: int,
    timings: dict[str, tuple[float, float | None]] | None = None,
) -> None:
    """Run ``statements`` (index builds, VACUUMs) on up to ``connections`` connections at
    once, each taking the next statement when it is done. Outside a transaction only:
    with one connection, or inside one, they run in order on ``db``. ``timings`` gets the
    seconds of each statement, wall and CPU of its connection's server process (parallel
    workers' not counted; None when the server is not on this machine)."""
    took = {} if timings is None else timings

    def run(own: BaseDatabaseWrapper, cursor: Any, statement: str) -> None:
        wall, cpu = time.perf_counter(), backend_cpu_seconds(own)
        cursor.execute(statement)
        after = backend_cpu_seconds(own)
        took[statement] = (
            time.perf_counter() - wall,
            None if cpu is None or after is None else after - cpu,
        )

    if connections <= 1 or db.in_atomic_block or len(statements) <= 1:
        with db.cursor() as cursor:
            for statement in statements:
                run(db, cursor, statement)
        return
    pending = queue.SimpleQueue()
    for statement in statements:
        pending.put(statement)
    errors: list[BaseException] = []

    def build() -> None:
        own = django_connections[db.alias]  # this thread's own connection
        try:
            with own.cursor() as cursor:
                cursor.execute(f"SET maintenance_work_mem = '{BUILD_MEMORY_MB // connections}MB'")
                while not errors:
                    try:
                        statement = pending.get_nowait()
                    except queue.Empty:
                        return
                    run(own, cursor, statement)
        except BaseException as error:  # raised in the calling thread below
            errors.append(error)
        finally:
            own.close()

    threads = [threading.Thread(target=build) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


class VectorPieces:
    """Weighted tsvectors made of pieces of text whose vectors PostgreSQL computed once.

    A row's vector is ``setweight(to_tsvector(a), 'A') || … || to_tsvector(d)``
    (`initiatives.search`). Here each part is a list of pieces (a title, an action's
    description, a document); a piece's vector is computed once, by the same
    ``indexed_text`` and ``to_tsvector``, and the row's is their concatenation as ``||``
    concatenates: each vector's positions follow the previous one's last. Lexemes and
    weights are those of the per-row vector; positions may differ by a stop word or two
    at the seams, and the document's start at the next multiple of ``DOCUMENT_ALIGN``. ``marks`` are placeholder words in the pieces, replaced in the
    finished vector by the lexeme of the word each row puts there (a code word, a year).
    """

    def __init__(self, db: BaseDatabaseWrapper) -> None:
        self.db = db
        # piece → (positions of each lexeme, highest position)
        self._pieces: dict[str, tuple[list[tuple[str, list[int]]], int]] = {}
        self._rendered: dict[tuple[str, str, int], str] = {}
        self._lexemes: dict[str, str] = {}

    def learn(self, pieces: Iterable[str]) -> None:
        """Compute, in one query, the vectors of the pieces not seen before."""
        new = sorted({p for p in pieces if p not in self._pieces})
        if not new:
            return
        for piece, vector in zip(new, self._vectors(new), strict=True):
            entries = [
                (lexeme, [int(p.rstrip("ABCD")) for p in positions.split(",")])
                for lexeme, positions in _ENTRY.findall(vector)
            ]
            top = max((max(p) for _, p in entries), default=0)
            self._pieces[piece] = (entries, top)

    def _vectors(self, texts: list[str]) -> list[str]:
        """The text form of each text's vector, in order, from one query."""
        with self.db.cursor() as cursor:
            cursor.execute(
                "SELECT to_tsvector(%s::regconfig, t)::text FROM unnest(%s::text[]) "
                "WITH ORDINALITY AS p(t, n) ORDER BY n",
                [SEARCH_CONFIG, [indexed_text(t) for t in texts]],
            )
            return [vector for (vector,) in cursor.fetchall()]

    def lexeme(self, word: str) -> str:
        """The lexeme ``word`` becomes in the index (itself when it becomes none)."""
        return self._lexemes.get(word, word.lower())

    def learn_lexemes(self, words: Iterable[str]) -> None:
        new = sorted({w for w in words if w not in self._lexemes})
        if not new:
            return
        for word, vector in zip(new, self._vectors(new), strict=True):
            found = _ENTRY.findall(vector)
            self._lexemes[word] = found[0][0] if len(found) == 1 else word.lower()

    def vector(
        self, parts: Sequence[tuple[str, Sequence[str]]], marks: dict[str, str]
    ) -> tuple[str, str]:
        """The text form of the vector of ``parts`` ((weight, pieces), weight "A"–"D"),
        with each mark's lexeme replaced by its value's (see :meth:`lexeme`); and that of
        its A and B parts alone, the ranking vector (``ts_filter(vector, '{a,b}')``: the
        A and B parts come first, so their positions are the same in both)."""
        out: list[str] = []
        offset = 0
        ranked = 0  # the entries of out that are weight A or B
        for weight, pieces in parts:
            if weight == "D":
                # The long pieces (documents) start at one of a few offsets, so that their
                # rendered text is kept for a few offsets rather than for every one.
                offset = -(-offset // DOCUMENT_ALIGN) * DOCUMENT_ALIGN
            for piece in pieces:
                key = (piece, weight, offset)
                text = self._rendered.get(key)
                entries, top = self._pieces[piece]
                if text is None:
                    suffix = "" if weight == "D" else weight
                    text = " ".join(
                        f"'{lexeme}':" + ",".join(f"{min(p + offset, 16383)}{suffix}" for p in ps)
                        for lexeme, ps in entries
                    )
                    self._rendered[key] = text
                if text:
                    out.append(text)
                offset += top
            if weight in "AB":
                ranked = len(out)
        vector, rank = " ".join(out), " ".join(out[:ranked])
        for mark, value in marks.items():
            old, new = f"'{self.lexeme(mark)}':", f"'{self.lexeme(value)}':"
            vector, rank = vector.replace(old, new), rank.replace(old, new)
        return vector, rank
