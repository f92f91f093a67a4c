"""A defence initiative with two follow-ups imported: some changes applied, some waiting."""

from __future__ import annotations

import time_machine

from initiatives.models import Initiative
from tests.initiatives.conftest import TODAY
from tests.initiatives.series import SEED, SERIES, import_one


def make_triage_world() -> Initiative:
    with time_machine.travel(TODAY, tick=False):
        entry = import_one(SEED)
        import_one(SERIES / "02-guidelines-published.md")
        import_one(SERIES / "03-funding-adopted.md")
    return Initiative.objects.get(pk=entry["initiative_id"])
