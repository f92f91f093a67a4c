"""The timeline chart: one row per initiative or owner, a bar per action's due window, a
diamond per milestone, and a line at today, drawn as server-side SVG geometry (the
Content-Security-Policy allows no inline style or script, and no charting CDN).

`layout_chart` is plain Python over the facts it is given: the detail page passes the
actions and milestones it has already read. `chart_for` reads a bounded number of them
for a page of many initiatives, in two queries whatever the rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q, QuerySet

from initiatives.statements import Statement, id_stand_ins, ids_given
from timeline.models import Milestone
from timeline.rows import ACTION_COLUMNS, action_from_row
from timeline.timeline import STATE_LABELS, State, action_state

# What a milestone on the chart is drawn from: the fields its statement reads, and what a
# kept drawing of the chart is keyed by (timeline/chart_drawn.py).
MILESTONE_FIELDS = (
    "pk",
    "initiative_id",
    "title",
    "kind",
    "date",
    "date_precision",
    "window_start",
    "window_end",
)

# At most this many rows, drawn from at most this many actions and milestones.
CHART_ROWS = 12
CHART_ACTIONS = 200
CHART_MILESTONES = 100
# A row stacks overlapping windows in lanes, up to this many; more overlap in the last.
MAX_LANES = 5

# Geometry, in SVG user units.
WIDTH = 760
MARGIN = 10
AXIS_HEIGHT = 26
LABEL_HEIGHT = 17
LANE_HEIGHT = 16
BAR_HEIGHT = 11
ROW_GAP = 8
# Room left after a bar for its state symbol before another bar may share its lane.
SYMBOL_ROOM = 16
DIAMOND = 6
LABEL_CHARS = 100

# The symbol that says a bar's state without colour (as the badges do).
SYMBOLS = {
    State.OVERDUE: "⚠",
    State.DUE_SOON: "◔",
    State.DONE: "✓",
    State.PARTLY_DONE: "◐",
    State.STALLED: "‖",
    State.DROPPED: "✕",
    State.IN_PROGRESS: "➜",
    State.OPEN: "○",
}
NO_OWNER = "No owner named"
MILESTONES_ROW = "Milestones"


@dataclass(frozen=True)
class Bar:
    title: str
    start: dt.date
    end: dt.date
    when: str
    state: str
    confidence: str
    x: float
    width: float
    y: float

    @property
    def symbol(self) -> str:
        return SYMBOLS.get(self.state, "")

    @property
    def state_label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def symbol_x(self) -> float:
        return self.x + self.width + 3

    @property
    def text_y(self) -> float:
        return self.y + BAR_HEIGHT - 1


@dataclass(frozen=True)
class Diamond:
    title: str
    day: dt.date
    when: str
    kind: str
    x: float
    y: float

    @property
    def points(self) -> str:
        x, y, d = self.x, self.y, DIAMOND
        return f"{x:.1f},{y - d:.1f} {x + d:.1f},{y:.1f} {x:.1f},{y + d:.1f} {x - d:.1f},{y:.1f}"


@dataclass
class Row:
    label: str
    url: str
    y: float = 0.0
    height: float = 0.0
    bars: list[Bar] = field(default_factory=list)
    diamonds: list[Diamond] = field(default_factory=list)

    @property
    def label_y(self) -> float:
        return self.y + LABEL_HEIGHT - 4

    @property
    def band_y(self) -> float:
        return self.y - ROW_GAP / 2

    @property
    def band_height(self) -> float:
        return self.height + ROW_GAP


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    by: str  # "initiative" or "owner"
    today: dt.date
    rows: list[Row]
    start: dt.date | None = None
    end: dt.date | None = None
    today_x: float = 0.0
    ticks: list[Tick] = field(default_factory=list)
    height: float = 0.0
    # Rows or facts left out to keep the chart bounded; the caption says so.
    truncated: bool = False
    undated: int = 0

    width: int = WIDTH

    @property
    def bar_count(self) -> int:
        return sum(len(r.bars) for r in self.rows)

    @property
    def diamond_count(self) -> int:
        return sum(len(r.diamonds) for r in self.rows)

    @property
    def row_noun(self) -> str:
        return "initiative" if self.by == "initiative" else "owner"

    @property
    def overdue_count(self) -> int:
        return sum(1 for r in self.rows for b in r.bars if b.state == State.OVERDUE)

    @property
    def description(self) -> str:
        """The chart in one paragraph: its SVG <desc>."""
        if not self.rows:
            return "Nothing with a date to draw."
        text = (
            f"{self.bar_count} due window{'s' if self.bar_count != 1 else ''} and "
            f"{self.diamond_count} milestone{'s' if self.diamond_count != 1 else ''}, "
            f"in {len(self.rows)} row{'s' if len(self.rows) != 1 else ''}, one per "
            f"{self.row_noun}, from {self.start:%-d %B %Y} to {self.end:%-d %B %Y}. "
            f"A dashed line marks today, {self.today:%-d %B %Y}."
        )
        if self.overdue_count:
            text += f" {self.overdue_count} overdue, drawn hatched with ⚠."
        return text

    @property
    def axis_y(self) -> float:
        return AXIS_HEIGHT - 8

    @property
    def tick_y(self) -> float:
        return AXIS_HEIGHT - 12


def _lanes(windows: list[tuple[float, float]]) -> list[int]:
    """A lane for each window (sorted by start), so that windows in a lane never meet."""
    ends: list[float] = []
    lanes = []
    for x, width in windows:
        for n, end in enumerate(ends):
            if end <= x:
                ends[n] = x + width + SYMBOL_ROOM
                lanes.append(n)
                break
        else:
            if len(ends) < MAX_LANES:
                ends.append(x + width + SYMBOL_ROOM)
                lanes.append(len(ends) - 1)
            else:
                lanes.append(MAX_LANES - 1)
    return lanes


def _ticks(start: dt.date, end: dt.date, scale: Any) -> list[Tick]:
    """Year starts for a span of years, quarter starts for a year or two, else months."""
    days = (end - start).days
    step = 12 if days > 3 * 365 else 3 if days > 240 else 1
    index = -(-(start.year * 12 + start.month - 1) // step) * step
    ticks = []
    while True:
        year, month = divmod(index, 12)
        day = dt.date(year, month + 1, 1)
        if day > end:
            return ticks
        if day >= start:
            ticks.append(Tick(scale(day), f"{day:%Y}" if step == 12 else f"{day:%b %Y}"))
        index += step


def _truncate(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _milestone_day(milestone: Any) -> dt.date | None:
    return milestone.date or milestone.window_start or milestone.window_end


def _row_of(action: Any, by: str) -> tuple[Any, Any]:
    """The row's key, and its subject (None for the actions without an owner)."""
    if by == "owner":
        return action.owner_id, action.owner
    return action.initiative_id, action.initiative


