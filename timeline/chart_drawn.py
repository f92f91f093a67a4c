"""The timeline chart of a page of many actions (an area's, an actor's, the deliverables'),
kept drawn by each process for as long as what it is drawn from stays the same.

The chart is a function of the action rows it shows, their initiatives' milestones, the
day, the language and the links' prefix: nothing else. Its drawing (the layout, up to
200 actions made model objects, and about 1,800 steps of its Jinja2 template) was a third
of the area page's Python, though the rows change only when an action does. The rows
and milestones are still read on every request (the same two queries); only when they,
and the rest of the key, are what a kept drawing was made from is the drawing reused.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from typing import Any

from django.template.loader import get_template
from django.urls import get_script_prefix
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from timeline.chart import chart_parts, layout_chart
from timeline.rows import action_from_row

# Drawings kept per process, the least recently used dropped first (an area's or an
# actor's chart is 20-60 KB of SVG and its table).
CHARTS_KEPT = 64
# What a milestone on the chart is drawn from (the fields its statement reads).
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

_kept: OrderedDict[tuple[Any, ...], SafeString] = OrderedDict()
_lock = threading.Lock()


def drawn_chart(
    found: list[tuple[Any, ...]],
    *,
    today: dt.date,
    by: str = "initiative",
    db: str,
    chart_id: str = "chart",
) -> SafeString:
    """templates/jinja2/timeline/_chart.html drawn for the rows of `chart_actions`
    (`chart_from`'s chart), as kept if it was drawn from the same rows and milestones."""
    rows, milestones, truncated = chart_parts(found, by=by)
    key: tuple[Any, ...] | None = (
        tuple(rows),
        tuple(tuple(getattr(m, name) for name in MILESTONE_FIELDS) for m in milestones),
        truncated,
        today,
        by,
        db,
        chart_id,
        get_language(),
        timezone.get_current_timezone_name(),
        get_script_prefix(),
    )
    try:
        hash(key)
    except TypeError:  # a column whose value is a list: drawn each time
        key = None
    if key is not None:
        with _lock:
            drawn = _kept.get(key)
            if drawn is not None:
                _kept.move_to_end(key)
                return drawn
    chart = layout_chart(
        actions=[action_from_row(row, db) for row in rows],
        milestones=milestones,
        today=today,
        by=by,
        truncated=truncated,
    )
    template = get_template("timeline/_chart.html", using="jinja2")
    drawn = mark_safe(template.render({"chart": chart, "chart_id": chart_id}))  # escaped
    if key is not None:
        with _lock:
            _kept[key] = drawn
            if len(_kept) > CHARTS_KEPT:
                _kept.popitem(last=False)
    return drawn
