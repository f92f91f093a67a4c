"""A bulk load's index builds and VACUUMs report the seconds of each statement, so that a
load's report says which build its index phase waited for."""

from __future__ import annotations

import pytest
from django.db import connection

from initiatives.management.bulkload import indexes_set_aside, statements_run

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="index builds are set aside on PostgreSQL only"
)


def index_names() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'initiatives_initiative'"
        )
        return {name for (name,) in cursor.fetchall()}


@pytest.mark.django_db
def test_each_statement_run_gets_its_wall_and_server_cpu_seconds() -> None:
    statements = ["SELECT count(*) FROM generate_series(1, 200000)", "SELECT 1"]
    timings: dict[str, tuple[float, float | None]] = {}

    statements_run(connection, statements, connections=1, timings=timings)

    assert set(timings) == set(statements)
    assert all(wall > 0 for wall, _ in timings.values())
    # the server is on this machine in the test setup: its process's CPU is read
    assert all(cpu is not None and cpu >= 0 for _, cpu in timings.values())


@pytest.mark.django_db
def test_every_index_set_aside_is_built_again_and_timed() -> None:
    before = index_names()
    timings: dict[str, tuple[float, float | None]] = {}

    with indexes_set_aside(connection, ["initiatives_initiative"], timings=timings) as aside:
        assert index_names() == {"initiatives_initiative_pkey"}

    assert index_names() == before
    assert len(timings) == len(aside)  # one statement a name set aside
    assert all(any(name in statement for statement in timings) for name in aside)
