"""The final state of the series, in a form two import orders can be compared by."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from initiatives.models import Initiative


def final_state() -> list[dict[str, Any]]:
    """Each initiative: the files it was read from, its status, and each action's
    status, completion day and due window, in a stable order."""
    state = []
    for initiative in Initiative.objects.prefetch_related("documents", "actions"):
        state.append(
            {
                "documents": sorted(Path(d.source_path).name for d in initiative.documents.all()),
                "title": initiative.title,
                "status": initiative.status,
                "actions": sorted(
                    (a.description, a.status, a.completed_on, a.due_latest)
                    for a in initiative.actions.all()
                ),
            }
        )
    return sorted(state, key=lambda i: i["documents"])
