"""Promise against delivery: how many actions were done on time, late, in part, or not.

Read through the FollowUpAction QuerySet (`actions.delivery_record(today=...)` and
`actions.delivery_records(by=..., today=...)`), so that the detail page, the actor page,
the dashboard and the CSV export count the same way. Each count is a bucket of its own:
an action is in exactly one, so the buckets add up to the actions promised. A stalled
action is overdue by definition; it is counted once, as stalled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from django.db import connection, connections
from django.db.models import (
    Aggregate,
    Count,
    F,
    FloatField,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Value,
    Window,
)
from django.db.models.functions import RowNumber

from initiatives.statements import IdsStatement, StatementRead, stand_ins_replaced
from timeline.models import (
    ActionStatus,
    FollowUpAction,
    in_window_q,
    no_firm_date_q,
    overdue_q,
    pending_q,
)

# What `by` may group on, and the column it groups by.
GROUPS = {
    "initiative": "initiative_id",
    "owner": "owner_id",
    "area": "initiative__area_links__area_id",
}


class DaysLate(Func):
    """Days from the latest due date to the day of delivery (negative when early)."""

    template = "(%(expressions)s)"
    arg_joiner = " - "
    output_field = IntegerField()

    def __init__(self) -> None:
        super().__init__(F("completed_on"), F("due_latest"))

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(
            compiler,
            connection,
            template="CAST(julianday(%(expressions)s) AS INTEGER)",
            arg_joiner=") - julianday(",
            **extra,
        )


class Median(Aggregate):
    """PostgreSQL's continuous median of an expression."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def _stalled() -> Q:
    return Q(status=ActionStatus.STALLED)


def _done_late() -> Q:
    return Q(status=ActionStatus.DONE, due_latest__isnull=False, completed_on__gt=F("due_latest"))


def _buckets(today: dt.date) -> dict[str, Q]:
    live = pending_q() & ~_stalled()
    return {
        "done_on_time": Q(status=ActionStatus.DONE) & ~_done_late(),
        "done_late": _done_late(),
        "partly_done": Q(status=ActionStatus.PARTLY_DONE),
        "stalled": _stalled(),
        "overdue": overdue_q(today) & ~_stalled(),
        "open_in_window": in_window_q(today) & ~_stalled(),
        "no_firm_date": live & no_firm_date_q(),
        "dropped": Q(status=ActionStatus.DROPPED),
    }


# Bucket, label, and the symbol that says it without colour; in the order of the bar.
SEGMENTS = (
    ("done_on_time", "done on time", "✓"),
    ("done_late", "done late", "✓"),
    ("partly_done", "partly done", "◐"),
    ("open_in_window", "open within their window", "○"),
    ("no_firm_date", "with no firm date", "?"),
    ("stalled", "stalled", "‖"),
    ("overdue", "overdue", "⚠"),
    ("dropped", "dropped", "✕"),
)


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    symbol: str
    count: int
    percent: float
    start: float = 0.0  # where its part of the bar begins, in percent


@dataclass(frozen=True)
class DeliveryRecord:
    promised: int = 0
    done_on_time: int = 0
    done_late: int = 0
    partly_done: int = 0
    stalled: int = 0
    overdue: int = 0
    open_in_window: int = 0
    no_firm_date: int = 0
    dropped: int = 0
    median_delay_days: float | None = None

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def segments(self) -> list[Segment]:
        """The non-empty buckets, each with its share of the actions promised and where
        that share starts on the bar."""
        segments: list[Segment] = []
        start = 0.0
        for key, label, symbol in SEGMENTS:
            if n := getattr(self, key):
                share = 100 * n / self.promised
                segments.append(Segment(key, label, symbol, n, round(share, 1), round(start, 1)))
                start += share
        return segments

    @property
    def counts(self) -> list[int]:
        """Every bucket's count, zeros included, in the order of SEGMENTS (table cells)."""
        return list(_SEGMENT_COUNTS(self))

    @property
    def summary(self) -> str:
        """The record in words: the bar's text alternative, and the CSV's reading."""
        if not self.promised:
            return "No follow-up actions promised."
        parts = [f"{s.count} {s.label}" for s in self.segments]
        text = f"{self.promised} promised: " + ", ".join(parts) + "."
        if self.median_delay_days is not None:
            text += f" Median delay of the late ones: {self.median_delay_days:g} days."
        return text


