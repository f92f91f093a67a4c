"""Imported in any order, the series ends in the same state as in date order."""

from __future__ import annotations

import random

import pytest

from tests.initiatives.series import IN_ORDER, SEED, SERIES, import_all
from tests.initiatives.series_state import final_state
from timeline.models import Proposal

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_today")]

# Fixed permutations: each puts some follow-ups before their announcement.
SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def in_order(django_db_setup, django_db_blocker) -> list[dict]:
    import time_machine
    from django.db import transaction

    from tests.initiatives.conftest import TODAY

    with (
        django_db_blocker.unblock(),
        time_machine.travel(TODAY, tick=False),
        transaction.atomic(),
    ):
        # Computed once, then rolled back: each test starts from an empty database.
        import_all(IN_ORDER)
        state = final_state()
        transaction.set_rollback(True)
    return state


@pytest.mark.parametrize("seed", SEEDS)
def test_it_ends_in_the_same_state_in_any_order(seed: int, in_order: list[dict]) -> None:
    paths = list(IN_ORDER)
    random.Random(seed).shuffle(paths)
    assert paths != IN_ORDER
    import_all(paths)
    assert final_state() == in_order


def test_a_completion_reported_before_its_announcement_waits_for_its_action() -> None:

    import_all([SERIES / "02-guidelines-published.md"])
    orphan = Proposal.objects.orphans().get(value__completed_on="2026-01-19")
    assert orphan.action is None and orphan.target == {}

    import_all([SEED])
    orphan.refresh_from_db()
    assert orphan.state == "applied"
    assert orphan.action.description == "Outline co-production guidelines"
    assert orphan.action.completed_on.isoformat() == "2026-01-19"
