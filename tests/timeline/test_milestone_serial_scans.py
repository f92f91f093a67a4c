"""The calendar's milestones are read by one process: a parallel plan started two workers
for a few milliseconds of work (timeline migration 0014). PostgreSQL only."""

from __future__ import annotations

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL table option"),
]


def test_milestones_are_never_scanned_by_parallel_workers() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'timeline_milestone'")
        (options,) = cursor.fetchone()
    assert "parallel_workers=0" in options