# Reads every bucket's count at once (a CSV export asks it of every row).
_SEGMENT_COUNTS = attrgetter(*(key for key, _, _ in SEGMENTS))
COUNT_FIELDS = tuple(f.name for f in fields(DeliveryRecord) if f.name != "median_delay_days")


def _counts(today: dt.date) -> dict[str, Any]:
    # COUNT(*) and COUNT(1), not COUNT(id): the indexes that carry status and dates (such
    # as `action_initiative_delivery`) do not carry the id, which an index-only scan needs.
    return {
        "promised": Count("*"),
        **{name: Count(Value(1), filter=q) for name, q in _buckets(today).items()},
    }


def _uses_percentile() -> bool:
    return connection.vendor == "postgresql"


def delivery_record(queryset: QuerySet, *, today: dt.date) -> DeliveryRecord:
    queryset = queryset.order_by()
    aggregates = _counts(today)
    if _uses_percentile():
        aggregates["median_delay_days"] = Median(DaysLate(), filter=_done_late())
        return DeliveryRecord(**queryset.aggregate(**aggregates))
    counts = queryset.aggregate(**aggregates)
    medians = _middle_medians(queryset, key=None)
    return DeliveryRecord(**counts, median_delay_days=medians.get(None))


# A stand-in for the id while a record's statement is compiled: never an id.
_ANY_ID = -(2**62)


@lru_cache(maxsize=8)
def _one_record_statement(
    column: str, today: dt.date
) -> tuple[str, tuple[Any, ...], tuple[str, ...]]:
    """The SQL of one initiative's or one owner's record for ``today``, its parameters
    (the id a stand-in, see `initiatives.statements`), and the names of its columns. Compiled once a day: its nine filtered counts took
    3-4 ms of Python to compile on every initiative and actor page, ten times the
    query's own time. (Grouped by a constant, which adds no GROUP BY: the aggregate of
    ``QuerySet.aggregate``, as a statement that can be compiled without running it.)"""
    aggregates = {**_counts(today), "median_delay_days": Median(DaysLate(), filter=_done_late())}
    sql, params = (
        FollowUpAction.objects.filter(**{column: _ANY_ID})
        .order_by()
        .values(_all=Value(1))
        .annotate(**aggregates)
        .values_list(*aggregates)
        .query.sql_with_params()
    )
    return sql, tuple(params), tuple(aggregates)


def one_delivery_record(*, by: str, pk: int, today: dt.date) -> DeliveryRecord:
    """The record of one initiative's (``by="initiative"``) or one owner's actions: what
    ``FollowUpAction.objects.filter(<by>=pk).delivery_record(today=today)`` counts, from
    a statement compiled once a day on PostgreSQL."""
    column = GROUPS[by]
    if not _uses_percentile() or by not in ("initiative", "owner"):
        return delivery_record(FollowUpAction.objects.filter(**{column: pk}), today=today)
    sql, params, names = _one_record_statement(column, today)
    with connection.cursor() as cursor:
        cursor.execute(sql, stand_ins_replaced(params, {_ANY_ID: pk}))
        row = cursor.fetchone()
    return DeliveryRecord(**dict(zip(names, row, strict=True)))


def delivery_records(
    queryset: QuerySet, *, by: str, today: dt.date
) -> dict[int | None, DeliveryRecord]:
    """One record per group, in one query on PostgreSQL (two on SQLite). Groups without
    actions are absent: ask with ``.get(key, DeliveryRecord())``."""
    column = GROUPS[by]
    rows = queryset.order_by().values(group=F(column)).annotate(**_counts(today))
    if _uses_percentile():
        rows = rows.annotate(median_delay_days=Median(DaysLate(), filter=_done_late()))
        return {row.pop("group"): DeliveryRecord(**row) for row in rows}
    medians = _middle_medians(queryset, key=column)
    records = {}
    for row in rows:
        group = row.pop("group")
        records[group] = DeliveryRecord(**row, median_delay_days=medians.get(group))
    return records


