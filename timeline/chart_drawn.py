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
from typing import Any

from django.template.loader import get_template
from django.utils.safestring import SafeString

from initiatives.drawn import KeptDrawings
from timeline.chart import MILESTONE_FIELDS, chart_parts, layout_chart
from timeline.rows import action_from_row

# Drawings kept per process, the least recently used dropped first (an area's or an
# actor's chart is 20-60 KB of SVG and its table).
CHARTS_KEPT = 64

_charts = KeptDrawings(CHARTS_KEPT)


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
    shown = (
        tuple(rows),
        tuple(tuple(getattr(m, name) for name in MILESTONE_FIELDS) for m in milestones),
        truncated,
        today,
        by,
        db,
        chart_id,
    )

    def draw() -> str:
        chart = layout_chart(
            actions=[action_from_row(row, db) for row in rows],
            milestones=milestones,
            today=today,
            by=by,
            truncated=truncated,
        )
        template = get_template("timeline/_chart.html", using="jinja2")
        return template.render({"chart": chart, "chart_id": chart_id})

    return _charts.kept(shown, draw)