def layout_chart(
    *,
    actions: Iterable[Any],
    milestones: Iterable[Any] = (),
    today: dt.date,
    by: str = "initiative",
    max_rows: int = CHART_ROWS,
    truncated: bool = False,
) -> Chart:
    """Rows in the order their first action comes; milestones on their initiative's row
    (or on a row of their own when the rows are owners). Actions without a date are not
    drawn, only counted."""
    rows: dict[Any, Row] = {}
    facts: dict[Any, list[Any]] = {}
    undated = 0
    if by == "owner":
        milestone_list = [m for m in milestones if _milestone_day(m)]
        if milestone_list:
            rows["milestones"] = Row(MILESTONES_ROW, "")
            facts["milestones"] = []
    else:
        milestone_list = [m for m in milestones if _milestone_day(m)]
    for action in actions:
        if action.due_earliest is None and action.due_latest is None:
            undated += 1
            continue
        key, subject = _row_of(action, by)
        if key not in rows:
            if len(rows) >= max_rows:
                truncated = True
                continue
            # Labelled and linked once a row (a URL is reversed for each: 200 actions
            # on an actor's chart fall on a few dozen rows).
            if subject is None:
                rows[key] = Row(_truncate(NO_OWNER), "")
            elif by == "owner":
                rows[key] = Row(_truncate(subject.name), subject.get_absolute_url())
            else:
                rows[key] = Row(_truncate(subject.title), subject.get_absolute_url())
            facts[key] = []
        facts[key].append(action)
    placed: dict[Any, list[Any]] = {key: [] for key in rows}
    for milestone in milestone_list:
        key = "milestones" if by == "owner" else milestone.initiative_id
        if key in placed:
            placed[key].append(milestone)
    days = [today]
    for key in rows:
        for a in facts[key]:
            days += [d for d in (a.due_earliest, a.due_latest) if d]
        days += [_milestone_day(m) for m in placed[key]]
    if not any(facts.values()) and not any(placed.values()):
        return Chart(by=by, today=today, rows=[], truncated=truncated, undated=undated)
    first, last = min(days), max(days)
    pad = max(7, (last - first).days // 30)
    start, end = first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)
    span = (end - start).days or 1
    inner = WIDTH - 2 * MARGIN - SYMBOL_ROOM

    def scale(day: dt.date) -> float:
        return round(MARGIN + inner * (day - start).days / span, 1)

    y = float(AXIS_HEIGHT + ROW_GAP)
    for key, row in rows.items():
        row.y = y
        top = y + LABEL_HEIGHT
        if placed[key]:
            row.diamonds = [
                Diamond(
                    m.title,
                    _milestone_day(m),  # type: ignore[arg-type]
                    m.date_display,
                    m.get_kind_display(),
                    scale(_milestone_day(m)),  # type: ignore[arg-type]
                    top + DIAMOND + 1,
                )
                for m in placed[key]
            ]
            top += 2 * DIAMOND + 4
        windows = sorted(
            facts[key],
            key=lambda a: (a.due_earliest or a.due_latest, a.due_latest or a.due_earliest, a.pk),
        )
        geometry = []
        for a in windows:
            a_start = a.due_earliest or a.due_latest
            a_end = a.due_latest or a.due_earliest
            x = scale(a_start)
            geometry.append((x, max(3.0, scale(a_end) - x)))
        lanes = _lanes(geometry)
        for a, (x, width), lane in zip(windows, geometry, lanes, strict=True):
            row.bars.append(
                Bar(
                    a.description,
                    a.due_earliest or a.due_latest,
                    a.due_latest or a.due_earliest,
                    a.due_display,
                    action_state(a, today=today),
                    a.due_confidence_display,
                    x,
                    width,
                    top + lane * LANE_HEIGHT,
                )
            )
        used = (max(lanes) + 1) if lanes else 0
        row.height = top + used * LANE_HEIGHT - y
        y += row.height + ROW_GAP
    return Chart(
        by=by,
        today=today,
        rows=list(rows.values()),
        start=start,
        end=end,
        today_x=scale(min(max(today, start), end)),
        ticks=_ticks(start, end, scale),
        height=y + AXIS_HEIGHT / 2,
        truncated=truncated,
        undated=undated,
    )