# A group's figures as one row: what `delivery_rows` returns, and a group without actions.
ROW_FIELDS = ("promised", *(key for key, _, _ in SEGMENTS), "median_delay_days")
EMPTY_ROW: tuple[Any, ...] = (0,) * (len(ROW_FIELDS) - 1) + (None,)


def delivery_rows(
    queryset: QuerySet, *, by: str, today: dt.date
) -> dict[int | None, tuple[Any, ...]]:
    """The figures of `delivery_records` as rows (ROW_FIELDS: the actions promised, every
    bucket's count in the order of SEGMENTS, the median delay or None), for an export
    that writes thousands of them: on PostgreSQL read straight from the cursor, with no
    record and no value converted by Django (half an export's Python before)."""
    if not _uses_percentile():
        records = delivery_records(queryset, by=by, today=today)
        return {group: (r.promised, *r.counts, r.median_delay_days) for group, r in records.items()}
    rows = delivery_rows_query(queryset, by=by, today=today)
    sql, params = rows.query.sql_with_params()
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, params)
        names = [column.name for column in cursor.description]
        return delivery_rows_read(names, cursor.fetchall())


def delivery_rows_reader(
    *, by: str, today: dt.date
) -> Callable[[list[int]], dict[int | None, tuple[Any, ...]]]:
    """`delivery_rows` of the actions of the groups ``ids`` (initiatives or owners), for
    an export asking it of every chunk of rows: on PostgreSQL the statement is compiled
    once (`initiatives.statements.IdsStatement`), not once a chunk, and an export can
    send it ahead (`initiatives.csvexport.chunks_read`)."""
    column = GROUPS[by]

    def actions(ids: list[int]) -> QuerySet:
        return FollowUpAction.objects.filter(**{f"{column}__any_of": ids})

    if not _uses_percentile():
        return lambda ids: delivery_rows(actions(ids), by=by, today=today)
    statement = IdsStatement(lambda ids: delivery_rows_query(actions(ids), by=by, today=today))
    return StatementRead(statement, delivery_rows_read)


def delivery_rows_query(queryset: QuerySet, *, by: str, today: dt.date) -> QuerySet:
    """The statement of `delivery_rows` on PostgreSQL, to run on a cursor (an export
    compiles it once: `initiatives.statements.IdsStatement`); read its rows with
    `delivery_rows_read`."""
    return (
        queryset.order_by()
        .values(group=F(GROUPS[by]))
        .annotate(**_counts(today), median_delay_days=Median(DaysLate(), filter=_done_late()))
    )


def delivery_rows_read(
    names: list[str], rows: list[tuple[Any, ...]]
) -> dict[int | None, tuple[Any, ...]]:
    """The rows of `delivery_rows_query`, with columns ``names``, as `delivery_rows`
    returns them."""
    order = itemgetter(*(names.index(name) for name in ROW_FIELDS))
    at = names.index("group")
    return {row[at]: order(row) for row in rows}


def _middle_medians(queryset: QuerySet, *, key: str | None) -> dict[Any, float]:
    """Without percentile_cont: number the late actions of each group by delay, keep the
    one or two in the middle (2·rank between n and n + 2), and average them. One query,
    at most two rows per group."""
    partition = [F(key)] if key else None
    late = (
        queryset.order_by()
        .filter(_done_late())
        .annotate(
            group=F(key) if key else Value(None, output_field=IntegerField()),
            delay=DaysLate(),
            rank=Window(RowNumber(), partition_by=partition, order_by=DaysLate().asc()),
            size=Window(Count("pk"), partition_by=partition),
        )
        .filter(rank__gte=F("size") / 2.0, rank__lte=F("size") / 2.0 + 1)
        .values_list("group", "delay")
    )
    found: dict[Any, list[int]] = {}
    for group, delay in late:
        found.setdefault(group, []).append(delay)
    return {group: sum(delays) / len(delays) for group, delays in found.items()}
