"""The deliverables board: pending actions grouped by when they are due.

The groups are the deliverables filter's due windows (`DeliverableFilter.filter_window`,
which calls the FollowUpAction QuerySet's `overdue`, `due_within` and `without_firm_date`),
made disjoint: "next 3 months" starts where "this month" ends. ``today`` comes from the
FilterSet, so the board never reads a clock of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from initiatives.paging import capped_count
from timeline.filters import NEXT_30, DeliverableFilter, Window

# Cards shown per group; the rest are one link away, in the table.
BOARD_CARDS = 12
BOARD_GROUPS = (
    (Window.OVERDUE, "Overdue"),
    (Window.NEXT_30, "Due this month (next 30 days)"),
    (Window.NEXT_90, "Next 3 months"),
    (Window.LATER, "Later"),
    (Window.NO_DATE, "No firm date"),
)


@dataclass(frozen=True)
class BoardGroup:
    key: str
    title: str
    cards: list[Any]
    count: int
    capped: bool

    @property
    def more(self) -> bool:
        return self.count > len(self.cards)

    @property
    def count_display(self) -> str:
        return f"{self.count}+" if self.capped else str(self.count)


def _group(filterset: DeliverableFilter, queryset: QuerySet, key: str) -> QuerySet:
    part = filterset.filter_window(queryset, "window", key)
    if key == Window.NEXT_90:
        part = part.filter(due_latest__gt=filterset.today + NEXT_30)
    return part


def board_groups(filterset: DeliverableFilter, *, cards: int = BOARD_CARDS) -> list[BoardGroup]:
    """The filtered pending actions in five groups, at most ``cards`` of each. At most
    two queries a group (its cards, and a capped count when there are more)."""
    pending = filterset.qs.pending()
    groups = []
    for key, title in BOARD_GROUPS:
        part = _group(filterset, pending, key)
        rows = list(part[: cards + 1])
        count, capped = capped_count(part) if len(rows) > cards else (len(rows), False)
        groups.append(BoardGroup(key, title, rows[:cards], count, capped))
    return groups