def _dated() -> Q:
    return Q(due_latest__isnull=False) | Q(due_earliest__isnull=False)


def _chart_rows(found: list[tuple[Any, ...]], by: str) -> tuple[list[tuple[Any, ...]], bool]:
    """The actions that fall on the first CHART_ROWS rows, and whether any were left off."""
    column = ACTION_COLUMNS.index("owner_id" if by == "owner" else "initiative_id")
    keys: set[Any] = set()
    kept = []
    for row in found:
        if row[column] not in keys:
            if len(keys) == CHART_ROWS:
                continue
            keys.add(row[column])
        kept.append(row)
    return kept, len(kept) < len(found)


def chart_actions(actions: QuerySet) -> QuerySet:
    """The rows `chart_from` draws of a filtered set of actions: the first CHART_ACTIONS
    with a date, in due order, as ACTION_COLUMNS. A page that asks it of the same set
    for each of its subjects (an area's, an actor's) keeps it compiled as a `Statement`."""
    return (
        actions.filter(_dated())
        .order_by("due_latest", "pk")
        .values_list(*ACTION_COLUMNS)[:CHART_ACTIONS]
    )


def chart_for(actions: QuerySet, *, today: dt.date, by: str = "initiative") -> Chart:
    """The chart of a filtered set of actions (`chart_actions`, then `chart_from`)."""
    return chart_from(list(chart_actions(actions)), today=today, by=by, db=actions.db)


# The chart's milestones, compiled once per number of initiatives (at most CHART_ROWS).
_MILESTONES = {
    count: Statement(
        lambda count=count: (
            Milestone.objects.filter(initiative_id__in=id_stand_ins(count))
            .filter(
                Q(date__isnull=False) | Q(window_start__isnull=False) | Q(window_end__isnull=False)
            )
            .only(*MILESTONE_FIELDS)
            .order_by("date", "window_start", "pk")[:CHART_MILESTONES]
        )
    )
    for count in range(1, CHART_ROWS + 1)
}


def chart_parts(
    found: list[tuple[Any, ...]], *, by: str = "initiative"
) -> tuple[list[tuple[Any, ...]], Sequence[Any], bool]:
    """What the chart of the rows of `chart_actions` is drawn from: the rows that fall on
    its first CHART_ROWS rows, those initiatives' milestones (one query; none when no
    action is drawn, or by owner), and whether any action was left off."""
    rows, left_off = _chart_rows(found, by)
    column = ACTION_COLUMNS.index("initiative_id")
    initiative_ids = list(dict.fromkeys(row[column] for row in rows))
    milestones: Sequence[Any] = []
    if by == "initiative" and initiative_ids:
        milestones = _MILESTONES[len(initiative_ids)].instances(ids_given(initiative_ids))
    return rows, milestones, left_off or len(found) == CHART_ACTIONS


def chart_from(
    found: list[tuple[Any, ...]], *, today: dt.date, by: str = "initiative", db: str
) -> Chart:
    """The chart of the rows of `chart_actions`: their first CHART_ROWS rows, and those
    initiatives' milestones. One query (none when no action is drawn).

    The actions are read as plain rows, and only those on the chart's rows become model
    objects: on an actor's page the first 200 actions fall on 190 initiatives, of which
    12 are drawn, and building the other 185 actions with their initiatives and owners
    was most of the page's Python."""
    rows, milestones, truncated = chart_parts(found, by=by)
    return layout_chart(
        actions=[action_from_row(row, db) for row in rows],
        milestones=milestones,
        today=today,
        by=by,
        truncated=truncated,
    )
