"""A defence initiative with two follow-ups imported: some changes applied, some waiting."""

from __future__ import annotations

import time_machine

from initiatives.models import Initiative, Origin
from tests.initiatives.conftest import TODAY
from tests.initiatives.series import SEED, SERIES, import_one
from timeline.models import FollowUpAction


def make_triage_world() -> Initiative:
    with time_machine.travel(TODAY, tick=False):
        entry = import_one(SEED)
        import_one(SERIES / "02-guidelines-published.md")
        # A curator took the funding mechanisms in hand: the completion that 03 reports
        # waits for review, and so does the new window that 02 reported (a delivered
        # action's windows are withdrawn).
        FollowUpAction.objects.filter(description="Outline specific funding mechanisms").update(
            origin=Origin.CURATOR
        )
        import_one(SERIES / "03-funding-adopted.md")
    return Initiative.objects.get(pk=entry["initiative_id"])
